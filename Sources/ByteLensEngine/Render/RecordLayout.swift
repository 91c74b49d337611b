/// Which field owns each byte of one element: a dtype's leaf fields laid over its itemsize.
///
/// Nested records are flattened to their leaves (`pos.x`, `pos.y`), each at its offset from the
/// start of the element. Bytes no leaf covers are padding. Where fields overlap (a dict dtype
/// with explicit offsets allows it), the field defined first owns the byte.
struct RecordLayout {
  /// A field that holds data of its own: not itself a record.
  struct Leaf: Equatable {
    /// The path of names from the top, joined with `.`.
    var name: String
    var dtype: DType
    /// The offset from the start of the element.
    var offset: Int
    /// Nesting depth: 0 for a top-level field.
    var depth: Int
    /// The index of the field at each level, from the top.
    var path: [Int]

    /// One past the leaf's last byte (saturating, for hostile offsets).
    var end: Int {
      let (sum, overflow) = offset.addingReportingOverflow(dtype.itemsize)
      return overflow ? Int.max : sum
    }
  }

  /// A run of bytes of the element owned by one leaf, or by none (padding).
  struct Segment: Equatable {
    var range: Range<Int>
    /// The index into `leaves`; nil for padding.
    var leaf: Int?
  }

  let itemsize: Int
  let isStructured: Bool
  /// The leaves in definition order; empty for a plain dtype.
  let leaves: [Leaf]
  /// The element's bytes in order, covering `0..<itemsize`. A plain dtype is one segment
  /// owned by leaf 0.
  let segments: [Segment]

  init(_ dtype: DType) {
    itemsize = dtype.itemsize
    isStructured = dtype.isStructured
    guard dtype.isStructured else {
      leaves = []
      segments = itemsize > 0 ? [Segment(range: 0..<itemsize, leaf: 0)] : []
      return
    }
    var leaves: [Leaf] = []
    RecordLayout.flatten(dtype, prefix: "", path: [], offset: 0, into: &leaves)
    self.leaves = leaves
    segments = RecordLayout.segments(of: leaves, itemsize: dtype.itemsize)
  }

  /// The number of bytes no leaf covers.
  var paddingBytes: Int {
    segments.reduce(0) { $0 + ($1.leaf == nil ? $1.range.count : 0) }
  }

  private static func flatten(
    _ dtype: DType, prefix: String, path: [Int], offset: Int, into leaves: inout [Leaf]
  ) {
    for (index, field) in dtype.fields.enumerated() {
      // Names come from files: escaped, so a control character cannot reach the terminal.
      let own = PythonRepr.escaped(field.name)
      let name = prefix.isEmpty ? own : prefix + "." + own
      let (start, overflow) = offset.addingReportingOverflow(field.offset)
      guard !overflow else { continue }
      if field.dtype.isStructured {
        flatten(field.dtype, prefix: name, path: path + [index], offset: start, into: &leaves)
      } else {
        leaves.append(
          Leaf(
            name: name, dtype: field.dtype, offset: start, depth: path.count, path: path + [index]))
      }
    }
  }

  /// Cuts `0..<itemsize` at every leaf boundary and gives each piece its first owner.
  private static func segments(of leaves: [Leaf], itemsize: Int) -> [Segment] {
    guard itemsize > 0 else { return [] }
    var cuts: Set<Int> = [0, itemsize]
    for leaf in leaves where leaf.dtype.itemsize > 0 {
      cuts.insert(min(max(leaf.offset, 0), itemsize))
      cuts.insert(min(max(leaf.end, 0), itemsize))
    }
    let points = cuts.sorted()
    // Leaves by start, so each piece finds its owners among the few that have begun.
    let order = leaves.indices.filter { leaves[$0].dtype.itemsize > 0 }
      .sorted { (leaves[$0].offset, $0) < (leaves[$1].offset, $1) }
    var next = 0
    var active: [Int] = []
    var result: [Segment] = []
    for (low, high) in zip(points, points.dropFirst()) {
      while next < order.count, leaves[order[next]].offset <= low {
        active.append(order[next])
        next += 1
      }
      active.removeAll { leaves[$0].end <= low }
      let owner = active.min()
      if let last = result.last, last.leaf == owner, last.range.upperBound == low {
        result[result.count - 1].range = last.range.lowerBound..<high
      } else {
        result.append(Segment(range: low..<high, leaf: owner))
      }
    }
    return result
  }
}
