/// `image`: a 2-D view as a heatmap, auto-scaled from its smallest finite value to its largest,
/// shrunk to the screen by a whole factor so that it keeps its shape.
///
/// Each cell is the mean of the finite values of the square block of elements it covers; a
/// cell with none shows as missing. With colour each character is two cells, the upper as
/// the foreground of `▀` and the lower as its background (`TextRole.heat`); without colour
/// each character is one cell, a digit from 0 (the lowest tenth of the range) to 9, and `?`
/// for missing. A view of more than `exactLimit` elements is sampled: an evenly spread grid
/// of values in each block, `sampleLimit` in all at most.
public struct ImageRenderer {
  public struct Options: Sendable {
    public var size: PictureSize
    /// Colour levels (`TextRole.heat`) rather than digits.
    public var usesColor: Bool

    public init(size: PictureSize = .standard, usesColor: Bool = false) {
      self.size = size
      self.usesColor = usesColor
    }
  }

  /// Views of at most this many elements are read whole.
  public static let exactLimit = 1 << 20
  /// The most values a larger view's sample holds.
  public static let sampleLimit = 1 << 14
  /// The character for a cell with no finite value, without colour.
  public static let missingSymbol: Character = "?"

  private let view: ArrayView
  private let reader: RealValueReader
  private let options: Options

  /// - Throws: `PictureError` for a view that is not 2-D or is empty, or whose elements are
  ///   not real numbers.
  public init(_ view: ArrayView, options: Options = Options()) throws(PictureError) {
    reader = try RealValueReader(view, for: .image)
    guard view.ndim == 2 else { throw .needsTwoDimensions(shape: view.shape) }
    guard view.count > 0 else { throw .emptyView(.image, shape: view.shape) }
    self.view = view
    self.options = options
  }

  /// The blocks: how many elements a cell covers along each axis, and the cells.
  struct Grid: Equatable {
    var factor: Int
    var rows: Int
    var columns: Int
  }

  static func grid(shape: [Int], size: PictureSize, usesColor: Bool) -> Grid {
    let size = size.clamped
    let textRows = max(2, size.rows - 4)
    let cellRows = usesColor ? textRows * 2 : textRows
    let factor = max(
      1, (shape[0] + cellRows - 1) / cellRows, (shape[1] + size.columns - 1) / size.columns)
    return Grid(
      factor: factor, rows: (shape[0] + factor - 1) / factor,
      columns: (shape[1] + factor - 1) / factor)
  }

  /// Sums of each cell's finite values, also scaled down by 2^64 for sums that overflow.
  struct Cells {
    var sums: [Double]
    var scaledSums: [Double]
    var counts: [Int]

    init(_ count: Int) {
      sums = Array(repeating: 0, count: count)
      scaledSums = sums
      counts = Array(repeating: 0, count: count)
    }

    mutating func add(_ value: Double, to cell: Int) {
      sums[cell] += value
      scaledSums[cell] += value * 0x1p-64
      counts[cell] += 1
    }

    /// The mean of the cell's finite values, or nil when it has none.
    func mean(_ cell: Int) -> Double? {
      guard counts[cell] > 0 else { return nil }
      let mean = sums[cell] / Double(counts[cell])
      return mean.isFinite ? mean : scaledSums[cell] / Double(counts[cell]) * 0x1p64
    }
  }

