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

  func hint(_ text: String, format: DumpFormat? = nil) -> String? {
    do {
      _ = try TextDump.decode(text, format: format)
      return "no error"
    } catch {
      return error.hint
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

}
