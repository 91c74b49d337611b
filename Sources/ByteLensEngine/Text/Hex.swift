/// Hexadecimal text for bytes, offsets and addresses, written one way everywhere: lowercase
/// digits, two per byte, `0x` before an offset.
public enum Hex {
  private static let digits = Array("0123456789abcdef")

  /// `0a`: one byte as two digits.
  public static func byte(_ byte: UInt8) -> String {
    String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
  }

  /// `0a 1f 00`: bytes as pairs of digits, with `separator` between them.
  public static func bytes<Bytes: Sequence<UInt8>>(
    _ bytes: Bytes, separator: String = " "
  ) -> String {
    var text = ""
    for (index, byte) in bytes.enumerated() {
      if index > 0 { text += separator }
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 15)])
    }
    return text
  }

  /// `0x1f`: an offset or address; a negative value shows its 64-bit pattern.
  public static func offset(_ value: Int) -> String {
    "0x" + String(UInt(bitPattern: value), radix: 16)
  }

  /// `31 (0x1f)`: an offset in decimal, then in hex.
  public static func decimalAndOffset(_ value: Int) -> String {
    "\(value) (\(offset(value)))"
  }
}
