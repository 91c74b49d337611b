#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fast path of a hexdump: the whole rows of a contiguous view of one plain dtype.
///
/// There every byte belongs to an element and the elements follow one another without gaps,
/// so a row's marks depend only on where the row starts within an element (its phase). The
/// renderer keeps one line per phase with the marks in place, and writes each row by copying
/// it and filling in the offset, the hex pairs and the ASCII panel from tables. With colour,
/// a row's role runs depend on its phase and on whether its first element is even or odd,
/// and are kept the same way. The text is byte for byte, run for run, what the general path
/// (`renderChunk`) makes of the same rows; the tests compare the two on the same views.
extension HexdumpRenderer {
  /// The rows the fast path writes: whole rows inside the bytes of a contiguous view of a
  /// plain dtype, before `shownEnd`. Nil when the view does not qualify or has too few rows.
  func templateRows(extent: Range<Int>, shownEnd: Int) -> Range<Int>? {
    guard !options.showsValues, !layout.isStructured, view.dtype.itemsize > 0,
      view.isCContiguous || view.isFContiguous
    else { return nil }
    let width = options.width
    let (padded, overflow) = extent.lowerBound.addingReportingOverflow(width - 1)
    guard !overflow else { return nil }
    let first = padded / width * width
    let end = min(extent.upperBound / width * width, shownEnd)
    guard end - first >= 2 * width else { return nil }
    return first..<end
  }

  /// One row's line with its marks in place, for the rows that start at one phase.
  struct RowTemplate {
    /// The whole line: offset digits (written per row), hex panel, ASCII panel.
    var line: [UInt8]
    /// The marks before each byte and after the last, as the general path keeps them.
    var marks: [UInt8]
    /// The role runs of the line when its first element is even (0) or odd (1); only with
    /// colour.
    var runs: [[(role: TextRole, count: Int)]] = []
  }

  /// Writes `rows` (from `templateRows`), carrying `state` on from the rows before and to the
  /// rows after as the general path would, and handing `sink` the text of each `rowsPerChunk`
  /// rows (none while they all collapse into one `*`).
  func renderTemplateRows(
    _ rows: Range<Int>, extent: Range<Int>, shownEnd: Int, digits: Int, rowsPerChunk: Int,
    state: inout DumpState, into text: inout StyledText, sink: TextSink
  ) throws {
    let width = options.width
    let itemsize = view.dtype.itemsize
    let low = extent.lowerBound
    let styled = options.isStyled
    let lineLength = digits + 1 + 3 * width + 3 + width
    let asciiStart = digits + 1 + 3 * width + 3

    var templates: [Int: RowTemplate] = [:]
    func template(phase: Int) -> RowTemplate {
      if let known = templates[phase] { return known }
      var made = makeTemplate(phase: phase, itemsize: itemsize, digits: digits)
      for mark in made.marks where mark != UInt8(ascii: " ") { state.noteMark(mark) }
      if !styled { made.runs = [] }
      templates[phase] = made
      return made
    }

    // The last row written, to collapse repeats into `*`: its bytes and its marks.
    var lastBytes = [UInt8](repeating: 0, count: width)
    var lastMarks: [UInt8] = []
    var hasLast = false
    if state.hasLast, state.last.owners.allSatisfy({ $0 == 0 }) {
      lastBytes = state.last.bytes
      lastMarks = state.last.marks
      hasLast = true
    }
    var collapsing = state.collapsing && hasLast
    // `hasLast` is false when the row before was not one the fast path could repeat: then the
    // first row here differs from it (its owners differ), and is written.
    var lastPhase = -1
    var current = template(phase: (rows.lowerBound - low) % itemsize)
    var marksRepeat = hasLast && current.marks == lastMarks

    // Unstyled rows are gathered in one buffer and appended as one plain run.
    var pending = [UInt8](repeating: 0, count: 0)
    pending.reserveCapacity(rowsPerChunk * (lineLength + 1))
    var line = [UInt8](repeating: 0, count: lineLength + 1)
    func flushPending() {
      if !pending.isEmpty {
        text.appendASCII(pending)
        pending.removeAll(keepingCapacity: true)
      }
    }

    var blockStart = rows.lowerBound
    while blockStart < rows.upperBound {
      try Cancellation.check()
      let blockEnd = min(rows.upperBound, blockStart + rowsPerChunk * width)
      try view.source.withBytes(in: blockStart..<blockEnd) { raw in
        let source = raw.bindMemory(to: UInt8.self)
        var rowStart = blockStart
        // A block whose rows all repeat the last row written (a stretch of zeros, say) joins
        // the `*` with two comparisons, not one per row. Only when every row has the same
        // phase, so that the marks repeat too; the dump's last row is always written.
        let repeatEnd = min(blockEnd, shownEnd - width)
        if hasLast, marksRepeat, width % itemsize == 0, repeatEnd > blockStart,
          Self.repeats(lastBytes, throughout: UnsafeBufferPointer(rebasing: source[..<(repeatEnd - blockStart)]))
        {
          if !collapsing {
            flushPending()
            text.appendLine("*", role: .muted)
            collapsing = true
          }
          rowStart = repeatEnd
        }
        while rowStart < blockEnd {
          let bytes = UnsafeBufferPointer(rebasing: source[(rowStart - blockStart)...])
          let phase = (rowStart - low) % itemsize
          if phase != lastPhase {
            current = template(phase: phase)
            lastPhase = phase
            marksRepeat = hasLast && current.marks == lastMarks
          }
          let isLast = rowStart + width >= shownEnd
          if hasLast, !isLast, marksRepeat, memcmp(bytes.baseAddress!, lastBytes, width) == 0 {
            if !collapsing {
              flushPending()
              text.appendLine("*", role: .muted)
              collapsing = true
            }
          } else {
            collapsing = false
            if styled {
              writeLine(
                into: &line, template: current, bytes: bytes, at: rowStart, digits: digits,
                asciiStart: asciiStart)
              let parity = ((rowStart - low) / itemsize) & 1
              line.withUnsafeBufferPointer { line in
                current.runs[parity].withUnsafeBufferPointer { runs in
                  text.appendASCII(UnsafeBufferPointer(rebasing: line[0..<lineLength]), runs: runs)
                }
              }
              if line[lineLength - 1] == UInt8(ascii: " ") { text.trimTrailingSpaces() }
              text.appendASCII(UInt8(ascii: "\n"))
            } else {
              let start = pending.count
              pending.append(contentsOf: current.line)
              pending.withUnsafeMutableBufferPointer { out in
                Self.fill(
                  UnsafeMutableBufferPointer(rebasing: out[start...]), bytes: bytes,
                  at: rowStart &+ options.baseAddress, digits: digits, width: width,
                  asciiStart: asciiStart)
              }
              while pending.last == UInt8(ascii: " ") { pending.removeLast() }
              pending.append(UInt8(ascii: "\n"))
            }
            lastBytes.withUnsafeMutableBufferPointer {
              $0.baseAddress!.update(from: bytes.baseAddress!, count: width)
            }
            if !hasLast || !marksRepeat {
              lastMarks = current.marks
              hasLast = true
              marksRepeat = true
            }
          }
          rowStart += width
        }
      }
      flushPending()
      if !text.isEmpty {
        try sink(text)
        text.removeAll(keepingCapacity: true)
      }
      blockStart = blockEnd
    }
    flushPending()

    // Hand over to the general path as if it had written these rows.
    let end = rows.upperBound
    if hasLast {
      state.last.bytes = lastBytes
      state.last.owners = Array(repeating: 0, count: width)
      state.last.marks = lastMarks
      state.hasLast = true
    }
    state.collapsing = collapsing
    state.previousOwner = 0
    state.previousOrdinal = (end - 1 - low) / itemsize
    state.elementsBefore = (end - low + itemsize - 1) / itemsize
  }

