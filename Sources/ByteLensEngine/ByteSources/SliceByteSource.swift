/// A window on another source: the bytes `range` of `base`, seen as a source of their own.
///
/// A member stored uncompressed in a `.npz` archive is such a window on the archive file, so
/// it is read lazily like the file itself.
public final class SliceByteSource: ByteSource {
  public let name: String
  public let base: any ByteSource
  public let range: Range<Int>

  /// - Throws: when `range` does not lie within `base`.
  public init(_ base: any ByteSource, range: Range<Int>, name: String) throws {
    try base.checkRange(range)
    self.base = base
    self.range = range
    self.name = name
  }

  public var count: Int { range.count }

  public func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R)
    throws -> R
  {
    try checkRange(range)
    let start = self.range.lowerBound
    return try base.withBytes(in: (start + range.lowerBound)..<(start + range.upperBound), body)
  }
}

extension ByteSource {
  /// The file this source reads, directly or through windows; nil for bytes in memory.
  public var fileIdentity: FileIdentity? {
    if let file = self as? FileByteSource { return file.identity }
    if let slice = self as? SliceByteSource { return slice.base.fileIdentity }
    return nil
  }
}
