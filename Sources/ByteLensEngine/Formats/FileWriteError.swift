/// Why `AtomicFileWriter` did not write a file. Cases carry the path and, for a system call
/// that failed, the system's words (`strerror`); the console words them
/// (`FileWriteError+Text.swift`).
public enum FileWriteError: Error, Equatable, Sendable {
  case emptyPath
  case isDirectory(path: String)
  /// The path names a file the session reads from.
  case readBySession(path: String)
  /// The path exists and replacing it was not asked for.
  case exists(path: String)
  /// Creating, writing, syncing or renaming the file failed.
  case cannotWrite(path: String, reason: String)
}
