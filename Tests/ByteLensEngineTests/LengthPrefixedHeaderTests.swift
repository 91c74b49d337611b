import Testing

@testable import ByteLensEngine

/// The tutorial's header: u32 length, dtype string, u32 ndim, u32 per dimension (native order).
@Suite struct LengthPrefixedHeaderTests {
  /// samples/matrix-with-header.bin: struct.pack('I', 3) + b'<f4' + struct.pack('I', 2) +
  /// struct.pack('I', 2) + struct.pack('I', 3) + six float32.
  static let sample: [UInt8] =
    [3, 0, 0, 0] + Array("<f4".utf8) + [2, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]
    + [0, 0, 0xC0, 0x3F, 0, 0, 0, 0x40, 0, 0, 0x40, 0x40, 0, 0, 0x80, 0x40, 0, 0, 0xA0, 0x40, 0, 0, 0xC8, 0x40]

  @Test func recognisesTheSample() throws {
    let source = MemoryByteSource(Self.sample)
    let header = try #require(LengthPrefixedHeader.recognise(source))
    #expect(header.dtypeText == "<f4")
    #expect(header.shape == [2, 3])
    #expect(header.dataOffset == 19)
    #expect(header.byteOrder == .little)
    let view = try header.view(on: source)
    #expect(try ArrayPrinter.str(view, options: PrintOptions()) == "[[1.5  2.   3.  ]\n [4.   5.   6.25]]")
  }

  @Test func encodesTheSameHeader() throws {
    #expect(try LengthPrefixedHeader.encode(dtype: .float32, shape: [2, 3]) == Array(Self.sample.prefix(19)))
    let structured = try DType.parse("[('id','<i4'),('flag','?')]")
    let header = try LengthPrefixedHeader.encode(dtype: structured, shape: [4])
    #expect(String(decoding: header[4..<(header.count - 8)], as: UTF8.self) == "[('id', '<i4'), ('flag', '?')]")
  }

  @Test func inconsistentHeadersAreNotRecognised() {
    // One data byte too many or too few, a bad dtype, a huge length: plain bytes.
    for bytes in [
      Self.sample + [0], Array(Self.sample.dropLast()),
      [3, 0, 0, 0] + Array("<f3".utf8) + Array(Self.sample[7...]),
      [255, 255, 255, 255] + Array(Self.sample[4...]),
      [3, 0, 0, 0] + Array("<f4".utf8) + [65, 0, 0, 0] + Array(Self.sample[11...]),
      [UInt8](repeating: 0, count: 64),
    ] {
      #expect(LengthPrefixedHeader.recognise(MemoryByteSource(bytes)) == nil)
    }
  }

  @Test func bigEndianHeadersToo() throws {
    let bytes: [UInt8] = [0, 0, 0, 3] + Array(">i2".utf8) + [0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 0, 2]
    let header = try #require(LengthPrefixedHeader.recognise(MemoryByteSource(bytes)))
    #expect(header.byteOrder == .big)
    #expect(header.shape == [2])
  }

  @Test func dimensionsMustFitU32() {
    #expect(throws: ExportError.doesNotFitU32(.dimension, value: 1 << 32)) {
      try LengthPrefixedHeader.encode(dtype: .uint8, shape: [1 << 32])
    }
    #expect(throws: ExportError.doesNotFitU32(.dimension, value: -1)) {
      try LengthPrefixedHeader.encode(dtype: .uint8, shape: [2, -1])
    }
  }
}
