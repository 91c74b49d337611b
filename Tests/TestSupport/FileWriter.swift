#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes small files for tests that need a script or data on disk.
public enum FileWriter {
  @discardableResult
  public static func write(_ bytes: [UInt8], to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return bytes.withUnsafeBytes { writeAll(fd, $0) }
  }

  @discardableResult
  public static func write(_ text: String, to path: String) -> Bool {
    write(Array(text.utf8), to: path)
  }

  public static func remove(_ path: String) { unlink(path) }
}

/// `write(2)` until every byte is written; at file scope, where `FileWriter.write` does not
/// hide the system's `write` (so this compiles with Glibc and Darwin alike).
private func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
  var done = 0
  while done < buffer.count {
    let wrote = write(fd, buffer.baseAddress! + done, buffer.count - done)
    if wrote < 0, errno == EINTR { continue }
    guard wrote > 0 else { return false }
    done += wrote
  }
  return true
}
