import ByteLensConsole
// The line editor (history, completion, ~/.editrc) comes with the next issue and will use
// libedit through these shims; until then the loop reads plain lines.
import CEditLine

/// The interactive session: a prompt, a line, its output; errors are reported and the session
/// goes on. Ends at end of input (Ctrl-D) or `quit`.
struct InteractiveLoop {
  let session: Session
  let runner: Runner

  static let prompt = "bytelens › "
  static let continuationPrompt = "         … "

  func run() {
    var pending = ""
    var lineNumber = 0
    var pendingLine = 1
    while true {
      runner.write(
        StyledText(pending.isEmpty ? Self.prompt : Self.continuationPrompt, role: .prompt))
      guard let line = readLine(strippingNewline: false) else {
        runner.write("\n")
        return
      }
      lineNumber += 1
      if pending.isEmpty { pendingLine = lineNumber }
      pending += line
      if Lexer.needsContinuation(pending) { continue }
      let text = pending
      pending = ""
      guard runner.runScript(text, firstLine: pendingLine, session, stopOnError: false) else {
        return
      }
    }
  }
}
