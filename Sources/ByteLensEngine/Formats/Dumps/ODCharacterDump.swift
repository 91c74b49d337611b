/// `od -c` (and `hexdump -c`) output: an offset (octal; `-A d` decimal, `-A x` and `hexdump`
/// hex, `-A n` none), then one cell
/// of four columns per byte, right-aligned:
///
/// ```
/// 0000000   H   e   l   l   o       w   o   r   l   d  \n  \0 001 377 200
/// ```
///
/// A cell holds the character itself (a blank cell is a space), a named escape (`\0 \a \b \f
/// \n \r \t \v`), three octal digits, or `**` for a continuation byte of a character that a
/// newer `od` prints whole (`é  **`). `*` lines repeat the line before; a last line with only
/// an offset ends the dump. A copy may drop the blanks that end a line: where the offsets say
/// a line holds more bytes than its cells, the missing cells were blanks, so spaces.
enum ODCharacterDump {
  static let named: [String: UInt8] = [
    "\\0": 0, "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11,
  ]

  enum Cell {
    case byte(UInt8)
    /// A whole character: its UTF-8 bytes, the rest in `**` cells after it.
    case character([UInt8])
    case continuation
  }

  /// One cell's text (blanks trimmed), or nil if no `od -c` cell reads so.
  static func cell(_ text: String) -> Cell? {
    if text.isEmpty { return .byte(0x20) }
    if let value = named[text] { return .byte(value) }
    if text == "**" { return .continuation }
    if text.count == 3, let value = UInt16(text, radix: 8), value <= 255 {
      return .byte(UInt8(value))
    }
    guard text.count == 1, let character = text.first else { return nil }
    let utf8 = Array(String(character).utf8)
    return utf8.count == 1 ? .byte(utf8[0]) : .character(utf8)
  }

  /// A parsed line: its offset digits (nil for `-A n`), its cells' text, or a `*` line.
  struct Row {
    var line: DumpText.Line
    var offset: ArraySlice<Character>?
    var cells: [(column: Int, text: String)]
    var isRepeat: Bool
    /// Whether blanks were dropped from the end of the line (cells that were spaces).
    var lostBlanks: Bool
  }

  static func rows(_ dump: DumpText) throws(DumpError) -> [Row] {
    let hasOffsets = dump.lines[0].characters.first?.isNumber ?? false
    return try dump.lines.map { (line) throws(DumpError) -> Row in
      let characters = line.characters
      if characters.drop(while: { $0 == " " }).elementsEqual(["*"]) {
        return Row(line: line, offset: nil, cells: [], isRepeat: true, lostBlanks: false)
      }
      var start = 0
      var offset: ArraySlice<Character>? = nil
      if hasOffsets {
        start = characters.firstIndex { !$0.isHexDigit } ?? characters.count
        offset = characters[0..<start]
        guard start > 0 else {
          throw dump.badToken(characters.prefix(12), line, 0, expected: .odCharacterOffset)
        }
      }
      let padded = characters + Array(repeating: " ", count: line.trailingBlanks)
      var cells: [(Int, String)] = []
      var column = start
      while column < padded.count {
        let end = min(column + 4, padded.count)
        if end - column < 4 {
          guard padded[column..<end].allSatisfy({ $0 == " " }) else {
            throw dump.badToken(padded[column..<end], line, column, expected: .odCharacterCell)
          }
          break
        }
        let text = String(padded[column..<end]).trimmingSpaces()
        guard cell(text) != nil, padded[column] == " " else {
          throw dump.badToken(text, line, column, expected: .odCharacterByte)
        }
        cells.append((column, text))
        column = end
      }
      return Row(
        line: line, offset: offset, cells: cells, isRepeat: false,
        lostBlanks: line.trailingBlanks == 0)
    }
  }

  /// Whether the text is `od -c` output: cells of four columns after an offset (or from the
  /// start, for `-A n`), at least one of them a character or a named escape (a line of octal
  /// cells only is `od -b`, which reads the same).
  static func matches(_ dump: DumpText) -> Bool {
    let first = dump.lines[0].characters
    let start = first.prefix(while: \.isNumber).count
    guard first.first == " " || start >= 6 else { return false }
    // The cells before the first that does not read (decode names that one).
    var column = start
    var sawCharacter = false
    while column + 4 <= first.count, first[column] == " ",
      let text = Optional(String(first[column..<(column + 4)]).trimmingSpaces()),
      cell(text) != nil
    {
      if named[text] != nil || text.count == 1 { sawCharacter = true }
      column += 4
    }
    return sawCharacter
  }

