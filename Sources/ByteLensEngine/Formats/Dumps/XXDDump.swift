/// `xxd` output: `00000000: 4865 6c6c 6f0a                           Hello.`
///
/// Any group size (`-g`) and line width (`-c`); `-e` (little-endian groups, right-aligned
/// last group) and `-b` (bits) are told apart from the default by which reading the text
/// column confirms; `*` lines (`-a`) repeat the line before.
enum XXDDump {
  /// Whether a line starts like xxd: hex digits, a colon, a blank.
  static func matches(_ line: String) -> Bool {
    let characters = Array(line)
    guard let colon = characters.firstIndex(of: ":"), colon > 0,
      characters[..<colon].allSatisfy(\.isHexDigit)
    else { return false }
    return colon + 1 == characters.count || characters[colon + 1] == " "
  }

  /// - Parameters:
  ///   - named: whether the format was named `xxd` (not detected): then plain xxd is read
  ///     where the text column cannot tell it from `xxd -e`.
  ///   - reading: the one reading to try (`xxd -e` named); nil tries them all.
  static func decode(
    _ dump: DumpText, named: Bool = false, reading forced: TextColumnSplitter.Reading? = nil
  ) throws(DumpError) -> DecodedDump {
    // Parse offsets first; the hex area of each line starts after its colon.
    var parsed: [(line: DumpText.Line, offset: Int?, start: Int)] = []
    for line in dump.lines {
      let characters = line.characters
      let first = characters.firstIndex { $0 != " " && $0 != "\t" } ?? 0
      if characters[first...].elementsEqual(["*"]) {
        parsed.append((line, nil, 0))
        continue
      }
      guard let colon = characters[first...].firstIndex(of: ":"), colon > first,
        let offset = DumpPieces.number(characters[first..<colon], radix: 16)
      else {
        let end = characters[first...].firstIndex(of: ":") ?? characters.count
        let token = String(characters[first..<min(end, first + 16)])
        throw dump.badToken(token, line, first, expected: .xxdOffset)
      }
      parsed.append((line, offset, colon + 1))
    }
    // Choose the reading the text columns confirm most often.
    let data = parsed.filter { $0.offset != nil }
    var best: (reading: TextColumnSplitter.Reading, splits: [TextColumnSplitter.Split], score: Int)? = nil
    var littleEndianTies = false
    let readings = forced.map { [$0] } ?? TextColumnSplitter.Reading.allCases
    for reading in readings {
      var splits: [TextColumnSplitter.Split] = []
      for entry in data {
        guard
          let split = TextColumnSplitter.split(
            entry.line.characters, from: entry.start, reading: reading)
        else { break }
        splits.append(split)
      }
      guard splits.count == data.count else { continue }
      let score = splits.filter(\.textMatches).count
      if let best, reading == .littleEndian, score == best.score,
        best.splits.map(\.bytes) != splits.map(\.bytes)
      {
        littleEndianTies = true
      }
      if best == nil || score > best!.score { best = (reading, splits, score) }
    }
    // Groups of four bytes that the text column reads as well in either byte order (dots for
    // bytes that are not printable): `xxd -g4` and `xxd -e` (whose groups are four bytes by
    // default) lay them out alike. Two-byte groups are plain xxd's default.
    if littleEndianTies, !named, best?.reading == .bigEndian, let first = data.first,
      let group = DumpPieces.tokens(
        first.line.characters, in: first.start..<first.line.characters.count
      ).first, group.count == 8
    {
      throw DumpError.xxdOrLittleEndian
    }
    guard let best else {
      // Point at the first group that is not hex, in the first line that fails.
      for entry in data {
        if TextColumnSplitter.split(entry.line.characters, from: entry.start, reading: .bigEndian)
          == nil,
          let bad = TextColumnSplitter.firstBadGroup(
            entry.line.characters, from: entry.start, reading: .bigEndian)
        {
          let token = String(entry.line.characters[bad])
          throw dump.badToken(token, entry.line, bad.lowerBound, expected: .xxdGroup)
        }
      }
      throw DumpError.noReadableLines(.xxd)
    }
    var assembler = OffsetDumpAssembler(dump: dump)
    var splitIndex = 0
    var mismatched: [Int?] = []
    for entry in parsed {
      if let offset = entry.offset {
        let split = best.splits[splitIndex]
        splitIndex += 1
        if split.hasTextColumn && !split.textMatches {
          if split.textIsTooLong { throw split.tooLongError(entry.line, in: dump, tool: "xxd") }
          mismatched.append(dump.lineName(entry.line))
        }
        try assembler.add(.data(offset: offset, bytes: split.bytes), line: entry.line)
      } else {
        try assembler.add(.repeated, line: entry.line)
      }
    }
    try assembler.finish()
    // Little-endian can only win where groups hold more than one byte: that is -e.
    let detail: String
    switch best.reading {
    case .littleEndian: detail = "xxd -e (little-endian groups)"
    case .binary: detail = "xxd -b (bits)"
    case .bigEndian: detail = "xxd"
    }
    return DecodedDump(
      bytes: assembler.bytes, format: .xxd, detail: detail, lineCount: dump.lines.count,
      firstOffset: assembler.firstOffset, notes: textColumnNotes(mismatched))
  }

  /// The note for lines whose text column disagrees with their hex (named by
  /// `DumpText.lineName`, which is nil for text on the command line).
  static func textColumnNotes(_ lines: [Int?]) -> [DumpNote] {
    guard let first = lines.first else { return [] }
    return [.textColumnDiffers(firstLine: first, otherLines: lines.count - 1)]
  }
}
