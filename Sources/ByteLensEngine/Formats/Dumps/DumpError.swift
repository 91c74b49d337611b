/// Why text could not be read back to bytes: a dump whose format cannot be told, a token that
/// is not what its format has there, offsets that do not fit together.
///
/// Positions and tokens are data: `token` is the user's text as it is (the console quotes it,
/// escaping control characters), and a line is nil when the text is on the command line
/// itself, where only a column is named.
public enum DumpError: Error, Equatable, Sendable {
  /// A place in the text: the line (nil for text on the command line) and the column, both
  /// counted from 1 as the user sees them.
  public struct Position: Equatable, Sendable {
    public var line: Int?
    public var column: Int

    public init(line: Int?, column: Int) {
      self.line = line
      self.column = column
    }
  }

  /// What a format has where a token did not fit.
  public enum Expected: Equatable, Sendable {
    /// A hex digit or separator of plain hex text.
    case hexDigit
    case xxdOffset
    case xxdGroup
    case hexdumpCanonicalOffset
    case hexdumpCanonicalByte
    case wiresharkOffset
    case wiresharkByte
    case gdbAddress
    case gdbValue
    /// A gdb value as wide as the values before it (`bytes` is the token's width).
    case gdbValueOfSize(bytes: Int, before: Int)
    /// A part of a hexyl line.
    case hexyl(HexylPart)
    /// An od or hexdump offset (hex digits, before the radix is known).
    case odOffset
    /// An od or hexdump group of a width od writes (the token's width is not one).
    case odGroupWidth
    /// A group like the dump's first: `width` digits in `radix`.
    case odGroup(width: Int, radix: Int)
    /// A group of `od -A n`: `width` digits in `radix`, a byte or a word.
    case odGroupWithoutOffsets(width: Int, radix: Int)
    /// An offset in `radix`.
    case offset(radix: Int)
    /// An `od -c` line's offset, as the first line has one.
    case odCharacterOffset
    /// A 4-column cell of `od -c`.
    case odCharacterCell
    /// A byte of `od -c`: a character, an escape, three octal digits or `**`.
    case odCharacterByte
    /// `**`, which od -c prints for the rest of a character of several bytes.
    case odCharacterContinuation
    /// A character of several bytes before a `**` (the token).
    case odCharacterBeforeContinuation
    case base64Character
    /// A C integer literal.
    case cInteger
    /// A C integer that fits in a byte (-128 to 255); `value` is the token's.
    case cByte(value: Int)
    /// The number of an `xxd -i` length line (`unsigned int x_len = 33;`).
    case cLengthNumber
    /// Only an `xxd -i` length line may follow an initialiser.
    case cLengthLine
  }

  /// The parts of a hexyl line.
  public enum HexylPart: Equatable, Sendable {
    case borderOrOffset
    case blankAfterRepeat
    case offset
    case panelBorder
    case byte
    case textBorder
    /// Blank: a line without bytes.
    case blankLine
    /// Blank: text past the last byte.
    case blankPastBytes
  }

  /// The character where a code-like dump (Python, C, escaped strings) went wrong.
  public enum Found: Equatable, Sendable {
    case end
    case endOfLine
    case character(Character)
  }

  /// What a code-like dump (Python, C, escaped strings) needed at a place.
  public enum Needed: Equatable, Sendable {
    case quote
    case quotedString
    case pythonBytesLiteral
    case closingParenthesis
    case commaBeforeBrace
    case valueBeforeComma
    case commaOrClosingBrace
    /// A C integer or character literal.
    case cValue
  }

  /// What a stray character came after.
  public enum Preceding: Equatable, Sendable {
    case bytesLiteral
    case strings
    /// Comes before the `{` of a C initialiser.
    case openingBrace
  }

  /// A backslash escape that does not read.
  public enum Escape: Equatable, Sendable {
    /// The text ends after a backslash.
    case atEnd
    /// `\x` without hex digits.
    case hexWithoutDigits
    /// A Python `\x` escape with one hex digit where Python needs two.
    case pythonHexNeedsTwoDigits
    /// An octal escape above 255.
    case octalTooLarge(Int)
    /// `\u` or `\U` (`letter`) without its `digits` hex digits.
    case unicodeTooShort(letter: Character, digits: Int)
    case notACodePoint(letter: Character)
    /// A backslash and a character no escape starts with.
    case unknown(Character)
  }

