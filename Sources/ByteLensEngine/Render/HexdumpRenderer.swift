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

    public init(
      width: Int = 16, rows: Int? = HexdumpRenderer.defaultRows, showsValues: Bool = false,
      isStyled: Bool = true
    ) {
      self.width = width
      self.rows = rows
      self.showsValues = showsValues
      self.isStyled = isStyled
    }
  }

  /// Rows shown when no count is given: a screenful.
  public static let defaultRows = 16
  /// The widths `set width` accepts.
  public static let widths = 1...256

  let view: ArrayView
  let options: Options
  let layout: RecordLayout
  let lattice: ElementLattice

  /// - Throws: for a width outside `widths`, a row count below 1, or values asked of a view
  ///   that is not 1-D and numeric.
  public init(_ view: ArrayView, options: Options = Options()) throws {
    guard HexdumpRenderer.widths.contains(options.width) else {
      throw EngineError(
        "hexdump width must lie between \(HexdumpRenderer.widths.lowerBound) and "
          + "\(HexdumpRenderer.widths.upperBound) bytes, not \(options.width)")
    }
    if let rows = options.rows, rows < 1 {
      throw EngineError("hexdump needs 1 row or more, not \(rows)")
    }
    if options.showsValues {
      let numeric: Set<DType.Kind> = [.bool, .int, .uint, .float, .complex, .datetime, .timedelta]
      guard !view.dtype.isStructured, numeric.contains(view.dtype.kind) else {
        throw EngineError(
          "hexdump values shows numbers; elements of '\(view.dtype.str)' are not numbers",
          hint: "'show' prints them; 'hexdump' without 'values' shows their bytes")
      }
      guard view.ndim == 1 else {
        throw EngineError(
          "hexdump values needs a 1-D view; this one has shape \(PythonText.tuple(view.shape))",
          hint: "pick a row first (e.g. [0]) or flatten it with 'reshape -1'")
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
  /// - Throws: when the source cannot be read, or what `sink` throws.
  public func render(chunkSize: Int = 1 << 16, to sink: TextSink) throws {
    var text = StyledText()
    let extent = view.byteExtent
    guard view.count > 0 else {
      text.appendLine(
        "the view is empty (shape \(PythonText.tuple(view.shape))): it spans no bytes",
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
    let digits = max(8, Self.hexDigitCount(firstRow + (totalRows - 1) * width))

    header(into: &text, extent: extent, digits: digits)
    var state = DumpState(width: width)
    if options.showsValues {
      state.valueWidth = try valueWidth(in: low..<min(shownEnd, high))
    }
    // About 16 KiB of bytes per chunk (some 70 KiB of text), fewer when the sink asks for less.
    let rowsPerChunk = max(1, min(16_384 / width, chunkSize / (4 * width + 12)))
    var chunkStart = firstRow
    while chunkStart < shownEnd {
      let chunkEnd = min(shownEnd, chunkStart + rowsPerChunk * width)
      try renderChunk(
        chunkStart..<chunkEnd, dump: low..<high, partial: partial, shownEnd: shownEnd,
        digits: digits, state: &state, into: &text)
      if text.byteCount >= chunkSize {
        try sink(text)
        text.removeAll(keepingCapacity: true)
      }
      chunkStart = chunkEnd
    }
    footer(
      into: &text, state: state, partial: partial,
      hiddenBytes: shownEnd < high ? high - shownEnd : 0,
      hiddenRows: totalRows - shownRows)
    try sink(text)
  }

  // MARK: Classification

  /// What a byte of the dump is: a leaf field's index (0 for a plain element), or one of these.
  enum Owner {
    static let blank: Int32 = -4
    static let partial: Int32 = -3
    static let outside: Int32 = -2
    static let padding: Int32 = -1
  }

  /// What carries over from one chunk (and row) to the next, and the buffers reused for every
  /// chunk and row, so that the dump allocates nothing per row.
  struct DumpState {
    /// The owner and element ordinal of the byte before the current chunk.
    var previousOwner = Owner.blank
    var previousOrdinal = -1
    /// Elements that start before the current chunk.
    var elementsBefore = 0
    /// The owner and element ordinal of each byte of the chunk (and of the byte after it).
    var owners: [Int32] = []
    var ordinals: [Int] = []
    /// The current row and the last row printed (for collapsing repeats).
    var row: RowCells
    var last: RowCells
    var hasLast = false
    var collapsing = false
    /// Which marks were drawn (a bit per ASCII code), and whether any byte was outside.
    var usedMarks: (UInt64, UInt64) = (0, 0)
    var sawOutside = false
    /// Widest value text so far, so that values line up as the dump goes on.
    var valueWidth = 0
    /// One line of text and its role runs.
    var line: [UInt8]
    var runs: [(role: TextRole, count: Int)] = []

    init(width: Int) {
      row = RowCells(width: width)
      last = RowCells(width: width)
      line = Array(repeating: 0, count: 24 + 4 * width)
      runs.reserveCapacity(4 * width + 8)
    }

    mutating func noteMark(_ mark: UInt8) {
      if mark < 64 { usedMarks.0 |= 1 << UInt64(mark) } else { usedMarks.1 |= 1 << UInt64(mark & 63) }
    }

    func used(_ mark: Character) -> Bool {
      let code = mark.asciiValue ?? 0
      return code < 64 ? usedMarks.0 >> UInt64(code) & 1 == 1 : usedMarks.1 >> UInt64(code & 63) & 1 == 1
    }
  }

  /// One row: its bytes, what owns each, the element ordinals, and the marks before each byte
  /// (and after the last).
  struct RowCells: Equatable {
    var bytes: [UInt8]
    var owners: [Int32]
    var ordinals: [Int]
    var marks: [UInt8]

    init(width: Int) {
      bytes = Array(repeating: 0, count: width)
      owners = Array(repeating: Owner.blank, count: width)
      ordinals = Array(repeating: -1, count: width)
      marks = Array(repeating: 0, count: width + 1)
    }

    /// Rows repeat when bytes, owners and marks agree; the ordinals (tones) may differ.
    func repeats(_ other: RowCells) -> Bool {
      bytes == other.bytes && owners == other.owners && marks == other.marks
    }
  }

  /// Bytes after a contiguous view's last element that are too few for another element.
  func partialRange(after extent: Range<Int>) -> Range<Int>? {
    guard view.isCContiguous || view.isFContiguous else { return nil }
    let rest = view.source.count - extent.upperBound
    guard rest > 0, rest < view.dtype.itemsize else { return nil }
    return extent.upperBound..<view.source.count
  }

  private func renderChunk(
    _ chunk: Range<Int>, dump: Range<Int>, partial: Range<Int>?, shownEnd: Int, digits: Int,
    state: inout DumpState, into text: inout StyledText
  ) throws {
    // Owners and ordinals of the chunk's bytes and of the one after it (for the closing mark).
    let base = chunk.lowerBound
    let count = chunk.count + 1
    if state.owners.count < count {
      state.owners = Array(repeating: Owner.blank, count: count)
      state.ordinals = Array(repeating: -1, count: count)
    }
    let classified = max(base, dump.lowerBound)..<max(base, min(chunk.upperBound + 1, dump.upperBound))
    let segments = layout.segments.map {
      (range: $0.range, owner: $0.leaf.map { Int32(clamping: $0) } ?? Owner.padding)
    }
    var starts: [Int] = []
    state.owners.withUnsafeMutableBufferPointer { owners in
      state.ordinals.withUnsafeMutableBufferPointer { ordinals in
        let inside = (classified.lowerBound - base)..<max(classified.lowerBound - base, classified.upperBound - base)
        for index in 0..<count { ordinals[index] = -1 }
        for index in 0..<inside.lowerBound { owners[index] = Owner.blank }
        for index in inside { owners[index] = Owner.outside }
        for index in inside.upperBound..<count { owners[index] = Owner.blank }
        guard !classified.isEmpty else { return }
        if let partial {
          for position in partial.clamped(to: classified) { owners[position - base] = Owner.partial }
        }
        starts = lattice.starts(overlapping: classified)
        let straddling = starts.prefix { $0 < base }.count
        for (index, start) in starts.enumerated() {
          let ordinal = state.elementsBefore - straddling + index
          for segment in segments {
            let low = max(start &+ segment.range.lowerBound, classified.lowerBound) &- base
            let high = min(start &+ segment.range.upperBound, classified.upperBound) &- base
            var position = low
            while position < high {
              owners[position] = segment.owner
              ordinals[position] = ordinal
              position &+= 1
            }
          }
        }
      }
    }
    state.elementsBefore += starts.count { $0 >= base && $0 < chunk.upperBound }

    let fetched = max(base, dump.lowerBound)..<min(chunk.upperBound, dump.upperBound)
    let width = options.width
    try view.source.withBytes(in: fetched) { raw in
      var nextStart = starts.firstIndex { $0 >= base } ?? starts.count
      var rowStart = base
      while rowStart < chunk.upperBound {
        let first = rowStart - base
        state.owners.withUnsafeBufferPointer { owners in
          state.ordinals.withUnsafeBufferPointer { ordinals in
            var previousOwner = first == 0 ? state.previousOwner : owners[first - 1]
            var previousOrdinal = first == 0 ? state.previousOrdinal : ordinals[first - 1]
            for column in 0..<width {
              let owner = owners[first + column]
              let ordinal = ordinals[first + column]
              state.row.owners[column] = owner
              state.row.ordinals[column] = ordinal
              state.row.bytes[column] =
                owner == Owner.blank ? 0 : raw[rowStart + column - fetched.lowerBound]
              let mark = Self.mark(previousOwner, previousOrdinal, owner, ordinal)
              state.row.marks[column] = column == 0 ? Self.opening(mark) : mark
              previousOwner = owner
              previousOrdinal = ordinal
            }
            state.row.marks[width] = Self.closing(
              Self.mark(previousOwner, previousOrdinal, owners[first + width], ordinals[first + width]),
              previous: previousOwner)
            state.previousOwner = previousOwner
            state.previousOrdinal = previousOrdinal
          }
        }

        let isLast = rowStart + width >= shownEnd
        if state.hasLast, !isLast, state.row.repeats(state.last) {
          if !state.collapsing {
            text.appendLine("*", role: .muted)
            state.collapsing = true
          }
        } else {
          state.collapsing = false
          for mark in state.row.marks where mark != UInt8(ascii: " ") { state.noteMark(mark) }
          if state.row.owners.contains(Owner.outside) { state.sawOutside = true }
          var values: [Int] = []
          if options.showsValues {
            while nextStart < starts.count, starts[nextStart] < rowStart + width {
              values.append(starts[nextStart])
              nextStart += 1
            }
          }
          writeRow(at: rowStart, digits: digits, state: &state, into: &text)
          if !values.isEmpty { try writeValues(values, rowStart: rowStart, state: &state, into: &text) }
          text.trimTrailingSpaces()
          text.appendASCII(UInt8(ascii: "\n"))
          swap(&state.row, &state.last)
          state.hasLast = true
        }
        // Elements starting in a collapsed row are skipped with it.
        while nextStart < starts.count, starts[nextStart] < rowStart + width { nextStart += 1 }
        rowStart += width
      }
    }
  }

  /// The mark between a byte and the next one.
  static func mark(_ previous: Int32, _ previousOrdinal: Int, _ current: Int32, _ ordinal: Int)
    -> UInt8
  {
    let wasInside = previous >= Owner.padding
    let isInside = current >= Owner.padding
    switch (wasInside, isInside) {
    case (true, true):
      if previousOrdinal != ordinal { return UInt8(ascii: "|") }
      if previous == current { return UInt8(ascii: " ") }
      if previous == Owner.padding { return UInt8(ascii: "(") }
      if current == Owner.padding { return UInt8(ascii: ")") }
      return UInt8(ascii: ":")
    case (true, false):
      return current == Owner.partial ? UInt8(ascii: "{") : UInt8(ascii: "]")
    case (false, true):
      return UInt8(ascii: "[")
    case (false, false):
      if previous == Owner.partial && current != Owner.partial { return UInt8(ascii: "}") }
      if current == Owner.partial && previous != Owner.partial { return UInt8(ascii: "{") }
      return UInt8(ascii: " ")
    }
  }

  /// A row's first mark says only what starts there: what ended before it closed the row above.
  static func opening(_ mark: UInt8) -> UInt8 {
    switch mark {
    case UInt8(ascii: "|"): return UInt8(ascii: "[")
    case UInt8(ascii: "]"), UInt8(ascii: "}"): return UInt8(ascii: " ")
    default: return mark
    }
  }

  /// A row's last mark says only what ends there: what starts next opens the row below.
  static func closing(_ mark: UInt8, previous: Int32) -> UInt8 {
    switch mark {
    case UInt8(ascii: "|"): return UInt8(ascii: "]")
    case UInt8(ascii: "["): return UInt8(ascii: " ")
    case UInt8(ascii: "{"): return previous >= Owner.padding ? UInt8(ascii: "]") : UInt8(ascii: " ")
    default: return mark
    }
  }

  // MARK: Text

  /// `"00" … "ff"`: two ASCII digits per byte value.
  static let hexPairs: [UInt8] = {
    let digits = Array("0123456789abcdef".utf8)
    var table: [UInt8] = []
    table.reserveCapacity(512)
    for value in 0..<256 {
      table.append(digits[value >> 4])
      table.append(digits[value & 15])
    }
    return table
  }()

  /// The byte's character in the ASCII panel: printable ASCII as is, anything else `.`.
  static let asciiPanel: [UInt8] = (0..<256).map {
    (0x20...0x7E).contains($0) ? UInt8($0) : UInt8(ascii: ".")
  }

  func role(of owner: Int32, ordinal: Int) -> TextRole {
    switch owner {
    case Owner.padding: return .padding
    case Owner.outside: return .outside
    case Owner.partial: return .partial
    case Owner.blank: return .plain
    default:
      return layout.isStructured
        ? .field(Int(owner), tone: ordinal & 1) : .element(tone: ordinal & 1)
    }
  }

  /// A cheap stand-in for a byte's role, compared per byte; the role is made only on a change.
  @inline(__always)
  static func roleKey(_ owner: Int32, _ ordinal: Int) -> Int {
    owner >= 0 ? Int(owner) << 1 | (ordinal & 1) : Int(owner) << 1
  }

  /// Role runs of a line, keyed cheaply (`roleKey`); a role is made only where the key changes.
  struct RunBuilder {
    static let boundaryKey = Int.min
    static let offsetKey = Int.min + 1
    var key = RunBuilder.offsetKey
    var start = 0

    @inline(__always)
    mutating func begin(
      _ key: Int, at position: Int, renderer: HexdumpRenderer,
      runs: inout [(role: TextRole, count: Int)]
    ) {
      guard key != self.key else { return }
      close(at: position, renderer: renderer, runs: &runs)
      self.key = key
    }

    mutating func close(
      at position: Int, renderer: HexdumpRenderer, runs: inout [(role: TextRole, count: Int)]
    ) {
      guard position > start else { return }
      let role: TextRole
      switch key {
      case RunBuilder.boundaryKey: role = .boundary
      case RunBuilder.offsetKey: role = .offset
      default: role = renderer.role(of: Int32(truncatingIfNeeded: key >> 1), ordinal: key & 1)
      }
      runs.append((role, position - start))
      start = position
    }
  }

  /// Offset column, hex panel with its marks, ASCII panel: written into one line buffer, then
  /// appended with its role runs. A blank mark takes the role of the byte after it, so that an
  /// element's bytes make one run.
  private func writeRow(
    at start: Int, digits: Int, state: inout DumpState, into text: inout StyledText
  ) {
    let width = options.width
    let space = UInt8(ascii: " ")
    var runs = [(role: TextRole, count: Int)]()
    swap(&runs, &state.runs)
    runs.removeAll(keepingCapacity: true)
    var builder = RunBuilder()
    var length = 0
    let row = state.row
    let styled = options.isStyled
    Self.hexPairs.withUnsafeBufferPointer { pairs in
      Self.asciiPanel.withUnsafeBufferPointer { panel in
        row.bytes.withUnsafeBufferPointer { bytes in
          row.owners.withUnsafeBufferPointer { owners in
            row.ordinals.withUnsafeBufferPointer { ordinals in
              row.marks.withUnsafeBufferPointer { marks in
                state.line.withUnsafeMutableBufferPointer { line in
                  // The offset.
                  var rest = UInt(bitPattern: start)
                  var index = digits
                  while index > 0 {
                    index -= 1
                    line[index] = pairs[Int(rest & 15) &* 2 &+ 1]
                    rest >>= 4
                  }
                  line[digits] = space
                  var position = digits + 1
                  // The hex panel.
                  for column in 0..<width {
                    let owner = owners[column]
                    let key = Self.roleKey(owner, ordinals[column])
                    let mark = marks[column]
                    if styled {
                      builder.begin(
                        mark == space ? key : RunBuilder.boundaryKey, at: position,
                        renderer: self, runs: &runs)
                      builder.begin(key, at: position &+ 1, renderer: self, runs: &runs)
                    }
                    line[position] = mark
                    if owner == Owner.blank {
                      line[position &+ 1] = space
                      line[position &+ 2] = space
                    } else {
                      let pair = Int(bytes[column]) &* 2
                      line[position &+ 1] = pairs[pair]
                      line[position &+ 2] = pairs[pair &+ 1]
                    }
                    position &+= 3
                  }
                  let closing = marks[width]
                  if styled && closing != space {
                    builder.begin(RunBuilder.boundaryKey, at: position, renderer: self, runs: &runs)
                  }
                  line[position] = closing
                  line[position &+ 1] = space
                  line[position &+ 2] = space
                  position &+= 3
                  // The ASCII panel.
                  for column in 0..<width {
                    let owner = owners[column]
                    if styled {
                      builder.begin(
                        Self.roleKey(owner, ordinals[column]), at: position, renderer: self,
                        runs: &runs)
                    }
                    line[position] = owner == Owner.blank ? space : panel[Int(bytes[column])]
                    position &+= 1
                  }
                  if styled {
                    builder.close(at: position, renderer: self, runs: &runs)
                  } else {
                    runs.append((.plain, position))
                  }
                  length = position
                }
              }
            }
          }
        }
      }
    }
    state.line.withUnsafeBufferPointer { line in
      runs.withUnsafeBufferPointer { runs in
        text.appendASCII(UnsafeBufferPointer(rebasing: line[0..<length]), runs: runs)
      }
    }
    swap(&runs, &state.runs)
  }

  /// The widest value text among the elements of the first stretch of the dump, so that the
  /// values of a screenful line up; a wider value later widens the column from there on.
  private func valueWidth(in range: Range<Int>) throws -> Int {
    let window = range.lowerBound..<min(range.upperBound, range.lowerBound + 65_536)
    var widest = 0
    for start in lattice.starts(overlapping: window) where start >= window.lowerBound {
      let value = try view.source.withBytes(in: start..<(start + view.dtype.itemsize)) {
        ElementDecoder.decode(view.dtype, from: $0, at: 0)
      }
      widest = max(widest, try ScalarPrinter.str(value, dtype: view.dtype).count)
    }
    return widest
  }

  /// The values of the elements that start in a row, each in its element's tone.
  private func writeValues(
    _ starts: [Int], rowStart: Int, state: inout DumpState, into text: inout StyledText
  ) throws {
    text.appendSpaces(2)
    for (index, elementStart) in starts.enumerated() {
      let value = try view.source.withBytes(
        in: elementStart..<(elementStart + view.dtype.itemsize)
      ) { ElementDecoder.decode(view.dtype, from: $0, at: 0) }
      let valueText = try ScalarPrinter.str(value, dtype: view.dtype)
      state.valueWidth = max(state.valueWidth, valueText.count)
      text.appendSpaces(state.valueWidth - valueText.count + (index == 0 ? 0 : 2))
      let ordinal = state.row.ordinals[elementStart - rowStart]
      text.append(valueText, role: .element(tone: ordinal & 1))
    }
  }

  static func appendHex(_ value: Int, digits: Int, role: TextRole, into text: inout StyledText) {
    var buffer: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &buffer) { out in
      var rest = UInt(bitPattern: value)
      var index = digits
      while index > 0 {
        index -= 1
        out[index] = hexPairs[Int(rest & 15) * 2 + 1]
        rest >>= 4
      }
      text.appendASCII(UnsafeRawBufferPointer(rebasing: out[0..<digits]), role: role)
    }
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
    text.append(" shape \(PythonText.tuple(view.shape)) strides \(PythonText.tuple(view.strides))")
    text.append(": \(extent.count) byte\(extent.count == 1 ? "" : "s") of \(view.source.name) from ")
    text.append("0x" + String(extent.lowerBound, radix: 16), role: .offset)
    text.append(" to ")
    text.append("0x" + String(extent.upperBound - 1, radix: 16), role: .offset)
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

  private func footer(
    into text: inout StyledText, state: DumpState, partial: Range<Int>?, hiddenBytes: Int,
    hiddenRows: Int
  ) {
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
        "\(partial.count) byte\(partial.count == 1 ? "" : "s") at 0x"
          + String(partial.lowerBound, radix: 16)
          + " after the last element, too few for another '\(view.dtype.str)' "
          + "(\(view.dtype.itemsize) bytes)", role: .partial)
      text.appendLine()
    }
    if options.showsValues, let stride = view.strides.first, stride < 0, view.count > 1 {
      text.appendLine(
        "values are in memory order: the view's stride \(stride) walks them backwards",
        role: .muted)
    }
    if hiddenBytes > 0 {
      text.appendLine(
        "… \(hiddenBytes) more byte\(hiddenBytes == 1 ? "" : "s") in \(hiddenRows) "
          + "row\(hiddenRows == 1 ? "" : "s"): 'hexdump all' shows every row, "
          + "'hexdump N' the first N", role: .hint)
    }
  }
}
