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
