import Testing

@testable import ByteLensEngine

@Suite struct FloatAnatomyTests {
  @Test func halfSingleAndDouble() throws {
    // np.float16(-2.5): 0xc100
    let half = try #require(FloatAnatomy.read([0x00, 0xC1], itemsize: 2, order: .little))
    #expect(half.bitsText == "1 10000 0100000000")
    #expect(half.category == .normal && half.exponent == 16 && half.bias == 15)
    #expect(half.formula == "-1.25 × 2^(16 - 15) = -2.5")
    // np.float32(1.0) big-endian: 3f 80 00 00
    let single = try #require(FloatAnatomy.read([0x3F, 0x80, 0, 0], itemsize: 4, order: .big))
    #expect(single.formula == "+1.0 × 2^(127 - 127) = 1.0")
    // The smallest subnormal double, 5e-324.
    let tiny = try #require(
      FloatAnatomy.read([1, 0, 0, 0, 0, 0, 0, 0], itemsize: 8, order: .little))
    #expect(tiny.category == .subnormal && tiny.valueText == "5e-324")
    #expect(tiny.significandText == "2.220446049250313e-16")
  }

  @Test func specials() throws {
    let zero = try #require(FloatAnatomy.read([0, 0x80], itemsize: 2, order: .little))
    #expect(zero.category == .zero && zero.isNegative && zero.valueText == "-0.0")
    let infinity = try #require(FloatAnatomy.read([0, 0, 0x80, 0x7F], itemsize: 4, order: .little))
    #expect(
      infinity.category == .infinity && infinity.formula == "exponent all ones, mantissa zero: inf")
    let signalling = try #require(
      FloatAnatomy.read([1, 0, 0x80, 0x7F], itemsize: 4, order: .little))
    #expect(signalling.category == .nan && !signalling.isQuiet)
    #expect(signalling.formula == "exponent all ones, mantissa not zero: nan (signalling)")
    #expect(FloatAnatomy.read([0, 0], itemsize: 4, order: .little) == nil)
    #expect(FloatAnatomy.read([0, 0, 0], itemsize: 3, order: .little) == nil)
  }

  @Test func x87Extended() throws {
    // np.longdouble(1.5): significand 0xc000000000000000, exponent 0x3fff
    let bytes: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0xC0, 0xFF, 0x3F, 9, 9, 9, 9, 9, 9]
    let value = try #require(FloatAnatomy.read(bytes, itemsize: 16, order: .little))
    #expect(value.integerBit == "1" && value.exponent == 16383 && value.valueText == "1.5")
    #expect(value.bitsText.hasPrefix("0 011111111111111 1 1000"))
    // Integer bit 0 with a non-zero exponent: an unnormal, which no arithmetic makes.
    var unnormal = bytes
    unnormal[7] = 0x40
    #expect(FloatAnatomy.read(unnormal, itemsize: 16, order: .little)?.category == .unsupported)
    let big = try #require(FloatAnatomy.read(Array(bytes.reversed()), itemsize: 16, order: .big))
    #expect(big.valueText == "1.5")
  }
}
