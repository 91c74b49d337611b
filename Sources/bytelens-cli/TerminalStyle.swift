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
    return text.withRuns { bytes, runs in
      var output = ColourWriter(palette: Self.palette, capacity: bytes.count * 2 + 64)
      var start = 0
      for run in runs {
        let piece = UnsafeBufferPointer(rebasing: bytes[start..<run.end])
        start = run.end
        let key = Self.codeKey(run.role)
        if key == Self.madePerRun {
          // A heatmap cell's colour is made per cell: there are too many to keep.
          output.write(piece, alone: escape(for: run.role) ?? [])
        } else {
          output.write(piece, key: key == Self.noCode ? ColourWriter.noColour : key)
        }
      }
      return output.finish()
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
