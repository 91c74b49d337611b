extension ArrayView {
  /// NumPy's `a.reshape(shape, order=order)`: a view when the strides allow it, otherwise a
  /// copy in memory, exactly as NumPy decides. One dimension may be `-1`.
  public func reshaped(_ requested: [Int], order: MemoryOrder = .C) throws -> ArrayView {
    var order = order
    if order == .A { order = isFortranOnly ? .F : .C }
    if order == .K { throw ViewError.reshapeOrderNotPermitted(order) }
    if requested == shape { return self }
    try ArrayView.checkDimensions(requested.count)
    let newShape = try resolvedShape(requested)
    var base = self
    var strides: [Int]? = nil
    if (order == .C && !isCContiguous) || (order == .F && !isFContiguous) {
      if let found = noCopyStrides(newShape, fortran: order == .F) {
        strides = found
      } else {
        base = try copied(order: order)
      }
    }
    let fillOrder: MemoryOrder
    if newShape.count > 1 {
      fillOrder = order
    } else {
      fillOrder = base.isFortranOnly ? .F : .C
    }
    return try ArrayView(
      source: base.source, offset: base.offset, shape: newShape,
      strides: strides ?? ArrayView.contiguousStrides(newShape, itemsize: dtype.itemsize, order: fillOrder),
      dtype: dtype)
  }

  /// NumPy's `_fix_unknown_dimension`.
  private func resolvedShape(_ requested: [Int]) throws -> [Int] {
    let size = count
    var known = 1
    var unknown: Int? = nil
    var shape = requested
    for (axis, dim) in requested.enumerated() {
      if dim < 0 {  // NumPy takes any negative dimension as the unknown one
        guard unknown == nil else {
          throw ViewError.cannotReshape(count: size, into: requested, .twoUnknownDimensions)
        }
        unknown = axis
      } else {
        let (product, overflow) = known.multipliedReportingOverflow(by: dim)
        guard !overflow else {
          throw ViewError.cannotReshape(count: size, into: requested, .sizeOverflows)
        }
        known = product
      }
    }
    if let unknown {
      guard known != 0 && size % known == 0 else {
        throw ViewError.cannotReshape(count: size, into: requested, .notAMultiple(of: known))
      }
      shape[unknown] = size / known
    } else if known != size {
      throw ViewError.cannotReshape(count: size, into: requested, .holds(known))
    }
    return shape
  }

  /// NumPy's `_attempt_nocopy_reshape`: strides for `newShape` over the same bytes, or nil
  /// when the axes cannot be merged or split without a copy.
  private func noCopyStrides(_ newShape: [Int], fortran: Bool) -> [Int]? {
    var oldDims: [Int] = []
    var oldStrides: [Int] = []
    for (dim, stride) in zip(shape, strides) where dim != 1 {
      oldDims.append(dim)
      oldStrides.append(stride)
    }
    var newStrides = Array(repeating: 0, count: newShape.count)
    var oi = 0, oj = 1, ni = 0, nj = 1
    while ni < newShape.count && oi < oldDims.count {
      var np = newShape[ni]
      var op = oldDims[oi]
      while np != op {
        if np < op {
          guard nj < newShape.count else { return nil }
          np *= newShape[nj]
          nj += 1
        } else {
          guard oj < oldDims.count else { return nil }
          op *= oldDims[oj]
          oj += 1
        }
      }
      for ok in oi..<(oj - 1) {
        if fortran {
          if oldStrides[ok + 1] != oldDims[ok] * oldStrides[ok] { return nil }
        } else {
          if oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] { return nil }
        }
      }
      if fortran {
        newStrides[ni] = oldStrides[oi]
        for nk in (ni + 1)..<max(nj, ni + 1) { newStrides[nk] = newStrides[nk - 1] * newShape[nk - 1] }
      } else {
        newStrides[nj - 1] = oldStrides[oj - 1]
        var nk = nj - 1
        while nk > ni {
          newStrides[nk - 1] = newStrides[nk] * newShape[nk]
          nk -= 1
        }
      }
      ni = nj
      nj += 1
      oi = oj
      oj += 1
    }
    var lastStride = ni >= 1 ? newStrides[ni - 1] : dtype.itemsize
    if fortran && ni >= 1 { lastStride *= newShape[ni - 1] }
    for nk in ni..<newShape.count { newStrides[nk] = lastStride }
    return newStrides
  }

  /// NumPy's `a.transpose(axes)`; nil reverses the axes. Negative axes count from the end.
  public func transposed(_ axes: [Int]? = nil) throws -> ArrayView {
    let permutation: [Int]
    if let axes {
      guard axes.count == ndim else {
        throw ViewError.axesDoNotMatch(axes, ndim: ndim)
      }
      var seen = Set<Int>()
      permutation = try axes.map { axis in
        let normal = axis < 0 ? axis + ndim : axis
        guard normal >= 0 && normal < ndim else {
          throw ViewError.axisOutOfBounds(axis, ndim: ndim)
        }
        guard seen.insert(normal).inserted else {
          throw ViewError.repeatedAxis(axis, axes: axes)
        }
        return normal
      }
    } else {
      permutation = Array((0..<ndim).reversed())
    }
    var result = self
    result.shape = permutation.map { shape[$0] }
    result.strides = permutation.map { strides[$0] }
    return result
  }
}
