/// `.npy` files: `np.load` as a lazy view on the file's bytes, and `np.save` as bytes.
public enum NPYFile {
  /// What `np.load` gives for the `.npy` bytes in `source`: a view on the data that stays
  /// where it is (a file is read on demand), shaped and ordered by the header.
  /// - Throws: `NPYError` for every header problem (`NPYHeader.read`), and for data shorter
  ///   than the shape needs, with both sizes. Bytes after the data are ignored, as numpy
  ///   ignores them.
  public static func open(_ source: any ByteSource) throws -> (header: NPYHeader, view: ArrayView) {
    let header = try NPYHeader.read(from: source)
    let (base, shape) = ArrayView.expandSubarray(dtype: header.dtype, shape: header.shape)
    try ArrayView.checkDimensions(shape.count)
    try ArrayView.checkSize(shape, itemsize: base.itemsize)
    let count = try ArrayView.elementCount(header.shape)
    let need = try checkedMultiply(count, header.dtype.itemsize)
    let available = source.count - header.dataOffset
    guard need <= available else {
      throw NPYError.dataCutShort(
        name: source.name, shape: header.shape, dtype: header.dtype, needed: need,
        headerSize: header.dataOffset, available: available)
    }
    if count == 0 && header.dtype.subarray == nil {
      // numpy reads no elements into a 1-D array with stride 0, then reshapes (C) or
      // reshapes the reversed shape and transposes (F); the strides of an empty result come
      // from those steps.
      let flat = try ArrayView(
        source: source, offset: header.dataOffset, shape: [0], strides: [0], dtype: base)
      let view =
        header.fortranOrder
        ? try flat.reshaped(header.shape.reversed()).transposed()
        : try flat.reshaped(header.shape)
      return (header, view)
    }
    // numpy reads the elements in file order, then reshapes (C) or reshapes the reversed
    // shape and transposes (F): the array dims of a subarray dtype always stay C-ordered.
    let outer = header.shape
    let subshape = Array(shape.dropFirst(outer.count))
    var strides = ArrayView.contiguousStrides(
      outer, itemsize: header.dtype.itemsize, order: header.fortranOrder ? .F : .C)
    strides += ArrayView.contiguousStrides(subshape, itemsize: base.itemsize, order: .C)
    let view = try ArrayView(
      source: source, offset: header.dataOffset, shape: shape, strides: strides, dtype: base)
    return (header, view)
  }

  /// Whether `np.save` would mark a view of this shape written in `order` as Fortran-ordered:
  /// only when the F layout is not also a C layout (numpy's `fortran_order`).
  public static func isFortranOrder(shape: [Int], itemsize: Int, order: MemoryOrder) -> Bool {
    guard order == .F else { return false }
    let strides = ArrayView.contiguousStrides(shape, itemsize: itemsize, order: .F)
    return !ArrayView.isContiguous(shape, strides, itemsize, fortran: false)
  }

  /// The header `np.save` writes for `view`: `order` F writes the data column by column with
  /// `fortran_order: True`; nil follows numpy (F only when the view is F- and not C-contiguous).
  public static func header(for view: ArrayView, order: MemoryOrder?) throws -> (
    bytes: [UInt8], dataOrder: MemoryOrder
  ) {
    let dataOrder: MemoryOrder = order ?? (view.isFortranOnly ? .F : .C)
    let fortran = isFortranOrder(
      shape: view.shape, itemsize: view.dtype.itemsize, order: dataOrder)
    let bytes = try NPYHeader.encode(dtype: view.dtype, shape: view.shape, fortranOrder: fortran)
    return (bytes, fortran ? .F : .C)
  }
}
