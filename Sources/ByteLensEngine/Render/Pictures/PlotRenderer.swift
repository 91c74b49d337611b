/// `plot`: a view's values as a line chart in braille dots or half blocks, with the minimum,
/// the middle and the maximum on the y axis and element indices on the x axis.
///
/// An n-d view is flattened in C order, as `a.ravel()` does. Each dot column shows the smallest
/// and largest value of the elements it covers, so a single spike among millions is still
/// drawn; neighbouring columns are joined. NaN and infinities are skipped and counted. A view
/// of more than `exactLimit` elements is sampled: `sampleLimit` values in runs spread evenly
/// over it, so a file larger than memory is drawn in a fraction of a second.
public struct PlotRenderer {
  public enum Style: String, Sendable, CaseIterable {
    /// 2 × 4 dots a character.
    case braille
    /// `▀ ▄ █`: 1 × 2 dots a character.
    case blocks
  }

  public struct Options: Sendable {
    public var style: Style
    /// The screen the chart fills: its width, and about half its height.
    public var size: PictureSize

    public init(style: Style = .braille, size: PictureSize = .standard) {
      self.style = style
      self.size = size
    }
  }

  /// Views of at most this many elements are read whole.
  public static let exactLimit = 1 << 20
  /// How many values a larger view's sample holds.
  public static let sampleLimit = 1 << 16

  private let view: ArrayView
  private let reader: RealValueReader
  private let options: Options

  /// - Throws: `PictureError` for a 0-d or empty view, or elements that are not real numbers.
  public init(_ view: ArrayView, options: Options = Options()) throws(PictureError) {
    reader = try RealValueReader(view, for: .plot)
    guard view.ndim > 0 else { throw .zeroDimensional(.plot) }
    guard view.count > 0 else { throw .emptyView(.plot, shape: view.shape) }
    self.view = view
    self.options = options
  }

  /// Rows of the chart: about half the screen, an odd number so that the middle row's centre
  /// is the middle value.
  static func chartRows(forScreenRows rows: Int) -> Int {
    let half = max(3, rows / 2 - 1)
    return half % 2 == 1 ? half : half - 1
  }

  /// The values read: every element, or a sample with the flat index of each.
  struct Values {
    var values: [Double] = []
    /// Flat indices of a sample; nil when every element was read (the index is the position).
    var indices: [Int]? = nil
    var runs = 0
    var runLength = 0
  }

  func readValues() throws -> Values {
    let count = view.count
    var result = Values()
    guard count > Self.exactLimit else {
      result.values.reserveCapacity(count)
      try reader.forEachValue { _, value in result.values.append(value) }
      return result
    }
    // Enough runs that every column of the widest chart gets some.
    let widest = PictureSize.limits.columns.upperBound * 2
    let runs = max(1024, widest)
    // Runs of neighbours share a page of the file; neighbours far apart (a strided or
    // transposed view) would each cost one, so then one value a run.
    var length = max(1, Self.sampleLimit / runs)
    if let stride = view.strides.last, stride.magnitude * UInt(length) > 64 * 1024 { length = 1 }
    var indices: [Int] = []
    indices.reserveCapacity(runs * length)
    result.values.reserveCapacity(runs * length)
    for run in 0..<runs {
      try Cancellation.check()
      let start = ColumnRanges.scaled(count - length, by: run, over: runs - 1)
      for index in start..<(start + length) {
        indices.append(index)
        result.values.append(try reader.value(atByte: reader.byteOffset(ofFlatIndex: index)))
      }
    }
    result.indices = indices
    result.runs = runs
    result.runLength = length
    return result
  }

