/// NumPy's own half-precision conversions (`npy_floatbits_to_halfbits` and friends), which
/// keep a NaN's sign and payload bits (shifted) and never quiet a signalling NaN, unlike the
/// hardware conversions between float and double.
enum HalfFloatBits {
  /// float → half. Finite values round to nearest even (as `Float16(_:)` does).
  static func half(from value: Float) -> Float16 {
    guard value.isNaN else { return Float16(value) }
    let bits = value.bitPattern
    return nanHalf(sign: UInt16(bits >> 16) & 0x8000, payload: UInt16((bits & 0x7f_ffff) >> 13))
  }

  /// double → half, rounded once (not through float).
  static func half(from value: Double) -> Float16 {
    guard value.isNaN else { return Float16(value) }
    let bits = value.bitPattern
    return nanHalf(
      sign: UInt16(bits >> 48) & 0x8000,
      payload: UInt16((bits & 0xf_ffff_ffff_ffff) >> 42))
  }

  /// half → float, exact; a NaN keeps its payload in the top bits.
  static func float(from value: Float16) -> Float {
    guard value.isNaN else { return Float(value) }
    let h = UInt32(value.bitPattern)
    return Float(bitPattern: (h & 0x8000) << 16 | 0x7f80_0000 | (h & 0x3ff) << 13)
  }

  /// half → double, exact; a NaN keeps its payload in the top bits.
  static func double(from value: Float16) -> Double {
    guard value.isNaN else { return Double(value) }
    let h = UInt64(value.bitPattern)
    return Double(bitPattern: (h & 0x8000) << 48 | 0x7ff0_0000_0000_0000 | (h & 0x3ff) << 42)
  }

  /// A NaN whose payload lost all its bits stays a NaN (payload 1).
  private static func nanHalf(sign: UInt16, payload: UInt16) -> Float16 {
    Float16(bitPattern: sign | 0x7c00 | max(payload, 1))
  }
}
