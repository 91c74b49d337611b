/// Reads one element of any dtype from raw bytes, honouring its byte order.
///
/// Loads are unaligned (`loadUnaligned`) because views may start at any byte offset.
public enum ElementDecoder {
  /// Decodes the element of `dtype` that starts `offset` bytes into `bytes`.
  /// The caller guarantees `offset + dtype.itemsize <= bytes.count`.
  public static func decode(_ dtype: DType, from bytes: UnsafeRawBufferPointer, at offset: Int) -> Scalar {
    switch dtype.layout {
    case .structured(let fields, _):
      return .record(fields.map { decode($0.dtype, from: bytes, at: offset + $0.offset) })
    case .subarray(let base, let shape):
      let count = shape.reduce(1, *)
      let values = (0..<count).map { decode(base, from: bytes, at: offset + $0 * base.itemsize) }
      return .subarray(values, shape: shape)
    case .scalar:
      return decodeScalar(dtype, from: bytes, at: offset)
    }
  }

  static func decodeScalar(_ dtype: DType, from bytes: UnsafeRawBufferPointer, at offset: Int) -> Scalar {
    let swap = dtype.byteOrder != .notApplicable && dtype.byteOrder != .native
    switch dtype.kind {
    case .bool:
      return .bool(bytes[offset] != 0)
    case .int:
      return .int(loadInteger(bytes, offset, dtype.itemsize, swap: swap, signed: true))
    case .uint:
      return .uint(UInt64(bitPattern: loadInteger(bytes, offset, dtype.itemsize, swap: swap, signed: false)))
    case .float:
      switch dtype.itemsize {
      case 2: return .float16(loadFloat16(bytes, offset, swap: swap))
      case 4: return .float32(loadFloat32(bytes, offset, swap: swap))
      case 8: return .float64(loadFloat64(bytes, offset, swap: swap))
      default: return .float80(loadFloat80(bytes, offset, swap: swap))
      }
    case .complex:
      switch dtype.itemsize {
      case 8:
        return .complex64(loadFloat32(bytes, offset, swap: swap), loadFloat32(bytes, offset + 4, swap: swap))
      case 16:
        return .complex128(loadFloat64(bytes, offset, swap: swap), loadFloat64(bytes, offset + 8, swap: swap))
      default:
        return .complex256(loadFloat80(bytes, offset, swap: swap), loadFloat80(bytes, offset + 16, swap: swap))
      }
    case .bytes:
      return .bytes(Array(bytes[offset..<(offset + dtype.itemsize)]))
    case .unicode:
      let units = (0..<(dtype.itemsize / 4)).map {
        UInt32(truncatingIfNeeded: loadInteger(bytes, offset + $0 * 4, 4, swap: swap, signed: false))
      }
      return .unicode(units)
    case .void, .object:
      return .void(Array(bytes[offset..<(offset + dtype.itemsize)]))
    case .datetime:
      return .datetime(loadInteger(bytes, offset, 8, swap: swap, signed: true), dtype.timeUnit)
    case .timedelta:
      return .timedelta(loadInteger(bytes, offset, 8, swap: swap, signed: true), dtype.timeUnit)
    }
  }

  /// An integer of `size` bytes; signed values are sign-extended, unsigned ones zero-extended.
  @inline(__always)
  static func loadInteger(
    _ bytes: UnsafeRawBufferPointer, _ offset: Int, _ size: Int, swap: Bool, signed: Bool
  ) -> Int64 {
    switch size {
    case 1:
      let v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt8.self)
      return signed ? Int64(Int8(bitPattern: v)) : Int64(v)
    case 2:
      var v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
      if swap { v = v.byteSwapped }
      return signed ? Int64(Int16(bitPattern: v)) : Int64(v)
    case 4:
      var v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
      if swap { v = v.byteSwapped }
      return signed ? Int64(Int32(bitPattern: v)) : Int64(v)
    default:
      var v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      if swap { v = v.byteSwapped }
      return Int64(bitPattern: v)
    }
  }

  @inline(__always)
  static func loadFloat16(_ bytes: UnsafeRawBufferPointer, _ offset: Int, swap: Bool) -> Float16 {
    var v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
    if swap { v = v.byteSwapped }
    return Float16(bitPattern: v)
  }

  @inline(__always)
  static func loadFloat32(_ bytes: UnsafeRawBufferPointer, _ offset: Int, swap: Bool) -> Float {
    var v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
    if swap { v = v.byteSwapped }
    return Float(bitPattern: v)
  }

  @inline(__always)
  static func loadFloat64(_ bytes: UnsafeRawBufferPointer, _ offset: Int, swap: Bool) -> Double {
    var v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    if swap { v = v.byteSwapped }
    return Double(bitPattern: v)
  }

  /// x87 extended precision: 10 significant bytes of a 16-byte slot (big-endian `f16` keeps
  /// them in the last 10 bytes, reversed).
  static func loadFloat80(_ bytes: UnsafeRawBufferPointer, _ offset: Int, swap: Bool) -> Float80 {
    // Copy the 10 bytes as they are, so unusual encodings (unnormals, pseudo-NaNs) survive.
    var value = Float80(0)
    withUnsafeMutableBytes(of: &value) { target in
      for i in 0..<10 { target[i] = swap ? bytes[offset + 15 - i] : bytes[offset + i] }
    }
    return value
  }
}