  public func render() throws -> StyledText {
    let rows = view.shape[0], columns = view.shape[1]
    var grid = Self.grid(shape: view.shape, size: options.size, usesColor: options.usesColor)
    if view.count > Self.exactLimit {
      // A sample has a value or more for every cell: a huge window gets fewer, larger cells.
      while grid.rows * grid.columns > Self.sampleLimit {
        grid.factor += max(1, grid.factor / 8)
        grid.rows = (rows + grid.factor - 1) / grid.factor
        grid.columns = (columns + grid.factor - 1) / grid.factor
      }
    }
    var cells = Cells(grid.rows * grid.columns)
    var summary = FiniteSummary()
    var samplesPerSide = 0
    if view.count <= Self.exactLimit {
      try reader.forEachValue { index, value in
        let row = index / columns, column = index % columns
        if summary.add(
          value, index: index, byte: reader.byteOffset(row: row, column: column))
        {
          cells.add(value, to: (row / grid.factor) * grid.columns + column / grid.factor)
        }
      }
    } else {
      let perCell = Self.sampleLimit / (grid.rows * grid.columns)
      var side = 1
      while (side + 1) * (side + 1) <= perCell && side < grid.factor { side += 1 }
      samplesPerSide = side
      for cellRow in 0..<grid.rows {
        try Cancellation.check()
        let top = cellRow * grid.factor
        let height = min(grid.factor, rows - top)
        for cellColumn in 0..<grid.columns {
          let left = cellColumn * grid.factor
          let width = min(grid.factor, columns - left)
          for a in 0..<side {
            let row = top + height * (2 * a + 1) / (2 * side)
            for b in 0..<side {
              let column = left + width * (2 * b + 1) / (2 * side)
              let byte = reader.byteOffset(row: row, column: column)
              let value = try reader.value(atByte: byte)
              if summary.add(value, index: row * columns + column, byte: byte) {
                cells.add(value, to: cellRow * grid.columns + cellColumn)
              }
            }
          }
        }
      }
    }

    var text = StyledText()
    text.append("image of ", role: .label)
    text.append(PythonRepr.tuple(view.shape))
    text.append(" ")
    text.append("'\(view.dtype.str)'", role: .dtype)
    text.append(": \(grid.rows) × \(grid.columns) cells, 1 cell = ")
    text.appendLine(
      grid.factor == 1
        ? "1 value" : "the mean of \(grid.factor) × \(grid.factor) values")
    if samplesPerSide > 0 {
      let taken = summary.finite + summary.nan + summary.infinite
      text.appendLine(
        "sampled: \(samplesPerSide) × \(samplesPerSide) values of each cell, \(taken) of "
          + "\(view.count)", role: .muted)
    }
    if let skipped = summary.skippedNote { text.appendLine(skipped, role: .muted) }
    guard let scale = summary.scale else {
      text.appendLine("nothing to draw: no value is finite", role: .muted)
      return text
    }
    let low = try reader.scalar(atByte: summary.minimumAt.byte)
    let high = try reader.scalar(atByte: summary.maximumAt.byte)
    func position(_ index: Int) -> String { "[\(index / columns), \(index % columns)]" }
    text.append("min ")
    text.append(PictureLabels.exact(low), role: .value)
    text.append(" at ")
    text.append(position(summary.minimumAt.index), role: .offset)
    text.append(", max ")
    text.append(PictureLabels.exact(high), role: .value)
    text.append(" at ")
    text.append(position(summary.maximumAt.index), role: .offset)
    text.append("\n")
    if scale.isConstant {
      text.append("every finite value the same: every cell ")
      if options.usesColor {
        text.append("▀", role: .heat(upper: .level(0), lower: .level(0)))
        text.append(", ")
        text.append("▀", role: .heat(upper: .missing, lower: .missing))
      } else {
        text.append("0, \(Self.missingSymbol)")
      }
      text.appendLine(" = no finite value")
    } else if options.usesColor {
      text.append("min ")
      for step in 0..<10 {
        let level = HeatLevel.level(UInt8(step * 255 / 9))
        text.append("▀", role: .heat(upper: level, lower: level))
      }
      text.append(" max, ")
      text.append("▀", role: .heat(upper: .missing, lower: .missing))
      text.appendLine(" no finite value")
    } else {
      text.appendLine("0 = lowest tenth … 9 = highest, \(Self.missingSymbol) = no finite value")
    }

    func level(_ row: Int, _ column: Int) -> HeatLevel {
      guard row < grid.rows else { return .empty }
      guard let mean = cells.mean(row * grid.columns + column) else { return .missing }
      return .level(UInt8(min(255, Int(scale.fraction(mean) * 256))))
    }
    if options.usesColor {
      for textRow in 0..<((grid.rows + 1) / 2) {
        try Cancellation.check()
        for column in 0..<grid.columns {
          let role = TextRole.heat(
            upper: level(textRow * 2, column), lower: level(textRow * 2 + 1, column))
          text.append("▀", role: role)
        }
        text.append("\n")
      }
    } else {
      let digits = Array("0123456789".utf8)
      var line: [UInt8] = []
      for row in 0..<grid.rows {
        try Cancellation.check()
        line.removeAll(keepingCapacity: true)
        for column in 0..<grid.columns {
          if let mean = cells.mean(row * grid.columns + column) {
            line.append(digits[scale.bin(mean, count: 10)])
          } else {
            line.append(UInt8(ascii: "?"))
          }
        }
        line.append(UInt8(ascii: "\n"))
        text.appendASCII(line)
      }
    }
    return text
  }
}
