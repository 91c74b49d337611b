/// The kinds of text dump that `TextDump` turns back into bytes.
public enum DumpFormat: String, CaseIterable, Sendable {
  /// Hex digits with blanks, colons or `0x` prefixes (`xxd -p` output is this too).
  case hex
  /// `xxd` (also `-g`, `-c`, `-e` little-endian groups, `-b` bits, `-a` with `*`).
  case xxd
  /// `xxd -e`: little-endian groups. Detected as `.xxd`, whose reader tells them apart by the
  /// text column; named, when the text column cannot tell.
  case xxdLittleEndian = "xxd-e"
  /// `hexdump -C` and `hd`: bytes, then `|text|`.
  case hexdumpCanonical = "hexdump-C"
  /// `od` without a text column or with `>text<` (`od -A x -t x1z`): an offset (octal,
  /// decimal with `-A d`, hex with `-A x`, none with `-A n`) and bytes or words, words in
  /// little-endian (x86/ARM) order; `od -c` characters in 4-column cells.
  case od
  /// `hexdump` without `-C`: the layouts of `od` with hex offsets (`hexdump`, `-x`, `-b`,
  /// `-c`).
  case hexdump
  /// Python `b'..'`, `bytearray(b'..')`, adjacent literals; a session's `>>>` and `...` lines
  /// are skipped, and its one result read.
  case python
  /// C initialisers: `{ 0x48, 0x65 }`, `xxd -i` output.
  case c
  /// Escaped strings: `"\x48\x65"`, `\x48\x65`.
  case escaped
  case base64
  /// Wireshark's "Copy as Hex Dump": `0000   48 65 …   He…`.
  case wireshark
  /// gdb's `x/16xb` (and `x/8xh`, `x/4xw`, `x/2xg`, words in little-endian order).
  case gdb
  /// `hexyl`, with or without its border and colours.
  case hexyl

  /// The format a name stands for: its raw value, or another name tools give it.
  public static func named(_ name: String) -> DumpFormat? {
    let key = name.lowercased()
    if let format = DumpFormat.allCases.first(where: { $0.rawValue.lowercased() == key }) {
      return format
    }
    switch key {
    case "hd", "hexdump-c", "canonical": return .hexdumpCanonical
    case "od-x", "od-x1z", "od-c": return .od
    case "hexdump-x": return .hexdump
    case "xxd-b", "xxd-a": return .xxd
    case "xxd-p", "plain": return .hex
    case "py", "bytearray", "python-session", "pycon": return .python
    case "c-array", "xxd-i", "initializer": return .c
    case "string", "escapes": return .escaped
    case "b64": return .base64
    default: return nil
    }
  }

  /// How the format is named in reports: `xxd dump`, `Python bytes literal`.
  public var title: String {
    switch self {
    case .hex: return "hex"
    case .xxd: return "xxd"
    case .xxdLittleEndian: return "xxd -e"
    case .hexdumpCanonical: return "hexdump -C"
    case .od: return "od"
    case .hexdump: return "hexdump"
    case .python: return "Python bytes"
    case .c: return "C initialiser"
    case .escaped: return "escaped string"
    case .base64: return "base64"
    case .wireshark: return "Wireshark hex dump"
    case .gdb: return "gdb x/…x"
    case .hexyl: return "hexyl"
    }
  }

  /// One example line, for help texts.
  public var example: String {
    switch self {
    case .hex: return "48 65 6c 6c 6f   48:65:6c   0x48 0x65   48656c6c6f"
    case .xxd: return "00000000: 4865 6c6c 6f0a                           Hello."
    case .xxdLittleEndian: return "00000000: 6c6c6548     0a6f                    Hello."
    case .hexdumpCanonical: return "00000000  48 65 6c 6c 6f 0a                                 |Hello.|"
    case .od: return "0000000 6548 6c6c 0a6f   (od -x; od -A x -t x1z; od -c)"
    case .hexdump: return "0000000 6548 6c6c 0a6f   (hexdump, hexdump -c)"
    case .python: return "b'Hello\\n'   bytearray(b'\\x00\\x01')   >>> sessions"
    case .c: return "{ 0x48, 0x65, 0x6c }   unsigned char d[] = { … };"
    case .escaped: return "\"\\x48\\x65llo\\n\"   \\x48\\x65"
    case .base64: return "SGVsbG8K"
    case .wireshark: return "0000   48 65 6c 6c 6f 0a                                 Hello."
    case .gdb: return "0x7fffffffe3a0:\t0x48\t0x65\t0x6c\t0x6c"
    case .hexyl: return "│00000000│ 48 65 6c 6c 6f 0a    ┊    │Hello_  ┊    │ (or --border none)"
    }
  }
}

/// Bytes read back from a text dump, with what was found out about it.
public struct DecodedDump: Sendable, Equatable {
  public var bytes: [UInt8]
  public var format: DumpFormat
  /// The format in detail: `xxd -e (4-byte little-endian groups)`, `od -A x -t x1z`.
  public var detail: String
  /// The number of non-blank lines read.
  public var lineCount: Int
  /// The offset (or address) of the first byte, for dumps that print offsets.
  public var firstOffset: Int?
  /// Things worth knowing that are not errors, such as a text column that does not match.
  public var notes: [DumpNote]

  /// `xxd: 33 bytes from 3 lines`, `xxd: 2 bytes, the first at offset 0x100`.
  public var summary: String {
    var text = "\(detail): \(bytes.count) byte\(bytes.count == 1 ? "" : "s")"
    if lineCount > 1 { text += " from \(lineCount) lines" }
    if let first = firstOffset, first != 0 {
      text += ", the first at offset \(Hex.offset(first))"
    }
    return text
  }
}
