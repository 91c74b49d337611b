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
    var pending = PendingLines()
    while true {
      let prompt =
        pending.isEmpty
        ? session.prompt : String(repeating: " ", count: max(0, session.prompt.count - 2)) + "… "
      switch editor.read(prompt: prompt) {
      case .end:
        runner.write("\n")
        return
      case .interrupted:
        pending.discard()
        runner.write("\n")
      case .line(let line):
        guard let (text, firstLine) = pending.add(line) else { continue }
        editor.remember(String(text.dropLast()))
        guard execute(text, firstLine: firstLine) else { return }
      }
    }
  }

  private func runPlain() {
    var pending = PendingLines()
    while let line = readLine(strippingNewline: false) {
      guard let (text, firstLine) = pending.add(line) else { continue }
      guard execute(text, firstLine: firstLine) else { return }
    }
    if let (text, firstLine) = pending.take() { _ = execute(text, firstLine: firstLine) }
  }

  /// Runs a line's statements; a Ctrl-C during them stops the one running. Returns whether
  /// the session goes on.
  private func execute(_ text: String, firstLine: Int) -> Bool {
    Cancellation.reset()
    defer { Cancellation.reset() }
    return runner.runScript(text, firstLine: firstLine, session, stopOnError: false)
  }
}