  /// `token` at `position` is not what the format has there.
  case badToken(String, at: Position, expected: Expected)
  /// A group of hex digits with an odd count.
  case oddHexGroup(String, at: Position, digits: Int)
  /// A text column of `characters` characters, more than the `bytes` before it (lines run
  /// together, hex in the text); `tool` is the writer's name (`xxd`, `od -t x1z`).
  case textColumnTooLong(String, at: Position, characters: Int, bytes: Int, tool: String)
  /// A text column opened at `position` with no `closer` (`|`, `<`).
  case unclosedTextColumn(at: Position, closer: Character)
  /// No line of the dump reads as the format.
  case noReadableLines(DumpFormat)
  /// An od dump of offsets only.
  case offsetsWithoutBytes

  /// A line after the line holding only the end offset.
  case followsEndOffset(line: Int?, endLine: Int?)
  /// A `*` line first.
  case repeatWithoutLine(line: Int?)
  /// The dump expands past `TextDump.maximumBytes` at `line`.
  case tooLarge(line: Int?)
  /// A `*` line that repeats `bytes` bytes, more than `TextDump.maximumBytes`.
  case repeatTooLarge(line: Int?, bytes: Int)
  /// A `*` line repeating `lineBytes`-byte lines from `from`, followed by a line at `to`,
  /// not a whole number of lines further; offsets are written in `radix`.
  case repeatDoesNotFit(line: Int?, lineBytes: Int, from: Int, nextLine: Int?, to: Int, radix: Int)
  /// Missing bytes: `line` starts at `offset`, the lines before end at `expected`.
  case gap(line: Int?, offset: Int, expected: Int, radix: Int)
  /// `line` starts at `offset`, before the lines before it end (`expected`).
  case overlap(line: Int?, offset: Int, expected: Int, radix: Int)
  /// A `*` line last: how often it repeats is unknown.
  case repeatAtEnd(line: Int?)
  /// Offsets that fit in two radixes that give different bytes (`byteCounts` in the same
  /// order as `radixes`).
  case ambiguousOffsetRadix(radixes: [Int], byteCounts: [Int])
  /// A `*` line in a dump without offsets; `isCharacterDump` for `od -A n -c`.
  case repeatWithoutOffsets(line: Int?, isCharacterDump: Bool)
  /// An empty line inside an `od -A n -c` dump (`line` counts from the text's first line).
  case emptyCharacterLine(line: Int)
  /// An `od -A n -c` line other than the last that is shorter than the widest.
  case shortCharacterLine(line: Int?, bytes: Int, widest: Int)

  /// Text that reads both as hex bytes and as `od -A n` words of `wordDigits` digits.
  case hexOrWords(wordDigits: Int)
  /// Text of hex digits in both cases (`dEadBEEF`), `characters` long: as likely base64 as
  /// hex, and the two give different bytes.
  case hexOrBase64(characters: Int)
  /// An xxd dump of four-byte groups whose text column reads as well for plain xxd (`-g4`) as
  /// for `xxd -e` (little-endian groups), which give different bytes.
  case xxdOrLittleEndian
  /// One line of `digits` zeros: `od -A x` (or `-A d`) of an empty file, or hex zero bytes.
  case hexOrEmptyOD(digits: Int)
  /// No format fits; `start` is the text's first line, without blanks at its ends.
  case unknownFormat(start: String)

  /// A Python session with no result line.
  case noSessionResult
  /// A Python session with `count` results, the first two on `lines`.
  case manySessionResults(count: Int, lines: [Int?])

  /// Base64 after the armour line (`-----END …`) on `endLine`.
  case followsArmour(line: Int?, endLine: Int?)
  /// Base64 after a `=` pad at `position`.
  case followsPadding(at: Position)
  /// A group of 4 base64 characters ending with a single one.
  case danglingBase64Character(characters: Int)
  /// Padding that does not make whole groups of 4.
  case badBase64Padding(characters: Int, pads: Int)

  /// A `/*` comment without its `*/`.
  case unclosedComment(at: Position)
  /// A string opened at `position` that does not close (on its line, when `onItsLine`).
  case unclosedString(at: Position, quote: Character, onItsLine: Bool)
  /// A character that is not ASCII in a Python bytes literal.
  case notASCII(Character, at: Position)
  case badEscape(Escape, at: Position)
  /// `needed` at `position`; `found` when what is there is named.
  case expected(Needed, at: Position, found: Found?)
  /// A character after what a dump ends with (or before what it starts with).
  case stray(Found, at: Position, after: Preceding)
  /// A C initialiser without its `}`.
  case missingClosingBrace(at: Position)
  /// A `}` without a `{`.
  case unopenedBrace(at: Position)
  /// A C character literal of `bytes` bytes.
  case characterLiteralSize(at: Position, bytes: Int)
  /// An `xxd -i` length line that disagrees with the initialiser's `count` bytes.
  case lengthMismatch(at: Position, declared: Int, count: Int)
}
