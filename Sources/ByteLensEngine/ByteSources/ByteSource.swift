/// Where the bytes of a view live: a file read on demand, or bytes in memory.
///
/// Sources are read-only. Every read names a byte range; a range outside the source (a file
/// that shrank under us, say) throws instead of trapping.
public protocol ByteSource: AnyObject, Sendable {
  /// A short name for messages and `info`: the path, or a description such as `<bytes>`.
  var name: String { get }
  /// The number of bytes in the source.
  var count: Int { get }
  /// Calls `body` with the bytes in `range`, which must lie within `0..<count`.
  func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R
}

extension ByteSource {
  /// Copies the bytes in `range` out of the source.
  public func bytes(in range: Range<Int>) throws -> [UInt8] {
    try withBytes(in: range) { Array($0) }
  }

  /// The first `count` bytes (fewer if the source is shorter): enough to recognise a format
  /// by its magic.
  public func prefix(_ count: Int) throws -> [UInt8] {
    try bytes(in: 0..<min(count, self.count))
  }

  func checkRange(_ range: Range<Int>) throws {
    guard range.lowerBound >= 0, range.upperBound <= count else {
      throw SourceError.outOfRange(name: name, range: range, count: count)
    }
  }
}

/// Bytes held in memory: typed, pasted, built from a literal, copied or byte-swapped.
public final class MemoryByteSource: ByteSource {
  public let name: String
  public let storage: [UInt8]

  public init(_ bytes: [UInt8], name: String = "<bytes>") {
    self.storage = bytes
    self.name = name
  }

  public var count: Int { storage.count }

  public func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R)
    throws -> R
  {
    try checkRange(range)
    return try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[range])) }
  }
}
