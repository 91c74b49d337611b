/// Text read as a number the way Python's `int()`, `float()` and `complex()` read it, which is
/// how `np.array(['1.5', ' 2 '], dtype='f8')` converts strings: surrounding whitespace, any
/// Unicode decimal digits (`'１２'`), single underscores between digits, `inf`/`nan` words.
enum PythonNumberText {
  /// `int(text)` in base 10, as a sign and ASCII digits; nil when Python raises.
  static func integer(_ text: String) -> String? {
    guard var body = normalized(text) else { return nil }
    var sign = ""
    if body.first == "-" || body.first == "+" {
      if body.first == "-" { sign = "-" }
      body.removeFirst()
    }
    guard let digits = withoutUnderscores(body), !digits.isEmpty,
      digits.allSatisfy({ ("0"..."9").contains($0) })
    else { return nil }
    let trimmed = digits.drop { $0 == "0" }
    return sign + (trimmed.isEmpty ? "0" : String(trimmed))
  }

  /// `float(text)`, as the decimal text Swift's parser reads (`1.5e3`, `inf`, `-nan`).
  static func floatText(_ text: String) -> String? {
    guard var body = normalized(text) else { return nil }
    var sign = ""
    if body.first == "-" || body.first == "+" {
      if body.first == "-" { sign = "-" }
      body.removeFirst()
    }
    switch body.lowercased() {
    case "inf", "infinity": return sign + "inf"
    case "nan": return sign + "nan"
    default: break
    }
    guard let plain = withoutUnderscores(body), isDecimal(plain) else { return nil }
    return sign + plain
  }

  static func float(_ text: String) -> Double? { floatText(text).flatMap(Double.init) }

  /// Text for a long double, which numpy reads with C's `strtold`, not Python's float():
  /// leading blanks only, no underscores, hex floats allowed, ASCII only.
  static func longDouble(_ text: String) -> Float80? {
    let body = text.unicodeScalars.drop { $0 == " " || (9...13).contains($0.value) }
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && !$0.properties.isWhitespace }) else {
      return nil
    }
    return Float80(String(String.UnicodeScalarView(body)))
  }

  /// `complex(text)`: `1+2j`, `(1-2j)`, `j`, `-1.5e3J`, with blanks only around the whole.
  static func complex(_ text: String) -> (re: Double, im: Double)? {
    guard var body = normalized(text) else { return nil }
    if body.first == "(" && body.last == ")" && body.count >= 2 {
      body = String(body.dropFirst().dropLast())
      guard let inner = normalized(body) else { return nil }
      body = inner
    }
    let characters = Array(body)
    guard let last = characters.last else { return nil }
    guard last == "j" || last == "J" else {
      return float(body).map { ($0, 0) }
    }
    let head = characters.dropLast()
    // The split between the real and imaginary parts: the last sign not after an exponent.
    var split: Int? = nil
    for i in stride(from: head.count - 1, through: 1, by: -1)
    where head[i] == "+" || head[i] == "-" {
      if head[i - 1] != "e" && head[i - 1] != "E" {
        split = i
        break
      }
    }
    let realText = split.map { String(head[..<$0]) } ?? ""
    var imaginaryText = split.map { String(head[$0...]) } ?? String(head)
    if imaginaryText.isEmpty || imaginaryText == "+" || imaginaryText == "-" {
      imaginaryText += "1"
    }
    guard !imaginaryText.contains(where: \.isWhitespace), !realText.contains(where: \.isWhitespace),
      let im = float(imaginaryText)
    else { return nil }
    if realText.isEmpty { return (0, im) }
    guard let re = float(realText) else { return nil }
    return (re, im)
  }

  /// The text stripped of Python whitespace with its decimal digits made ASCII; nil if empty.
  private static func normalized(_ text: String) -> String? {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
        scalars.append(Unicode.Scalar(UInt8(48 + Int(value))))
      } else {
        scalars.append(scalar)
      }
    }
    let trimmed = String(scalars).unicodeScalars
      .drop { $0.properties.isWhitespace }
    let end = trimmed.lastIndex { !$0.properties.isWhitespace }
    guard let end else { return nil }
    return String(String.UnicodeScalarView(trimmed[...end]))
  }

  /// The text without underscores, each of which must stand between two digits.
  private static func withoutUnderscores(_ text: String) -> String? {
    let characters = Array(text)
    for (i, c) in characters.enumerated() where c == "_" {
      guard i > 0, i + 1 < characters.count, characters[i - 1].isASCIIDigit,
        characters[i + 1].isASCIIDigit
      else { return nil }
    }
    return text.filter { $0 != "_" }
  }

  /// `digits[.digits][e[±]digits]` or `.digits…`: Python's decimal float grammar.
  private static func isDecimal(_ text: String) -> Bool {
    var chars = Array(text)[...]
    var mantissaDigits = 0
    while let c = chars.first, c.isASCIIDigit {
      mantissaDigits += 1
      chars.removeFirst()
    }
    if chars.first == "." {
      chars.removeFirst()
      while let c = chars.first, c.isASCIIDigit {
        mantissaDigits += 1
        chars.removeFirst()
      }
    }
    guard mantissaDigits > 0 else { return false }
    if chars.first == "e" || chars.first == "E" {
      chars.removeFirst()
      if chars.first == "+" || chars.first == "-" { chars.removeFirst() }
      guard let c = chars.first, c.isASCIIDigit else { return false }
      while let c = chars.first, c.isASCIIDigit { chars.removeFirst() }
    }
    return chars.isEmpty
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
