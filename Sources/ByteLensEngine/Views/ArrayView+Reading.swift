extension ArrayView {
  /// NumPy's `np.frombuffer(source, dtype, count, offset)`: a 1-D view (plus the dimensions
  /// of a subarray dtype), checked in NumPy's order.
  ///
  /// - Parameter count: elements to read; nil reads all, which must then divide evenly.
  public static func frombuffer(
    _ source: any ByteSource, dtype: DType, count: Int? = nil, offset: Int = 0
  ) throws -> ArrayView {
    if dtype.hasObject { throw ViewError.cannotRead(dtype, .holdsObjects) }
    guard dtype.itemsize > 0 else { throw ViewError.cannotRead(dtype, .zeroItemsize) }
    let length = source.count
    guard offset >= 0 && offset <= length else {
      throw ViewError.cannotRead(dtype, .offsetOutsideBuffer(offset: offset, length: length))
    }
    let available = length - offset
    let elements: Int
    if let count, count >= 0 {
      let (need, overflow) = count.multipliedReportingOverflow(by: dtype.itemsize)
      guard !overflow && need <= available else {
        throw ViewError.cannotRead(
          dtype, .tooFewBytes(count: count, offset: offset, available: available))
      }
      elements = count
    } else {
      guard available % dtype.itemsize == 0 else {
        throw ViewError.cannotRead(dtype, .notWholeElements(bytes: available))
      }
      elements = available / dtype.itemsize
    }
    let (base, subshape) = expandSubarray(dtype: dtype, shape: [])
    try checkDimensions(1 + subshape.count)
    let shape = [elements] + subshape
    var strides = [dtype.itemsize]
    strides += contiguousStrides(subshape, itemsize: base.itemsize, order: .C)
    return try ArrayView(
      source: source, offset: offset, shape: shape, strides: strides, dtype: base)
  }

  /// NumPy's `a.view(dtype)`: the same bytes read as another dtype. A different itemsize
  /// rescales the last axis, which must be contiguous.
  public func viewed(as requested: DType) throws -> ArrayView {
    if requested.hasObject || dtype.hasObject {
      throw ViewError.cannotView(dtype, as: requested, .holdsObjects)
    }
    // NumPy: viewing as an unsized void (`V`, or a subarray of zero size such as `(2,0)u1`)
    // means a void of the current itemsize.
    var newType = requested
    if newType.kind == .void, newType.itemsize == 0, !newType.isStructured {
      if newType.subarray == nil {
        newType = DType.scalar(.void, itemsize: dtype.itemsize)
      } else {
        newType.itemsize = dtype.itemsize
      }
    }
    var result = self
    if newType.itemsize != dtype.itemsize {
      if newType.subarray != nil {
        throw ViewError.cannotView(dtype, as: newType, .subarrayNeedsSameItemsize)
      }
      guard ndim > 0 else {
        throw ViewError.cannotView(dtype, as: newType, .zeroDimensional)
      }
      guard newType.itemsize > 0 else {
        throw ViewError.cannotView(dtype, as: newType, .zeroItemsize)
      }
      let axis = ndim - 1
      if shape[axis] != 1 && count != 0 && strides[axis] != dtype.itemsize {
        throw ViewError.cannotView(
          dtype, as: newType, .lastAxisNotContiguous(stride: strides[axis]))
      }
      let (lastBytes, overflow) = shape[axis].multipliedReportingOverflow(by: dtype.itemsize)
      guard !overflow else { throw ViewError.arrayTooBig(shape: shape, itemsize: dtype.itemsize) }
      if newType.itemsize < dtype.itemsize {
        guard dtype.itemsize % newType.itemsize == 0 else {
          throw ViewError.cannotView(dtype, as: newType, .smallerItemsizeDoesNotDivide)
        }
      } else {
        guard lastBytes % newType.itemsize == 0 else {
          throw ViewError.cannotView(
            dtype, as: newType, .lastAxisDoesNotDivide(length: shape[axis]))
        }
      }
      result.shape[axis] = lastBytes / newType.itemsize
      result.strides[axis] = newType.itemsize
    }
    let (base, subshape) = ArrayView.expandSubarray(dtype: newType, shape: [])
    try ArrayView.checkDimensions(ndim + subshape.count)
    result.dtype = base
    result.shape += subshape
    // C-contiguous strides within the element, a zero dimension counting as one (NumPy's
    // `_update_descr_and_dimensions`).
    var subStrides = Array(repeating: 0, count: subshape.count)
    var step = base.itemsize
    for axis in subshape.indices.reversed() {
      subStrides[axis] = step
      step = step &* max(subshape[axis], 1)
    }
    result.strides += subStrides
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
      result.overlaidFields = overlaidFields.map {
        Field(name: $0.name, title: $0.title, dtype: $0.dtype.newByteOrder(change), offset: $0.offset)
      }
      guard byteOrder != .notApplicable else { return result }
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
