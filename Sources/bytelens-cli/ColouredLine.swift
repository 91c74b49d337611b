import ByteLensEngine

/// A line shape (`LineShape`) coloured once: the bytes a terminal gets for any line of that
/// shape, with a stand-in for each byte of the line's text, and where each byte goes.
///
/// A hexdump's rows share a few shapes, so each row is a copy of its shape's coloured line
/// with its text filled in: the same bytes `ColourWriter` makes of the row's runs, without
/// walking them. Its memory is its own, read without reference counting per row.
final class ColouredLine {
  /// The coloured line with its escapes, from a writer with no colour in effect, through the
  /// reset that ends the line and its newline.
  let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Where byte `i` of the line's text goes in `bytes`.
  let positions: UnsafeMutableBufferPointer<Int32>

  init(bytes: [UInt8], positions: [Int32]) {
    self.bytes = .allocate(capacity: bytes.count)
    _ = self.bytes.initialize(from: bytes)
    self.positions = .allocate(capacity: positions.count)
    _ = self.positions.initialize(from: positions)
  }

  deinit {
    bytes.deallocate()
    positions.deallocate()
  }
}

/// The coloured lines of the shapes seen lately, made on first use.
///
/// It keeps each shape it holds a line for, so that a shape's identity is never reused by
/// another while it is here; it forgets them all when full (a hexdump of a dtype with many
/// phases, or many dumps in one session).
final class ColouredLineCache {
  private static let capacity = 512
  private var lines: [ObjectIdentifier: (shape: LineShape, line: ColouredLine?)] = [:]

  /// The coloured line of `shape`, made by `make` the first time; nil when the shape cannot
  /// be prepared (`make` says so).
  func line(for shape: LineShape, make: (LineShape) -> ColouredLine?) -> ColouredLine? {
    let key = ObjectIdentifier(shape)
    if let known = lines[key] { return known.line }
    if lines.count >= Self.capacity { lines.removeAll() }
    let made = make(shape)
    lines[key] = (shape, made)
    return made
  }
}
