/// Writes one element of a dtype into raw bytes, in the dtype's byte order.
public enum ElementEncoder {
  /// Encodes `value`, which must already be of `dtype`'s kind (see `Cast`), at `offset`.
  public static func encode(
    _ value: Scalar, as dtype: DType, into bytes: UnsafeMutableRawBufferPointer, at offset: Int
  ) {
    switch (dtype.layout, value) {
    case (.structured(let fields, _), .record(let values)):
      for (field, v) in zip(fields, values) { encode(v, as: field.dtype, into: bytes, at: offset + field.offset) }
      return
    case (.subarray(let base, _), .subarray(let values, _)):
      for (i, v) in values.enumerated() { encode(v, as: base, into: bytes, at: offset + i * base.itemsize) }
      return
    default:
      break
    }
    let swap = dtype.byteOrder != .notApplicable && dtype.byteOrder != .native
    switch value {
    case .bool(let b): bytes[offset] = b ? 1 : 0
    case .int(let v): storeInteger(UInt64(bitPattern: v), dtype.itemsize, bytes, offset, swap)
    case .uint(let v): storeInteger(v, dtype.itemsize, bytes, offset, swap)
    case .datetime(let v, _), .timedelta(let v, _): storeInteger(UInt64(bitPattern: v), 8, bytes, offset, swap)
    case .float16(let f): storeInteger(UInt64(f.bitPattern), 2, bytes, offset, swap)
    case .float32(let f): storeInteger(UInt64(f.bitPattern), 4, bytes, offset, swap)
    case .float64(let f): storeInteger(f.bitPattern, 8, bytes, offset, swap)
    case .float80(let f): storeFloat80(f, bytes, offset, swap)
    case .complex64(let re, let im):
      storeInteger(UInt64(re.bitPattern), 4, bytes, offset, swap)
      storeInteger(UInt64(im.bitPattern), 4, bytes, offset + 4, swap)
    case .complex128(let re, let im):
      storeInteger(re.bitPattern, 8, bytes, offset, swap)
      storeInteger(im.bitPattern, 8, bytes, offset + 8, swap)
    case .complex256(let re, let im):
      storeFloat80(re, bytes, offset, swap)
      storeFloat80(im, bytes, offset + 16, swap)
    case .bytes(let b), .void(let b):
      for i in 0..<min(b.count, dtype.itemsize) { bytes[offset + i] = b[i] }
    case .unicode(let units):
      for (i, unit) in units.prefix(dtype.itemsize / 4).enumerated() {
        storeInteger(UInt64(unit), 4, bytes, offset + i * 4, swap)
      }
    case .record, .subarray:
      break
    }
  }

  static func storeInteger(
    _ value: UInt64, _ size: Int, _ bytes: UnsafeMutableRawBufferPointer, _ offset: Int, _ swap: Bool
  ) {
    for i in 0..<size {
      let shift = swap ? (size - 1 - i) * 8 : i * 8
      bytes[offset + i] = UInt8(truncatingIfNeeded: value >> UInt64(shift))
    }
  }

  static func storeFloat80(_ value: Float80, _ bytes: UnsafeMutableRawBufferPointer, _ offset: Int, _ swap: Bool) {
    var v = value
    withUnsafeBytes(of: &v) { raw in
      for i in 0..<10 { bytes[offset + (swap ? 15 - i : i)] = raw[i] }
    }
    for i in 10..<16 { bytes[offset + (swap ? 15 - i : i)] = 0 }
  }
}

/// NumPy's `astype` value conversions between numeric kinds (C casts, as NumPy does them).
public enum Cast {
  /// Converts `value` to the kind and size of `dtype`.
  public static func convert(_ value: Scalar, to dtype: DType) -> Scalar {
    switch dtype.kind {
    case .bool: return .bool(isNonZero(value))
    case .int:
      let v: Int64
      switch value {
      case .bool(let b): v = b ? 1 : 0
      case .int(let i): v = i
      case .uint(let u): v = Int64(bitPattern: u)
      case .datetime(let i, _), .timedelta(let i, _): v = i
      default: v = integerFromFloat(realPart(value))
      }
      return .int(truncate(v, dtype.itemsize, signed: true))
    case .uint:
      let v: UInt64
      switch value {
      case .bool(let b): v = b ? 1 : 0
      case .int(let i): v = UInt64(bitPattern: i)
      case .uint(let u): v = u
      case .datetime(let i, _), .timedelta(let i, _): v = UInt64(bitPattern: i)
      default:
        let f = realPart(value)
        v = f >= 9.223372036854775808e18 && f < 1.8446744073709551616e19
          ? UInt64(f) : UInt64(bitPattern: integerFromFloat(f))
      }
      return .uint(UInt64(bitPattern: truncate(Int64(bitPattern: v), dtype.itemsize, signed: false)))
    case .float:
      let f = realPart(value)
      switch dtype.itemsize {
      case 2:
        // NumPy converts long double to half through double (two roundings).
        if case .float80(let e) = value { return .float16(Float16(Double(e))) }
        return .float16(Float16(f))
      case 4:
        if case .float64(let d) = value { return .float32(Float(d)) }
        return .float32(Float(f))
      case 8:
        if case .float80(let e) = value { return .float64(Double(e)) }
        return .float64(Double(f))
      default: return .float80(f)
      }
    case .complex:
      let (re, im) = complexParts(value)
      switch dtype.itemsize {
      case 8: return .complex64(Float(re), Float(im))
      case 16: return .complex128(Double(re), Double(im))
      default: return .complex256(re, im)
      }
    case .datetime:
      if case .int(let i) = convert(value, to: .int64) { return .datetime(i, dtype.timeUnit) }
      return value
    case .timedelta:
      if case .int(let i) = convert(value, to: .int64) { return .timedelta(i, dtype.timeUnit) }
      return value
    default:
      return value
    }
  }

  static func isNonZero(_ value: Scalar) -> Bool {
    switch value {
    case .bool(let b): return b
    case .int(let i), .datetime(let i, _), .timedelta(let i, _): return i != 0
    case .uint(let u): return u != 0
    default:
      let (re, im) = complexParts(value)
      return re != 0 || im != 0 || re.isNaN || im.isNaN
    }
  }

  /// The value as an extended-precision real (imaginary parts dropped, as NumPy does).
  static func realPart(_ value: Scalar) -> Float80 { complexParts(value).re }

  static func complexParts(_ value: Scalar) -> (re: Float80, im: Float80) {
    switch value {
    case .bool(let b): return (b ? 1 : 0, 0)
    case .int(let i), .datetime(let i, _), .timedelta(let i, _): return (Float80(i), 0)
    case .uint(let u): return (Float80(u), 0)
    case .float16(let f): return (Float80(Float(f)), 0)
    case .float32(let f): return (Float80(f), 0)
    case .float64(let f): return (Float80(f), 0)
    case .float80(let f): return (f, 0)
    case .complex64(let re, let im): return (Float80(re), Float80(im))
    case .complex128(let re, let im): return (Float80(re), Float80(im))
    case .complex256(let re, let im): return (re, im)
    default: return (0, 0)
    }
  }

  /// x86-64's truncating conversion: NaN and out-of-range values give `Int64.min`.
  static func integerFromFloat(_ f: Float80) -> Int64 {
    guard f.isFinite, f > -9.223372036854775809e18, f < 9.223372036854775808e18 else { return .min }
    return Int64(f)
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
