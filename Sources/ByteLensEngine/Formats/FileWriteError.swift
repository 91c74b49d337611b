/// Why `AtomicFileWriter` did not write a file. Cases carry the path and, for a system call
/// that failed, the system's words (`strerror`); the console words them
/// (`FileWriteError+Text.swift`).
public enum FileWriteError: Error, Equatable, Sendable {
  /// What stands at a path that is not a regular file (nor a directory).
  public enum SpecialFile: Equatable, Sendable {
    case fifo, characterDevice, blockDevice, socket
  }

  case emptyPath
  case isDirectory(path: String)
  /// The path is a FIFO, a device or a socket: only a regular file is ever replaced.
  case notRegularFile(path: String, kind: SpecialFile)
  /// The path is a symbolic link (to `destination`, as the link spells it): a link is never
  /// followed nor replaced.
  case symbolicLink(path: String, destination: String)
  /// The path names a file the session reads from.
  case readBySession(path: String)
  /// The path exists and replacing it was not asked for.
  case exists(path: String)
  /// Creating, writing, syncing or renaming the file failed.
  case cannotWrite(path: String, reason: String)
}
