/// gdb's examine command in hex: `x/16xb buf` prints
/// `0x555555558010 <buf>:\t0x48\t0x65\t…`; `x/8xh`, `x/4xw`, `x/2xg` print 2-, 4- and 8-byte
/// words, read here as little-endian (x86, ARM). Lines of the gdb prompt (`(gdb) …`) are
/// skipped; addresses must follow on from each other.
enum GDBDump {
  static func matches(_ line: String) -> Bool {
    guard let parsed = address(Array(line)) else { return false }
    return parsed.end < line.count
  }

  /// The address of a line and the index just after its colon.
  static func address(_ characters: [Character]) -> (value: Int, end: Int)? {
    guard characters.count > 3, characters[0] == "0", characters[1] == "x" || characters[1] == "X"
    else { return nil }
    let digitsEnd = characters[2...].firstIndex { !$0.isHexDigit } ?? characters.count
    guard digitsEnd > 2, let value = DumpPieces.number(characters[2..<digitsEnd], radix: 16) else {
      return nil
    }
    var index = digitsEnd
    while index < characters.count, characters[index] == " " { index += 1 }
    if index < characters.count, characters[index] == "<" {
      guard let close = characters[index...].firstIndex(of: ">") else { return nil }
      index = close + 1
    }
    guard index < characters.count, characters[index] == ":" else { return nil }
    return (value, index + 1)
  }

  static func decode(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    var assembler = OffsetDumpAssembler(dump: dump)
    var wordSize: Int? = nil
    for line in dump.lines {
      let characters = line.characters
      let first = characters.firstIndex { $0 != " " && $0 != "\t" } ?? 0
      if characters[first...].starts(with: "(gdb)") { continue }
      guard let (address, start) = address(Array(characters[first...])) else {
        throw dump.badToken(characters[first...], line, first, expected: .gdbAddress)
      }
      var bytes: [UInt8] = []
      for token in DumpPieces.tokens(characters, in: (first + start)..<characters.count) {
        let text = characters[token]
        let digits = text.dropFirst(2)
        guard text.count > 2, text.first == "0", text.dropFirst().first == "x",
          digits.count % 2 == 0, let value = DumpPieces.hexBytes(digits),
          [1, 2, 4, 8].contains(value.count)
        else {
          throw dump.badToken(text, line, token.lowerBound, expected: .gdbValue)
        }
        if let size = wordSize, size != value.count {
          throw dump.badToken(
            text, line, token.lowerBound,
            expected: .gdbValueOfSize(bytes: value.count, before: size))
        }
        wordSize = value.count
        bytes += value.reversed()
      }
      try assembler.add(.data(offset: address, bytes: bytes), line: line)
    }
    try assembler.finish()
    let letter = [1: "b", 2: "h", 4: "w", 8: "g"][wordSize ?? 1] ?? "b"
    var detail = "gdb x/…x\(letter)"
    if let size = wordSize, size > 1 { detail += " (\(size * 8)-bit words read little-endian)" }
    return DecodedDump(
      bytes: assembler.bytes, format: .gdb, detail: detail, lineCount: dump.lines.count,
      firstOffset: assembler.firstOffset, notes: [])
  }
}
