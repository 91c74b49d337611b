/// Text dumps back to bytes: detects which tool wrote the text (or takes the format it is
/// told), parses every line, checks offsets for gaps, and names the line and column of the
/// first thing that does not fit.
public enum TextDump {
  /// The most bytes a dump may expand to (a `*` line repeats the line before it).
  public static let maximumBytes = AllocationBudget.bytes

  /// Reads the bytes written in `text`.
  /// - Parameters:
  ///   - format: the format to read; nil detects it.
  ///   - firstLine: the line number of the text's first line, for errors.
  ///   - firstColumn: the column of the text's first character (when it follows a command
  ///     name on the same line).
  ///   - namesLines: name the line in errors even for one line of text.
  /// - Throws: `DumpError` naming the line and column of the problem, or saying that the
  ///   format cannot be told.
  public static func decode(
    _ text: String, format: DumpFormat? = nil, firstLine: Int = 1, firstColumn: Int = 1,
    namesLines: Bool = false
  ) throws(DumpError) -> DecodedDump {
    let dump = DumpText(text, firstLine: firstLine, firstColumn: firstColumn, namesLines: namesLines)
    guard !dump.lines.isEmpty else {
      return DecodedDump(
        bytes: [], format: format ?? .hex, detail: (format ?? .hex).title, lineCount: 0,
        firstOffset: nil, notes: [])
    }
    let chosen: DumpFormat
    do throws(DumpError) {
      if let format { chosen = format } else { chosen = try detect(dump) }
    } catch {
      // One line that is no dump: most likely mistyped hex, and hex's error says where.
      if dump.lines.count == 1 {
        _ = try HexText.decode(
          text, firstColumn: firstColumn, firstLine: firstLine, namesLines: namesLines)
      }
      throw error
    }
    var decoded: DecodedDump
    switch chosen {
    case .hex:
      let bytes = try HexText.decode(
        text, firstColumn: firstColumn, firstLine: firstLine, namesLines: namesLines)
      let lengths = dump.lines.map { $0.characters.count }
      let looksLikePlainXXD =
        dump.lines.count > 1 && lengths.dropLast().allSatisfy { $0 == 60 }
        && dump.lines.allSatisfy { $0.characters.allSatisfy(\.isHexDigit) }
      decoded = DecodedDump(
        bytes: bytes, format: .hex, detail: looksLikePlainXXD ? "xxd -p" : "hex",
        lineCount: dump.lines.count, firstOffset: nil, notes: [])
    case .xxd: decoded = try XXDDump.decode(dump, named: format != nil)
    case .xxdLittleEndian: decoded = try XXDDump.decode(dump, reading: .littleEndian)
    case .hexdumpCanonical: decoded = try HexdumpCanonicalDump.decode(dump)
    case .od, .hexdump:
      let tool = format == nil ? nil : chosen
      decoded =
        try ODCharacterDump.matches(dump)
        ? ODCharacterDump.decode(dump, tool: tool) : ODDump.decode(dump, tool: tool)
    case .wireshark: decoded = try WiresharkDump.decode(dump)
    case .gdb: decoded = try GDBDump.decode(dump)
    case .hexyl: decoded = try HexylDump.decode(dump)
    case .python: decoded = try PythonBytesDump.decode(dump)
    case .c: decoded = try CInitializerDump.decode(dump)
    case .escaped: decoded = try EscapedStringDump.decode(dump)
    case .base64: decoded = try Base64Dump.decode(dump)
    }
    decoded.lineCount = dump.lines.count
    return decoded
  }

  /// The format `text` looks like, or nil. od and hexdump (without -C) lay lines out alike;
  /// their offsets tell them apart.
  public static func detect(_ text: String) -> DumpFormat? {
    let format = try? detect(DumpText(text, firstLine: 1, firstColumn: 1, namesLines: false))
    guard format == .od else { return format }
    return (try? decode(text))?.format ?? format
  }

