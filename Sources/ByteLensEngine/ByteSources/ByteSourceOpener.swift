#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens whatever a path names as a byte source: a regular file is read lazily where it lies;
/// a pipe, a FIFO, a socket, a terminal or a file whose size cannot be trusted (`/proc`,
/// `/sys`) is read to its end first; a device, which has no end, only up to an explicit limit.
public enum ByteSourceOpener {
  /// What `info` calls standard input.
  public static let standardInputName = "<stdin>"

  /// Opens `path` for reading.
  /// - Parameter limit: the bytes the caller needs at most (an offset and a count), or nil
  ///   for all: a stream stops there, a device needs it.
  /// - Throws: `SourceError`; for a device without `limit`, `.deviceWithoutLimit`.
  public static func open(_ path: String, limit: Int? = nil) throws -> any ByteSource {
    let fd = try openReadOnly(path)
    var status = stat()
    guard fstat(fd, &status) == 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      throw SourceError.cannotRead(name: path, reason: reason)
    }
    let type = status.st_mode & S_IFMT
    if type == S_IFDIR {
      close(fd)
      throw SourceError.isDirectory(path: path)
    }
    if type == S_IFREG, status.st_size > 0, !isVirtualFileSystem(fd) {
      return FileByteSource(descriptor: fd, name: path, status: status)
    }
    defer { close(fd) }
    return try readStream(fd, name: path, status: status, limit: limit)
  }

  /// Standard input, read to its end (or to `limit` bytes) if it is a stream; a file
  /// redirected to it is read lazily.
  public static func openStandardInput(limit: Int? = nil) throws -> any ByteSource {
    let name = standardInputName
    var status = stat()
    guard fstat(0, &status) == 0 else {
      throw SourceError.cannotRead(name: name, reason: String(cString: strerror(errno)))
    }
    if (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0, !isVirtualFileSystem(0) {
      // `bytelens - < FILE`: the file itself, from its start, read lazily on its own
      // descriptor so standard input's position does not matter.
      let fd = dup(0)
      guard fd >= 0 else {
        throw SourceError.cannotRead(name: name, reason: String(cString: strerror(errno)))
      }
      return FileByteSource(descriptor: fd, name: name, status: status)
    }
    return try readStream(0, name: name, status: status, limit: limit)
  }

  /// The identity (device and inode) of what standard input is, if it can be known.
  public static var standardInputIdentity: FileIdentity? {
    var status = stat()
    guard fstat(0, &status) == 0 else { return nil }
    return FileIdentity(status)
  }

  /// `open(2)` read-only, retrying when a signal interrupts a wait (a FIFO with no writer yet)
  /// unless Ctrl-C asked to stop.
  static func openReadOnly(_ path: String) throws -> Int32 {
    while true {
      let fd = openFileReadOnly(path)
      if fd >= 0 { return fd }
      if errno == EINTR {
        try Cancellation.check()
        continue
      }
      throw SourceError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
  }

  private static func readStream(
    _ fd: Int32, name: String, status: stat, limit: Int?
  ) throws -> StreamByteSource {
    let kind: StreamByteSource.Kind
    switch status.st_mode & S_IFMT {
    case S_IFIFO: kind = .pipe
    case S_IFSOCK: kind = .socket
    case S_IFREG: kind = .unsizedFile
    default: kind = isatty(fd) != 0 ? .terminal : .characterDevice
    }
    if kind == .characterDevice, limit == nil {
      throw SourceError.deviceWithoutLimit(
        name: name, isBlockDevice: (status.st_mode & S_IFMT) == S_IFBLK)
    }
    let stream = try StreamByteSource(reading: fd, name: name, kind: kind, limit: limit)
    guard stream.count > 0 || limit == 0 else {
      throw SourceError.emptyStream(name: name, kind: kind)
    }
    return stream
  }

  /// Whether the descriptor's file lives on the file system of `/proc` or `/sys`, whose files
  /// report sizes (0, or a page) that have nothing to do with what reading them gives.
  private static func isVirtualFileSystem(_ fd: Int32) -> Bool {
    var status = stat()
    guard fstat(fd, &status) == 0 else { return false }
    return virtualFileSystemDevices.contains(UInt64(truncatingIfNeeded: status.st_dev))
  }

  private static let virtualFileSystemDevices: Set<UInt64> = Set(
    ["/proc", "/sys"].compactMap { path in
      var status = stat()
      guard stat(path, &status) == 0 else { return nil }
      return UInt64(truncatingIfNeeded: status.st_dev)
    })
}

/// `open(2)` at file scope, where the name is not shadowed by `ByteSourceOpener.open`.
private func openFileReadOnly(_ path: String) -> Int32 {
  open(path, O_RDONLY | O_CLOEXEC)
}
