#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file all at once or not at all: the bytes go to a temporary file next to the
/// target, which then takes the target's name in one step. A reader never sees half a file,
/// and a failed write leaves what was there before. Only a regular file is ever replaced: a
/// directory, a symbolic link, a FIFO, a device or a socket at the path is an error, so that
/// a rename never puts a regular file where `/dev/null` or a link was.
public enum AtomicFileWriter {
  /// Writes the bytes that `body` produces to `path`.
  ///
  /// - Parameters:
  ///   - replacing: whether an existing file may be replaced; without it an existing
  ///     file is an error, checked atomically (the new file is linked in, which fails if the
  ///     name is taken).
  ///   - protected: files that must not be written, such as the ones a session reads from.
  ///   - body: called with a function that appends bytes to the new file.
  /// - Returns: the number of bytes written.
  /// - Throws: `FileWriteError` naming the path and the reason, or what `body` throws; the
  ///   temporary file is removed.
  @discardableResult
  public static func write(
    to path: String, replacing: Bool, protected: Set<FileIdentity> = [],
    _ body: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void
  ) throws -> Int {
    guard !path.isEmpty else { throw FileWriteError.emptyPath }
    // `lstat`: a symbolic link is judged as itself, never by what it points to.
    var status = stat()
    let exists = lstat(path, &status) == 0
    if exists {
      try refuseUnlessRegular(path, status)
      if protected.contains(FileIdentity(status)) {
        throw FileWriteError.readBySession(path: path)
      }
      if !replacing {
        throw FileWriteError.exists(path: path)
      }
    }
    let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    let base = path.split(separator: "/").last.map(String.init) ?? "file"
    var template = Array(
      "\(directory.isEmpty ? "/" : directory)/.\(base).bytelens-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw FileWriteError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // A signal that ends the program removes it; on every other path it is renamed, linked
    // or unlinked below. Disarmed only once it has its final name or is gone.
    TemporaryFileCleanup.arm(template)
    defer { TemporaryFileCleanup.disarm() }
    var written = 0
    do {
      defer { close(descriptor) }
      try body { buffer in
        var start = 0
        while start < buffer.count {
          let result = systemWrite(descriptor, buffer.baseAddress! + start, buffer.count - start)
          if result < 0 {
            if errno == EINTR { continue }
            throw FileWriteError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
          }
          start += result
        }
        written += buffer.count
      }
      // Permissions as a new file would get them, or those of the file being replaced.
      let mask = umask(0)
      umask(mask)
      let mode = exists ? status.st_mode & 0o7777 : 0o666 & ~mask
      fchmod(descriptor, mode)
      guard fsync(descriptor) == 0 else {
        throw FileWriteError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
    } catch {
      unlink(temporary)
      throw error
    }
    if replacing {
      guard rename(temporary, path) == 0 else {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw FileWriteError.cannotWrite(path: path, reason: reason)
      }
      return written
    }
    if link(temporary, path) == 0 {
      unlink(temporary)
      return written
    }
    let linkError = errno
    if linkError == EEXIST {
      unlink(temporary)
      throw FileWriteError.exists(path: path)
    }
    // File systems without hard links: check, then rename.
    if access(path, F_OK) == 0 {
      unlink(temporary)
      throw FileWriteError.exists(path: path)
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw FileWriteError.cannotWrite(path: path, reason: reason)
    }
    return written
  }
}

extension AtomicFileWriter {
  /// Throws unless `status` (from `lstat`) is a regular file: a directory, a symbolic link, a
  /// FIFO, a device or a socket is never replaced (renaming over `/dev/null` would put a
  /// regular file in its place).
  static func refuseUnlessRegular(_ path: String, _ status: stat) throws {
    switch status.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw FileWriteError.isDirectory(path: path)
    case S_IFLNK:
      var buffer = [CChar](repeating: 0, count: 4097)
      let count = readlink(path, &buffer, 4096)
      let destination = count < 0 ? "?" : String(
        decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      throw FileWriteError.symbolicLink(path: path, destination: destination)
    case S_IFIFO: throw FileWriteError.notRegularFile(path: path, kind: .fifo)
    case S_IFCHR: throw FileWriteError.notRegularFile(path: path, kind: .characterDevice)
    case S_IFBLK: throw FileWriteError.notRegularFile(path: path, kind: .blockDevice)
    default: throw FileWriteError.notRegularFile(path: path, kind: .socket)
    }
  }
}

/// `write(2)`, reachable under another name inside `AtomicFileWriter.write`.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
