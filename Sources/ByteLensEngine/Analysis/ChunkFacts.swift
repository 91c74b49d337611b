/// What the first pass of `stats` learns from a view's values, chunk by chunk: extremes and
/// the counts of NaN, infinite, zero and subnormal values.
///
/// The extremes are compared by value only: which zero (`0.0` or `-0.0`) NumPy returns when
/// the smallest or largest value is zero is settled apart, from `firstZero` and `lastZero`.
struct ChunkFacts<T: SummaryElement> {
  /// The smallest and largest value that is not NaN.
  var low = T.upperBound
  var high = T.lowerBound
  /// The smallest and largest finite value.
  var finiteLow = T.finiteUpperBound
  var finiteHigh = T.finiteLowerBound
  var nan = 0
  var positiveInfinity = 0
  var negativeInfinity = 0
  var zero = 0
  var subnormal = 0
  /// The first and the last zero seen, with its sign.
  var firstZero: T?
  var lastZero: T?

  /// Adds values one at a time, in order (which keeps `firstZero` and `lastZero` right).
  mutating func addOneByOne(_ values: UnsafeBufferPointer<T>, encoding: NumericEncoding) {
    for value in values {
      if value.isNaNValue {
        nan += 1
        continue
      }
      if value < low { low = value }
      if value > high { high = value }
      if value.isFiniteValue {
        if value < finiteLow { finiteLow = value }
        if value > finiteHigh { finiteHigh = value }
        if value.isZeroValue {
          zero += 1
          if firstZero == nil { firstZero = value }
          lastZero = value
        } else if value.isSubnormal(in: encoding) {
          subnormal += 1
        }
      } else if value < T.zeroValue {
        negativeInfinity += 1
      } else {
        positiveInfinity += 1
      }
    }
  }

  /// The zero NumPy's `np.min`/`np.max` return when the extreme is zero: for float32 and
  /// float64 its vectorised loops keep the last of equal values, for the others the first.
  func zeroExtreme(keepingLast: Bool) -> T? {
    keepingLast ? lastZero : firstZero
  }
}

extension SummaryElement {
  /// Adds a chunk's values to `facts`, one at a time.
  static func gather(
    _ values: UnsafeBufferPointer<Self>, into facts: inout ChunkFacts<Self>,
    encoding: NumericEncoding
  ) {
    facts.addOneByOne(values, encoding: encoding)
  }
}

extension Double {
  /// Adds a chunk of float64 values (floats up to 8 bytes, bools and integers up to 32 bits,
  /// all held exactly) to `facts`.
  ///
  /// Blocks of 16 values whose magnitudes are all normal and finite — nearly all of them, in
  /// real data — only update the extremes, four lanes at a time; a block holding a zero, a
  /// subnormal, an infinity or a NaN is counted value by value.
  static func gather(
    _ values: UnsafeBufferPointer<Double>, into facts: inout ChunkFacts<Double>,
    encoding: NumericEncoding
  ) {
    guard let base = values.baseAddress else { return }
    typealias Lanes = SIMD4<Double>
    let count = values.count
    let blockSize = 16
    let wholeBlocks = count - count % blockSize
    // Zero is below it too, for bools and integers (which have no subnormal values) as for
    // floats.
    let normal = Lanes(repeating: max(encoding.leastNormalMagnitude, Double.leastNormalMagnitude))
    let infinity = Lanes(repeating: .infinity)
    var low = Lanes(repeating: .infinity)
    var high = Lanes(repeating: -.infinity)
    let raw = UnsafeRawPointer(base)
    var start = 0
    while start < wholeBlocks {
      var blockLow = Lanes(repeating: .infinity)
      var blockHigh = Lanes(repeating: -.infinity)
      var ordinary = SIMDMask<SIMD4<Int64>>(repeating: true)
      for lane in stride(from: start, to: start &+ blockSize, by: 4) {
        let x = raw.loadUnaligned(fromByteOffset: lane &* 8, as: Lanes.self)
        blockLow.replace(with: x, where: x .< blockLow)
        blockHigh.replace(with: x, where: x .> blockHigh)
        // False for a NaN, whose comparisons all fail.
        ordinary .&= ((x .>= normal) .| (x .<= -normal)) .& (x .< infinity) .& (x .> -infinity)
      }
      if all(ordinary) {
        low.replace(with: blockLow, where: blockLow .< low)
        high.replace(with: blockHigh, where: blockHigh .> high)
      } else {
        facts.addOneByOne(
          UnsafeBufferPointer(start: base + start, count: blockSize), encoding: encoding)
      }
      start &+= blockSize
    }
    // Every value of an ordinary block is finite: its extremes are finite extremes too.
    let (ordinaryLow, ordinaryHigh) = (low.min(), high.max())
    facts.low = min(facts.low, ordinaryLow)
    facts.high = max(facts.high, ordinaryHigh)
    facts.finiteLow = min(facts.finiteLow, ordinaryLow)
    facts.finiteHigh = max(facts.finiteHigh, ordinaryHigh)
    facts.addOneByOne(
      UnsafeBufferPointer(start: base + wholeBlocks, count: count - wholeBlocks),
      encoding: encoding)
  }
}
