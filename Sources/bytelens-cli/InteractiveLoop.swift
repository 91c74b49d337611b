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
/// reported and the session goes on. Ctrl-C discards the line being typed or stops the command
/// that runs; Ctrl-D on an empty line, `quit` or `exit` end it.
///
/// With a terminal on both sides lines come from libedit (history, completion, ~/.editrc);
/// otherwise they are read plainly, with no prompt, escape codes or history.
struct InteractiveLoop {
  let session: Session
  let runner: Runner

  func run() {
    setlocale(LC_ALL, "")
    Interrupts.install()
    if OutputChannel.standardOutput.isTerminal,
      let editor = LineEditor(
        historyPath: HistoryFile.path(),
        completer: { [session] in Completer(dtype: session.currentView?.dtype) })
    {
      runEditing(editor)
    } else {
      runPlain()
    }
  }

  private func runEditing(_ editor: LineEditor) {
    var pending = ""
    var lineNumber = 0
    var pendingLine = 1
    while true {
      let prompt = pending.isEmpty ? session.prompt : String(repeating: " ", count: max(0, session.prompt.count - 2)) + "… "
      switch editor.read(prompt: prompt) {
      case .end:
        runner.write("\n")
        return
      case .interrupted:
        pending = ""
        runner.write("\n")
      case .line(let line):
        lineNumber += 1
        if pending.isEmpty { pendingLine = lineNumber }
        pending += line + "\n"
        if Lexer.needsContinuation(pending) { continue }
        let text = pending
        pending = ""
        editor.remember(String(text.dropLast()))
        guard execute(text, firstLine: pendingLine) else { return }
      }
    }
  }

  private func runPlain() {
    var pending = ""
    var lineNumber = 0
    var pendingLine = 1
    while let line = readLine(strippingNewline: false) {
      lineNumber += 1
      if pending.isEmpty { pendingLine = lineNumber }
      pending += line
      if Lexer.needsContinuation(pending) { continue }
      let text = pending
      pending = ""
      guard execute(text, firstLine: pendingLine) else { return }
    }
  }

  /// Runs a line's statements; a Ctrl-C during them stops the one running. Returns whether
  /// the session goes on.
  private func execute(_ text: String, firstLine: Int) -> Bool {
    Cancellation.reset()
    defer { Cancellation.reset() }
    return runner.runScript(text, firstLine: firstLine, session, stopOnError: false)
  }
}
