/// A `.npz` archive (`np.savez`, `np.savez_compressed`): a zip file of `.npy` members.
///
/// Only the zip directory is read when the archive opens. A member stored uncompressed is
/// a window on the archive file, read lazily; a deflated member is inflated into memory
/// (checked against its CRC-32 and recorded size). Zip64 records, which numpy writes, are
/// understood; encryption and compression methods other than deflate are refused.
public struct NPZArchive: Sendable {
  public struct Member: Sendable, Equatable {
    /// The name in the archive, e.g. `x.npy`.
    public var name: String
    /// 0 stored, 8 deflated.
    public var method: Int
    public var flags: Int
    public var compressedSize: Int
    public var size: Int
    public var crc32: UInt32
    public var localHeaderOffset: Int

    /// The key numpy's `NpzFile` gives it: the name without `.npy`.
    public var arrayName: String {
      name.hasSuffix(".npy") ? String(name.dropLast(4)) : name
    }
    public var isDeflated: Bool { method == 8 }
  }

  public let source: any ByteSource
  public let members: [Member]

  /// Whether `prefix` starts like a zip file (a local header, or the end record of an empty
  /// archive).
  public static func hasMagic(_ prefix: [UInt8]) -> Bool {
    prefix.count >= 4 && prefix[0] == 0x50 && prefix[1] == 0x4B
      && ((prefix[2] == 3 && prefix[3] == 4) || (prefix[2] == 5 && prefix[3] == 6))
  }

  /// Reads the zip directory of `source`.
  /// - Throws: `NPZError.notAZip` when the source is not a well-formed zip file.
  public init(_ source: any ByteSource) throws {
    self.source = source
    let reader = ZipReader(source: source)
    members = try reader.centralDirectory()
  }

  /// The member `np.load(path)[name]` would open, as numpy 2.4's `NpzFile` picks it: a member
  /// named exactly `name`, else the last one named `name.npy` (its key table keeps the last of
  /// repeated keys); and of several members with that zip name, the last (`zipfile` keeps the
  /// last of repeated names).
  public func member(named name: String) -> Member? {
    let zipName =
      members.contains { $0.name == name }
      ? name : members.last { $0.arrayName == name }?.name
    guard let zipName else { return nil }
    return members.last { $0.name == zipName }
  }

  /// The bytes of `member`: a lazy window for a stored member, inflated bytes in memory for
  /// a deflated one.
  /// - Throws: `NPZError` for unsupported methods, encryption, corrupt data or a CRC
  ///   mismatch.
  public func bytes(of member: Member) throws -> any ByteSource {
    let range = try dataRange(of: member)
    let name = "\(source.name):\(member.arrayName)"
    switch member.method {
    case 0:
      guard member.compressedSize == member.size else {
        throw NPZError.storedSizesDiffer(
          member: member.name, compressed: member.compressedSize, size: member.size)
      }
      return try SliceByteSource(source, range: range, name: name)
    case 8:
      // Both sizes are the archive's word: the compressed bytes are read whole first, so a
      // member that claims a small size over gigabytes of input is refused too.
      guard member.size <= AllocationBudget.bytes && range.count <= AllocationBudget.bytes else {
        throw NPZError.tooLargeToInflate(
          member: member.name, size: max(member.size, range.count), limit: AllocationBudget.bytes)
      }
      let compressed = try source.bytes(in: range)
      let data: [UInt8]
      do throws(InflateError) {
        data = try Inflate.decompress(compressed, expectedCount: member.size)
      } catch {
        throw NPZError.inflate(archive: source.name, member: member.name, error)
      }
      let crc = CRC32.checksum(data)
      guard crc == member.crc32 else {
        throw NPZError.crcMismatch(
          archive: source.name, member: member.name, computed: crc, recorded: member.crc32)
      }
      return MemoryByteSource(data, name: name)
    default:
      throw unsupportedMethod(member)
    }
  }

  /// The first `limit` bytes of `member` (fewer if it is shorter), inflating only as much as
  /// needed: enough to read a `.npy` header for a listing.
  /// - Throws: `NPZError`, and `InflateError` when nothing could be inflated.
  public func prefix(of member: Member, limit: Int) throws -> [UInt8] {
    let range = try dataRange(of: member)
    switch member.method {
    case 0: return try source.bytes(in: range.lowerBound..<min(range.upperBound, range.lowerBound + limit))
    case 8:
      // Deflate never expands more than about 1032:1, so this much input is plenty.
      let take = min(range.count, limit + 1024)
      return try Inflate.prefix(
        of: source.bytes(in: range.lowerBound..<(range.lowerBound + take)), limit: limit)
    default: throw unsupportedMethod(member)
    }
  }

  /// Where the (possibly compressed) data of `member` lies in the archive.
  public func dataRange(of member: Member) throws -> Range<Int> {
    if member.flags & 1 != 0 {
      throw NPZError.encrypted(member: member.name)
    }
    let reader = ZipReader(source: source)
    let start = member.localHeaderOffset
    guard try reader.u32(at: start) == 0x0403_4B50 else {
      throw NPZError.noLocalHeader(archive: source.name, member: member.name, at: start)
    }
    let nameLength = try reader.u16(at: start + 26)
    let extraLength = try reader.u16(at: start + 28)
    let dataStart = start + 30 + nameLength + extraLength
    guard dataStart <= source.count, member.compressedSize <= source.count - dataStart else {
      throw NPZError.memberCutShort(
        archive: source.name, member: member.name, needed: member.compressedSize,
        start: dataStart, count: source.count)
    }
    return dataStart..<(dataStart + member.compressedSize)
  }

