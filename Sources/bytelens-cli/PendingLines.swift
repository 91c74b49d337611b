import ByteLensConsole

/// Lines typed or piped one at a time, gathered until a statement open in brackets is closed.
struct PendingLines {
  private var text = ""
  private var firstLine = 1
  private var lineNumber = 0

  /// Adds a line (with or without its newline); returns the text to run and the number of its
  /// first line once no bracket is left open.
  mutating func add(_ line: String) -> (text: String, firstLine: Int)? {
    lineNumber += 1
    if text.isEmpty { firstLine = lineNumber }
    text += line.hasSuffix("\n") ? line : line + "\n"
    if Lexer.needsContinuation(text) { return nil }
    return take()
  }

  /// Whatever is left at the end of input.
  mutating func take() -> (text: String, firstLine: Int)? {
    guard !text.isEmpty else { return nil }
    defer { text = "" }
    return (text, firstLine)
  }

  /// Drops an unfinished statement (Ctrl-C).
  mutating func discard() { text = "" }

  var isEmpty: Bool { text.isEmpty }
}
