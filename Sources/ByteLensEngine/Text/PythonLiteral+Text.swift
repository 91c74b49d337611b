extension PythonLiteral {
  /// The literal as Python's `repr` would write it.
  public var pythonText: String {
    switch self {
    case .integer(let digits): return digits
    case .float(let value): return PythonRepr.float(value)
    case .complex(let re, let im):
      return re == 0 ? "\(PythonRepr.float(im))j" : "(\(PythonRepr.float(re))+\(PythonRepr.float(im))j)"
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
}
