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
    guard usesColor else { return ControlCharacterEscaping.escaped(text.utf8) }
    var writer = ByteWriter(capacity: text.byteCount * 4)
    text.forEachRun { bytes, role in
      ControlCharacterEscaping.escaped(Array(bytes)).withUnsafeBytes { bytes in
        guard let code = Self.codeBytes(for: role) else {
          writer.write(bytes)
          return
        }
        // Colour each line separately so that a newline never carries a colour.
        var lineStart = 0
        while true {
          let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
          if lineEnd > lineStart {
            code.withUnsafeBytes { writer.write($0) }
            writer.write(UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
            Self.reset.withUnsafeBytes { writer.write($0) }
          }
          if lineEnd == bytes.count { break }
          writer.write(UInt8(ascii: "\n"))
          lineStart = lineEnd + 1
        }
      }
    }
    return writer.bytes
  }

  private static let reset: [UInt8] = Array("\u{1B}[0m".utf8)

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
    case .match: return "1;7"
    }
  }
}

/// A byte buffer written with `memcpy`, grown by doubling: the colour renderer writes many
/// short pieces (an escape, a few bytes, a reset) and `Array.append` costs more than the copy.
struct ByteWriter {
  private var storage: [UInt8]
  private var count = 0

  init(capacity: Int) { storage = [UInt8](repeating: 0, count: max(capacity, 64)) }

  var bytes: [UInt8] { Array(storage[0..<count]) }

  mutating func write(_ piece: UnsafeRawBufferPointer) {
    guard let source = piece.baseAddress, !piece.isEmpty else { return }
    reserve(piece.count)
    storage.withUnsafeMutableBytes { target in
      (target.baseAddress! + count).copyMemory(from: source, byteCount: piece.count)
    }
    count += piece.count
  }

  mutating func write(_ byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  private mutating func reserve(_ extra: Int) {
    guard count + extra > storage.count else { return }
    storage += [UInt8](repeating: 0, count: max(storage.count, extra))
  }
}
