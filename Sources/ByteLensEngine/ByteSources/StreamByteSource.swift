#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes read once, front to back, from something that cannot be read at an offset: a pipe, a
/// FIFO, a socket, a terminal, a character device, or a file whose size reads 0 (`/proc`).
///
/// The bytes are held in memory; past `spoolThreshold` they move to an unlinked temporary file,
/// which disappears with the source (or the process), so a large stream costs disk, not memory.
public final class StreamByteSource: ByteSource {
  /// What the bytes were read from, for `info`.
  public enum Kind: Sendable, Equatable {
    case pipe, socket, terminal, characterDevice
    /// A regular file that says it is empty but is not (`/proc/self/maps`).
    case unsizedFile
  }

  public let name: String
  public let kind: Kind
  /// Whether reading stopped at the requested number of bytes, before the stream's end.
  public let stoppedAtLimit: Bool
  /// Whether the bytes were moved to a temporary file.
  public let isSpooled: Bool
  let storage: any ByteSource

  /// Bytes kept in memory before the rest goes to a temporary file.
  public static let spoolThreshold = 64 * 1024 * 1024

  public var count: Int { storage.count }

  public func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R)
    throws -> R
  {
    try storage.withBytes(in: range, body)
  }

  /// Reads `descriptor` to its end, or to `limit` bytes. Does not close it.
  ///
  /// Ctrl-C (`Cancellation`) stops a read that is waiting for data.
  /// - Parameter spoolThreshold: bytes held in memory before spooling (tests make it small).
  public init(
    reading descriptor: Int32, name: String, kind: Kind, limit: Int? = nil,
    spoolThreshold: Int = StreamByteSource.spoolThreshold
  ) throws {
    self.name = name
    self.kind = kind
    var memory: [UInt8] = []
    var spool: SpoolFile? = nil
    var total = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var reachedLimit = false
    while true {
      let wanted = limit.map { min(chunk.count, $0 - total) } ?? chunk.count
      if wanted == 0 {
        reachedLimit = true
        break
      }
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, wanted) }
      if got < 0 {
        if errno == EINTR {
          try Cancellation.check()
          continue
        }
        throw SourceError.cannotRead(name: name, reason: String(cString: strerror(errno)))
      }
      if got == 0 { break }
      try Cancellation.check()
      total += got
      if let spool {
        try spool.append(chunk[0..<got])
      } else if total > spoolThreshold {
        let file = try SpoolFile(for: name)
        try file.append(memory[...])
        try file.append(chunk[0..<got])
        memory = []
        spool = file
      } else {
        memory.append(contentsOf: chunk[0..<got])
      }
    }
    stoppedAtLimit = reachedLimit
    if let spool {
      storage = try spool.source(name: name, count: total)
      isSpooled = true
    } else {
      storage = MemoryByteSource(memory, name: name)
      isSpooled = false
    }
  }
}

/// An unlinked temporary file that a large stream is written to, then read back lazily.
private final class SpoolFile {
  private var descriptor: Int32
  private let streamName: String
  private let directory: String

  init(for streamName: String) throws {
    self.streamName = streamName
    let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    self.directory = directory
    var template = Array((directory + "/bytelens-stream-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw SourceError.cannotSpool(
        name: streamName, directory: directory, reason: String(cString: strerror(errno)))
    }
    // Unlinked at once: the file goes when the descriptor closes, however the process ends.
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    descriptor = fd
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  func append(_ bytes: ArraySlice<UInt8>) throws {
    var done = 0
    try bytes.withUnsafeBytes { buffer in
      while done < buffer.count {
        let wrote = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
        if wrote < 0 {
          if errno == EINTR { continue }
          throw SourceError.cannotSpool(
            name: streamName, directory: directory, reason: String(cString: strerror(errno)))
        }
        done += wrote
      }
    }
  }

  /// The spooled bytes as a file source, which takes over the descriptor.
  func source(name: String, count: Int) throws -> FileByteSource {
    let fd = descriptor
    descriptor = -1
    return try FileByteSource(descriptor: fd, name: name, count: count)
  }
}
