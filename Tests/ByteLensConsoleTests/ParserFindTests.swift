import Testing

@testable import ByteLensConsole

@Suite struct ParserFindTests {
  @Test func bytePatterns() throws {
    #expect(try parsed("find b'IHDR'") == .find(.bytes(Array("IHDR".utf8), text: "b'IHDR'"), listing: .first))
    #expect(
      try parsed("find b'\\x00\\x01' all")
        == .find(.bytes([0, 1], text: "b'\\x00\\x01'"), listing: .all))
    #expect(try parsed("find \"data\" count") == .find(.bytes(Array("data".utf8), text: "\"data\""), listing: .count))
    #expect(try parsed("find 'Grüße'") == .find(.bytes(Array("Grüße".utf8), text: "'Grüße'"), listing: .first))
    #expect(
      try parsed("find 89 50 4e 47")
        == .find(.bytes([0x89, 0x50, 0x4E, 0x47], text: "89 50 4e 47"), listing: .first))
    #expect(try parsed("find 89504E47") == .find(.bytes([0x89, 0x50, 0x4E, 0x47], text: "89504E47"), listing: .first))
    #expect(try parsed("find 0xff00") == .find(.bytes([0xFF, 0], text: "0xff00"), listing: .first))
    #expect(try parsed("find b''") == .find(.bytes([], text: "b''"), listing: .first))
  }

  @Test func values() throws {
    #expect(
      try parsed("find 22050 as <u4")
        == .find(.value("22050", dtype: DTypeArgument("<u4"), bothOrders: false, tolerance: nil), listing: .first))
    #expect(
      try parsed("find 22050 as u4 count")
        == .find(.value("22050", dtype: DTypeArgument("u4"), bothOrders: true, tolerance: nil), listing: .count))
    #expect(
      try parsed("find 3.14159 as f8 tol 1e-5 all")
        == .find(.value("3.14159", dtype: DTypeArgument("f8"), bothOrders: true, tolerance: "1e-5"), listing: .all))
    #expect(
      try parsed("find nan as '>f4'")
        == .find(.value("nan", dtype: DTypeArgument(">f4"), bothOrders: false, tolerance: nil), listing: .first))
    #expect(
      try parsed("find -1 as np.int16")
        == .find(.value("-1", dtype: DTypeArgument("int16"), bothOrders: true, tolerance: nil), listing: .first))
    #expect(
      try parsed("find 1 as =u2")
        == .find(.value("1", dtype: DTypeArgument("=u2"), bothOrders: false, tolerance: nil), listing: .first))
  }

  @Test func findErrors() {
    #expect(parseError("find")?.message == "'find' needs bytes, text or a value")
    #expect(parseError("find all")?.message == "'find' needs bytes, text or a value")
    #expect(parseError("find 00 all count")?.message == "give 'all' or 'count', not both")
    #expect(parseError("find 4g")?.message == "'4g' is not hex bytes: 'g' is not a hex digit")
    #expect(parseError("find 123")?.message == "'123' is not hex bytes: 3 digits, not pairs")
    #expect(parseError("find 0x")?.message == "'0x' is not hex bytes: 0 digits, not pairs")
    #expect(parseError("find 1 2 as u4")?.message == "a value to find as a dtype is one number; unexpected '2'")
    #expect(parseError("find b'x' as u1")?.message == "a value to find 'as' a dtype is a number, not \"b'x'\"")
    #expect(parseError("find 1 as")?.message == "'as' needs a dtype")
    #expect(parseError("find 1 as f8 tol")?.message == "'tol' needs a number")
    #expect(parseError("find 1 as f8 tol 1 2")?.message == "unexpected '2' after the tolerance")
    #expect(parseError("find 00 tol 1")?.message == "'tol' needs a dtype: it applies to a value searched 'as DTYPE'")
    #expect(parseError("find b'a' b'b'")?.message == "unexpected \"b'b'\" after \"b'a'\"")
    #expect(parseError("find b'\\xZZ'")?.message.hasPrefix("\"b'\\\\xZZ'\" is not a Python bytes or string literal") == true)
  }

  @Test func goto() throws {
    #expect(try parsed("goto") == .goto(1))
    #expect(try parsed("goto 3") == .goto(3))
    #expect(try parsed("goto -1") == .goto(-1))
    #expect(parseError("goto 0")?.message == "hits are numbered from 1 (and -1 for the last), not 0")
    #expect(parseError("goto 1 2")?.message == "unexpected '2' after '1'")
    #expect(parseError("goto first")?.message != nil)
    #expect(Command.goto(1).changesView)
    #expect(!Command.find(.bytes([1], text: "01"), listing: .first).changesView)
  }
}
