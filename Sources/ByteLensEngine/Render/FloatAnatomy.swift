/// The sign, exponent and mantissa of one float value, and how they make the value:
/// `(-1)^sign × 2^(exponent - bias) × 1.mantissa`.
///
/// Covers IEEE half, single and double (`f2`, `f4`, `f8`) and the x87 80-bit extended format
/// (`f16` here), whose 64-bit significand keeps its integer bit explicitly.
struct FloatAnatomy {
  enum Category: Equatable {
    case zero, subnormal, normal, infinity, nan
    /// x87 encodings that no arithmetic produces (unnormals, pseudo-denormals, pseudo-NaNs).
    case unsupported
  }

  /// The bits of each part, most significant first.
  var signBit: Character
  var exponentBits: String
  /// x87 only: the explicit integer bit of the significand.
  var integerBit: Character?
  var mantissaBits: String
  /// The exponent field read as an unsigned number, and the format's bias.
  var exponent: Int
  var bias: Int
  var exponentWidth: Int
  var mantissaWidth: Int
  var category: Category
  /// The significand as a number: `1.5` (normal), `0.25` (subnormal).
  var significandText: String
  /// NumPy's `str` of the value.
  var valueText: String
  /// Whether the quiet bit is set (NaN only).
  var isQuiet = false

  var isNegative: Bool { signBit == "1" }

  /// Reads a float of `itemsize` 2, 4, 8 or 16 (x87) from its bytes in memory, in `order`.
  /// - Returns: nil for other sizes or too few bytes.
  static func read(_ bytes: [UInt8], itemsize: Int, order: DType.ByteOrder) -> FloatAnatomy? {
    guard bytes.count >= itemsize else { return nil }
    let significant = itemsize == 16 ? 10 : itemsize
    // The significant bytes, most significant first.
    let ordered: [UInt8]
    if order == .big {
      ordered = Array(bytes[(itemsize - significant)..<itemsize])
    } else {
      ordered = Array(bytes[0..<significant].reversed())
    }
    var bitPattern: UInt64 = 0
    for byte in ordered.suffix(8) { bitPattern = bitPattern << 8 | UInt64(byte) }
    switch itemsize {
    case 2:
      return ieee(Float16(bitPattern: UInt16(truncatingIfNeeded: bitPattern)), bitPattern, 5, 10)
    case 4:
      return ieee(Float(bitPattern: UInt32(truncatingIfNeeded: bitPattern)), bitPattern, 8, 23)
    case 8:
      return ieee(Double(bitPattern: bitPattern), bitPattern, 11, 52)
    case 16:
      let top = UInt16(ordered[0]) << 8 | UInt16(ordered[1])
      return extended(top: top, significand: bitPattern)
    default:
      return nil
    }
  }

  private static func binary(_ value: UInt64, width: Int) -> String {
    String((0..<width).reversed().map { (value >> UInt64($0)) & 1 == 1 ? "1" : "0" })
  }

  private static func ieee<F: PrintableFloat>(
    _ value: F, _ bits: UInt64, _ exponentWidth: Int, _ mantissaWidth: Int
  ) -> FloatAnatomy {
    let mantissa = bits & ((1 << UInt64(mantissaWidth)) - 1)
    let exponent = Int((bits >> UInt64(mantissaWidth)) & ((1 << UInt64(exponentWidth)) - 1))
    let sign = (bits >> UInt64(mantissaWidth + exponentWidth)) & 1
    let bias = (1 << (exponentWidth - 1)) - 1
    let category: Category
    switch (exponent, mantissa) {
    case (0, 0): category = .zero
    case (0, _): category = .subnormal
    case ((1 << exponentWidth) - 1, 0): category = .infinity
    case ((1 << exponentWidth) - 1, _): category = .nan
    default: category = .normal
    }
    // 1.m has the same significand bits with the exponent of 1; 0.m is 1.m minus 1, exactly.
    let one = F(
      sign: .plus, exponentBitPattern: F.RawExponent(bias),
      significandBitPattern: F.RawSignificand(mantissa))
    let significand: F = category == .subnormal || category == .zero ? one - 1 : one
    return FloatAnatomy(
      signBit: sign == 1 ? "1" : "0", exponentBits: binary(UInt64(exponent), width: exponentWidth),
      integerBit: nil, mantissaBits: binary(mantissa, width: mantissaWidth), exponent: exponent,
      bias: bias, exponentWidth: exponentWidth, mantissaWidth: mantissaWidth, category: category,
      significandText: ScalarPrinter.floatText(significand),
      valueText: ScalarPrinter.floatText(value),
      isQuiet: category == .nan && (mantissa >> UInt64(mantissaWidth - 1)) & 1 == 1)
  }

  private static func extended(top: UInt16, significand: UInt64) -> FloatAnatomy {
    let exponent = Int(top & 0x7FFF)
    let integer = significand >> 63
    let fraction = significand & ((1 << 63) - 1)
    var value = Float80(0)
    withUnsafeMutableBytes(of: &value) { target in
      for i in 0..<8 { target[i] = UInt8(truncatingIfNeeded: significand >> UInt64(8 * i)) }
      target[8] = UInt8(truncatingIfNeeded: top)
      target[9] = UInt8(truncatingIfNeeded: top >> 8)
    }
    let category: Category
    switch (exponent, integer, fraction) {
    case (0, 0, 0): category = .zero
    case (0, 0, _): category = .subnormal
    case (0x7FFF, 1, 0): category = .infinity
    case (0x7FFF, 1, _): category = .nan
    case (0, 1, _), (_, 0, _), (0x7FFF, _, _): category = .unsupported
    default: category = .normal
    }
    let one = Float80(
      sign: .plus, exponentBitPattern: 16383, significandBitPattern: fraction)
    let significand = category == .subnormal || category == .zero ? one - 1 : one
    return FloatAnatomy(
      signBit: top >> 15 == 1 ? "1" : "0", exponentBits: binary(UInt64(exponent), width: 15),
      integerBit: integer == 1 ? "1" : "0", mantissaBits: binary(fraction, width: 63),
      exponent: exponent, bias: 16383, exponentWidth: 15, mantissaWidth: 63, category: category,
      significandText: ScalarPrinter.floatText(significand),
      valueText: ScalarPrinter.floatText(value),
      isQuiet: category == .nan && (fraction >> 62) & 1 == 1)
  }

  /// `0 01111111111 0000…`: the bits with a blank between the parts.
  var bitsText: String {
    var text = "\(signBit) \(exponentBits) "
    if let integerBit { text += "\(integerBit) " }
    return text + mantissaBits
  }

  /// How the parts make the value: `+1.5 × 2^(1024 - 1023) = 3.0`, `+0 (zero)`, `-inf`,
  /// `nan (quiet)`.
  var formula: String {
    let sign = isNegative ? "-" : "+"
    switch category {
    case .zero:
      return "\(sign)0: exponent and mantissa all zero = \(valueText)"
    case .subnormal:
      return "\(sign)\(significandText) × 2^(1 - \(bias)) = \(valueText)"
        + " (subnormal: exponent all zero)"
    case .normal:
      return "\(sign)\(significandText) × 2^(\(exponent) - \(bias)) = \(valueText)"
    case .infinity:
      return "exponent all ones, mantissa zero: \(valueText)"
    case .nan:
      return "exponent all ones, mantissa not zero: nan (\(isQuiet ? "quiet" : "signalling"))"
    case .unsupported:
      return "an x87 encoding no arithmetic makes (integer bit \(integerBit ?? "?")): \(valueText)"
    }
  }
}
