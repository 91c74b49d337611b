/// Where the elements of a view start in its source, found window by window.
///
/// A view's element offsets form a lattice, `offset + Σ iₖ·sₖ`. Given a window of bytes, the
/// lattice visits only the elements that overlap it: each axis (largest stride first) skips
/// straight to the indices whose sub-block reaches the window, so a window of a view over a
/// multi-gigabyte file costs time in proportion to what it holds.
struct ElementLattice {
  /// An axis with more than one element and a non-zero stride.
  struct Axis {
    /// The view's axis number.
    var axis: Int
    var count: Int
    /// The stride's magnitude.
    var stride: Int
    /// Whether the view's stride is negative (index `i` sits where `count - 1 - i` would).
    var flipped: Bool
  }

  let itemsize: Int
  let ndim: Int
  /// The axes that move: largest stride first. Axes of length 1 and zero strides are dropped
  /// (they add nothing to an offset).
  private let axes: [Axis]
  /// `extents[k]`: the bytes spanned by one block of axes `k...`, element included.
  private let extents: [Int]
  /// The lowest element start.
  private let base: Int
  /// Whether the view has no elements.
  let isEmpty: Bool

  init(_ view: ArrayView) {
    itemsize = view.dtype.itemsize
    ndim = view.ndim
    isEmpty = view.shape.contains(0)
    var base = view.offset
    var axes: [Axis] = []
    // An empty view has no element to place: its axes (whose spans need not fit an `Int`
    // once a 0 makes the view empty) are left out.
    for (axis, (count, stride)) in zip(view.shape, view.strides).enumerated()
    where !isEmpty && count > 1 && stride != 0 {
      if stride < 0 { base += stride * (count - 1) }
      axes.append(Axis(axis: axis, count: count, stride: abs(stride), flipped: stride < 0))
    }
    axes.sort { $0.stride > $1.stride }
    var extents = Array(repeating: view.dtype.itemsize, count: axes.count + 1)
    for k in axes.indices.reversed() {
      extents[k] = extents[k + 1] + axes[k].stride * (axes[k].count - 1)
    }
    self.axes = axes
    self.extents = extents
    self.base = base
  }

  /// The starts of the elements whose bytes overlap `window`, ascending, without repeats.
  /// - Complexity: O(n log n + ndim) for the n elements found.
  func starts(overlapping window: Range<Int>) -> [Int] {
    var result: [Int] = []
    visit(overlapping: window) { start, _ in result.append(start) }
    if !isSorted(result) { result.sort() }
    var unique = 0
    for value in result where unique == 0 || result[unique - 1] != value {
      result[unique] = value
      unique += 1
    }
    result.removeSubrange(unique...)
    return result
  }

  /// The elements whose bytes overlap `window` with their indices, in memory order.
  func elements(overlapping window: Range<Int>) -> [(start: Int, index: [Int])] {
    var result: [(start: Int, index: [Int])] = []
    visit(overlapping: window) { start, positions in
      var index = Array(repeating: 0, count: ndim)
      for (k, axis) in axes.enumerated() {
        index[axis.axis] = axis.flipped ? axis.count - 1 - positions[k] : positions[k]
      }
      result.append((start, index))
    }
    result.sort { $0.start < $1.start }
    return result
  }

  /// Calls `body` with each element's start and its position along each moving axis.
  private func visit(overlapping window: Range<Int>, _ body: (Int, [Int]) -> Void) {
    guard !isEmpty, !window.isEmpty else { return }
    var positions = Array(repeating: 0, count: axes.count)
    collect(axis: 0, from: base, window: window, positions: &positions, body)
  }

  private func collect(
    axis: Int, from start: Int, window: Range<Int>, positions: inout [Int],
    _ body: (Int, [Int]) -> Void
  ) {
    guard axis < axes.count else {
      // Only a view without moving axes gets here unchecked: its one element.
      if start < window.upperBound && start + itemsize > window.lowerBound {
        body(start, positions)
      }
      return
    }
    let (count, stride) = (axes[axis].count, axes[axis].stride)
    let block = extents[axis + 1]
    // Block i covers start + i·stride ..< start + i·stride + block: keep those in the window.
    let low = window.lowerBound - block - start
    let first = low < 0 ? 0 : low / stride + 1
    let high = window.upperBound - start
    guard high > 0 else { return }
    let last = min(count - 1, (high - 1) / stride)
    guard first <= last else { return }
    for i in first...last {
      positions[axis] = i
      collect(axis: axis + 1, from: start + i * stride, window: window, positions: &positions, body)
    }
  }

  /// The first `limit` elements in memory order, or the last `limit` (`fromEnd`), with their
  /// indices; found by widening a window from one end, so a huge view costs little.
  func edgeElements(_ limit: Int, fromEnd: Bool, within extent: Range<Int>)
    -> [(start: Int, index: [Int])]
  {
    guard !isEmpty, limit > 0, !extent.isEmpty else { return [] }
    var span = max(1, itemsize) * limit
    while true {
      let window =
        fromEnd
        ? max(extent.lowerBound, extent.upperBound - span)..<extent.upperBound
        : extent.lowerBound..<min(extent.upperBound, extent.lowerBound + span)
      var found = elements(overlapping: window)
      // Only elements wholly inside the window are certainly the first (or last) ones.
      found.removeAll { $0.start < window.lowerBound || $0.start + itemsize > window.upperBound }
      if found.count >= limit || window == extent {
        return fromEnd ? Array(found.suffix(limit)) : Array(found.prefix(limit))
      }
      let (doubled, overflow) = span.multipliedReportingOverflow(by: 2)
      span = overflow ? extent.count : doubled
    }
  }

  private func isSorted(_ values: [Int]) -> Bool {
    var previous = Int.min
    for value in values {
      if value < previous { return false }
      previous = value
    }
    return true
  }
}
