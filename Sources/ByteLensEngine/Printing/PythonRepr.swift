/// Python's `repr` of values — bytes, str, float, tuples of ints — as NumPy's elements,
/// dtype descriptions and headers print them.
public enum PythonRepr {
  /// `b'abc'`, `b"it's"`, `b'\x00\xff'`: Python's `bytes.__repr__`.
  public static func bytes<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    let quote = bytesQuote(
      hasSingle: bytes.contains(UInt8(ascii: "'")), hasDouble: bytes.contains(UInt8(ascii: "\"")))
    var out: [UInt8] = [UInt8(ascii: "b"), quote]
    for byte in bytes { appendEscaped(byte, quote: quote, to: &out) }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// The quote `bytes.__repr__` puts around bytes: `"` when they hold `'` but no `"`.
  static func bytesQuote(hasSingle: Bool, hasDouble: Bool) -> UInt8 {
    hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
  }

  /// One byte as `bytes.__repr__` writes it between `quote`s: itself when printable ASCII,
  /// `\t` `\n` `\r`, a backslash before the quote and the backslash, `\xhh` otherwise.
  @inline(__always)
  static func appendEscaped(_ byte: UInt8, quote: UInt8, to out: inout [UInt8]) {
    switch byte {
    case quote, UInt8(ascii: "\\"):
      out.append(UInt8(ascii: "\\"))
      out.append(byte)
    case 0x09, 0x0A, 0x0D:
      out.append(UInt8(ascii: "\\"))
      out.append(byte == 0x09 ? 0x74 : byte == 0x0A ? 0x6E : 0x72)  // t, n, r
    case 0x20..<0x7F: out.append(byte)
    default:
      out.append(UInt8(ascii: "\\"))
      out.append(UInt8(ascii: "x"))
      out.append(hexDigits[Int(byte >> 4)])
      out.append(hexDigits[Int(byte & 0x0F)])
    }
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// `repr(str)`: Python's choice of quotes and escapes (printable non-ASCII kept as is).
  public static func string(_ text: String) -> String {
    string(text.unicodeScalars.map(\.value))
  }

  /// Python's `repr(float)`: shortest round-trip digits, `inf`, `nan`, `1e+16`.
  public static func float(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    // Swift writes 1e+16 as "1e+16" and 0.0001 as "0.0001", like Python; 5e-05 as "5e-05".
    return value.description
  }

  /// A tuple of integers as Python prints it: `()`, `(5,)`, `(2, 3)`.
  public static func tuple(_ values: [Int]) -> String {
    if values.count == 1 { return "(\(values[0]),)" }
    return "(" + values.map(String.init).joined(separator: ", ") + ")"
  }

  /// `'abc'`, `"it's"`, `'\x00é\u200b'`: Python's `str.__repr__` over code points, which may
  /// include lone surrogates (NumPy `U` arrays can hold any 32-bit value).
  static func string<C: Collection>(_ codePoints: C) -> String where C.Element == UInt32 {
    let singleQuote = UInt32(UInt8(ascii: "'"))
    let doubleQuote = UInt32(UInt8(ascii: "\""))
    let quote =
      codePoints.contains(singleQuote) && !codePoints.contains(doubleQuote)
      ? doubleQuote : singleQuote
    var out = String.UnicodeScalarView()
    out.append(Unicode.Scalar(UInt8(quote)))
    appendEscaped(codePoints, quote: quote, to: &out)
    out.append(Unicode.Scalar(UInt8(quote)))
    return String(out)
  }

  /// `text` made safe to print: every character Python's `repr` would escape (controls such
  /// as ESC, BEL, CR and LF, format and unassigned characters) is written as its escape
  /// (`\x1b`), other characters as they are. No quotes are added and quotes and backslashes
  /// are kept, so a name or path that is already printable reads unchanged.
  ///
  /// Every name, path or token that comes from input (a file, a command) goes through this,
  /// or through `excerpt`, before it reaches a terminal.
  public static func escaped(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    appendEscaped(text.unicodeScalars.lazy.map(\.value), quote: nil, to: &out)
    return String(out)
  }

  /// The most characters of input text an error message quotes.
  public static let excerptLimit = 40

  /// At most `limit` characters of `text`, escaped as `escaped` does, with `…` when cut:
  /// what an error message quotes of a token, however long the token is.
  public static func excerpt(_ text: String, limit: Int = excerptLimit) -> String {
    let head = text.unicodeScalars.prefix(limit + 1)
    guard head.count > limit else { return escaped(text) }
    return escaped(String(String.UnicodeScalarView(head.prefix(limit)))) + "…"
  }

  /// Appends `codePoints` with Python's `repr` escapes; `quote` (and the backslash) are escaped
  /// only when a quote is given.
  private static func appendEscaped<C: Collection>(
    _ codePoints: C, quote: UInt32?, to out: inout String.UnicodeScalarView
  ) where C.Element == UInt32 {
    func append(_ text: String) { out.append(contentsOf: text.unicodeScalars) }
    for point in codePoints {
      switch point {
      case quote, 0x5C where quote != nil:
        out.append("\\")
        out.append(Unicode.Scalar(UInt8(point)))
      case 0x09: append("\\t")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x20..<0x7F: out.append(Unicode.Scalar(UInt8(point)))
      default:
        if let scalar = Unicode.Scalar(point), point >= 0x7F, isPrintable(scalar) {
          out.append(scalar)
        } else if point <= 0xFF {
          append("\\x" + String(decoding: hex(point, digits: 2), as: UTF8.self))
        } else if point <= 0xFFFF {
          append("\\u" + String(decoding: hex(point, digits: 4), as: UTF8.self))
        } else {
          append("\\U" + String(decoding: hex(point, digits: 8), as: UTF8.self))
        }
      }
    }
  }

  /// Python's `str.isprintable` for one character: not a control, format, surrogate,
  /// private-use, unassigned, or separator character other than the space.
  /// Judged by Unicode 14.0, the database of the Python (3.11) NumPy runs on here: characters
  /// assigned later count as unassigned.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    guard let age = scalar.properties.age, age.major < 14 || (age.major == 14 && age.minor == 0)
    else { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
      .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }

  private static func hex(_ value: UInt32, digits: Int) -> [UInt8] {
    let text = String(value, radix: 16)
    return Array(String(repeating: "0", count: max(0, digits - text.count)).utf8) + Array(text.utf8)
  }
}
