#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Testing
import TestSupport

@testable import ByteLensEngine

@Suite struct SearchTests {
  /// Every hit of `search` over `source`, read in chunks of `chunkSize` bytes.
  func hits(_ search: Search, _ source: any ByteSource, chunkSize: Int = 1 << 20) throws
    -> [SearchHit]
  {
    var found: [SearchHit] = []
    var chunks = SourceChunks(source: source, matchLength: search.hitLength)
    chunks.chunkSize = chunkSize
    try search.run(chunks, progress: nil) { found.append($0); return true }
    return found
  }

  /// Every start of `pattern` in `bytes`, overlapping ones too.
  func naive(_ pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
    guard pattern.count <= bytes.count else { return [] }
    return (0...(bytes.count - pattern.count)).filter {
      Array(bytes[$0..<($0 + pattern.count)]) == pattern
    }
  }

  @Test func patternsAcrossEveryChunkBoundary() throws {
    var random = SplitMix(seed: 11)
    // Few distinct bytes, so that patterns recur, overlap and straddle chunks.
    let bytes = (0..<3000).map { _ in UInt8(truncatingIfNeeded: random.next() % 3) }
    let source = MemoryByteSource(bytes)
    for length in [1, 2, 3, 5, 8, 17, 40] {
      let start = Int(random.next() % UInt64(bytes.count - length))
      let pattern = Array(bytes[start..<(start + length)])
      let expected = naive(pattern, in: bytes).map { SearchHit(offset: $0, order: .none) }
      for chunkSize in [1, 2, 7, 16, 33, 1000, 1 << 20] {
        #expect(try hits(try Search.bytes(pattern), source, chunkSize: chunkSize) == expected)
      }
    }
  }

  @Test func hitsAtTheEdgesAndPatternsLongerThanTheSource() throws {
    let source = MemoryByteSource([7, 1, 2, 7])
    #expect(try hits(try Search.bytes([7]), source).map(\.offset) == [0, 3])
    #expect(try hits(try Search.bytes([7, 1, 2, 7]), source).map(\.offset) == [0])
    #expect(try hits(try Search.bytes([7, 1, 2, 7, 0]), source).isEmpty)
    #expect(try hits(try Search.bytes([7]), MemoryByteSource([])).isEmpty)
    #expect(throws: SearchError.emptyPattern) { try Search.bytes([]) }
  }

