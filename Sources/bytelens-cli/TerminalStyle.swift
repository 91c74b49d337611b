import ByteLensConsole

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
  }

  /// The text as a terminal shows it: plain, or with ANSI colours.
  func render(_ text: StyledText) -> [UInt8] {
    guard usesColor else { return text.utf8 }
    var result: [UInt8] = []
    result.reserveCapacity(text.byteCount + text.byteCount / 2)
    text.forEachRun { bytes, role in
      guard let code = Self.code(for: role) else {
        result.append(contentsOf: bytes)
        return
      }
      // Colour each line separately so that a newline never carries a colour.
      var lineStart = bytes.startIndex
      while lineStart <= bytes.endIndex {
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        if lineEnd > lineStart {
          result.append(contentsOf: Self.escape)
          result.append(contentsOf: code.utf8)
          result.append(UInt8(ascii: "m"))
          result.append(contentsOf: bytes[lineStart..<lineEnd])
          result.append(contentsOf: Self.reset)
        }
        if lineEnd == bytes.endIndex { break }
        result.append(UInt8(ascii: "\n"))
        lineStart = lineEnd + 1
      }
    }
    return result
  }

  private static let escape: [UInt8] = [0x1B, UInt8(ascii: "[")]
  private static let reset: [UInt8] = Array("\u{1B}[0m".utf8)

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
    }
  }
}
