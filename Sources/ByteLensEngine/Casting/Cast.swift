/// NumPy's `astype` value conversions between bool, integer, float, complex, datetime64 and
/// timedelta64 values (C casts, as NumPy compiles them on x86-64).
///
/// Floats convert as NumPy does: float ↔ double ↔ long double by the hardware (which quiets a
/// signalling NaN), half precision by NumPy's own code (which keeps NaN payloads), long double
/// to half through double. Float → integer conversions of NaN, ±inf and values out of range
/// give what the machine gives (`MachineConversion`).
public enum Cast {
  /// Which of NumPy's loops converts an element. NumPy's contiguous float/double/complex →
  /// uint32 loop is vectorised four elements at a time, with another answer for values out of
  /// range than the one-at-a-time loop that converts the rest (`CastLanes`).
  public enum Lane: Sendable {
    case single, vector
  }

  /// Converts `value` to the kind and size of `dtype` (a plain scalar dtype). Datetime values
  /// keep their count: unit conversions are `DatetimeCast`'s.
  public static func convert(_ value: Scalar, to dtype: DType, lane: Lane = .single) -> Scalar {
    switch dtype.kind {
    case .bool: return .bool(isNonZero(value))
    case .int:
      return .int(truncate(integer(value, size: dtype.itemsize, signed: true, lane: lane),
                           dtype.itemsize, signed: true))
    case .uint:
      let v = integer(value, size: dtype.itemsize, signed: false, lane: lane)
      return .uint(UInt64(bitPattern: truncate(v, dtype.itemsize, signed: false)))
    case .float:
      return float(realPart(value), size: dtype.itemsize)
    case .complex:
      let (re, im) = parts(value)
      switch dtype.itemsize {
      case 8: return .complex64(float32(float(re, size: 4)), float32(float(im, size: 4)))
      case 16: return .complex128(float64(float(re, size: 8)), float64(float(im, size: 8)))
      default: return .complex256(float80(float(re, size: 16)), float80(float(im, size: 16)))
      }
    case .datetime:
      return .datetime(integer(value, size: 8, signed: true, lane: .single), dtype.timeUnit)
    case .timedelta:
      return .timedelta(integer(value, size: 8, signed: true, lane: .single), dtype.timeUnit)
    default:
      return value
    }
  }

