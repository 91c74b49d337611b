import TestSupport
import Testing

@testable import ByteLensEngine

/// Archives written by numpy 2.4.6: `np.savez(f, x=np.arange(6.).reshape(2,3),
/// y=np.array([1,2,3], dtype='>i4'))` and the same with `np.savez_compressed` (zip64 local
/// headers, as numpy writes them).
@Suite struct NPZTests {
  static let stored = NPYTests.hex(
    ""
      + "504b03042d000000000000002100f0cd3b46ffffffffffffffff05001400782e6e707901001000b000000000"
      + "000000b000000000000000934e554d5059010076007b276465736372273a20273c6638272c2027666f727472"
      + "616e5f6f72646572273a2046616c73652c20277368617065273a2028322c2033292c207d2020202020202020"
      + "2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020"
      + "2020202020200a0000000000000000000000000000f03f000000000000004000000000000008400000000000"
      + "0010400000000000001440504b03042d000000000000002100129ea8eeffffffffffffffff05001400792e6e"
      + "7079010010008c000000000000008c00000000000000934e554d5059010076007b276465736372273a20273e"
      + "6934272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028332c292c20"
      + "7d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020"
      + "20202020202020202020202020202020200a000000010000000200000003504b01022d032d00000000000000"
      + "2100f0cd3b46b0000000b0000000050000000000000000000000800100000000782e6e7079504b01022d032d"
      + "000000000000002100129ea8ee8c0000008c0000000500000000000000000000008001e7000000792e6e7079"
      + "504b0506000000000200020066000000aa0100000000")
  static let compressed = NPYTests.hex(
    ""
      + "504b03042d000000080000002100f0cd3b46ffffffffffffffff05001400782e6e707901001000b000000000"
      + "00000057000000000000009bec17ea1b10c9c850c650ad9e925a9c5ca46ea5a06e9366a1aea3a09e965f5452"
      + "9498179f5f94920a12774bcc294e058a17672416a402f91a463a0ac69a3a0ab50a64032e0614f0c11eca7080"
      + "501c505a004a8b380000504b03042d000000080000002100129ea8eeffffffffffffffff05001400792e6e70"
      + "79010010008c000000000000004d000000000000009bec17ea1b10c9c850c650ad9e925a9c5ca46ea5a06e97"
      + "69a2aea3a09e965f54529498179f5f94920a12774bcc294e058a17672416a402f91ac63a9a3a0ab50a14002e"
      + "06060646206602626600504b01022d032d000000080000002100f0cd3b4657000000b0000000050000000000"
      + "000000000000800100000000782e6e7079504b01022d032d000000080000002100129ea8ee4d0000008c0000"
      + "0005000000000000000000000080018e000000792e6e7079504b050600000000020002006600000012010000"
      + "0000")

  /// `zipfile` writes these (with a "Duplicate name" warning): `x.npy` twice, holding [1]
  /// then [2]; `y` holding [3]; `y.npy` holding [4]. numpy 2.4's `np.load` gives
  /// `['x'] == [2]`, `['x.npy'] == [2]`, `['y'] == [3]`, `['y.npy'] == [4]`.
  static let duplicateNames = NPYTests.hex(
    ""
      + "504b03041400000000006680815d7bb2a6c0810000008100000005000000782e6e7079934e554d5059010076"
      + "007b276465736372273a20277c7531272c2027666f727472616e5f6f72646572273a2046616c73652c202773"
      + "68617065273a2028312c292c207d202020202020202020202020202020202020202020202020202020202020"
      + "2020202020202020202020202020202020202020202020202020202020200a01504b03041400000000006680"
      + "815dc1e3af59810000008100000005000000782e6e7079934e554d5059010076007b276465736372273a2027"
      + "7c7531272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028312c292c"
      + "207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020"
      + "2020202020202020202020202020202020200a02504b03041400000000006680815d57d3a82e810000008100"
      + "00000100000079934e554d5059010076007b276465736372273a20277c7531272c2027666f727472616e5f6f"
      + "72646572273a2046616c73652c20277368617065273a2028312c292c207d2020202020202020202020202020"
      + "2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020"
      + "20200a03504b03041400000000006680815df446ccb0810000008100000005000000792e6e7079934e554d50"
      + "59010076007b276465736372273a20277c7531272c2027666f727472616e5f6f72646572273a2046616c7365"
      + "2c20277368617065273a2028312c292c207d2020202020202020202020202020202020202020202020202020"
      + "202020202020202020202020202020202020202020202020202020202020202020200a04504b010214031400"
      + "000000006680815d7bb2a6c08100000081000000050000000000000000000000800100000000782e6e707950"
      + "4b010214031400000000006680815dc1e3af5981000000810000000500000000000000000000008001a40000"
      + "00782e6e7079504b010214031400000000006680815d57d3a82e810000008100000001000000000000000000"
      + "000080014801000079504b010214031400000000006680815df446ccb0810000008100000005000000000000"
      + "00000000008001e8010000792e6e7079504b05060000000004000400c80000008c0200000000")

