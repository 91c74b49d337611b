import ByteLensEngine

extension DumpError: UserFacingError {
  public var message: String {
    switch self {
    case .badToken(let token, let position, let expected):
      return Self.words(token, at: Self.text(position), expected: expected)
    case .oddHexGroup(let group, let position, let digits):
      return "the hex group \(Self.quoted(group)) at \(Self.text(position)) has \(digits) "
        + "digit\(digits == 1 ? "" : "s"), an odd number"
    case .textColumnTooLong(let text, let position, let characters, let bytes, let tool):
      return "the text column \(Self.quoted(text)) at \(Self.text(position)) has \(characters) "
        + "characters, but the hex before it holds \(bytes) byte\(bytes == 1 ? "" : "s") "
        + "(\(tool))"
    case .unclosedTextColumn(let position, let closer):
      return
        "the text column at \(Self.text(position)) has no closing \(Self.quoted(String(closer)))"
    case .noReadableLines(let format):
      return "the \(format.title) dump has no readable lines"
    case .offsetsWithoutBytes:
      return "the od dump has offsets but no bytes"
    case .followsEndOffset(let line, let endLine):
      return "\(Self.text(line)) follows the end offset on \(Self.text(endLine))"
    case .repeatWithoutLine(let line):
      return "the '*' on \(Self.text(line)) has no line before it to repeat"
    case .tooLarge(let line):
      return "the dump grows past \(TextDump.maximumBytes >> 20) MiB at \(Self.text(line))"
    case .repeatTooLarge(let line, let bytes):
      return "the '*' on \(Self.text(line)) repeats \(bytes) bytes, more than bytelens holds "
        + "in memory (\(TextDump.maximumBytes >> 20) MiB)"
    case .repeatDoesNotFit(let line, let lineBytes, let from, let nextLine, let to, let radix):
      return "the '*' on \(Self.text(line)) repeats \(lineBytes)-byte lines from "
        + "\(Self.offset(from, radix)), but \(Self.text(nextLine)) is at "
        + "\(Self.offset(to, radix)), not a whole number of lines further"
    case .gap(let line, let offset, let expected, let radix):
      return "\(Self.text(line)) starts at offset \(Self.offset(offset, radix)), but the lines "
        + "before end at \(Self.offset(expected, radix)): \(offset &- expected) bytes are missing"
    case .overlap(let line, let offset, let expected, let radix):
      return "\(Self.text(line)) starts at offset \(Self.offset(offset, radix)), inside the "
        + "bytes before it, which end at \(Self.offset(expected, radix)) "
        + "(\(expected &- offset) bytes overlap)"
    case .repeatAtEnd(let line):
      return "the '*' on \(Self.text(line)) is the last line: without an offset after it, "
        + "how often the line repeats is unknown"
    case .ambiguousOffsetRadix(let radixes, let byteCounts):
      let names = [8: "octal (od)", 10: "decimal (od -A d)", 16: "hex (hexdump)"]
      return "the offsets fit both as \(names[radixes[0]] ?? "") and as "
        + "\(names[radixes[1]] ?? ""), which give \(byteCounts[0]) and \(byteCounts[1]) "
        + "bytes: the '*' lines repeat a different number of times"
    case .repeatWithoutOffsets(let line, _):
      return "the '*' on \(Self.text(line)) repeats lines of a dump without offsets: how "
        + "often cannot be known"
    case .emptyCharacterLine(let line):
      return "line \(line) of the od -A n -c dump is empty, but a line there holds bytes "
        + "(blank cells are spaces)"
    case .shortCharacterLine(let line, let bytes, let widest):
      return "\(Self.text(line)) has \(bytes) bytes, the widest line \(widest); only the last "
        + "line of od -c may be shorter"
    case .hexOrWords(let digits):
      return "the text reads as hex bytes or as od -A n words of \(digits) digits "
        + "(little-endian), which give different bytes"
    case .hexOrBase64(let characters):
      return "the text reads as hex (\(characters / 2) bytes) or as base64 "
        + "(\(characters / 4 * 3) bytes): its letters are in both cases"
    case .xxdOrLittleEndian:
      return "the xxd dump reads as xxd -g4 or as xxd -e (little-endian groups), which give "
        + "different bytes: its text column does not tell"
    case .hexOrEmptyOD(let digits):
      return "the text reads as hex (\(digits / 2) zero bytes) or as od's dump of an empty "
        + "file (no bytes)"
    case .unknownFormat(let start):
      return "cannot tell what format the text is in; it starts \(Self.quoted(start, limit: 40))"
    case .noSessionResult:
      return "the Python session prints no result: only lines typed at '>>>'"
    case .manySessionResults(let count, let lines):
      return "the Python session prints \(count) results, on \(Self.text(lines[0])) and "
        + "\(Self.text(lines[1])); which one is meant is unclear"
    case .followsArmour(let line, let endLine):
      return "\(Self.text(line)) comes after the armour line that ends the base64 "
        + "(\(Self.text(endLine)))"
    case .followsPadding(let position):
      return "'=' at \(Self.text(position)) is padding, but base64 text follows it"
    case .danglingBase64Character(let characters):
      return "the base64 text has \(characters) characters; a group of 4 cannot end with a "
        + "single one"
    case .badBase64Padding(let characters, let pads):
      return "the base64 text has \(characters) characters and \(pads) '=', not a whole "
        + "number of groups of 4"
    case .unclosedComment(let position):
      return "the comment at \(Self.text(position)) is not closed with */"
    case .unclosedString(let position, _, let onItsLine):
      return "the string opened at \(Self.text(position)) is not closed"
        + (onItsLine ? " on its line" : "")
    case .notASCII(let character, let position):
      return "\(Self.quoted(String(character))) at \(Self.text(position)) is not ASCII: a "
        + "bytes literal holds only ASCII characters"
    case .badEscape(let escape, let position):
      return Self.words(escape, at: Self.text(position))
    case .expected(let needed, let position, let found):
      return Self.words(needed, at: Self.text(position), found: found)
    case .stray(let found, let position, let preceding):
      let what: String
      switch preceding {
      case .bytesLiteral: what = "follows the bytes literal"
      case .strings: what = "follows the strings"
      case .openingBrace: what = "comes before the '{'"
      }
      return "\(Self.text(found)) at \(Self.text(position)) \(what)"
    case .missingClosingBrace(let position):
      return "the initialiser ends at \(Self.text(position)) without its '}'"
    case .unopenedBrace(let position):
      return "'}' at \(Self.text(position)) has no '{'"
    case .characterLiteralSize(let position, let bytes):
      return "the character literal at \(Self.text(position)) holds \(bytes) bytes, not one"
    case .lengthMismatch(let position, let declared, let count):
      return "the length line at \(Self.text(position)) says \(declared) bytes, but the "
        + "initialiser holds \(count)"
    }
  }

