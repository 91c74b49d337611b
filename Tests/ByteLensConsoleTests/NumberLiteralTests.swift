import Testing

@testable import ByteLensConsole

@Suite struct NumberLiteralTests {
  @Test(arguments: [
    ("0", 0), ("42", 42), ("-7", -7), ("+7", 7), ("1_000", 1000), ("0x1F", 31), ("0XfF", 255),
    ("0o17", 15), ("0b1010", 10), ("0x_ff", 255), ("0xffff_0000", 0xffff_0000), ("4K", 4096),
    ("1M", 1 << 20), ("3G", 3 << 30), ("-1K", -1024), ("0x10K", 16 * 1024),
    ("010", 10), ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
  ])
  func parses(_ text: String, _ value: Int) throws {
    #expect(try NumberLiteral.parse(text) == value)
  }

  func message(_ text: String) -> String? {
    do {
      _ = try NumberLiteral.parse(text)
      return nil
    } catch {
      return error.message
    }
  }

  @Test func emptyText() {
    #expect(message("") == "expected a number")
  }

  @Test func signOrSuffixAlone() {
    #expect(message("-") == "'-' is not a number")
    #expect(message("K") == "'K' is not a number")
  }

  @Test func prefixWithoutDigits() {
    #expect(message("0x") == "'0x' is not a number: no digits after '0x'")
    #expect(message("0b") == "'0b' is not a number: no digits after '0b'")
  }

  @Test func badDigits() {
    #expect(message("12x") == "'12x' is not a number: 'x' is not a decimal digit")
    #expect(message("0x1g") == "'0x1g' is not a number: 'g' is not a hexadecimal digit")
    #expect(message("0o8") == "'0o8' is not a number: '8' is not an octal digit")
    #expect(message("0b102") == "'0b102' is not a number: '2' is not a binary digit")
    #expect(message("2k") == "'2k' is not a number: 'k' is not a decimal digit")
    #expect(message("1.5") == "'1.5' is not a number: '.' is not a decimal digit")
  }

  @Test func misplacedUnderscores() {
    #expect(message("_1") == "'_1' is not a number: '_' must stand between two digits")
    #expect(message("1__0") == "'1__0' is not a number: '_' must stand between two digits")
    #expect(message("10_") == "'10_' is not a number: '_' must stand between two digits")
  }

  @Test func tooLarge() {
    let limit = "numbers must lie between \(Int.min) and \(Int.max)"
    #expect(message("9223372036854775808") == "'9223372036854775808' is too large: \(limit)")
    #expect(message("99999999999999999999") == "'99999999999999999999' is too large: \(limit)")
    #expect(message("-9223372036854775809") == "'-9223372036854775809' is too large: \(limit)")
    #expect(message("0x7fffffffffffffffK") == "'0x7fffffffffffffffK' is too large: \(limit)")
    #expect(message("9999999999G") == "'9999999999G' is too large: \(limit)")
  }

  @Test func errorsCarryTheLocationAndUsage() {
    do {
      _ = try NumberLiteral.parse("x", at: SourceLocation(line: 1, column: 9))
      Issue.record("expected an error")
    } catch {
      #expect(error.location == SourceLocation(line: 1, column: 9))
      #expect(error.hint == NumberLiteral.usage)
    }
  }

  @Test func looksLikeNumber() {
    #expect(NumberLiteral.looksLikeNumber("-1"))
    #expect(NumberLiteral.looksLikeNumber("0x10"))
    #expect(!NumberLiteral.looksLikeNumber("F"))
    #expect(!NumberLiteral.looksLikeNumber("order=F"))
  }
}
