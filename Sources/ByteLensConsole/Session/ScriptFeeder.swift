/// Feeds a session line by line, as a script file, standard input or a terminal gives them.
///
/// A statement left open inside brackets waits for the lines that close it; the lines after
/// `paste` go to the paste until an empty line (or the end of the input). `Session.run` and
/// the executable's batch and interactive loops all read through one of these, so `paste`
/// works the same in each.
public struct ScriptFeeder {
  private var pending = ""
  private var pendingLine = 1
  /// Whether `pending` is open in brackets, kept up to date line by line.
  private var scanner = Lexer.ContinuationScanner()
  /// The number of the last line fed.
  public private(set) var lineNumber: Int

  public init(firstLine: Int = 1) {
    lineNumber = firstLine - 1
  }

  /// Whether a statement is waiting for more lines (it is open inside brackets).
  public var isContinuing: Bool { !pending.isEmpty }

  /// The lines of `text`, each ending with a newline (any of `\n`, `\r\n`, `\r`).
  public static func lines(of text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if character.isNewline {
        lines.append(current)
        current = ""
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Feeds one line of input.
  /// - Parameter report: called with each outcome and the statement that produced it;
  ///   returns whether to go on.
  /// - Returns: false when `report` said to stop.
  public mutating func feed(
    _ line: String, to session: Session, report: (Statement, CommandOutcome) -> Bool
  ) -> Bool {
    lineNumber += 1
    if session.isPasting && pending.isEmpty {
      guard let (statement, outcome) = session.continuePaste(with: line, lineNumber: lineNumber)
      else { return true }
      return report(statement, outcome)
    }
    if pending.isEmpty { pendingLine = lineNumber }
    guard pending.utf8.count + line.utf8.count <= ScriptText.lineLimit else {
      let error = SessionError.statementTooLong(line: pendingLine, limit: ScriptText.lineLimit)
      let statement = Statement(
        String(pending.prefix(80)), at: SourceLocation(line: pendingLine, column: 1))
      pending = ""
      scanner = Lexer.ContinuationScanner()
      return report(statement, .failure(error.message, hint: error.hint))
    }
    pending += line
    scanner.consume(line)
    if scanner.needsContinuation { return true }
    return runPending(session, report: report)
  }

  /// Counts a line that was not fed (one that was refused before it could be read as text).
  public mutating func skipLine() {
    lineNumber += 1
  }

  /// Ends the input: runs a statement still waiting for its closing bracket (which then
  /// reports it), and finishes a paste in progress.
  public mutating func finish(
    _ session: Session, report: (Statement, CommandOutcome) -> Bool
  ) -> Bool {
    if !pending.isEmpty, !runPending(session, report: report) { return false }
    if let (statement, outcome) = session.finishPaste() { return report(statement, outcome) }
    return true
  }

  private mutating func runPending(
    _ session: Session, report: (Statement, CommandOutcome) -> Bool
  ) -> Bool {
    let text = pending
    pending = ""
    scanner = Lexer.ContinuationScanner()
    let statements = Lexer.statements(in: text, firstLine: pendingLine)
    for (index, statement) in statements.enumerated() {
      var outcome = session.execute(statement)
      if session.isPasting && index < statements.count - 1 {
        session.cancelPaste()
        outcome = .failure(
          "'paste' must be the last command on its line: the lines after it are the dump",
          hint: "put '\(statements[index + 1].text)' on a line of its own after the dump")
      }
      guard report(statement, outcome) else { return false }
    }
    return true
  }
}
