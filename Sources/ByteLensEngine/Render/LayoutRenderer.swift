/// Where each element of a view lies: the grid of indices with their byte offsets, the stride
/// formula, the elements in memory order, and the same shape laid out in C and in F order side
/// by side.
///
/// Up to three dimensions (a 3-D view draws one grid per first index). Axes are summarised as
/// NumPy summarises arrays: when the view has more than `threshold` elements, or when a grid
/// would not fit in `linewidth`, an axis longer than `2 × edgeitems` shows its first and last
/// `edgeitems` indices around `...`. The memory-order strips show the first and last few
/// elements of a large view, found without visiting the rest.
public struct LayoutRenderer {
  let view: ArrayView
  let options: PrintOptions

  /// Elements shown at each end of a memory-order strip of a large view.
  static let stripEdge = 8
  /// The most elements a grid shows in full.
  static let largestGrid = 10_000
  static let indexNames = ["i", "j", "k"]

  /// - Throws: for a view of more than three dimensions.
  public init(_ view: ArrayView, options: PrintOptions = PrintOptions()) throws {
    guard view.ndim <= 3 else {
      throw RenderError.tooManyDimensions(shape: view.shape, limit: 3)
    }
    self.view = view
    self.options = options
  }

  public func render() -> StyledText {
    var text = StyledText()
    let itemsize = view.dtype.itemsize
    text.append("shape ", role: .label)
    text.append(PythonRepr.tuple(view.shape), role: .value)
    text.append(", strides ", role: .label)
    text.append(PythonRepr.tuple(view.strides), role: .value)
    text.append(", itemsize ", role: .label)
    text.append(String(itemsize), role: .value)
    text.append(", offset ", role: .label)
    text.append(String(view.offset), role: .offset)
    text.appendLine()
    if view.ndim > 0 { formula(into: &text) }

    guard view.ndim > 0 else {
      text.appendLine(
        "a 0-d view: its one element is at byte offset \(view.offset) "
          + "(\(Hex.offset(view.offset))), bytes \(view.offset) to "
          + "\(view.offset + itemsize - 1)", role: .muted)
      return text
    }
    guard view.count > 0 else {
      text.appendLine(
        "the view is empty: with a 0 in its shape no index exists, so no byte is used",
        role: .muted)
      return text
    }

    text.appendLine()
    text.appendLine("byte offset of each index in this view:", role: .label)
    for line in grid(strides: view.strides, base: view.offset) {
      text.append(line)
      text.appendLine()
    }
    text.appendLine()
    text.append("memory order", role: .label)
    text.appendLine(" (byte offset: index, lowest offset first):", role: .muted)
    memoryStrip(into: &text)

    text.appendLine()
    contiguousComparison(into: &text)
    return text
  }

  // MARK: Pieces

  /// `byte offset of [i, j] = 0 + i·12 + j·4`.
  private func formula(into text: inout StyledText) {
    let names = Array(Self.indexNames.prefix(view.ndim))
    text.append("byte offset of ", role: .muted)
    text.append("[" + names.joined(separator: ", ") + "]", role: .value)
    text.append(" = ", role: .muted)
    text.append(String(view.offset), role: .offset)
    for (name, stride) in zip(names, view.strides) {
      text.append(stride < 0 ? " - " : " + ")
      text.append("\(name)·\(stride.magnitude)", role: .value)
    }
    text.appendLine()
  }

  /// The indices shown along an axis: all, or the edges around a `nil` for `...`.
  private func shownIndices(axis: Int, summarise: Bool) -> [Int?] {
    let count = view.shape[axis]
    let edge = options.edgeitems
    guard summarise, DisplayedElements.summarises(length: count, edgeItems: edge) else {
      return Array(0..<count)
    }
    return Array(0..<max(edge, 0)) + [nil] + Array((count - max(edge, 1))..<count)
  }

  /// Grid lines of the offsets `base + Σ i·s` for this view's shape.
  func grid(strides: [Int], base: Int) -> [StyledText] {
    // Past `largestGrid` elements the grid is summarised whatever the threshold says: a
    // grid of every element of a large file would not fit in memory, let alone a screen.
    let summarise = view.count > options.threshold || view.count > Self.largestGrid
    var indices = (0..<view.ndim).map { shownIndices(axis: $0, summarise: summarise) }
    var lines = gridLines(indices: indices, strides: strides, base: base)
    let widest = lines.map(\.byteCount).max() ?? 0
    if widest > options.linewidth,
      DisplayedElements.summarises(length: view.shape[view.ndim - 1], edgeItems: options.edgeitems)
    {
      // Too wide for a line: summarise the columns even below the threshold.
      indices[view.ndim - 1] = shownIndices(axis: view.ndim - 1, summarise: true)
      lines = gridLines(indices: indices, strides: strides, base: base)
    }
    return lines
  }

