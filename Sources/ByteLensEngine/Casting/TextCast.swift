/// NumPy's casts between numbers and text (`S`, `U`): numbers become `str()` of their scalar,
/// text becomes a number as Python's `int()`, `float()` and `complex()` read it (NumPy's own
/// parser for long double), and `S` ↔ `U` goes through ASCII.
enum TextCast {
  /// NumPy's width, in characters, for a cast to a sizeless `S`/`U` from `source`.
  static func width(for source: DType) -> Int {
    switch source.kind {
    case .bool: return 5
    case .int: return [1: 4, 2: 6, 4: 11][source.itemsize] ?? 21
    case .uint: return [1: 3, 2: 5, 4: 10][source.itemsize] ?? 20
    case .float: return source.itemsize == 16 ? 48 : 32
    case .complex: return source.itemsize == 32 ? 96 : 64
    case .timedelta: return 21
    case .datetime:
      // NumPy's get_datetime_iso_8601_strlen.
      guard let unit = source.timeUnit else { return 4 }
      let lengths: [TimeUnit.Base: Int] = [
        .Y: 22, .M: 25, .W: 28, .D: 28, .h: 32, .m: 35, .s: 38, .ms: 42, .us: 45, .ns: 48,
        .ps: 51, .fs: 54, .as: 57,
      ]
      return lengths[unit.base]!
    case .unicode: return source.itemsize / 4
    default: return source.itemsize
    }
  }

  /// The text NumPy writes for a number, bool or datetime: `str()` of its scalar.
  static func text(
    of value: Scalar, dtype: DType, legacy: Int = PrintOptions.noLegacy
  ) throws -> [UInt32] {
    switch value {
    case .bytes(let bytes): return bytes.map(UInt32.init)
    case .unicode(let units): return units
    case .datetime(let count, let unit):
      guard unit != nil || count == DatetimeCast.notATime else { throw CastError.genericDatetime }
      return Array(try DatetimeFormatter.iso(count, unit: unit).unicodeScalars.map(\.value))
    default:
      var options = PrintOptions()
      options.legacy = legacy
      let text = try ScalarPrinter.strText(value, dtype: dtype, options: options)
      return text.unicodeScalars.map(\.value)
    }
  }

  /// A datetime's ISO `text` as NumPy's `make_iso_8601_datetime` leaves it in a buffer of
  /// `width` characters: text that does not fit is refused, except that a year (unit `Y`)
  /// exactly as wide as the buffer loses its last digit to C's `snprintf` terminator
  /// (`10005` in `U5` is `1000`). NaT is `NaT` and needs 3 characters.
  static func datetimeText(
    _ text: [UInt32], unit: TimeUnit?, width: Int
  ) throws(CastError) -> [UInt32] {
    guard text.count <= width else { throw CastError.datetimeTextTooLong(text.count, width: width) }
    let isNaT = text == Array("NaT".unicodeScalars.map(\.value))
    if unit?.base == .Y && !isNaT && text.count == width { return Array(text.dropLast()) }
    return text
  }

  /// Text as an element of the `S` or `U` dtype `target`, cut to its size.
  static func stored(_ units: [UInt32], as target: DType) throws -> Scalar {
    if target.kind == .bytes {
      let kept = units.prefix(target.itemsize)
      guard kept.allSatisfy({ $0 < 0x80 }) else {
        throw CastError.notASCII(string(Array(units)))
      }
      return .bytes(kept.map { UInt8($0) })
    }
    return .unicode(Array(units.prefix(target.itemsize / 4)))
  }

  /// The text an `S`, `U` or `V` element holds, trailing NULs dropped (all of a `V`'s bytes
  /// kept). Bytes must be ASCII, except that a complex target reads them as UTF-8, as NumPy does.
  static func text(in value: Scalar, for target: DType) throws -> String {
    switch value {
    case .void(let bytes), .bytes(let bytes):
      var kept = bytes
      if case .bytes = value { kept = Array(bytes.reversed().drop { $0 == 0 }.reversed()) }
      if kept.allSatisfy({ $0 < 0x80 }) { return String(decoding: kept, as: UTF8.self) }
      if target.kind == .complex, let text = String(validating: kept, as: UTF8.self) {
        return text
      }
      throw CastError.notASCIIBytes(kept)
    case .unicode(let units):
      let kept = Array(units.reversed().drop { $0 == 0 }.reversed())
      for unit in kept where Unicode.Scalar(unit) == nil { throw CastError.notACodePoint(unit) }
      return string(kept)
    default:
      return ""
    }
  }

