/// Why bytes could not be had from a file, a stream or a device.
public enum SourceError: Error, Equatable, Sendable {
  /// `open(2)` failed; `reason` is the system's words (`strerror`).
  case cannotOpen(path: String, reason: String)
  /// `read(2)`, `pread(2)` or `fstat(2)` failed.
  case cannotRead(name: String, reason: String)
  case isDirectory(path: String)
  /// A read outside the source: bytes `range` of a source of `count` bytes.
  case outOfRange(name: String, range: Range<Int>, count: Int)
  /// The file is shorter than the `count` bytes it had when it was opened.
  case shrunk(name: String, count: Int)
  /// A device, which may never end, asked to be read without a limit.
  case deviceWithoutLimit(name: String, isBlockDevice: Bool)
  /// A stream that ended before its first byte.
  case emptyStream(name: String, kind: StreamByteSource.Kind)
  /// A large stream could not be kept in a temporary file in `directory`.
  case cannotSpool(name: String, directory: String, reason: String)
}
