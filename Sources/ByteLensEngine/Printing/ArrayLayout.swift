/// NumPy's `_formatArray`: nested brackets, elements wrapped at the line width, `...` where a
/// summarised axis skips elements, and blank lines between blocks of three or more dimensions.
struct ArrayLayout {
  let elements: DisplayedElements
  let formatter: ElementFormatter
  let separator: String
  let lineWidth: Int
  /// The indent of continuation lines: one space per `[`, plus the width of `array(`.
  let nextLinePrefix: String

  func render() throws -> String {
    try recurse(index: [], hangingIndent: nextLinePrefix, currentWidth: lineWidth)
  }

  private var trimmedSeparator: String {
    String(separator.reversed().drop { $0 == " " }.reversed())
  }

  private func recurse(index: [Int], hangingIndent: String, currentWidth: Int) throws -> String {
    let axis = index.count
    let axesLeft = elements.shape.count - axis
    if axesLeft == 0 { return try formatter.format(elements.value(at: index)) }

    let nextHangingIndent = hangingIndent + " "
    let nextWidth = currentWidth - 1
    let length = elements.shape[axis]
    let showSummary =
      elements.summarised
      && DisplayedElements.summarises(length: length, edgeItems: elements.edgeItems)
    // A negative `edgeitems` shows no leading items and only the last trailing one, as
    // NumPy's `range(edge_items)` does.
    let leadingItems = showSummary ? max(elements.edgeItems, 0) : 0
    let trailingItems = showSummary ? elements.edgeItems : length

    var text = Line()
    if axesLeft == 1 {
      let elementWidth = currentWidth - max(trimmedSeparator.unicodeScalars.count, 1)
      let indent = Line(hangingIndent)
      var line = indent
      for i in 0..<leadingItems {
        if i & 0xFFF == 0xFFF { try Cancellation.check() }
        let word = try recurse(
          index: index + [i], hangingIndent: nextHangingIndent, currentWidth: nextWidth)
        extend(&text, &line, word, elementWidth, indent)
        line.append(separator)
      }
      if showSummary {
        extend(&text, &line, "...", elementWidth, indent)
        line.append(separator)
      }
      for i in stride(from: trailingItems, to: 1, by: -1) {
        if i & 0xFFF == 0 { try Cancellation.check() }
        let word = try recurse(
          index: index + [-i], hangingIndent: nextHangingIndent, currentWidth: nextWidth)
        extend(&text, &line, word, elementWidth, indent)
        line.append(separator)
      }
      let word = try recurse(
        index: index + [-1], hangingIndent: nextHangingIndent, currentWidth: nextWidth)
      extend(&text, &line, word, elementWidth, indent)
      text.append(line)
    } else {
      let lineSeparator = trimmedSeparator + String(repeating: "\n", count: axesLeft - 1)
      func block(_ i: Int) throws {
        text.append(hangingIndent)
        text.append(
          try recurse(index: index + [i], hangingIndent: nextHangingIndent, currentWidth: nextWidth)
        )
      }
      for i in 0..<leadingItems {
        try block(i)
        text.append(lineSeparator)
      }
      if showSummary {
        text.append(hangingIndent + "..." + lineSeparator)
      }
      for i in stride(from: trailingItems, to: 1, by: -1) {
        try block(-i)
        text.append(lineSeparator)
      }
      try block(-1)
    }
    let body = text.text.unicodeScalars.dropFirst(hangingIndent.unicodeScalars.count)
    return "[" + String(String.UnicodeScalarView(body)) + "]"
  }

  /// NumPy's `_extendLine`: starts a new line when `word` would pass `width`, unless the line
  /// holds nothing but its indent.
  private func extend(
    _ text: inout Line, _ line: inout Line, _ word: String, _ width: Int, _ indent: Line
  ) {
    let wordLength = word.unicodeScalars.count
    if line.length + wordLength > width && line.length > indent.length {
      text.append(line.trimmingTrailingSpaces())
      text.append("\n")
      line = indent
    }
    line.append(word, length: wordLength)
  }

  /// Text with its length in code points (Python's `len`), kept as it grows.
  private struct Line {
    var text = ""
    var length = 0

    init(_ text: String = "") {
      self.text = text
      length = text.unicodeScalars.count
    }

    mutating func append(_ piece: String, length pieceLength: Int? = nil) {
      text += piece
      length += pieceLength ?? piece.unicodeScalars.count
    }

    mutating func append(_ other: Line) {
      text += other.text
      length += other.length
    }

    func trimmingTrailingSpaces() -> Line {
      var scalars = text.unicodeScalars
      var removed = 0
      while scalars.last == " " {
        scalars.removeLast()
        removed += 1
      }
      var result = Line()
      result.text = String(scalars)
      result.length = length - removed
      return result
    }
  }
}