  /// The integer bits NumPy's C cast gives for an integer target of `size` bytes, before
  /// truncation to that size.
  static func integer(_ value: Scalar, size: Int, signed: Bool, lane: Lane) -> Int64 {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return i
    case .uint(let u): return Int64(bitPattern: u)
    case .datetime(let i, _), .timedelta(let i, _): return i
    default: break
    }
    let real = realPart(value)
    let x = exact(real)
    if case .float80 = real {
      // GCC converts long double with x87 `fistp`: to 16 bits for int8/int16, to 32 bits for
      // uint16/int32, to 64 bits for uint32/int64.
      switch (size, signed) {
      case (1, _), (2, true): return MachineConversion.x87Truncated16(x)
      case (2, false), (4, true): return MachineConversion.truncated32(x)
      case (4, false), (8, true): return MachineConversion.truncated64(x)
      default: return Int64(bitPattern: MachineConversion.unsigned64(x))
      }
    }
    switch (size, signed) {
    case (1, _), (2, _), (4, true): return MachineConversion.truncated32(x)
    case (4, false):
      return lane == .vector
        ? Int64(MachineConversion.vectorUnsigned32(x)) : MachineConversion.truncated64(x)
    case (8, true): return MachineConversion.truncated64(x)
    default: return Int64(bitPattern: MachineConversion.unsigned64(x))
    }
  }

  /// A real float scalar converted to a float of `size` bytes.
  static func float(_ value: Scalar, size: Int) -> Scalar {
    switch value {
    case .float16(let h):
      switch size {
      case 2: return value
      case 4: return .float32(HalfFloatBits.float(from: h))
      case 8: return .float64(HalfFloatBits.double(from: h))
      default: return .float80(Float80(HalfFloatBits.float(from: h)))
      }
    case .float32(let f):
      switch size {
      case 2: return .float16(HalfFloatBits.half(from: f))
      case 4: return value
      case 8: return .float64(Double(f))
      default: return .float80(Float80(f))
      }
    case .float64(let d):
      switch size {
      case 2: return .float16(HalfFloatBits.half(from: d))
      case 4: return .float32(Float(d))
      case 8: return value
      default: return .float80(Float80(d))
      }
    case .float80(let e):
      switch size {
      case 2: return .float16(HalfFloatBits.half(from: Double(e)))
      case 4: return .float32(Float(e))
      case 8: return .float64(Double(e))
      default: return value
      }
    case .bool(let b):
      return float(.float32(b ? 1 : 0), size: size)
    case .int(let i), .datetime(let i, _), .timedelta(let i, _):
      switch size {
      case 2: return .float16(Float16(Float(i)))
      case 4: return .float32(Float(i))
      case 8: return .float64(Double(i))
      default: return .float80(Float80(i))
      }
    case .uint(let u):
      switch size {
      case 2: return .float16(Float16(Float(u)))
      case 4: return .float32(Float(u))
      case 8: return .float64(Double(u))
      default: return .float80(Float80(u))
      }
    default:
      return float(realPart(value), size: size)
    }
  }

  static func isNonZero(_ value: Scalar) -> Bool {
    switch value {
    case .bool(let b): return b
    case .int(let i), .datetime(let i, _), .timedelta(let i, _): return i != 0
    case .uint(let u): return u != 0
    default:
      let (re, im) = parts(value)
      return exact(re) != 0 || exact(im) != 0 || exact(re).isNaN || exact(im).isNaN
    }
  }

  /// The real part as a scalar of its own precision (NumPy drops the imaginary part).
  static func realPart(_ value: Scalar) -> Scalar { parts(value).re }

  /// Real and imaginary parts, each a real scalar of the value's precision.
  static func parts(_ value: Scalar) -> (re: Scalar, im: Scalar) {
    switch value {
    case .complex64(let re, let im): return (.float32(re), .float32(im))
    case .complex128(let re, let im): return (.float64(re), .float64(im))
    case .complex256(let re, let im): return (.float80(re), .float80(im))
    case .float16: return (value, .float16(0))
    case .float32: return (value, .float32(0))
    case .float64: return (value, .float64(0))
    case .float80: return (value, .float80(0))
    default: return (value, .int(0))
    }
  }

  /// A real scalar's exact value.
  static func exact(_ value: Scalar) -> Float80 {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .int(let i), .datetime(let i, _), .timedelta(let i, _): return Float80(i)
    case .uint(let u): return Float80(u)
    case .float16(let h): return Float80(Float(h))
    case .float32(let f): return Float80(f)
    case .float64(let d): return Float80(d)
    case .float80(let e): return e
    default: return 0
    }
  }

  private static func float32(_ value: Scalar) -> Float {
    if case .float32(let f) = value { return f }
    return 0
  }

  private static func float64(_ value: Scalar) -> Double {
    if case .float64(let d) = value { return d }
    return 0
  }

  private static func float80(_ value: Scalar) -> Float80 {
    if case .float80(let e) = value { return e }
    return 0
  }

  static func truncate(_ value: Int64, _ size: Int, signed: Bool) -> Int64 {
    switch (size, signed) {
    case (1, true): return Int64(Int8(truncatingIfNeeded: value))
    case (1, false): return Int64(UInt8(truncatingIfNeeded: value))
    case (2, true): return Int64(Int16(truncatingIfNeeded: value))
    case (2, false): return Int64(UInt16(truncatingIfNeeded: value))
    case (4, true): return Int64(Int32(truncatingIfNeeded: value))
    case (4, false): return Int64(UInt32(truncatingIfNeeded: value))
    default: return value
    }
  }
}
