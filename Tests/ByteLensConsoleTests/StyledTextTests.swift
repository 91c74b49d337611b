import Testing

@testable import ByteLensConsole

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
  }

  @Test func failuresHaveErrorAndHintLines() {
    let outcome = CommandOutcome.failure("bad", hint: "try this")
    #expect(outcome.failed)
    #expect(outcome.diagnostics.plainText == "error: bad\nhint: try this\n")
    #expect(outcome.diagnostics.spans.first == StyledText.Span("error:", role: .error))
    #expect(CommandOutcome.failure("bad", hint: "").diagnostics.plainText == "error: bad\n")
    #expect(CommandOutcome.failure("bad").transcript.plainText == "error: bad\n")
  }
}
