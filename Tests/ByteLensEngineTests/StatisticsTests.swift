import TestSupport
import Testing

@testable import ByteLensEngine

/// `PairwiseSum`, its streaming and buffered forms, and `NumericChunks`.
@Suite struct StatisticsTests {
  /// numpy's `pairwise_sum`, written plainly from `loops_utils.h.src` as the reference.
  func reference(_ values: ArraySlice<Double>) -> Double {
    let n = values.count
    let start = values.startIndex
    if n < 8 { return values.reduce(-0.0, +) }
    if n <= 128 {
      var r = Array(values[start..<(start + 8)])
      var i = 8
      while i < n - n % 8 {
        for j in 0..<8 { r[j] += values[start + i + j] }
        i += 8
      }
      var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while i < n {
        result += values[start + i]
        i += 1
      }
      return result
    }
    var half = n / 2
    half -= half % 8
    return reference(values[start..<(start + half)]) + reference(values[(start + half)...])
  }

  func randomValues(_ count: Int, seed: UInt64) -> [Double] {
    var random = SplitMix(seed: seed)
    return (0..<count).map { _ in
      Double(Int64(bitPattern: random.next()) >> 11) * 0x1p-40 * Double(random.next() % 1000 + 1)
    }
  }

  @Test(arguments: [0, 1, 7, 8, 9, 127, 128, 129, 1000, 8192, 8193, 100_003])
  func pairwiseMatchesNumpysRecursion(count: Int) {
    let values = randomValues(count, seed: UInt64(count))
    let sum = values.withUnsafeBufferPointer { PairwiseSum.sum($0.baseAddress!, count: count) }
    #expect(sum.bitPattern == reference(values[...]).bitPattern)
  }

  @Test func aloneNegativeZeroStaysNegative() {
    let values: [Double] = [-0.0, -0.0]
    let sum = values.withUnsafeBufferPointer { PairwiseSum.sum($0.baseAddress!, count: 2) }
    #expect(sum.sign == .minus)
  }

  /// Fed in chunks of any size, the stream gives the same tree and the same bits.
  @Test(arguments: [1, 3, 8, 100, 128, 129, 5000])
  func streamingMatchesWholeSum(chunk: Int) {
    let count = 20_011
    let values = randomValues(count, seed: 7)
    var stream = StreamingPairwiseSum(count: count)
    values.withUnsafeBufferPointer { all in
      var start = 0
      while start < count {
        let end = min(count, start + chunk)
        stream.add(UnsafeBufferPointer(rebasing: all[start..<end]))
        start = end
      }
    }
    #expect(stream.result?.bitPattern == reference(values[...]).bitPattern)
  }

  @Test func streamingHasNoResultUntilEveryValueArrived() {
    var stream = StreamingPairwiseSum(count: 300)
    let values = randomValues(299, seed: 3)
    values.withUnsafeBufferPointer { stream.add($0) }
    #expect(stream.result == nil)
  }

  /// A buffered reduction: 0.0 plus the pairwise sum of each 8192-element buffer, in turn.
  @Test func bufferedSumsEachBufferThenAdds() {
    let values = randomValues(20_000, seed: 11)
    let buffered = BufferedPairwiseSum()
    values.withUnsafeBufferPointer { all in
      buffered.add(UnsafeBufferPointer(rebasing: all[0..<5000]))
      buffered.add(UnsafeBufferPointer(rebasing: all[5000...]))
    }
    buffered.finish()
    var expected = 0.0
    expected += reference(values[0..<8192])
    expected += reference(values[8192..<16384])
    expected += reference(values[16384...])
    let got = buffered.result
    #expect(got.bitPattern == expected.bitPattern)
  }

