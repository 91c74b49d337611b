/// NumPy's memory order arguments.
public enum MemoryOrder: String, Sendable, CaseIterable {
  case C, F, A, K
}

/// A window on a byte source read as an n-dimensional array: NumPy's ndarray without the data.
///
/// A pure value: every operation returns a new view (or a copy in memory when NumPy would copy)
/// or throws a `ViewError` holding the numbers involved. Shape, stride and offset arithmetic
/// is checked for overflow. The top-level dtype is never a subarray: as in NumPy, a subarray
/// dtype expands into trailing dimensions.
public struct ArrayView: Sendable {
  public let source: any ByteSource
  /// Byte offset of element `[0, 0, …]` in the source.
  public var offset: Int
  public var shape: [Int]
  /// Byte steps per axis; may be negative or zero.
  public var strides: [Int]
  public var dtype: DType

  /// Builds a view; callers guarantee every element lies inside the source.
  ///
  /// Every new shape passes through here and NumPy's size rule (`checkSize`), so `count`,
  /// `nbytes`, contiguous strides and the span of every axis fit an `Int` for every view.
  /// Views derived without this initialiser (slices, transposes, fields, `view` of another
  /// dtype) never grow the product of the nonzero dimensions times the itemsize.
  /// - Throws: `ViewError.arrayTooBig` when the shape breaks the rule.
  init(source: any ByteSource, offset: Int, shape: [Int], strides: [Int], dtype: DType) throws {
    try ArrayView.checkSize(shape, itemsize: dtype.itemsize)
    self.source = source
    self.offset = offset
    self.shape = shape
    self.strides = strides
    self.dtype = dtype
  }

  /// A C-contiguous array over `bytes` held in memory.
  /// - Throws: when `bytes` is not exactly the size the shape and dtype need.
  public init(bytes: [UInt8], dtype: DType, shape: [Int], name: String = "<bytes>") throws {
    let source = MemoryByteSource(bytes, name: name)
    let expanded = ArrayView.expandSubarray(dtype: dtype, shape: shape)
    try ArrayView.checkDimensions(expanded.shape.count)
    let count = try ArrayView.elementCount(expanded.shape)
    let need = try checkedMultiply(count, expanded.dtype.itemsize)
    guard need == bytes.count else {
      throw ViewError.bytesDoNotFitShape(shape, dtype: dtype, needed: need, count: bytes.count)
    }
    try self.init(
      source: source, offset: 0, shape: expanded.shape,
      // NumPy gives a newly allocated empty array zero strides.
      strides: count == 0
        ? Array(repeating: 0, count: expanded.shape.count)
        : ArrayView.contiguousStrides(expanded.shape, itemsize: expanded.dtype.itemsize, order: .C),
      dtype: expanded.dtype)
  }

  public var ndim: Int { shape.count }
  /// The number of elements (product of the shape; 1 for a 0-d array).
  ///
  /// A zero dimension anywhere gives 0 before any product is taken: the nonzero dimensions
  /// of an empty view may multiply past `Int.max` only if `checkSize` let them, which it
  /// does not, but their order must not matter either.
  public var count: Int { shape.contains(0) ? 0 : shape.reduce(1, *) }
  public var nbytes: Int { count * dtype.itemsize }

  /// NumPy's `C_CONTIGUOUS` flag (axes of length 1 ignored; empty arrays are contiguous).
  public var isCContiguous: Bool { ArrayView.isContiguous(shape, strides, dtype.itemsize, fortran: false) }
  /// NumPy's `F_CONTIGUOUS` flag.
  public var isFContiguous: Bool { ArrayView.isContiguous(shape, strides, dtype.itemsize, fortran: true) }
  /// NumPy's `ISFORTRAN`: F-contiguous and not C-contiguous.
  public var isFortranOnly: Bool { isFContiguous && !isCContiguous }

  /// Whether the view's first byte and every stride respect the dtype's alignment, measured
  /// from the start of the source.
  public var isAligned: Bool {
    let a = dtype.alignment
    guard a > 1 else { return true }
    return offset % a == 0 && zip(shape, strides).allSatisfy { $0.0 <= 1 || $0.1 % a == 0 }
  }

  static func isContiguous(_ shape: [Int], _ strides: [Int], _ itemsize: Int, fortran: Bool) -> Bool {
    if shape.contains(0) { return true }
    var expected = itemsize
    let axes = fortran ? Array(shape.indices) : Array(shape.indices.reversed())
    for axis in axes where shape[axis] != 1 {
      if strides[axis] != expected { return false }
      expected *= shape[axis]
    }
    return true
  }

  /// NumPy's `_array_fill_strides` for a new contiguous array.
  static func contiguousStrides(_ shape: [Int], itemsize: Int, order: MemoryOrder) -> [Int] {
    var strides = Array(repeating: 0, count: shape.count)
    var step = itemsize
    let axes = order == .F ? Array(shape.indices) : Array(shape.indices.reversed())
    for axis in axes {
      strides[axis] = step
      if shape[axis] != 0 { step = step &* shape[axis] }
    }
    return strides
  }

