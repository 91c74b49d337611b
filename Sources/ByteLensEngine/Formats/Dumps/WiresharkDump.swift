/// Wireshark's "Copy as Hex Dump" (and `text2pcap` input):
/// `0000   48 65 6c 6c 6f 20 77 6f 72 6c 64 0a   Hello world.` — a hex offset of at least
/// four digits, two or more blanks, bytes (older versions add a blank after the eighth), and
/// the text column.
enum WiresharkDump {
  /// Whether a line starts like Wireshark's first line: an offset of zeros, two blanks, a byte.
  static func matches(_ line: String) -> Bool {
    let characters = Array(line)
    let digits = characters.prefix(while: \.isHexDigit).count
    guard digits >= 4, digits < 8, characters.prefix(digits).allSatisfy({ $0 == "0" }),
      characters.count >= digits + 4
    else { return false }
    let rest = characters[digits...]
    let blanks = rest.prefix { $0 == " " }.count
    guard blanks >= 2 else { return false }
    let token = rest.dropFirst(blanks).prefix { $0 != " " }
    return token.count == 2 && token.allSatisfy(\.isHexDigit)
  }

  static func decode(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    var assembler = OffsetDumpAssembler(dump: dump)
    var mismatched: [Int?] = []
    for line in dump.lines {
      let characters = line.characters
      let first = characters.firstIndex { $0 != " " && $0 != "\t" } ?? 0
      let offsetEnd = characters[first...].firstIndex { !$0.isHexDigit } ?? characters.count
      guard offsetEnd > first,
        let offset = DumpPieces.number(characters[first..<offsetEnd], radix: 16)
      else {
        throw dump.badToken(characters[first...], line, first, expected: .wiresharkOffset)
      }
      guard
        let split = TextColumnSplitter.split(characters, from: offsetEnd, reading: .bigEndian)
      else {
        let bad = TextColumnSplitter.firstBadGroup(characters, from: offsetEnd, reading: .bigEndian)
        throw dump.badToken(
          bad.map { String(characters[$0]) } ?? "", line, bad?.lowerBound ?? offsetEnd,
          expected: .wiresharkByte)
      }
      if let bad = byteTokenError(characters, from: offsetEnd, split: split) {
        throw dump.badToken(characters[bad], line, bad.lowerBound, expected: .wiresharkByte)
      }
      if split.hasTextColumn && !split.textMatches {
        if split.textIsTooLong {
          throw split.tooLongError(line, in: dump, tool: "Wireshark hex dump")
        }
        mismatched.append(dump.lineName(line))
      }
      try assembler.add(.data(offset: offset, bytes: split.bytes), line: line)
    }
    try assembler.finish()
    return DecodedDump(
      bytes: assembler.bytes, format: .wireshark, detail: "Wireshark hex dump",
      lineCount: dump.lines.count, firstOffset: assembler.firstOffset,
      notes: XXDDump.textColumnNotes(mismatched))
  }

  /// Wireshark writes single bytes: a longer group of hex digits is an error, not a word.
  private static func byteTokenError(
    _ characters: [Character], from start: Int, split: TextColumnSplitter.Split
  ) -> Range<Int>? {
    var remaining = split.bytes.count
    for token in DumpPieces.tokens(characters, in: start..<characters.count) where remaining > 0 {
      if token.count != 2 { return token }
      remaining -= 1
    }
    return nil
  }
}