  /// `NumericChunks` yields numpy's K order (memory order) and decodes byte-swapped data.
  @Test func chunksComeInMemoryOrder() throws {
    let bytes: [UInt8] = (0..<24).flatMap { i -> [UInt8] in
      let value = UInt16(i * 3 + 1)
      return [UInt8(value >> 8), UInt8(value & 0xff)]
    }
    let base = try ArrayView.frombuffer(MemoryByteSource(bytes), dtype: try DType.parse(">u2"))
    let view = try base.reshaped([4, 6]).transposed().indexed([.slice(start: nil, stop: nil, step: -1)])
    let chunks = try NumericChunks(view)
    var seen: [Double] = []
    try chunks.forEachChunk(as: Double.self) { seen += $0 }
    // Transposed and reversed, the elements are still read in the order they lie in memory.
    let inMemory: [Double] = (0..<24).map { Double($0 * 3 + 1) }
    #expect(seen == inMemory)
    var exact: [UInt64] = []
    try chunks.forEachChunk(as: UInt64.self) { exact += $0 }
    let exactInMemory: [UInt64] = (0..<24).map { UInt64($0 * 3 + 1) }
    #expect(exact == exactInMemory)
  }

  @Test func chunksAreBoundedInSize() throws {
    let count = NumericChunks.elementsPerChunk * 2 + 5
    let base = try ArrayView(bytes: [UInt8](repeating: 0, count: count * 4), dtype: .float32, shape: [count])
    var sizes: [Int] = []
    try NumericChunks(base).forEachChunk(as: Double.self) { sizes.append($0.count) }
    let full = NumericChunks.elementsPerChunk
    #expect(sizes == [full, full, 5])
  }

  @Test func nonNumericDTypesAreRefused() throws {
    for spelling in ["S4", "<U1", "<M8[s]", "V4", "<c8"] {
      let dtype = try DType.parse(spelling)
      let view = try ArrayView(bytes: [UInt8](repeating: 0, count: 8), dtype: dtype, shape: [8 / dtype.itemsize])
      #expect(throws: StatisticsError.self) { try Statistics.summarize(view) }
    }
  }

  @Test func summaryOfIntegersNearTheLimitsIsExact() throws {
    let values: [Int64] = [.max, .min, 1]
    let bytes = values.flatMap { value in (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
    let summary = try Statistics.summarize(try ArrayView(bytes: bytes, dtype: .int64, shape: [3]))
    #expect(summary.minimum == .int(.min))
    #expect(summary.maximum == .int(.max))
    #expect(summary.mean == 0.3333333333333333)
    #expect(summary.histogram?.counts.reduce(0, +) == 3)
  }

  /// The second pass on two threads (forced here from any size) gives the same bits as on
  /// one: the halves' sums meet where NumPy's pairwise tree splits, and counts add up.
  @Test(arguments: ["<f8", ">f8", "<f4", ">f2", ">i2", "u1", "<i8", ">u8", "?", "<f16"])
  func twoThreadsGiveTheSameSummaryAsOne(_ spelling: String) throws {
    var random = SplitMix(seed: 20261202)
    let dtype = try DType.parse(spelling)
    for count in [255, 256, 257, 1000, 8193, 20011, 100_003] {
      var bytes = (0..<(count * dtype.itemsize + 3)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      if dtype.kind == .bool { bytes = bytes.map { $0 & 1 } }
      let base = try ArrayView.frombuffer(MemoryByteSource(bytes), dtype: dtype, count: count, offset: 3)
      let views = [
        base,
        try base.indexed([.slice(start: nil, stop: nil, step: -1)]),
        try base.indexed([.slice(start: 1, stop: nil, step: 3)]),
      ]
      for view in views {
        let one = try Statistics.summarize(view, twoThreadsFrom: .max)
        let two = try Statistics.summarize(view, twoThreadsFrom: 0)
        #expect(two.mean.bitPattern == one.mean.bitPattern, "\(spelling) \(count) mean")
        #expect(
          two.standardDeviation.bitPattern == one.standardDeviation.bitPattern,
          "\(spelling) \(count) std")
        #expect(two.histogram == one.histogram, "\(spelling) \(count) histogram")
        #expect("\(two.minimum as Any) \(two.maximum as Any)" == "\(one.minimum as Any) \(one.maximum as Any)")
        #expect(two.nanCount == one.nanCount && two.zeroCount == one.zeroCount)
      }
    }
  }
}
