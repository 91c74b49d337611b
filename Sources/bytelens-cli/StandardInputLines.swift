import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines of standard input, read as they arrive, each at most `limit` bytes: a line that
/// grows past the limit (one endless line, as `/dev/zero` gives) ends the reading instead of
/// filling memory.
struct StandardInputLines {
  enum Line {
    /// A line's bytes, with its newline if it had one.
    case line(ArraySlice<UInt8>)
    /// A line that reached `limit` bytes without ending.
    case tooLong
  }

  private let limit: Int
  private var buffer: [UInt8] = []
  /// Where the next line starts in `buffer`.
  private var start = 0
  /// How far `buffer` has been searched for a newline.
  private var searched = 0
  private var atEnd = false

  init(limit: Int) { self.limit = limit }

  /// The next line, or nil at the end of the input (or after a read error, or Ctrl-C).
  mutating func next() -> Line? {
    while true {
      if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = buffer[start...newline]
        start = newline + 1
        searched = start
        return line.count - 1 > limit ? .tooLong : .line(line)
      }
      searched = buffer.count
      if buffer.count - start > limit { return .tooLong }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = buffer[start...]
        start = buffer.count
        return .line(line)
      }
      fill()
    }
  }

  /// Reads the next chunk, dropping the lines already returned.
  private mutating func fill() {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      searched -= start
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR && !Cancellation.isRequested { continue }
      if count <= 0 {
        atEnd = true
        return
      }
      buffer.append(contentsOf: chunk[0..<count])
      return
    }
  }
}