  /// - Parameter tool: `.od` or `.hexdump` when the format was named (then the offsets are
  ///   read in that tool's radixes), nil when detected (then the offsets must settle it).
  static func decode(_ dump: DumpText, tool: DumpFormat? = nil) throws(DumpError) -> DecodedDump {
    let rows = try rows(dump)
    let hasOffsets = rows.contains { $0.offset != nil }
    // The bytes of each row, with the continuations of characters split over cells.
    var pending: [UInt8] = []
    var lineBytes: [[UInt8]] = []
    for row in rows {
      var bytes: [UInt8] = []
      for (column, text) in row.cells {
        if !pending.isEmpty, text != "**" {
          throw dump.badToken(text, row.line, column, expected: .odCharacterContinuation)
        }
        switch cell(text)! {
        case .byte(let value): bytes.append(value)
        case .character(let utf8):
          bytes.append(utf8[0])
          pending = Array(utf8.dropFirst())
        case .continuation:
          guard !pending.isEmpty else {
            throw dump.badToken(
              text, row.line, column, expected: .odCharacterBeforeContinuation)
          }
          bytes.append(pending.removeFirst())
        }
      }
      lineBytes.append(bytes)
    }
    guard hasOffsets else { return try withoutOffsets(dump, rows: rows, lineBytes: lineBytes) }
    let width = rows.first { $0.offset != nil }?.offset?.count ?? 7
    // A line holds as many bytes as the widest (16 unless od ran with -w).
    let widest = lineBytes.map(\.count).max() ?? 0
    let radixes = OffsetDumpAssembler.radixes(offsetWidth: width, tool: tool)
    let (assembler, radix) = try OffsetDumpAssembler.fitting(radixes) { (radix) throws(DumpError) in
      var assembler = OffsetDumpAssembler(dump: dump)
      assembler.offsetRadix = radix
      let offsets = try rows.map { (row) throws(DumpError) -> Int? in
        try row.offset.map { (digits) throws(DumpError) -> Int in
          guard let value = DumpPieces.number(digits, radix: radix) else {
            throw dump.badToken(digits, row.line, 0, expected: .offset(radix: radix))
          }
          return value
        }
      }
      for (index, row) in rows.enumerated() {
        if row.isRepeat {
          try assembler.add(.repeated, line: row.line)
          continue
        }
        var bytes = lineBytes[index]
        if bytes.isEmpty {
          try assembler.add(.end(offset: offsets[index]!), line: row.line)
          continue
        }
        // The bytes the offsets give this line (nil when no offset follows, or a hostile one).
        var span: Int? = nil
        if index + 1 < rows.count, let next = offsets[index + 1], let here = offsets[index] {
          let (difference, overflow) = next.subtractingReportingOverflow(here)
          if !overflow, difference >= 0 { span = difference }
        }
        // Blank cells a copy dropped from the end of the line: the next offset tells.
        if row.lostBlanks, let span, span > bytes.count, span <= widest {
          bytes += Array(repeating: 0x20, count: span - bytes.count)
        }
        // `hexdump -c` pads its last line with blank cells: the end offset takes them back.
        if let span, lineBytes[index + 1].isEmpty, !rows[index + 1].isRepeat,
          span < bytes.count, bytes[span...].allSatisfy({ $0 == 0x20 })
        {
          bytes.removeLast(bytes.count - span)
        }
        try assembler.add(.data(offset: offsets[index]!, bytes: bytes), line: row.line)
      }
      try assembler.finish()
      return assembler
    }
    var detail = "od -c"
    if radix == 16 { detail = width == 6 ? "od -A x -c" : "hexdump -c" }
    if radix == 10 { detail = "od -A d -c" }
    return DecodedDump(
      bytes: assembler.bytes, format: radix == 16 && width != 6 ? .hexdump : .od, detail: detail,
      lineCount: dump.lines.count, firstOffset: assembler.firstOffset, notes: [])
  }

  /// `od -A n -c`: no offsets, so no `*` lines; every line but the last is as wide as the
  /// widest, and blanks dropped from its end were spaces.
  static func withoutOffsets(_ dump: DumpText, rows: [Row], lineBytes: [[UInt8]]) throws(DumpError)
    -> DecodedDump
  {
    if let star = rows.first(where: \.isRepeat) {
      throw DumpError.repeatWithoutOffsets(line: dump.lineName(star.line), isCharacterDump: true)
    }
    let width = lineBytes.map(\.count).max() ?? 0
    // A line of space bytes only is a line of blank cells: data. An empty line inside the
    // dump may be one whose blanks were dropped: how many cannot be known.
    var rows = rows
    var lineBytes = lineBytes
    let span = (rows.first?.line.index ?? 0)..<(rows.last?.line.index ?? 0)
    for blank in dump.blankLines.reversed() {
      let isCells = blank.blanks > 0 && blank.blanks % 4 == 0
      guard isCells || !span.contains(blank.index) else {
        throw DumpError.emptyCharacterLine(line: dump.firstLine + blank.index)
      }
      guard isCells else { continue }  // an empty line before or after the dump
      let position = rows.firstIndex { $0.line.index > blank.index } ?? rows.count
      let line = DumpText.Line(index: blank.index, characters: [], trailingBlanks: blank.blanks)
      rows.insert(
        Row(line: line, offset: nil, cells: [], isRepeat: false, lostBlanks: false), at: position)
      lineBytes.insert(Array(repeating: 0x20, count: blank.blanks / 4), at: position)
    }
    var bytes: [UInt8] = []
    for (index, row) in rows.enumerated() {
      var line = lineBytes[index]
      if index + 1 < rows.count, line.count < width {
        guard row.lostBlanks else {
          throw DumpError.shortCharacterLine(
            line: dump.lineName(row.line), bytes: line.count, widest: width)
        }
        line += Array(repeating: 0x20, count: width - line.count)
      }
      bytes += line
    }
    return DecodedDump(
      bytes: bytes, format: .od, detail: "od -A n -c", lineCount: dump.lines.count,
      firstOffset: nil, notes: [])
  }
}
