extension ArrayView {
  /// NumPy's `a.copy(order)`: a contiguous copy in memory. `A` is F when the view is
  /// F-contiguous only; `K` keeps the order of the strides.
  public func copied(order: MemoryOrder = .C, name: String = "<copy>") throws -> ArrayView {
    try transformedCopy(order: order, dtype: dtype, name: name) { bytes, target in
      target.append(contentsOf: bytes)
    }
  }

  /// NumPy's `a.tobytes(order)`: the stored bytes (no swapping), in the order of
  /// `tobytesVisitOrder(order)`. `forEachByteChunk` gives the same bytes without holding them.
  public func tobytes(order: MemoryOrder = .C) throws -> [UInt8] {
    try checkCopySize(nbytes)
    var out = [UInt8]()
    out.reserveCapacity(nbytes)
    try forEachByteChunk(order: order) { out.append(contentsOf: $0) }
    return out
  }

  /// NumPy's `a.byteswap()`: a copy with every scalar's bytes reversed and the dtype kept,
  /// so the values change. The copy keeps an F layout for F-only views (order 'A').
  public func byteswapped() throws -> ArrayView {
    let type = dtype
    return try transformedCopy(order: .A, dtype: dtype) { element, target in
      var bytes = Array(element)
      bytes.withUnsafeMutableBytes { ByteSwapper.swap(type, in: $0, at: 0) }
      target.append(contentsOf: bytes)
    }
  }

  func checkCopySize(_ bytes: Int) throws {
    guard bytes <= AllocationBudget.bytes else {
      throw ViewError.copyTooLarge(bytes: bytes, limit: AllocationBudget.bytes)
    }
  }

  /// The axis permutation a copy in `order` lays memory out by: memory goes in C order over it.
  func copyPermutation(_ order: MemoryOrder) -> [Int] {
    switch order {
    case .C: return Array(0..<ndim)
    case .F: return Array((0..<ndim).reversed())
    case .A: return isFortranOnly ? Array((0..<ndim).reversed()) : Array(0..<ndim)
    case .K:
      if isCContiguous { return Array(0..<ndim) }
      if isFContiguous { return Array((0..<ndim).reversed()) }
      // NumPy's PyArray_CreateSortedStridePerm: stable, by descending absolute stride.
      return (0..<ndim).sorted { a, b in
        let sa = abs(strides[a]), sb = abs(strides[b])
        return sa != sb ? sa > sb : a < b
      }
    }
  }

  /// Copies every element into new memory laid out in `order` (NumPy's C/F/A/K rules),
  /// transforming each element's bytes with `transform`, which appends `newType.itemsize` bytes.
  func transformedCopy(
    order: MemoryOrder, dtype newType: DType, name: String = "<copy>",
    _ transform: (UnsafeRawBufferPointer, inout [UInt8]) throws -> Void
  ) throws -> ArrayView {
    let total = try checkedMultiply(count, newType.itemsize)
    try checkCopySize(total)
    let permutation = copyPermutation(order)
    var out = [UInt8]()
    out.reserveCapacity(total)
    let permuted = try transposed(permutation)
    try permuted.forEachElementBytes(order: .C) { try transform($0, &out) }
    // NumPy gives a newly allocated empty array zero strides.
    var newStrides = Array(repeating: 0, count: ndim)
    var step = newType.itemsize
    for axis in permutation.reversed() where count > 0 {
      newStrides[axis] = step
      step *= shape[axis]
    }
    return try ArrayView(
      source: MemoryByteSource(out, name: name), offset: 0, shape: shape,
      strides: newStrides, dtype: newType)
  }
}

/// Reverses the bytes of each scalar in an element, as NumPy's `byteswap` does.
enum ByteSwapper {
  static func swap(_ dtype: DType, in bytes: UnsafeMutableRawBufferPointer, at offset: Int) {
    switch dtype.layout {
    case .structured(let fields, _):
      for field in fields { swap(field.dtype, in: bytes, at: offset + field.offset) }
    case .subarray(let base, let shape):
      for i in 0..<shape.reduce(1, *) { swap(base, in: bytes, at: offset + i * base.itemsize) }
    case .scalar:
      switch dtype.kind {
      case .bool, .bytes, .void, .object: return
      case .complex:
        let half = dtype.itemsize / 2
        reverse(bytes, offset, half)
        reverse(bytes, offset + half, half)
      case .unicode:
        for unit in 0..<(dtype.itemsize / 4) { reverse(bytes, offset + unit * 4, 4) }
      default:
        reverse(bytes, offset, dtype.itemsize)
      }
    }
  }

  private static func reverse(_ bytes: UnsafeMutableRawBufferPointer, _ start: Int, _ length: Int) {
    var i = start, j = start + length - 1
    while i < j {
      bytes.swapAt(i, j)
      i += 1
      j -= 1
    }
  }
}
