extension ArrayView {
  /// NumPy's `a.astype(dtype)` (`casting='unsafe'`): the values in new bytes, laid out in the
  /// order of the strides (NumPy's default `order='K'`).
  ///
  /// Converts between bool, integer, float, complex, `S`, `U`, `V`, datetime64 and timedelta64
  /// as NumPy does (see `Cast`, `TextCast`, `DatetimeCast`); a sizeless `S`/`U`/`V` target takes
  /// NumPy's width for the source (a sizeless `V` keeps a structured source's dtype); a
  /// subarray target repeats each value over its shape; structured dtypes convert field by
  /// field, by position (`StructuredCast`). A same-kind cast that changes at most the byte
  /// order copies the bytes (NaN payloads and bool bytes other than 0/1 survive, as in NumPy).
  /// - Throws: `CastError` where NumPy refuses the cast or a value (text that is not a number,
  ///   a record whose number of fields does not fit), and for object dtypes.
  /// - Parameter legacy: numpy's `legacy` print mode, which the text of numbers cast to `S`/`U`
  ///   follows (float16/float32 stay positional below 1e16 under '2.2' and before).
  public func converted(
    to requested: DType, legacy: Int = PrintOptions.noLegacy
  ) throws -> ArrayView {
    let (requestedBase, subshape) = requested.subarray ?? (requested, [])
    guard !dtype.hasObject, !requestedBase.hasObject, requestedBase.subarray == nil
    else { throw CastError.notSupported(dtype, to: requested) }
    let target = CastRules.sizedTarget(requestedBase, from: dtype)
    let newType =
      subshape.isEmpty
      ? target
      : DType(
        kind: .void, byteOrder: .notApplicable,
        itemsize: try ArrayView.checkedItemsize(target.itemsize, subshape),
        alignment: target.alignment, layout: .subarray(base: target, shape: subshape))
    let convert = try StructuredCast.conversion(from: dtype, to: newType, legacy: legacy)
    let lanes = CastLanes(view: self, target: target)
    let source = dtype
    var index = 0
    if dtype.itemsize == 0 && count > 0 {
      return try convertedFromEmptyElements(convert, to: newType, target: target, subshape: subshape)
    }
    // Made with the first element, after the copy's size has passed the budget.
    var element = [UInt8]()
    let copy = try transformedCopy(order: .K, dtype: newType) { bytes, out in
      if element.isEmpty { element = [UInt8](repeating: 0, count: newType.itemsize) }
      let lane = lanes.lane(at: index)
      index += 1
      try element.withUnsafeMutableBytes { buffer in
        for i in buffer.indices { buffer[i] = 0 }
        try convert(bytes, source, buffer, lane)
      }
      out.append(contentsOf: element)
    }
    guard !subshape.isEmpty else { return copy }
    let innerStrides = copy.count == 0
      ? Array(repeating: 0, count: subshape.count)
      : ArrayView.contiguousStrides(subshape, itemsize: target.itemsize, order: .C)
    return try ArrayView(
      source: copy.source, offset: 0, shape: copy.shape + subshape,
      strides: copy.strides + innerStrides, dtype: target)
  }

  /// `converted(to:)` of elements of no bytes (a record whose only field is a `(0,)`
  /// subarray): there are no bytes to walk, and every element converts alike (numpy: zeros).
  private func convertedFromEmptyElements(
    _ convert: CastRules.ElementConversion, to newType: DType, target: DType, subshape: [Int]
  ) throws -> ArrayView {
    let total = try checkedMultiply(count, newType.itemsize)
    try checkCopySize(total)
    var element = [UInt8](repeating: 0, count: newType.itemsize)
    try element.withUnsafeMutableBytes { buffer in
      try convert(UnsafeRawBufferPointer(start: nil, count: 0), dtype, buffer, .single)
    }
    var out = [UInt8]()
    out.reserveCapacity(total)
    for index in 0..<count {
      if index & 0xFFFF == 0xFFFF { try Cancellation.check() }
      out.append(contentsOf: element)
    }
    let fullShape = shape + subshape
    return try ArrayView(
      source: MemoryByteSource(out, name: "<copy>"), offset: 0, shape: fullShape,
      strides: ArrayView.contiguousStrides(fullShape, itemsize: target.itemsize, order: .C),
      dtype: target)
  }

  /// The itemsize of `count`-element subarrays of `itemsize`-byte elements, overflow-checked.
  private static func checkedItemsize(_ itemsize: Int, _ shape: [Int]) throws -> Int {
    var total = itemsize
    for length in shape {
      let (product, overflow) = total.multipliedReportingOverflow(by: length)
      guard !overflow else { throw DTypeError.sizeOverflows(total, length) }
      total = product
    }
    return total
  }
}

/// Which of NumPy's inner loops converts each element of an `astype`, where the loops differ:
/// float32/float64/complex64/complex128 → uint32 out of range. NumPy's contiguous loop converts
/// four elements at a time, and one at a time for the elements left at the end of a contiguous
/// run (for complex the vector part needs one or two extra elements); strided runs go one at a
/// time. A byte-swapped source is swapped into a buffer and converted in blocks of 128 elements
/// (so is any source for a byte-swapped target);
/// an unaligned complex one goes element by element.
struct CastLanes {
  private let runLength: Int
  private let blockLength: Int
  private let minimumRun: Int
  private let keepsOne: Bool

  init(view: ArrayView, target: DType) {
    let source = view.dtype
    let vectorised =
      target.kind == .uint && target.itemsize == 4
      && ((source.kind == .float && [4, 8].contains(source.itemsize))
        || (source.kind == .complex && [8, 16].contains(source.itemsize)))
      && !(source.kind == .complex && !view.isAligned)
    guard vectorised else {
      (runLength, blockLength, minimumRun, keepsOne) = (1, 1, .max, false)
      return
    }
    // The inner loop: the innermost axes in copy order that NumPy's iterator coalesces. A
    // native source runs the contiguous loop only when they follow on in memory; a byte-swapped
    // one is first copied to a contiguous buffer, whatever its strides.
    let permutation = view.copyPermutation(.K).filter { view.shape[$0] != 1 }
    var run = 1
    if let inner = permutation.last {
      let step = view.strides[inner]
      if source.isNative && step != source.itemsize {
        (runLength, blockLength, minimumRun, keepsOne) = (1, 1, .max, false)
        return
      }
      var expected = step
      for axis in permutation.reversed() {
        guard view.strides[axis] == expected else { break }
        run *= view.shape[axis]
        expected = step * run
      }
    }
    runLength = max(run, 1)
    blockLength = source.isNative && target.isNative ? runLength : min(runLength, 128)
    minimumRun = source.kind == .complex ? (source.itemsize == 8 ? 5 : 6) : 4
    keepsOne = source.kind == .complex
  }

  /// The loop that converts the element at `index` in copy order.
  func lane(at index: Int) -> Cast.Lane {
    guard minimumRun != .max else { return .single }
    let position = index % runLength
    let blockStart = position - position % blockLength
    let length = min(blockLength, runLength - blockStart)
    guard length >= minimumRun else { return .single }
    let vectorCount = keepsOne ? (length - 1) / 4 * 4 : length / 4 * 4
    return position - blockStart < vectorCount ? .vector : .single
  }
}
