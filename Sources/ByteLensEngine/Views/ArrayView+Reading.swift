extension ArrayView {
  /// NumPy's `np.frombuffer(source, dtype, count, offset)`: a 1-D view (plus the dimensions
  /// of a subarray dtype), checked in NumPy's order.
  ///
  /// - Parameter count: elements to read; nil reads all, which must then divide evenly.
  public static func frombuffer(
    _ source: any ByteSource, dtype: DType, count: Int? = nil, offset: Int = 0
  ) throws -> ArrayView {
    if dtype.hasObject {
      throw EngineError(
        "cannot read '\(dtype.str)' from bytes: object arrays hold pointers to Python objects",
        hint: "choose a dtype that describes the bytes themselves, e.g. '<u8'")
    }
    guard dtype.itemsize > 0 else {
      throw EngineError(
        "itemsize cannot be zero in type '\(dtype.str)'",
        hint: "give a size, e.g. 'S8' or 'V8'")
    }
    let length = source.count
    guard offset >= 0 && offset <= length else {
      throw EngineError(
        "offset must be non-negative and no greater than buffer length (\(length)), got \(offset)")
    }
    let available = length - offset
    let elements: Int
    if let count, count >= 0 {
      let (need, overflow) = count.multipliedReportingOverflow(by: dtype.itemsize)
      guard !overflow && need <= available else {
        throw EngineError(
          "buffer is smaller than requested size: \(count) × \(dtype.itemsize) bytes of "
            + "'\(dtype.str)' from offset \(offset), but only \(available) bytes are there",
          hint: available / dtype.itemsize == 1
            ? "at most 1 element fits" : "at most \(available / dtype.itemsize) elements fit")
      }
      elements = count
    } else {
      guard available % dtype.itemsize == 0 else {
        throw EngineError(
          "buffer size must be a multiple of element size: \(available) bytes are not a "
            + "multiple of \(dtype.itemsize) ('\(dtype.str)')",
          hint: "add 'count \(available / dtype.itemsize)' to read whole elements, "
            + "or move the offset")
      }
      elements = available / dtype.itemsize
    }
    let (base, subshape) = expandSubarray(dtype: dtype, shape: [])
    try checkDimensions(1 + subshape.count)
    let shape = [elements] + subshape
    var strides = [dtype.itemsize]
    strides += contiguousStrides(subshape, itemsize: base.itemsize, order: .C)
    return ArrayView(source: source, offset: offset, shape: shape, strides: strides, dtype: base)
  }

  /// NumPy's `a.view(dtype)`: the same bytes read as another dtype. A different itemsize
  /// rescales the last axis, which must be contiguous.
  public func viewed(as newType: DType) throws -> ArrayView {
    if newType.hasObject || dtype.hasObject {
      throw EngineError("cannot view bytes as '\(newType.str)': object arrays hold pointers, not values")
    }
    var result = self
    if newType.itemsize != dtype.itemsize {
      if newType.subarray != nil {
        throw EngineError(
          "cannot view '\(dtype.str)' as subarray '\(newType.description)': changing to a "
            + "subarray type needs the same itemsize (\(dtype.itemsize) vs \(newType.itemsize))")
      }
      guard ndim > 0 else {
        throw EngineError(
          "cannot view a 0-d array as '\(newType.str)': changing the itemsize "
            + "(\(dtype.itemsize) to \(newType.itemsize)) needs an axis")
      }
      guard newType.itemsize > 0 else {
        throw EngineError("itemsize cannot be zero in type '\(newType.str)'")
      }
      let axis = ndim - 1
      if shape[axis] != 1 && count != 0 && strides[axis] != dtype.itemsize {
        throw EngineError(
          "cannot view as '\(newType.str)': to change to a dtype of a different size, the "
            + "last axis must be contiguous (its stride is \(strides[axis]), the itemsize \(dtype.itemsize))",
          hint: "make a contiguous copy first with 'copy'")
      }
      let lastBytes = shape[axis] * dtype.itemsize
      if newType.itemsize < dtype.itemsize {
        guard dtype.itemsize % newType.itemsize == 0 else {
          throw EngineError(
            "cannot view '\(dtype.str)' as '\(newType.str)': when changing to a smaller dtype, "
              + "its size (\(newType.itemsize)) must divide the original size (\(dtype.itemsize))")
        }
      } else {
        guard lastBytes % newType.itemsize == 0 else {
          throw EngineError(
            "cannot view \(lastBytes) bytes as '\(newType.str)': \(lastBytes) is not a "
              + "multiple of \(newType.itemsize)",
            hint: "the last axis holds \(shape[axis]) × \(dtype.itemsize) bytes; change the "
              + "shape or 'count' so it divides")
        }
      }
      result.shape[axis] = lastBytes / newType.itemsize
      result.strides[axis] = newType.itemsize
    }
    let (base, subshape) = ArrayView.expandSubarray(dtype: newType, shape: [])
    try ArrayView.checkDimensions(ndim + subshape.count)
    result.dtype = base
    result.shape += subshape
    result.strides += ArrayView.contiguousStrides(subshape, itemsize: base.itemsize, order: .C)
    return result
  }

  /// NumPy's `a.view(a.dtype.newbyteorder(x))`: the same bytes, read in another byte order.
  public func withByteOrder(_ change: ByteOrderChange) -> ArrayView {
    var result = self
    result.dtype = dtype.newByteOrder(change)
    return result
  }
}

/// The argument of NumPy's `newbyteorder`.
public enum ByteOrderChange: String, Sendable, CaseIterable {
  case little, big, native, swap
}

extension DType {
  /// NumPy's `dtype.newbyteorder`: recurses into fields and subarrays; `|` types unchanged.
  public func newByteOrder(_ change: ByteOrderChange) -> DType {
    var result = self
    switch layout {
    case .scalar:
      guard byteOrder != .notApplicable else { return self }
      switch change {
      case .little: result.byteOrder = .little
      case .big: result.byteOrder = .big
      case .native: result.byteOrder = .native
      case .swap: result.byteOrder = byteOrder == .little ? .big : .little
      }
    case .subarray(let base, let shape):
      result.layout = .subarray(base: base.newByteOrder(change), shape: shape)
    case .structured(let fields, let aligned):
      let swapped = fields.map {
        var field = Field(name: $0.name, title: $0.title, dtype: $0.dtype.newByteOrder(change), offset: $0.offset)
        field.isTitleSearchable = false
        return field
      }
      result.layout = .structured(fields: swapped, isAligned: aligned)
    }
    return result
  }
}