  static func detect(_ dump: DumpText) throws(DumpError) -> DumpFormat {
    let first = dump.lines[0].text.trimmingSpaces()
    let lower = first.lowercased()
    // od of an empty file prints only its end offset: 0000000 (7 octal or decimal digits) is
    // nothing else; 000000 (od -A x) is also hex for three zero bytes.
    if dump.lines.count == 1, !first.isEmpty, first.allSatisfy({ $0 == "0" }) {
      if first.count == 7 { return .od }
      if first.count == 6 { throw DumpError.hexOrEmptyOD(digits: 6) }
    }
    if PythonBytesDump.isPrompt(dump.lines[0]) { return .python }
    if HexylDump.matches(dump) { return .hexyl }
    if ODCharacterDump.matches(dump) { return .od }
    if lower.hasPrefix("bytearray(") || lower.hasPrefix("bytes(")
      || PythonBytesDump.startsWithLiteral(first)
      || (first.hasPrefix("(") && PythonBytesDump.startsWithLiteral(String(first.dropFirst()).trimmingSpaces()))
    {
      return .python
    }
    if first.hasPrefix("\"") || first.hasPrefix("'") || lower.hasPrefix("\\x")
      || lower.hasPrefix("\\0")
    {
      return .escaped
    }
    if GDBDump.matches(first) { return .gdb }
    if XXDDump.matches(first) { return .xxd }
    if HexdumpCanonicalDump.matches(first) { return .hexdumpCanonical }
    if WiresharkDump.matches(first) { return .wireshark }
    if ODDump.matches(dump) { return .od }
    if CInitializerDump.matchesBraces(dump) { return .c }
    let all = dump.lines.map(\.text).joined(separator: "\n")
    // `od -A n`: groups without offsets. Bytes (`-t x1`) read the same as hex; odd widths
    // are not hex; words read as hex would be in the other byte order.
    if let width = ODDump.groupWidthWithoutOffsets(dump), width != 2 {
      if width % 2 == 1 { return .od }
      throw DumpError.hexOrWords(wordDigits: width)
    }
    if Base64Dump.couldBeHex(dump) {
      throw DumpError.hexOrBase64(characters: dump.lines.reduce(0) { $0 + $1.characters.count })
    }
    if (try? HexText.decode(all)) != nil { return .hex }
    // Bytes without offsets and a '*' line: `od -A n -t x1` squeezed repeated lines.
    if let star = dump.lines.first(where: { $0.text.trimmingSpaces() == "*" }),
      (try? HexText.decode(
        dump.lines.filter { $0.text.trimmingSpaces() != "*" }.map(\.text)
          .joined(separator: "\n"))) != nil
    {
      throw DumpError.repeatWithoutOffsets(line: dump.lineName(star), isCharacterDump: false)
    }
    if CInitializerDump.matchesBareList(dump) { return .c }
    if Base64Dump.matches(dump) { return .base64 }
    throw DumpError.unknownFormat(start: first)
  }
}

/// The non-blank lines of a dump, and how to name a position in them.
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (dumps saved on Windows or old Macs); colour
/// escapes (`ESC [ … m`, as `hexyl` and `xxd -R` write them) are dropped; blanks at the end of
/// a line are set aside (counted in `trailingBlanks`, for `od -c`, where a blank is a byte).
struct DumpText {
  struct Line {
    /// The line's number in the text (0-based).
    var index: Int
    var characters: [Character]
    /// The blanks removed from the end of the line.
    var trailingBlanks = 0
    var text: String { String(characters) }
  }

  var lines: [Line]
  /// The lines left out because they hold nothing or only blanks: their index and blanks.
  var blankLines: [(index: Int, blanks: Int)] = []
  let firstLine: Int
  let firstColumn: Int
  let namesLines: Bool

