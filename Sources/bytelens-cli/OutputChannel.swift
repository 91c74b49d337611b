#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file descriptor written with whole buffers: one `write(2)` per `send` (more only when the
/// kernel takes part of a large buffer).
struct OutputChannel {
  let descriptor: Int32

  static let standardOutput = OutputChannel(descriptor: 1)
  static let standardError = OutputChannel(descriptor: 2)

  /// Whether the descriptor is a terminal.
  var isTerminal: Bool { isatty(descriptor) == 1 }

  /// Writes all of `text`.
  /// - Returns: false when the reader has gone away (a closed pipe) or another error occurred.
  @discardableResult
  func send(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { send(UnsafeRawBufferPointer($0)) }
  }

  /// Writes all of `bytes`.
  /// - Returns: false when the reader has gone away (a closed pipe) or another error occurred.
  @discardableResult
  func send(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { send($0) }
  }

  func send(_ buffer: UnsafeRawBufferPointer) -> Bool {
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return true }
    var start = 0
    while start < buffer.count {
      let written = write(descriptor, base + start, buffer.count - start)
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      start += written
    }
    return true
  }
}
