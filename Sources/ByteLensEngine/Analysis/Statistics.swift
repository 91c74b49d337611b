/// The summary `stats` shows for one numeric view, as NumPy computes each fact.
public struct NumericSummary: Sendable, Equatable {
  public var dtype: DType
  public var count: Int
  /// `np.min(a)`, `np.max(a)`: NaN when any value is NaN; nil for an empty view (NumPy
  /// refuses the reduction).
  public var minimum: Scalar?
  public var maximum: Scalar?
  /// `np.nanmin(a)`, `np.nanmax(a)`: nil when every value is NaN or the view is empty.
  public var nanIgnoringMinimum: Scalar?
  public var nanIgnoringMaximum: Scalar?
  /// `np.mean(a, dtype=np.float64)` (NaN for an empty view).
  public var mean: Double
  /// `np.std(a, dtype=np.float64)` (NaN for an empty view).
  public var standardDeviation: Double
  public var nanCount = 0
  public var positiveInfinityCount = 0
  public var negativeInfinityCount = 0
  public var zeroCount = 0
  /// Values subnormal in the view's own float format.
  public var subnormalCount = 0
  /// `np.histogram(a[np.isfinite(a)], bins=n)`; nil when NumPy refuses it ("too many bins
  /// for data range") and the histogram was not required.
  public var histogram: Histogram?
}

/// Streams a numeric view twice — extremes, counts and the sum, then the squared deviations
/// and the histogram — in bounded memory, with NumPy's summation order (see `NumericChunks`,
/// `PairwiseSum`).
public enum Statistics {
  /// Bins of the range sketch `stats` draws.
  public static let sketchBinCount = 16

  /// The fewest elements whose second pass is split over two threads.
  public static let twoThreadMinimum = 1 << 20

  /// Summarises a bool, integer or float view of any shape, strides and byte order.
  /// With `requiringHistogram` false, a histogram NumPy would refuse is left out; with it
  /// true, it is an error. The second pass of a view of `twoThreadsFrom` elements or more
  /// runs on two threads (see `secondPass`); the result is the same bits either way.
  /// - Throws: `StatisticsError` for another dtype or a bad bin count; `Interrupted` on Ctrl-C.
  public static func summarize(
    _ view: ArrayView, bins: Int = sketchBinCount, requiringHistogram: Bool = false,
    twoThreadsFrom: Int = twoThreadMinimum
  ) throws -> NumericSummary {
    guard (1...Histogram.maximumBinCount).contains(bins) else {
      throw StatisticsError.binCountOutOfRange(bins)
    }
    if view.dtype.kind == .complex, !view.dtype.isStructured {
      throw StatisticsError.complex(view.dtype)
    }
    let chunks = try NumericChunks(view)
    switch chunks.encoding {
    case .float(16, _):
      return try summarize(chunks, as: Float80.self, bins: bins, requiringHistogram, twoThreadsFrom)
    case .signed(8, _):
      return try summarize(chunks, as: Int64.self, bins: bins, requiringHistogram, twoThreadsFrom)
    case .unsigned(8, _):
      return try summarize(chunks, as: UInt64.self, bins: bins, requiringHistogram, twoThreadsFrom)
    default:
      return try summarize(chunks, as: Double.self, bins: bins, requiringHistogram, twoThreadsFrom)
    }
  }

