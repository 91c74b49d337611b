import ByteLensEngine

/// A JSON document, as `--json` prints it for `info`, `stats`, `find` and `guess`.
///
/// Objects keep their keys in the order they were written, so the same command always prints
/// the same text. Integers are exact at any width (`UInt64` offsets, `Int64` values); floats
/// are written with the shortest digits that read back to the same `Double`. JSON has no NaN
/// or infinity: those become the strings `"nan"`, `"inf"` and `"-inf"`, which Python's
/// `float()` reads back.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// An integer of any width.
  public static func integer<T: BinaryInteger>(_ value: T) -> JSONValue {
    if let signed = Int64(exactly: value) { return .int(signed) }
    if let unsigned = UInt64(exactly: value) { return .uint(unsigned) }
    return .string(String(value))
  }

  /// The document on one line, with a space after each `:` and `,`.
  public func rendered() -> String {
    var text = ""
    write(to: &text, indent: nil)
    return text
  }

  /// The document indented by two spaces per level, as `--json` prints it.
  public func prettyRendered() -> String {
    var text = ""
    write(to: &text, indent: 0)
    return text
  }

  private func write(to text: inout String, indent: Int?) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .uint(let value): text += String(value)
    case .double(let value):
      if value.isNaN {
        text += "\"nan\""
      } else if value.isInfinite {
        text += value < 0 ? "\"-inf\"" : "\"inf\""
      } else {
        // Swift's shortest round-trip digits ("5.0", "1e-05", "1e+16") are all JSON numbers.
        text += value.description
      }
    case .string(let value): JSONValue.writeString(value, to: &text)
    case .array(let elements):
      // A list of plain values (a shape, strides) stays on one line.
      let flat = elements.allSatisfy(\.isPlain)
      writeContainer(
        open: "[", close: "]", count: elements.count, indent: flat ? nil : indent, to: &text
      ) { index, text, inner in
        elements[index].write(to: &text, indent: inner)
      }
    case .object(let members):
      writeContainer(
        open: "{", close: "}", count: members.count, indent: indent, to: &text
      ) { index, text, inner in
        JSONValue.writeString(members[index].0, to: &text)
        text += ": "
        members[index].1.write(to: &text, indent: inner)
      }
    }
  }

  private var isPlain: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  private func writeContainer(
    open: String, close: String, count: Int, indent: Int?, to text: inout String,
    element: (Int, inout String, Int?) -> Void
  ) {
    text += open
    guard count > 0 else {
      text += close
      return
    }
    let inner = indent.map { $0 + 2 }
    for index in 0..<count {
      if index > 0 { text += indent == nil ? ", " : "," }
      if let inner { text += "\n" + String(repeating: " ", count: inner) }
      element(index, &text, inner)
    }
    if let indent { text += "\n" + String(repeating: " ", count: indent) }
    text += close
  }

  private static func writeString(_ value: String, to text: inout String) {
    text += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let digits = String(scalar.value, radix: 16)
          text += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    text += "\""
  }
}
