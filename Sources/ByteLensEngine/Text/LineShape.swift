/// The role runs of a line that many lines share: a hexdump's rows of one phase and tone,
/// whose text differs row to row while its roles do not.
///
/// A renderer appends such lines with `StyledText.appendLine(ascii:shape:)`; readers of the
/// text see the same runs as if each line had been appended run by run, and a writer that
/// colours text can prepare a shape once (its escapes in place) and fill in each line's
/// bytes, instead of walking the runs of every line. The identity of the object is the
/// shape's: keep one per shape, not one per line.
public final class LineShape: Sendable {
  /// The roles of the line's bytes, in order: each covers the next `count` bytes.
  public let runs: [(role: TextRole, count: Int)]
  /// The line's length in bytes (the sum of the counts), without its newline.
  public let length: Int

  public init(runs: [(role: TextRole, count: Int)]) {
    self.runs = runs
    length = runs.reduce(0) { $0 + $1.count }
  }

  /// The shape of the line's first `length` bytes (a line whose trailing blanks were cut).
  public func prefix(_ length: Int) -> LineShape {
    var rest = length
    var runs: [(role: TextRole, count: Int)] = []
    for run in self.runs where rest > 0 {
      let count = min(run.count, rest)
      runs.append((run.role, count))
      rest -= count
    }
    return LineShape(runs: runs)
  }
}

/// A line of a `StyledText` appended with a shape: `shape.length` bytes from `start`, then a
/// newline.
public struct ShapedLine: Sendable {
  public let start: Int
  public let shape: LineShape
}
