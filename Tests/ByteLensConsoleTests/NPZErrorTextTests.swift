import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of `NPZError` and `InflateError`: what `load` says of a damaged `.npz` archive or
/// deflate stream.
@Suite struct NPZErrorTextTests {
  @Test func notAZipFile() {
    #expect(
      words { _ = try NPZArchive(MemoryByteSource(Array(repeating: 0, count: 100), name: "a.npz")) }
        == ["'a.npz' is not a valid zip archive: no end-of-central-directory record", nil])
    #expect(
      words { _ = try NPZArchive(MemoryByteSource([1, 2, 3], name: "a.npz")) }
        == ["'a.npz' is not a valid zip archive: 3 bytes are too few for the end record", nil])
  }

  @Test func inflateErrors() {
    #expect(
      words { _ = try Inflate.decompress([0x03, 0x00], expectedCount: 1) }
        == ["deflated data inflates to 0 bytes, but 1 are recorded for it", nil])
    let abcabcabc: [UInt8] = [0x4B, 0x4C, 0x4A, 0x4E, 0x04, 0x23, 0x00]
    #expect(
      words { _ = try Inflate.decompress(abcabcabc, expectedCount: 2) }
        == ["deflated data inflates to more than the 2 bytes recorded for it", nil])
    #expect(
      words { _ = try Inflate.decompress([0x07], expectedCount: 1) }
        == ["corrupt deflated data: block type 3 is reserved (at compressed byte 1)", nil])
    #expect(
      words { _ = try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00], expectedCount: 5) }
        == [
          "corrupt deflated data: a stored block's length 5 does not match its complement "
            + "(at compressed byte 5)", nil,
        ])
  }

  @Test func memberErrors() {
    // The engine's tests reach each case from an archive; here they are worded directly.
    let cases: [NPZError] = [
      .encrypted(member: "x.npy"),
      .noLocalHeader(archive: "a.npz", member: "x.npy", at: 0),
      .unsupportedMethod(member: "x.npy", method: 12),
      .unsupportedMethod(member: "x.npy", method: 99),
      .crcMismatch(archive: "a.npz", member: "x.npy", computed: 0xABCD, recorded: 0xCBF4_3926),
      .inflate(archive: "a.npz", member: "x.npy", .corrupt(.invalidCode, position: 3)),
      .tooLargeToInflate(member: "x.npy", size: 1 << 31, limit: 1 << 30),
      .memberCutShort(archive: "a.npz", member: "x.npy", needed: 9, start: 35, count: 40),
    ]
    #expect(
      cases.map(\.message) == [
        "member 'x.npy' is encrypted; bytelens does not decrypt zip files",
        "'a.npz' is corrupt: no local header for 'x.npy' at byte 0",
        "member 'x.npy' uses compression method 12 (bzip2); bytelens reads stored and deflated "
          + "members, as np.savez and np.savez_compressed write them",
        "member 'x.npy' uses compression method 99; bytelens reads stored and deflated "
          + "members, as np.savez and np.savez_compressed write them",
        "member 'x.npy' of 'a.npz' is corrupt: its CRC-32 is 0x0000abcd, the archive records "
          + "0xcbf43926",
        "member 'x.npy' of 'a.npz': corrupt deflated data: an invalid Huffman code "
          + "(at compressed byte 3)",
        "member 'x.npy' inflates to 2147483648 bytes, more than the 1024 MiB that bytelens "
          + "holds in memory",
        "'a.npz' is cut short: member 'x.npy' needs 9 bytes from byte 35, the file has 40",
      ])
    #expect(cases.allSatisfy { $0.hint == nil })
  }
}
