import ByteLensEngine

extension StyledText {
  /// The text cut at each newline, roles kept, newlines dropped; a last line without a
  /// newline is a line too.
  var lines: [StyledText] {
    var lines: [StyledText] = []
    var line = StyledText()
    var hasOpenLine = false
    for span in spans {
      var pieces = span.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
      while let piece = pieces.popFirst() {
        if !piece.isEmpty {
          line.append(String(piece), role: span.role)
          hasOpenLine = true
        }
        if !pieces.isEmpty {
          lines.append(line)
          line = StyledText()
          hasOpenLine = false
        }
      }
    }
    if hasOpenLine { lines.append(line) }
    return lines
  }
}
