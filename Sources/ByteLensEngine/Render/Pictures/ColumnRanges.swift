/// The smallest and largest finite value in each of a number of buckets: how a chart shrinks
/// many elements into few columns without losing a spike.
struct ColumnRanges: Equatable {
  private(set) var low: [Double]
  private(set) var high: [Double]

  init(count: Int) {
    low = Array(repeating: .infinity, count: count)
    high = Array(repeating: -.infinity, count: count)
  }

  var count: Int { low.count }

  /// Widens `bucket`'s range to hold `value`, which must be finite.
  @inline(__always)
  mutating func add(_ value: Double, to bucket: Int) {
    if value < low[bucket] { low[bucket] = value }
    if value > high[bucket] { high[bucket] = value }
  }

  /// The range of `bucket`, or nil when no finite value fell in it.
  func range(_ bucket: Int) -> (low: Double, high: Double)? {
    low[bucket] <= high[bucket] ? (low[bucket], high[bucket]) : nil
  }

  /// The bucket of element `index` of `count` when they are shared out evenly among
  /// `buckets`: `index × buckets / count`, without overflow.
  static func bucket(of index: Int, count: Int, buckets: Int) -> Int {
    scaled(index, by: buckets, over: count)
  }

  /// `value × numerator / denominator` rounded down, through 128 bits (all non-negative,
  /// `numerator <= denominator`).
  static func scaled(_ value: Int, by numerator: Int, over denominator: Int) -> Int {
    let product = value.multipliedFullWidth(by: numerator)
    return denominator.dividingFullWidth((product.high, product.low)).quotient
  }
}

/// The finite extremes of the values a picture read, where they were, and how many were
/// not finite.
struct FiniteSummary: Equatable {
  var minimum = Double.infinity
  var maximum = -Double.infinity
  /// The flat index (C order) and byte offset of the first minimum and maximum.
  var minimumAt = (index: 0, byte: 0)
  var maximumAt = (index: 0, byte: 0)
  var finite = 0
  var nan = 0
  var infinite = 0

  static func == (a: FiniteSummary, b: FiniteSummary) -> Bool {
    a.minimum == b.minimum && a.maximum == b.maximum && a.finite == b.finite && a.nan == b.nan
      && a.infinite == b.infinite && a.minimumAt == b.minimumAt && a.maximumAt == b.maximumAt
  }

  /// Counts `value`; returns whether it is finite (and so drawn).
  @inline(__always)
  mutating func add(_ value: Double, index: Int, byte: @autoclosure () -> Int) -> Bool {
    guard value.isFinite else {
      if value.isNaN { nan += 1 } else { infinite += 1 }
      return false
    }
    finite += 1
    if value < minimum {
      minimum = value
      minimumAt = (index, byte())
    }
    if value > maximum {
      maximum = value
      maximumAt = (index, byte())
    }
    return true
  }

  /// The scale from the minimum to the maximum, or nil when nothing finite was read.
  var scale: ValueScale? {
    finite > 0 ? ValueScale(minimum: minimum, maximum: maximum) : nil
  }

  /// `3 nan and 1 inf skipped`, or nil when every value was finite.
  var skippedNote: String? {
    var parts: [String] = []
    if nan > 0 { parts.append("\(nan) nan") }
    if infinite > 0 { parts.append("\(infinite) inf") }
    return parts.isEmpty ? nil : parts.joined(separator: " and ") + " skipped"
  }
}
