import TestSupport
import Testing

@testable import ByteLensEngine

/// Raw deflate streams made by zlib (`zlib.compressobj(level, DEFLATED, -15)`): stored, fixed
/// and dynamic Huffman blocks, and corrupt streams that must fail cleanly.
@Suite struct InflateTests {
  // (what, data hex, raw deflate hex)
  static let vectors: [(String, String, String)] = [
    ("repeats, level 9", "68656c6c6f2068656c6c6f2068656c6c6f2068656c6c6f2c20627974656c656e73212068656c6c6f2068656c6c6f2068656c6c6f2068656c6c6f2c20627974656c656e73212068656c6c6f2068656c6c6f2068656c6c6f2068656c6c6f2c20627974656c656e732120", "cb48cdc9c957c840277514922a4b527352f38a153125c9520200"),
    ("stored, level 0", "68656c6c6f2068656c6c6f2068656c6c6f2068656c6c6f2c20627974656c656e73212068656c6c6f", "012800d7ff68656c6c6f2068656c6c6f2068656c6c6f2068656c6c6f2c20627974656c656e73212068656c6c6f"),
    ("fixed codes", "616263616263616263", "4b4c4a4e042300"),
    ("mixed, huffman only", "009f4103bd5b06cbb002f1d705bda601ec870407d70077c603f13f06a60d02e628051c5f0178de043f61008b1a03923f0603bb02376805472e01eade04c4630028c303cc1206239e029e710520210100f804df010035c60337f506fb2a02df2a054a5001f632048ae000ada003342e06f0f702b03205f7f701e462044c05005c6a032aef062543021054054dd1019a9604009800adb5035610064f5a02d14e057bb201502f047b7800b42d030e4106f9f00205f305bf5b01d86704048c00c96b035d600694d7020273050bb5012e9f04f4f400321e03c13e06edd102f176055883015ae404864000c676031b9606bfc702cc5e05dc4b01096e04f2fa001735035783069c5c02eb2505574601ecb3048b17004faf03514e062dcc0214a00526b801b04f04ff7b0029b8030c1406fc990288ec056708013cbd04985800d3400374a6066b25020efa05eaa30108cd047e5500d6350321fb06bb9002f32105a1e501c969041b2b006f5f03260f06d86b024b240574ec01ff9e04da2b00f9850374f5067cb002ba51057a46014a780467e600251c0360d206fd8802f52d05a0ef017fde04562e00167d03458306c88c02de80055c1001c9cb04c65b00b19603a90806c24e025d8f05b4ab0147d5047c4300c5fb03b0b7064bf402f25705a62d0194da040279008cc603405306ab4602764905d18001a5ac04cc5b00594603a45806bcf002d4680559ec01d72c04dedd00b07303f95d06f4550284240587fa012a3204d65c00efda037a4806b11402b8ab05ba6a012b9d04c7ef00948403aaef066b4d029f8d05c6dd01a34504b8fe00073203289606709f02a62e", "05c15b4813601400e0f39ff39f5fa33209494889242736db8291f812a9885a9a37caeb665a3d680a5d50ccd44ad052d228428645a9610dcaa4594a4313e93613d7c3baa848ce1ecc075bcc6ba656f67dd01a4dfd46356cc5b951eeb708779df41a85f3769a8b5496cd381dca8179a2dc25238f43c376ba15a9a80f230a395e2f665cf2ed49087d438ead6a570bb69ce39d41027ecb4901e1768a58526b5a9cd47242aaf86590d7be41671bedd3abd965b41a7879594c9d9087194c45a4f5284d0cfa1ee524a7b86396d00c9d3d94e1ab5272d099cc95cf44ea5e59590edd3af289562bb3c80b3c601463055236c25031e5e6aba651c412ded823f4ad7271110c3be8d501f5d38973659c552372a6e4d528b0975180590d0ca2e3187f4d141b4ecbf955f00fa7cc1a75d7843f349c1927dccf65833fa43ca5b464a573a05f1b87d8843545ae57c26e1b6df2537f6e63bd9b0bbcc5fe7ed99c059fa2a8d4a28a35e8b3ca33edc2fb83bc940e23e114b4a6fa6ee24210dfff2e864ec98030389347215bd45831260673a95bacb7c8f13058b942a54baaca8abd695c112712ca65c134680229ffa3fa5b8f4b3a6ef388cb2e99a1876d1729b646bd6f4457359b7cc5d0b0b41ba1cb4c8fbcd5eb64ccbdc1dd1d22fe8bac8a81776b647da11217713e932d3ad1342ef10234da29ea88ea88c3b243ecac160f9f488711b2e3e841967a398b9f0b39db2d46f748d704584b6825572da6636d30d7ad0aad418e98c0334e150755971fda3ab8b74884dd93831e68aaa5c71e559c84add7d93e21da63a5ed1f781928d4acceb6a245ff1f"),
    ("empty", "", "0300"),
  ]

