import ByteLensEngine

/// A JSON document, as `--json` prints it for `info`, `stats`, `find` and `guess`: one
/// document a line (JSON Lines).
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

  /// The document on one line, with a space after each `:` and `,` (as Python's
  /// `json.dumps` writes it).
  public func rendered() -> String {
    var text = ""
    write(to: &text)
    return text
  }

  private func write(to text: inout String) {
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
      text += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { text += ", " }
        element.write(to: &text)
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { text += ", " }
        JSONValue.writeString(key, to: &text)
        text += ": "
        value.write(to: &text)
      }
      text += "}"
    }
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
