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
    return bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count
  }

  @discardableResult
  public static func write(_ text: String, to path: String) -> Bool {
    write(Array(text.utf8), to: path)
  }

  public static func remove(_ path: String) { unlink(path) }
}
