import ByteLensEngine

extension BudgetError: UserFacingError {
  public var message: String {
    switch self {
    case .exceeded(let purpose, let bytes, let limit):
      let size = bytes == Int.max ? "more than \(Int.max) bytes" : "\(bytes) bytes"
      let what: String
      switch purpose {
      case .arrayLiteral(let elements):
        what = "an array of \(elements) elements"
      case .printedElements(let elements):
        what = "printing \(elements) elements without summarising"
      case .formatElements(let elements):
        what =
          "choosing the number format from \(elements) elements (numpy measures them all for "
          + "edgeitems 0 or less)"
      case .element(let dtype):
        what = "printing one element of '\(dtype.str)' (\(dtype.itemsize) bytes)"
      case .jsonText(let shape):
        what = "the JSON text of shape \(PythonRepr.tuple(shape))"
      }
      return "\(what) would take \(size); the budget is \(limit >> 20) MiB"
    }
  }

  public var hint: String? {
    switch self {
    case .exceeded(.arrayLiteral, _, _):
      return "use a smaller dtype or fewer values; 'load' reads a large file without copying it"
    case .exceeded(.printedElements, _, _):
      return "lower it with 'set threshold 1000', or show a slice such as '[:1000]; show'"
    case .exceeded(.formatElements, _, _):
      return "'set edgeitems 3' measures only the elements shown"
    case .exceeded(.element, _, _):
      return "'hexdump' and 'inspect OFFSET' show its bytes; 'as' a smaller dtype reads parts"
    case .exceeded(.jsonText, _, _):
      return "export a slice such as '[:1000]; export json', or save the bytes with 'save'"
    }
  }
}
