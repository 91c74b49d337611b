import Testing

@testable import ByteLensEngine

/// The shared pieces of the pictures: dot packing, downsampling, scaling, byte classes, and
/// the limits that keep large views quick.
@Suite struct PictureTests {
  // MARK: Dots

  @Test func brailleDotsPackColumnMajor() {
    var grid = DotGrid(packing: .braille, columns: 2, rows: 1)
    #expect(grid.width == 4 && grid.height == 4)
    #expect(grid.line(0) == "  ")
    grid.set(x: 0, y: 3)  // top left: dot 1
    #expect(grid.line(0) == "⠁ ")
    grid.set(x: 1, y: 0)  // bottom right: dot 8
    #expect(grid.line(0) == "⢁ ")
    grid.fill(x: 2, from: 0, to: 3)  // the whole left column of the second character
    #expect(grid.line(0) == "⢁⡇")
    grid.set(x: 3, y: 1)  // dot 6
    #expect(grid.character(row: 0, column: 1) == "⡧")
    // Outside the grid: nothing, no trap.
    grid.set(x: 4, y: 0)
    grid.set(x: -1, y: 0)
    grid.set(x: 0, y: 4)
    #expect(grid.line(0) == "⢁⡧")
  }

  @Test func halfBlocksPackTwoDotsACharacter() {
    var grid = DotGrid(packing: .blocks, columns: 4, rows: 2)
    #expect(grid.width == 4 && grid.height == 4)
    grid.set(x: 0, y: 3)
    grid.set(x: 1, y: 2)
    grid.fill(x: 2, from: 2, to: 3)
    grid.fill(x: 3, from: 0, to: 1)
    #expect(grid.line(0) == "▀▄█ ")
    #expect(grid.line(1) == "   █")
  }

  // MARK: Downsampling and scaling

