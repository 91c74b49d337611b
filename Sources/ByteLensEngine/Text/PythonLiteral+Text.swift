extension PythonLiteral {
  /// The literal as Python's `repr` would write it.
  public var pythonText: String {
    switch self {
    case .integer(let digits): return digits
    case .float(let value): return PythonText.floatRepr(value)
    case .complex(let re, let im):
      return re == 0 ? "\(PythonText.floatRepr(im))j" : "(\(PythonText.floatRepr(re))+\(PythonText.floatRepr(im))j)"
    case .string(let text): return PythonText.stringLiteral(text)
    case .bytes(let bytes): return PythonText.bytesLiteral(bytes)
    case .bool(let flag): return flag ? "True" : "False"
    case .none: return "None"
    case .name(let word): return word
    case .list(let items): return "[" + items.map(\.pythonText).joined(separator: ", ") + "]"
    case .tuple(let items):
      if items.count == 1 { return "(\(items[0].pythonText),)" }
      return "(" + items.map(\.pythonText).joined(separator: ", ") + ")"
    case .dict(let entries):
      return "{" + entries.map { "\($0.key.pythonText): \($0.value.pythonText)" }
        .joined(separator: ", ") + "}"
    }
  }
}

/// Python's text for values: `repr` of bytes, str and tuples of ints.
public enum PythonText {
  /// `repr(b'...')`: single quotes unless the bytes hold a `'` and no `"`.
  public static func bytesLiteral(_ bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(0x27)
    let hasDouble = bytes.contains(0x22)
    let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 4 + 3)
    out.append(0x62)
    out.append(quote)
    let hex = Array("0123456789abcdef".utf8)
    for byte in bytes {
      switch byte {
      case quote, 0x5C:
        out.append(0x5C)
        out.append(byte)
      case 0x09: out.append(contentsOf: [0x5C, 0x74])
      case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: out.append(contentsOf: [0x5C, 0x72])
      case 0x20..<0x7F: out.append(byte)
      default:
        out.append(contentsOf: [0x5C, 0x78, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
      }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// `repr(str)`: Python's choice of quotes and escapes (printable non-ASCII kept as is).
  public static func stringLiteral(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let hasSingle = scalars.contains("'")
    let hasDouble = scalars.contains("\"")
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for scalar in scalars {
      switch scalar {
      case quote, "\\":
        out.append("\\")
        out.append(scalar)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      default:
        if isPrintable(scalar) {
          out.append(scalar)
        } else {
          let v = scalar.value
          let (prefix, width) = v < 0x100 ? ("\\x", 2) : v < 0x10000 ? ("\\u", 4) : ("\\U", 8)
          let digits = String(v, radix: 16)
          out.append(contentsOf: (prefix + String(repeating: "0", count: width - digits.count) + digits).unicodeScalars)
        }
      }
    }
    out.append(quote)
    return String(out)
  }

  /// Python's `str.isprintable` for one code point (approximated from Unicode categories).
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value == 0x20 { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
      .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }

  /// Python's `repr(float)`: shortest round-trip digits, `inf`, `nan`, `1e+16`.
  public static func floatRepr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let text = value.description
    // Swift writes 1e+16 as "1e+16" and 0.0001 as "0.0001", like Python; 5e-05 as "5e-05".
    return text
  }

  /// A tuple of integers as Python prints it: `()`, `(5,)`, `(2, 3)`.
  public static func tuple(_ values: [Int]) -> String {
    if values.count == 1 { return "(\(values[0]),)" }
    return "(" + values.map(String.init).joined(separator: ", ") + ")"
  }
}
