/// C array initialisers: `{ 0x48, 0x65, 'l', 108, 0157 }`, with an optional declaration
/// before the braces and `xxd -i`'s length line after them (checked against the count), nested
/// braces flattened, comments skipped; also a bare comma-separated list `0x48, 0x65`. Values
/// from -128 to 255 are bytes (negative ones in two's complement, as in a `signed char` array).
enum CInitializerDump {
  /// Whether the text starts with `{`, or with a declaration and `= {` (on the first line or
  /// the start of the next).
  static func matchesBraces(_ dump: DumpText) -> Bool {
    let first = dump.lines[0].text.trimmingSpaces()
    if first.hasPrefix("{") { return true }
    if let brace = first.firstIndex(of: "{") { return first[..<brace].contains("=") }
    if first.hasSuffix("="), dump.lines.count > 1 {
      return dump.lines[1].text.trimmingSpaces().hasPrefix("{")
    }
    return false
  }

  /// A list of C integer literals separated by commas, without braces.
  static func matchesBareList(_ dump: DumpText) -> Bool {
    let text = dump.lines.map(\.text).joined(separator: " ")
    guard text.contains(",") else { return false }
    let items = text.split(separator: ",").map { $0.trimmingSpaces() }
    return items.enumerated().allSatisfy { index, item in
      (item.isEmpty && index == items.count - 1)
        || (item.lowercased().hasPrefix("0x") && item.dropFirst(2).allSatisfy(\.isHexDigit))
    }
  }

  static func decode(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    var scanner = DumpScanner(dump)
    try scanner.skipSpace(comments: true)
    var declaration = ""
    let hasBraces = dump.lines.contains { $0.characters.contains("{") }
    if hasBraces {
      while let c = scanner.current, c != "{" {
        if c == "/" && (scanner.peek(1) == "*" || scanner.peek(1) == "/") {
          try scanner.skipSpace(comments: true)
          declaration.append(" ")
          continue
        }
        if c == ";" || c == "}" {
          throw DumpError.stray(scanner.found, at: scanner.here(), after: .openingBrace)
        }
        declaration.append(c == "\n" ? " " : c)
        scanner.advance()
      }
      scanner.advance()
    }
    var bytes: [UInt8] = []
    var depth = hasBraces ? 1 : 0
    var expectValue = true
    while true {
      try scanner.skipSpace(comments: true)
      guard let c = scanner.current else {
        if depth > 0 { throw DumpError.missingClosingBrace(at: scanner.here()) }
        break
      }
      if c == "{" {
        guard expectValue else { throw scanner.expected(.commaBeforeBrace, naming: false) }
        depth += 1
        scanner.advance()
        continue
      }
      if c == "}" {
        guard depth > 0 else { throw DumpError.unopenedBrace(at: scanner.here()) }
        depth -= 1
        scanner.advance()
        expectValue = false
        if depth == 0 { break }
        continue
      }
      if c == "," {
        guard !expectValue else { throw scanner.expected(.valueBeforeComma, naming: false) }
        scanner.advance()
        expectValue = true
        continue
      }
      guard expectValue else {
        throw scanner.expected(.commaOrClosingBrace)
      }
      bytes.append(try value(&scanner))
      expectValue = false
    }
    // After the braces: ';', then perhaps xxd -i's `unsigned int name_len = 33;`.
    try scanner.skipSpace(comments: true)
    if scanner.current == ";" { scanner.advance() }
    try scanner.skipSpace(comments: true)
    if !scanner.atEnd {
      try lengthLine(&scanner, count: bytes.count)
    }
    var detail = "C initialiser"
    let declared = declaration.trimmingSpaces()
    if declared.hasSuffix("=") {
      detail += " (\(String(declared.dropLast()).trimmingSpaces()))"
    }
    return DecodedDump(
      bytes: bytes, format: .c, detail: detail, lineCount: dump.lines.count, firstOffset: nil,
      notes: [])
  }

  /// One integer or character literal, as a byte.
  static func value(_ scanner: inout DumpScanner) throws(DumpError) -> UInt8 {
    let start = scanner.here()
    if scanner.current == "'" {
      let bytes = try scanner.quotedBytes()
      guard bytes.count == 1 else {
        throw DumpError.characterLiteralSize(at: start, bytes: bytes.count)
      }
      return bytes[0]
    }
    var text = ""
    while let c = scanner.current, c.isLetter || c.isNumber || c == "-" || c == "+" || c == "_" {
      text.append(c)
      scanner.advance()
    }
    guard !text.isEmpty else {
      throw DumpError.expected(.cValue, at: start, found: scanner.found)
    }
    var digits = Substring(text)
    var negative = false
    if digits.first == "-" || digits.first == "+" {
      negative = digits.first == "-"
      digits = digits.dropFirst()
    }
    while let last = digits.last, "uUlL".contains(last) { digits = digits.dropLast() }
    var radix = 10
    if digits.lowercased().hasPrefix("0x") {
      radix = 16
      digits = digits.dropFirst(2)
    } else if digits.lowercased().hasPrefix("0b") {
      radix = 2
      digits = digits.dropFirst(2)
    } else if digits.count > 1 && digits.first == "0" {
      radix = 8
      digits = digits.dropFirst()
    }
    guard let magnitude = Int(digits.replacingOccurrences("'", ""), radix: radix) else {
      throw DumpError.badToken(text, at: start, expected: .cInteger)
    }
    let value = negative ? -magnitude : magnitude
    guard value >= -128 && value <= 255 else {
      throw DumpError.badToken(text, at: start, expected: .cByte(value: value))
    }
    return UInt8(truncatingIfNeeded: value)
  }

  /// `unsigned int name_len = 33;` after the array: the count must agree.
  static func lengthLine(_ scanner: inout DumpScanner, count: Int) throws(DumpError) {
    let start = scanner.here()
    var text = ""
    while let c = scanner.current {
      text.append(c == "\n" ? " " : c)
      scanner.advance()
    }
    let statement = text.trimmingSpaces()
    guard statement.hasSuffix(";"), let equals = statement.firstIndex(of: "=") else {
      throw DumpError.badToken(statement, at: start, expected: .cLengthLine)
    }
    let number = statement[statement.index(after: equals)...].dropLast().trimmingSpaces()
    guard let declared = Int(number) else {
      throw DumpError.badToken(number, at: start, expected: .cLengthNumber)
    }
    guard declared == count else {
      throw DumpError.lengthMismatch(at: start, declared: declared, count: count)
    }
  }
}

extension Substring {
  func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    var out = ""
    for c in self { if c == target { out += replacement } else { out.append(c) } }
    return out
  }
}
