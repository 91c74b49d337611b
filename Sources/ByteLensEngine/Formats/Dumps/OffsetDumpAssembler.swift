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
  /// How offsets are written in messages (`0x1f`, `0o37`).
  var offsetText: (Int) -> String = DumpPieces.hex
  /// The most padding bytes an end offset may take back (word size − 1).
  var maximumPadding = 0

  private(set) var bytes: [UInt8] = []
  private(set) var firstOffset: Int? = nil
  private var expected: Int? = nil
  private var previous: [UInt8] = []
  private var pendingRepeat: DumpText.Line? = nil
  private var ended: DumpText.Line? = nil

  init(dump: DumpText) { self.dump = dump }

  mutating func add(_ entry: Entry, line: DumpText.Line) throws {
    if let ended {
      throw EngineError(
        "\(dump.lineName(line)) follows the end offset on \(dump.lineName(ended))",
        hint: "the line with only an offset marks the end of the dump")
    }
    switch entry {
    case .repeated:
      guard !previous.isEmpty else {
        throw EngineError(
          "the '*' on \(dump.lineName(line)) has no line before it to repeat")
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

  private mutating func append(_ data: [UInt8], line: DumpText.Line) throws {
    guard bytes.count + data.count <= TextDump.maximumBytes else {
      throw EngineError(
        "the dump grows past \(TextDump.maximumBytes >> 20) MiB at \(dump.lineName(line))")
    }
    bytes += data
  }

  /// Moves from where the data so far ends to `offset`: repeats the line before a `*`, or
  /// takes back padding at the end, or reports the gap.
  private mutating func reach(_ offset: Int, line: DumpText.Line, isEnd: Bool) throws {
    guard let expected else { return }
    if let star = pendingRepeat {
      pendingRepeat = nil
      let gap = offset &- expected
      guard gap >= 0, gap % previous.count == 0 else {
        throw EngineError(
          "the '*' on \(dump.lineName(star)) repeats \(previous.count)-byte lines from "
            + "\(offsetText(expected)), but \(dump.lineName(line)) is at \(offsetText(offset)), "
            + "not a whole number of lines further")
      }
      guard gap <= TextDump.maximumBytes - bytes.count else {
        throw EngineError(
          "the '*' on \(dump.lineName(star)) repeats \(gap) bytes, more than bytelens holds "
            + "in memory (\(TextDump.maximumBytes >> 20) MiB)")
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
      throw EngineError(
        "\(dump.lineName(line)) starts at offset \(offsetText(offset)), but the lines before "
          + "end at \(offsetText(expected)): \(offset &- expected) bytes are missing",
        hint: "a dump with a gap cannot be read back; paste the missing lines too")
    }
    throw EngineError(
      "\(dump.lineName(line)) starts at offset \(offsetText(offset)), inside the bytes before "
        + "it, which end at \(offsetText(expected)) (\(expected &- offset) bytes overlap)")
  }

  /// Call after the last line.
  mutating func finish() throws {
    if let star = pendingRepeat {
      throw EngineError(
        "the '*' on \(dump.lineName(star)) is the last line: without an offset after it, "
          + "how often the line repeats is unknown")
    }
  }
}

extension OffsetDumpAssembler {
  /// `0o37`, `31`, `0x1f`: an offset as a dump in `radix` writes it, for messages.
  static func offsetText(radix: Int) -> (Int) -> String {
    { value in
      switch radix {
      case 8: return "0o" + String(UInt(bitPattern: value), radix: 8)
      case 10: return String(value)
      default: return DumpPieces.hex(value)
      }
    }
  }

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
    _ radixes: [Int], build: (Int) throws -> OffsetDumpAssembler
  ) throws -> (assembler: OffsetDumpAssembler, radix: Int) {
    var fits: [(assembler: OffsetDumpAssembler, radix: Int)] = []
    var firstError: Error? = nil
    for radix in radixes {
      do {
        fits.append((try build(radix), radix))
      } catch {
        if firstError == nil { firstError = error }
      }
    }
    guard let first = fits.first else { throw firstError! }
    if let other = fits.dropFirst().first(where: { $0.assembler.bytes != first.assembler.bytes }) {
      let names = [8: "octal (od)", 10: "decimal (od -A d)", 16: "hex (hexdump)"]
      let radixes = Set([first.radix, other.radix])
      throw EngineError(
        "the offsets fit both as \(names[first.radix] ?? "") and as "
          + "\(names[other.radix] ?? ""), which give \(first.assembler.bytes.count) and "
          + "\(other.assembler.bytes.count) bytes: the '*' lines repeat a different number "
          + "of times",
        hint: radixes.contains(16)
          ? "name the tool that wrote it: --format od (octal offsets) or --format hexdump "
            + "(hex offsets)"
          : "dump again without '*' lines (od -v)")
    }
    return first
  }
}
