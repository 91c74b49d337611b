import ByteLensConsole
import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The interactive session: a prompt showing where you are, a line, its output; errors are
/// reported and the session goes on. Ctrl-C discards the line being typed (or a paste in
/// progress) or stops the command that runs; Ctrl-D on an empty line, `quit` or `exit` end it.
///
/// With a terminal on both sides lines come from libedit (history, completion, ~/.editrc);
/// otherwise they are read plainly, with no prompt, escape codes or history.
struct InteractiveLoop {
  let session: Session
  let runner: Runner

  func run() {
    setlocale(LC_ALL, "")
    Interrupts.install()
    if OutputChannel.standardOutput.isTerminal, let editor = lineEditor() {
      runEditing(editor)
    } else {
      runPlain()
    }
  }

  /// The line editor; nil when libedit cannot start one, or cannot be loaded (said in one
  /// line: the session goes on, its lines read plainly).
  private func lineEditor() -> LineEditor? {
    do throws(LineEditor.LoadError) {
      return try LineEditor(
        historyPath: HistoryFile.path(),
        completer: { [session] in
          Completer(dtype: session.currentView?.dtype, homeDirectory: session.homeDirectory)
        })
    } catch {
      runner.writeError(
        "cannot load libedit (\(error.reason)): no line editing, history or completion")
      return nil
    }
  }

  /// The prompt for the next line: where you are, or that a statement or a paste goes on.
  private func prompt(_ feeder: ScriptFeeder) -> String {
    let main = session.prompt
    let indent = String(repeating: " ", count: max(0, main.count - 8))
    if feeder.isContinuing { return indent + "     … " }
    if session.isPasting { return indent + "paste … " }
    return main
  }

  private func runEditing(_ editor: LineEditor) {
    var feeder = ScriptFeeder()
    while true {
      switch editor.read(prompt: prompt(feeder)) {
      case .end:
        runner.write("\n")
        _ = feed(&feeder, nil)
        return
      case .interrupted:
        feeder = ScriptFeeder(firstLine: feeder.lineNumber + 1)
        session.cancelPaste()
        runner.write("\n")
      case .line(let line):
        if !session.isPasting { editor.remember(line) }
        guard feed(&feeder, line + "\n") else { return }
      }
    }
  }

  private func runPlain() {
    var feeder = ScriptFeeder()
    while let line = readLine(strippingNewline: false) {
      guard feed(&feeder, line) else { return }
    }
    _ = feed(&feeder, nil)
  }

  /// Feeds a line (nil: the end of input) to the session; a Ctrl-C during the commands it runs
  /// stops the one running. Returns whether the session goes on.
  private func feed(_ feeder: inout ScriptFeeder, _ line: String?) -> Bool {
    Cancellation.reset()
    defer { Cancellation.reset() }
    session.terminalSize = TerminalSize.current()  // the window may have been resized
    let report = { (_: Statement, outcome: CommandOutcome) in
      runner.report(outcome, stopOnError: false)
    }
    guard let line else { return feeder.finish(session, report: report) }
    return feeder.feed(line, to: session, report: report)
  }
}
