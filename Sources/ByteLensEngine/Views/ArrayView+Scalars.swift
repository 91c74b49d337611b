extension ArrayView {
  /// The element a NumPy scalar holds, for a 0-d view that stands for one (`a[0]`): NumPy's
  /// scalars of numbers, bools, times and text are in native byte order (`a[0]` of a `>u2`
  /// array is an `np.uint16`), so a byte-swapped element is copied into native order; a void
  /// scalar keeps its dtype, fields and byte orders included (`np.void`).
  ///
  /// Operations on a scalar (`x.view`, `x.byteswap()`, `x.astype`) start from these bytes:
  /// `a[0].view('i2')` of `>u2` data reads the native bytes.
  public func numpyScalarElement() throws -> ArrayView {
    guard ndim == 0, dtype.kind != .void, !dtype.isNative else { return self }
    return try converted(to: dtype.newByteOrder(.native))
  }
}
