import ByteLensConsole

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lessons solved, kept beside the history: `$XDG_STATE_HOME/bytelens/lessons`, one
/// lesson id a line. A file that cannot be read counts as no progress, and lines that are not
/// ids (a damaged file) are dropped; one that cannot be written leaves the progress to this
/// session, which says so once.
final class LessonProgressFile: LessonProgressStore {
  /// The most bytes read from the file: ids are short, and a file larger than this is not ours.
  static let sizeLimit = 64 * 1024
  /// The longest line kept as an id.
  static let idLengthLimit = 64

  private let path: String
  private var solved: Set<String>

  init(path: String) {
    self.path = path
    solved = LessonProgressFile.load(path)
  }

  func solvedLessons() -> Set<String> { solved }

  func markSolved(_ id: String) throws(LessonProgressNotKept) {
    guard solved.insert(id).inserted else { return }
    // Another session may have solved lessons since this one read the file: keep theirs too.
    solved.formUnion(LessonProgressFile.load(path))
    try store()
  }

  /// Whether `line` can be a lesson id: lowercase letters, digits and '-'.
  static func isLessonID(_ line: Substring) -> Bool {
    let isIDByte = { (byte: UInt8) in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }
    return !line.isEmpty && line.utf8.count <= idLengthLimit && line.utf8.allSatisfy(isIDByte)
  }

  private static func load(_ path: String) -> Set<String> {
    // Non-blocking, and only a regular file: a FIFO or a device at `path` must not hang the
    // start of a session.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return [] }
    var bytes = [UInt8](repeating: 0, count: sizeLimit)
    var filled = 0
    while filled < sizeLimit {
      let count = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + filled, sizeLimit - filled)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      filled += count
    }
    let text = String(decoding: bytes[..<filled], as: UTF8.self)
    return Set(text.split(separator: "\n").filter(isLessonID).map(String.init))
  }

  /// Writes every id to a temporary file beside `path`, then renames it over `path`, so that
  /// the file is never half written.
  private func store() throws(LessonProgressNotKept) {
    let temporary = path + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw notKept() }
    let bytes = Array(solved.sorted().map { $0 + "\n" }.joined().utf8)
    var written = 0
    var failure: LessonProgressNotKept? = nil
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + written, bytes.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        failure = notKept()
        break
      }
      written += count
    }
    close(descriptor)
    if failure == nil && rename(temporary, path) != 0 { failure = notKept() }
    // A short write, or a rename refused (a directory at `path`), leaves no temporary behind.
    if let failure {
      unlink(temporary)
      throw failure
    }
  }

  /// What the system said to the last call that failed.
  private func notKept() -> LessonProgressNotKept {
    LessonProgressNotKept(path: path, reason: String(cString: strerror(errno)))
  }
}
