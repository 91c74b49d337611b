/// The rows of a hexdump: which element and field owns each byte, the marks between bytes,
/// and the table-driven writing of each row into one line buffer with its role runs.
extension HexdumpRenderer {
  // MARK: Classification

  /// What a byte of the dump is: a leaf field's index (0 for a plain element), or one of these.
  enum Owner {
    static let blank: Int32 = -4
    static let partial: Int32 = -3
    static let outside: Int32 = -2
    static let padding: Int32 = -1
  }

  /// What carries over from one chunk (and row) to the next, and the buffers reused for every
  /// chunk and row, so that the dump allocates nothing per row.
  struct DumpState {
    /// The owner and element ordinal of the byte before the current chunk.
    var previousOwner = Owner.blank
    var previousOrdinal = -1
    /// Elements that start before the current chunk.
    var elementsBefore = 0
    /// The owner and element ordinal of each byte of the chunk (and of the byte after it).
    var owners: [Int32] = []
    var ordinals: [Int] = []
    /// The current row and the last row printed (for collapsing repeats).
    var row: RowCells
    var last: RowCells
    var hasLast = false
    var collapsing = false
    /// Which marks were drawn (a bit per ASCII code), and whether any byte was outside.
    var usedMarks: (UInt64, UInt64) = (0, 0)
    var sawOutside = false
    /// Widest value text so far, so that values line up as the dump goes on.
    var valueWidth = 0
    /// One line of text and its role runs.
    var line: [UInt8]
    var runs: [(role: TextRole, count: Int)] = []

    init(width: Int) {
      row = RowCells(width: width)
      last = RowCells(width: width)
      line = Array(repeating: 0, count: 24 + 4 * width)
      runs.reserveCapacity(4 * width + 8)
    }

    mutating func noteMark(_ mark: UInt8) {
      if mark < 64 {
        usedMarks.0 |= 1 << UInt64(mark)
      } else {
        usedMarks.1 |= 1 << UInt64(mark & 63)
      }
    }

    func used(_ mark: Character) -> Bool {
      let code = mark.asciiValue ?? 0
      return code < 64
        ? usedMarks.0 >> UInt64(code) & 1 == 1 : usedMarks.1 >> UInt64(code & 63) & 1 == 1
    }
  }

  /// One row: its bytes, what owns each, the element ordinals, and the marks before each byte
  /// (and after the last).
  struct RowCells: Equatable {
    var bytes: [UInt8]
    var owners: [Int32]
    var ordinals: [Int]
    var marks: [UInt8]

    init(width: Int) {
      bytes = Array(repeating: 0, count: width)
      owners = Array(repeating: Owner.blank, count: width)
      ordinals = Array(repeating: -1, count: width)
      marks = Array(repeating: 0, count: width + 1)
    }

    /// Rows repeat when bytes, owners and marks agree; the ordinals (tones) may differ.
    func repeats(_ other: RowCells) -> Bool {
      bytes == other.bytes && owners == other.owners && marks == other.marks
    }
  }

