/// A float type NumPy prints: the four widths `f2`, `f4`, `f8` and `f16` (x87 extended).
///
/// Carries each type's bit layout for `Dragon4` and the cutoffs NumPy's printers use, so that
/// comparisons happen in the type itself, as they do in NumPy.
protocol PrintableFloat: BinaryFloatingPoint {
  /// The value as Dragon4 sees its bits.
  var dragon4Parts: Dragon4.Parts { get }
  /// The shortest round-trip digits of a finite value, where the Swift runtime makes NumPy's
  /// (`f4`, `f8`); nil for other types and for infinities and NaN.
  var shortestDigits: ShortestDigits? { get }
  /// Arrays switch to scientific notation at or above this: `10 ** min(8, finfo.precision)`.
  static var arrayScientificAbove: Self { get }
  /// The Python float `0.0001` converted to this type (arrays compare against it).
  static var arraySmallCutoff: Self { get }
  /// Scalars print positionally when `1e-4 <= |x| <` this (`max_positional` in scalartypes.c).
  static var scalarPositionalBelow: Float80 { get }
}

extension PrintableFloat {
  var shortestDigits: ShortestDigits? { nil }

  /// Whether a scalar prints positionally: NumPy compares in `long double` against `1e-4L`.
  var scalarIsPositional: Bool {
    if isNaN || self == 0 { return true }
    let magnitude = Float80(self.magnitude)
    return magnitude < Self.scalarPositionalBelow && magnitude >= (1e-4 as Float80)
  }
}

/// Splits IEEE bits into Dragon4's `mantissa × 2^exponent` form.
private func ieeeParts(
  bits: UInt64, exponentBits: Int, mantissaBits: Int
) -> Dragon4.Parts {
  let mantissaMask = (UInt64(1) << mantissaBits) - 1
  let exponentMask = (UInt64(1) << exponentBits) - 1
  let floatMantissa = bits & mantissaMask
  let floatExponent = Int((bits >> mantissaBits) & exponentMask)
  let negative = (bits >> (mantissaBits + exponentBits)) & 1 == 1
  let bias = (1 << (exponentBits - 1)) - 1
  if floatExponent == Int(exponentMask) {
    return floatMantissa == 0 ? .infinity(negative: negative) : .nan
  }
  if floatExponent != 0 {
    return .finite(
      negative: negative, mantissa: (UInt64(1) << mantissaBits) | floatMantissa,
      exponent: floatExponent - bias - mantissaBits, mantissaBit: mantissaBits,
      unequalMargins: floatExponent != 1 && floatMantissa == 0)
  }
  return .finite(
    negative: negative, mantissa: floatMantissa, exponent: 1 - bias - mantissaBits,
    mantissaBit: floatMantissa == 0 ? 0 : 63 - floatMantissa.leadingZeroBitCount,
    unequalMargins: false)
}

extension Float16: PrintableFloat {
  var dragon4Parts: Dragon4.Parts {
    ieeeParts(bits: UInt64(bitPattern), exponentBits: 5, mantissaBits: 10)
  }
  static var arrayScientificAbove: Float16 { 1000 }
  static var arraySmallCutoff: Float16 { Float16(bitPattern: 0x068E) }  // np.float16(0.0001)
  static var scalarPositionalBelow: Float80 { 1e3 }
}

extension Float: PrintableFloat {
  var dragon4Parts: Dragon4.Parts {
    ieeeParts(bits: UInt64(bitPattern), exponentBits: 8, mantissaBits: 23)
  }
  var shortestDigits: ShortestDigits? { isFinite ? ShortestDigits(self) : nil }
  static var arrayScientificAbove: Float { 1e6 }
  static var arraySmallCutoff: Float { Float(0.0001 as Double) }
  static var scalarPositionalBelow: Float80 { 1e6 }
}

extension Double: PrintableFloat {
  var dragon4Parts: Dragon4.Parts {
    ieeeParts(bits: bitPattern, exponentBits: 11, mantissaBits: 52)
  }
  var shortestDigits: ShortestDigits? { isFinite ? ShortestDigits(self) : nil }
  static var arrayScientificAbove: Double { 1e8 }
  static var arraySmallCutoff: Double { 0.0001 }
  static var scalarPositionalBelow: Float80 { 1e16 }
}

extension Float80: PrintableFloat {
  /// NumPy ignores the explicit integer bit (`Dragon4_PrintFloat_Intel_extended`).
  var dragon4Parts: Dragon4.Parts {
    var low: UInt64 = 0
    var high: UInt16 = 0
    withUnsafeBytes(of: self) { raw in
      low = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
      high = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
    }
    let floatMantissa = low & ((1 << 63) - 1)
    let floatExponent = Int(high & 0x7FFF)
    let negative = high >> 15 == 1
    if floatExponent == 0x7FFF {
      return floatMantissa == 0 ? .infinity(negative: negative) : .nan
    }
    if floatExponent != 0 {
      return .finite(
        negative: negative, mantissa: (1 << 63) | floatMantissa,
        exponent: floatExponent - 16383 - 63, mantissaBit: 63,
        unequalMargins: floatExponent != 1 && floatMantissa == 0)
    }
    return .finite(
      negative: negative, mantissa: floatMantissa, exponent: 1 - 16383 - 63,
      mantissaBit: floatMantissa == 0 ? 0 : 63 - floatMantissa.leadingZeroBitCount,
      unequalMargins: false)
  }
  static var arrayScientificAbove: Float80 { 1e8 }
  /// The Python float 0.0001 is a double; NumPy casts that double, not the decimal.
  static var arraySmallCutoff: Float80 { Float80(0.0001 as Double) }
  static var scalarPositionalBelow: Float80 { 1e16 }
}
