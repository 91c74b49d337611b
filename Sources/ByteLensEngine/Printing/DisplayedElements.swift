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
    // Per axis: how many leading positions are shown, and where the shown tail starts.
    // With `edgeitems=0` NumPy still prints the last element.
    let corners = shape.map { length -> (count: Int, leading: Int, tailStart: Int) in
      guard summarised && length > 2 * edgeItems else { return (length, length, length) }
      let tail = max(edgeItems, 1)
      return (edgeItems + tail, edgeItems, length - tail)
    }
    cornerShape = corners.map(\.count)
    // Not summarised, every element is decoded and then formatted in memory.
    let shown = cornerShape.contains(0) ? 0 : cornerShape.reduce(1, *)
    try AllocationBudget.check(
      shown,
      of: DisplayedElements.bytesPerElement + AllocationBudget.textBytesPerItemByte * itemsize,
      for: .printedElements(elements: shown))
    var values: [Scalar] = []
    values.reserveCapacity(shown)
    if !cornerShape.contains(0) {
      var counter = [Int](repeating: 0, count: shape.count)
      outer: while true {
        values.append(
          try element(
            zip(corners, counter).map { $1 < $0.leading ? $1 : $0.tailStart + $1 - $0.leading }))
        if values.count & 0xFFF == 0 { try Cancellation.check() }
        var axis = shape.count - 1
        while axis >= 0 {
          counter[axis] += 1
          if counter[axis] < cornerShape[axis] { continue outer }
          counter[axis] = 0
          axis -= 1
        }
        break
      }
    }
    self.values = values
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
