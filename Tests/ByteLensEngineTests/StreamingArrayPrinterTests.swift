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
    let shapes = [[1], [7], [250], [3, 40], [2, 3, 11], [2, 1, 2, 5], [1, 1, 1]]
    for (index, shape) in shapes.enumerated() {
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

  /// The print options that change float and integer texts, one set at a time and together.
  static let styleOptions: [PrintOptions] = {
    var sets: [PrintOptions] = []
    for floatmode in PrintOptions.FloatMode.allCases {
      for (precision, sign) in [(0, PrintOptions.Sign.plus), (3, .space), (8, .minus)] {
        var options = PrintOptions()
        options.floatmode = floatmode
        options.precision = precision
        options.sign = sign
        sets.append(options)
      }
    }
    var texts = PrintOptions()
    texts.nanstr = "N/A"
    texts.infstr = "\u{221E}"
    texts.sign = .space
    texts.suppress = true
    sets.append(texts)
    var formatter = PrintOptions()
    formatter.formatter = .init(key: "int", function: .hex)
    formatter.floatmode = .maxprecEqual
    sets.append(formatter)
    return sets
  }()

  /// Every float kind (and integers, for `sign` and `formatter`) under every style option set:
  /// the fast `f4`/`f8` path and the `Scalar` path lay out what the recursive printer does.
  @Test(arguments: ["<f8", ">f8", "<f4", ">f4", "<f2", ">f16", "<c8", ">c16", "<c32", "<i2", ">u4"])
  func styleOptionsMatchTheRecursiveLayout(_ dtype: String) throws {
    for (index, shape) in [[5], [2, 3, 7]].enumerated() {
      let view = try Self.randomView(dtype, shape, seed: UInt64(40 + index))
      let strided = try view.indexed([.ellipsis, .slice(start: nil, stop: nil, step: -2)])
      for options in Self.styleOptions {
        try Self.expectSame(view, options)
        try Self.expectSame(strided, options)
      }
    }
    let records = try Self.randomView(
      "[('a', '<f4'), ('b', '>i2'), ('c', '<c8', (2,))]", [6], seed: 44)
    for options in Self.styleOptions { try Self.expectSame(records, options) }
  }

  /// Non-finite values take `nanstr`/`infstr` and their signs into the column width.
  @Test func nonFiniteTextsUnderStyleOptionsMatch() throws {
    let row: [Double] = [.nan, -.infinity, .infinity, 1.5, -0.0, 1e-7]
    let bytes = row.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }
    let view = try ArrayView(bytes: bytes, dtype: try DType.parse("<f8"), shape: [row.count])
    for options in Self.styleOptions {
      try Self.expectSame(view, options)
      try Self.expectSame(try view.converted(to: try DType.parse(">f4")), options)
      try Self.expectSame(try view.converted(to: try DType.parse("<f2")), options)
    }
    var wide = PrintOptions()
    wide.nanstr = "not a number"
    wide.infstr = ""
    try Self.expectSame(view, wide)
    var expected = PrintOptions()
    expected.threshold = Int.max
    expected.nanstr = "not a number"
    expected.infstr = ""
    // numpy 2.4: str(a) under np.printoptions(nanstr='not a number', infstr='').
    #expect(
      try ArrayPrinter.str(view, options: expected)
        == "[not a number            -                   1.5e+00     -0.0e+00\n      1.0e-07]")
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
      let bytes = row.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }
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
      try Self.expectSame(
        try ArrayView(bytes: countBytes, dtype: try DType.parse(dtype), shape: [2, 4]))
    }
    try Self.expectSame(try Self.randomView("|V3", [5], seed: 7))
    let records = try Self.randomView(
      "[('a', '<i2'), ('b', '>f4', (2,)), ('c', '|S2')]", [3, 4], seed: 8)
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
