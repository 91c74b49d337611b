import ByteLensEngine

/// `tobytes`: the bytes of the current view as Python writes them.
extension Session {
  /// The most bytes plain `tobytes` prints: a literal of up to four characters a byte is
  /// made in memory. `tobytes all` streams any number.
  static let tobytesLimit = 1 << 20

  /// `tobytes [all] [C|F|A|K]`: the Python bytes literal of `a.tobytes(order)`, then its
  /// length. With `all` and a `liveOutput`, the literal is streamed a megabyte of bytes at a
  /// time, so memory stays flat; Ctrl-C stops it, leaving a prefix of the literal on its line.
  func tobytes(_ order: Command.MemoryLayout, all: Bool) throws -> CommandOutcome {
    let entry = try requireCurrent()
    // A numpy scalar's tobytes() gives its own bytes: native order, text without trailing NULs.
    let view = entry.isScalar ? try entry.view.numpyScalarElement() : entry.view
    let nbytes = view.nbytes
    guard all || nbytes <= Session.tobytesLimit else {
      throw SessionError.tobytesTooLarge(bytes: nbytes, limit: Session.tobytesLimit)
    }
    let order = memoryOrder(order)
    var tail = StyledText()
    tail.appendLine()
    tail.appendLine("\(nbytes) byte\(nbytes == 1 ? "" : "s")", role: .muted)
    guard all, let liveOutput else {
      var output = StyledText()
      try BytesLiteralWriter.write(view, order: order) { output.append($0, role: .value) }
      output.append(tail)
      return CommandOutcome(output: output)
    }
    var started = false
    do {
      try BytesLiteralWriter.write(view, order: order) { piece in
        started = true
        try liveOutput(StyledText(piece, role: .value))
      }
    } catch where started {
      // The literal stops mid-line (Ctrl-C, a failed read): end the line, so the error
      // starts on its own.
      try? liveOutput(StyledText("\n"))
      throw error
    }
    try liveOutput(tail)
    return CommandOutcome()
  }
}
