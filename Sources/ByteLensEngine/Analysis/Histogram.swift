/// A histogram of a view's finite values: what `np.histogram(a[np.isfinite(a)], bins=n)` gives.
///
/// The edges are `np.linspace(first, last, n + 1)` computed in the bin type — the view's
/// float type (`float16`, `float32`, `float64`, `longdouble`), or `float64` for integers and
/// bools (which NumPy reads as `uint8`) — from the smallest and largest finite value, widened
/// by 0.5 each way when they are equal, and `[0, 1]` when no value is finite. Each value goes
/// to the bin NumPy's uniform-bin fast path picks; the last bin holds its right edge.
public struct Histogram: Sendable, Equatable {
  /// `n + 1` edges, as scalars of the bin type.
  public var edges: [Scalar]
  public var counts: [Int]
  /// The dtype the edges are computed and printed in.
  public var binDType: DType

  /// NumPy's default number of bins.
  public static let defaultBinCount = 10
  /// The most bins `hist` draws: one line each.
  public static let maximumBinCount = 10_000
}

/// A float type a histogram's bins are computed in, with concrete conversions: the generic
/// `BinaryFloatingPoint` ones work bit by bit, and took most of a histogram's time.
protocol BinFloat: BinaryFloatingPoint {
  static func from(_ value: Double) -> Self
  static func from(_ value: Float80) -> Self
  static func from(_ value: Int64) -> Self
  static func from(_ value: UInt64) -> Self
  /// The value rounded toward zero (the caller guarantees it fits an `Int`).
  var truncatedToInt: Int { get }
}

extension Float16: BinFloat {
  static func from(_ value: Double) -> Self { Float16(value) }
  static func from(_ value: Float80) -> Self { Float16(value) }
  static func from(_ value: Int64) -> Self { Float16(value) }
  static func from(_ value: UInt64) -> Self { Float16(value) }
  var truncatedToInt: Int { Int(self) }
}

extension Float: BinFloat {
  static func from(_ value: Double) -> Self { Float(value) }
  static func from(_ value: Float80) -> Self { Float(value) }
  static func from(_ value: Int64) -> Self { Float(value) }
  static func from(_ value: UInt64) -> Self { Float(value) }
  var truncatedToInt: Int { Int(self) }
}

extension Double: BinFloat {
  static func from(_ value: Double) -> Self { value }
  static func from(_ value: Float80) -> Self { Double(value) }
  static func from(_ value: Int64) -> Self { Double(value) }
  static func from(_ value: UInt64) -> Self { Double(value) }
  var truncatedToInt: Int { Int(self) }
}

extension Float80: BinFloat {
  static func from(_ value: Double) -> Self { Float80(value) }
  static func from(_ value: Float80) -> Self { value }
  static func from(_ value: Int64) -> Self { Float80(value) }
  static func from(_ value: UInt64) -> Self { Float80(value) }
  var truncatedToInt: Int { Int(self) }
}

/// The bins of one histogram in the bin type `B`, and the bin of each value.
struct HistogramBins<B: BinFloat> {
  let first: B
  let denominator: B
  let edges: [B]
  var counts: [Int]
  /// The number of bins, in `B`.
  private let binCount: B

  /// Bins from the outer edges: `denominator` is `last - first` as NumPy's
  /// `_unsigned_subtract` computes it (exactly, for integers), `start`/`stop` the linspace ends.
  /// - Throws: `StatisticsError.tooManyBins` when two edges are not strictly increasing.
  init(first: B, start: B, stop: B, denominator: B, count: Int) throws {
    self.first = first
    self.denominator = denominator
    self.edges = HistogramBins.linspace(start, stop, count: count + 1)
    self.counts = Array(repeating: 0, count: count)
    self.binCount = B(count)
    for i in 0..<count where !(edges[i] < edges[i + 1]) {
      throw StatisticsError.tooManyBins(count)
    }
  }