  private func unsupportedMethod(_ member: Member) -> NPZError {
    .unsupportedMethod(member: member.name, method: member.method)
  }
}

/// Little-endian fields of a zip file, read with bounds checks.
struct ZipReader {
  let source: any ByteSource

  func failure(_ problem: NPZError.ZipProblem) -> NPZError {
    .notAZip(archive: source.name, problem)
  }

  func integer(at position: Int, size: Int) throws -> Int {
    guard position >= 0, position <= source.count - size else {
      throw failure(.recordPastEnd(at: position, count: source.count))
    }
    let bytes = try source.bytes(in: position..<(position + size))
    var value: UInt64 = 0
    for (index, byte) in bytes.enumerated() { value |= UInt64(byte) << UInt64(8 * index) }
    guard value <= UInt64(Int.max) else { throw failure(.sizeOverflows) }
    return Int(value)
  }

  func u16(at position: Int) throws -> Int { try integer(at: position, size: 2) }
  func u32(at position: Int) throws -> Int { try integer(at: position, size: 4) }
  func u64(at position: Int) throws -> Int { try integer(at: position, size: 8) }

  /// The position of the end-of-central-directory record, searched from the end (it may be
  /// followed by a comment of up to 65535 bytes).
  func endRecord() throws -> Int {
    let total = source.count
    guard total >= 22 else { throw failure(.tooShortForEndRecord(count: total)) }
    let lower = max(0, total - 22 - 0xFFFF)
    let tail = try source.bytes(in: lower..<total)
    var index = tail.count - 22
    while index >= 0 {
      if tail[index] == 0x50 && tail[index + 1] == 0x4B && tail[index + 2] == 5
        && tail[index + 3] == 6
      {
        return lower + index
      }
      index -= 1
    }
    throw failure(.noEndRecord)
  }

  func centralDirectory() throws -> [NPZArchive.Member] {
    let end = try endRecord()
    var count = try u16(at: end + 10)
    var size = try u32(at: end + 12)
    var offset = try u32(at: end + 16)
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      // Zip64: a locator just before the end record points at the zip64 end record.
      let locator = end - 20
      guard locator >= 0, try u32(at: locator) == 0x0706_4B50 else {
        throw failure(.noZip64Locator)
      }
      let record = try u64(at: locator + 8)
      guard try u32(at: record) == 0x0606_4B50 else {
        throw failure(.noZip64EndRecord(at: record))
      }
      count = try u64(at: record + 32)
      size = try u64(at: record + 40)
      offset = try u64(at: record + 48)
    }
    guard offset <= source.count, size <= source.count - offset else {
      throw failure(.directoryOutsideFile(size: size, offset: offset))
    }
    var members: [NPZArchive.Member] = []
    var position = offset
    let directoryEnd = offset + size
    while members.count < count {
      guard position + 46 <= directoryEnd else {
        throw failure(.fewerEntries(count: count))
      }
      guard try u32(at: position) == 0x0201_4B50 else {
        throw failure(.badEntrySignature(index: members.count))
      }
      let flags = try u16(at: position + 8)
      let method = try u16(at: position + 10)
      let crc = UInt32(try u32(at: position + 16))
      var compressed = try u32(at: position + 20)
      var uncompressed = try u32(at: position + 24)
      let nameLength = try u16(at: position + 28)
      let extraLength = try u16(at: position + 30)
      let commentLength = try u16(at: position + 32)
      var local = try u32(at: position + 42)
      let nameStart = position + 46
      let next = nameStart + nameLength + extraLength + commentLength
      guard next <= directoryEnd else {
        throw failure(.entryPastDirectory(index: members.count))
      }
      let nameBytes = try source.bytes(in: nameStart..<(nameStart + nameLength))
      // Bit 11 marks UTF-8 names; numpy writes ASCII, and other names are read as Latin-1.
      let name =
        flags & 0x800 != 0
        ? String(decoding: nameBytes, as: UTF8.self)
        : String(String.UnicodeScalarView(nameBytes.map { Unicode.Scalar($0) }))
      // The zip64 extra field holds the values whose 32-bit fields are all ones, in order.
      var extra = nameStart + nameLength
      let extraEnd = extra + extraLength
      while extra + 4 <= extraEnd {
        let id = try u16(at: extra)
        let length = try u16(at: extra + 2)
        guard extra + 4 + length <= extraEnd else {
          throw failure(.extraFieldPastEntry(member: name))
        }
        if id == 1 {
          var field = extra + 4
          var sizes = Sizes(uncompressed: uncompressed, compressed: compressed, local: local)
          let order: [WritableKeyPath<Sizes, Int>] = [\.uncompressed, \.compressed, \.local]
          for key in order where sizes[keyPath: key] == 0xFFFF_FFFF {
            guard field + 8 <= extra + 4 + length else {
              throw failure(.zip64FieldTooShort(member: name))
            }
            sizes[keyPath: key] = try u64(at: field)
            field += 8
          }
          (uncompressed, compressed, local) = (sizes.uncompressed, sizes.compressed, sizes.local)
        }
        extra += 4 + length
      }
      members.append(
        NPZArchive.Member(
          name: name, method: method, flags: flags, compressedSize: compressed,
          size: uncompressed, crc32: crc, localHeaderOffset: local))
      position = next
    }
    return members
  }

  struct Sizes {
    var uncompressed: Int
    var compressed: Int
    var local: Int
  }
}
