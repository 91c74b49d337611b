import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// `guess` in the language: its parsing, the words of its errors, and the words of its
/// evidence.
@Suite struct GuessTextTests {
  @Test func parsing() throws {
    #expect(try parsed("guess") == .guess(apply: nil))
    #expect(try parsed("guess apply 3") == .guess(apply: 3))
    #expect(try parsed("guess apply 0x2") == .guess(apply: 2))
    #expect(parseError("guess apply")?.message == "'guess apply' needs a candidate number")
    #expect(parseError("guess apply 0")?.message == "candidates are numbered from 1, not 0")
    #expect(parseError("guess apply -4")?.hint == "'guess' lists them")
    #expect(parseError("guess apply 1 2")?.message == "unexpected '2' after '1'")
    #expect(parseError("guess more")?.message == "unexpected 'more' after 'guess'")
    #expect(parseError("guess more")?.hint == "usage: guess [apply N]")
    #expect(parseError("guess apply one")?.message != nil)
  }

  @Test func errorWords() {
    #expect(
      words { throw GuessError.tooFewBytes(count: 1, minimum: 16) } == [
        "too little to guess from: the view spans 1 byte, a guess needs 16 or more",
        "'inspect' shows a few bytes as every type",
      ])
    #expect(
      words { throw GuessSessionError.emptyView(shape: [2, 0], canUndo: true) } == [
        "the view is empty (shape (2, 0)): there are no bytes to guess from",
        "'undo' goes back to a view with bytes",
      ])
    #expect(
      words { throw GuessSessionError.emptyView(shape: [0], canUndo: false) } == [
        "the view is empty (shape (0,)): there are no bytes to guess from", nil,
      ])
    #expect(
      words { throw GuessSessionError.emptySource(name: "empty.bin") } == [
        "'empty.bin' has no bytes: there is nothing to guess from", nil,
      ])
    #expect(
      words { throw GuessSessionError.applyBeforeGuess } == [
        "there is no guess to apply yet", "run 'guess' first",
      ])
    #expect(
      words { throw GuessSessionError.noSuchCandidate(number: 7, count: 1) } == [
        "the last guess has 1 candidate, so there is no number 7", "choose 1 to 1",
      ])
    #expect(
      words { throw GuessSessionError.noSuchCandidate(number: 1, count: 0) } == [
        "the last guess has no candidates, so there is no number 1 to apply", nil,
      ])
    #expect(
      words { throw GuessSessionError.guessForAnotherSource(guessed: "a.bin", current: "b.bin") }
        == ["the last guess was about 'a.bin', not 'b.bin'", "run 'guess' first"])
    #expect(
      words {
        throw GuessSessionError.guessForAnotherSource(guessed: "<bytes>", current: "<bytes>")
      }
        == [
          "the last guess was about bytes loaded before the current '<bytes>'", "run 'guess' first",
        ])
  }

  @Test func evidenceWords() {
    #expect(GuessWords.reason(.finiteNormal(fraction: 0.996)) == "99% finite and normal")
    #expect(GuessWords.reason(.finiteNormal(fraction: 1)) == "100% finite and normal")
    #expect(GuessWords.reason(.exponentSpread(0.44)) == "exponent range narrow (spread 0.4)")
    #expect(GuessWords.reason(.exponentSpread(73.2)) == "exponents spread wide (73.2)")
    #expect(GuessWords.reason(.smoothness(0.934)) == "smooth neighbours (0.93)")
    #expect(GuessWords.reason(.smoothness(0.05)) == "neighbours unalike (0.05)")
    #expect(GuessWords.reason(.bitsUsed(12, of: 16)) == "values need 12 of 16 bits")
    #expect(
      GuessWords.reason(.rowPeriod(width: 640, similarity: 0.981)) == "rows of 640 (98% alike)")
    #expect(
      GuessWords.reason(.recordPeriod(size: 24, matching: 0.35))
        == "bytes repeat every 24 (35% equal)")
    #expect(GuessWords.reason(.recordFields(text: 1, numeric: 3)) == "1 text field, 3 numbers")
    #expect(GuessWords.reason(.headerSkipped(bytes: 100)) == "skips the first 100 bytes")
    #expect(GuessWords.reason(.constantBytes(0xff)) == "every byte is 0xff")
    #expect(GuessWords.reason(.fromHeader(.wav)) == "read from the WAV header")
    #expect(GuessWords.score(0.005) == "0.01")
    #expect(GuessWords.score(1.2) == "1.00")
    #expect(GuessWords.oneDecimal(-0.25) == "-0.3")
  }

  @Test func session() {
    let session = Session()
    let script = """
      array [100.5, 100.25, 100.75, 101, 101.5, 101.25, 101.125, 100.75] as >f4
      guess apply 1
      guess
      guess apply 1
      views
      undo
      """
    let outcome = session.run(script, keepGoing: true)
    let text = outcome.transcript.plainText
    #expect(outcome.failures == 1)
    #expect(text.contains("error: there is no guess to apply yet"))
    #expect(text.contains("1   0.69  >f4    (8,)        0  100% finite and normal"))
    #expect(text.contains("applying: as >f4 at 0\n"))
    #expect(text.contains("* 1  as >f4 at 0"))
    #expect(session.currentView?.dtype.str == ">f4")
  }
}