  private static func string(_ units: [UInt32]) -> String {
    var text = String.UnicodeScalarView()
    for unit in units { text.append(Unicode.Scalar(unit) ?? "\u{FFFD}") }
    return String(text)
  }

  // MARK: Text to numbers

  /// Text as a scalar of the plain numeric, bool or time `target`.
  static func number(from text: String, as target: DType) throws -> Scalar {
    switch target.kind {
    case .bool:
      return .bool(!text.isEmpty)
    case .int, .uint:
      return Cast.convert(try integer(text, for: target), to: target)
    case .float where target.itemsize == 16:
      return .float80(try longDouble(text, for: target))
    case .float:
      return Cast.convert(.float64(try double(text, for: target)), to: target)
    case .complex:
      let (re, im) = try complex(text, for: target)
      return Cast.convert(.complex128(re, im), to: target)
    case .timedelta:
      return .timedelta(try timedeltaCount(text, for: target), target.timeUnit)
    case .datetime:
      return .datetime(try DatetimeParser.parse(text, unit: target.timeUnit), target.timeUnit)
    default:
      throw CastError.notANumber(text, target)
    }
  }

  /// NumPy's timedelta from text: empty text or `NaT` (any case) is NaT; otherwise C's
  /// `strtoll` over the whole text (leading whitespace, a sign, ASCII digits, nothing after).
  static func timedeltaCount(_ text: String, for target: DType) throws -> Int64 {
    if text.isEmpty || text.lowercased() == "nat" { return DatetimeCast.notATime }
    var body = Substring(text.drop { " \t\n\u{0B}\u{0C}\r".contains($0) })
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    guard !body.isEmpty, body.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
      let magnitude = UInt64(body), magnitude <= (negative ? 1 << 63 : UInt64(Int64.max))
    else { throw CastError.notANumber(text, target) }
    return negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
  }

  /// Python's `int(text)`: whitespace around, a sign, decimal digits (any script's) with single
  /// underscores between them; then NumPy's bounds check for the target.
  static func integer(_ text: String, for target: DType) throws -> Scalar {
    var body = Substring(stripped(text))
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    guard let digits = decimalDigits(body, allowUnderscores: true), !digits.isEmpty else {
      throw CastError.notANumber(text, target)
    }
    let trimmed = String(digits.drop { $0 == "0" })
    let magnitude = trimmed.isEmpty ? "0" : trimmed
    let written = (negative && magnitude != "0" ? "-" : "") + magnitude
    let fits: Bool
    if target.kind == .uint {
      fits = !(negative && magnitude != "0")
        && (UInt64(magnitude).map { target.itemsize == 8 || $0 < UInt64(1) << (target.itemsize * 8) } ?? false)
    } else {
      let bits = target.itemsize * 8
      fits = Int64(written).map { bits == 64 || ($0 >= -(Int64(1) << (bits - 1)) && $0 < Int64(1) << (bits - 1)) } ?? false
    }
    guard fits else { throw CastError.outOfBounds(written, target) }
    return target.kind == .uint ? .uint(UInt64(magnitude)!) : .int(Int64(written)!)
  }

  /// Python's `float(text)`.
  static func double(_ text: String, for target: DType) throws -> Double {
    guard let value = pythonFloat(Substring(stripped(text))) else {
      throw CastError.notANumber(text, target)
    }
    return value
  }

