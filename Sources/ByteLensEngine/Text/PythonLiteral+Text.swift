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
  public static func bytesLiteral(_ bytes: [UInt8]) -> String { PythonRepr.bytes(bytes) }

  /// `repr(str)`: Python's choice of quotes and escapes (printable non-ASCII kept as is).
  public static func stringLiteral(_ text: String) -> String {
    PythonRepr.string(text.unicodeScalars.map(\.value))
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
