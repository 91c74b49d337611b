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
    #expect(throws: EngineError.self) { try damaged.bytes(of: damaged.members[0]) }
  }

  @Test func notAZipFile() {
    #expect(
      throws: EngineError("'a.npz' is not a valid zip archive: no end-of-central-directory record")
    ) { try members([UInt8](repeating: 0, count: 100)) }
    #expect(
      throws: EngineError("'a.npz' is not a valid zip archive: 3 bytes are too few for the end record")
    ) { try members([1, 2, 3]) }
  }

  /// Damaged archives: each read answers with members or an error.
  @Test func damagedArchivesNeverTrap() {
    var generator = SplitMix(seed: 7)
    for round in 0..<2000 {
      var bytes = round % 2 == 0 ? Self.stored : Self.compressed
      for _ in 0..<(1 + round % 4) {
        bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
      }
      if round % 7 == 0 { bytes.removeLast(Int(generator.next() % UInt64(bytes.count))) }
      guard let archive = try? members(bytes) else { continue }
      for member in archive.members {
        _ = try? archive.prefix(of: member, limit: 200)
        if let source = try? archive.bytes(of: member), let (_, view) = try? NPYFile.open(source) {
          _ = try? ArrayPrinter.repr(view, options: PrintOptions())
        }
      }
    }
  }
}
