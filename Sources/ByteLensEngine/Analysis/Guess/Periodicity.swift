/// Periods in values and bytes: the row width of a 2-D array, the size of a record.
enum Periodicity {
  /// A row width found in a series of values.
  struct RowPeriod: Equatable {
    var width: Int
    /// 1 − (how far apart values one row apart are, relative to the worst lag in the half
    /// row before): near 1 for rows that repeat a pattern.
    var similarity: Double
  }

  /// The smallest rows have this many values.
  static let smallestRow = 4
  /// Values further apart than this are not compared.
  static let longestRow = 2048

  /// The row width of `values` (consecutive, finite), from the mean distance between values
  /// `lag` apart, D(lag): rows of `w` values show as a dip of D at `w` well below D over the
  /// half row before it. Nil when no lag dips clearly.
  ///
  /// - Complexity: O(n · min(n / 3, `longestRow`)).
  static func rowPeriod(_ values: [Double]) throws -> RowPeriod? {
    let count = values.count
    let maximumLag = min(count / 3, longestRow)
    guard maximumLag > smallestRow + 1 else { return nil }
    var distance = [Double](repeating: 0, count: maximumLag + 2)
    // Every `step`th pair is enough to find a dip, and keeps the cost down.
    let step = 3
    values.withUnsafeBufferPointer { x in
      for lag in 1...(maximumLag + 1) {
        // A plain loop: generic iterators cost much in unoptimised builds.
        var total = 0.0
        var pairs = 0
        var index = 0
        while index < count - lag {
          let difference = x[index + lag] - x[index]
          total += difference < 0 ? -difference : difference
          pairs += 1
          index += step
        }
        distance[lag] = total / Double(max(1, pairs))
      }
    }
    try Cancellation.check()
    var dips: [RowPeriod] = []
    for lag in smallestRow...maximumLag
    where distance[lag] <= distance[lag - 1] && distance[lag] <= distance[lag + 1] {
      let worst = distance[(lag / 2)...lag].max() ?? 0
      guard worst > 0 else { continue }
      let ratio = distance[lag] / worst
      if ratio < 0.6 { dips.append(RowPeriod(width: lag, similarity: 1 - ratio)) }
    }
    guard let best = dips.map(\.similarity).max() else { return nil }
    // The fundamental: the first dip nearly as deep as the deepest (its multiples dip too).
    return dips.first { $0.similarity >= best - 0.1 }
  }

  /// A record size found in bytes.
  struct RecordPeriod: Equatable {
    var size: Int
    /// The share of bytes equal to the byte `size` further on.
    var matching: Double
    /// The median of that share over all periods tried.
    var baseline: Double
  }

  static let largestRecord = 256
  /// Bytes compared per period.
  static let recordWindow = 16 << 10

  /// The period of `bytes`: the smallest `p` whose share of bytes equal to the byte `p`
  /// further on is nearly the largest, when that share stands clear of the median share —
  /// or a divisor of `p` that stands clear by itself and in all its multiples.
  static func recordPeriod(_ bytes: ArraySlice<UInt8>) throws -> RecordPeriod? {
    let window = Array(bytes.prefix(recordWindow))
    // At least eight records, to tell a period from chance.
    let largest = min(largestRecord, window.count / 8)
    guard largest >= 2 else { return nil }
    var matching = [Double](repeating: 0, count: largest + 1)
    window.withUnsafeBufferPointer { b in
      for period in 1...largest {
        var equal = 0
        var index = 0
        while index < b.count - period {
          if b[index] == b[index + period] { equal += 1 }
          index += 1
        }
        matching[period] = Double(equal) / Double(b.count - period)
      }
    }
    try Cancellation.check()
    let shares = matching[1...].sorted()
    let baseline = shares[shares.count / 2]
    guard let best = shares.last, best - baseline >= 0.15 else { return nil }
    guard var size = (1...largest).first(where: { matching[$0] >= 0.9 * best }) else { return nil }
    // Records whose text repeats every few records (names cycling through eight values)
    // match best at that cycle; the record is the smallest divisor of it that stands clear
    // on its own, a peak above its neighbours, with every multiple standing clear too.
    let clear = baseline + 0.15
    func standsAlone(_ period: Int) -> Bool {
      matching[period] >= clear && matching[period] >= matching[period - 1] + 0.05
        && matching[period] >= matching[period + 1] + 0.05
        && stride(from: period, through: largest, by: period).allSatisfy { matching[$0] >= clear }
    }
    if size > 2, let record = (2..<size).first(where: { size % $0 == 0 && standsAlone($0) }) {
      size = record
    }
    return RecordPeriod(size: size, matching: matching[size], baseline: baseline)
  }
}