  func renderChunk(
    _ chunk: Range<Int>, dump: Range<Int>, partial: Range<Int>?, shownEnd: Int, digits: Int,
    state: inout DumpState, into text: inout StyledText
  ) throws {
    // Owners and ordinals of the chunk's bytes and of the one after it (for the closing mark).
    let base = chunk.lowerBound
    let count = chunk.count + 1
    if state.owners.count < count {
      state.owners = Array(repeating: Owner.blank, count: count)
      state.ordinals = Array(repeating: -1, count: count)
    }
    let classified =
      max(base, dump.lowerBound)..<max(base, min(chunk.upperBound + 1, dump.upperBound))
    let segments = layout.segments.map {
      (range: $0.range, owner: $0.leaf.map { Int32(clamping: $0) } ?? Owner.padding)
    }
    var starts: [Int] = []
    state.owners.withUnsafeMutableBufferPointer { owners in
      state.ordinals.withUnsafeMutableBufferPointer { ordinals in
        let insideStart = classified.lowerBound - base
        let inside = insideStart..<max(insideStart, classified.upperBound - base)
        for index in 0..<count { ordinals[index] = -1 }
        for index in 0..<inside.lowerBound { owners[index] = Owner.blank }
        for index in inside { owners[index] = Owner.outside }
        for index in inside.upperBound..<count { owners[index] = Owner.blank }
        guard !classified.isEmpty else { return }
        if let partial {
          for position in partial.clamped(to: classified) {
            owners[position - base] = Owner.partial
          }
        }
        starts = lattice.starts(overlapping: classified)
        let straddling = starts.prefix { $0 < base }.count
        for (index, start) in starts.enumerated() {
          let ordinal = state.elementsBefore - straddling + index
          for segment in segments {
            let low = max(start &+ segment.range.lowerBound, classified.lowerBound) &- base
            let high = min(start &+ segment.range.upperBound, classified.upperBound) &- base
            var position = low
            while position < high {
              owners[position] = segment.owner
              ordinals[position] = ordinal
              position &+= 1
            }
          }
        }
      }
    }
    state.elementsBefore += starts.count { $0 >= base && $0 < chunk.upperBound }

    let fetched = max(base, dump.lowerBound)..<min(chunk.upperBound, dump.upperBound)
    let width = options.width
    try view.source.withBytes(in: fetched) { raw in
      var nextStart = starts.firstIndex { $0 >= base } ?? starts.count
      var rowStart = base
      while rowStart < chunk.upperBound {
        let first = rowStart - base
        state.owners.withUnsafeBufferPointer { owners in
          state.ordinals.withUnsafeBufferPointer { ordinals in
            var previousOwner = first == 0 ? state.previousOwner : owners[first - 1]
            var previousOrdinal = first == 0 ? state.previousOrdinal : ordinals[first - 1]
            for column in 0..<width {
              let owner = owners[first + column]
              let ordinal = ordinals[first + column]
              state.row.owners[column] = owner
              state.row.ordinals[column] = ordinal
              state.row.bytes[column] =
                owner == Owner.blank ? 0 : raw[rowStart + column - fetched.lowerBound]
              let mark = Self.mark(previousOwner, previousOrdinal, owner, ordinal)
              state.row.marks[column] = column == 0 ? Self.opening(mark) : mark
              previousOwner = owner
              previousOrdinal = ordinal
            }
            state.row.marks[width] = Self.closing(
              Self.mark(
                previousOwner, previousOrdinal, owners[first + width], ordinals[first + width]),
              previous: previousOwner)
            state.previousOwner = previousOwner
            state.previousOrdinal = previousOrdinal
          }
        }

        let isLast = rowStart + width >= shownEnd
        if state.hasLast, !isLast, state.row.repeats(state.last) {
          if !state.collapsing {
            text.appendLine("*", role: .muted)
            state.collapsing = true
          }
        } else {
          state.collapsing = false
          for mark in state.row.marks where mark != UInt8(ascii: " ") { state.noteMark(mark) }
          if state.row.owners.contains(Owner.outside) { state.sawOutside = true }
          var values: [Int] = []
          if options.showsValues {
            while nextStart < starts.count, starts[nextStart] < rowStart + width {
              values.append(starts[nextStart])
              nextStart += 1
            }
          }
          writeRow(at: rowStart, digits: digits, state: &state, into: &text)
          if !values.isEmpty {
            try writeValues(values, rowStart: rowStart, state: &state, into: &text)
          }
          text.trimTrailingSpaces()
          text.appendASCII(UInt8(ascii: "\n"))
          swap(&state.row, &state.last)
          state.hasLast = true
        }
        // Elements starting in a collapsed row are skipped with it.
        while nextStart < starts.count, starts[nextStart] < rowStart + width { nextStart += 1 }
        rowStart += width
      }
    }
  }

  /// The mark between a byte and the next one.
  static func mark(_ previous: Int32, _ previousOrdinal: Int, _ current: Int32, _ ordinal: Int)
    -> UInt8
  {
    let wasInside = previous >= Owner.padding
    let isInside = current >= Owner.padding
    switch (wasInside, isInside) {
    case (true, true):
      if previousOrdinal != ordinal { return UInt8(ascii: "|") }
      if previous == current { return UInt8(ascii: " ") }
      if previous == Owner.padding { return UInt8(ascii: "(") }
      if current == Owner.padding { return UInt8(ascii: ")") }
      return UInt8(ascii: ":")
    case (true, false):
      return current == Owner.partial ? UInt8(ascii: "{") : UInt8(ascii: "]")
    case (false, true):
      return UInt8(ascii: "[")
    case (false, false):
      if previous == Owner.partial && current != Owner.partial { return UInt8(ascii: "}") }
      if current == Owner.partial && previous != Owner.partial { return UInt8(ascii: "{") }
      return UInt8(ascii: " ")
    }
  }