  /// NumPy's `NPY_MAXDIMS`.
  public static let maximumDimensions = 64

  static func checkDimensions(_ count: Int) throws {
    guard count <= maximumDimensions else {
      throw ViewError.tooManyDimensions(count)
    }
  }

  /// NumPy's size rule for a new array (`PyArray_NewFromDescr_int`): the product of the
  /// nonzero dimensions times the itemsize (1 when it is 0) must fit an `Int`, even when a
  /// zero dimension leaves the array empty. NumPy refuses `np.empty((0, 2**32, 2**32), 'u1')`
  /// with "array is too big".
  /// - Throws: `ViewError.negativeDimension`, `ViewError.arrayTooBig`.
  public static func checkSize(_ shape: [Int], itemsize: Int) throws {
    var bytes = max(itemsize, 1)
    for dim in shape where dim != 0 {
      guard dim > 0 else { throw ViewError.negativeDimension(dim) }
      let (product, overflow) = bytes.multipliedReportingOverflow(by: dim)
      guard !overflow else { throw ViewError.arrayTooBig(shape: shape, itemsize: itemsize) }
      bytes = product
    }
  }

  /// The product of `shape`, checked for overflow.
  static func elementCount(_ shape: [Int]) throws -> Int {
    var count = 1
    for dim in shape {
      guard dim >= 0 else { throw ViewError.negativeDimension(dim) }
      let (product, overflow) = count.multipliedReportingOverflow(by: dim)
      guard !overflow else { throw ViewError.tooManyElements(shape: shape) }
      count = product
    }
    return count
  }

  /// A subarray dtype becomes trailing dimensions of its base, as NumPy does for array dtypes.
  static func expandSubarray(dtype: DType, shape: [Int]) -> (dtype: DType, shape: [Int]) {
    if let (base, subshape) = dtype.subarray { return (base, shape + subshape) }
    return (dtype, shape)
  }

  /// The lowest and one-past-highest byte the view touches, relative to the source.
  public var byteExtent: Range<Int> {
    if shape.contains(0) { return offset..<offset }
    var low = offset
    var high = offset
    for (dim, stride) in zip(shape, strides) where dim > 1 {
      let span = stride * (dim - 1)
      if span < 0 { low += span } else { high += span }
    }
    return low..<(high + dtype.itemsize)
  }

  /// The byte offset of the element at `index` (one entry per axis, each in range).
  public func byteOffset(of index: [Int]) -> Int {
    var position = offset
    for (i, stride) in zip(index, strides) { position += i * stride }
    return position
  }

  /// Checks an index against the shape and turns negatives into positions.
  public func normalizedIndex(_ index: [Int]) throws -> [Int] {
    guard index.count == ndim else {
      throw ViewError.wrongIndexCount(index.count, shape: shape)
    }
    return try zip(index, shape).enumerated().map { axis, pair in
      let (i, dim) = pair
      let position = i < 0 ? i + dim : i
      guard position >= 0 && position < dim else {
        throw ViewError.indexOutOfBounds(i, axis: axis, size: dim)
      }
      return position
    }
  }

  /// Decodes the element at `index` (negative entries count from the end).
  /// - Throws: `ViewError` for a bad index; `BudgetError` for an element too large to print.
  public func scalar(at index: [Int]) throws -> Scalar {
    try AllocationBudget.checkElement(of: dtype)
    let position = byteOffset(of: try normalizedIndex(index))
    return try source.withBytes(in: position..<(position + dtype.itemsize)) {
      ElementDecoder.decode(dtype, from: $0, at: 0)
    }
  }

  /// Calls `body` with the byte offset of every element, in C order of the view's indices.
  /// Stops with `Interrupted` when `Cancellation` is requested.
  public func forEachElementOffset(order: MemoryOrder = .C, _ body: (Int) throws -> Void) throws {
    if shape.contains(0) { return }
    if shape.isEmpty {
      try body(offset)
      return
    }
    let axes = order == .F ? Array(shape.indices) : Array(shape.indices.reversed())
    var counters = Array(repeating: 0, count: shape.count)
    // Wrapping arithmetic: a slice with a huge step leaves a wrapped stride on an axis of
    // length 1 (as NumPy's C arithmetic does); it is added and taken away again, so every
    // position given to `body` is exact.
    var position = offset
    var sinceCheck = 0
    while true {
      try body(position)
      sinceCheck += 1
      if sinceCheck == 1 << 16 {
        sinceCheck = 0
        if Cancellation.isRequested { throw Interrupted() }
      }
      var carried = true
      for axis in axes {
        counters[axis] += 1
        position &+= strides[axis]
        if counters[axis] < shape[axis] {
          carried = false
          break
        }
        position &-= strides[axis] &* shape[axis]
        counters[axis] = 0
      }
      if carried { return }
    }
  }
}
