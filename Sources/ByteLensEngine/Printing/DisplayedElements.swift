/// The elements an array print shows: every element, or only the corners of a summarised array
/// (NumPy's `_leading_trailing`). Only these are ever decoded, so a summarised view of a
/// multi-gigabyte file costs a few dozen reads.
struct DisplayedElements {
  /// The full array's shape.
  let shape: [Int]
  /// Whether the array is summarised (more elements than `threshold`).
  let summarised: Bool
  let edgeItems: Int
  /// The decoded corners, in C order over `cornerShape`.
  let values: [Scalar]
  let cornerShape: [Int]
  /// The elements the number format is chosen from: NumPy's `_leading_trailing(a, edgeitems)`.
  /// These are `values` unless `edgeitems` is 0 or less, where NumPy's slices `a[:e]` and
  /// `a[-e:]` take far more than they show (`a[-0:]` is the whole axis).
  let formatValues: [Scalar]

  /// Decodes the displayed elements; `element` reads one element at a full index.
  /// - Throws: what `element` throws, or what `Cancellation.check()` throws on Ctrl-C.
  /// What one shown element costs beside its bytes and their text: the decoded `Scalar`.
  static let bytesPerElement = 64

  /// - Throws: `BudgetError` when the elements shown would pass `AllocationBudget.bytes`.
  init(
    shape: [Int], itemsize: Int, summarised: Bool, edgeItems: Int, element: ([Int]) throws -> Scalar
  ) throws {
    self.shape = shape
    self.summarised = summarised
    self.edgeItems = edgeItems
    // Per axis: the positions shown. With `edgeitems` of 0 or less NumPy still prints the
    // last element.
    let shownPositions = shape.map { length -> Positions in
      guard summarised && Self.summarises(length: length, edgeItems: edgeItems) else {
        return Positions(leading: 0..<length, trailing: length..<length)
      }
      let leading = max(edgeItems, 0)
      let tail = max(edgeItems, 1)
      return Positions(leading: 0..<leading, trailing: (length - tail)..<length)
    }
    cornerShape = shownPositions.map(\.count)
    let perElement =
      DisplayedElements.bytesPerElement + AllocationBudget.textBytesPerItemByte * itemsize
    values = try Self.decode(
      shownPositions, perElement: perElement, element: element,
      purpose: { .printedElements(elements: $0) })
    guard summarised && edgeItems <= 0 else {
      formatValues = values
      return
    }
    // `a[:e]` then `a[-e:]` along every axis: for e = 0 the whole axis, for e < 0 the
    // positions before `length + e` and those from `-e` on.
    let formatPositions = shape.map { length -> Positions in
      let distance = edgeItems.magnitude >= UInt(length) ? length : Int(edgeItems.magnitude)
      let leadingEnd = edgeItems == 0 ? 0 : length - distance
      return Positions(leading: 0..<leadingEnd, trailing: distance..<length)
    }
    formatValues = try Self.decode(
      formatPositions, perElement: perElement, element: element,
      purpose: { .formatElements(elements: $0) })
  }

  /// Whether an axis of `length` is summarised: NumPy's `2 * edgeitems < length`, without the
  /// overflow.
  static func summarises(length: Int, edgeItems: Int) -> Bool {
    edgeItems < length / 2 + length % 2
  }

  /// The positions taken along one axis: a leading run, then a trailing one (which may overlap
  /// it, as NumPy's concatenated slices do).
  private struct Positions {
    let leading: Range<Int>
    let trailing: Range<Int>
    var count: Int { leading.count + trailing.count }
    var isEmpty: Bool { count == 0 }
    subscript(_ k: Int) -> Int {
      k < leading.count ? leading.lowerBound + k : trailing.lowerBound + k - leading.count
    }
  }

  /// Decodes the elements at every combination of `positions` (one run pair per axis), in C
  /// order.
  private static func decode(
    _ positions: [Positions], perElement: Int, element: ([Int]) throws -> Scalar,
    purpose: (Int) -> BudgetError.Purpose
  ) throws -> [Scalar] {
    if positions.contains(where: \.isEmpty) { return [] }
    var count = 1
    for axis in positions {
      let (product, overflow) = count.multipliedReportingOverflow(by: axis.count)
      count = overflow ? Int.max : product
    }
    try AllocationBudget.check(count, of: perElement, for: purpose(count))
    var values: [Scalar] = []
    values.reserveCapacity(count)
    var counter = [Int](repeating: 0, count: positions.count)
    outer: while true {
      values.append(try element(zip(positions, counter).map { $0[$1] }))
      if values.count & 0xFFF == 0 { try Cancellation.check() }
      var axis = positions.count - 1
      while axis >= 0 {
        counter[axis] += 1
        if counter[axis] < positions[axis].count { continue outer }
        counter[axis] = 0
        axis -= 1
      }
      break
    }
    return values
  }

  /// The element at `index`, whose entries count from the end when negative (as
  /// `_formatArray` indexes the trailing edge).
  func value(at index: [Int]) -> Scalar {
    var position = 0
    for (axis, i) in index.enumerated() {
      let corner = i >= 0 ? i : cornerShape[axis] + i
      position = position * cornerShape[axis] + corner
    }
    return values[position]
  }
}