  /// Of two members with one name, numpy opens the last; a name that is a member's whole zip
  /// name wins over one with `.npy` added.
  @Test func duplicateNamesOpenAsNumpyOpensThem() throws {
    let archive = try members(Self.duplicateNames)
    #expect(archive.members.map(\.name) == ["x.npy", "x.npy", "y", "y.npy"])
    func value(_ key: String) throws -> UInt8? {
      guard let member = archive.member(named: key) else { return nil }
      let view = try NPYFile.open(try archive.bytes(of: member)).view
      return try view.source.bytes(in: view.offset..<(view.offset + 1)).first
    }
    #expect(try value("x") == 2)
    #expect(try value("x.npy") == 2)
    #expect(try value("y") == 3)
    #expect(try value("y.npy") == 4)
    #expect(try value("z") == nil)
    #expect(archive.member(named: "x") == archive.members[1])
  }

  func members(_ bytes: [UInt8]) throws -> NPZArchive {
    try NPZArchive(MemoryByteSource(bytes, name: "a.npz"))
  }

  @Test(arguments: [false, true])
  func listsAndOpensMembers(_ isCompressed: Bool) throws {
    let archive = try members(isCompressed ? Self.compressed : Self.stored)
    #expect(archive.members.map(\.name) == ["x.npy", "y.npy"])
    #expect(archive.members.map(\.arrayName) == ["x", "y"])
    #expect(archive.members.allSatisfy { $0.isDeflated == isCompressed })
    let x = try #require(archive.member(named: "x"))
    #expect(archive.member(named: "x.npy") == x)
    #expect(archive.member(named: "z") == nil)
    let source = try archive.bytes(of: x)
    #expect(source.name == "a.npz:x")
    #expect((source is SliceByteSource) == !isCompressed)
    let (header, view) = try NPYFile.open(source)
    #expect(header.shape == [2, 3])
    #expect(try ArrayPrinter.repr(view, options: PrintOptions()) == "array([[0., 1., 2.],\n       [3., 4., 5.]])")
    let y = try NPYFile.open(try archive.bytes(of: try #require(archive.member(named: "y")))).view
    #expect(try ArrayPrinter.repr(y, options: PrintOptions()) == "array([1, 2, 3], dtype='>i4')")
    let prefix = try archive.prefix(of: x, limit: 10)
    #expect(Array(prefix.prefix(6)) == NPYHeader.magic)
  }

  @Test func recognisesZipMagic() {
    #expect(NPZArchive.hasMagic(Self.stored))
    #expect(!NPZArchive.hasMagic(NPYHeader.magic))
  }

  @Test func corruptCRCIsAnError() throws {
    var bytes = Self.compressed
    // The CRC-32 of x.npy in its central directory entry.
    let archive = try members(bytes)
    let signature: [UInt8] = [0x50, 0x4B, 1, 2]
    let found = (0..<(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == signature }
    let directoryEntry = try #require(found)
    bytes[directoryEntry + 16] ^= 0xFF
    let damaged = try members(bytes)
    #expect(archive.members[0].crc32 != damaged.members[0].crc32)
    #expect(
      throws: NPZError.crcMismatch(
        archive: "a.npz", member: "x.npy", computed: archive.members[0].crc32,
        recorded: damaged.members[0].crc32)
    ) { try damaged.bytes(of: damaged.members[0]) }
  }

  @Test func notAZipFile() {
    #expect(throws: NPZError.notAZip(archive: "a.npz", .noEndRecord)) {
      try members([UInt8](repeating: 0, count: 100))
    }
    #expect(throws: NPZError.notAZip(archive: "a.npz", .tooShortForEndRecord(count: 3))) {
      try members([1, 2, 3])
    }
  }

