/// Base64 (RFC 4648) over any number of lines, the standard or the URL-safe alphabet, with or
/// without `=` padding; PEM armour lines (`-----BEGIN …-----`) are skipped.
enum Base64Dump {
  static func value(_ character: Character) -> UInt8? {
    guard let a = character.asciiValue else { return nil }
    switch a {
    case 65...90: return a - 65
    case 97...122: return a - 71
    case 48...57: return a + 4
    case 43, 45: return 62  // + and the URL-safe -
    case 47, 95: return 63  // / and the URL-safe _
    default: return nil
    }
  }

  static func isArmour(_ line: DumpText.Line) -> Bool {
    line.text.trimmingSpaces().hasPrefix("-----")
  }

  /// Whether the text is base64 made only of hex digits, with letters in both cases
  /// (`dEadBEEF`): a hex tool writes its letters in one case, base64 of random bytes mixes
  /// them, so such text is as likely one as the other. Hex in one case stays hex.
  static func couldBeHex(_ dump: DumpText) -> Bool {
    var lower = false
    var upper = false
    for line in dump.lines {
      for character in line.characters {
        guard character.isHexDigit else { return false }
        if character.isLowercase { lower = true }
        if character.isUppercase { upper = true }
      }
    }
    return lower && upper && matches(dump)
  }

  /// Whether the text is made of base64 characters only, in lines without blanks, in a length
  /// base64 can have (text that is also hex was read as hex before this is asked).
  static func matches(_ dump: DumpText) -> Bool {
    var count = 0
    var padding = 0
    for line in dump.lines where !isArmour(line) {
      let text = line.text.trimmingSpaces()
      guard !text.contains(" ") && !text.contains("\t") else { return false }
      for character in text {
        if character == "=" {
          padding += 1
        } else {
          guard padding == 0, value(character) != nil else { return false }
          count += 1
        }
      }
    }
    // Unpadded base64 is read when the format is named; detected, it must come in whole
    // groups of four, so that a mistyped word is not taken for it.
    return padding <= 2 && count >= 4 && (count + padding) % 4 == 0
  }

  static func decode(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    // Text after a PEM `-----END …-----` line is not part of the base64 before it.
    if let end = dump.lines.firstIndex(where: { $0.text.trimmingSpaces().hasPrefix("-----END") }),
      let after = dump.lines[(end + 1)...].first(where: { !isArmour($0) })
    {
      throw DumpError.followsArmour(
        line: dump.lineName(after), endLine: dump.lineName(dump.lines[end]))
    }
    var bytes: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    var padding: (line: DumpText.Line, column: Int)? = nil
    var symbols = 0
    var pads = 0
    for line in dump.lines where !isArmour(line) {
      for (column, character) in line.characters.enumerated() {
        if character == " " || character == "\t" { continue }
        if character == "=" {
          if padding == nil { padding = (line, column) }
          pads += 1
          continue
        }
        if let padding {
          throw DumpError.followsPadding(at: dump.position(padding.line, padding.column))
        }
        guard let v = value(character) else {
          throw dump.badToken(String(character), line, column, expected: .base64Character)
        }
        buffer = buffer << 6 | UInt32(v)
        bits += 6
        symbols += 1
        if bits >= 8 {
          bits -= 8
          bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
        }
      }
    }
    if symbols % 4 == 1 {
      throw DumpError.danglingBase64Character(characters: symbols)
    }
    if pads > 0 && ((symbols + pads) % 4 != 0 || pads > 2) {
      throw DumpError.badBase64Padding(characters: symbols, pads: pads)
    }
    return DecodedDump(
      bytes: bytes, format: .base64, detail: "base64", lineCount: dump.lines.count,
      firstOffset: nil, notes: [])
  }
}