  public var hint: String? {
    switch self {
    case .badToken(_, _, .hexDigit):
      return "hex text is pairs of digits 0-9 a-f, separated by blanks, newlines or colons, "
        + "with optional 0x prefixes"
    case .badToken(_, _, .cLengthLine):
      return "only a length line such as 'unsigned int data_len = 33;' may follow it"
    case .oddHexGroup:
      return "each byte is two hex digits (0f, not f); separate bytes with blanks or colons"
    case .followsEndOffset:
      return "the line with only an offset marks the end of the dump"
    case .gap:
      return "a dump with a gap cannot be read back; paste the missing lines too"
    case .ambiguousOffsetRadix(let radixes, _):
      return radixes.contains(16)
        ? "name the tool that wrote it: --format od (octal offsets) or --format hexdump "
          + "(hex offsets)"
        : "dump again without '*' lines (od -v)"
    case .repeatWithoutOffsets(_, let isCharacterDump):
      return isCharacterDump
        ? "dump again with offsets (no -A n) or with -v (no '*' lines)"
        : "dump again with offsets (od without -A n) or with -v (no '*' lines)"
    case .emptyCharacterLine:
      return "dump again with offsets (od -c without -A n)"
    case .hexOrWords:
      return "name it: --format hex (bytes in the order written) or --format od (od's words)"
    case .hexOrBase64:
      return "name it: --format hex or --format base64"
    case .hexOrEmptyOD:
      return "name it: --format hex or --format od"
    case .xxdOrLittleEndian:
      return "name it: --format xxd (groups as written) or --format xxd-e (little-endian)"
    case .unknownFormat:
      return "name it with --format: "
        + DumpFormat.allCases.map(\.rawValue).joined(separator: ", ")
    case .noSessionResult:
      return "paste the b'…' line that Python printed too"
    case .manySessionResults:
      return "paste the session up to the result to read"
    case .followsArmour:
      return "paste one block, from its -----BEGIN line to its -----END line"
    case .danglingBase64Character:
      return "a character may be missing or extra"
    case .unclosedString(_, let quote, true):
      return "close it with \(quote); strings on several lines are written as adjacent "
        + "strings, one per line"
    default:
      return nil
    }
  }

