/// The integers x86-64 gives for float → integer conversions that C leaves undefined (NaN,
/// ±inf, values out of range), as NumPy's C casts compile there. NumPy shows the machine's
/// answer; these functions reproduce it from the instructions GCC emits.
///
/// Every input is the exact source value widened to `Float80`; results are truncated toward
/// zero when the value fits.
enum MachineConversion {
  /// `cvttss2si`/`cvttsd2si` with a 32-bit destination (and x87 `fistp` to 32 bits): NaN and
  /// values whose truncation does not fit give `Int32.min`.
  static func truncated32(_ x: Float80) -> Int64 {
    guard x.isFinite, x > -2147483649, x < 2147483648 else { return Int64(Int32.min) }
    return Int64(x)
  }

  /// `cvttsd2si` with a 64-bit destination (and x87 `fistp` to 64 bits): NaN and values out of
  /// range give `Int64.min`.
  static func truncated64(_ x: Float80) -> Int64 {
    guard x.isFinite, x > -9223372036854775809, x < 9223372036854775808 else { return .min }
    return Int64(x)
  }

  /// x87 `fistp` to 16 bits, which GCC uses for long double → int8/int16: NaN and values out
  /// of range give `Int16.min`.
  static func x87Truncated16(_ x: Float80) -> Int64 {
    guard x.isFinite, x > -32769, x < 32768 else { return Int64(Int16.min) }
    return Int64(x)
  }

  /// GCC's float → uint64: values from 2⁶³ up are reduced by 2⁶³, converted signed and given
  /// the top bit back; anything else (NaN included) converts signed.
  static func unsigned64(_ x: Float80) -> UInt64 {
    let half: Float80 = 9223372036854775808
    if x >= half { return UInt64(bitPattern: truncated64(x - half)) ^ (1 << 63) }
    return UInt64(bitPattern: truncated64(x))
  }

  /// The vectorised float → uint32 loop NumPy's contiguous casts run (four elements at a time):
  /// values from 2³¹ up are reduced by 2³¹, converted to 32 bits signed and given the top bit
  /// back; anything else converts to 32 bits signed.
  static func vectorUnsigned32(_ x: Float80) -> UInt64 {
    let half: Float80 = 2147483648
    if x >= half { return UInt64(UInt32(truncatingIfNeeded: truncated32(x - half)) ^ 0x8000_0000) }
    return UInt64(UInt32(truncatingIfNeeded: truncated32(x)))
  }
}
