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

  func render(_ text: StyledText) -> String {
    guard usesColor else { return text.plainText }
    var result = ""
    for span in text.spans {
      guard let code = Self.code(for: span.role) else {
        result += span.text
        continue
      }
      // Colour each line separately so that a newline never carries a colour.
      var first = true
      for line in span.text.split(separator: "\n", omittingEmptySubsequences: false) {
        if !first { result += "\n" }
        first = false
        if !line.isEmpty { result += "\u{1B}[\(code)m\(line)\u{1B}[0m" }
      }
    }
    return result
  }

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
    }
  }
}