  /// `token at POSITION is not …`: what a token is not, with its quote cut to what the
  /// format's lines need to be recognised.
  private static func words(_ token: String, at position: String, expected: Expected) -> String {
    let limit: Int
    let rest: String
    switch expected {
    case .hexDigit: (limit, rest) = (24, "is not a hex digit")
    case .xxdOffset: (limit, rest) = (24, "is not an xxd offset (hex digits and a colon)")
    case .xxdGroup: (limit, rest) = (24, "is not a group of hex digits (xxd)")
    case .hexdumpCanonicalOffset: (limit, rest) = (12, "is not a hexdump -C offset")
    case .hexdumpCanonicalByte:
      (limit, rest) = (24, "is not a byte (two hex digits) of a hexdump -C line")
    case .wiresharkOffset:
      (limit, rest) = (8, "is not a hex offset of a Wireshark hex dump line")
    case .wiresharkByte: (limit, rest) = (24, "is not a byte (two hex digits)")
    case .gdbAddress:
      (limit, rest) = (20, "does not start with a gdb address such as 0x7fffffffe3a0:")
    case .gdbValue: (limit, rest) = (24, "is not a hex value such as 0x48 (use x/…x in gdb)")
    case .gdbValueOfSize(let bytes, let before):
      (limit, rest) = (24, "has \(bytes) bytes, the values before it \(before)")
    case .hexyl(let part): (limit, rest) = (12, "is not \(words(part)) of a hexyl line")
    case .odOffset: (limit, rest) = (16, "is not an offset of an od or hexdump line")
    case .odGroupWidth:
      (limit, rest) = (
        24, "has \(token.count) digits; od and hexdump groups have 2, 3, 4, 6, 8, 11 or 16"
      )
    case .odGroup(let width, let radix):
      (limit, rest) = (
        24,
        "is not \(width) \(radix == 16 ? "hex" : "octal") digits, like the "
          + "first group"
      )
    case .odGroupWithoutOffsets(let width, let radix):
      (limit, rest) = (
        24,
        "is not \(width) \(radix == 16 ? "hex" : "octal") digits of a byte "
          + "or word"
      )
    case .offset(let radix): (limit, rest) = (24, "is not a base-\(radix) offset")
    case .odCharacterOffset:
      (limit, rest) = (
        24,
        "does not start with an offset like the first line of this od -c "
          + "dump"
      )
    case .odCharacterCell: (limit, rest) = (24, "is not a 4-column cell of an od -c line")
    case .odCharacterByte:
      (limit, rest) = (
        24,
        "is not a byte of od -c (a character, \\0 \\a \\b \\f \\n \\r \\t "
          + "\\v, three octal digits or **)"
      )
    case .odCharacterContinuation:
      (limit, rest) = (
        24,
        "comes where od -c prints '**' for the rest of the character "
          + "before it"
      )
    case .odCharacterBeforeContinuation:
      (limit, rest) = (24, "follows no character of several bytes")
    case .base64Character: (limit, rest) = (24, "is not a base64 character (A-Z a-z 0-9 + / =)")
    case .cInteger: (limit, rest) = (24, "is not a C integer literal")
    case .cByte(let value): (limit, rest) = (24, "is \(value), which is not a byte (-128 to 255)")
    case .cLengthNumber: return "the length \(quoted(token)) at \(position) is not a number"
    case .cLengthLine: (limit, rest) = (30, "follows the initialiser")
    }
    return "\(quoted(token, limit: limit)) at \(position) \(rest)"
  }

