/// The last guard between input and the terminal: control bytes in text about to be written
/// are replaced with their Python escapes (`\x1b`), so no escape sequence, bell or carriage
/// return from a file or a command line can act on the terminal, whatever path it took to the
/// output.
///
/// Names, paths and tokens are already escaped where they are put into messages and tables
/// (`PythonRepr.escaped`, `quoted`); this catches anything missed. Kept: newline and tab, which
/// bytelens's own output uses. Escaped: the other C0 controls, DEL, and the C1 controls
/// (U+0080–U+009F, which some terminals read as ESC sequences).
enum ControlCharacterEscaping {
  /// `bytes` (UTF-8) with every control byte escaped; the same array when there is none.
  static func escaped(_ bytes: [UInt8]) -> [UInt8] {
    guard needsEscaping(bytes) else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F {
        appendEscape(byte, to: &out)
        index += 1
      } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
        appendEscape(bytes[index + 1], to: &out)
        index += 2
      } else {
        out.append(byte)
        index += 1
      }
    }
    return out
  }

  /// Whether a byte may start a control character: a C0 control other than newline and tab,
  /// DEL, or the lead byte of a C1 control.
  /// Whether `bytes` hold anything `escaped` would change.
  ///
  /// Every output goes through this test, so it reads eight bytes at a time: a word with no
  /// byte below 0x20, no 0x7F and no 0xC2 is passed over whole (a hexdump's rows, all
  /// printable but the newline, take a byte-by-byte look once per row).
  static func needsEscaping(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes(needsEscaping(raw:))
  }

  static func needsEscaping(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBytes(needsEscaping(raw:))
  }

  private static func needsEscaping(raw: UnsafeRawBufferPointer) -> Bool {
    do {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
      var index = 0
      while index + 8 <= raw.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        if below20 || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2)) {
          for offset in index..<(index + 8) where needsLook(raw[offset]) { return true }
        }
        index += 8
      }
      for offset in index..<raw.count where needsLook(raw[offset]) { return true }
      return false
    }
  }

  private static func needsLook(_ byte: UInt8) -> Bool {
    byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F || byte == 0xC2
  }

  private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
    let digits = Array("0123456789abcdef".utf8)
    out += [UInt8(ascii: "\\"), UInt8(ascii: "x"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
  }
}
