/// Integers as the command language writes them.
///
/// An optional sign; decimal digits, or `0x` hexadecimal, `0o` octal, `0b` binary; `_` between
/// digits (`1_000`, `0xffff_0000`); and an optional size suffix `K`, `M` or `G`,
/// which multiplies by 1024, 1024² or 1024³. Results that do not fit in `Int` are errors.
public enum NumberLiteral {
  static let usage =
    "numbers are decimal, or 0x hex, 0o octal, 0b binary, with _ between digits and an "
    + "optional K, M or G (×1024)"

  /// Parses `text` as an integer.
  /// - Parameter location: where `text` starts, for the error.
  public static func parse(_ text: String, at location: SourceLocation? = nil)
    throws(LanguageError) -> Int
  {
    func fail(_ message: String, hint: String? = usage) -> LanguageError {
      LanguageError(message, hint: hint, at: location)
    }
    var characters = Substring(text)
    guard !characters.isEmpty else { throw fail("expected a number") }
    var negative = false
    if let sign = characters.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      characters.removeFirst()
    }
    var multiplier: UInt64 = 1
    if let suffix = characters.last {
      switch suffix {
      case "K": multiplier = 1 << 10
      case "M": multiplier = 1 << 20
      case "G": multiplier = 1 << 30
      default: break
      }
      if multiplier != 1 { characters.removeLast() }
    }
    var radix: UInt64 = 10
    var radixName = "a decimal"
    if characters.count >= 2, characters.first == "0" {
      let marker = characters[characters.index(after: characters.startIndex)]
      switch marker {
      case "x", "X": (radix, radixName) = (16, "a hexadecimal")
      case "o", "O": (radix, radixName) = (8, "an octal")
      case "b", "B": (radix, radixName) = (2, "a binary")
      default: break
      }
      if radix != 10 {
        characters.removeFirst(2)
        guard !characters.isEmpty else {
          throw fail("\(quoted(text)) is not a number: no digits after '0\(marker)'")
        }
        // Python allows one underscore right after the prefix: 0x_ff.
        if characters.first == "_" { characters.removeFirst() }
      }
    }
    guard !characters.isEmpty else { throw fail("\(quoted(text)) is not a number") }
    var magnitude: UInt64 = 0
    var previousWasDigit = false
    for character in characters {
      if character == "_" {
        guard previousWasDigit else {
          throw fail("\(quoted(text)) is not a number: '_' must stand between two digits")
        }
        previousWasDigit = false
        continue
      }
      guard let digit = character.hexDigitValue, UInt64(digit) < radix else {
        throw fail(
          "\(quoted(text)) is not a number: \(quoted(character)) is not \(radixName) digit")
      }
      let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: radix)
      let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(digit))
      guard !overflow1, !overflow2 else { throw tooLarge(text, at: location) }
      magnitude = sum
      previousWasDigit = true
    }
    guard previousWasDigit else {
      throw fail("\(quoted(text)) is not a number: '_' must stand between two digits")
    }
    let (scaled, overflow) = magnitude.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { throw tooLarge(text, at: location) }
    if negative {
      guard scaled <= UInt64(Int.max) + 1 else { throw tooLarge(text, at: location) }
      return scaled == UInt64(Int.max) + 1 ? Int.min : -Int(scaled)
    }
    guard scaled <= UInt64(Int.max) else { throw tooLarge(text, at: location) }
    return Int(scaled)
  }

  /// Whether `text` looks like it is meant as a number (starts with a digit, or a sign and a
  /// digit), so that a parser can tell a misspelt number from a word.
  public static func looksLikeNumber(_ text: String) -> Bool {
    var characters = Substring(text)
    if let sign = characters.first, sign == "-" || sign == "+" { characters.removeFirst() }
    return characters.first?.isASCII == true && characters.first?.isNumber == true
  }

  private static func tooLarge(_ text: String, at location: SourceLocation?) -> LanguageError {
    LanguageError(
      "\(quoted(text)) is too large: numbers must lie between \(Int.min) and \(Int.max)",
      at: location)
  }
}
