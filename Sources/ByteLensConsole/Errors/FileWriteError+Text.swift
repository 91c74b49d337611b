import ByteLensEngine

extension FileWriteError: UserFacingError {
  public var message: String {
    switch self {
    case .emptyPath: return "cannot write a file with an empty name"
    case .isDirectory(let path): return "cannot write \(quotedPath(path)): it is a directory"
    case .readBySession(let path):
      return "cannot write \(quotedPath(path)): the session is reading from it"
    case .exists(let path): return "\(quotedPath(path)) already exists"
    case .cannotWrite(let path, let reason): return "cannot write \(quotedPath(path)): \(reason)"
    }
  }

  public var hint: String? {
    switch self {
    case .readBySession: return "save to another path; bytelens never changes a file it reads"
    case .exists: return "use 'save! …' to replace it"
    default: return nil
    }
  }
}