  private static func summarize<T: SummaryElement>(
    _ chunks: NumericChunks, as type: T.Type, bins: Int, _ requiringHistogram: Bool,
    _ twoThreadsFrom: Int
  ) throws -> NumericSummary {
    /// The bins, or nil when NumPy would refuse them and they are not required.
    func optional<B>(_ make: () throws -> HistogramBins<B>) throws -> HistogramBins<B>? {
      do { return try make() } catch StatisticsError.tooManyBins where !requiringHistogram {
        return nil
      }
    }
    let encoding = chunks.encoding
    let count = chunks.view.count
    // Pass 1: extremes, counts, and the sum as `np.add.reduce(a, dtype=np.float64)` adds.
    let uncast = T.self == Double.self && encoding.isUncastFloat64(alignedTo8: chunks.isAlignedTo8)
    var wholeSum = StreamingPairwiseSum(count: count)
    let bufferedSum = BufferedPairwiseSum()
    let wide = UnsafeMutablePointer<Double>.allocate(capacity: NumericChunks.elementsPerChunk)
    defer { wide.deallocate() }
    var facts = ChunkFacts<T>()
    try chunks.forEachChunk(as: T.self) { values in
      T.gather(values, into: &facts, encoding: encoding)
      if T.self == Double.self {
        let doubles = unsafeBitCast(values, to: UnsafeBufferPointer<Double>.self)
        if uncast { wholeSum.add(doubles) } else { bufferedSum.add(doubles) }
      } else {
        for i in values.indices { wide[i] = values[i].float64 }
        bufferedSum.add(UnsafeBufferPointer(start: wide, count: values.count))
      }
    }
    let (nan, zero, subnormal) = (facts.nan, facts.zero, facts.subnormal)
    let (positiveInfinity, negativeInfinity) = (facts.positiveInfinity, facts.negativeInfinity)
    var (low, high) = (facts.low, facts.high)
    let (finiteLow, finiteHigh) = (facts.finiteLow, facts.finiteHigh)
    // Which zero an extreme of zero is: `np.nanmin`/`np.nanmax` keep the first in NumPy's
    // visit order, `np.min`/`np.max` the first or the last (see `keepsLastOfEqualExtremes`).
    let reversed = chunks.reversesExtremeOrder
    let keepsLast = encoding.keepsLastOfEqualExtremes != reversed
    var zeroMinimum: T?
    var zeroMaximum: T?
    if let first = facts.zeroExtreme(keepingLast: reversed) {
      if low == T.zeroValue { low = first }
      if high == T.zeroValue { high = first }
    }
    if let kept = facts.zeroExtreme(keepingLast: keepsLast) {
      if low == T.zeroValue { zeroMinimum = kept }
      if high == T.zeroValue { zeroMaximum = kept }
    }
    bufferedSum.finish()
    let sum = uncast ? 0.0 + (wholeSum.result ?? 0) : bufferedSum.result
    let mean = sum / Double(count)
    let numbers = count - nan
    let finite = numbers - positiveInfinity - negativeInfinity
    let extremes = numbers > 0 ? (low, high) : nil
    let finiteExtremes = finite > 0 ? (finiteLow, finiteHigh) : nil

    // Pass 2: `np.std`'s squared deviations, and the histogram of the finite values.
    var summary = NumericSummary(
      dtype: chunks.view.dtype, count: count,
      minimum: nan > 0
        ? T.nanScalar(encoding) : extremes.map { (zeroMinimum ?? $0.0).scalar(in: encoding) },
      maximum: nan > 0
        ? T.nanScalar(encoding) : extremes.map { (zeroMaximum ?? $0.1).scalar(in: encoding) },
      nanIgnoringMinimum: extremes.map { $0.0.scalar(in: encoding) },
      nanIgnoringMaximum: extremes.map { $0.1.scalar(in: encoding) },
      mean: mean, standardDeviation: .nan,
      nanCount: nan, positiveInfinityCount: positiveInfinity,
      negativeInfinityCount: negativeInfinity, zeroCount: zero, subnormalCount: subnormal,
      histogram: nil)
    let squares: Double
    switch encoding {
    case .float(2, _):
      (squares, summary.histogram) = try secondPass(
        chunks, T.self, mean: mean,
        bins: try optional { try floatBins(Float16.self, finiteExtremes, bins) }, binDType: .float16,
        twoThreadsFrom: twoThreadsFrom)
    case .float(4, _):
      (squares, summary.histogram) = try secondPass(
        chunks, T.self, mean: mean,
        bins: try optional { try floatBins(Float.self, finiteExtremes, bins) }, binDType: .float32,
        twoThreadsFrom: twoThreadsFrom)
    case .float(16, _):
      (squares, summary.histogram) = try secondPass(
        chunks, T.self, mean: mean,
        bins: try optional { try floatBins(Float80.self, finiteExtremes, bins) }, binDType: DType.scalar(.float, itemsize: 16),
        twoThreadsFrom: twoThreadsFrom)
    case .float:
      (squares, summary.histogram) = try secondPass(
        chunks, T.self, mean: mean,
        bins: try optional { try floatBins(Double.self, finiteExtremes, bins) }, binDType: .float64,
        twoThreadsFrom: twoThreadsFrom)
    default:
      (squares, summary.histogram) = try secondPass(
        chunks, T.self, mean: mean,
        bins: try optional { try integerBins(finiteExtremes, bins) }, binDType: .float64,
        twoThreadsFrom: twoThreadsFrom)
    }
    summary.standardDeviation = (squares / Double(count)).squareRoot()
    return summary
  }

  private static func floatBins<T: SummaryElement, B: BinFloat>(
    _ type: B.Type, _ extremes: (T, T)?, _ bins: Int
  ) throws -> HistogramBins<B> {
    guard let (low, high) = extremes else { return try .forNoValues(count: bins) }
    return try .forFloats(low: low.converted(to: B.self), high: high.converted(to: B.self), count: bins)
  }

