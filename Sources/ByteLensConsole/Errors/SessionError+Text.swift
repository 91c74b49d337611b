extension SessionError: UserFacingError {
  var message: String {
    switch self {
    case .nothingLoaded:
      return "nothing is loaded"
    case .nothingToUndo(let first):
      return first.map { "nothing to undo: \(quoted($0)) made the first view" }
        ?? "nothing to undo: nothing is loaded"
    case .nothingToRedo:
      return "nothing to redo"
    case .notWholeElements(let bytes, let dtype, let itemsize, _):
      return "cannot view \(bytes) bytes as '\(dtype)': \(bytes) is not a multiple of \(itemsize)"
    case .standardInputHoldsCommands(let path):
      return "standard input holds the commands, so \(quotedPath(path)) cannot also be read as data"
    case .standardInputAlreadyRead(let count):
      return "standard input was read up to \(count) byte\(count == 1 ? "" : "s") by an "
        + "earlier 'load -', and a "
        + "stream cannot be read again"
    case .countTooLarge(let count, let dtype):
      return "count \(count) of '\(dtype)' is more bytes than can be read"
    case .shapeOverflows:
      return "shape overflows"
    case .noSuchMember(let archive, let member, _):
      return "\(quotedPath(archive)) has no member \(quoted(member))"
    case .npzNotWritten:
      return "bytelens does not write .npz archives"
    case .sourceTooDeep(let path, let limit):
      return "'source \(path)' nests more than \(limit) scripts deep"
    case .scriptNotText(let path, let line):
      return "\(Self.place(line, path)) is not UTF-8 text, so it is not a script"
    case .scriptHasNul(let path, let line):
      return "\(Self.place(line, path)) holds a NUL byte, so it is not a script"
    case .scriptLineTooLong(let path, let line, let limit):
      return "\(Self.place(line, path)) is longer than \(ScriptText.spoken(limit)), the "
        + "longest line bytelens reads"
    case .statementTooLong(let line, let limit):
      return "the statement from line \(line) is longer than \(ScriptText.spoken(limit)), "
        + "the longest statement bytelens reads"
    case .pasteTooLarge(let limit):
      return "the pasted dump is larger than \(ScriptText.spoken(limit)), the largest dump "
        + "bytelens reads"
    case .scriptTooLarge(let path, let limit):
      return "\(quotedPath(path)) is larger than \(ScriptText.spoken(limit)), the largest "
        + "script bytelens reads"
    case .dumpTooLarge(let path, let count):
      return "\(quotedPath(path)) has \(count) bytes; a text dump of more than 32 MiB is not read"
    case .exportJSONTooLarge(let count, let limit):
      return "'export json' would write \(count) elements, more than \(limit)"
    case .tobytesTooLarge(let bytes, let limit):
      return "'tobytes' would print \(bytes) bytes, more than \(limit) (a literal "
        + "of up to \(4 * bytes + 3) characters)"
    case .exportCannotRebuild(let command):
      return "export numpy cannot rebuild this view: \(quoted(command)) has no numpy statement"
    case .explainNeedsIntegers(let item):
      return "explain takes one integer per axis (and field names), not \(quoted(item))"
    case .noHelp(let topic, _, _):
      return "no help for \(quoted(topic))"
    case .baseTooLarge(let base, let count):
      return "a base of \(base) leaves no room for the \(count) bytes of the source"
    case .indexOnTextScalar(let dtype):
      return "a '\(dtype)' element is a numpy scalar (np.bytes_ or np.str_), which takes no "
        + "index: numpy hands it to Python's bytes or str"
    }
  }

  var hint: String? {
    switch self {
    case .nothingLoaded:
      return "load a file (load PATH), type bytes (bytes 01 02 ff) or build an array "
        + "(array [1, 2, 3] as i4)"
    case .nothingToUndo:
      return nil
    case .nothingToRedo(let hasViews):
      return hasViews ? "redo follows undo; 'views' lists the views" : nil
    case .notWholeElements(let bytes, let dtype, let itemsize, let offset):
      let fit = bytes / itemsize
      guard fit > 0 else {
        return "the view spans \(bytes) byte\(bytes == 1 ? "" : "s"), fewer than one "
          + "'\(dtype)' (\(itemsize) bytes)"
      }
      let at = offset == 0 ? "" : " at \(offset)"
      return "to read whole elements: as \(dtype)\(at) count \(fit) "
        + "(\(fit) × \(itemsize) = \(fit * itemsize) of the \(bytes) bytes)"
    case .standardInputHoldsCommands:
      return "give the commands with -c or -f: cat FILE | bytelens - -c 'info'"
    case .standardInputAlreadyRead:
      return "load it with the larger count first"
    case .noSuchMember(_, _, let members):
      return members.isEmpty
        ? "the archive is empty"
        : "its members: " + members.map { "\(quoted($0))" }.joined(separator: ", ")
    case .npzNotWritten:
      return "save the view as .npy ('save NAME.npy'); np.savez can gather them"
    case .sourceTooDeep:
      return "does the script source itself?"
    case .exportJSONTooLarge:
      return "select a part first, e.g. [:1000]; 'save PATH npy' writes a view of any size"
    case .tobytesTooLarge:
      return "'tobytes all' prints them all (Ctrl-C stops it); 'save PATH raw' writes them "
        + "to a file"
    case .exportCannotRebuild:
      return "'undo' back to before it, then export"
    case .explainNeedsIntegers:
      return "for example: explain [1, 2], explain [0]['value']"
    case .noHelp(_, let suggestion, let topics):
      return suggestion.map { "did you mean \(quoted($0))?" }
        ?? "'help' lists the commands; topics: " + topics.joined(separator: ", ")
    case .pasteTooLarge:
      return "the rest of the dump, up to the empty line, is skipped; save it in a file and "
        + "load it: load FILE as text"
    case .scriptLineTooLong, .statementTooLong:
      return "give large data in a file: load PATH, or paste a dump"
    case .indexOnTextScalar:
      return "index the array before the element, e.g. '[0, ...]' keeps a 0-d array"
    case .countTooLarge, .shapeOverflows, .scriptNotText, .dumpTooLarge, .baseTooLarge,
      .scriptHasNul, .scriptTooLarge:
      return nil
    }
  }

  /// `line 3 of 'PATH'`, or `line 3` of standard input.
  private static func place(_ line: Int, _ path: String?) -> String {
    path.map { "line \(line) of \(quotedPath($0))" } ?? "line \(line)"
  }
}
