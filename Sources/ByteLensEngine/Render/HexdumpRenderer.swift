/// A hexdump of the bytes a view spans, with the view's structure drawn into it.
///
/// Rows of `width` bytes (aligned to multiples of the width in the source), an offset column, a
/// hex panel and an ASCII panel, repeated rows collapsed to `*` as `xxd -a` and hexyl do. Each
/// byte's role says what it is: a byte of an element (tones alternate between neighbouring
/// elements), of a record field, padding, outside the view (between strided elements), or part
/// of a trailing partial element. Without colour, marks between the bytes show the same:
///
/// ```
/// 00000000 [01 00 00 00|02 00 00 00]03 00 00 00 04 00 00 00[05 …
/// ```
///
/// `[` and `]` open and close an element, `|` separates neighbours, `:` fields, `(` `)` enclose
/// padding and `{` `}` a partial element; bytes outside the brackets are not in the view.
///
/// The dump is made chunk by chunk and handed to a `TextSink`, so a dump of a multi-gigabyte
/// file holds one chunk of text at a time; formatting is table driven into one byte buffer.
public struct HexdumpRenderer {
  public struct Options: Equatable, Sendable {
    /// Bytes per row.
    public var width: Int
    /// Rows of bytes to show; nil shows them all.
    public var rows: Int?
    /// Whether each row lists the values of the elements that start in it (1-D numeric views).
    public var showsValues: Bool
    /// Whether the text carries roles for colour; without, each row is one plain run, which
    /// is all a plain-text reader needs and about twice as fast to make.
    public var isStyled: Bool
    /// The address of the source's first byte (a dump's first offset, or one the user set): the
    /// offset column and the header show addresses, `baseAddress + offset`.
    public var baseAddress: Int
    /// Whether whole rows of contiguous views take the fast path; tests turn it off to
    /// compare it with the general one.
    var usesTemplates = true

    public init(
      width: Int = 16, rows: Int? = HexdumpRenderer.defaultRows, showsValues: Bool = false,
      isStyled: Bool = true, baseAddress: Int = 0
    ) {
      self.width = width
      self.rows = rows
      self.showsValues = showsValues
      self.isStyled = isStyled
      self.baseAddress = baseAddress
    }
  }

  /// Rows shown when no count is given: a screenful.
  public static let defaultRows = 16
  /// The bytes a hexdump row can hold.
  public static let widths = 1...256

  let view: ArrayView
  let options: Options
  let layout: RecordLayout
  let lattice: ElementLattice

  /// - Throws: for a width outside `widths`, a row count below 1, or values asked of a view
  ///   that is not 1-D and numeric.
  public init(_ view: ArrayView, options: Options = Options()) throws {
    guard HexdumpRenderer.widths.contains(options.width) else {
      throw RenderError.hexdumpWidth(options.width, allowed: HexdumpRenderer.widths)
    }
    if let rows = options.rows, rows < 1 {
      throw RenderError.hexdumpRows(rows)
    }
    if options.showsValues {
      let numeric: Set<DType.Kind> = [.bool, .int, .uint, .float, .complex, .datetime, .timedelta]
      guard !view.dtype.isStructured, numeric.contains(view.dtype.kind) else {
        throw RenderError.valuesNotNumbers(dtype: view.dtype.str)
      }
      guard view.ndim == 1 else {
        throw RenderError.valuesNeedOneDimension(shape: view.shape)
      }
    }
    self.view = view
    self.options = options
    layout = RecordLayout(view.dtype)
    lattice = ElementLattice(view)
  }

  /// The whole dump as one text.
  public func render() throws -> StyledText {
    var result = StyledText()
    try render { result.append($0) }
    return result
  }

  /// Renders the dump, handing `sink` pieces of about `chunkSize` bytes of text.
  ///
  /// Each chunk of rows goes out as soon as it is made, so the first rows of a huge dump appear
  /// at once, and a long run of repeated rows (one `*`) is never held back behind the scan.
  /// - Throws: when the source cannot be read, or what `sink` throws.
  public func render(chunkSize: Int = 1 << 16, to sink: TextSink) throws {
    var text = StyledText()
    let extent = view.byteExtent
    guard view.count > 0 else {
      text.appendLine(
        "the view is empty (shape \(PythonRepr.tuple(view.shape))): it spans no bytes",
        role: .muted)
      try sink(text)
      return
    }
    let partial = partialRange(after: extent)
    let width = options.width
    let low = extent.lowerBound
    let high = partial?.upperBound ?? extent.upperBound
    let firstRow = low - low % width
    let totalRows = (high - firstRow - 1) / width + 1
    let shownRows = min(totalRows, options.rows ?? totalRows)
    let shownEnd = firstRow + shownRows * width
    let digits = max(
      8, Self.hexDigitCount(options.baseAddress &+ firstRow + (totalRows - 1) * width))

    header(into: &text, extent: extent, digits: digits)
    var state = DumpState(width: width)
    if options.showsValues {
      state.valueWidth = try valueWidth(in: low..<min(shownEnd, high))
    }
    // About 16 KiB of bytes per chunk (some 70 KiB of text), fewer when the sink asks for less.
    let rowsPerChunk = max(1, min(16_384 / width, chunkSize / (4 * width + 12)))
    // Whole rows of a contiguous view are written from templates (HexdumpRenderer+Templates);
    // the rows around them, and every row of other views, by the general path.
    let templated = options.usesTemplates ? templateRows(extent: extent, shownEnd: shownEnd) : nil
    var chunkStart = firstRow
    while chunkStart < shownEnd {
      try Cancellation.check()  // Ctrl-C stops a long dump between chunks
      if let templated, chunkStart == templated.lowerBound {
        try renderTemplateRows(
          templated, extent: extent, shownEnd: shownEnd, digits: digits,
          rowsPerChunk: rowsPerChunk, state: &state, into: &text, sink: sink)
        chunkStart = templated.upperBound
        continue
      }
      var chunkEnd = min(shownEnd, chunkStart + rowsPerChunk * width)
      if let templated, chunkStart < templated.lowerBound {
        chunkEnd = min(chunkEnd, templated.lowerBound)
      }
      try renderChunk(
        chunkStart..<chunkEnd, dump: low..<high, partial: partial, shownEnd: shownEnd,
        digits: digits, state: &state, into: &text)
      if !text.isEmpty {
        try sink(text)
        text.removeAll(keepingCapacity: true)
      }
      chunkStart = chunkEnd
    }
    footer(into: &text, state: state, partial: partial)
    try sink(text)
  }