  private func gridLines(indices: [[Int?]], strides: [Int], base: Int) -> [StyledText] {
    let ndim = indices.count
    func offset(_ index: [Int]) -> Int {
      zip(index, strides).reduce(base) { $0 + $1.0 * $1.1 }
    }
    // Rows are indexed by the second-to-last axis (if any), columns by the last.
    let columnAxis = ndim - 1
    let columnName = Self.indexNames[columnAxis]
    let columns = indices[columnAxis]
    let rows: [Int?] = ndim >= 2 ? indices[ndim - 2] : [0]
    let rowName = ndim >= 2 ? Self.indexNames[ndim - 2] : ""
    let blocks: [Int?] = ndim == 3 ? indices[0] : [0]

    var cellWidth = columns.map { $0.map { "\(columnName)=\($0)".count } ?? 3 }.max() ?? 3
    var allOffsets: [Int] = []
    for block in blocks {
      for row in rows {
        for column in columns {
          guard let block, let row, let column else { continue }
          let index = ndim == 3 ? [block, row, column] : (ndim == 2 ? [row, column] : [column])
          allOffsets.append(offset(index))
        }
      }
    }
    cellWidth = max(cellWidth, allOffsets.map { String($0).count }.max() ?? 1)
    let rowLabelWidth =
      ndim >= 2 ? (rows.map { $0.map { "\(rowName)=\($0)".count } ?? 3 }.max() ?? 3) : 0

    var lines: [StyledText] = []
    for (blockNumber, block) in blocks.enumerated() {
      if ndim == 3 {
        if blockNumber > 0 { lines.append(StyledText()) }
        var title = StyledText()
        title.append("  ")
        title.append(block.map { "i=\($0)" } ?? "...", role: .label)
        lines.append(title)
        if block == nil { continue }
      }
      var header = StyledText()
      header.appendSpaces(2 + rowLabelWidth)
      for column in columns {
        header.appendSpaces(1 + cellWidth - (column.map { "\(columnName)=\($0)".count } ?? 3))
        header.append(column.map { "\(columnName)=\($0)" } ?? "...", role: .muted)
      }
      lines.append(header)
      for row in rows {
        var line = StyledText()
        line.appendSpaces(2)
        if ndim >= 2 {
          let label = row.map { "\(rowName)=\($0)" } ?? "..."
          line.append(label.leftPadded(to: rowLabelWidth), role: .muted)
        }
        for column in columns {
          line.appendASCII(UInt8(ascii: " "))
          guard let row, let column, let block else {
            line.append("...".leftPadded(to: cellWidth), role: .muted)
            continue
          }
          let index = ndim == 3 ? [block, row, column] : (ndim == 2 ? [row, column] : [column])
          line.append(String(offset(index)).leftPadded(to: cellWidth), role: .offset)
        }
        line.trimTrailingSpaces()
        lines.append(line)
      }
    }
    return lines
  }

  /// `0 [0, 0]  4 [0, 1]  …`: the elements by rising byte offset, wrapped at `linewidth`.
  private func memoryStrip(into text: inout StyledText) {
    let lattice = ElementLattice(view)
    let extent = view.byteExtent
    let edge = Self.stripEdge
    var entries: [(start: Int, index: [Int])?]
    if view.count <= 2 * edge {
      entries = lattice.elements(overlapping: extent).map { $0 }
    } else {
      entries = lattice.edgeElements(edge, fromEnd: false, within: extent).map { $0 }
      entries.append(nil)
      entries += lattice.edgeElements(edge, fromEnd: true, within: extent).map { $0 }
    }
    let pieces: [StyledText] = entries.map { entry in
      var piece = StyledText()
      guard let entry else {
        piece.append("... (\(view.count - 2 * edge) more)", role: .muted)
        return piece
      }
      piece.append("\(entry.start):", role: .offset)
      piece.append(" " + Self.indexText(entry.index), role: .value)
      return piece
    }
    wrap(pieces, into: &text)
  }

