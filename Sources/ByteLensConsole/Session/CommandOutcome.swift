import ByteLensEngine

/// What running one command produced.
public struct CommandOutcome: Sendable {
  /// Text for standard output.
  public var output: StyledText
  /// `error: …` and `hint: …` lines, for standard error.
  public var diagnostics: StyledText
  /// Whether the command failed (then `diagnostics` says why).
  public var failed: Bool
  /// Whether the command asked to end the session (`quit`).
  public var quits: Bool

  public init(
    output: StyledText = StyledText(), diagnostics: StyledText = StyledText(),
    failed: Bool = false, quits: Bool = false
  ) {
    self.output = output
    self.diagnostics = diagnostics
    self.failed = failed
    self.quits = quits
  }

  /// A failed outcome with one `error:` line and an optional `hint:` line.
  public static func failure(_ message: String, hint: String? = nil) -> CommandOutcome {
    var diagnostics = StyledText()
    diagnostics.append("error:", role: .error)
    diagnostics.appendLine(" " + message)
    if let hint, !hint.isEmpty {
      diagnostics.append("hint:", role: .hint)
      diagnostics.appendLine(" " + hint)
    }
    return CommandOutcome(diagnostics: diagnostics, failed: true)
  }

  /// A successful outcome whose output is one JSON document on one line: several commands
  /// under `--json` print JSON Lines, one document a line, which a script reads line by line.
  public static func json(_ document: JSONValue) -> CommandOutcome {
    var output = StyledText()
    output.appendLine(document.rendered())
    return CommandOutcome(output: output)
  }

  /// Output followed by diagnostics, as a user sees them on one terminal.
  public var transcript: StyledText { output + diagnostics }

  /// Whether a `note:` line already says where in a script the failure stands.
  public internal(set) var notesScriptLine = false

  /// Adds the line that says where in a script file the failed `statement` stands:
  /// `note: in PATH, line N: STATEMENT`. `source` and `bytelens -f` both say it this way.
  ///
  /// Only the innermost script is named: when a `source`d script fails inside another (or
  /// inside `-f`), the outer levels add nothing, so a failure has at most one note line.
  /// The path and the statement are escaped and the statement cut to an excerpt.
  public mutating func noteScriptLine(_ statement: Statement, in path: String) {
    guard !notesScriptLine else { return }
    notesScriptLine = true
    diagnostics.appendLine(
      "note: in \(PythonRepr.escaped(path)), line \(statement.location.line): "
        + PythonRepr.excerpt(statement.text, limit: 60), role: .hint)
  }
}

/// What running a script produced.
public struct ScriptOutcome: Sendable {
  /// Every command's output and diagnostics, interleaved in order.
  public var transcript: StyledText
  /// The number of commands that failed.
  public var failures: Int
  /// Whether the script stopped early: at an error (without keep-going) or at `quit`.
  public var stoppedEarly: Bool

  public var failed: Bool { failures > 0 }
}
