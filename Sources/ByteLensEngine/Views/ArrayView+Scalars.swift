extension ArrayView {
  /// The element a NumPy scalar holds, for a 0-d view that stands for one (`a[0]`).
  ///
  /// NumPy's scalars of numbers, bools and times are in native byte order (`a[0]` of a `>u2`
  /// array is an `np.uint16`); an `np.bytes_` or `np.str_` holds its text without the trailing
  /// NULs, in a dtype of that length (`|S1` for `b'7\0\0'`; an empty one acts as length 1,
  /// as numpy's array of it is); a void scalar keeps its dtype, fields and byte orders
  /// (`np.void`). Operations on a scalar (`x.view`, `x.byteswap()`, `x.astype`, `x.reshape`)
  /// start from these bytes: `a[0].view('i2')` of `>u2` data reads the native bytes.
  public func numpyScalarElement() throws -> ArrayView {
    guard ndim == 0 else { return self }
    var target = dtype.newByteOrder(.native)
    switch dtype.kind {
    case .void:
      return self
    case .bool:
      // numpy's bool scalars are np.True_ and np.False_: a byte other than 0 or 1 becomes 1.
      guard case .bool(let value) = try scalar(at: []), value,
        try source.withBytes(in: offset..<(offset + 1), { $0[0] }) != 1
      else { return self }
      return try ArrayView(
        source: MemoryByteSource([1], name: "<copy>"), offset: 0, shape: [], strides: [],
        dtype: dtype)
    case .bytes, .unicode:
      let length: Int
      switch try scalar(at: []) {
      case .bytes(let bytes): length = bytes.count - bytes.reversed().prefix { $0 == 0 }.count
      case .unicode(let units): length = units.count - units.reversed().prefix { $0 == 0 }.count
      default: length = dtype.itemsize
      }
      target.itemsize = Swift.max(length, 1) * (dtype.kind == .unicode ? 4 : 1)
    default:
      break
    }
    return target == dtype ? self : try converted(to: target)
  }

  /// The dtype NumPy gives the scalar of this 0-d view: `numpyScalarElement()`'s, except that
  /// an empty `np.bytes_`/`np.str_` has itemsize 0 (`|S0`), which no view of it can take.
  public func numpyScalarDType() throws -> DType {
    let element = try numpyScalarElement()
    var result = element.dtype
    if result.kind == .bytes || result.kind == .unicode, element.isEmptyText() {
      result.itemsize = 0
    }
    return result
  }

  private func isEmptyText() -> Bool {
    switch try? scalar(at: []) {
    case .bytes(let bytes): return bytes.allSatisfy { $0 == 0 }
    case .unicode(let units): return units.allSatisfy { $0 == 0 }
    default: return false
    }
  }
}