  /// The member problems that the damage below rarely reaches, each with its cause.
  @Test func memberErrors() throws {
    let archive = try members(Self.stored)
    var x = try #require(archive.member(named: "x"))
    let local = x.localHeaderOffset
    x.flags |= 1
    #expect(throws: NPZError.encrypted(member: "x.npy")) { try archive.bytes(of: x) }
    x.flags = 0
    x.method = 12
    #expect(throws: NPZError.unsupportedMethod(member: "x.npy", method: 12)) {
      try archive.prefix(of: x, limit: 10)
    }
    x.method = 0
    x.size += 1
    #expect(throws: NPZError.storedSizesDiffer(member: "x.npy", compressed: 176, size: 177)) {
      try archive.bytes(of: x)
    }
    x.method = 8
    x.size = AllocationBudget.bytes + 1
    #expect(
      throws: NPZError.tooLargeToInflate(
        member: "x.npy", size: AllocationBudget.bytes + 1, limit: AllocationBudget.bytes)
    ) { try archive.bytes(of: x) }
    x.size = 176
    let compressed = try members(Self.compressed)
    var y = try #require(compressed.member(named: "y"))
    y.size += 1
    #expect(
      throws: NPZError.inflate(
        archive: "a.npz", member: "y.npy", .sizeMismatch(count: 140, expected: 141))
    ) { try compressed.bytes(of: y) }
    x.localHeaderOffset = local + 1
    #expect(throws: NPZError.noLocalHeader(archive: "a.npz", member: "x.npy", at: local + 1)) {
      try archive.bytes(of: x)
    }
    x.localHeaderOffset = local
    x.compressedSize = Self.stored.count
    let start = local + 30 + 5 + 20  // the header, the name "x.npy", the zip64 extra field
    #expect(
      throws: NPZError.memberCutShort(
        archive: "a.npz", member: "x.npy", needed: Self.stored.count, start: start,
        count: Self.stored.count)
    ) { try archive.bytes(of: x) }
  }

  /// Damaged archives: every read answers with members or an `NPZError`; a member's bytes are
  /// an `NPZError` or exactly its recorded size; a prefix is an error or at most the limit; an
  /// array opened from them fits its bytes. The loop skips archives whose directory no longer
  /// reads, so it counts what it exercised: enough archives must open, and enough members give
  /// bytes and arrays, for the member paths to have been tried and not only the directory's.
  @Test func damagedArchivesNeverTrap() {
    var generator = SplitMix(seed: 7)
    var opened = 0
    var memberBytes = 0
    var arrays = 0
    for round in 0..<2000 {
      var bytes = round % 2 == 0 ? Self.stored : Self.compressed
      for _ in 0..<(1 + round % 4) {
        bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
      }
      if round % 7 == 0 { bytes.removeLast(Int(generator.next() % UInt64(bytes.count))) }
      let archive: NPZArchive
      do {
        archive = try members(bytes)
      } catch {
        #expect(error is NPZError, "\(error)")
        continue
      }
      opened += 1
      for member in archive.members {
        do {
          let prefix = try archive.prefix(of: member, limit: 200)
          #expect(prefix.count <= 200)
        } catch {
          #expect(error is NPZError || error is InflateError, "\(error)")
        }
        let source: any ByteSource
        do {
          source = try archive.bytes(of: member)
        } catch {
          #expect(error is NPZError, "\(error)")
          continue
        }
        #expect(source.count == member.size)
        memberBytes += 1
        guard let (header, view) = try? NPYFile.open(source) else { continue }
        let needed = view.shape.reduce(1, *) * view.dtype.itemsize
        #expect(needed <= source.count - header.dataOffset)
        arrays += 1
        _ = try? ArrayPrinter.repr(view, options: PrintOptions())
      }
    }
    #expect(opened >= 1000)
    #expect(memberBytes >= 1000)
    #expect(arrays >= 500)
  }
}
