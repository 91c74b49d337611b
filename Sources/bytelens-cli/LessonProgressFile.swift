import ByteLensConsole

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lessons solved, kept beside the history: `$XDG_STATE_HOME/bytelens/lessons`, one
/// lesson id a line. A file that cannot be read counts as no progress; one that cannot be
/// written leaves the progress to this session.
final class LessonProgressFile: LessonProgressStore {
  /// The most bytes read from the file: ids are short, and a file larger than this is not ours.
  static let sizeLimit = 64 * 1024

  private let path: String
  private var solved: Set<String>

  init(path: String) {
    self.path = path
    solved = LessonProgressFile.load(path)
  }

  func solvedLessons() -> Set<String> { solved }

  func markSolved(_ id: String) {
    guard solved.insert(id).inserted else { return }
    store()
  }

  private static func load(_ path: String) -> Set<String> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
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
    return Set(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
  }

  /// Writes every id to a temporary file beside `path`, then renames it over `path`, so that
  /// the file is never half written.
  private func store() {
    let temporary = path + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    let bytes = Array(solved.sorted().map { $0 + "\n" }.joined().utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + written, bytes.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      written += count
    }
    close(descriptor)
    // A short write, or a rename refused (a directory at `path`), leaves no temporary behind.
    if written != bytes.count || rename(temporary, path) != 0 {
      unlink(temporary)
    }
  }
}
