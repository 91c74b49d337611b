/// `od` and `hexdump` output without `-C`: an offset, then bytes or words, then (for
/// `od -t x1z`) the text between `>` and `<`; `*` lines; a last line with the end offset.
///
/// `od -x` and plain `hexdump` print 16-bit words in the byte order of the machine that ran
/// them; they are read as little-endian (x86, ARM), so `6548` is the bytes `48 65`. The two
/// differ only in their offsets, octal for `od` and hex for `hexdump`: the base is the one in
/// which every line starts where the one before ended.
enum ODDump {
  /// A kind of group: its width in digits, radix, and bytes.
  struct Group: Equatable {
    var width: Int
    var radix: Int
    var size: Int

    static func kind(width: Int) -> Group? {
      switch width {
      case 2: return Group(width: 2, radix: 16, size: 1)
      case 3: return Group(width: 3, radix: 8, size: 1)
      case 4: return Group(width: 4, radix: 16, size: 2)
      case 6: return Group(width: 6, radix: 8, size: 2)
      case 8: return Group(width: 8, radix: 16, size: 4)
      case 11: return Group(width: 11, radix: 8, size: 4)
      case 16: return Group(width: 16, radix: 16, size: 8)
      default: return nil
      }
    }

    /// The bytes of one group, little-endian for words; nil for a bad digit or overflow.
    func bytes(_ digits: ArraySlice<Character>) -> [UInt8]? {
      guard digits.count == width, let value = UInt64(String(digits), radix: radix),
        size == 8 || value < (UInt64(1) << UInt64(8 * size))
      else { return nil }
      return (0..<size).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * $0)) }
    }
  }

  struct Line {
    var line: DumpText.Line
    var offsetDigits: ArraySlice<Character>?
    var groups: [Range<Int>]
    var text: String?
    /// Where the text between `>` and `<` is in the line.
    var textRange: Range<Int>? = nil
  }

  static func matches(_ dump: DumpText) -> Bool {
    guard let lines = try? parseLines(dump), let first = lines.first,
      let offset = first.offsetDigits, offset.count >= 6, !first.groups.isEmpty
    else { return false }
    let widths = Set(first.groups.map(\.count))
    guard widths.count == 1, let width = widths.first, Group.kind(width: width) != nil,
      width != offset.count
    else { return false }
    let endsWithOffset = lines.count > 1 && lines.last!.groups.isEmpty && lines.last!.offsetDigits != nil
    let hasStar = lines.contains { $0.offsetDigits == nil }
    let hasText = first.text != nil
    let dataLines = lines.filter { !$0.groups.isEmpty }
    let offsetsAlign = dataLines.count > 1 && Set(dataLines.map { $0.offsetDigits?.count ?? 0 }).count == 1
    return endsWithOffset || hasStar || hasText || offsetsAlign
  }

  /// The width of the groups of an `od -A n` dump: every line starts with the one blank od
  /// writes before each group, and every group has the same width; nil for other text.
  static func groupWidthWithoutOffsets(_ dump: DumpText) -> Int? {
    var width: Int? = nil
    for line in dump.lines {
      let characters = line.characters
      guard characters.count > 1, characters[0] == " ", characters[1].isHexDigit else {
        return nil
      }
      for token in DumpPieces.tokens(characters, in: 0..<characters.count) {
        guard characters[token].allSatisfy(\.isHexDigit), width == nil || width == token.count
        else { return nil }
        width = token.count
      }
    }
    return width.flatMap { Group.kind(width: $0) == nil ? nil : $0 }
  }

  /// `od -A n`: groups without offsets (so no `*` lines, which only offsets could count).
  static func decodeWithoutOffsets(_ dump: DumpText, width: Int) throws(DumpError) -> DecodedDump {
    let group = Group.kind(width: width)!
    var bytes: [UInt8] = []
    for line in dump.lines {
      for token in DumpPieces.tokens(line.characters, in: 0..<line.characters.count) {
        guard let value = group.bytes(line.characters[token]) else {
          throw dump.badToken(
            line.characters[token], line, token.lowerBound,
            expected: .odGroupWithoutOffsets(width: group.width, radix: group.radix))
        }
        bytes += value
      }
    }
    var detail = "od -A n" + detail(base: 8, offsetWidth: 7, group: group, hasText: false)
      .dropFirst("od".count)
    if group.size == 1 && group.radix == 16 { detail = "od -A n -t x1" }
    // od fills the last word with zero bytes; only an end offset could say how many.
    let notes: [DumpNote] =
      group.size > 1 && bytes.last == 0 ? [.fillZerosKept(wordSize: group.size)] : []
    return DecodedDump(
      bytes: bytes, format: .od, detail: detail, lineCount: dump.lines.count, firstOffset: nil,
      notes: notes)
  }

  static func parseLines(_ dump: DumpText) throws(DumpError) -> [Line] {
    try dump.lines.map { (line) throws(DumpError) -> Line in
      let characters = line.characters
      let first = characters.firstIndex { $0 != " " && $0 != "\t" } ?? 0
      if characters[first...].elementsEqual(["*"]) {
        return Line(line: line, offsetDigits: nil, groups: [], text: nil)
      }
      let offsetEnd = characters[first...].firstIndex { $0 == " " || $0 == "\t" } ?? characters.count
      let offset = characters[first..<offsetEnd]
      guard offset.allSatisfy(\.isHexDigit) else {
        throw dump.badToken(offset, line, first, expected: .odOffset)
      }
      var hexEnd = characters.count
      var text: String? = nil
      if let open = characters[offsetEnd...].firstIndex(of: ">") {
        guard let close = characters.lastIndex(of: "<"), close > open else {
          throw DumpError.unclosedTextColumn(at: dump.position(line, open), closer: "<")
        }
        hexEnd = open
        text = String(characters[(open + 1)..<close])
      }
      let groups = DumpPieces.tokens(characters, in: offsetEnd..<hexEnd)
      return Line(
        line: line, offsetDigits: offset, groups: groups, text: text,
        textRange: text == nil ? nil : (hexEnd + 1)..<(hexEnd + 1 + text!.count))
    }
  }

  /// - Parameter tool: `.od` or `.hexdump` when the format was named (then the offsets are
  ///   read in that tool's radixes), nil when detected (then the offsets must settle it).
  static func decode(_ dump: DumpText, tool: DumpFormat? = nil) throws(DumpError) -> DecodedDump {
    if let width = groupWidthWithoutOffsets(dump) {
      return try decodeWithoutOffsets(dump, width: width)
    }
    let lines = try parseLines(dump)
    // The group kind: from the first group; every group must be like it.
    guard let firstGroupLine = lines.first(where: { !$0.groups.isEmpty }) else {
      // od of an empty file prints its end offset alone: `0000000`.
      if lines.count == 1, let digits = lines[0].offsetDigits, digits.allSatisfy({ $0 == "0" })
      {
        return DecodedDump(
          bytes: [], format: .od, detail: "od of an empty file", lineCount: 1, firstOffset: nil,
          notes: [])
      }
      throw DumpError.offsetsWithoutBytes
    }
    let firstGroup = firstGroupLine.groups[0]
    guard let group = Group.kind(width: firstGroup.count) else {
      throw dump.badToken(
        firstGroupLine.line.characters[firstGroup], firstGroupLine.line, firstGroup.lowerBound,
        expected: .odGroupWidth)
    }
    var decoded: [(line: Line, bytes: [UInt8])] = []
    var mismatched: [Int?] = []
    for entry in lines {
      var bytes: [UInt8] = []
      for token in entry.groups {
        guard let value = group.bytes(entry.line.characters[token]) else {
          throw dump.badToken(
            entry.line.characters[token], entry.line, token.lowerBound,
            expected: .odGroup(width: group.width, radix: group.radix))
        }
        bytes += value
      }
      if let text = entry.textRange, text.count > bytes.count {
        throw DumpPieces.textTooLong(
          text, of: entry.line, bytes: bytes.count, in: dump, tool: "od -t x1z")
      }
      if let text = entry.text, DumpPieces.rendering(bytes) != text {
        mismatched.append(dump.lineName(entry.line))
      }
      decoded.append((entry, bytes))
    }
    // The offset base: the one in which the lines fit together.
    let width = firstGroupLine.offsetDigits?.count ?? 7
    let bases = OffsetDumpAssembler.radixes(offsetWidth: width, tool: tool)
    let (assembler, base) = try OffsetDumpAssembler.fitting(bases) { (base) throws(DumpError) in
      var assembler = OffsetDumpAssembler(dump: dump)
      assembler.maximumPadding = group.size - 1
      assembler.offsetRadix = base
      for (entry, bytes) in decoded {
        guard let digits = entry.offsetDigits else {
          try assembler.add(.repeated, line: entry.line)
          continue
        }
        guard let offset = DumpPieces.number(digits, radix: base) else {
          throw dump.badToken(digits, entry.line, digits.startIndex, expected: .offset(radix: base))
        }
        if entry.groups.isEmpty {
          try assembler.add(.end(offset: offset), line: entry.line)
        } else {
          try assembler.add(.data(offset: offset, bytes: bytes), line: entry.line)
        }
      }
      try assembler.finish()
      return assembler
    }
    return DecodedDump(
      bytes: assembler.bytes, format: base == 16 && width != 6 ? .hexdump : .od,
      detail: detail(
        base: base, offsetWidth: width, group: group, hasText: lines.contains { $0.text != nil }),
      lineCount: dump.lines.count, firstOffset: assembler.firstOffset,
      notes: XXDDump.textColumnNotes(mismatched))
  }

  /// The command that writes such a dump: `od -x`, `od -A x -t x1z`, `hexdump`.
  static func detail(base: Int, offsetWidth: Int, group: Group, hasText: Bool) -> String {
    var text: String
    if base == 16 && offsetWidth == 7 && !hasText {
      switch group.width {
      case 3: text = "hexdump -b"
      case 6: text = "hexdump -o"
      case 4: text = "hexdump"
      default: text = "hexdump (\(group.width)-digit groups)"
      }
    } else {
      text = "od"
      if base == 16 { text += " -A x" }
      if base == 10 { text += " -A d" }
      switch group.width {
      case 2: text += hasText ? " -t x1z" : " -t x1"
      case 3: text += " -b"
      case 4: text += " -x"
      case 6: text += " -o"
      case 8: text += " -t x4"
      case 11: text += " -t o4"
      default: text += " -t x8"
      }
    }
    if group.size > 1 { text += " (\(group.size * 8)-bit words read little-endian)" }
    return text
  }
}