  @Test func bucketsShareElementsEvenlyWithoutOverflow() {
    #expect((0..<10).map { ColumnRanges.bucket(of: $0, count: 10, buckets: 4) }
      == [0, 0, 0, 1, 1, 2, 2, 2, 3, 3])
    // Near Int.max a plain index × buckets would overflow.
    #expect(ColumnRanges.bucket(of: Int.max - 1, count: Int.max, buckets: 160) == 159)
    #expect(ColumnRanges.scaled(Int.max / 2, by: 3, over: 4) == (3 << 60) - 1)
  }

  @Test func rangesKeepEachBucketsMinimumAndMaximum() {
    var ranges = ColumnRanges(count: 3)
    for (value, bucket) in [(1.0, 0), (-2.0, 0), (7.5, 0), (3.0, 2)] {
      ranges.add(value, to: bucket)
    }
    #expect(ranges.range(0)! == (-2.0, 7.5))
    #expect(ranges.range(1) == nil)
    #expect(ranges.range(2)! == (3.0, 3.0))
  }

  @Test func summaryCountsNonFiniteAndFindsTheFirstExtremes() {
    var summary = FiniteSummary()
    let values = [2.0, .nan, -1.0, .infinity, -1.0, 9.0, -.infinity, 9.0]
    for (index, value) in values.enumerated() {
      _ = summary.add(value, index: index, byte: index * 8)
    }
    #expect(summary.minimum == -1 && summary.minimumAt == (2, 16))
    #expect(summary.maximum == 9 && summary.maximumAt == (5, 40))
    #expect(summary.finite == 5 && summary.nan == 1 && summary.infinite == 2)
    #expect(summary.skippedNote == "1 nan and 2 inf skipped")
    #expect(FiniteSummary().scale == nil && FiniteSummary().skippedNote == nil)
  }

  @Test func scaleMapsTheRangeWithoutOverflow() {
    let scale = ValueScale(minimum: -1, maximum: 3)
    #expect(scale.fraction(-1) == 0 && scale.fraction(1) == 0.5 && scale.fraction(3) == 1)
    #expect(scale.position(1, count: 5) == 2)
    #expect(scale.position(0.4, count: 5) == 1)  // 1.4 → 1
    #expect(scale.position(0.6, count: 5) == 2)  // 1.6 → 2
    #expect(scale.bin(3, count: 10) == 9 && scale.bin(2.99, count: 10) == 9)
    #expect(scale.bin(-0.61, count: 10) == 0 && scale.bin(-0.6, count: 10) == 1)
    #expect(scale.middle == 1)
    let huge = ValueScale(minimum: -1e308, maximum: 1e308)
    #expect(huge.fraction(0) == 0.5 && huge.middle == 0)
    #expect(huge.position(1e308, count: 9) == 8)
    let constant = ValueScale(minimum: 5, maximum: 5)
    #expect(constant.isConstant && constant.fraction(5) == 0)
  }

  // MARK: Byte classes

  @Test func blocksAreClassifiedByTheirBytes() {
    func classify(_ bytes: [UInt8]) -> ByteClass? {
      bytes.withUnsafeBytes { ByteClass.classify($0) }
    }
    #expect(classify([]) == nil)
    #expect(classify(Array(repeating: 0, count: 64)) == .zeros)
    #expect(classify(Array("The quick brown fox jumps over the lazy dog.\n".utf8)) == .text)
    // Every byte value once: entropy 8 bits.
    #expect(classify((0...255).map { UInt8($0) }) == .random)
    // int32 0..63 little-endian: three zero bytes in four.
    #expect(classify((0..<64).flatMap { [UInt8($0), 0, 0, 0] }) == .smallIntegers)
    // -1 as int16 pairs and small values: 0xff bytes count too.
    #expect(classify((0..<32).flatMap { [$0 % 2 == 0 ? 0xff : 3, 0xff] }) == .smallIntegers)
    // Two byte values alternating: low entropy, few zeros.
    #expect(classify((0..<64).map { $0 % 2 == 0 ? 0x80 : 0x81 }) == .other)
    // 84% printable is not text; 85% is.
    let mixed = Array(repeating: UInt8(ascii: "a"), count: 85) + Array(repeating: 0x80, count: 15)
    #expect(classify(mixed) == .text)
    let fewer = Array(repeating: UInt8(ascii: "a"), count: 84) + Array(repeating: 0x80, count: 16)
    #expect(classify(fewer) == .other)
  }

  @Test func bytemapBlocksArePowersOfTwoThatFillTheScreen() {
    let standard = BytemapRenderer.layout(count: 4096, size: .standard)
    #expect(standard == .init(block: 16, cellsPerRow: 64, offsetDigits: 8))
    // 8 GiB in 64 × 19 cells: 7 MB a cell, rounded up to 8 MiB.
    let large = BytemapRenderer.layout(count: 8 << 30, size: .standard)
    #expect(large == .init(block: 8 << 20, cellsPerRow: 64, offsetDigits: 9))
    // A huge window: 4096 cells at most, 512 a row in 8 rows.
    let huge = BytemapRenderer.layout(count: 8 << 30, size: PictureSize(columns: 1000, rows: 500))
    #expect(huge == .init(block: 2 << 20, cellsPerRow: 512, offsetDigits: 9))
    let narrow = BytemapRenderer.layout(count: 100, size: PictureSize(columns: 20, rows: 4))
    #expect(narrow == .init(block: 16, cellsPerRow: 8, offsetDigits: 8))
  }

  @Test func imagesShrinkByOneWholeFactor() {
    #expect(
      ImageRenderer.grid(shape: [48, 100], size: .standard, usesColor: false)
        == .init(factor: 3, rows: 16, columns: 34))
    // With colour a character holds two rows of cells.
    #expect(
      ImageRenderer.grid(shape: [48, 100], size: .standard, usesColor: true)
        == .init(factor: 2, rows: 24, columns: 50))
    #expect(
      ImageRenderer.grid(shape: [1, 5], size: .standard, usesColor: false)
        == .init(factor: 1, rows: 1, columns: 5))
  }

  @Test func chartsHaveAnOddNumberOfRows() {
    #expect(PlotRenderer.chartRows(forScreenRows: 24) == 11)
    #expect(PlotRenderer.chartRows(forScreenRows: 26) == 11)
    #expect(PlotRenderer.chartRows(forScreenRows: 4) == 3)
  }

  // MARK: Views larger than the exact limit

  @Test func largeViewsAreSampledAndSaySo() throws {
    var bytes = [UInt8](repeating: 10, count: PlotRenderer.exactLimit * 2)
    bytes[bytes.count - 1] = 200
    let view = try ArrayView(bytes: bytes, dtype: .uint8, shape: [bytes.count])
    let text = try PlotRenderer(view).render().plainText
    let lines = text.split(separator: "\n")
    #expect(lines[1] == "min 10 at index 0, max 200 at index 2097151")
    #expect(lines[2] == "sampled: 64000 of 2097152 values, in 2000 runs of 32 spread evenly")
    let image = try ImageRenderer(view.reshaped([1024, 2048], order: .C)).render().plainText
    #expect(
      image.split(separator: "\n")[1] == "sampled: 4 × 4 values of each cell, 12800 of 2097152")
  }

  @Test func aSampledImageHasAValueForEveryCell() throws {
    let view = try ArrayView(
      bytes: [UInt8](repeating: 3, count: 2048 * 1024), dtype: .uint8, shape: [2048, 1024])
    let options = ImageRenderer.Options(size: PictureSize(columns: 1000, rows: 500))
    let lines = try ImageRenderer(view, options: options).render().plainText.split(separator: "\n")
    // 496 rows of cells would take blocks of 5 × 5 (410 × 205 cells); 16384 cells at most
    // take 12 × 12 (171 × 86 cells).
    #expect(
      lines[0]
        == "image of (2048, 1024) '|u1': 171 × 86 cells, 1 cell = the mean of 12 × 12 values")
    #expect(lines[1] == "sampled: 1 × 1 values of each cell, 14706 of 2097152")
  }

  @Test func ctrlCStopsAPicture() throws {
    let view = try ArrayView(
      bytes: [UInt8](repeating: 1, count: 4 << 20), dtype: .uint8, shape: [4 << 20])
    let flag = Cancellation.Flag()
    flag.request()
    Cancellation.$scoped.withValue(flag) {
      #expect(throws: Interrupted.self) { try PlotRenderer(view).render() }
      #expect(throws: Interrupted.self) {
        try ImageRenderer(try view.reshaped([2048, 2048], order: .C)).render()
      }
      #expect(throws: Interrupted.self) {
        try BytemapRenderer(source: view.source).render()
      }
    }
  }

  // MARK: Refusals

  @Test func picturesRefuseWhatTheyCannotDraw() throws {
    let scalar = try ArrayView(bytes: [1, 0, 0, 0], dtype: .int32, shape: [])
    #expect(throws: PictureError.zeroDimensional(.plot)) { try PlotRenderer(scalar) }
    #expect(throws: PictureError.needsTwoDimensions(shape: [])) { try ImageRenderer(scalar) }
    let empty = try ArrayView(bytes: [], dtype: .float64, shape: [0])
    #expect(throws: PictureError.emptyView(.plot, shape: [0])) { try PlotRenderer(empty) }
    let complex = try ArrayView(
      bytes: Array(repeating: 0, count: 16), dtype: .complex128, shape: [1])
    #expect(throws: PictureError.notRealNumbers(.plot, dtype: "<c16", .complex)) {
      try PlotRenderer(complex)
    }
    #expect(throws: PictureError.emptySource(name: "<bytes>")) {
      try BytemapRenderer(source: MemoryByteSource([]))
    }
  }
}
