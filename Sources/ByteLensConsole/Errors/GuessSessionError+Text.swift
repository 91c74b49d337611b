import ByteLensEngine

extension GuessSessionError: UserFacingError {
  var message: String {
    switch self {
    case .emptySource(let name):
      return "\(quotedPath(name)) has no bytes: there is nothing to guess from"
    case .emptyView(let shape, _):
      return
        "the view is empty (shape \(PythonRepr.tuple(shape))): there are no bytes to guess from"
    case .applyBeforeGuess:
      return "there is no guess to apply yet"
    case .noSuchCandidate(let number, let count):
      return count == 0
        ? "the last guess has no candidates, so there is no number \(number) to apply"
        : "the last guess has \(count) candidate\(count == 1 ? "" : "s"), so there is no "
          + "number \(number)"
    case .guessForAnotherSource(let guessed, let current):
      return guessed == current
        ? "the last guess was about bytes loaded before the current \(quotedPath(current))"
        : "the last guess was about \(quotedPath(guessed)), not \(quotedPath(current))"
    }
  }

  var hint: String? {
    switch self {
    case .emptySource: return nil
    case .emptyView(_, let canUndo): return canUndo ? "'undo' goes back to a view with bytes" : nil
    case .applyBeforeGuess, .guessForAnotherSource: return "run 'guess' first"
    case .noSuchCandidate(_, let count):
      return count == 0 ? nil : "choose 1 to \(count)"
    }
  }
}
