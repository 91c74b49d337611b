#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The escape sequences of the colour keys (`TerminalStyle.codeKey`), with what each one sets,
/// so that a writer can tell when a change of colour needs no reset.
///
/// Its tables live in memory allocated once and never freed (palettes are made once, as
/// static constants): the colouring loop reads them per run without reference counting.
struct ColourPalette: @unchecked Sendable {  // read-only after init
  /// Key `k`'s escape sequence is `bytes[starts[k]..<starts[k + 1]]` (empty: no colour); the
  /// reset sequence follows the last key's.
  let bytes: UnsafeBufferPointer<UInt8>
  let starts: UnsafeBufferPointer<Int>
  /// The first key with the same sequence (an offset and an odd element are both cyan): text
  /// of the two in a row is one stretch of colour.
  let canonical: UnsafeBufferPointer<Int>
  /// Whether the key's parameters set the foreground colour and nothing else (`36`, `90`).
  let onlyForeground: UnsafeBufferPointer<Bool>
  /// Whether the key's parameters set the foreground colour (`1;31` does, `2` does not).
  let setsForeground: UnsafeBufferPointer<Bool>
  /// The key whose sequence is the reset, `\e[0m`.
  let resetKey: Int

  /// A palette of SGR parameter lists (`"1;31"`), one per key; nil: no colour.
  init(parameters: [String?]) {
    func isForeground(_ number: Int) -> Bool {
      (30...37).contains(number) || (90...97).contains(number)
    }
    func kept<T>(_ values: [T]) -> UnsafeBufferPointer<T> {
      let storage = UnsafeMutableBufferPointer<T>.allocate(capacity: values.count)
      _ = storage.initialize(from: values)
      return UnsafeBufferPointer(storage)
    }
    let numbers = parameters.map { ($0 ?? "").split(separator: ";").map { Int($0) ?? -1 } }
    let sequences = (parameters + ["0"]).map { $0.map { Array("\u{1B}[\($0)m".utf8) } ?? [] }
    bytes = kept(sequences.flatMap { $0 })
    starts = kept(sequences.reduce(into: [0]) { $0.append($0.last! + $1.count) })
    canonical = kept(parameters.indices.map { key in parameters.firstIndex { $0 == parameters[key] }! })
    onlyForeground = kept(numbers.map { $0.count == 1 && isForeground($0[0]) })
    setsForeground = kept(numbers.map { $0.contains(where: isForeground) })
    resetKey = parameters.count
  }

  /// Key `key`'s escape sequence.
  @inline(__always)
  func sequence(_ key: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[starts[key]..<starts[key + 1]])
  }
}

/// A growing byte buffer for the colouring loop that writes a colour's escape sequence only
/// where the colour changes, and a reset only where the new colour cannot simply replace the
/// old one (as hexyl does), instead of an escape and a reset around every run: a terminal
/// shows every character in the same colour as before, from about half the bytes.
///
/// No colour is carried over a newline: a line ends with a reset and the next one starts with
/// its colour, so that a line cut from the output (`head`, `grep`) stands on its own.
///
/// Bytes are copied with `memcpy` into memory it owns, doubled when full, and handed over as
/// an array at the end (`Array.append` per short piece costs more than the copy).
struct ColourWriter {
  static let noColour = -1

  private let palette: ColourPalette
  /// The key whose colour is in effect (canonical), or `noColour`.
  private var colour = ColourWriter.noColour
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0

  init(palette: ColourPalette, capacity: Int) {
    self.palette = palette
    self.capacity = max(capacity, 64)
    storage = .allocate(capacity: self.capacity)
  }

  /// Writes `piece` in the colour of palette key `key` (`noColour`: none), line by line.
  mutating func write(_ piece: UnsafeBufferPointer<UInt8>, key: Int) {
    let key = key == Self.noColour ? key : palette.canonical[key]
    forEachLine(of: piece) { writer, line in
      writer.change(to: key)
      writer.append(line)
    }
  }

  /// Writes `piece` in a colour made for it alone (a heatmap cell), reset after each line.
  mutating func write(_ piece: UnsafeBufferPointer<UInt8>, alone sequence: [UInt8]) {
    endColour()
    forEachLine(of: piece) { writer, line in
      writer.append(sequence)
      writer.append(line)
      if !sequence.isEmpty { writer.append(writer.palette.sequence(writer.palette.resetKey)) }
    }
  }

  /// Calls `body` with each non-empty line of `piece` and writes the newlines between them,
  /// each after ending the colour.
  @inline(__always)
  private mutating func forEachLine(
    of piece: UnsafeBufferPointer<UInt8>,
    _ body: (inout ColourWriter, UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard let base = piece.baseAddress else { return }
    var lineStart = 0
    while lineStart < piece.count {
      let lineEnd = Self.newline(in: piece, from: lineStart)
      if lineEnd > lineStart {
        body(&self, UnsafeBufferPointer(start: base + lineStart, count: lineEnd - lineStart))
      }
      guard lineEnd < piece.count else { break }
      endColour()
      append(UInt8(ascii: "\n"))
      lineStart = lineEnd + 1
    }
  }

  /// The index of the first newline of `piece` at or after `start`, or `piece.count`.
  @inline(__always)
  private static func newline(in piece: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let rest = piece.count - start
    // Most pieces are a few bytes (a hex pair): a loop finds the end sooner than a call.
    guard rest > 16 else {
      var index = start
      while index < piece.count, piece[index] != UInt8(ascii: "\n") { index += 1 }
      return index
    }
    let base = piece.baseAddress!
    guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), rest) else {
      return piece.count
    }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Ends the colour in effect, if any.
  mutating func endColour() {
    guard colour != Self.noColour else { return }
    append(palette.sequence(palette.resetKey))
    colour = Self.noColour
  }

  @inline(__always)
  private mutating func change(to key: Int) {
    guard key != colour else { return }
    guard key != Self.noColour else { return endColour() }
    // A colour that sets only the foreground is replaced by any that sets the foreground;
    // anything else (bold, dim, underline, reverse) is reset first.
    if colour != Self.noColour, !(palette.onlyForeground[colour] && palette.setsForeground[key]) {
      append(palette.sequence(palette.resetKey))
    }
    append(palette.sequence(key))
    colour = key
  }

  @inline(__always)
  private mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  @inline(__always)
  private mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    guard let source = piece.baseAddress else { return }
    if count + piece.count > capacity { grow(to: count + piece.count) }
    (storage + count).initialize(from: source, count: piece.count)
    count += piece.count
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    (storage + count).initialize(to: byte)
    count += 1
  }

  private mutating func grow(to needed: Int) {
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = moved
    capacity = larger
  }

  /// The bytes written, the last colour ended; the writer is not used after this.
  mutating func finish() -> [UInt8] {
    endColour()
    defer { storage.deallocate() }
    return Array(UnsafeBufferPointer(start: storage, count: count))
  }
}
