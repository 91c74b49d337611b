import ByteLensEngine

extension FileWriteError: UserFacingError {
  public var message: String {
    switch self {
    case .emptyPath: return "cannot write a file with an empty name"
    case .isDirectory(let path): return "cannot write \(quotedPath(path)): it is a directory"
    case .notRegularFile(let path, let kind):
      return "cannot write \(quotedPath(path)): it is \(kind.words), not a regular file"
    case .symbolicLink(let path, let destination):
      return "cannot write \(quotedPath(path)): it is a symbolic link (to \(quotedPath(destination)))"
    case .readBySession(let path):
      return "cannot write \(quotedPath(path)): the session is reading from it"
    case .exists(let path): return "\(quotedPath(path)) already exists"
    case .cannotWrite(let path, let reason): return "cannot write \(quotedPath(path)): \(reason)"
    }
  }

  public var hint: String? {
    switch self {
    case .notRegularFile:
      return "save writes and replaces only regular files; give the path of a file"
    case .symbolicLink:
      return "save never follows nor replaces a link; give the path of the file it names"
    case .readBySession: return "save to another path; bytelens never changes a file it reads"
    case .exists: return "use 'save! …' to replace it"
    default: return nil
    }
  }
}

extension FileWriteError.SpecialFile {
  var words: String {
    switch self {
    case .fifo: return "a FIFO (named pipe)"
    case .characterDevice: return "a character device"
    case .blockDevice: return "a block device"
    case .socket: return "a socket"
    }
  }
}
