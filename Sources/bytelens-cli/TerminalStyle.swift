import ByteLensConsole
import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `--color` choice.
enum ColorChoice: String, CaseIterable {
  case auto, always, never
}

/// Turns styled text into what a terminal shows: plain text, or text with ANSI colours.
struct TerminalStyle {
  let usesColor: Bool
  /// Whether the terminal shows 24-bit colour (`COLORTERM=truecolor` or `24bit`); heatmaps
  /// then use a colour ramp, else the 256-colour palette's greys.
  var usesTrueColor = false
  /// Whether lines of a shape are coloured from the shape's coloured line; without, every run
  /// is coloured on its own (`BYTELENS_COLOUR_RUN_BY_RUN` set: for the tests that compare the
  /// two).
  var usesColouredLines = Environment.value("BYTELENS_COLOUR_RUN_BY_RUN") == nil
  /// The coloured lines of the shapes met so far.
  let colouredLineCache = ColouredLineCache()
  /// The colouring's memory, kept from one chunk of a long dump to the next.
  let keptMemory = ColourWriter.KeptMemory()

  /// The style for a channel: colour when asked (`always`), or when the channel is a terminal
  /// and neither `NO_COLOR` nor `TERM=dumb` says otherwise (`auto`).
  init(choice: ColorChoice, channel: OutputChannel) {
    switch choice {
    case .always: usesColor = true
    case .never: usesColor = false
    case .auto:
      let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
      let term = getenv("TERM").map { String(cString: $0) } ?? ""
      usesColor = channel.isTerminal && noColor.isEmpty && term != "dumb"
    }
    let colorTerm = getenv("COLORTERM").map { String(cString: $0) } ?? ""
    usesTrueColor = colorTerm == "truecolor" || colorTerm == "24bit"
  }

  /// The text as a terminal shows it: plain, or with ANSI colours.
  func render(_ text: StyledText) -> [UInt8] {
    guard usesColor else { return ControlCharacterEscaping.escaped(text.utf8) }
    // Text with control characters (rare: a user's string) is escaped run by run; everything
    // else, a hexdump above all, is coloured straight from the text's buffer.
    guard !ControlCharacterEscaping.needsEscaping(text.utf8) else { return renderEscaping(text) }
    if usesColouredLines, let coloured = colouredLines(text, { Array($0) }) { return coloured }
    return text.withRuns { bytes, runs in
      var output = ColourWriter(palette: Self.palette, capacity: bytes.count * 2 + 64)
      var start = 0
      for run in runs {
        write(UnsafeBufferPointer(rebasing: bytes[start..<run.end]), role: run.role, into: &output)
        start = run.end
      }
      return output.finish()
    }
  }

  /// Writes `piece` in `role`'s colour.
  @inline(__always)
  private func write(
    _ piece: UnsafeBufferPointer<UInt8>, role: TextRole, into output: inout ColourWriter
  ) {
    let key = Self.codeKey(role)
    if key == Self.madePerRun {
      // A heatmap cell's colour is made per cell: there are too many to keep.
      output.write(piece, alone: escape(for: role) ?? [])
    } else {
      output.write(piece, key: key == Self.noCode ? ColourWriter.noColour : key)
    }
  }

  /// Writes the text as a terminal shows it to `channel`: a long dump's chunks (text with
  /// shaped lines, in colour) straight from the colouring's memory, kept for the next chunk.
  /// - Returns: false when the reader has gone away.
  func send(_ text: StyledText, to channel: OutputChannel) -> Bool {
    // Shaped lines are printable ASCII: only the text before them may need escaping.
    if usesColor, usesColouredLines,
      !ControlCharacterEscaping.needsEscaping(text.bytesBeforeShapedLines),
      let sent = colouredLines(text, { channel.send($0) })
    {
      return sent
    }
    return channel.send(render(text))
  }