  /// The bytes and rows that a dump limited to `options.rows` leaves out, if any.
  public var omitted: (bytes: Int, rows: Int)? {
    guard view.count > 0 else { return nil }
    let extent = view.byteExtent
    let high = partialRange(after: extent)?.upperBound ?? extent.upperBound
    let width = options.width
    let firstRow = extent.lowerBound - extent.lowerBound % width
    let totalRows = (high - firstRow - 1) / width + 1
    let shownRows = min(totalRows, options.rows ?? totalRows)
    let shownEnd = firstRow + shownRows * width
    guard shownEnd < high else { return nil }
    return (high - shownEnd, totalRows - shownRows)
  }

  /// Bytes after a contiguous view's last element that are too few for another element.
  func partialRange(after extent: Range<Int>) -> Range<Int>? {
    guard view.isCContiguous || view.isFContiguous else { return nil }
    let rest = view.source.count - extent.upperBound
    guard rest > 0, rest < view.dtype.itemsize else { return nil }
    return extent.upperBound..<view.source.count
  }

  static func hexDigitCount(_ value: Int) -> Int {
    var count = 1
    var rest = UInt(bitPattern: value) >> 4
    while rest > 0 {
      count += 1
      rest >>= 4
    }
    return count
  }

  private func header(into text: inout StyledText, extent: Range<Int>, digits: Int) {
    text.append("'\(view.dtype.str)'", role: .dtype)
    text.append(" shape \(PythonRepr.tuple(view.shape)) strides \(PythonRepr.tuple(view.strides))")
    text.append(
      ": \(extent.count) byte\(extent.count == 1 ? "" : "s") of "
        + "\(PythonRepr.escaped(view.source.name)) from "
    )
    let base = options.baseAddress
    text.append(
      Hex.offset(base &+ extent.lowerBound), role: .offset)
    text.append(" to ")
    text.append(
      Hex.offset(base &+ extent.upperBound &- 1), role: .offset)
    text.appendLine()
    text.appendSpaces(digits + 2)
    var numbers: [UInt8] = []
    for column in 0..<options.width {
      let pair = (column & 255) * 2
      if column > 0 { numbers.append(UInt8(ascii: " ")) }
      numbers += Self.hexPairs[pair..<(pair + 2)]
    }
    text.appendASCII(numbers, role: .muted)
    text.appendLine()
  }

  private func footer(into text: inout StyledText, state: DumpState, partial: Range<Int>?) {
    var legend: [String] = []
    if state.used("[") || state.used("]") { legend.append("[ ] an element") }
    if state.used("|") { legend.append("| the next element") }
    if state.used(":") { legend.append(": the next field") }
    if state.used("(") || state.used(")") { legend.append("( ) padding, in no field") }
    if state.used("{") || state.used("}") { legend.append("{ } a partial element") }
    if !legend.isEmpty {
      text.append("marks: ", role: .label)
      text.append(legend.joined(separator: ", "), role: .muted)
      if state.sawOutside { text.append("; bytes outside [ ] are not in the view", role: .muted) }
      text.appendLine()
    }
    if layout.isStructured {
      text.append("fields: ", role: .label)
      for (index, leaf) in layout.leaves.enumerated() {
        if index > 0 { text.append(", ", role: .muted) }
        text.append(leaf.name.isEmpty ? "''" : leaf.name, role: .field(index, tone: 0))
        text.append(" \(leaf.dtype.str) +\(leaf.offset)", role: .muted)
      }
      if layout.leaves.isEmpty { text.append("none", role: .muted) }
      text.appendLine()
    }
    if let partial {
      text.append("partial: ", role: .label)
      text.append(
        "\(partial.count) byte\(partial.count == 1 ? "" : "s") at "
          + Hex.offset(partial.lowerBound)
          + " after the last element, too few for another '\(view.dtype.str)' "
          + "(\(view.dtype.itemsize) bytes)", role: .partial)
      text.appendLine()
    }
    if options.showsValues, let stride = view.strides.first, stride < 0, view.count > 1 {
      text.appendLine(
        "values are in memory order: the view's stride \(stride) walks them backwards",
        role: .muted)
    }
  }
}