  /// `np.linspace(start, stop, count, endpoint=True)` evaluated in `B`.
  static func linspace(_ start: B, _ stop: B, count: Int) -> [B] {
    let divisions = B(count - 1)
    let delta = stop - start
    let step = delta / divisions
    var values = (0..<count).map { B($0) }
    for i in values.indices {
      values[i] = step == 0 ? values[i] / divisions * delta : values[i] * step
      values[i] += start
    }
    values[count - 1] = stop
    return values
  }

  /// Counts the finite values of a chunk, each converted to `B` (`tmp_a.astype(bin_edges.dtype)`)
  /// and put in the bin NumPy's uniform-bin fast path picks.
  ///
  /// Each value is counted in one of four interleaved tables: runs of neighbours in one bin
  /// (smooth data) would otherwise wait on each other's increments. Slot `bins` of each table
  /// takes the values that are not finite.
  mutating func add<T: SummaryElement>(finiteValuesOf values: UnsafeBufferPointer<T>) {
    let bins = counts.count
    let slots = bins + 1
    let tables = UnsafeMutablePointer<Int>.allocate(capacity: 4 * slots)
    tables.initialize(repeating: 0, count: 4 * slots)
    defer { tables.deallocate() }
    edges.withUnsafeBufferPointer { edges in
      let edges = edges.baseAddress!
      if let clear = clearPositions {
        // Float64 bins: a value whose position lies clear of every edge is in the bin its
        // position falls in, whatever the rounding; only the rest take NumPy's steps.
        let picked = UnsafeMutablePointer<Int>.allocate(capacity: values.count)
        defer { picked.deallocate() }
        clear.pick(values, into: picked)
        for i in values.indices {
          let bin =
            picked[i] >= 0
            ? picked[i] : numpyBin(values[i], values[i].converted(to: B.self), edges: edges)
          tables[(i & 3) &* slots &+ bin] &+= 1
        }
      } else {
        // The scaled positions first, in a loop the compiler vectorises, then each bin.
        let (first, denominator, binCount) = (self.first, self.denominator, self.binCount)
        let scaled = UnsafeMutablePointer<B>.allocate(capacity: values.count)
        defer { scaled.deallocate() }
        for i in values.indices {
          scaled[i] = (values[i].converted(to: B.self) - first) / denominator * binCount
        }
        for i in values.indices {
          let value = values[i]
          let bin = numpyBin(value, value.converted(to: B.self), position: scaled[i], edges: edges)
          tables[(i & 3) &* slots &+ bin] &+= 1
        }
      }
    }
    for table in 0..<4 {
      for bin in 0..<bins { counts[bin] += tables[table * slots + bin] }
    }
  }

  /// The bin of `value` (`x` in `B`) by NumPy's steps: its scaled position truncated, then
  /// moved by one where `x` lies left of the bin's left edge or not left of its right edge;
  /// `bins` (no bin) for a value that is not finite. Branch-free.
  @inline(__always)
  private func numpyBin<T: SummaryElement>(
    _ value: T, _ x: B, position: B? = nil, edges: UnsafePointer<B>
  ) -> Int {
    let bins = counts.count
    let position = position ?? (x - first) / denominator * binCount
    var index =
      position >= 0 && position < binCount
      ? position.truncatedToInt : (position.isFinite && position >= binCount ? bins : 0)
    index = index >= bins ? bins - 1 : index
    index = x < edges[index] && index > 0 ? index - 1 : index
    index = x >= edges[index + 1] && index != bins - 1 ? index + 1 : index
    return value.isFiniteValue ? index : bins
  }

  /// The same bins with no value counted: for another thread's share of the values.
  func emptied() -> HistogramBins {
    var bins = self
    bins.counts = Array(repeating: 0, count: counts.count)
    return bins
  }

  /// Adds the counts of `other`, the same bins over other values.
  mutating func merge(_ other: HistogramBins) {
    for bin in counts.indices { counts[bin] += other.counts[bin] }
  }

