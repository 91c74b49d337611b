import Testing

@testable import ByteLensEngine

@Suite struct StyledTextTests {
  @Test func spansMergeByRole() {
    var text = StyledText()
    text.append("a", role: .value)
    text.append("b", role: .value)
    text.append("", role: .error)
    text.appendLine("c", role: .error)
    #expect(
      text.spans == [
        StyledText.Span("ab", role: .value), StyledText.Span("c", role: .error),
        StyledText.Span("\n"),
      ])
    #expect(text.plainText == "abc\n")
  }

  @Test func concatenation() {
    let text: StyledText = "x" + StyledText("y", role: .hint)
    #expect(text.plainText == "xy")
    #expect(!text.isEmpty)
    #expect(StyledText().isEmpty)
    var joined = StyledText("a", role: .offset)
    joined.append(StyledText("b", role: .offset) + StyledText("é", role: .value))
    #expect(
      joined.spans == [StyledText.Span("ab", role: .offset), StyledText.Span("é", role: .value)])
    #expect(joined.byteCount == 4)
  }

  @Test func asciiAppendsShareRunsWithStrings() {
    var text = StyledText()
    text.appendASCII(UInt8(ascii: "0"), role: .element(tone: 0))
    text.appendASCII(Array("1f".utf8), role: .element(tone: 0))
    text.appendSpaces(2)
    text.appendASCII(UInt8(ascii: "|"), role: .boundary)
    text.appendASCII([UInt8](), role: .error)
    #expect(
      text.spans == [
        StyledText.Span("01f", role: .element(tone: 0)), StyledText.Span("  "),
        StyledText.Span("|", role: .boundary),
      ])
    var runs: [String] = []
    text.forEachRun { bytes, role in
      runs.append("\(String(decoding: bytes, as: UTF8.self))/\(role)")
    }
    #expect(runs == ["01f/element(tone: 0)", "  /plain", "|/boundary"])
  }

  @Test func trailingSpacesAreTrimmedAcrossRuns() {
    var text = StyledText("ab", role: .value)
    text.append(" ", role: .muted)
    text.appendSpaces(3)
    text.trimTrailingSpaces()
    #expect(text.spans == [StyledText.Span("ab", role: .value)])
    var blank = StyledText("   ", role: .muted)
    blank.trimTrailingSpaces()
    #expect(blank.isEmpty && blank.spans.isEmpty)
    var inside = StyledText("a  b ", role: .value)
    inside.trimTrailingSpaces()
    #expect(inside.plainText == "a  b")
    inside.append("c", role: .value)
    #expect(inside.spans == [StyledText.Span("a  bc", role: .value)])
  }

  @Test func removeAllEmptiesForReuse() {
    var text = StyledText("abc", role: .value)
    text.removeAll(keepingCapacity: true)
    #expect(text.isEmpty && text.spans.isEmpty)
    text.append("d")
    #expect(text.spans == [StyledText.Span("d")])
  }
}
