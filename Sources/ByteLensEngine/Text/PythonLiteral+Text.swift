extension PythonLiteral {
  /// The literal as Python's `repr` would write it.
  public var pythonText: String {
    switch self {
    case .integer(let digits): return digits
    case .float(let value): return PythonRepr.float(value)
    case .complex(let re, let im): return Self.complexText(re, im)
    case .string(let text): return PythonRepr.string(text)
    case .bytes(let bytes): return PythonRepr.bytes(bytes)
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

  /// Python's `repr(complex)`: `1j`, `(1.5-2j)`, `(-0+1j)`, `(nan+infj)` — parts without `.0`.
  static func complexText(_ re: Double, _ im: Double) -> String {
    func part(_ x: Double) -> String {
      let text = PythonRepr.float(x)
      return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
    if re == 0 && re.sign == .plus { return part(im) + "j" }
    let imaginary = im.isNaN ? "nan" : part(im)
    return "(" + part(re) + (imaginary.hasPrefix("-") ? "" : "+") + imaginary + "j)"
  }
}
