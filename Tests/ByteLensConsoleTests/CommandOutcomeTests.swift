import ByteLensEngine
import Testing

@testable import ByteLensConsole

@Suite struct CommandOutcomeTests {
  @Test func failuresHaveErrorAndHintLines() {
    let outcome = CommandOutcome.failure("bad", hint: "try this")
    #expect(outcome.failed)
    #expect(outcome.diagnostics.plainText == "error: bad\nhint: try this\n")
    #expect(outcome.diagnostics.spans.first == StyledText.Span("error:", role: .error))
    #expect(CommandOutcome.failure("bad", hint: "").diagnostics.plainText == "error: bad\n")
    #expect(CommandOutcome.failure("bad").transcript.plainText == "error: bad\n")
  }
}
