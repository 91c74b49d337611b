import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of `DumpError`s and `DumpNote`s: what `bytes`, `paste` and `load … as text` say
/// about a dump that does not read (moved from the engine's TextDumpTests, which now assert
/// the cases).
@Suite struct DumpErrorTextTests {
  func failure(_ text: String, format: DumpFormat? = nil, firstColumn: Int = 1) -> String? {
    do {
      _ = try TextDump.decode(text, format: format, firstColumn: firstColumn)
      return nil
    } catch {
      return error.message
    }
  }


  @Test func badLinesAreErrorsNamingThem() {
    #expect(
      failure("00000000: 4865  6c6c  He\n00000004: 6c6f  lo")
        == "the text column '6c6c  He' at line 1, column 17 has 8 characters, but the hex "
        + "before it holds 2 bytes (xxd)")
    #expect(
      failure("0000   48 65   6c 6c   He..\n0004   6f  o", format: .wireshark)
        == "the text column '6c 6c   He..' at line 1, column 16 has 12 characters, but the "
        + "hex before it holds 2 bytes (Wireshark hex dump)")
    #expect(
      failure("00000000  48 65  |He|00000002  6c 6c  |ll|")
        == "the text column 'He|00000002  6c 6c  |ll' at column 19 has 23 characters, but the "
        + "hex before it holds 2 bytes (hexdump -C)")
    #expect(
      failure("000000 48 65  >He<000002 6c  >l<\n000003\n")
        == "the text column 'He<000002 6c  >l' at line 1, column 16 has 16 characters, but the "
        + "hex before it holds 2 bytes (od -t x1z)")
    #expect(
      failure("-----BEGIN X-----\nSGVs\n-----END X-----\nbG8K\n", format: .base64)
        == "line 4 comes after the armour line that ends the base64 (line 3)")
    #expect(
      failure("00000000: 48\u{7}5  H.")
        == "'48\\x075' at column 11 is not a group of hex digits (xxd)")
    #expect(failure("b'ab'\u{0C}x") == "'\\x0c' at column 6 follows the bytes literal")
    #expect(
      failure("\"ab\\\u{1}\"")
        == "a backslash and '\\x01' at column 5 is not an escape this format knows")
    #expect(
      failure("0000000   H   e   Q!\n0000003\n")
        == "'!' at line 1, column 20 is not a 4-column cell of an od -c line")
    #expect(
      failure("0000000   H   e  xy\n0000003\n")
        == "'xy' at line 1, column 16 is not a byte of od -c (a character, \\0 \\a \\b "
        + "\\f \\n \\r \\t \\v, three octal digits or **)")
    #expect(
      failure(" 00000000  48 65 6c 6c 6f 20 77 6f   72 6c 64 2e 48 65 6c 6c  Hello wo rld.Hell\n"
        + " 00000010  6f 2c 2g")
        == "'2g' at line 2, column 18 is not a byte (two hex digits) of a hexyl line")
    #expect(
      failure(">>> a\nb'a'\n>>> b\nb'b'")
        == "the Python session prints 2 results, on line 2 and line 4; which one is meant is "
        + "unclear")
    #expect(
      failure(">>> a\n3") == "expected a bytes literal such as b'\\x00' at line 2, column 1, "
        + "found '3'")
    #expect(
      failure(" 00 00 00 00\n*\n 01 02")
        == "the '*' on line 2 repeats lines of a dump without offsets: how often cannot be "
        + "known")
  }

  @Test func odWithoutOffsets() {
    let words = " 6548 6c6c 0a6f\n"
    #expect(
      failure(words)
        == "the text reads as hex bytes or as od -A n words of 4 digits (little-endian), which "
        + "give different bytes")
  }

  @Test func offsetsOfEachDumpAreItsFirstAddress() {
    #expect(
      failure("0x7ffe10:\t0x48\t0x65\r\n0x7ffe20:\t0x6c\r\n")
        == "line 2 starts at offset 0x7ffe20, but the lines before end at 0x7ffe12: 14 bytes "
        + "are missing")
  }

  @Test func malformedLinesNameLineAndColumn() {
    #expect(
      failure("00000000: 4865 6c6c  He\n00000004: 6c6g  l?")
        == "'6c6g' at line 2, column 11 is not a group of hex digits (xxd)")
    #expect(
      failure("00000000  48 65 6c 6c  |Hell|\n00000004  6f 2  |o|")
        == "'2' at line 2, column 14 is not a byte (two hex digits) of a hexdump -C line")
    #expect(
      failure("0000000 6548 6c6c\n0000010 6f\n0000011")
        == "'6f' at line 2, column 9 is not 4 hex digits, like the first group")
    #expect(
      failure("b'abc' junk") == "'j' at column 8 follows the bytes literal")
    #expect(
      failure("{ 0x48, 0x165 }") == "'0x165' at column 9 is 357, which is not a byte (-128 to 255)")
    #expect(failure("{ 0x48, 0x65 };\nunsigned int x_len = 3;") == "the length line at line 2, column 1 says 3 bytes, but the initialiser holds 2")
    #expect(failure("SGVs*G8K", format: .base64) == "'*' at column 5 is not a base64 character (A-Z a-z 0-9 + / =)")
    #expect(failure("\"abc\\q\"") == "'\\q' at column 6 is not an escape this format knows")
    #expect(failure("0x1000:\t0x48\t0x4g") == "'0x4g' at column 14 is not a hex value such as 0x48 (use x/…x in gdb)")
    #expect(failure("0000   48 65 zz   He.", format: .wireshark) == "'zz' at column 14 is not a byte (two hex digits)")
    #expect(failure("hello there") == "'h' at column 1 is not a hex digit")
    #expect(
      failure("hello there\nhow are you")
        == "cannot tell what format the text is in; it starts 'hello there'")
    #expect(failure("zz") == "'z' at column 1 is not a hex digit")
    #expect(failure("b'a' b", firstColumn: 7) == "'b' at column 12 follows the bytes literal")
  }

  @Test func offsetGapsAreErrors() {
    #expect(
      failure("00000000: 4865 6c6c  Hell\n00000008: 6f20  o ")
        == "line 2 starts at offset 0x8, but the lines before end at 0x4: 4 bytes are missing")
    #expect(
      failure("00000000  48 65 6c 6c  |Hell|\n00000002  6f 20  |o |")
        == "line 2 starts at offset 0x2, inside the bytes before it, which end at 0x4 (2 bytes overlap)")
    #expect(
      failure("0x1000:\t0x48\t0x65\n0x1004:\t0x6c")
        == "line 2 starts at offset 0x1004, but the lines before end at 0x1002: 2 bytes are missing")
    #expect(
      failure("0000000 6548 6c6c\n0000010")
        == "line 2 starts at offset 0o10, but the lines before end at 0o4: 4 bytes are missing")
  }

  @Test func repeatedLines() {
    let words = "0000000 0000 0000 0000 0000 0000 0000 0000 0000\n*\n0000100\n"
    #expect(
      failure(words)
        == "the offsets fit both as octal (od) and as hex (hexdump), which give 64 and 256 "
        + "bytes: the '*' lines repeat a different number of times")
    #expect(failure("00000000  00 01  |..|\n*") == "the '*' on line 2 is the last line: without an offset after it, how often the line repeats is unknown")
    #expect(
      failure("00000000  00 01 02  |...|\n*\n00000010")
        == "the '*' on line 2 repeats 3-byte lines from 0x3, but line 3 is at 0x10, not a whole number of lines further")
    #expect(
      failure("00000000  00 01  |..|\n*\n7ffffffffff0")
        == "the '*' on line 2 repeats 140737488355310 bytes, more than bytelens holds in memory (1024 MiB)")
  }

  /// Cases no input above reaches, with their words and hints as the engine wrote them
  /// before it threw data (the hints name `--format`, a console word).
  @Test(arguments: [
    (DumpError.hexOrBase64(characters: 8),
     "the text reads as hex (4 bytes) or as base64 (6 bytes): its letters are in both cases",
     "name it: --format hex or --format base64"),
    (DumpError.hexOrEmptyOD(digits: 6),
     "the text reads as hex (3 zero bytes) or as od's dump of an empty file (no bytes)",
     "name it: --format hex or --format od"),
    (DumpError.xxdOrLittleEndian,
     "the xxd dump reads as xxd -g4 or as xxd -e (little-endian groups), which give different "
       + "bytes: its text column does not tell",
     "name it: --format xxd (groups as written) or --format xxd-e (little-endian)"),
    (DumpError.hexOrWords(wordDigits: 4),
     "the text reads as hex bytes or as od -A n words of 4 digits (little-endian), which give "
       + "different bytes",
     "name it: --format hex (bytes in the order written) or --format od (od's words)"),
    (.unknownFormat(start: "hello there, how are you today? I am fine"),
     "cannot tell what format the text is in; it starts "
       + "'hello there, how are you today? I am fin…'",
     "name it with --format: hex, xxd, xxd-e, hexdump-C, od, hexdump, python, c, escaped, base64, "
       + "wireshark, gdb, hexyl"),
    (.ambiguousOffsetRadix(radixes: [8, 10], byteCounts: [64, 80]),
     "the offsets fit both as octal (od) and as decimal (od -A d), which give 64 and 80 bytes: "
       + "the '*' lines repeat a different number of times",
     "dump again without '*' lines (od -v)"),
    (.repeatWithoutOffsets(line: 3, isCharacterDump: true),
     "the '*' on line 3 repeats lines of a dump without offsets: how often cannot be known",
     "dump again with offsets (no -A n) or with -v (no '*' lines)"),
    (.repeatWithoutOffsets(line: nil, isCharacterDump: false),
     "the '*' on the text repeats lines of a dump without offsets: how often cannot be known",
     "dump again with offsets (od without -A n) or with -v (no '*' lines)"),
    (.emptyCharacterLine(line: 2),
     "line 2 of the od -A n -c dump is empty, but a line there holds bytes (blank cells are "
       + "spaces)", "dump again with offsets (od -c without -A n)"),
    (.shortCharacterLine(line: 1, bytes: 3, widest: 16),
     "line 1 has 3 bytes, the widest line 16; only the last line of od -c may be shorter", nil),
    (.noSessionResult, "the Python session prints no result: only lines typed at '>>>'",
     "paste the b'…' line that Python printed too"),
    (.followsEndOffset(line: 4, endLine: 3), "line 4 follows the end offset on line 3",
     "the line with only an offset marks the end of the dump"),
    (.repeatWithoutLine(line: 1), "the '*' on line 1 has no line before it to repeat", nil),
    (.tooLarge(line: 9), "the dump grows past 1024 MiB at line 9", nil),
    (.overlap(line: 2, offset: 8, expected: 10, radix: 10),
     "line 2 starts at offset 8, inside the bytes before it, which end at 10 (2 bytes overlap)",
     nil),
    (.oddHexGroup("abc", at: .init(line: nil, column: 3), digits: 3),
     "the hex group 'abc' at column 3 has 3 digits, an odd number",
     "each byte is two hex digits (0f, not f); separate bytes with blanks or colons"),
    (.unclosedTextColumn(at: .init(line: 2, column: 30), closer: "|"),
     "the text column at line 2, column 30 has no closing '|'", nil),
    (.noReadableLines(.xxd), "the xxd dump has no readable lines", nil),
    (.offsetsWithoutBytes, "the od dump has offsets but no bytes", nil),
    (.followsPadding(at: .init(line: nil, column: 4)),
     "'=' at column 4 is padding, but base64 text follows it", nil),
    (.danglingBase64Character(characters: 5),
     "the base64 text has 5 characters; a group of 4 cannot end with a single one",
     "a character may be missing or extra"),
    (.badBase64Padding(characters: 6, pads: 1),
     "the base64 text has 6 characters and 1 '=', not a whole number of groups of 4", nil),
    (.unclosedComment(at: .init(line: 1, column: 3)),
     "the comment at line 1, column 3 is not closed with */", nil),
    (.unclosedString(at: .init(line: 1, column: 1), quote: "\"", onItsLine: true),
     "the string opened at line 1, column 1 is not closed on its line",
     "close it with \"; strings on several lines are written as adjacent strings, one per line"),
    (.unclosedString(at: .init(line: nil, column: 2), quote: "'", onItsLine: false),
     "the string opened at column 2 is not closed", nil),
    (.notASCII("é", at: .init(line: nil, column: 4)),
     "'é' at column 4 is not ASCII: a bytes literal holds only ASCII characters", nil),
    (.badEscape(.atEnd, at: .init(line: nil, column: 3)),
     "a backslash at column 3 ends the text", nil),
    (.badEscape(.hexWithoutDigits, at: .init(line: nil, column: 4)),
     "\\x at column 4 has no hex digits after it", nil),
    (.badEscape(.pythonHexNeedsTwoDigits, at: .init(line: nil, column: 6)),
     "\\x at column 6 has one hex digit; Python needs two (\\x0a)", nil),
    (.badEscape(.octalTooLarge(511), at: .init(line: nil, column: 6)),
     "the octal escape before column 6 is 511, more than a byte (255)", nil),
    (.badEscape(.unicodeTooShort(letter: "u", digits: 4), at: .init(line: nil, column: 5)),
     "\\u before column 5 needs 4 hex digits", nil),
    (.badEscape(.notACodePoint(letter: "U"), at: .init(line: nil, column: 12)),
     "\\U before column 12 is not a Unicode code point", nil),
    (.expected(.quote, at: .init(line: nil, column: 1), found: nil),
     "expected a quote at column 1", nil),
    (.expected(.quotedString, at: .init(line: 2, column: 1), found: nil),
     "expected a quoted string at line 2, column 1", nil),
    (.expected(.closingParenthesis, at: .init(line: nil, column: 9), found: .end),
     "expected ')' at column 9, found the end", nil),
    (.expected(.commaBeforeBrace, at: .init(line: nil, column: 9), found: nil),
     "expected ',' before '{' at column 9", nil),
    (.expected(.valueBeforeComma, at: .init(line: nil, column: 3), found: nil),
     "expected a value before ',' at column 3", nil),
    (.expected(.commaOrClosingBrace, at: .init(line: 1, column: 9), found: .endOfLine),
     "expected ',' or '}' at line 1, column 9, found the end of the line", nil),
    (.expected(.cValue, at: .init(line: nil, column: 3), found: .character(";")),
     "';' at column 3 is not a C integer or character", nil),
    (.stray(.character("}"), at: .init(line: nil, column: 5), after: .openingBrace),
     "'}' at column 5 comes before the '{'", nil),
    (.stray(.character("x"), at: .init(line: nil, column: 7), after: .strings),
     "'x' at column 7 follows the strings", nil),
    (.missingClosingBrace(at: .init(line: nil, column: 12)),
     "the initialiser ends at column 12 without its '}'", nil),
    (.unopenedBrace(at: .init(line: nil, column: 1)), "'}' at column 1 has no '{'", nil),
    (.characterLiteralSize(at: .init(line: nil, column: 3), bytes: 2),
     "the character literal at column 3 holds 2 bytes, not one", nil),
    (.badToken("x", at: .init(line: nil, column: 3), expected: .cInteger),
     "'x' at column 3 is not a C integer literal", nil),
    (.badToken("3x", at: .init(line: 2, column: 20), expected: .cLengthNumber),
     "the length '3x' at line 2, column 20 is not a number", nil),
    (.badToken("int main(void) { return 0; }", at: .init(line: 2, column: 1),
       expected: .cLengthLine),
     "'int main(void) { return 0; }' at line 2, column 1 follows the initialiser",
     "only a length line such as 'unsigned int data_len = 33;' may follow it"),
    (.badToken("0000000000000048", at: .init(line: nil, column: 1), expected: .xxdOffset),
     "'0000000000000048' at column 1 is not an xxd offset (hex digits and a colon)", nil),
    (.badToken("zz000000  41", at: .init(line: nil, column: 1),
       expected: .hexdumpCanonicalOffset),
     "'zz000000  41' at column 1 is not a hexdump -C offset", nil),
    (.badToken("zz00   41 42", at: .init(line: nil, column: 1), expected: .wiresharkOffset),
     "'zz00   4…' at column 1 is not a hex offset of a Wireshark hex dump line", nil),
    (.badToken("x/16xb 0x7fffffffe3a0", at: .init(line: 1, column: 1), expected: .gdbAddress),
     "'x/16xb 0x7fffffffe3a…' at line 1, column 1 does not start with a gdb address such as "
       + "0x7fffffffe3a0:", nil),
    (.badToken("0x4142", at: .init(line: 1, column: 20),
       expected: .gdbValueOfSize(bytes: 2, before: 1)),
     "'0x4142' at line 1, column 20 has 2 bytes, the values before it 1", nil),
    (.badToken("┃00000000┃ 41", at: .init(line: 1, column: 1),
       expected: .hexyl(.borderOrOffset)),
     "'┃00000000┃ 4…' at line 1, column 1 is not a border or offset of a hexyl line", nil),
    (.badToken("00000z00", at: .init(line: 1, column: 1), expected: .odOffset),
     "'00000z00' at line 1, column 1 is not an offset of an od or hexdump line", nil),
    (.badToken("65481", at: .init(line: 1, column: 9), expected: .odGroupWidth),
     "'65481' at line 1, column 9 has 5 digits; od and hexdump groups have 2, 3, 4, 6, 8, 11 "
       + "or 16", nil),
    (.badToken("019", at: .init(line: nil, column: 2),
       expected: .odGroupWithoutOffsets(width: 3, radix: 8)),
     "'019' at column 2 is not 3 octal digits of a byte or word", nil),
    (.badToken("0000009", at: .init(line: 2, column: 1), expected: .offset(radix: 8)),
     "'0000009' at line 2, column 1 is not a base-8 offset", nil),
    (.badToken("x000000   H", at: .init(line: 2, column: 1), expected: .odCharacterOffset),
     "'x000000   H' at line 2, column 1 does not start with an offset like the first line of "
       + "this od -c dump", nil),
    (.badToken("  H", at: .init(line: 1, column: 16), expected: .odCharacterContinuation),
     "'  H' at line 1, column 16 comes where od -c prints '**' for the rest of the character "
       + "before it", nil),
    (.badToken("**", at: .init(line: 1, column: 8),
       expected: .odCharacterBeforeContinuation),
     "'**' at line 1, column 8 follows no character of several bytes", nil),
  ] as [(DumpError, String, String?)])
  func everyCaseHasItsWords(_ error: DumpError, _ message: String, _ hint: String?) {
    #expect(error.message == message)
    #expect(error.hint == hint)
  }

  @Test func notes() {
    #expect(
      DumpNote.textColumnDiffers(firstLine: nil, otherLines: 0).text
        == "the text column does not show the same bytes as the hex")
    #expect(
      DumpNote.textColumnDiffers(firstLine: 3, otherLines: 0).text
        == "the text column of line 3 does not show the same bytes as the hex")
    #expect(
      DumpNote.textColumnDiffers(firstLine: 3, otherLines: 2).text
        == "the text column of line 3 (and 2 more) does not show the same bytes as the hex")
    #expect(
      DumpNote.fillZerosKept(wordSize: 4).text
        == "without offsets, zero bytes that od added to fill the last 4-byte word cannot be "
        + "told from data: the last word's zeros are kept")
  }
}