  private static func pythonFloat(_ text: Substring) -> Double? {
    var body = text
    var sign = ""
    if let first = body.first, first == "+" || first == "-" {
      sign = String(first)
      body = body.dropFirst()
    }
    switch body.lowercased() {
    case "nan": return sign == "-" ? -Double.nan : .nan
    case "inf", "infinity": return sign == "-" ? -.infinity : .infinity
    default: break
    }
    // digits [. digits] | . digits, then [e|E [sign] digits]; underscores between digits.
    var mantissa = body
    var exponent: Substring = ""
    if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = body[..<e]
      exponent = body[body.index(after: e)...]
    }
    let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let whole = decimalDigits(pieces[0], allowUnderscores: true) else { return nil }
    var fraction = ""
    if pieces.count == 2 {
      guard let digits = decimalDigits(pieces[1], allowUnderscores: true) else { return nil }
      fraction = digits
    }
    guard !(whole.isEmpty && fraction.isEmpty) else { return nil }
    var normalized = sign + (whole.isEmpty ? "0" : whole) + "." + (fraction.isEmpty ? "0" : fraction)
    if body.contains(where: { $0 == "e" || $0 == "E" }) {
      var exponentSign = ""
      if let first = exponent.first, first == "+" || first == "-" {
        exponentSign = String(first)
        exponent = exponent.dropFirst()
      }
      guard let digits = decimalDigits(exponent, allowUnderscores: true), !digits.isEmpty else {
        return nil
      }
      normalized += "e" + exponentSign + digits
    }
    return Double(normalized)
  }

  /// NumPy's long double parser: leading whitespace, then C's `strtold` (hex floats too), and
  /// nothing after the number.
  static func longDouble(_ text: String, for target: DType) throws -> Float80 {
    let body = text.drop { " \t\n\u{0B}\u{0C}\r".contains($0) }
    if body.isEmpty && !text.isEmpty { return 0 }
    let ascii = body.unicodeScalars.allSatisfy(\.isASCII)
    guard ascii, !body.isEmpty, !body.contains("_"), let value = Float80(String(body)) else {
      throw CastError.notANumber(text, target)
    }
    return value
  }

  /// Python's `complex(text)`: `1`, `2j`, `1+2j`, `(1-2j)`, `nan`, with whitespace around.
  static func complex(_ text: String, for target: DType) throws -> (Double, Double) {
    var body = Substring(stripped(text))
    if body.first == "(" && body.last == ")" && body.count >= 2 {
      body = Substring(stripped(String(body.dropFirst().dropLast())))
    }
    let fail = CastError.notANumber(text, target)
    guard !body.isEmpty, !body.contains(where: { $0.isWhitespace }) else { throw fail }
    guard body.last == "j" || body.last == "J" else {
      guard let re = pythonFloat(body) else { throw fail }
      return (re, 0)
    }
    let withoutJ = body.dropLast()
    // The imaginary part starts at the last sign that is not right after an exponent mark.
    var split = withoutJ.startIndex
    var index = withoutJ.startIndex
    while index < withoutJ.endIndex {
      let c = withoutJ[index]
      if (c == "+" || c == "-") && index > withoutJ.startIndex {
        let before = withoutJ[withoutJ.index(before: index)]
        if before != "e" && before != "E" { split = index }
      }
      index = withoutJ.index(after: index)
    }
    let realText = withoutJ[..<split]
    var imagText = withoutJ[split...]
    if imagText == "" || imagText == "+" || imagText == "-" { imagText += "1" }
    guard let im = pythonFloat(imagText) else { throw fail }
    if realText.isEmpty { return (0, im) }
    guard let re = pythonFloat(realText) else { throw fail }
    return (re, im)
  }

  /// Python's `str.strip()` whitespace.
  static func stripped(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = {
      $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value)
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Decimal digits of any script as ASCII, with single underscores allowed between digits;
  /// nil for anything else.
  private static func decimalDigits(_ text: Substring, allowUnderscores: Bool) -> String? {
    var out = ""
    var previousWasDigit = false
    for (i, character) in text.enumerated() {
      if character == "_" && allowUnderscores {
        guard previousWasDigit, i + 1 < text.count else { return nil }
        previousWasDigit = false
        continue
      }
      guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
        scalar.properties.numericType == .decimal, let value = character.wholeNumberValue
      else { return nil }
      out += String(value)
      previousWasDigit = true
    }
    return out
  }
}