  /// A row's first mark says only what starts there: what ended before it closed the row above.
  static func opening(_ mark: UInt8) -> UInt8 {
    switch mark {
    case UInt8(ascii: "|"): return UInt8(ascii: "[")
    case UInt8(ascii: "]"), UInt8(ascii: "}"): return UInt8(ascii: " ")
    default: return mark
    }
  }

  /// A row's last mark says only what ends there: what starts next opens the row below.
  static func closing(_ mark: UInt8, previous: Int32) -> UInt8 {
    switch mark {
    case UInt8(ascii: "|"): return UInt8(ascii: "]")
    case UInt8(ascii: "["): return UInt8(ascii: " ")
    case UInt8(ascii: "{"): return previous >= Owner.padding ? UInt8(ascii: "]") : UInt8(ascii: " ")
    default: return mark
    }
  }

  // MARK: Text

  /// `"00" … "ff"`: two ASCII digits per byte value.
  static let hexPairs: [UInt8] = {
    let digits = Array("0123456789abcdef".utf8)
    var table: [UInt8] = []
    table.reserveCapacity(512)
    for value in 0..<256 {
      table.append(digits[value >> 4])
      table.append(digits[value & 15])
    }
    return table
  }()

  /// The byte's character in the ASCII panel: printable ASCII as is, anything else `.`.
  static let asciiPanel: [UInt8] = (0..<256).map {
    (0x20...0x7E).contains($0) ? UInt8($0) : UInt8(ascii: ".")
  }

  func role(of owner: Int32, ordinal: Int) -> TextRole {
    switch owner {
    case Owner.padding: return .padding
    case Owner.outside: return .outside
    case Owner.partial: return .partial
    case Owner.blank: return .plain
    default:
      return layout.isStructured
        ? .field(Int(owner), tone: ordinal & 1) : .element(tone: ordinal & 1)
    }
  }

  /// A cheap stand-in for a byte's role, compared per byte; the role is made only on a change.
  @inline(__always)
  static func roleKey(_ owner: Int32, _ ordinal: Int) -> Int {
    owner >= 0 ? Int(owner) << 1 | (ordinal & 1) : Int(owner) << 1
  }

  /// Role runs of a line, keyed cheaply (`roleKey`); a role is made only where the key changes.
  struct RunBuilder {
    static let boundaryKey = Int.min
    static let offsetKey = Int.min + 1
    var key = RunBuilder.offsetKey
    var start = 0

    @inline(__always)
    mutating func begin(
      _ key: Int, at position: Int, renderer: HexdumpRenderer,
      runs: inout [(role: TextRole, count: Int)]
    ) {
      guard key != self.key else { return }
      close(at: position, renderer: renderer, runs: &runs)
      self.key = key
    }

    mutating func close(
      at position: Int, renderer: HexdumpRenderer, runs: inout [(role: TextRole, count: Int)]
    ) {
      guard position > start else { return }
      let role: TextRole
      switch key {
      case RunBuilder.boundaryKey: role = .boundary
      case RunBuilder.offsetKey: role = .offset
      default: role = renderer.role(of: Int32(truncatingIfNeeded: key >> 1), ordinal: key & 1)
      }
      runs.append((role, position - start))
      start = position
    }
  }

