import ByteLensEngine
import Foundation
import Testing

@testable import ByteLensConsole

/// Input is read within bounds, in linear time, and echoed in a few dozen escaped characters.
@Suite struct BoundedInputTests {
  @Test func aScriptIsCheckedLineByLine() throws {
    #expect(
      try ScriptText.decode(Array("echo a\necho b\n".utf8), path: "s.bl") == "echo a\necho b\n")
    #expect(
      message { try ScriptText.decode(Array("echo a\necho \0b\n".utf8), path: "s.bl") }
        == "line 2 of 's.bl' holds a NUL byte, so it is not a script")
    #expect(
      message { try ScriptText.decode([0x61, 0x0A, 0x0A, 0xFF, 0x0A], path: "s.bl") }
        == "line 3 of 's.bl' is not UTF-8 text, so it is not a script")
    let longLine = [UInt8](repeating: 0x61, count: ScriptText.lineLimit + 1)
    #expect(
      message { try ScriptText.decode(Array("echo\n".utf8) + longLine, path: "s.bl") }
        == "line 2 of 's.bl' is longer than 1 MiB, the longest line bytelens reads")
    let huge = [UInt8](repeating: 0x0A, count: ScriptText.fileLimit + 1)
    #expect(
      message { try ScriptText.decode(huge, path: "/dev/zero") }
        == "'/dev/zero' is larger than 16 MiB, the largest script bytelens reads")
  }

  @Test func aLineOfStandardInputIsCheckedAlone() throws {
    #expect(try ScriptText.line(ArraySlice(Array("show\n".utf8)), number: 4) == "show\n")
    #expect(
      message { try ScriptText.line([0x65, 0x00], number: 4) }
        == "line 4 holds a NUL byte, so it is not a script")
    // The newline does not count towards the limit.
    let full = [UInt8](repeating: 0x61, count: ScriptText.lineLimit) + [0x0A]
    #expect(try ScriptText.line(ArraySlice(full), number: 1).utf8.count == full.count)
    #expect(
      ScriptText.lineTooLong(number: 7).message
        == "line 7 is longer than 1 MiB, the longest line bytelens reads")
  }

  /// A statement open in brackets over many lines is refused once it passes the limit, and the
  /// bracket check reads each line once (a quadratic rescan took minutes here).
  @Test(.timeLimit(.minutes(1)))
  func aStatementOpenInBracketsIsBounded() {
    let session = Session()
    var text = "array [\n"
    for _ in 0..<400_000 { text += "1, 2,\n" }
    text += "3]\necho after\n"
    let outcome = session.run(text)
    #expect(outcome.failures == 1)
    #expect(
      outcome.transcript.plainText.hasPrefix(
        "error: the statement from line 1 is longer than 1 MiB, the longest statement bytelens "
          + "reads\nhint: give large data in a file: load PATH, or paste a dump\n"))
  }

  /// Every blank asked whether the statement so far is `echo`, copying it each time when it
  /// started with a blank (minutes for a 400 KB line).
  @Test(.timeLimit(.minutes(1)))
  func manyWordsAfterABlankLexInLinearTime() {
    let statements = Lexer.statements(
      in: "bytes 00; show " + String(repeating: "a ", count: 200_000))
    #expect(statements.count == 2)
    #expect(statements[1].words.count == 200_001)
  }

  /// Each index of an expression over many lines found its line by reading every line
  /// (minutes for 40,000 lines).
  @Test(.timeLimit(.minutes(1)))
  func anIndexOverManyLinesParsesInLinearTime() {
    let outcome = Session().run("bytes 00; [\n" + String(repeating: "0,\n", count: 40_000) + "0]")
    #expect(
      outcome.transcript.plainText.hasPrefix(
        "error: too many indices for array: array is 1-dimensional, but 40001 were indexed\n"))
  }

  /// An endless paste is not kept without bound: past 32 MiB it fails at once, and the rest of
  /// the dump, up to the empty line, is dropped.
  @Test func aPasteIsBounded() {
    let session = Session()
    var feeder = ScriptFeeder()
    var reported: [String] = []
    let report = { (_: Statement, outcome: CommandOutcome) -> Bool in
      reported.append(outcome.transcript.plainText)
      return true
    }
    _ = feeder.feed("paste\n", to: session, report: report)
    let line = String(repeating: "0", count: 100_000) + "\n"
    for _ in 0..<400 { _ = feeder.feed(line, to: session, report: report) }
    #expect(session.isPasting)
    _ = feeder.feed("\n", to: session, report: report)
    _ = feeder.feed("echo after\n", to: session, report: report)
    #expect(!session.isPasting)
    #expect(
      reported == [
        "",
        "error: the pasted dump is larger than 32 MiB, the largest dump bytelens reads\n"
          + "hint: the rest of the dump, up to the empty line, is skipped; save it in a file "
          + "and load it: load FILE as text\n",
        "after\n",
      ])
  }

  @Test func aStatementUnderTheLimitContinues() {
    let session = Session()
    var text = "array [\n"
    for _ in 0..<1000 { text += "1,\n" }
    text += "1] as u1; info\n"
    let outcome = session.run(text)
    #expect(outcome.failures == 0)
    #expect(outcome.transcript.plainText.contains("shape: (1001,)"))
  }

  @Test func aLongBareWordIsRefusedBeforeParsing() {
    let word = String(repeating: "x", count: Parser.wordLimit + 1)
    let outcome = Session().run("bytes 00; as \(word)")
    #expect(
      outcome.transcript.plainText
        == "error: the word at column 14 has 4097 characters, more than the 4096 a word may have: "
        + "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'\n")
    // At the limit, the dtype parser answers, with the token cut short.
    let atLimit = String(repeating: "y", count: Parser.wordLimit)
    #expect(
      Session().run("bytes 00; as \(atLimit)").transcript.plainText.hasPrefix(
        "error: data type 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…' not understood\n"))
    // echo is prose, and the hex of bytes is data: their words are not tokens.
    #expect(Session().run("echo \(word)").transcript.plainText == word + "\n")
    let hex = String(repeating: "00", count: Parser.wordLimit)
    #expect(Session().run("bytes \(hex); info").failures == 0)
  }

  /// A megabyte of garbage in a dtype: the suggestion search skips names whose length alone
  /// puts them out of reach (the edit distance was quadratic: minutes in a debug build).
  @Test(.timeLimit(.minutes(1)))
  func aHugeDTypeTokenIsRefusedInLinearTime() {
    let token = String(repeating: "x", count: 1 << 20)
    #expect(throws: DTypeError.notUnderstood(token, suggestion: nil)) {
      try DType.parse(token)
    }
  }

  @Test func echoedTokensAreEscapedAndCut() {
    #expect(quoted("abc") == "'abc'")
    #expect(quoted("it's") == "\"it's\"")
    #expect(quoted("\u{1b}]0;owned\u{07}") == "'\\x1b]0;owned\\x07'")
    #expect(
      quoted(String(repeating: "z", count: 100))
        == "'" + String(repeating: "z", count: 40) + "…'")
    #expect(quoted("a\nb", limit: 2) == "'a\\n…'")
    let error = Session().run("bytes 00; as 'x\u{1b}[2J'").transcript.plainText
    #expect(error.hasPrefix("error: data type 'x\\x1b[2J' not understood\n"))
  }

  /// A failure two `source`s deep has one note, naming the innermost script and line.
  @Test func aNestedSourceNotesTheInnermostLine() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-nested-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inner = directory.appendingPathComponent("inner.bl").path
    let outer = directory.appendingPathComponent("outer.bl").path
    try "echo two\nreshape 3\n".write(toFile: inner, atomically: true, encoding: .utf8)
    try "echo one\nsource \(inner)\necho never\n".write(
      toFile: outer, atomically: true, encoding: .utf8)
    let outcome = Session().run("source \(outer)")
    #expect(
      outcome.transcript.plainText == """
        one
        two
        error: nothing is loaded
        hint: load a file (load PATH), type bytes (bytes 01 02 ff) or build an array \
        (array [1, 2, 3] as i4)
        note: in \(inner), line 2: reshape 3

        """)
  }

  @Test func sourceReadsADeviceOnlyUpToTheLimit() {
    let outcome = Session().run("source /dev/zero")
    #expect(
      outcome.transcript.plainText
        == "error: '/dev/zero' is larger than 16 MiB, the largest script bytelens reads\n")
  }

  private func message(_ body: () throws -> Any) -> String? {
    do {
      _ = try body()
      return nil
    } catch let error as any UserFacingError {
      return error.message
    } catch {
      return "\(error)"
    }
  }
}
