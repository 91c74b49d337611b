/// `hexyl` output, with its Unicode border (the default), its ASCII border (`--border ascii`)
/// or none (`--border none`), with or without colour (`DumpText` drops the escapes):
///
/// ```
/// │00000000│ 48 65 6c 6c 6f 20 77 6f ┊ 72 6c 64 2e 48 65 6c 6c │Hello wo┊rld.Hell│
/// │*       │                         ┊                         │        ┊        │
/// │00000040│                         ┊                         │        ┊        │
/// ```
///
/// The columns are fixed: a border (a blank without one), 8 offset digits, a border, then
/// panels of 8 bytes (` xx xx … ` and a border, 26 columns each), then as many panels of 8
/// characters (9 columns each). The frame lines above and below are skipped; `*` repeats the
/// line before; a line with only an offset is where the data ends.
enum HexylDump {
  static let borders: Set<Character> = ["│", "┊", "|", "¦"]
  static let frame: Set<Character> = ["┌", "┬", "┐", "└", "┴", "┘", "├", "┼", "┤", "─", "+", "-"]

  /// A hexyl line with the blank before the offset that a copy may have dropped put back.
  static func normalized(_ characters: [Character]) -> [Character] {
    guard let first = characters.first, first.isHexDigit || first == "*" else {
      return characters
    }
    return [" "] + characters
  }

  static func isFrame(_ characters: [Character]) -> Bool {
    characters.contains { frame.contains($0) }
      && characters.allSatisfy { frame.contains($0) || $0 == " " }
  }

  static func isBorderOrBlank(_ character: Character) -> Bool {
    character == " " || borders.contains(character)
  }

  /// Whether the first line is hexyl's: its top frame, or a row in hexyl's columns.
  static func matches(_ dump: DumpText) -> Bool {
    let first = dump.lines[0].characters
    if let head = first.first, head == "┌" || (head == "+" && first.dropFirst().first == "-") {
      return isFrame(first)
    }
    let line = normalized(first)
    guard line.count > 62, isBorderOrBlank(line[0]), line[1..<9].allSatisfy(\.isHexDigit),
      isBorderOrBlank(line[9]), line[10] == " ", line[11].isHexDigit, line[12].isHexDigit
    else { return false }
    return isBorderOrBlank(line[35]) && line[36] == " " && isBorderOrBlank(line[61])
  }

  /// How hexyl 0.8 shows a byte in its text panels.
  static func rendering(_ byte: UInt8) -> Character {
    switch byte {
    case 0: return "0"
    case 0x20: return " "
    case 0x09, 0x0A, 0x0C, 0x0D: return "_"
    case 0x21..<0x7F: return Character(Unicode.Scalar(byte))
    case 0..<0x80: return "•"
    default: return "×"
    }
  }

  static func decode(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    let rows = dump.lines.filter { !isFrame($0.characters) }
    // Panels: from the widest row (a row's text panels end at 10 + 35 × panels).
    let widest = rows.map { normalized($0.characters).count }.max() ?? 0
    let panels = max(1, (widest - 10 + 34) / 35)
    let textStart = 10 + 26 * panels
    var assembler = OffsetDumpAssembler(dump: dump)
    var mismatched: [Int?] = []
    var bordered = false
    for row in rows {
      let line = normalized(row.characters)
      func cell(_ index: Int) -> ArraySlice<Character> {
        index < line.count ? line[index..<min(index + 2, line.count)] : []
      }
      func bad(_ column: Int, _ part: DumpError.HexylPart) -> DumpError {
        let shown = max(0, column - (line.count - row.characters.count))
        return dump.badToken(
          line[min(column, line.count - 1)...], row, shown, expected: .hexyl(part))
      }
      guard line.count >= 2, isBorderOrBlank(line[0]) else { throw bad(0, .borderOrOffset) }
      if borders.contains(line[0]) { bordered = true }
      if line[1] == "*" {
        guard line[2...].allSatisfy(isBorderOrBlank) else { throw bad(2, .blankAfterRepeat) }
        try assembler.add(.repeated, line: row)
        continue
      }
      guard line.count >= 9, let offset = DumpPieces.number(line[1..<9], radix: 16) else {
        throw bad(1, .offset)
      }
      var bytes: [UInt8] = []
      var ended = false
      for index in 0..<(8 * panels) {
        let start = 11 + 26 * (index / 8) + 3 * (index % 8)
        let separator = start - 1
        if separator < line.count, index % 8 == 0 {
          guard isBorderOrBlank(line[separator - 1]), line[separator] == " " else {
            throw bad(separator - 1, .panelBorder)
          }
        }
        let digits = cell(start)
        if digits.allSatisfy({ $0 == " " }) {
          ended = true
          continue
        }
        guard !ended, digits.count == 2, let value = DumpPieces.hexBytes(digits),
          start + 2 >= line.count || line[start + 2] == " " || borders.contains(line[start + 2])
        else { throw bad(start, .byte) }
        bytes += value
      }
      if textStart - 1 < line.count, !isBorderOrBlank(line[textStart - 1]) {
        throw bad(textStart - 1, .textBorder)
      }
      if bytes.isEmpty {
        guard line.count <= textStart || line[textStart...].allSatisfy(isBorderOrBlank) else {
          throw bad(textStart, .blankLine)
        }
        try assembler.add(.end(offset: offset), line: row)
        continue
      }
      var shown: [Character] = []
      for index in 0..<(8 * panels) {
        let column = textStart + 9 * (index / 8) + index % 8
        let character: Character = column < line.count ? line[column] : " "
        if index < bytes.count {
          shown.append(character)
        } else if character != " " {
          throw bad(column, .blankPastBytes)
        }
      }
      if shown != bytes.map(rendering) { mismatched.append(dump.lineName(row)) }
      try assembler.add(.data(offset: offset, bytes: bytes), line: row)
    }
    try assembler.finish()
    return DecodedDump(
      bytes: assembler.bytes, format: .hexyl,
      detail: bordered ? "hexyl" : "hexyl --border none", lineCount: dump.lines.count,
      firstOffset: assembler.firstOffset, notes: XXDDump.textColumnNotes(mismatched))
  }
}
