/// `bytemap`: a whole source as rows of cells, each cell a block of bytes drawn by its class
/// (`ByteClass`: zeros, text, random, small integers, other), each row led by the hex offset
/// of its first byte: where a header ends and data starts shows at a glance.
///
/// Blocks are a power of two bytes (at least `minimumBlock`), as few as fill the screen (at
/// most `cellLimit` cells), and
/// rows a power of two cells, so that row offsets are round numbers. A block larger than
/// `sampleBytes` is sampled: `samplePieces` pieces spread over it, `sampleBytes` in all, so an
/// 8 GiB file is mapped from a few megabytes.
public struct BytemapRenderer {
  public struct Options: Sendable {
    public var size: PictureSize
    /// Each cell as a coloured block (`TextRole.byteClass`), rather than its class's symbol.
    public var usesColor: Bool

    public init(size: PictureSize = .standard, usesColor: Bool = false) {
      self.size = size
      self.usesColor = usesColor
    }
  }

  public static let minimumBlock = 16
  public static let sampleBytes = 16 * 1024
  public static let samplePieces = 4
  /// The most cells a map has, whatever the size of the screen.
  public static let cellLimit = 4096

  private let source: any ByteSource
  private let options: Options

  /// - Throws: `PictureError.emptySource` for a source with no bytes.
  public init(source: any ByteSource, options: Options = Options()) throws(PictureError) {
    guard source.count > 0 else { throw .emptySource(name: source.name) }
    self.source = source
    self.options = options
  }

  /// The shape of the map: bytes per cell, cells per row, and the width of the offsets.
  struct Layout: Equatable {
    var block: Int
    var cellsPerRow: Int
    var offsetDigits: Int
  }

  static func layout(count: Int, size: PictureSize) -> Layout {
    let size = size.clamped
    let digits = max(8, String(count - 1, radix: 16).count)
    var perRow = 1
    while perRow * 2 <= size.columns - digits - 1 { perRow *= 2 }
    // At most `cellLimit` cells, so that a huge window never reads a page per tiny cell.
    let rows = max(1, min(size.rows - 5, cellLimit / perRow))
    let cells = perRow * rows
    let needed = count / cells + (count % cells == 0 ? 0 : 1)
    var block = minimumBlock
    while block < needed { block *= 2 }
    return Layout(block: block, cellsPerRow: perRow, offsetDigits: digits)
  }

  /// The class of the block that starts at `start`, from all of it or from a sample.
  func classOfBlock(at start: Int, length: Int) throws -> ByteClass? {
    var histogram = Array(repeating: 0, count: 256)
    func count(_ range: Range<Int>) throws {
      try source.withBytes(in: range) { bytes in
        histogram.withUnsafeMutableBufferPointer { counts in
          for byte in bytes { counts[Int(byte)] += 1 }
        }
      }
    }
    if length <= Self.sampleBytes {
      try count(start..<(start + length))
    } else {
      let piece = Self.sampleBytes / Self.samplePieces
      for index in 0..<Self.samplePieces {
        let offset =
          start + ColumnRanges.scaled(length - piece, by: index, over: Self.samplePieces - 1)
        try count(offset..<(offset + piece))
      }
    }
    return ByteClass.classify(histogram: histogram)
  }

  public func render() throws -> StyledText {
    let count = source.count
    let layout = Self.layout(count: count, size: options.size)
    let cells = count / layout.block + (count % layout.block == 0 ? 0 : 1)
    var text = StyledText()
    text.append("bytemap of ", role: .label)
    text.append(source.name)
    text.append(": \(PictureLabels.count(count, "byte")), 1 cell = ")
    text.append(PictureLabels.count(layout.block, "byte"))
    text.appendLine(", \(layout.cellsPerRow) cells a row")
    if layout.block > Self.sampleBytes {
      text.appendLine(
        "sampled: \(Self.sampleBytes) bytes of each cell, in \(Self.samplePieces) pieces "
          + "spread evenly", role: .muted)
    }
    let names: [(ByteClass, String)] = [
      (.zeros, "zeros"), (.text, "text"), (.random, "random or compressed"),
      (.smallIntegers, "small integers"), (.other, "other"),
    ]
    for (index, (byteClass, name)) in names.enumerated() {
      if index > 0 { text.append("  ") }
      text.append(symbol(byteClass), role: .byteClass(byteClass))
      text.append(" \(name)", role: .muted)
    }
    text.append("\n")
    var cell = 0
    while cell < cells {
      try Cancellation.check()
      let rowStart = cell * layout.block
      let hex = String(rowStart, radix: 16)
      text.append(
        String(repeating: "0", count: max(0, layout.offsetDigits - hex.count)) + hex + " ",
        role: .offset)
      let rowEnd = min(cells, cell + layout.cellsPerRow)
      while cell < rowEnd {
        let start = cell * layout.block
        let length = min(layout.block, count - start)
        if let byteClass = try classOfBlock(at: start, length: length) {
          text.append(symbol(byteClass), role: .byteClass(byteClass))
        }
        cell += 1
      }
      text.append("\n")
    }
    return text
  }

  private func symbol(_ byteClass: ByteClass) -> String {
    options.usesColor ? "█" : String(byteClass.symbol)
  }
}
