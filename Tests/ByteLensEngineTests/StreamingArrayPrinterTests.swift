import TestSupport
import Testing

@testable import ByteLensEngine

/// `show all`'s streaming printer against the recursive `ArrayPrinter.str` with summarisation
/// off: the same text, byte for byte, on contiguous, strided, reversed, transposed,
/// byte-swapped and structured views of every kind of dtype, at several line widths.
@Suite struct StreamingArrayPrinterTests {
  static func streamed(_ view: ArrayView, _ options: PrintOptions) throws -> [String] {
    var pieces: [String] = []
    try StreamingArrayPrinter(view, options: options).write { pieces.append($0) }
    return pieces
  }

  static func expectSame(_ view: ArrayView, _ options: PrintOptions = PrintOptions()) throws {
    var whole = options
    whole.threshold = Int.max
    let expected = try ArrayPrinter.str(view, options: whole)
    let actual = try streamed(view, options).joined()
    #expect(actual == expected, "\(view.dtype.str) \(view.shape) \(view.strides)")
  }

  /// `count` elements of `dtype` from seeded random bytes, with some special values planted.
  static func randomView(_ dtype: String, _ shape: [Int], seed: UInt64) throws -> ArrayView {
    let type = try DType.parse(dtype)
    let count = shape.reduce(1, *)
    var random = SplitMix(seed: seed)
    var bytes = (0..<(count * type.itemsize)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    // Plant small integers in every other element so that floats mix magnitudes and texts.
    for i in stride(from: 0, to: count, by: 2) where type.itemsize >= 2 {
      bytes[i * type.itemsize + (type.isNative ? type.itemsize - 1 : 0)] = 0x3F
    }
    return try ArrayView(bytes: bytes, dtype: type, shape: shape)
  }

  @Test(arguments: ["<f8", ">f8", "<f4", ">f4", "<f2", "<f16", "<c16", ">c8", "<i2", ">u8", "|b1"])
  func numericViewsMatchTheRecursiveLayout(_ dtype: String) throws {
    for (index, shape) in [[1], [7], [250], [3, 40], [2, 3, 11], [2, 1, 2, 5], [1, 1, 1]].enumerated() {
      let view = try Self.randomView(dtype, shape, seed: UInt64(index))
      try Self.expectSame(view)
      var narrow = PrintOptions()
      narrow.linewidth = 12
      try Self.expectSame(view, narrow)
      var tight = PrintOptions()
      tight.precision = 3
      tight.suppress = true
      try Self.expectSame(view, tight)
    }
  }

  @Test func stridedReversedAndTransposedViewsMatch() throws {
    let base = try Self.randomView("<f8", [6, 20], seed: 9)
    try Self.expectSame(try base.transposed())
    try Self.expectSame(try base.indexed([.slice(start: nil, stop: nil, step: -3)]))
    try Self.expectSame(
      try base.indexed([.ellipsis, .slice(start: 1, stop: nil, step: 4)]).byteswapped())
    let integers = try Self.randomView(">i4", [4, 5, 6], seed: 3)
    try Self.expectSame(try integers.transposed([2, 0, 1]))
  }

  @Test func floatsOfEveryNotationMatch() throws {
    let values: [[Double]] = [
      [0, -0.0, 1, 2.5, -3.25], [0.1, 1.0 / 3], [1e-5, 1], [1e10, -1], [.nan, .infinity, 1.5],
      [-.infinity, .nan], [0.5, 0.25, 1e300], [5e-324, 1], [123_456_789, 0.001],
    ]
    for row in values {
      let bytes = row.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) }
      let view = try ArrayView(bytes: bytes, dtype: try DType.parse("<f8"), shape: [row.count])
      try Self.expectSame(view)
      try Self.expectSame(try view.converted(to: try DType.parse(">f4")))
    }
  }

  @Test func textsDatesAndRecordsMatch() throws {
    // Non-ASCII text: line lengths count code points, as Python's len does.
    let words = ["a", "ünï", "€uro", "", "long word here", "日本"]
    var units: [UInt8] = []
    for word in words {
      var scalars = word.unicodeScalars.map(\.value)
      scalars += repeatElement(0, count: 16 - scalars.count)
      for scalar in scalars { withUnsafeBytes(of: scalar.littleEndian) { units += $0 } }
    }
    let text = try ArrayView(bytes: units, dtype: try DType.parse("<U16"), shape: [6])
    try Self.expectSame(text)
    var narrow = PrintOptions()
    narrow.linewidth = 20
    try Self.expectSame(text, narrow)
    try Self.expectSame(try Self.randomView("|S3", [4, 9], seed: 4))
    let counts: [Int64] = [0, 1000, -5000, Int64.min, 19_000, 3, -1, 400_000]
    let countBytes = counts.flatMap { count in withUnsafeBytes(of: count.littleEndian, Array.init) }
    for dtype in ["<M8[D]", "<M8[s]", "<m8[ms]"] {
      try Self.expectSame(try ArrayView(bytes: countBytes, dtype: try DType.parse(dtype), shape: [2, 4]))
    }
    try Self.expectSame(try Self.randomView("|V3", [5], seed: 7))
    let records = try Self.randomView("[('a', '<i2'), ('b', '>f4', (2,)), ('c', '|S2')]", [3, 4], seed: 8)
    try Self.expectSame(records)
  }

  /// The text comes in pieces of about 64 KiB, never all at once.
  @Test func largeArraysArriveInBoundedPieces() throws {
    let view = try Self.randomView("<f8", [100_000], seed: 11)
    let pieces = try Self.streamed(view, PrintOptions())
    #expect(pieces.count > 20)
    #expect(pieces.allSatisfy { $0.utf8.count <= StreamingArrayPrinter.textChunkSize + 4096 })
    var whole = PrintOptions()
    whole.threshold = Int.max
    #expect(pieces.joined() == (try ArrayPrinter.str(view, options: whole)))
  }
}