  public func render() throws -> StyledText {
    let count = view.count
    let read = try readValues()
    var summary = FiniteSummary()
    for (position, value) in read.values.enumerated() {
      let index = read.indices?[position] ?? position
      _ = summary.add(value, index: index, byte: reader.byteOffset(ofFlatIndex: index))
    }
    var text = StyledText()
    text.append("plot of ", role: .label)
    text.append(PictureLabels.count(count, "value"))
    text.append(" of ")
    text.append("'\(view.dtype.str)'", role: .dtype)
    var minimumText = "", maximumText = "", middleText = ""
    if let scale = summary.scale {
      let low = try reader.scalar(atByte: summary.minimumAt.byte)
      let high = try reader.scalar(atByte: summary.maximumAt.byte)
      minimumText = PictureLabels.exact(low)
      maximumText = PictureLabels.exact(high)
      middleText =
        PictureLabels.integerMiddle(low, high) ?? PictureLabels.between(scale.middle, like: low)
      text.append("\nmin ")
      text.append(minimumText, role: .value)
      text.append(" at index ")
      text.append(String(summary.minimumAt.index), role: .offset)
      text.append(", max ")
      text.append(maximumText, role: .value)
      text.append(" at index ")
      text.append(String(summary.maximumAt.index), role: .offset)
    }
    text.append("\n")
    if view.ndim > 1 {
      text.appendLine(
        "flattened in C order from shape \(PythonRepr.tuple(view.shape)), as a.ravel() does",
        role: .muted)
    }
    if let skipped = summary.skippedNote { text.appendLine(skipped, role: .muted) }
    if read.indices != nil {
      text.appendLine(
        "sampled: \(read.values.count) of \(count) values, in \(read.runs) runs of "
          + "\(read.runLength) spread evenly", role: .muted)
    }
    guard let scale = summary.scale else {
      text.appendLine("nothing to draw: no value is finite", role: .muted)
      return text
    }

    // Layout: labels, then the chart in the columns left.
    let packing: DotGrid.Packing = options.style == .braille ? .braille : .blocks
    let size = options.size.clamped
    let rows = Self.chartRows(forScreenRows: size.rows)
    let labels = scale.isConstant
      ? ["", middleText, ""] : [maximumText, middleText, minimumText]
    let gutter = labels.map(\.columnWidth).max() ?? 0
    let columns = max(8, size.columns - gutter - 2)
    var grid = DotGrid(packing: packing, columns: columns, rows: rows)
    let dotColumns = grid.width

    // Each dot column's range; fewer values than columns stretch each over several.
    let buckets = min(count, dotColumns)
    var ranges = ColumnRanges(count: buckets)
    for (position, value) in read.values.enumerated() where value.isFinite {
      let index = read.indices?[position] ?? position
      ranges.add(value, to: ColumnRanges.bucket(of: index, count: count, buckets: buckets))
    }
    var previous: (low: Int, high: Int)? = nil
    for x in 0..<dotColumns {
      let bucket = buckets == dotColumns ? x : ColumnRanges.scaled(x, by: count, over: dotColumns)
      guard let range = ranges.range(bucket) else {
        previous = nil
        continue
      }
      // A constant line runs through the middle row, where its one label is.
      let low = scale.isConstant
        ? (grid.height - 1) / 2 : scale.position(range.low, count: grid.height)
      let high = scale.isConstant
        ? (grid.height - 1) / 2 : scale.position(range.high, count: grid.height)
      var from = low, to = high
      if let previous {
        // Join to the column before.
        if from > previous.high + 1 { from = previous.high + 1 }
        if to < previous.low - 1 { to = previous.low - 1 }
      }
      grid.fill(x: x, from: from, to: to)
      previous = (low, high)
    }

    text.appendLine(densityNote(count: count, dotColumns: dotColumns), role: .muted)
    for row in 0..<rows {
      let label = row == 0 ? labels[0] : row == rows - 1 ? labels[2] : row == rows / 2
        ? labels[1] : ""
      text.append(label.leftPadded(to: gutter), role: .value)
      text.append(label.isEmpty ? " │" : " ┤", role: .muted)
      text.append(grid.line(row))
      text.trimTrailingSpaces()
      text.append("\n")
    }
    text.append(String(repeating: " ", count: gutter) + " └", role: .muted)
    text.appendLine(String(repeating: "─", count: columns), role: .muted)
    text.appendSpaces(gutter + 2)
    text.appendLine(
      indexAxis(count: count, columns: columns, dotsAcross: packing.dotsAcross), role: .offset)
    return text
  }

  /// `1 dot column = 6 to 7 values, their min and max drawn`.
  private func densityNote(count: Int, dotColumns: Int) -> String {
    if count >= dotColumns {
      let few = count / dotColumns
      let many = (count + dotColumns - 1) / dotColumns
      let span = few == many ? "\(few)" : "\(few) to \(many)"
      return "1 dot column = \(span) value\(many == 1 ? "" : "s")"
        + (many > 1 ? ", their min and max drawn" : "")
    }
    let few = dotColumns / count
    let many = (dotColumns + count - 1) / count
    let span = few == many ? "\(few)" : "\(few) to \(many)"
    return "1 value = \(span) dot columns"
  }

  /// The index of the first value, the middle one and the last, each under the character
  /// that draws it.
  private func indexAxis(count: Int, columns: Int, dotsAcross: Int) -> String {
    let dotColumns = columns * dotsAcross
    /// The character column where element `index` is first drawn.
    func column(of index: Int) -> Int {
      let dot: Int
      if count >= dotColumns {
        dot = ColumnRanges.bucket(of: index, count: count, buckets: dotColumns)
      } else {
        // The first dot column x with x × count / dotColumns == index.
        dot = (index * dotColumns + count - 1) / count
      }
      return dot / dotsAcross
    }
    var line = Array(repeating: Character(" "), count: columns)
    var taken: [Range<Int>] = []
    func place(_ index: Int, at start: Int) {
      let label = Array(String(index))
      let start = min(max(0, start), columns - label.count)
      guard start >= 0 else { return }
      let span = max(0, start - 1)..<min(columns, start + label.count + 1)
      guard !taken.contains(where: { $0.overlaps(span) }) else { return }
      for (offset, character) in label.enumerated() { line[start + offset] = character }
      taken.append(start..<(start + label.count))
    }
    place(0, at: 0)
    if count > 1 {
      let last = String(count - 1)
      place(count - 1, at: column(of: count - 1) + 1 - last.count)
      let middle = (count - 1) / 2
      if middle > 0 { place(middle, at: column(of: middle) - String(middle).count / 2) }
    }
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
