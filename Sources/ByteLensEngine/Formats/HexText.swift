/// Plain hex text to bytes: `01 02 ff`, `0102ff`, `0x01 0x02`, `de:ad:be:ef`, over many lines.
///
/// The text is groups of hex digits (either case) separated by blanks, newlines or colons; a
/// group may start with `0x`. Each group holds whole bytes, two digits each, first byte first.
/// Anything else is an error naming the character and its column.
public enum HexText {
  /// The bytes written in `text`.
  /// - Parameters:
  ///   - firstColumn: the column of the text's first character on its line, so that errors
  ///     point into the user's command line.
  ///   - firstLine: the line number of the text's first line.
  ///   - namesLines: name the line in errors even when the text is one line (pasted lines).
  /// - Throws: `DumpError` for a character that is not a hex digit or separator, and for a
  ///   group with an odd number of digits.
  /// - Complexity: O(n) in the length of the text.
  public static func decode(
    _ text: String, firstColumn: Int = 1, firstLine: Int = 1, namesLines: Bool = false
  ) throws(DumpError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count / 2)
    let utf8 = Array(text.utf8)
    var line = firstLine
    var lineStart = 0  // index in utf8 of the current line's first byte
    var hasManyLines = false
    var groupStart: Int? = nil
    var groupDigits = 0
    var pending: UInt8 = 0

    func position(_ index: Int) -> DumpError.Position {
      let column = index - lineStart + (line == firstLine ? firstColumn : 1)
      let namesLine = hasManyLines || namesLines || line > firstLine
      return DumpError.Position(line: namesLine ? line : nil, column: column)
    }

    func finishGroup(at index: Int) throws(DumpError) {
      guard let start = groupStart else { return }
      if groupDigits % 2 != 0 {
        let group = String(decoding: utf8[start..<index], as: UTF8.self)
        throw DumpError.oddHexGroup(group, at: position(start), digits: groupDigits)
      }
      groupStart = nil
      groupDigits = 0
    }

    hasManyLines = utf8.contains(UInt8(ascii: "\n")) || utf8.contains(UInt8(ascii: "\r"))
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"):
        try finishGroup(at: index)
      case UInt8(ascii: "\r") where index + 1 < utf8.count && utf8[index + 1] == UInt8(ascii: "\n"):
        try finishGroup(at: index)  // the \n after it ends the line
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):  // a lone \r ends a line too
        try finishGroup(at: index)
        line += 1
        lineStart = index + 1
      case UInt8(ascii: "0")
      where groupStart == nil && index + 2 < utf8.count
        && (utf8[index + 1] == UInt8(ascii: "x") || utf8[index + 1] == UInt8(ascii: "X"))
        && hexValue(utf8[index + 2]) != nil:
        groupStart = index
        index += 2
        continue
      default:
        guard let value = hexValue(byte) else {
          throw DumpError.badToken(
            character(in: text, atUTF8Offset: index), at: position(index), expected: .hexDigit)
        }
        if groupStart == nil { groupStart = index }
        if groupDigits % 2 == 0 {
          pending = value << 4
        } else {
          bytes.append(pending | value)
        }
        groupDigits += 1
      }
      index += 1
    }
    try finishGroup(at: utf8.count)
    return bytes
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  /// The whole scalar starting at a UTF-8 offset (everything before it is ASCII).
  private static func character(in text: String, atUTF8Offset offset: Int) -> String {
    let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    guard let scalar = text.unicodeScalars[start...].first else { return "?" }
    return String(Character(scalar))
  }
}
