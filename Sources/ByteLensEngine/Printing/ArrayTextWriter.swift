/// NumPy's `_formatArray` for an array printed whole (no `...`), fed one element text at a
/// time in C order, so that an array of any size is laid out in the memory of one line.
///
/// It writes what `ArrayLayout` builds recursively: each innermost row opens with the
/// brackets of the axes that start there (after the hanging indent of the outermost of
/// them), wraps its elements at the line width, and closes with the brackets of the axes that
/// end there; rows are separated by the trimmed separator and one newline per axis left.
/// Line lengths count code points, as Python's `len` does.
struct ArrayTextWriter {
  private let shape: [Int]
  private let separator: [UInt8]
  private let separatorLength: Int
  private let trimmedSeparator: [UInt8]
  /// `nextLinePrefix`, then one space per axis: the indent of a continuation line in a row.
  private let rowIndent: [UInt8]
  /// The width a line's elements may reach (NumPy's `elem_width` of the innermost axis).
  private let elementWidth: Int
  /// The index of the current row along every axis but the last.
  private var rowIndex: [Int]
  private var positionInRow = 0
  private var line: [UInt8] = []
  /// The line's length as NumPy counts it: its first line still holds the indent that the
  /// brackets replace later, which has the same length.
  private var lineLength = 0
  private(set) var isFinished = false

  /// - Parameters:
  ///   - shape: at least one axis, none of length 0.
  ///   - lineWidth: the width after the suffix is taken off (`ArrayLayout`'s `lineWidth`).
  init(shape: [Int], separator: String, lineWidth: Int, nextLinePrefix: String) {
    precondition(!shape.isEmpty && !shape.contains(0), "a non-empty array of one axis or more")
    self.shape = shape
    self.separator = Array(separator.utf8)
    separatorLength = separator.unicodeScalars.count
    let trimmed = separator.reversed().drop { $0 == " " }.reversed()
    trimmedSeparator = Array(String(trimmed).utf8)
    rowIndent =
      Array(nextLinePrefix.utf8) + repeatElement(UInt8(ascii: " "), count: shape.count - 1)
    let innermostWidth = lineWidth - (shape.count - 1)
    elementWidth = innermostWidth - max(String(trimmed).unicodeScalars.count, 1)
    rowIndex = Array(repeating: 0, count: shape.count - 1)
  }

  /// The number of code points in UTF-8 `text`.
  static func codePoints(_ text: some Collection<UInt8>) -> Int {
    text.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// Lays out the next element's text, of `length` code points; finished text goes to `output`.
  mutating func add(_ word: some Collection<UInt8>, length: Int, to output: inout [UInt8]) {
    precondition(!isFinished, "every element has been written")
    if positionInRow == 0 { openRow(output: &output) }
    if lineLength + length > elementWidth && lineLength > rowIndent.count {
      // NumPy's `_extendLine`: the full line, without its trailing spaces, then a new one.
      var end = line.endIndex
      while end > line.startIndex && line[end - 1] == UInt8(ascii: " ") { end -= 1 }
      output += line[..<end]
      output.append(UInt8(ascii: "\n"))
      line.removeAll(keepingCapacity: true)
      line += rowIndent
      lineLength = rowIndent.count
    }
    line += word
    lineLength += length
    positionInRow += 1
    if positionInRow < shape[shape.count - 1] {
      line += separator
      lineLength += separatorLength
    } else {
      closeRow(output: &output)
    }
  }

  /// Starts a row: the hanging indent of the outermost axis that starts here, then a bracket
  /// for it and for each axis inside it.
  private mutating func openRow(output: inout [UInt8]) {
    var opening = shape.count - 1
    while opening > 0 && rowIndex[opening - 1] == 0 { opening -= 1 }
    line.removeAll(keepingCapacity: true)
    if opening > 0 {
      // The hanging indent of axis `opening - 1`: the prefix and one space per axis above.
      line += rowIndent[..<(rowIndent.count - (shape.count - opening))]
    }
    line += repeatElement(UInt8(ascii: "["), count: shape.count - opening)
    lineLength = rowIndent.count
  }

  /// Ends a row: its last line as it is, a bracket for it and each axis that ends with it,
  /// then the separator of the axis that moves on.
  private mutating func closeRow(output: inout [UInt8]) {
    output += line
    line.removeAll(keepingCapacity: true)
    positionInRow = 0
    var axis = shape.count - 2
    var closing = 1
    while axis >= 0 && rowIndex[axis] == shape[axis] - 1 {
      rowIndex[axis] = 0
      closing += 1
      axis -= 1
    }
    output += repeatElement(UInt8(ascii: "]"), count: closing)
    guard axis >= 0 else {
      isFinished = true
      return
    }
    rowIndex[axis] += 1
    output += trimmedSeparator
    output += repeatElement(UInt8(ascii: "\n"), count: shape.count - 1 - axis)
  }
}
