import ByteLensEngine
import Testing

@Suite struct HexTextTests {
  @Test(
    arguments: [
      ("01 02 ff", [0x01, 0x02, 0xff]), ("0102FF", [0x01, 0x02, 0xff]),
      ("0x01 0x02", [0x01, 0x02]), ("0xdeadbeef", [0xde, 0xad, 0xbe, 0xef]),
      ("de:ad:be:ef", [0xde, 0xad, 0xbe, 0xef]), ("01\n02\r\n\t03", [1, 2, 3]),
      ("", []), ("  :: ", []), ("0X0a", [0x0a]), ("00", [0]),
    ] as [(String, [UInt8])])
  func decodes(_ text: String, _ bytes: [UInt8]) throws {
    #expect(try HexText.decode(text) == bytes)
  }

  func error(_ text: String, firstColumn: Int = 1) -> DumpError? {
    do {
      _ = try HexText.decode(text, firstColumn: firstColumn)
      return nil
    } catch {
      return error
    }
  }

  @Test func badCharacterNamesItsColumn() {
    let bad = error("01 0g", firstColumn: 7)
    #expect(bad?.message == "'g' at column 11 is not a hex digit")
    #expect(
      bad?.hint == "hex text is pairs of digits 0-9 a-f, separated by blanks, newlines or "
        + "colons, with optional 0x prefixes")
    #expect(error("01,02")?.message == "',' at column 3 is not a hex digit")
    #expect(error("ab é")?.message == "'é' at column 4 is not a hex digit")
    #expect(error("0'")?.message == #""'" at column 2 is not a hex digit"#)
    // Control characters are escaped, never printed raw.
    #expect(error("01\u{1B}")?.message == #"'\x1b' at column 3 is not a hex digit"#)
    #expect(error("01\u{7}")?.message == #"'\x07' at column 3 is not a hex digit"#)
    #expect(error("01x2")?.message == "'x' at column 3 is not a hex digit")
  }

  @Test func everyLineEndingCountsLines() {
    #expect(error("0102\r\n03 zz")?.message == "'z' at line 2, column 4 is not a hex digit")
    #expect(error("0102\r03 zz")?.message == "'z' at line 2, column 4 is not a hex digit")
    #expect(error("01\r\r\n\rzz")?.message == "'z' at line 4, column 1 is not a hex digit")
  }

  @Test func badCharacterOnALaterLine() {
    #expect(
      error("0102\n03 zz", firstColumn: 7)?.message == "'z' at line 2, column 4 is not a hex digit")
    #expect(error("zz\n01")?.message == "'z' at line 1, column 1 is not a hex digit")
  }

  @Test func oddGroups() {
    let odd = error("01 abc 02", firstColumn: 7)
    #expect(odd?.message == "the hex group 'abc' at column 10 has 3 digits, an odd number")
    #expect(
      odd?.hint == "each byte is two hex digits (0f, not f); separate bytes with blanks or colons")
    #expect(error("0x1")?.message == "the hex group '0x1' at column 1 has 1 digit, an odd number")
    #expect(
      error("0102\n3")?.message
        == "the hex group '3' at line 2, column 1 has 1 digit, an odd number")
  }
}
