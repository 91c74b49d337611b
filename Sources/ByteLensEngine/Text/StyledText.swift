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
  private(set) var runs: [Run] = []

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

  /// The text without any roles.
  public var plainText: String { String(decoding: utf8, as: UTF8.self) }

  /// Appends `text`, merging it into the last run when the role is the same.
  public mutating func append(_ text: String, role: TextRole = .plain) {
    guard !text.isEmpty else { return }
    var text = text
    text.withUTF8 { utf8.append(contentsOf: $0) }
    extendRun(role)
  }

  public mutating func append(_ other: StyledText) {
    guard !other.isEmpty else { return }
    let base = utf8.count
    utf8.append(contentsOf: other.utf8)
    for run in other.runs {
      if let last = runs.indices.last, runs[last].role == run.role {
        runs[last].end = base + run.end
      } else {
        runs.append(Run(role: run.role, end: base + run.end))
      }
    }
  }

  /// Appends one ASCII byte (the caller guarantees `byte < 0x80`).
  @inline(__always)
  public mutating func appendASCII(_ byte: UInt8, role: TextRole = .plain) {
    utf8.append(byte)
    extendRun(role)
  }

  /// Appends ASCII bytes (the caller guarantees each is `< 0x80`).
  public mutating func appendASCII<C: Collection>(_ bytes: C, role: TextRole = .plain)
  where C.Element == UInt8 {
    guard !bytes.isEmpty else { return }
    utf8.append(contentsOf: bytes)
    extendRun(role)
  }

  /// Appends ASCII bytes (each `< 0x80`) whose roles come as runs: each `(role, count)` covers
  /// the next `count` bytes. Renderers build a line in a buffer and append it at once.
  public mutating func appendASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, runs: UnsafeBufferPointer<(role: TextRole, count: Int)>
  ) {
    guard !bytes.isEmpty else { return }
    var end = utf8.count
    utf8.append(contentsOf: bytes)
    var first = 0
    if let head = runs.first, let last = self.runs.indices.last, self.runs[last].role == head.role {
      end += head.count
      self.runs[last].end = end
      first = 1
    }
    self.runs.reserveCapacity(self.runs.count + runs.count - first)
    for index in first..<runs.count {
      let run = runs[index]
      guard run.count > 0 else { continue }
      end += run.count
      self.runs.append(Run(role: run.role, end: end))
    }
  }

  /// Appends `count` blanks.
  public mutating func appendSpaces(_ count: Int, role: TextRole = .plain) {
    guard count > 0 else { return }
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
    runs.removeAll(keepingCapacity: keepingCapacity)
  }

  /// Reserves room for `byteCount` bytes of text.
  public mutating func reserveCapacity(_ byteCount: Int) {
    utf8.reserveCapacity(byteCount)
  }

  /// Removes blanks at the end of the text (before a newline is appended).
  public mutating func trimTrailingSpaces() {
    var end = utf8.count
    while end > 0, utf8[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end < utf8.count else { return }
    utf8.removeSubrange(end...)
    while runs.count > 1, runs[runs.count - 2].end >= end { runs.removeLast() }
    if end == 0 {
      runs.removeAll()
    } else if !runs.isEmpty {
      runs[runs.count - 1].end = end
    }
  }

  @inline(__always)
  private mutating func extendRun(_ role: TextRole) {
    if let last = runs.indices.last, runs[last].role == role {
      runs[last].end = utf8.count
    } else {
      runs.append(Run(role: role, end: utf8.count))
    }
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