  init(_ text: String, firstLine: Int, firstColumn: Int, namesLines: Bool) {
    var lines: [Line] = []
    var blankLines: [(index: Int, blanks: Int)] = []
    var index = 0
    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: Self.isLineBreak) {
      var characters = Self.droppingColourEscapes(raw)
      var blanks = 0
      while let last = characters.last, last == " " || last == "\t" {
        characters.removeLast()
        blanks += 1
      }
      if !characters.isEmpty {
        lines.append(Line(index: index, characters: characters, trailingBlanks: blanks))
      } else {
        blankLines.append((index, blanks))
      }
      index += 1
    }
    self.lines = lines
    self.blankLines = blankLines
    self.firstLine = firstLine
    self.firstColumn = firstColumn
    self.namesLines = namesLines || lines.count > 1 || (lines.first.map { $0.index > 0 } ?? false)
  }

  /// `\n`, `\r\n` (one `Character` in Swift) and a lone `\r`.
  static func isLineBreak(_ character: Character) -> Bool {
    character == "\n" || character == "\r\n" || character == "\r"
  }

  /// The characters of `line` without ANSI colour escapes (`ESC [` parameters, a final letter).
  static func droppingColourEscapes(_ line: Substring) -> [Character] {
    guard line.contains("\u{1B}") else { return Array(line) }
    var result: [Character] = []
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      let next = line.index(after: index)
      if character == "\u{1B}", next < line.endIndex, line[next] == "[" {
        var end = line.index(after: next)
        while end < line.endIndex,
          let value = line[end].asciiValue, !(0x40...0x7E).contains(value)
        {
          end = line.index(after: end)
        }
        index = end < line.endIndex ? line.index(after: end) : end
        continue
      }
      result.append(character)
      index = next
    }
    return result
  }

  /// Line 3, column 12; or column 12 alone for text on the command line itself (`column` is
  /// the 0-based index in the line's characters).
  func position(_ line: Line, _ column: Int) -> DumpError.Position {
    let shown = column + 1 + (line.index == 0 ? firstColumn - 1 : 0)
    return DumpError.Position(line: lineName(line), column: shown)
  }

  /// The line's number as the user counts, or nil for text on the command line itself.
  func lineName(_ line: Line) -> Int? {
    namesLines ? firstLine + line.index : nil
  }

  /// `token` (the characters at `range` of `line`) is not what `expected` says belongs there.
  func badToken(
    _ token: some StringProtocol, _ line: Line, _ column: Int, expected: DumpError.Expected
  ) -> DumpError {
    .badToken(String(token), at: position(line, column), expected: expected)
  }

  func badToken(
    _ token: ArraySlice<Character>, _ line: Line, _ column: Int, expected: DumpError.Expected
  ) -> DumpError {
    badToken(String(token), line, column, expected: expected)
  }
}

extension Character {
  var hexDigitValue: UInt8? {
    guard let ascii = asciiValue else { return nil }
    switch ascii {
    case 48...57: return ascii - 48
    case 65...70: return ascii - 55
    case 97...102: return ascii - 87
    default: return nil
    }
  }
}

/// Pieces shared by the dump readers.
enum DumpPieces {
  /// How dump tools show a byte in their text column: printable ASCII as itself, others `.`.
  static func rendering(_ bytes: [UInt8]) -> String {
    String(bytes.map { $0 >= 0x20 && $0 < 0x7F ? Character(Unicode.Scalar($0)) : "." })
  }

  /// Whether a text column shows `bytes`; blanks at either end are ignored (they may have been
  /// trimmed when the dump was copied).
  static func textColumn(_ text: String, shows bytes: [UInt8]) -> Bool {
    text.trimmingSpaces() == rendering(bytes).trimmingSpaces()
  }

  /// The error for a text column with more characters than the bytes before it: part of the
  /// line was not read as bytes (lines run together, hex moved into the text).
  static func textTooLong(
    _ text: Range<Int>, of line: DumpText.Line, bytes: Int, in dump: DumpText, tool: String
  ) -> DumpError {
    .textColumnTooLong(
      String(line.characters[text]), at: dump.position(line, text.lowerBound),
      characters: text.count, bytes: bytes, tool: tool)
  }

  /// The length of `rendering(bytes)` without the blanks at its ends (bytes 0x20).
  static func trimmedRenderingCount(_ bytes: [UInt8]) -> Int {
    guard let first = bytes.firstIndex(where: { $0 != 0x20 }),
      let last = bytes.lastIndex(where: { $0 != 0x20 })
    else { return 0 }
    return last - first + 1
  }

  /// Runs of non-blank characters: (start, end) offsets.
  static func tokens(_ characters: [Character], in range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start: Int? = nil
    for index in range {
      let blank = characters[index] == " " || characters[index] == "\t"
      if blank {
        if let s = start { result.append(s..<index) }
        start = nil
      } else if start == nil {
        start = index
      }
    }
    if let s = start { result.append(s..<range.upperBound) }
    return result
  }

  /// The bytes of a token of hex digits, most significant first; nil if it is not hex or has
  /// an odd number of digits.
  static func hexBytes(_ characters: ArraySlice<Character>) -> [UInt8]? {
    guard !characters.isEmpty, characters.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    var high: UInt8? = nil
    for character in characters {
      guard let value = character.hexDigitValue else { return nil }
      if let h = high {
        bytes.append(h << 4 | value)
        high = nil
      } else {
        high = value
      }
    }
    return bytes
  }

  /// An unsigned number in `radix`, or nil.
  static func number(_ characters: ArraySlice<Character>, radix: Int) -> Int? {
    guard !characters.isEmpty, let value = UInt64(String(characters), radix: radix) else {
      return nil
    }
    return Int(truncatingIfNeeded: value)
  }
}

extension Substring {
  func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}
