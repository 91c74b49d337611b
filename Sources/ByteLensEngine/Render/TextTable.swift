/// Columns of styled cells, padded to a common width per column: the tables of `fields`,
/// `inspect` and `compare`.
struct TextTable {
  enum Alignment {
    case left, right
  }

  struct Cell {
    var text: String
    var role: TextRole

    init(_ text: String, _ role: TextRole = .plain) {
      self.text = text
      self.role = role
    }
  }

  /// One line: cells, or a line of its own that ignores the columns.
  enum Row {
    case cells([Cell])
    case line(StyledText)
  }

  var alignments: [Alignment]
  var rows: [Row] = []
  /// Blanks before each line.
  var indent = 2
  /// Blanks between columns.
  var gap = 2

  init(_ alignments: [Alignment]) {
    self.alignments = alignments
  }

  mutating func add(_ cells: [Cell]) { rows.append(.cells(cells)) }

  mutating func add(line: StyledText) { rows.append(.line(line)) }

  /// The table, one line per row, trailing blanks removed.
  func render(into text: inout StyledText) {
    var widths = Array(repeating: 0, count: alignments.count)
    for case .cells(let cells) in rows {
      for (column, cell) in cells.enumerated() where column < widths.count {
        widths[column] = max(widths[column], cell.text.columnWidth)
      }
    }
    for row in rows {
      switch row {
      case .line(let line):
        text.appendSpaces(indent)
        text.append(line)
      case .cells(let cells):
        text.appendSpaces(indent)
        for (column, cell) in cells.enumerated() {
          let width = column < widths.count ? widths[column] : cell.text.columnWidth
          let padding = max(0, width - cell.text.columnWidth)
          if column > 0 { text.appendSpaces(gap) }
          let alignment = column < alignments.count ? alignments[column] : .left
          if alignment == .right { text.appendSpaces(padding) }
          text.append(cell.text, role: cell.role)
          if alignment == .left { text.appendSpaces(padding) }
        }
      }
      text.trimTrailingSpaces()
      text.appendASCII(UInt8(ascii: "\n"))
    }
  }
}