  private static func words(_ part: HexylPart) -> String {
    switch part {
    case .borderOrOffset: return "a border or offset"
    case .blankAfterRepeat: return "blank after '*'"
    case .offset: return "an 8-digit hex offset"
    case .panelBorder: return "a panel border"
    case .byte: return "a byte (two hex digits)"
    case .textBorder: return "the border before the text"
    case .blankLine: return "blank (a line without bytes)"
    case .blankPastBytes: return "blank (text past the last byte)"
    }
  }

  private static func words(_ escape: Escape, at position: String) -> String {
    switch escape {
    case .atEnd: return "a backslash at \(position) ends the text"
    case .hexWithoutDigits: return "\\x at \(position) has no hex digits after it"
    case .pythonHexNeedsTwoDigits:
      return "\\x at \(position) has one hex digit; Python needs two (\\x0a)"
    case .octalTooLarge(let value):
      return "the octal escape before \(position) is \(value), more than a byte (255)"
    case .unicodeTooShort(let letter, let digits):
      return "\\\(letter) before \(position) needs \(digits) hex digits"
    case .notACodePoint(let letter):
      return "\\\(letter) before \(position) is not a Unicode code point"
    case .unknown(let character):
      let isControl = character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false
      let shown =
        isControl ? "a backslash and \(quoted(String(character)))" : "'\\\(character)'"
      return "\(shown) at \(position) is not an escape this format knows"
    }
  }

  private static func words(_ needed: Needed, at position: String, found: Found?) -> String {
    let what: String
    switch needed {
    case .quote: what = "a quote"
    case .quotedString: what = "a quoted string"
    case .pythonBytesLiteral: what = "a bytes literal such as b'\\x00'"
    case .closingParenthesis: what = "')'"
    case .commaBeforeBrace: return "expected ',' before '{' at \(position)"
    case .valueBeforeComma: return "expected a value before ',' at \(position)"
    case .commaOrClosingBrace: what = "',' or '}'"
    case .cValue:
      return "\(found.map(text) ?? "the end") at \(position) is not a C integer or character"
    }
    return "expected \(what) at \(position)" + (found.map { ", found \(text($0))" } ?? "")
  }

  /// `line 3, column 12`, or `column 12` for text on the command line itself.
  private static func text(_ position: Position) -> String {
    position.line.map { "line \($0), column \(position.column)" } ?? "column \(position.column)"
  }

  /// `line 3`, or `the text` for text on the command line itself.
  private static func text(_ line: Int?) -> String {
    line.map { "line \($0)" } ?? "the text"
  }

  private static func text(_ found: Found) -> String {
    switch found {
    case .end: return "the end"
    case .endOfLine: return "the end of the line"
    case .character(let character): return quoted(String(character))
    }
  }

  /// `0o37`, `31`, `0x1f`: an offset as a dump in `radix` writes it.
  private static func offset(_ value: Int, _ radix: Int) -> String {
    switch radix {
    case 8: return "0o" + String(UInt(bitPattern: value), radix: 8)
    case 10: return String(value)
    default: return Hex.offset(value)
    }
  }

  /// A piece of the user's text, quoted and cut to `limit` characters (see `quoted`).
  static func quoted(_ text: String, limit: Int = 24) -> String {
    ByteLensConsole.quoted(text, limit: limit)
  }
}
