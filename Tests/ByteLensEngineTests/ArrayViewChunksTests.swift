import TestSupport
import Testing

@testable import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `forEachByteChunk`: the bytes of `tobytes(order)` in bounded chunks, for every kind of view.
@Suite struct ArrayViewChunksTests {
  static let chunkSizes = [1, 2, 3, 5, 7, 16, 64, 1000, 1 << 20]

  func counting(_ n: Int, as spelling: String) throws -> ArrayView {
    let source = MemoryByteSource((0..<n).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) })
    return try ArrayView.frombuffer(source, dtype: try DType.parse(spelling))
  }

  /// `tobytes(order)` element by element, through the older walk over element offsets.
  func reference(_ view: ArrayView, order: MemoryOrder) throws -> [UInt8] {
    var out: [UInt8] = []
    let size = view.dtype.itemsize
    try view.forEachElementOffset(order: view.tobytesVisitOrder(order)) { position in
      out += try view.source.bytes(in: position..<(position + size))
    }
    return out
  }

  /// Streams `view` in every chunk size and order; checks the bytes and the chunk sizes.
  func checkChunks(_ view: ArrayView, _ label: String) throws {
    for order in MemoryOrder.allCases {
      let want = try reference(view, order: order)
      for size in Self.chunkSizes {
        var chunks: [[UInt8]] = []
        try view.forEachByteChunk(order: order, chunkSize: size) { chunks.append(Array($0)) }
        #expect(Array(chunks.joined()) == want, "\(label) order \(order) chunk \(size)")
        #expect(chunks.dropLast().allSatisfy { $0.count == size }, "\(label) chunk \(size)")
        #expect(chunks.last.map { !$0.isEmpty && $0.count <= size } ?? want.isEmpty)
      }
      #expect(try view.tobytes(order: order) == want, "\(label) order \(order)")
    }
  }

  @Test func contiguousViews() throws {
    try checkChunks(try counting(100, as: "u1"), "u1 (100,)")
    try checkChunks(try counting(96, as: "<i4").reshaped([4, 6]), "<i4 (4, 6)")
    try checkChunks(try counting(96, as: "<i4").reshaped([4, 6], order: .F), "<i4 (4, 6) F")
  }

  @Test func stridedAndReversedViews() throws {
    let c = try counting(240, as: "<i2").reshaped([4, 5, 6])
    let all = IndexItem.slice(start: nil, stop: nil, step: nil)
    try checkChunks(try c.indexed([.slice(start: nil, stop: nil, step: 2)]), "[::2]")
    try checkChunks(try c.indexed([all, .slice(start: nil, stop: nil, step: -1)]), "[:, ::-1]")
    try checkChunks(
      try c.indexed([
        all, .slice(start: 4, stop: 0, step: -2), .slice(start: 1, stop: 5, step: nil),
      ]),
      "[:, 4:0:-2, 1:5]")
    try checkChunks(
      try c.indexed([.ellipsis, .slice(start: nil, stop: nil, step: 3)]), "[..., ::3]")
    try checkChunks(try c.transposed(), "T")
    try checkChunks(try c.transposed([1, 0, 2]), "transpose(1, 0, 2)")
    try checkChunks(
      try counting(200, as: "u1").indexed([.slice(start: nil, stop: nil, step: -7)]), "u1 [::-7]")
  }

  @Test func byteSwappedStructuredAndSubarrayViews() throws {
    // Byte order does not change the bytes tobytes gives.
    let big = try counting(48, as: ">f4").reshaped([3, 4]).withByteOrder(.swap)
    try checkChunks(try big.transposed(), ">f4 swapped, T")
    let records = try counting(117, as: "[('a','<i2'),('b','>f4'),('c','S3')]")
    #expect(records.dtype.itemsize == 9 && records.count == 13)
    try checkChunks(records, "records")
    try checkChunks(try records.indexed([.slice(start: nil, stop: nil, step: -3)]), "records[::-3]")
    try checkChunks(try records.indexed([.field("b")]), "records['b']")
    // A subarray dtype expands into trailing axes: (10, 3) of <i2, then a strided column.
    let sub = try counting(60, as: "('<i2', (3,))")
    #expect(sub.shape == [10, 3])
    try checkChunks(sub, "subarray")
    try checkChunks(
      try sub.indexed([.slice(start: nil, stop: nil, step: 2), .integer(1)]), "sub[::2, 1]")
  }

  @Test func zeroDimensionalAndEmptyViews() throws {
    let scalar = try counting(16, as: "<u8").indexed([.integer(1)])
    #expect(scalar.ndim == 0)
    try checkChunks(scalar, "0-d")
    let empty = try counting(16, as: "<u4").indexed([.slice(start: 2, stop: 2, step: nil)])
    #expect(empty.count == 0)
    var calls = 0
    try empty.forEachByteChunk(chunkSize: 4) { _ in calls += 1 }
    #expect(calls == 0)
    try checkChunks(try counting(0, as: "<u4").reshaped([2, 0, 2]), "(2, 0, 2)")
  }

  /// Elements larger than a chunk are split across chunks; a strided column of them too.
  @Test func elementsLargerThanAChunk() throws {
    let wide = try counting(120, as: "S10").reshaped([3, 4])
    try checkChunks(try wide.indexed([.ellipsis, .slice(start: nil, stop: nil, step: -2)]), "S10")
  }

  /// A file of several cache pages, read through `FileByteSource` with strided views whose
  /// windows cross page boundaries.
  @Test func viewsOfAFileAcrossPages() throws {
    var template = Array("/tmp/bytelens-chunks-XXXXXX".utf8CString)
    let directory = try #require(
      template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        .map { String(cString: $0) })
    defer { rmdir(directory) }
    let path = directory + "/data.bin"
    var random = SplitMix(seed: 8)
    let size = 3 * FileByteSource.pageSize + 123
    let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    #expect(FileWriter.write(bytes, to: path))
    defer { FileWriter.remove(path) }
    let file = try ArrayView.frombuffer(
      try FileByteSource(path: path), dtype: try DType.parse("u1"))
    let rows = try file.indexed([.slice(start: 3, stop: 196_003, step: nil)]).reshaped([1000, 196])
    for view in [
      rows, try rows.indexed([.slice(start: nil, stop: nil, step: -3)]), try rows.transposed(),
      try rows.indexed([.ellipsis, .slice(start: 5, stop: nil, step: 9)]),
    ] {
      for order in [MemoryOrder.C, .F] {
        let want = try reference(view, order: order)
        for size in [1000, 4096, 70_000, 1 << 20] {
          var got: [UInt8] = []
          try view.forEachByteChunk(order: order, chunkSize: size) { got += $0 }
          #expect(got == want, "\(view.shape) \(view.strides) \(order) \(size)")
        }
      }
    }
  }

  /// Every read is at most a chunk, and a view is read about once: a transpose reads in bands,
  /// not a window per handful of elements.
  @Test func readsAreBoundedAndFew() throws {
    let source = CountingSource((0..<(512 * 512)).map { UInt8(truncatingIfNeeded: $0 / 7) })
    let square = try ArrayView.frombuffer(source, dtype: try DType.parse("u1")).reshaped([512, 512])
    let views = [
      ("T", try square.transposed()),
      ("[::-1, ::3]", try square.indexed([
        .slice(start: nil, stop: nil, step: -1), .slice(start: nil, stop: nil, step: 3),
      ])),
      ("[::2]", try square.indexed([.slice(start: nil, stop: nil, step: 2)])),
      ("[:, ::2].T", try square.indexed([.ellipsis, .slice(start: nil, stop: nil, step: 2)])
        .transposed()),
    ]
    for (label, view) in views {
      for order in [MemoryOrder.C, .F] {
        let want = try reference(view, order: order)
        source.reset()
        var got: [UInt8] = []
        try view.forEachByteChunk(order: order, chunkSize: 4096) { got += $0 }
        #expect(got == want, "\(label) \(order)")
        #expect(source.largestRead <= 4096, "\(label) \(order)")
        #expect(source.bytesRead <= 3 * view.nbytes + 4096, "\(label) \(order)")
      }
    }
  }

  /// Elements visited one at a time give the same bytes, each element whole.
  @Test func elementBytesAreWholeElements() throws {
    let records = try counting(117, as: "[('a','<i2'),('b','>f4'),('c','S3')]")
    let view = try records.indexed([.slice(start: nil, stop: nil, step: -2)])
    var elements: [[UInt8]] = []
    try view.forEachElementBytes { elements.append(Array($0)) }
    #expect(elements.count == 7 && elements.allSatisfy { $0.count == 9 })
    #expect(Array(elements.joined()) == (try reference(view, order: .C)))
  }

  /// A stop asked for while the bytes stream ends the stream at the next chunk.
  @Test func cancellationStopsTheStream() throws {
    let view = try counting(1000, as: "u1").indexed([.slice(start: nil, stop: nil, step: 2)])
    let flag = Cancellation.Flag()
    var chunks = 0
    Cancellation.$scoped.withValue(flag) {
      #expect(throws: Interrupted()) {
        try view.forEachByteChunk(chunkSize: 10) { _ in
          chunks += 1
          flag.request()
        }
      }
    }
    #expect(chunks == 1)
    // Other tasks never see the flag.
    #expect(!Cancellation.isRequested)
  }
}

extension ArrayViewChunksTests {
  /// The walk over element offsets checks for a stop every 65536 elements.
  @Test func cancellationStopsTheElementWalk() throws {
    let view = try counting(1 << 17, as: "u1")
    let flag = Cancellation.Flag()
    var visited = 0
    Cancellation.$scoped.withValue(flag) {
      #expect(throws: Interrupted()) {
        try view.forEachElementOffset { _ in
          visited += 1
          flag.request()
        }
      }
    }
    #expect(visited == 1 << 16)
  }
}

/// Bytes in memory that count how they are read.
final class CountingSource: ByteSource, @unchecked Sendable {
  let storage: MemoryByteSource
  private(set) var bytesRead = 0
  private(set) var largestRead = 0

  init(_ bytes: [UInt8]) { storage = MemoryByteSource(bytes) }

  var name: String { storage.name }
  var count: Int { storage.count }

  func reset() {
    bytesRead = 0
    largestRead = 0
  }

  func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R)
    throws -> R
  {
    bytesRead += range.count
    largestRead = max(largestRead, range.count)
    return try storage.withBytes(in: range, body)
  }
}
