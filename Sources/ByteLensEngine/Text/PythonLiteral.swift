/// A Python literal written as text: the small subset of Python that dtype specifications and
/// array values are written in (numbers, strings, bytes, booleans, None, lists, tuples, dicts).
///
/// Parsed by our own parser, never evaluated: `[('id','<i4'), ('value','<f8')]`.
public indirect enum PythonLiteral: Equatable, Sendable {
  case integer(String)  // the digits as written, sign included, so huge values are not lost
  case float(Double)
  case complex(real: Double, imaginary: Double)
  case string(String)
  case bytes([UInt8])
  case bool(Bool)
  case none
  /// A bare word such as `np.float32`, `nan` or `inf`.
  case name(String)
  case list([PythonLiteral])
  case tuple([PythonLiteral])
  case dict([(key: PythonLiteral, value: PythonLiteral)])

  public static func == (lhs: PythonLiteral, rhs: PythonLiteral) -> Bool {
    switch (lhs, rhs) {
    case (.integer(let a), .integer(let b)): return a == b
    case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.complex(let a, let b), .complex(let c, let d)): return a == c && b == d
    case (.string(let a), .string(let b)): return a == b
    case (.bytes(let a), .bytes(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.none, .none): return true
    case (.name(let a), .name(let b)): return a == b
    case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)): return a == b
    case (.dict(let a), .dict(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// Parses the whole of `text` as one literal.
  /// - Parameter allowsNames: whether bare words (`nan`, `inf`, `np.float32`) are read as
  ///   `.name`. Without, the grammar is Python's `ast.literal_eval`: only `True`, `False`
  ///   and `None` are words, and any other (signed `-inf` too) is an error.
  /// - Throws: `LiteralError.syntax`, at the column of the first character that does not fit.
  public static func parse(_ text: String, allowsNames: Bool = true) throws(LiteralError)
    -> PythonLiteral
  {
    var parser = PythonLiteralParser(Array(text.unicodeScalars))
    parser.allowsNames = allowsNames
    let value = try parser.parseValue()
    parser.skipSpace()
    guard parser.atEnd else {
      throw parser.failure(.unexpected(parser.current!))
    }
    return value
  }

  /// The value as a Swift `Int`, when it is an integer that fits.
  public var intValue: Int? {
    if case .integer(let digits) = self { return Int(digits) }
    return nil
  }
}

struct PythonLiteralParser {
  let scalars: [Unicode.Scalar]
  var position = 0
  /// Whether bare words other than `True`, `False` and `None` are values (`.name`).
  var allowsNames = true

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  var atEnd: Bool { position >= scalars.count }
  var current: Unicode.Scalar? { atEnd ? nil : scalars[position] }

  func failure(_ syntax: LiteralError.Syntax) -> LiteralError {
    .syntax(syntax, column: position + 1)
  }

  mutating func skipSpace() {
    while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { position += 1 }
  }

  /// How deep lists, tuples and dicts may nest (NumPy allows 64 dimensions).
  static let maximumDepth = 100
  var depth = 0
  /// How many values (numbers, strings, containers) one literal may hold: a budget that
  /// bounds the time and memory an `array` literal can take.
  static let maximumValues = 1_000_000
  var values = 0

  mutating func parseValue() throws(LiteralError) -> PythonLiteral {
    skipSpace()
    guard let c = current else { throw failure(.unexpectedEnd) }
    values += 1
    guard values <= Self.maximumValues else {
      throw failure(.tooManyValues(limit: Self.maximumValues))
    }
    if c == "[" || c == "(" || c == "{" {
      depth += 1
      defer { depth -= 1 }
      guard depth <= Self.maximumDepth else {
        throw failure(.nestedTooDeep(limit: Self.maximumDepth))
      }
      return try parseContainer(c)
    }
    return try parseAtom(c)
  }

  mutating func parseContainer(_ c: Unicode.Scalar) throws(LiteralError) -> PythonLiteral {
    switch c {
    case "[":
      position += 1
      return .list(try parseSequence(closing: "]").items)
    case "(":
      position += 1
      let (items, trailingComma) = try parseSequence(closing: ")")
      // `(x)` is just x; `(x,)` is a 1-tuple.
      if items.count == 1 && !trailingComma { return items[0] }
      return .tuple(items)
    default:
      position += 1
      return try parseDict()
    }
  }

  mutating func parseAtom(_ c: Unicode.Scalar) throws(LiteralError) -> PythonLiteral {
    switch c {
    case "'", "\"":
      return .string(try parseString())
    default:
      if c == "b" || c == "B", let next = peek(1), next == "'" || next == "\"" {
        position += 1
        let text = try parseString(bytes: true)
        return .bytes(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
      }
      if c == "-" || c == "+" || c == "." || ("0"..."9").contains(c) {
        return try complexTail(after: try parseNumber())
      }
      if c.properties.isAlphabetic || c == "_" {
        let start = position
        let value = parseName()
        if case .name(let word) = value, !allowsNames {
          position = start
          throw failure(.nameNotALiteral(word))
        }
        return value
      }
      throw failure(.unexpected(c))
    }
  }

  /// `1+2j`, `-0.5 - 1e3j`: a real part followed by a signed imaginary part.
  mutating func complexTail(after real: PythonLiteral) throws(LiteralError) -> PythonLiteral {
    let realValue: Double
    switch real {
    // A Python int has no negative zero: -0-0.5j has the real part +0.0.
    case .integer(let digits): realValue = Double(digits).map { $0 == 0 ? 0 : $0 } ?? .nan
    case .float(let f): realValue = f
    default: return real
    }
    let saved = position
    skipSpace()
    guard current == "+" || current == "-" else {
      position = saved
      return real
    }
    // Python's `a + bj` and `a - bj`: the real part is a ± 0.0 and the imaginary 0.0 ± b, so
    // signed zeros come out as Python's do (`-0.0+0j` has the real part +0.0).
    if case .complex(let zero, let imaginary)? = try? parseNumber() {
      return .complex(real: realValue + zero, imaginary: 0.0 + imaginary)
    }
    position = saved
    return real
  }

  func peek(_ distance: Int) -> Unicode.Scalar? {
    position + distance < scalars.count ? scalars[position + distance] : nil
  }

  mutating func parseSequence(
    closing: Unicode.Scalar
  ) throws(LiteralError) -> (items: [PythonLiteral], trailingComma: Bool) {
    var items: [PythonLiteral] = []
    var trailingComma = false
    while true {
      skipSpace()
      if current == closing {
        position += 1
        return (items, trailingComma)
      }
      items.append(try parseValue())
      skipSpace()
      if current == "," {
        position += 1
        trailingComma = true
      } else if current == closing {
        trailingComma = false
      } else if current == nil {
        throw failure(.missingClose(closing))
      } else {
        throw failure(.expectedCommaOrClose(closing, found: current!))
      }
    }
  }

  mutating func parseDict() throws(LiteralError) -> PythonLiteral {
    var entries: [(key: PythonLiteral, value: PythonLiteral)] = []
    while true {
      skipSpace()
      if current == "}" {
        position += 1
        return .dict(entries)
      }
      let key = try parseValue()
      skipSpace()
      guard current == ":" else { throw failure(.expectedColon) }
      position += 1
      let value = try parseValue()
      entries.append((key, value))
      skipSpace()
      if current == "," {
        position += 1
      } else if current != "}" {
        throw failure(current == nil ? .missingClose("}") : .expectedCommaInDict)
      }
    }
  }

  mutating func parseName() -> PythonLiteral {
    let start = position
    while let c = current,
      c.properties.isAlphabetic || c == "_" || c == "." || ("0"..."9").contains(c)
    {
      position += 1
    }
    let word = String(String.UnicodeScalarView(scalars[start..<position]))
    switch word {
    case "True": return .bool(true)
    case "False": return .bool(false)
    case "None": return .none
    default: return .name(word)
    }
  }

  mutating func parseNumber() throws(LiteralError) -> PythonLiteral {
    let start = position
    var sign = ""
    if current == "-" || current == "+" {
      if current == "-" { sign = "-" }
      position += 1
      skipSpace()
    }
    // Words after a sign: -inf, -nan.
    if let c = current, c.properties.isAlphabetic {
      let wordStart = position
      let name = parseName()
      if case .name(let word) = name, !allowsNames {
        position = wordStart
        throw failure(.nameNotALiteral(word))
      }
      if case .name(let word) = name {
        let lower = word.lowercased()
        if lower == "inf" || lower == "np.inf" {
          return .float(sign == "-" ? -.infinity : .infinity)
        }
        if lower == "nan" || lower == "np.nan" { return .float(sign == "-" ? -Double.nan : .nan) }
      }
      position = start
      throw failure(.expectedNumber)
    }
    let digitsStart = position
    var isFloat = false
    if current == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
      position += 2
      while let c = current, c.properties.isASCIIHexDigit || c == "_" { position += 1 }
      let text = String(String.UnicodeScalarView(scalars[digitsStart..<position]))
        .replacingUnderscores()
      let radix = "xX".unicodeScalars.contains(p) ? 16 : "oO".unicodeScalars.contains(p) ? 8 : 2
      guard let value = UInt64(text.dropFirst(2), radix: radix) else {
        throw failure(.notANumber(text))
      }
      return .integer(sign + String(value))
    }
    while let c = current {
      if ("0"..."9").contains(c) || c == "_" {
        position += 1
      } else if c == "." || c == "e" || c == "E" {
        isFloat = true
        position += 1
        if c == "e" || c == "E", current == "-" || current == "+" { position += 1 }
      } else {
        break
      }
    }
    let text = String(String.UnicodeScalarView(scalars[digitsStart..<position]))
      .replacingUnderscores()
    if current == "j" || current == "J" {
      position += 1
      guard let value = Double(text) else { throw failure(.notANumber(text + "j")) }
      // Python's `-0.5j` is `-(0.5j)`: the minus negates the zero real part too, (-0-0.5j).
      return .complex(real: sign == "-" ? -0.0 : 0, imaginary: sign == "-" ? -value : value)
    }
    if isFloat {
      guard let value = Double(text) else { throw failure(.notANumber(text)) }
      return .float(sign == "-" ? -value : value)
    }
    guard !text.isEmpty, text.allSatisfy(\.isNumber) else {
      throw failure(.notANumber(text))
    }
    return .integer(sign + text)
  }

  mutating func parseString(bytes: Bool = false) throws(LiteralError) -> String {
    let quote = current!
    position += 1
    var result = String.UnicodeScalarView()
    while true {
      guard let c = current else { throw failure(.unterminatedString) }
      position += 1
      if c == quote { return String(result) }
      if c != "\\" {
        result.append(c)
        continue
      }
      guard let e = current else { throw failure(.unterminatedString) }
      position += 1
      switch e {
      case "n": result.append("\n")
      case "t": result.append("\t")
      case "r": result.append("\r")
      case "0" where !(current.map { ("0"..."7").contains($0) } ?? false): result.append("\0")
      case "\\", "'", "\"": result.append(e)
      case "a": result.append("\u{07}")
      case "b": result.append("\u{08}")
      case "f": result.append("\u{0C}")
      case "v": result.append("\u{0B}")
      case "x", "u", "U":
        let width = e == "x" ? 2 : e == "u" ? 4 : 8
        guard !(bytes && e != "x") else {
          result.append("\\")
          result.append(e)
          continue
        }
        var value: UInt32 = 0
        for _ in 0..<width {
          guard let h = current, let digit = h.hexValue else {
            throw failure(.badEscape(e))
          }
          value = value * 16 + digit
          position += 1
        }
        guard let scalar = Unicode.Scalar(value) else { throw failure(.badEscape(e)) }
        result.append(scalar)
      default:
        if ("0"..."7").contains(e) {
          var value = e.value - 48
          var count = 1
          while count < 3, let o = current, ("0"..."7").contains(o) {
            value = value * 8 + (o.value - 48)
            position += 1
            count += 1
          }
          result.append(Unicode.Scalar(value)!)
        } else {
          result.append("\\")
          result.append(e)
        }
      }
    }
  }
}

extension Unicode.Scalar {
  var hexValue: UInt32? {
    switch value {
    case 48...57: return value - 48
    case 65...70: return value - 55
    case 97...102: return value - 87
    default: return nil
    }
  }
}

extension String {
  func replacingUnderscores() -> String { filter { $0 != "_" } }
}
