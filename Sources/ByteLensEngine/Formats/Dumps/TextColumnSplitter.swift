/// Finds where the hex groups of a dump line end and its text column begins, for dumps whose
/// text column has no delimiters (xxd, Wireshark).
///
/// The text column follows two or more blanks, but blanks also pad a short last line, sit
/// inside the hex area (Wireshark's gap after 8 bytes, the right-aligned last group of
/// `xxd -e`) and may begin the text column itself (a byte 0x20). So every run of two blanks is
/// a candidate end of the hex area, and the first candidate whose groups decode to bytes that
/// the rest of the line shows is taken. When no candidate's text matches (an edited dump, a
/// copy without the text column) the first candidate whose groups all decode is taken.
struct TextColumnSplitter {
  /// How a group of digits becomes bytes.
  enum Reading: CaseIterable {
    /// Hex digits, most significant byte first (xxd's default, single bytes).
    case bigEndian
    /// Hex digits of a little-endian word (`xxd -e`): the last pair is the first byte.
    case littleEndian
    /// Eight binary digits per byte (`xxd -b`).
    case binary
  }

  struct Split {
    var bytes: [UInt8]
    /// Whether text follows the hex area.
    var hasTextColumn: Bool
    /// Whether the text column shows the bytes.
    var textMatches: Bool
    /// Where the text column is in the line (empty when there is none).
    var text: Range<Int>

    /// A text column with more characters than there are bytes shows more than the hex
    /// before it: part of the line was not read as bytes (hex groups split by extra blanks,
    /// or several lines run together).
    var textIsTooLong: Bool { text.count > bytes.count }

    /// The error for a line whose text column is too long.
    func tooLongError(_ line: DumpText.Line, in dump: DumpText, tool: String) -> DumpError {
      DumpPieces.textTooLong(text, of: line, bytes: bytes.count, in: dump, tool: tool)
    }
  }

  /// Decodes one group under `reading`.
  static func decode(_ group: ArraySlice<Character>, _ reading: Reading) -> [UInt8]? {
    switch reading {
    case .bigEndian: return DumpPieces.hexBytes(group)
    case .littleEndian: return DumpPieces.hexBytes(group).map { $0.reversed() }
    case .binary:
      guard group.count == 8 else { return nil }
      var value: UInt8 = 0
      for character in group {
        guard character == "0" || character == "1" else { return nil }
        value = value << 1 | (character == "1" ? 1 : 0)
      }
      return [value]
    }
  }

  /// Splits `characters[start...]` under `reading`; nil when no candidate's groups all decode.
  /// - Complexity: O(n) in the line's length: groups are decoded once, in order, and a text
  ///   column is compared only when its length can match.
  static func split(_ characters: [Character], from start: Int, reading: Reading) -> Split? {
    var candidates: [Int] = []
    var index = start
    while index < characters.count {
      if characters[index] == " " && index + 1 < characters.count && characters[index + 1] == " "
        && index > start && characters[index - 1] != " "
      {
        candidates.append(index)
      }
      index += 1
    }
    candidates.append(characters.count)
    let tokens = DumpPieces.tokens(characters, in: start..<characters.count)
    let lastText = (characters.lastIndex { $0 != " " && $0 != "\t" } ?? -1) + 1
    var bytes: [UInt8] = []
    var next = 0
    var fallback: Split? = nil
    for end in candidates {
      // The groups before this candidate: those before the last one, and those since.
      while next < tokens.count && tokens[next].upperBound <= end {
        guard let decoded = decode(characters[tokens[next]], reading) else {
          return fallback  // every later candidate holds this group too
        }
        bytes += decoded
        next += 1
      }
      var textStart = end
      while textStart < lastText && (characters[textStart] == " " || characters[textStart] == "\t") {
        textStart += 1
      }
      let hasText = textStart < lastText
      var matches = false
      if DumpPieces.trimmedRenderingCount(bytes) == lastText - textStart {
        matches = DumpPieces.textColumn(String(characters[textStart..<lastText]), shows: bytes)
      }
      let split = Split(
        bytes: bytes, hasTextColumn: hasText, textMatches: matches,
        text: hasText ? textStart..<lastText : lastText..<lastText)
      if matches { return split }
      if fallback == nil { fallback = split }
    }
    return fallback
  }

  /// The first group that does not decode in the hex area that ends at the first run of two
  /// blanks: where to point an error.
  static func firstBadGroup(_ characters: [Character], from start: Int, reading: Reading)
    -> Range<Int>?
  {
    var end = characters.count
    var index = start
    while index + 1 < characters.count {
      if characters[index] == " " && characters[index + 1] == " " && index > start
        && characters[index - 1] != " "
      {
        end = index
        break
      }
      index += 1
    }
    return DumpPieces.tokens(characters, in: start..<end).first {
      decode(characters[$0], reading) == nil
    }
  }
}