  /// For float64 bins, how to pick the bin of a value clear of every edge; nil for other bin
  /// types, and for ranges where rounding is not small against a bin (edges of huge
  /// magnitude over a narrow range, subnormal widths, a width that overflows).
  private var clearPositions: ClearBinPositions? {
    guard B.self == Double.self, let last = edges.last else { return nil }
    let bins = Double(counts.count)
    let width = Double(denominator) / bins
    let scale = bins / Double(denominator)
    guard width.isNormal, scale.isNormal, Double(denominator).isFinite else { return nil }
    // The rounding of a position and of each edge (`linspace`'s `i * step + first`), in bins:
    // a few ulps of the bin count, and of the largest edge's magnitude over the bin width.
    let magnitude = max(abs(Double(first)), abs(Double(last))) / width
    let margin = 16 * Double.ulpOfOne * (bins + magnitude)
    guard margin < 1.0 / 64 else { return nil }
    return ClearBinPositions(first: Double(first), scale: scale, margin: margin, bins: bins)
  }
}

/// The bins of values whose position, `(x - first) * scale` in bins, is more than `margin`
/// from every whole number: such a value is in the bin its position falls in, however the
/// position and the edges were rounded.
private struct ClearBinPositions {
  let first: Double
  let scale: Double
  let margin: Double
  let bins: Double

  /// The bin of each value, or -1 where the value is not clear of an edge (or not finite).
  /// Positions are rounded to the nearest whole number by adding 1.5 * 2^52 (exact below
  /// 2^51), branch-free where a conversion to `Int` would check its range, so the loop
  /// vectorises.
  func pick<T: SummaryElement>(_ values: UnsafeBufferPointer<T>, into picked: UnsafeMutablePointer<Int>) {
    let magic = 0x1.8p52
    let magicBits = Int(truncatingIfNeeded: magic.bitPattern)
    let (first, scale, margin, lastClear) = (first, scale, margin, bins - margin)
    for i in values.indices {
      let position = (values[i].converted(to: Double.self) - first) * scale
      let rounded = position + magic
      let offset = position - (rounded - magic)
      let nearest = Int(truncatingIfNeeded: rounded.bitPattern) &- magicBits
      let isClear = offset.magnitude > margin && position > margin && position < lastClear
      picked[i] = isClear ? nearest &- (offset < 0 ? 1 : 0) : -1
    }
  }
}

extension HistogramBins where B == Double {
  /// Bins for integer data (and bools read as `uint8`), from its smallest and largest value.
  static func forIntegers<I: BinaryInteger>(low: I, high: I, count: Int) throws -> HistogramBins {
    if low == high {
      let first = Double(low) - 0.5
      let last = Double(high) + 0.5
      return try HistogramBins(
        first: first, start: first, stop: last, denominator: last - first, count: count)
    }
    let difference = UInt64(truncatingIfNeeded: high) &- UInt64(truncatingIfNeeded: low)
    return try HistogramBins(
      first: Double(low), start: Double(low), stop: Double(high),
      denominator: Double(difference), count: count)
  }
}

extension HistogramBins {
  /// Bins for float data in its own type, from its smallest and largest finite value.
  static func forFloats(low: B, high: B, count: Int) throws -> HistogramBins {
    var (first, last) = (low, high)
    if first == last {
      first -= 0.5
      last += 0.5
    }
    return try HistogramBins(
      first: first, start: first, stop: last, denominator: last - first, count: count)
  }

  /// Bins when no value is finite: `linspace(0, 1)` in float64, then cast to `B`.
  static func forNoValues(count: Int) throws -> HistogramBins {
    var bins = try HistogramBins(first: 0, start: 0, stop: 1, denominator: 1, count: count)
    let wide = HistogramBins<Double>.linspace(0, 1, count: count + 1)
    bins = HistogramBins(first: 0, denominator: 1, edges: wide.map { B($0) }, count: count)
    return bins
  }

  private init(first: B, denominator: B, edges: [B], count: Int) {
    self.first = first
    self.denominator = denominator
    self.edges = edges
    self.counts = Array(repeating: 0, count: count)
    self.binCount = B(count)
  }
}