  @Test func valuesInBothOrders() throws {
    // 22050 little-endian at 1, big-endian at 6; -1 as i2 reads the same both ways.
    let source = MemoryByteSource([0, 0x22, 0x56, 0, 0, 0, 0, 0, 0x56, 0x22, 0xFF, 0xFF])
    let u4 = try DType.parse("u4")
    #expect(
      try hits(try Search.value("22050", as: u4, bothOrders: true), source)
        == [SearchHit(offset: 1, order: .little), SearchHit(offset: 6, order: .big)])
    #expect(
      try hits(try Search.value("22050", as: try DType.parse(">u4"), bothOrders: false), source)
        == [SearchHit(offset: 6, order: .big)])
    #expect(
      try hits(try Search.value("-1", as: try DType.parse("i2"), bothOrders: true), source)
        == [SearchHit(offset: 10, order: .both)])
    #expect(
      try hits(try Search.value("0x22", as: try DType.parse("u1"), bothOrders: true), source)
        == [SearchHit(offset: 1, order: .none), SearchHit(offset: 9, order: .none)])
    // Within 1 of 22049, in every chunk size: the predicate scan across boundaries.
    for chunkSize in [1, 3, 5, 64] {
      #expect(
        try hits(
          try Search.value("22049", as: u4, bothOrders: true, tolerance: "1"), source,
          chunkSize: chunkSize)
          == [SearchHit(offset: 1, order: .little), SearchHit(offset: 6, order: .big)])
    }
  }

  @Test func floatsMatchAsEqualityDoes() throws {
    var bytes: [UInt8] = []
    for value in [1.5, -0.0, 0.0, Double.nan, -Double(bitPattern: 0x7FF0_0000_0000_0001)] {
      withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 }
    }
    let source = MemoryByteSource(bytes)
    let f8 = try DType.parse("<f8")
    let zeros = try hits(try Search.value("0", as: f8, bothOrders: false), source)
    #expect(zeros.first == SearchHit(offset: 8, order: .little))
    #expect(zeros.map(\.offset).contains(16))
    let nans = try hits(try Search.value("nan", as: f8, bothOrders: false), source)
    #expect(nans.map(\.offset) == [24, 32])
    let near = try hits(try Search.value("1.4", as: f8, bothOrders: false, tolerance: "0.11"), source)
    #expect(near.map(\.offset) == [0])
  }

  @Test func longDoublesIgnoreTheirPadding() throws {
    var element = [UInt8](repeating: 0xEE, count: 16)
    withUnsafeBytes(of: Float80(0.1)) { for index in 0..<10 { element[index] = $0[index] } }
    let source = MemoryByteSource([1, 2, 3] + element + Array(element.reversed()))
    let hits = try hits(try Search.value("0.1", as: try DType.parse("f16"), bothOrders: true), source)
    #expect(hits == [SearchHit(offset: 3, order: .little), SearchHit(offset: 19, order: .big)])
  }

  @Test func refusedValues() throws {
    let u1 = try DType.parse("u1")
    let i4 = try DType.parse("i4")
    let f4 = try DType.parse("f4")
    #expect(
      throws: SearchError.integerOutOfRange(text: "300", dtype: u1, minimum: "0", maximum: "255")
    ) { try Search.value("300", as: u1, bothOrders: true) }
    #expect(
      throws: SearchError.integerOutOfRange(
        text: "-2147483649", dtype: i4, minimum: "-2147483648", maximum: "2147483647")
    ) { try Search.value("-2147483649", as: i4, bothOrders: true) }
    #expect(throws: SearchError.notAnInteger(text: "1.5", dtype: i4)) {
      try Search.value("1.5", as: i4, bothOrders: true)
    }
    #expect(throws: SearchError.floatOverflows(text: "1e40", dtype: f4)) {
      try Search.value("1e40", as: f4, bothOrders: true)
    }
    #expect(throws: SearchError.floatUnderflows(text: "1e-50", dtype: f4)) {
      try Search.value("1e-50", as: f4, bothOrders: true)
    }
    #expect(throws: SearchError.notANumber(text: "nan(1)")) {
      try Search.value("nan(1)", as: f4, bothOrders: true)
    }
    #expect(throws: SearchError.invalidTolerance(text: "-1")) {
      try Search.value("1", as: f4, bothOrders: true, tolerance: "-1")
    }
    #expect(throws: SearchError.toleranceWithNaN) {
      try Search.value("nan", as: f4, bothOrders: true, tolerance: "1")
    }
    let text = try DType.parse("S4")
    #expect(throws: SearchError.unsupportedDType(dtype: text)) {
      try Search.value("1", as: text, bothOrders: true)
    }
    // The extremes of each integer type are accepted.
    _ = try Search.value("-9223372036854775808", as: try DType.parse("i8"), bothOrders: true)
    _ = try Search.value("18446744073709551615", as: try DType.parse("u8"), bothOrders: true)
    _ = try Search.value("1e300", as: try DType.parse("f16"), bothOrders: true)
  }

  @Test func aFileIsReadDirectlyAndCtrlCStops() throws {
    var template = Array("/tmp/bytelens-search-XXXXXX".utf8CString)
    let directory = try #require(
      template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        .map { String(cString: $0) })
    defer { rmdir(directory) }
    let path = directory + "/data.bin"
    var bytes = [UInt8](repeating: 0, count: 3 * SourceChunks.chunkSize + 5)
    let boundary = SourceChunks.chunkSize
    bytes.replaceSubrange((boundary - 2)..<(boundary + 2), with: Array("IHDR".utf8))
    bytes.replaceSubrange((bytes.count - 4)..<bytes.count, with: Array("IHDR".utf8))
    #expect(FileWriter.write(bytes, to: path))
    defer { FileWriter.remove(path) }
    let file = try FileByteSource(path: path)
    let search = try Search.bytes(Array("IHDR".utf8))
    var progress: [Int] = []
    var found: [Int] = []
    try search.run(over: file, progress: { progress.append($0) }) {
      found.append($0.offset)
      return true
    }
    #expect(found == [boundary - 2, bytes.count - 4])
    #expect(progress.last == bytes.count)
    let flag = Cancellation.Flag()
    flag.request()
    #expect(throws: Interrupted()) {
      try Cancellation.$scoped.withValue(flag) {
        try search.run(over: file) { _ in true }
      }
    }
    // A stream spooled to a file and a window on a file are read the same way.
    let slice = try SliceByteSource(file, range: (boundary - 10)..<(boundary + 10), name: "slice")
    var inSlice: [Int] = []
    try search.run(over: slice) { inSlice.append($0.offset); return true }
    #expect(inSlice == [8])
  }
}
