import ByteLensEngine

/// Why a command could not run in this session: the state of the session, not the bytes.
/// Worded in `Errors/SessionError+Text.swift`.
enum SessionError: Error, Equatable {
  case nothingLoaded
  /// `undo` at the first view (`firstCommand` made it) or with nothing loaded (nil).
  case nothingToUndo(firstCommand: String?)
  case nothingToRedo(hasViews: Bool)
  /// `as DT` over a window whose `bytes` are not whole elements of `dtype`.
  case notWholeElements(bytes: Int, dtype: String, itemsize: Int, offset: Int)
  /// `load -` (or `/dev/stdin`) while the commands come from standard input.
  case standardInputHoldsCommands(path: String)
  /// A later `load -` wants more than the `count` bytes an earlier one read.
  case standardInputAlreadyRead(count: Int)
  /// `load … count N`: more bytes than an offset can name.
  case countTooLarge(count: Int, dtype: String)
  case shapeOverflows
  case noSuchMember(archive: String, member: String, members: [String])
  case npzNotWritten
  case sourceTooDeep(path: String, limit: Int)
  /// A script (or, with no path, standard input) whose line `line` is not UTF-8.
  case scriptNotText(path: String?, line: Int)
  /// A script whose line `line` holds a NUL byte.
  case scriptHasNul(path: String?, line: Int)
  /// A script line longer than `ScriptText.lineLimit` bytes.
  case scriptLineTooLong(path: String?, line: Int, limit: Int)
  /// A statement, open in brackets from line `line`, longer than `limit` bytes.
  case statementTooLong(line: Int, limit: Int)
  /// A script file (or a device, a FIFO) larger than `ScriptText.fileLimit` bytes.
  case scriptTooLarge(path: String, limit: Int)
  /// A `paste` whose lines pass `limit` bytes.
  case pasteTooLarge(limit: Int)
  case dumpTooLarge(path: String, count: Int)
  case exportJSONTooLarge(count: Int, limit: Int)
  case tobytesTooLarge(bytes: Int, limit: Int)
  /// `export numpy` after `command`, which has no numpy statement.
  case exportCannotRebuild(command: String)
  case explainNeedsIntegers(item: String)
  case noHelp(topic: String, suggestion: String?, topics: [String])
  /// `set base N` with no room for the source's bytes above `base`.
  case baseTooLarge(base: Int, count: Int)
  /// An index on a numpy bytes_/str_ scalar (`a[0][()]` of an `S3` array): they are Python's
  /// bytes and str, which numpy's indexing does not reach.
  case indexOnTextScalar(dtype: String)
}
