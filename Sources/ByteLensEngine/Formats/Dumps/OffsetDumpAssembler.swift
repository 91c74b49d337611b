/// Puts the lines of an offset-prefixed dump (xxd, hexdump, od, Wireshark, gdb) together:
/// each line must start where the one before ended, a `*` line repeats the line before it up
/// to the next offset, and a last line holding only an offset says where the data ends (a
/// dump of 16-bit words pads an odd byte count, and the end offset takes the padding back).
struct OffsetDumpAssembler {
  enum Entry {
    case data(offset: Int, bytes: [UInt8])
    /// `*`: the previous line repeats.
    case repeated
    /// A line with only an offset: the end of the data.
    case end(offset: Int)
  }

  let dump: DumpText
  /// The radix the dump writes its offsets in, for errors.
  var offsetRadix = 16
  /// The most padding bytes an end offset may take back (word size − 1).
  var maximumPadding = 0

  private(set) var bytes: [UInt8] = []
  private(set) var firstOffset: Int? = nil
  private var expected: Int? = nil
  private var previous: [UInt8] = []
  private var pendingRepeat: DumpText.Line? = nil
  private var ended: DumpText.Line? = nil

  init(dump: DumpText) { self.dump = dump }

  mutating func add(_ entry: Entry, line: DumpText.Line) throws(DumpError) {
    if let ended {
      throw DumpError.followsEndOffset(line: dump.lineName(line), endLine: dump.lineName(ended))
    }
    switch entry {
    case .repeated:
      guard !previous.isEmpty else {
        throw DumpError.repeatWithoutLine(line: dump.lineName(line))
      }
      pendingRepeat = line
    case .data(let offset, let data):
      try reach(offset, line: line, isEnd: false)
      if firstOffset == nil { firstOffset = offset }
      try append(data, line: line)
      previous = data
      expected = offset &+ data.count
    case .end(let offset):
      if expected == nil {
        firstOffset = offset
        expected = offset
      }
      try reach(offset, line: line, isEnd: true)
      ended = line
    }
  }

  private mutating func append(_ data: [UInt8], line: DumpText.Line) throws(DumpError) {
    guard bytes.count + data.count <= TextDump.maximumBytes else {
      throw DumpError.tooLarge(line: dump.lineName(line))
    }
    bytes += data
  }

  /// Moves from where the data so far ends to `offset`: repeats the line before a `*`, or
  /// takes back padding at the end, or reports the gap.
  private mutating func reach(_ offset: Int, line: DumpText.Line, isEnd: Bool) throws(DumpError) {
    guard let expected else { return }
    if let star = pendingRepeat {
      pendingRepeat = nil
      let gap = offset &- expected
      guard gap >= 0, gap % previous.count == 0 else {
        throw DumpError.repeatDoesNotFit(
          line: dump.lineName(star), lineBytes: previous.count, from: expected,
          nextLine: dump.lineName(line), to: offset, radix: offsetRadix)
      }
      guard gap <= TextDump.maximumBytes - bytes.count else {
        throw DumpError.repeatTooLarge(line: dump.lineName(star), bytes: gap)
      }
      for _ in 0..<(gap / previous.count) { bytes += previous }
      self.expected = offset
      return
    }
    if offset == expected { return }
    if isEnd, offset < expected, expected &- offset <= maximumPadding,
      expected &- offset <= previous.count
    {
      bytes.removeLast(expected &- offset)
      self.expected = offset
      return
    }
    if offset > expected {
      throw DumpError.gap(
        line: dump.lineName(line), offset: offset, expected: expected, radix: offsetRadix)
    }
    throw DumpError.overlap(
      line: dump.lineName(line), offset: offset, expected: expected, radix: offsetRadix)
  }

  /// Call after the last line.
  mutating func finish() throws(DumpError) {
    if let star = pendingRepeat {
      throw DumpError.repeatAtEnd(line: dump.lineName(star))
    }
  }
}

extension OffsetDumpAssembler {
  /// The radixes to try for offsets `offsetWidth` digits wide: od writes 7 octal or decimal
  /// (`-A d`) digits, or 6 hex (`-A x`); hexdump 7 hex digits. Unnamed, all three, likeliest
  /// first.
  static func radixes(offsetWidth: Int, tool: DumpFormat?) -> [Int] {
    switch tool {
    case .hexdump?: return [16]
    case .od?: return offsetWidth == 6 ? [16] : [8, 10]
    default: return offsetWidth == 7 ? [8, 16, 10] : [16, 8, 10]
    }
  }

  /// Puts together a dump whose offsets are written in a radix it does not name (od's are
  /// octal, `od -A d` decimal, `hexdump`'s hex): `build` assembles it in each of `radixes`,
  /// and the lines must fit together in one. When they fit in two that give different bytes
  /// (a `*` line whose count depends on the radix), that is an error, not a guess.
  /// - Returns: the assembled dump and its radix.
  /// - Throws: the error of the first radix when none fits.
  static func fitting(
    _ radixes: [Int], build: (Int) throws(DumpError) -> OffsetDumpAssembler
  ) throws(DumpError) -> (assembler: OffsetDumpAssembler, radix: Int) {
    var fits: [(assembler: OffsetDumpAssembler, radix: Int)] = []
    var firstError: DumpError? = nil
    for radix in radixes {
      do {
        fits.append((try build(radix), radix))
      } catch {
        if firstError == nil { firstError = error }
      }
    }
    guard let first = fits.first else { throw firstError! }
    if let other = fits.dropFirst().first(where: { $0.assembler.bytes != first.assembler.bytes }) {
      throw DumpError.ambiguousOffsetRadix(
        radixes: [first.radix, other.radix],
        byteCounts: [first.assembler.bytes.count, other.assembler.bytes.count])
    }
    return first
  }
}
