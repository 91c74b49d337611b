import ByteLensEngine

extension DumpNote {
  /// The note as a `note:` line says it.
  public var text: String {
    switch self {
    case .textColumnDiffers(nil, _):
      return "the text column does not show the same bytes as the hex"
    case .textColumnDiffers(let line?, let otherLines):
      let more = otherLines > 0 ? " (and \(otherLines) more)" : ""
      return "the text column of line \(line)\(more) does not show the same bytes as the hex"
    case .fillZerosKept(let wordSize):
      return "without offsets, zero bytes that od added to fill the last \(wordSize)-byte word "
        + "cannot be told from data: the last word's zeros are kept"
    }
  }
}
