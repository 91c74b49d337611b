/// What a piece of output text is, so that the app can colour it; neither the engine nor the
/// console ever emits escape codes.
public enum TextRole: Hashable, Sendable {
  case plain
  /// A byte offset or index.
  case offset
  /// A value read from the bytes.
  case value
  /// A dtype spelling.
  case dtype
  /// A label such as `shape:` in `info`.
  case label
  /// Secondary text: units, separators, counts.
  case muted
  /// The `error:` line.
  case error
  /// The `hint:` line.
  case hint
  /// The interactive prompt.
  case prompt

  // Roles of the byte renderers (hexdump, fields, layout, inspect, explain).

  /// A byte of an element of a plain dtype. `tone` is 0 or 1 and alternates from one element
  /// to the next in memory, so that neighbours are told apart.
  case element(tone: Int)
  /// A byte of field `index` (its leaf field, in definition order) of a record; `tone`
  /// alternates from one record to the next.
  case field(Int, tone: Int)
  /// A byte inside a record that no field covers (the padding `align=True` inserts).
  case padding
  /// A byte inside the span of a view that no element covers: between strided elements, or
  /// the other fields of a field view.
  case outside
  /// Bytes after the last whole element, too few for another one.
  case partial
  /// A mark drawn between bytes or cells: an element or field boundary.
  case boundary
  /// A zero byte in a byte listing that is not about structure (inspect, explain).
  case nullByte
  /// A printable ASCII byte in such a listing.
  case printable

  // Roles of the pictures (image, bytemap).

  /// A heatmap character `▀`: the upper half shows one cell, the lower half the cell below.
  case heat(upper: HeatLevel, lower: HeatLevel)
  /// A cell of a byte map: the class of the bytes it stands for.
  case byteClass(ByteClass)
  /// The bytes a search found (`find`), among the bytes around them.
  case match
}