  /// Colours text with shaped lines (a hexdump's rows) from each shape's coloured line, the
  /// rest run by run (the same bytes as colouring every run), and hands `body` the bytes. Nil
  /// when the text has no shaped lines, or a shape has a role whose colour is made per run (a
  /// heatmap cell), which a coloured line cannot hold. The text needs no escaping.
  private func colouredLines<R>(_ text: StyledText, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
    text.withRuns { bytes, runs, lines -> R? in
      guard !lines.isEmpty else { return nil }
      // A coloured row is about four times its text (an escape per element of a 'u1' dump).
      var output = ColourWriter(
        palette: Self.palette, capacity: bytes.count * 5 + 64, reusing: keptMemory)
      var start = 0
      for run in runs {
        write(UnsafeBufferPointer(rebasing: bytes[start..<run.end]), role: run.role, into: &output)
        start = run.end
      }
      // Neighbouring rows mostly share a shape: each stretch of them is one lookup.
      let coloured = lines.withUnsafeBufferPointer { lines in
        var index = 0
        while index < lines.count {
          let shape = lines[index].shape
          guard let coloured = colouredLineCache.line(for: shape, make: colouredLine) else {
            return false
          }
          guard output.isUncoloured else {
            // A line after text that left a colour in effect: its first escape may differ.
            var start = lines[index].start
            for run in shape.runs {
              write(
                UnsafeBufferPointer(rebasing: bytes[start..<(start + run.count)]), role: run.role,
                into: &output)
              start += run.count
            }
            write(UnsafeBufferPointer(rebasing: bytes[start...start]), role: .plain, into: &output)
            index += 1
            continue
          }
          // A coloured line leaves no colour in effect: the next of the shape follows it.
          repeat {
            output.write(coloured, text: bytes.baseAddress! + lines[index].start)
            index += 1
          } while index < lines.count && lines[index].shape === shape
        }
        return true
      }
      guard coloured else {
        output.finish(keeping: keptMemory) { _ in }  // its memory back for the next
        return nil
      }
      return output.finish(keeping: keptMemory, body)
    }
  }

  /// The coloured line of `shape`, from the writer itself on a stand-in text; nil when a role
  /// of the shape has a colour made per run.
  private func colouredLine(_ shape: LineShape) -> ColouredLine? {
    var output = ColourWriter(palette: Self.palette, capacity: shape.length * 8 + 64)
    var positions: [Int32] = []
    positions.reserveCapacity(shape.length)
    // The line's bytes, then its newline.
    var standIn = [UInt8](repeating: UInt8(ascii: "A"), count: shape.length + 1)
    standIn[shape.length] = UInt8(ascii: "\n")
    return standIn.withUnsafeBufferPointer { standIn -> ColouredLine? in
      for run in shape.runs where run.count > 0 {
        guard Self.codeKey(run.role) != Self.madePerRun else { return nil }
        write(UnsafeBufferPointer(rebasing: standIn[..<run.count]), role: run.role, into: &output)
        // The run's text is the last thing written, after its escape if any.
        let end = output.byteCount
        for position in (end - run.count)..<end { positions.append(Int32(position)) }
      }
      write(UnsafeBufferPointer(rebasing: standIn[shape.length...]), role: .plain, into: &output)
      return ColouredLine(bytes: output.finish(), positions: positions)
    }
  }

  /// Colours text that holds control characters, escaping them run by run.
  private func renderEscaping(_ text: StyledText) -> [UInt8] {
    var output: [UInt8] = []
    text.forEachRun { run, role in
      let bytes = ControlCharacterEscaping.escaped(Array(run))
      guard let code = escape(for: role) else {
        output += bytes
        return
      }
      for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .enumerated()
      {
        if index > 0 { output.append(UInt8(ascii: "\n")) }
        if !line.isEmpty { output += code + line + Self.reset }
      }
    }
    return output
  }

  private static let noCode = -1
  private static let madePerRun = -2