  private static func integerBins<T: SummaryElement>(_ extremes: (T, T)?, _ bins: Int) throws
    -> HistogramBins<Double>
  {
    guard let (low, high) = extremes else { return try .forNoValues(count: bins) }
    switch (low, high) {
    case let (low as Int64, high as Int64): return try .forIntegers(low: low, high: high, count: bins)
    case let (low as UInt64, high as UInt64): return try .forIntegers(low: low, high: high, count: bins)
    default:
      // Bools and integers up to 32 bits, held exactly in a Double.
      return try .forIntegers(low: Int64(low.float64), high: Int64(high.float64), count: bins)
    }
  }

  /// `np.std`'s sum of squared deviations — `x = a - mean` in float64 (in long double for a
  /// long double view, then cast back), squared, summed — and the histogram counts.
  ///
  /// `x` is a new float64 array, summed pairwise as a whole: NumPy's tree splits it at
  /// `n / 2` rounded down to a multiple of 8 and adds the two halves' sums. From
  /// `twoThreadsFrom` elements, for a view whose memory order is one axis, the halves are
  /// summed (and their values counted in bins) on two threads, with the same bits as one.
  /// A long double `x` is cast back in buffers, whose sums run in order: one thread.
  private static func secondPass<T: SummaryElement, B: BinFloat>(
    _ chunks: NumericChunks, _ type: T.Type, mean: Double, bins: HistogramBins<B>?,
    binDType: DType, twoThreadsFrom: Int
  ) throws -> (Double, Histogram?) {
    var bins = bins
    let sum: Double
    if T.self == Float80.self {
      let bufferedSum = BufferedPairwiseSum()
      try deviations(chunks, T.self, mean: mean, bins: &bins) { bufferedSum.add($0) }
      bufferedSum.finish()
      sum = bufferedSum.result
    } else if let (first, second) = chunks.halves(from: twoThreadsFrom) {
      var firstSum = StreamingPairwiseSum(count: first.view.count)
      var secondSum = StreamingPairwiseSum(count: second.view.count)
      var secondBins = bins?.emptied()
      try TwoThreads.run(
        { try deviations(first, T.self, mean: mean, bins: &bins) { firstSum.add($0) } },
        { try deviations(second, T.self, mean: mean, bins: &secondBins) { secondSum.add($0) } })
      if let secondBins { bins?.merge(secondBins) }
      sum = 0.0 + ((firstSum.result ?? 0) + (secondSum.result ?? 0))
    } else {
      var wholeSum = StreamingPairwiseSum(count: chunks.view.count)
      try deviations(chunks, T.self, mean: mean, bins: &bins) { wholeSum.add($0) }
      sum = 0.0 + (wholeSum.result ?? 0)
    }
    let histogram = bins.map {
      Histogram(edges: $0.edges.map { HistogramEdge.scalar($0) }, counts: $0.counts, binDType: binDType)
    }
    return (sum, histogram)
  }

  /// Streams the squared deviations from `mean` of `chunks`' values, a chunk at a time, to
  /// `add`, and counts the values in `bins`.
  private static func deviations<T: SummaryElement, B: BinFloat>(
    _ chunks: NumericChunks, _ type: T.Type, mean: Double, bins: inout HistogramBins<B>?,
    _ add: (UnsafeBufferPointer<Double>) -> Void
  ) throws {
    let squares = UnsafeMutablePointer<Double>.allocate(capacity: NumericChunks.elementsPerChunk)
    defer { squares.deallocate() }
    try chunks.forEachChunk(as: T.self) { values in
      if let longDoubles = values as? UnsafeBufferPointer<Float80> {
        let center = Float80(mean)
        for i in longDoubles.indices {
          let deviation = longDoubles[i] - center
          squares[i] = Double(deviation * deviation)
        }
      } else {
        for i in values.indices {
          let deviation = values[i].float64 - mean
          squares[i] = deviation * deviation
        }
      }
      bins?.add(finiteValuesOf: values)
      add(UnsafeBufferPointer(start: squares, count: values.count))
    }
  }
}

/// A bin edge as a scalar of its bin type.
enum HistogramEdge {
  static func scalar<B: BinaryFloatingPoint>(_ edge: B) -> Scalar {
    switch edge {
    case let edge as Float16: return .float16(edge)
    case let edge as Float: return .float32(edge)
    case let edge as Float80: return .float80(edge)
    default: return .float64(Double(edge))
    }
  }
}