/// Text made of runs tagged with roles.
///
/// Renderers and commands build it; the app turns it into plain text or ANSI colours. The text
/// is kept as one UTF-8 buffer with role runs, so that a renderer can append bytes from a table
/// without making a `String` per piece, and a long rendering can reuse one buffer per chunk.
///
/// Lines appended with a shape (`appendLine(ascii:shape:)`, a hexdump's rows) keep their shape
/// instead of runs of their own, so that a long rendering does no work per run; they stay at
/// the end of the text and become runs when anything else is appended. Every reader of the
/// runs sees them as if they had been appended run by run.
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
  /// A piece of text with one role.
  public struct Span: Hashable, Sendable {
    public var text: String
    public var role: TextRole

    public init(_ text: String, role: TextRole = .plain) {
      self.text = text
      self.role = role
    }
  }

  /// One role over the bytes up to `end` (exclusive) of `utf8`.
  public struct Run: Hashable, Sendable {
    public internal(set) var role: TextRole
    public internal(set) var end: Int
  }

  /// The text, UTF-8 encoded.
  public private(set) var utf8: [UInt8] = []
  /// The runs of the text before the shaped lines (all of it when there are none).
  private var storedRuns: [Run] = []
  /// Lines at the end of the text whose runs their shapes give.
  private var shapedLines: [ShapedLine] = []

  /// The runs of the whole text, shaped lines included.
  var runs: [Run] {
    guard !shapedLines.isEmpty else { return storedRuns }
    var settled = self
    settled.settleShapedLines()
    return settled.storedRuns
  }

  public init() {}

  public init(_ text: String, role: TextRole = .plain) {
    append(text, role: role)
  }

  public init(stringLiteral value: String) {
    append(value)
  }

  public var isEmpty: Bool { utf8.isEmpty }

  /// The number of UTF-8 bytes of text.
  public var byteCount: Int { utf8.count }

  /// The runs of text with their roles, neighbours of the same role merged.
  public var spans: [Span] {
    var result: [Span] = []
    result.reserveCapacity(runs.count)
    var start = 0
    for run in runs {
      result.append(Span(String(decoding: utf8[start..<run.end], as: UTF8.self), role: run.role))
      start = run.end
    }
    return result
  }

  /// Calls `body` with each run's bytes and role, in order, without making strings.
  public func forEachRun(_ body: (ArraySlice<UInt8>, TextRole) throws -> Void) rethrows {
    var start = 0
    for run in runs {
      try body(utf8[start..<run.end], run.role)
      start = run.end
    }
  }

  /// Calls `body` once with the whole text and the end offset and role of each run, in order:
  /// for writers that walk every run of a long text (the app's colouring) without making a
  /// slice or a copy per run.
  public func withRuns<R>(
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Run>) throws -> R
  ) rethrows -> R {
    try utf8.withUnsafeBufferPointer { bytes in
      try runs.withUnsafeBufferPointer { try body(bytes, $0) }
    }
  }

  /// The bytes of the text before its shaped lines (all of it when there are none): the
  /// bytes that may hold control characters.
  public var bytesBeforeShapedLines: ArraySlice<UInt8> {
    utf8[..<(shapedLines.first?.start ?? utf8.count)]
  }

  /// Calls `body` once with the whole text, the runs of the text before its shaped lines, and
  /// the shaped lines, which follow one another to the end of the text: for a writer that
  /// prepares each shape once (the app's colouring of a hexdump).
  public func withRuns<R>(
    shapedLines body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Run>, [ShapedLine]) throws
      -> R
  ) rethrows -> R {
    try utf8.withUnsafeBufferPointer { bytes in
      try storedRuns.withUnsafeBufferPointer { try body(bytes, $0, shapedLines) }
    }
  }

  /// The text without any roles.
  public var plainText: String { String(decoding: utf8, as: UTF8.self) }

  /// Appends `text`, merging it into the last run when the role is the same.
  public mutating func append(_ text: String, role: TextRole = .plain) {
    guard !text.isEmpty else { return }
    settleShapedLines()
    var text = text
    text.withUTF8 { utf8.append(contentsOf: $0) }
    extendRun(role)
  }

  public mutating func append(_ other: StyledText) {
    guard !other.isEmpty else { return }
    settleShapedLines()
    let base = utf8.count
    utf8.append(contentsOf: other.utf8)
    for run in other.runs {
      if let last = storedRuns.indices.last, storedRuns[last].role == run.role {
        storedRuns[last].end = base + run.end
      } else {
        storedRuns.append(Run(role: run.role, end: base + run.end))
      }
    }
  }

  /// Appends one ASCII byte (the caller guarantees `byte < 0x80`).
  @inline(__always)
  public mutating func appendASCII(_ byte: UInt8, role: TextRole = .plain) {
    settleShapedLines()
    utf8.append(byte)
    extendRun(role)
  }

  /// Appends ASCII bytes (the caller guarantees each is `< 0x80`).
  public mutating func appendASCII<C: Collection>(_ bytes: C, role: TextRole = .plain)
  where C.Element == UInt8 {
    guard !bytes.isEmpty else { return }
    settleShapedLines()
    utf8.append(contentsOf: bytes)
    extendRun(role)
  }

  /// Appends ASCII bytes (each `< 0x80`) whose roles come as runs: each `(role, count)` covers
  /// the next `count` bytes. Renderers build a line in a buffer and append it at once.
  public mutating func appendASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, runs: UnsafeBufferPointer<(role: TextRole, count: Int)>
  ) {
    guard !bytes.isEmpty else { return }
    settleShapedLines()
    utf8.append(contentsOf: bytes)
    appendRuns(runs, endingAt: utf8.count)
  }

  /// Appends a line of printable ASCII bytes (0x20 to 0x7E: no control character a writer
  /// would escape, which lets it pass over the line unread) whose roles are `shape`'s runs,
  /// and a newline; `bytes.count` must be `shape.length`. The same text and runs as
  /// `appendASCII(bytes, runs: shape.runs)` and a newline, kept as the shape until anything
  /// else is appended.
  public mutating func appendLine(ascii bytes: UnsafeBufferPointer<UInt8>, shape: LineShape) {
    precondition(bytes.count == shape.length, "a shaped line is as long as its shape")
    assert(bytes.allSatisfy { (0x20...0x7E).contains($0) }, "a shaped line is printable ASCII")
    shapedLines.append(ShapedLine(start: utf8.count, shape: shape))
    utf8.append(contentsOf: bytes)
    utf8.append(UInt8(ascii: "\n"))
  }

  /// Turns the shaped lines into runs, as `appendASCII(_:runs:)` and a newline would have made.
  private mutating func settleShapedLines() {
    guard !shapedLines.isEmpty else { return }
    let lines = shapedLines
    shapedLines = []
    for line in lines {
      line.shape.runs.withUnsafeBufferPointer {
        appendRuns($0, endingAt: line.start + line.shape.length)
      }
      extendRun(.plain, to: line.start + line.shape.length + 1)
    }
  }

  /// Appends runs that cover the bytes up to `textEnd`, the first merged into the last run
  /// when their roles are the same.
  private mutating func appendRuns(
    _ runs: UnsafeBufferPointer<(role: TextRole, count: Int)>, endingAt textEnd: Int
  ) {
    var end = textEnd - runs.reduce(0) { $0 + $1.count }
    var first = 0
    if let head = runs.first, let last = storedRuns.indices.last, storedRuns[last].role == head.role {
      end += head.count
      storedRuns[last].end = end
      first = 1
    }
    storedRuns.reserveCapacity(storedRuns.count + runs.count - first)
    for index in first..<runs.count {
      let run = runs[index]
      guard run.count > 0 else { continue }
      end += run.count
      storedRuns.append(Run(role: run.role, end: end))
    }
  }

  /// Appends `count` blanks.
  public mutating func appendSpaces(_ count: Int, role: TextRole = .plain) {
    guard count > 0 else { return }
    settleShapedLines()
    utf8.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    extendRun(role)
  }

  /// Appends `text` and a newline.
  public mutating func appendLine(_ text: String = "", role: TextRole = .plain) {
    append(text, role: role)
    append("\n")
  }

  /// Empties the text, keeping its storage for reuse.
  public mutating func removeAll(keepingCapacity: Bool = false) {
    utf8.removeAll(keepingCapacity: keepingCapacity)
    storedRuns.removeAll(keepingCapacity: keepingCapacity)
    shapedLines.removeAll(keepingCapacity: keepingCapacity)
  }

  /// Reserves room for `byteCount` bytes of text.
  public mutating func reserveCapacity(_ byteCount: Int) {
    utf8.reserveCapacity(byteCount)
  }

  /// Removes blanks at the end of the text (before a newline is appended).
  public mutating func trimTrailingSpaces() {
    settleShapedLines()
    var end = utf8.count
    while end > 0, utf8[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end < utf8.count else { return }
    utf8.removeSubrange(end...)
    while storedRuns.count > 1, storedRuns[storedRuns.count - 2].end >= end {
      storedRuns.removeLast()
    }
    if end == 0 {
      storedRuns.removeAll()
    } else if !storedRuns.isEmpty {
      storedRuns[storedRuns.count - 1].end = end
    }
  }

  /// Extends the last run to the end of the text when its role is `role`, else adds a run.
  @inline(__always)
  private mutating func extendRun(_ role: TextRole, to end: Int? = nil) {
    let end = end ?? utf8.count
    if let last = storedRuns.indices.last, storedRuns[last].role == role {
      storedRuns[last].end = end
    } else {
      storedRuns.append(Run(role: role, end: end))
    }
  }

  /// Texts are equal when their bytes and runs are, however the runs are kept.
  public static func == (lhs: StyledText, rhs: StyledText) -> Bool {
    lhs.utf8 == rhs.utf8 && lhs.runs == rhs.runs
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(utf8)
    hasher.combine(runs)
  }

  public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var result = lhs
    result.append(rhs)
    return result
  }
}

/// Receives rendered text as it is produced, so that a long rendering (a whole hexdump of a
/// multi-gigabyte file) never holds all of it. Throwing stops the rendering: the reader has
/// gone away, or the user interrupted.
public typealias TextSink = (StyledText) throws -> Void