  /// Whether `bytes` (a whole number of rows) is `row` over and over.
  static func repeats(_ row: [UInt8], throughout bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let width = row.count
    guard let base = bytes.baseAddress, bytes.count >= width, bytes.count % width == 0 else {
      return false
    }
    // The first row equals `row`, and each byte equals the one a row further on.
    return memcmp(base, row, width) == 0
      && (bytes.count == width || memcmp(base, base + width, bytes.count - width) == 0)
  }

  /// The line of a row that starts `phase` bytes into an element, and its role runs.
  private func makeTemplate(phase: Int, itemsize: Int, digits: Int) -> RowTemplate {
    let width = options.width
    let space = UInt8(ascii: " ")
    var marks = [UInt8](repeating: space, count: width + 1)
    for column in 0...width where (phase + column) % itemsize == 0 {
      marks[column] =
        column == 0
        ? UInt8(ascii: "[") : column == width ? UInt8(ascii: "]") : UInt8(ascii: "|")
    }
    var line = [UInt8](repeating: space, count: digits + 1 + 3 * width + 3 + width)
    for column in 0..<width { line[digits + 1 + 3 * column] = marks[column] }
    line[digits + 1 + 3 * width] = marks[width]
    var template = RowTemplate(line: line, marks: marks)
    // The runs, from the general path's own writer on a stand-in row of 'A's (no blanks to
    // trim), once with an even first element and once with an odd one.
    for parity in 0..<2 {
      var scratch = DumpState(width: width)
      scratch.row.bytes = Array(repeating: UInt8(ascii: "A"), count: width)
      scratch.row.owners = Array(repeating: 0, count: width)
      scratch.row.ordinals = (0..<width).map { parity + (phase + $0) / itemsize }
      scratch.row.marks = marks
      var text = StyledText()
      writeRow(at: 0, digits: digits, state: &scratch, into: &text)
      var start = 0
      template.runs.append(
        text.runs.map { run in
          defer { start = run.end }
          return (run.role, run.end - start)
        })
    }
    return template
  }

  /// Copies the template's line into `line` and fills in the row's offset, hex and ASCII.
  private func writeLine(
    into line: inout [UInt8], template: RowTemplate, bytes: UnsafeBufferPointer<UInt8>,
    at rowStart: Int, digits: Int, asciiStart: Int
  ) {
    let width = options.width
    line.withUnsafeMutableBufferPointer { out in
      template.line.withUnsafeBufferPointer {
        out.baseAddress!.update(from: $0.baseAddress!, count: $0.count)
      }
      Self.fill(
        out, bytes: bytes, at: rowStart &+ options.baseAddress, digits: digits, width: width,
        asciiStart: asciiStart)
    }
  }

  /// Writes a row's offset, hex pairs and ASCII characters into a copy of its template line.
  @inline(__always)
  private static func fill(
    _ out: UnsafeMutableBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>, at address: Int,
    digits: Int, width: Int, asciiStart: Int
  ) {
    hexPairs.withUnsafeBufferPointer { pairs in
      asciiPanel.withUnsafeBufferPointer { panel in
        var rest = UInt(bitPattern: address)
        var index = digits
        while index > 0 {
          index &-= 1
          out[index] = pairs[Int(rest & 15) &* 2 &+ 1]
          rest >>= 4
        }
        var position = digits &+ 2
        for column in 0..<width {
          let pair = Int(bytes[column]) &* 2
          out[position] = pairs[pair]
          out[position &+ 1] = pairs[pair &+ 1]
          out[asciiStart &+ column] = panel[Int(bytes[column])]
          position &+= 3
        }
      }
    }
  }
}