  /// A role's escape sequence as a key of `palette`, `noCode`, or `madePerRun` (a heatmap
  /// cell): the colouring loop looks codes up by number instead of building an array per run.
  private static func codeKey(_ role: TextRole) -> Int {
    switch role {
    case .plain, .value: return noCode
    case .heat: return madePerRun
    case .offset: return 0
    case .dtype: return 1
    case .label: return 2
    case .muted: return 3
    case .error: return 4
    case .hint: return 5
    case .prompt: return 6
    case .element(let tone): return 7 + (tone & 1)
    case .field(let index, let tone):
      let colour = ((index % fieldColors.count) + fieldColors.count) % fieldColors.count
      return 9 + colour * 2 + (tone & 1)
    case .padding: return 9 + fieldColors.count * 2
    case .outside: return 10 + fieldColors.count * 2
    case .partial: return 11 + fieldColors.count * 2
    case .boundary: return 12 + fieldColors.count * 2
    case .nullByte: return 13 + fieldColors.count * 2
    case .printable: return 14 + fieldColors.count * 2
    case .match: return 15 + fieldColors.count * 2
    case .byteClass(let byteClass):
      return 16 + fieldColors.count * 2 + ByteClass.allCases.firstIndex(of: byteClass)!
    }
  }

  /// One role of each key, put in key order (so a key's code is its role's whatever order
  /// this list is written in).
  private static let keyedRoles: [TextRole] = (
    [.offset, .dtype, .label, .muted, .error, .hint, .prompt, .element(tone: 0), .element(tone: 1)]
    + fieldColors.indices.flatMap { [TextRole.field($0, tone: 0), .field($0, tone: 1)] }
    + [.padding, .outside, .partial, .boundary, .nullByte, .printable, .match]
    + ByteClass.allCases.map { .byteClass($0) }
  ).sorted { codeKey($0) < codeKey($1) }

  /// Every key's escape sequence, by key.
  private static let palette = ColourPalette(parameters: keyedRoles.map { code(for: $0) })

  private static let reset: [UInt8] = Array("\u{1B}[0m".utf8)

  /// The escape sequence that starts `role`'s colour on this terminal.
  func escape(for role: TextRole) -> [UInt8]? {
    guard case .heat(let upper, let lower) = role else { return Self.codeBytes(for: role) }
    return Self.sequence(HeatColors.code(upper: upper, lower: lower, trueColor: usesTrueColor))
  }

  /// The escape sequence that starts `role`'s colour, made once per role.
  static func codeBytes(for role: TextRole) -> [UInt8]? {
    switch role {
    case .element(let tone): return elementCodes[tone & 1]
    case .field(let index, let tone):
      return fieldCodes[tone & 1][
        ((index % fieldColors.count) + fieldColors.count) % fieldColors.count]
    case .boundary: return boundaryCode
    case .outside: return outsideCode
    case .padding: return paddingCode
    default: return code(for: role).map(sequence)
    }
  }

  private static func sequence(_ code: String) -> [UInt8] { Array("\u{1B}[\(code)m".utf8) }

  private static let elementCodes = [0, 1].map { sequence(code(for: .element(tone: $0))!) }
  private static let fieldCodes = [0, 1].map { tone in
    fieldColors.indices.map { sequence(code(for: .field($0, tone: tone))!) }
  }
  private static let boundaryCode = sequence(code(for: .boundary)!)
  private static let outsideCode = sequence(code(for: .outside)!)
  private static let paddingCode = sequence(code(for: .padding)!)

  /// The colours of record fields, in field order; the second tone is the bright variant.
  static let fieldColors = [32, 35, 34, 33, 36, 31]

  /// SGR parameters per role; nil leaves the text as it is.
  static func code(for role: TextRole) -> String? {
    switch role {
    case .plain, .value: return nil
    case .offset: return "36"
    case .dtype: return "32"
    case .label: return "1"
    case .muted: return "2"
    case .error: return "1;31"
    case .hint: return "1;33"
    case .prompt: return "1;34"
    case .element(let tone): return tone == 0 ? "33" : "36"
    case .field(let index, let tone):
      let color = fieldColors[((index % fieldColors.count) + fieldColors.count) % fieldColors.count]
      return String(tone == 0 ? color : color + 60)
    case .padding: return "2;37"
    case .outside: return "90"
    case .partial: return "4;31"
    case .boundary: return "90"
    case .nullByte: return "90"
    case .printable: return "36"
    case .heat(let upper, let lower):
      return HeatColors.code(upper: upper, lower: lower, trueColor: false)
    case .byteClass(let byteClass):
      switch byteClass {
      case .zeros: return "90"
      case .text: return "32"
      case .random: return "35"
      case .smallIntegers: return "34"
      case .other: return "33"
      }
    case .match: return "1;7"
    }
  }
}