  /// Pieces separated by three blanks, wrapped at `linewidth`, each line indented by 2.
  private func wrap(_ pieces: [StyledText], into text: inout StyledText) {
    var lineLength = 0
    for piece in pieces {
      let length = piece.plainText.count
      if lineLength > 0 && lineLength + 3 + length > options.linewidth {
        text.appendLine()
        lineLength = 0
      }
      text.appendSpaces(lineLength == 0 ? 2 : 3)
      lineLength += lineLength == 0 ? 2 : 3
      text.append(piece)
      lineLength += length
    }
    text.appendLine()
  }

  /// `[0, 1]`.
  static func indexText(_ index: [Int]) -> String {
    "[" + index.map(String.init).joined(separator: ", ") + "]"
  }

  /// The same shape as a new contiguous array in C and in F order, side by side, with their
  /// memory orders, and where this view stands.
  private func contiguousComparison(into text: inout StyledText) {
    let itemsize = view.dtype.itemsize
    let shape = view.shape
    if view.ndim == 1 {
      text.append("C and F order", role: .label)
      text.appendLine(
        " are the same for one dimension: strides (\(itemsize),)", role: .muted)
      verdict(into: &text)
      return
    }
    let cStrides = ArrayView.contiguousStrides(shape, itemsize: itemsize, order: .C)
    let fStrides = ArrayView.contiguousStrides(shape, itemsize: itemsize, order: .F)
    var left = [title("C order", strides: cStrides, order: .C)]
    left += grid(strides: cStrides, base: 0)
    var right = [title("F order", strides: fStrides, order: .F)]
    right += grid(strides: fStrides, base: 0)
    let leftWidth = left.map(\.byteCount).max() ?? 0
    let rightWidth = right.map(\.byteCount).max() ?? 0
    if leftWidth + 4 + rightWidth <= options.linewidth {
      for row in 0..<max(left.count, right.count) {
        var line = StyledText()
        if row < left.count { line.append(left[row]) }
        if row < right.count {
          line.appendSpaces(leftWidth + 4 - (row < left.count ? left[row].byteCount : 0))
          line.append(right[row])
        }
        line.trimTrailingSpaces()
        text.append(line)
        text.appendLine()
      }
    } else {
      for line in left + [StyledText()] + right {
        text.append(line)
        text.appendLine()
      }
    }
    for order in [MemoryOrder.C, .F] {
      text.append("memory order in \(order.rawValue):", role: .label)
      var pieces: [StyledText] = []
      let count = view.count
      let edge = Self.stripEdge
      let positions: [Int?] =
        count <= 2 * edge
        ? Array(0..<count) : Array(0..<edge) + [nil] + Array((count - edge)..<count)
      for position in positions {
        var piece = StyledText()
        if let position {
          piece.append(Self.indexText(Self.unravel(position, shape, order: order)), role: .value)
        } else {
          piece.append("...", role: .muted)
        }
        pieces.append(piece)
      }
      text.appendLine()
      wrap(pieces, into: &text)
    }
    verdict(into: &text)
  }

  private func title(_ name: String, strides: [Int], order: MemoryOrder) -> StyledText {
    var line = StyledText()
    line.append(name, role: .label)
    line.append(": strides " + PythonRepr.tuple(strides), role: .muted)
    return line
  }

  /// The position-th index in C or F order.
  static func unravel(_ position: Int, _ shape: [Int], order: MemoryOrder) -> [Int] {
    var index = Array(repeating: 0, count: shape.count)
    var rest = position
    let axes = order == .F ? Array(shape.indices) : Array(shape.indices.reversed())
    for axis in axes where shape[axis] > 0 {
      index[axis] = rest % shape[axis]
      rest /= shape[axis]
    }
    return index
  }

  /// Which of the two this view is, or why it is neither.
  private func verdict(into text: inout StyledText) {
    text.append("this view: ", role: .label)
    switch (view.isCContiguous, view.isFContiguous) {
    case (true, true):
      text.appendLine("contiguous in both orders (C and F agree on this shape)")
    case (true, false):
      text.appendLine("C order, C-contiguous")
    case (false, true):
      text.appendLine("F order, F-contiguous")
    case (false, false):
      let itemsize = view.dtype.itemsize
      let c = ArrayView.contiguousStrides(view.shape, itemsize: itemsize, order: .C)
      let f = ArrayView.contiguousStrides(view.shape, itemsize: itemsize, order: .F)
      let contiguous =
        view.ndim == 1
        ? "a contiguous one has \(PythonRepr.tuple(c))"
        : "C order has \(PythonRepr.tuple(c)), F order \(PythonRepr.tuple(f))"
      text.appendLine(
        "neither C- nor F-contiguous: its strides are \(PythonRepr.tuple(view.strides)); "
          + contiguous)
    }
  }
}
