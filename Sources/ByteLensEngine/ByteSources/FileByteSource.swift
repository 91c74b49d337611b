#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// A file opened read-only and read on demand with `pread` into a small cache of pages.
///
/// The file is never read whole and never written: opening an 8 GiB file and printing the
/// corners of a summary reads a few pages. Long ranges — the chunks of a whole-file scan,
/// which uses each byte once — are read with one `pread` into a reusable buffer, past the
/// cache. A file that shrinks under us gives an error.
public final class FileByteSource: ByteSource {
  public let name: String
  public let count: Int
  /// The device and inode of the file, to tell whether a path names it.
  public let identity: FileIdentity
  let descriptor: Int32
  private let cache: Mutex<PageCache>
  /// The buffer of the last direct read, kept for the next one (nil while one is in use).
  private let spareBuffer = Mutex<DirectReadBuffer?>(nil)

  /// Bytes per cached page.
  public static let pageSize = 64 * 1024
  /// Pages kept; the least recently used one is dropped first.
  static let pageLimit = 64
  /// Ranges at least this long are read directly, not through the cache: a page or more.
  static let directReadLength = pageSize

  struct PageCache: ~Copyable {
    var pages: [Int: [UInt8]] = [:]
    var lastUse: [Int: UInt64] = [:]
    var clock: UInt64 = 0
  }

  /// Opens `path` for reading.
  ///
  /// `path` must name a file that can be read at any offset and says how big it is; use
  /// `ByteSourceOpener.open` for paths that may name a pipe, a device or `/proc` file.
  /// - Throws: `SourceError`.
  public convenience init(path: String) throws {
    let fd = try ByteSourceOpener.openReadOnly(path)
    var status = stat()
    guard fstat(fd, &status) == 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      throw SourceError.cannotRead(name: path, reason: reason)
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw SourceError.isDirectory(path: path)
    }
    self.init(descriptor: fd, name: path, status: status)
  }

  /// A source over an open descriptor, which it takes over (and closes).
  init(descriptor: Int32, name: String, status: stat) {
    self.name = name
    self.descriptor = descriptor
    self.count = Int(status.st_size)
    self.identity = FileIdentity(status)
    self.cache = Mutex(PageCache())
  }

  /// A source over the first `count` bytes of an open descriptor, which it takes over.
  convenience init(descriptor: Int32, name: String, count: Int) throws {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw SourceError.cannotRead(name: name, reason: reason)
    }
    status.st_size = off_t(count)
    self.init(descriptor: descriptor, name: name, status: status)
  }

  deinit { close(descriptor) }

  public func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R)
    throws -> R
  {
    try checkRange(range)
    if range.count >= Self.directReadLength { return try withDirectRead(range, body) }
    let size = Self.pageSize
    let first = range.lowerBound / size
    let last = range.isEmpty ? first : (range.upperBound - 1) / size
    if first == last {
      let page = try self.page(first)
      let start = range.lowerBound - first * size
      guard start + range.count <= page.count else { throw shrunk() }
      return try page.withUnsafeBytes {
        try body(UnsafeRawBufferPointer(rebasing: $0[start..<(start + range.count)]))
      }
    }
    var joined = [UInt8]()
    joined.reserveCapacity(range.count)
    for index in first...last {
      let page = try self.page(index)
      let pageStart = index * size
      let lower = max(range.lowerBound, pageStart) - pageStart
      let upper = min(range.upperBound, pageStart + size) - pageStart
      guard upper <= page.count else { throw shrunk() }
      joined.append(contentsOf: page[lower..<upper])
    }
    return try joined.withUnsafeBytes(body)
  }

  private func shrunk() -> SourceError {
    .shrunk(name: name, count: count)
  }

  private func page(_ index: Int) throws -> [UInt8] {
    if let page = cache.withLock({ cache -> [UInt8]? in
      cache.clock += 1
      guard let page = cache.pages[index] else { return nil }
      cache.lastUse[index] = cache.clock
      return page
    }) {
      return page
    }
    let start = index * Self.pageSize
    let length = min(Self.pageSize, count - start)
    // Read straight into the page's storage: zero-filling it first cost as much as the copy.
    let page = try [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
      try read(into: UnsafeMutableRawPointer(buffer.baseAddress!), count: length, at: start)
      initialized = length
    }
    cache.withLock { cache in
      if cache.pages.count >= Self.pageLimit,
        let oldest = cache.lastUse.min(by: { $0.value < $1.value })?.key
      {
        cache.pages[oldest] = nil
        cache.lastUse[oldest] = nil
      }
      cache.pages[index] = page
      cache.lastUse[index] = cache.clock
    }
    return page
  }

  /// Reads `range` with `pread` into the spare buffer (or a new one while it is in use by an
  /// enclosing read), and lends it to `body`.
  private func withDirectRead<R>(
    _ range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R
  ) throws -> R {
    let buffer = spareBuffer.withLock { spare in spare.take() } ?? DirectReadBuffer()
    defer {
      spareBuffer.withLock { spare in
        if spare == nil { spare = buffer }
      }
    }
    let start = buffer.reserve(range.count)
    try read(into: start, count: range.count, at: range.lowerBound)
    return try body(UnsafeRawBufferPointer(start: start, count: range.count))
  }

  /// Reads `count` bytes at `offset` into `target`, however many `pread` calls it takes.
  private func read(into target: UnsafeMutableRawPointer, count: Int, at offset: Int) throws {
    var done = 0
    while done < count {
      let got = pread(descriptor, target + done, count - done, off_t(offset + done))
      if got < 0 {
        if errno == EINTR { continue }
        throw SourceError.cannotRead(name: name, reason: String(cString: strerror(errno)))
      }
      if got == 0 { throw shrunk() }
      done += got
    }
  }
}

/// Memory for direct reads, grown as needed and freed with its owner. One read at a time
/// holds it: it is taken out of `spareBuffer` for the read and put back after.
private final class DirectReadBuffer: @unchecked Sendable {
  private var memory = UnsafeMutableRawBufferPointer(start: nil, count: 0)

  /// The start of at least `count` bytes (their contents undefined).
  func reserve(_ count: Int) -> UnsafeMutableRawPointer {
    if memory.count < count {
      memory.deallocate()
      memory = .allocate(byteCount: count, alignment: 16)
    }
    return memory.baseAddress!
  }

  deinit { memory.deallocate() }
}

/// Which file a path leads to: its device and inode (symbolic links followed).
public struct FileIdentity: Hashable, Sendable {
  public var device: UInt64
  public var inode: UInt64

  init(_ status: stat) {
    device = UInt64(truncatingIfNeeded: status.st_dev)
    inode = UInt64(truncatingIfNeeded: status.st_ino)
  }

  /// The identity of the file at `path`, or nil when there is none (or it cannot be read).
  public init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    self.init(status)
  }
}
