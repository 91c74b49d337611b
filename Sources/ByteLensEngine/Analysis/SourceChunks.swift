#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole source front to back in large chunks into one reused buffer, keeping the last
/// `overlap` bytes of each chunk in front of the next, so that a match that spans two chunks
/// is seen whole.
///
/// Files are read with `pread` straight into the buffer (no page cache, no copies); other
/// sources are copied out of `withBytes`. Memory stays at one chunk whatever the source's size.
/// Stops with `Interrupted` when `Cancellation` is requested.
struct SourceChunks {
  /// Bytes read per chunk: large enough that a read costs little, small enough to stay in
  /// the processor's cache while it is scanned.
  static let chunkSize = 1 << 20

  let source: any ByteSource
  /// Bytes a match covers: each window holds every start whose match ends inside it.
  let matchLength: Int
  var chunkSize = SourceChunks.chunkSize

  /// Calls `body` with each window: its bytes, the source offset of its first byte, and the
  /// number of match starts it holds (every start `p` in `0..<starts` has
  /// `p + matchLength <= window.count`). Every start of the source is in exactly one window.
  /// `body` returns false to stop early. `progress` gets the bytes read so far after each
  /// chunk.
  func forEachWindow(
    progress: ((Int) -> Void)? = nil,
    _ body: (UnsafeRawBufferPointer, _ base: Int, _ starts: Int) throws -> Bool
  ) throws {
    let total = source.count
    guard matchLength > 0, total >= matchLength else { return }
    let overlap = matchLength - 1
    let (capacity, overflow) = chunkSize.addingReportingOverflow(overlap)
    precondition(!overflow && chunkSize > 0, "a chunk holds at least one byte")
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 64)
    defer { buffer.deallocate() }
    var carried = 0
    var position = 0
    while position < total {
      try Cancellation.check()
      let wanted = min(chunkSize, total - position)
      try read(
        position..<(position + wanted),
        into: UnsafeMutableRawBufferPointer(rebasing: buffer[carried..<(carried + wanted)]))
      let filled = carried + wanted
      let base = position - carried
      position += wanted
      if filled >= matchLength {
        let window = UnsafeRawBufferPointer(rebasing: buffer[0..<filled])
        guard try body(window, base, filled - matchLength + 1) else { return }
      }
      carried = min(filled, overlap)
      if carried > 0 {
        buffer.baseAddress!.copyMemory(
          from: buffer.baseAddress! + (filled - carried), byteCount: carried)
      }
      progress?(position)
    }
  }

  /// Copies the bytes in `range` of the source into `target`, which holds exactly as many.
  private func read(_ range: Range<Int>, into target: UnsafeMutableRawBufferPointer) throws {
    try SourceChunks.read(range, of: source, into: target)
  }

  static func read(
    _ range: Range<Int>, of source: any ByteSource, into target: UnsafeMutableRawBufferPointer
  ) throws {
    if let file = source as? FileByteSource {
      try file.checkRange(range)
      try file.readDirectly(range, into: target)
    } else if let slice = source as? SliceByteSource {
      try slice.checkRange(range)
      let start = slice.range.lowerBound
      try read(
        (start + range.lowerBound)..<(start + range.upperBound), of: slice.base, into: target)
    } else if let stream = source as? StreamByteSource {
      try read(range, of: stream.storage, into: target)
    } else {
      try source.withBytes(in: range) { bytes in
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        target.baseAddress!.copyMemory(from: from, byteCount: bytes.count)
      }
    }
  }
}

extension FileByteSource {
  /// Reads `range` with `pread` into `target`, past the page cache: for scans of the whole
  /// file, which would only churn it.
  func readDirectly(_ range: Range<Int>, into target: UnsafeMutableRawBufferPointer) throws {
    var done = 0
    while done < range.count {
      let got = pread(
        descriptor, target.baseAddress! + done, range.count - done,
        off_t(range.lowerBound + done))
      if got < 0 {
        if errno == EINTR {
          try Cancellation.check()
          continue
        }
        throw SourceError.cannotRead(name: name, reason: String(cString: strerror(errno)))
      }
      if got == 0 { throw SourceError.shrunk(name: name, count: count) }
      done += got
    }
  }
}
