import Testing

@testable import ByteLensEngine

/// Text from input is escaped before it is printed, and a literal holds a bounded number of
/// values.
@Suite struct InputEscapingTests {
  static let hostileName = "a\u{1b}]0;owned\u{07}\u{1b}[2J\r\n"

  @Test func escapedKeepsPrintableTextAndEscapesControls() {
    #expect(PythonRepr.escaped("plain name.npy") == "plain name.npy")
    #expect(PythonRepr.escaped("it's a\\b \"q\" é") == "it's a\\b \"q\" é")
    #expect(PythonRepr.escaped(Self.hostileName) == "a\\x1b]0;owned\\x07\\x1b[2J\\r\\n")
    #expect(PythonRepr.escaped("\u{9b}\u{202e}\t") == "\\x9b\\u202e\\t")
  }

  @Test func excerptCutsLongText() {
    #expect(PythonRepr.excerpt("short") == "short")
    let long = String(repeating: "\u{1b}", count: 50)
    #expect(
      PythonRepr.excerpt(long)
        == String(repeating: "\\x1b", count: PythonRepr.excerptLimit) + "…")
  }

  @Test func fieldNamesFromFilesAreEscaped() throws {
    let dtype = try DType.parse("[('\(Self.hostileName)', '<i4'), ('b', 'u1')]")
    for text in [
      FieldsRenderer(dtype).render().plainText,
      RecordLayout(dtype).leaves.map(\.name).joined(separator: " "),
    ] {
      #expect(text.contains("a\\x1b]0;owned\\x07\\x1b[2J\\r\\n"))
      #expect(!text.unicodeScalars.contains { $0 == "\u{1b}" || $0 == "\u{07}" || $0 == "\r" })
    }
  }

  @Test func aLiteralHoldsAtMostAMillionValues() throws {
    let atLimit = "[" + String(repeating: "1,", count: 999_999) + "1]"
    // The list itself is one value.
    #expect(throws: LiteralError.syntax(.tooManyValues(limit: 1_000_000), column: 2_000_000)) {
      try PythonLiteral.parse(atLimit)
    }
    let under = "[" + String(repeating: "1,", count: 999_998) + "1]"
    guard case .list(let items) = try PythonLiteral.parse(under) else {
      Issue.record("not a list")
      return
    }
    #expect(items.count == 999_999)
  }
}
