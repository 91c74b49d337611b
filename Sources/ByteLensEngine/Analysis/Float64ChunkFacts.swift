/// What the first pass of `stats` learns from float64 values (floats up to 8 bytes, bools and
/// integers up to 32 bits, all held exactly).
///
/// The extremes are compared by value only: which zero (`0.0` or `-0.0`) NumPy returns when
/// the smallest or largest value is zero is settled apart, from `firstZero` and `lastZero`.
struct Float64ChunkFacts {
  /// The smallest and largest value that is not NaN (`+inf`/`-inf` when there is none).
  var low = Double.infinity
  var high = -Double.infinity
  /// The smallest and largest finite value (the largest finite magnitude when there is none).
  var finiteLow = Double.greatestFiniteMagnitude
  var finiteHigh = -Double.greatestFiniteMagnitude
  var nan = 0
  var positiveInfinity = 0
  var negativeInfinity = 0
  var zero = 0
  var subnormal = 0
  /// The first and the last zero seen, with its sign.
  var firstZero: Double?
  var lastZero: Double?

  /// Adds a chunk. A value counts as subnormal when it is not zero and its magnitude is below
  /// `normalThreshold` (the view's own float format's least normal magnitude; 0 for integers).
  ///
  /// Blocks of 16 values whose magnitudes are all normal and finite — nearly all of them, in
  /// real data — only update the extremes, four lanes at a time; a block holding a zero, a
  /// subnormal, an infinity or a NaN is counted value by value.
  mutating func add(_ values: UnsafeBufferPointer<Double>, normalThreshold: Double) {
    guard let base = values.baseAddress else { return }
    typealias Lanes = SIMD4<Double>
    let count = values.count
    let blockSize = 16
    let wholeBlocks = count - count % blockSize
    // Zero is below it too, for bools and integers (whose threshold is 0) as for floats.
    let normal = Lanes(repeating: max(normalThreshold, Double.leastNormalMagnitude))
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
        addOneByOne(UnsafeBufferPointer(start: base + start, count: blockSize), normalThreshold)
      }
      start &+= blockSize
    }
    // Every value of an ordinary block is finite: its extremes are finite extremes too.
    let (ordinaryLow, ordinaryHigh) = (low.min(), high.max())
    self.low = min(self.low, ordinaryLow)
    self.high = max(self.high, ordinaryHigh)
    finiteLow = min(finiteLow, ordinaryLow)
    finiteHigh = max(finiteHigh, ordinaryHigh)
    addOneByOne(
      UnsafeBufferPointer(start: base + wholeBlocks, count: count - wholeBlocks), normalThreshold)
  }

  /// Adds values one at a time, in order (which keeps `firstZero` and `lastZero` right).
  private mutating func addOneByOne(_ values: UnsafeBufferPointer<Double>, _ normalThreshold: Double) {
    for x in values {
      if x.isNaN {
        nan += 1
        continue
      }
      if x < low { low = x }
      if x > high { high = x }
      if x.isFinite {
        if x < finiteLow { finiteLow = x }
        if x > finiteHigh { finiteHigh = x }
        if x == 0 {
          zero += 1
          if firstZero == nil { firstZero = x }
          lastZero = x
        } else if x.magnitude < normalThreshold {
          subnormal += 1
        }
      } else if x < 0 {
        negativeInfinity += 1
      } else {
        positiveInfinity += 1
      }
    }
  }

  /// The zero NumPy's `np.min`/`np.max` return when the extreme is zero: for float32 and
  /// float64 its vectorised loops keep the last of equal values, for the others the first.
  func zeroExtreme(keepingLast: Bool) -> Double? {
    keepingLast ? lastZero : firstZero
  }
}
