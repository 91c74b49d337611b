/// `hexdump -C` and `hd` output:
/// `00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a              |Hello world.|`, `*` lines,
/// and a last line holding the end offset.
enum HexdumpCanonicalDump {
  static func matches(_ line: String) -> Bool {
    let characters = Array(line)
    let digits = characters.prefix(while: \.isHexDigit).count
    guard digits >= 8, characters.count > digits + 2 else { return false }
    return characters[digits] == " " && characters[digits + 1] == " " && characters.contains("|")
  }

  static func decode(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    var assembler = OffsetDumpAssembler(dump: dump)
    var mismatched: [Int?] = []
    for line in dump.lines {
      let characters = line.characters
      let first = characters.firstIndex { $0 != " " && $0 != "\t" } ?? 0
      if characters[first...].elementsEqual(["*"]) {
        try assembler.add(.repeated, line: line)
        continue
      }
      let offsetEnd = characters[first...].firstIndex { !$0.isHexDigit } ?? characters.count
      guard offsetEnd > first, let offset = DumpPieces.number(characters[first..<offsetEnd], radix: 16)
      else {
        throw dump.badToken(characters[first...], line, first, expected: .hexdumpCanonicalOffset)
      }
      let bar = characters[offsetEnd...].firstIndex(of: "|")
      let hexEnd = bar ?? characters.count
      let tokens = DumpPieces.tokens(characters, in: offsetEnd..<hexEnd)
      if tokens.isEmpty && bar == nil {
        try assembler.add(.end(offset: offset), line: line)
        continue
      }
      var bytes: [UInt8] = []
      for token in tokens {
        guard token.count == 2, let value = DumpPieces.hexBytes(characters[token]) else {
          throw dump.badToken(
            characters[token], line, token.lowerBound, expected: .hexdumpCanonicalByte)
        }
        bytes += value
      }
      if let bar {
        guard let close = characters.lastIndex(of: "|"), close > bar else {
          throw DumpError.unclosedTextColumn(at: dump.position(line, bar), closer: "|")
        }
        if close - bar - 1 > bytes.count {
          throw DumpPieces.textTooLong(
            (bar + 1)..<close, of: line, bytes: bytes.count, in: dump, tool: "hexdump -C")
        }
        if DumpPieces.rendering(bytes) != String(characters[(bar + 1)..<close]) {
          mismatched.append(dump.lineName(line))
        }
      }
      try assembler.add(.data(offset: offset, bytes: bytes), line: line)
    }
    try assembler.finish()
    return DecodedDump(
      bytes: assembler.bytes, format: .hexdumpCanonical, detail: "hexdump -C",
      lineCount: dump.lines.count, firstOffset: assembler.firstOffset,
      notes: XXDDump.textColumnNotes(mismatched))
  }
}