  @Test func inflatesZlibOutput() throws {
    for (name, data, compressed) in Self.vectors {
      let expected = NPYTests.hex(data)
      let output = try Inflate.decompress(NPYTests.hex(compressed), expectedCount: expected.count)
      #expect(output == expected, "\(name)")
      #expect(try Inflate.prefix(of: NPYTests.hex(compressed), limit: 5) == Array(expected.prefix(5)))
    }
  }

  @Test func sizesMustAgree() throws {
    let (_, data, compressed) = Self.vectors[0]
    let count = NPYTests.hex(data).count
    #expect(throws: InflateError.longerThanRecorded(expected: 10)) {
      try Inflate.decompress(NPYTests.hex(compressed), expectedCount: 10)
    }
    #expect(throws: InflateError.sizeMismatch(count: count, expected: count + 1)) {
      try Inflate.decompress(NPYTests.hex(compressed), expectedCount: count + 1)
    }
  }

  @Test func corruptStreamsFail() {
    // 0b111: the last block, of type 3.
    #expect(throws: InflateError.corrupt(.reservedBlockType, position: 1)) {
      try Inflate.decompress([0x07], expectedCount: 1)
    }
    // A stored block of length 5 whose complement is 0, not 0xFFFA.
    #expect(throws: InflateError.corrupt(.storedLengthMismatch(length: 5), position: 5)) {
      try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00], expectedCount: 5)
    }
    // A stored block of length 5 with 2 bytes.
    #expect(throws: InflateError.corrupt(.storedBlockCutShort(length: 5), position: 5)) {
      try Inflate.decompress([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61, 0x62], expectedCount: 5)
    }
    #expect(throws: InflateError.corrupt(.endsInBlock, position: 0)) {
      try Inflate.decompress([], expectedCount: 0)
    }
    // Fixed codes: length symbol 257 (0000001) and distance code 0 before any output, a copy
    // from before the start.
    #expect(throws: InflateError.corrupt(.distanceBeforeStart(1), position: 2)) {
      try Inflate.decompress([0x03, 0x02], expectedCount: 3)
    }
  }

  /// Random damage to real streams: every result is an `InflateError` (the type is the
  /// signature's) or bytes of exactly the recorded size, and a prefix is the start of them.
  /// Both outcomes must occur, so the damage exercises the decoder's error paths and its
  /// successful ones.
  @Test func damagedStreamsNeverTrap() {
    var generator = SplitMix(seed: 42)
    var inflated = 0
    var refused = 0
    for round in 0..<4000 {
      let (_, data, compressed) = Self.vectors[round % Self.vectors.count]
      var bytes = NPYTests.hex(compressed)
      guard !bytes.isEmpty else { continue }
      for _ in 0..<(1 + round % 3) {
        bytes[Int(generator.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
      }
      if round % 5 == 0 { bytes.removeLast(Int(generator.next() % UInt64(bytes.count))) }
      let expectedCount = NPYTests.hex(data).count
      let whole: [UInt8]?
      do {
        let output = try Inflate.decompress(bytes, expectedCount: expectedCount)
        #expect(output.count == expectedCount)
        whole = output
        inflated += 1
      } catch {
        whole = nil
        refused += 1
      }
      do {
        let prefix = try Inflate.prefix(of: bytes, limit: 1000)
        #expect(prefix.count <= 1000)
        if let whole { #expect(prefix == Array(whole.prefix(1000))) }
      } catch {
        #expect(whole == nil, "a stream that inflates has a prefix")
      }
    }
    #expect(inflated >= 500)
    #expect(refused >= 1000)
  }

  @Test func crc32() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
  }
}
