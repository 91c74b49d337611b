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
  static let pastePrompt = "    paste … "

  func run() {
    var feeder = ScriptFeeder()
    while true {
      let prompt =
        session.isPasting && !feeder.isContinuing
        ? Self.pastePrompt : feeder.isContinuing ? Self.continuationPrompt : Self.prompt
      runner.write(StyledText(prompt, role: .prompt))
      guard let line = readLine(strippingNewline: false) else {
        runner.write("\n")
        _ = feeder.finish(session) { runner.report($1, stopOnError: false) }
        return
      }
      guard feeder.feed(line, to: session, report: { runner.report($1, stopOnError: false) })
      else { return }
    }
  }
}
