/// Why `guess` or `guess apply` could not run in this session. Worded in
/// `Errors/GuessSessionError+Text.swift`.
enum GuessSessionError: Error, Equatable {
  /// The source (a file, a stream, typed bytes) holds no bytes at all.
  case emptySource(name: String)
  /// The view spans no bytes; `canUndo` when an earlier view is there to go back to.
  case emptyView(shape: [Int], canUndo: Bool)
  /// `guess apply` before any `guess`.
  case applyBeforeGuess
  /// `guess apply N` with N past the `count` candidates of the last guess.
  case noSuchCandidate(number: Int, count: Int)
  /// `guess apply` after the source changed since the guess (another `load`).
  case guessForAnotherSource(guessed: String, current: String)
}
