import ByteLensEngine

extension SourceError: UserFacingError {
  public var message: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "cannot open \(quotedPath(path)): \(reason)"
    case .cannotRead(let name, let reason):
      return "cannot read \(quotedPath(name)): \(reason)"
    case .isDirectory(let path):
      return "cannot load \(quotedPath(path)): it is a directory"
    case .outOfRange(let name, let range, let count):
      return "cannot read bytes \(range.lowerBound)..<\(range.upperBound) of \(quotedPath(name)), "
        + "which has \(count) bytes"
    case .shrunk(let name, let count):
      return
        "\(quotedPath(name)) is shorter than when it was opened (\(count) bytes): was it truncated?"
    case .deviceWithoutLimit(let name, let isBlockDevice):
      let what = isBlockDevice ? "a block device" : "a character device"
      return "\(quotedPath(name)) is \(what), which may have no end: it is read only up to a count"
    case .emptyStream(let name, let kind):
      return "\(quotedPath(name)) gave no bytes: \(kind.spokenName) that ended at once"
    case .cannotSpool(let name, let directory, let reason):
      return
        "cannot keep the bytes of \(quotedPath(name)) in a temporary file in "
        + "\(quotedPath(directory)): \(reason)"
    }
  }

  public var hint: String? {
    switch self {
    case .deviceWithoutLimit(let name, _):
      return "say how many bytes to read: load \(name) count 4096"
    default:
      return nil
    }
  }
}