  /// Offset column, hex panel with its marks, ASCII panel: written into one line buffer, then
  /// appended with its role runs. A blank mark takes the role of the byte after it, so that an
  /// element's bytes make one run.
  func writeRow(
    at start: Int, digits: Int, state: inout DumpState, into text: inout StyledText
  ) {
    let width = options.width
    let space = UInt8(ascii: " ")
    var runs = [(role: TextRole, count: Int)]()
    swap(&runs, &state.runs)
    runs.removeAll(keepingCapacity: true)
    var builder = RunBuilder()
    var length = 0
    let row = state.row
    let styled = options.isStyled
    Self.hexPairs.withUnsafeBufferPointer { pairs in
      Self.asciiPanel.withUnsafeBufferPointer { panel in
        row.bytes.withUnsafeBufferPointer { bytes in
          row.owners.withUnsafeBufferPointer { owners in
            row.ordinals.withUnsafeBufferPointer { ordinals in
              row.marks.withUnsafeBufferPointer { marks in
                state.line.withUnsafeMutableBufferPointer { line in
                  // The offset.
                  var rest = UInt(bitPattern: start &+ options.baseAddress)
                  var index = digits
                  while index > 0 {
                    index -= 1
                    line[index] = pairs[Int(rest & 15) &* 2 &+ 1]
                    rest >>= 4
                  }
                  line[digits] = space
                  var position = digits + 1
                  // The hex panel.
                  for column in 0..<width {
                    let owner = owners[column]
                    let key = Self.roleKey(owner, ordinals[column])
                    let mark = marks[column]
                    if styled {
                      builder.begin(
                        mark == space ? key : RunBuilder.boundaryKey, at: position,
                        renderer: self, runs: &runs)
                      builder.begin(key, at: position &+ 1, renderer: self, runs: &runs)
                    }
                    line[position] = mark
                    if owner == Owner.blank {
                      line[position &+ 1] = space
                      line[position &+ 2] = space
                    } else {
                      let pair = Int(bytes[column]) &* 2
                      line[position &+ 1] = pairs[pair]
                      line[position &+ 2] = pairs[pair &+ 1]
                    }
                    position &+= 3
                  }
                  let closing = marks[width]
                  if styled && closing != space {
                    builder.begin(RunBuilder.boundaryKey, at: position, renderer: self, runs: &runs)
                  }
                  line[position] = closing
                  line[position &+ 1] = space
                  line[position &+ 2] = space
                  position &+= 3
                  // The ASCII panel.
                  for column in 0..<width {
                    let owner = owners[column]
                    if styled {
                      builder.begin(
                        Self.roleKey(owner, ordinals[column]), at: position, renderer: self,
                        runs: &runs)
                    }
                    line[position] = owner == Owner.blank ? space : panel[Int(bytes[column])]
                    position &+= 1
                  }
                  if styled {
                    builder.close(at: position, renderer: self, runs: &runs)
                  } else {
                    runs.append((.plain, position))
                  }
                  length = position
                }
              }
            }
          }
        }
      }
    }
    state.line.withUnsafeBufferPointer { line in
      runs.withUnsafeBufferPointer { runs in
        text.appendASCII(UnsafeBufferPointer(rebasing: line[0..<length]), runs: runs)
      }
    }
    swap(&runs, &state.runs)
  }

  /// The widest value text among the elements of the first stretch of the dump, so that the
  /// values of a screenful line up; a wider value later widens the column from there on.
  func valueWidth(in range: Range<Int>) throws -> Int {
    let window = range.lowerBound..<min(range.upperBound, range.lowerBound + 65_536)
    try AllocationBudget.checkElement(of: view.dtype)
    var widest = 0
    for start in lattice.starts(overlapping: window) where start >= window.lowerBound {
      let value = try view.source.withBytes(in: start..<(start + view.dtype.itemsize)) {
        ElementDecoder.decode(view.dtype, from: $0, at: 0)
      }
      widest = max(widest, try ScalarPrinter.str(value, dtype: view.dtype).count)
    }
    return widest
  }

  /// The values of the elements that start in a row, each in its element's tone.
  private func writeValues(
    _ starts: [Int], rowStart: Int, state: inout DumpState, into text: inout StyledText
  ) throws {
    text.appendSpaces(2)
    for (index, elementStart) in starts.enumerated() {
      let value = try view.source.withBytes(
        in: elementStart..<(elementStart + view.dtype.itemsize)
      ) { ElementDecoder.decode(view.dtype, from: $0, at: 0) }
      let valueText = try ScalarPrinter.str(value, dtype: view.dtype)
      state.valueWidth = max(state.valueWidth, valueText.count)
      text.appendSpaces(state.valueWidth - valueText.count + (index == 0 ? 0 : 2))
      let ordinal = state.row.ordinals[elementStart - rowStart]
      text.append(valueText, role: .element(tone: ordinal & 1))
    }
  }

}
