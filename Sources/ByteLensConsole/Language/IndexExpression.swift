/// One item of a NumPy subscript, as written: `a[1:, ::2]` has two.
public enum IndexComponent: Hashable, Sendable, CustomStringConvertible {
  /// `3`, `-1`: selects one position and removes the axis.
  case integer(Int)
  /// `start:stop:step`, each part optional.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `...`
  case ellipsis
  /// `None` or `newaxis`.
  case newAxis
  /// `'value'`: one field of a structured array.
  case field(String)
  /// `['a', 'b']`: several fields.
  case fields([String])

  /// Python spelling of the item.
  public var description: String {
    switch self {
    case .integer(let value): return String(value)
    case .slice(let start, let stop, let step):
      let head = "\(start.map(String.init) ?? ""):\(stop.map(String.init) ?? "")"
      return step.map { "\(head):\($0)" } ?? head
    case .ellipsis: return "..."
    case .newAxis: return "None"
    case .field(let name): return PythonQuoting.quoted(name)
    case .fields(let names):
      return "[" + names.map(PythonQuoting.quoted).joined(separator: ", ") + "]"
    }
  }
}

/// A chain of subscripts, `[0][1:]`, each applied to the result of the one before.
public struct IndexExpression: Hashable, Sendable, CustomStringConvertible {
  public var subscripts: [[IndexComponent]]

  public init(_ subscripts: [[IndexComponent]]) {
    self.subscripts = subscripts
  }

  /// Whether NumPy would return a scalar rather than a 0-d array when the result has no
  /// dimensions: the subscript has no `...` (`a[0, ...]` is a 0-d array, `a[0]` a scalar).
  public var yieldsScalarWhenZeroDimensional: Bool {
    guard let last = subscripts.last else { return false }
    return !last.contains(.ellipsis)
  }

  public var description: String {
    subscripts.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }.joined()
  }
}

/// Quoting of names the way Python's `repr` of a `str` does for plain names.
enum PythonQuoting {
  static func quoted(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case quote: result += "\\\(quote)"
      default: result.append(character)
      }
    }
    result.append(quote)
    return result
  }
}
