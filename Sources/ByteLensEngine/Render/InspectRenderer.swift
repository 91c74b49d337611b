/// A data inspector: the bytes at one offset read as every type, little- and big-endian side by
/// side, with the bits of each float laid open (sign, exponent, mantissa).
///
/// Values are NumPy's `str` of the scalar (`np.frombuffer(data, '<f8', 1, offset)[0]`), so they
/// read exactly as NumPy prints them. A type that needs more bytes than remain says so.
public struct InspectRenderer {
  let source: any ByteSource
  let offset: Int

  /// The types read, by spelling without a byte order, and whether a byte order applies.
  static let types: [(label: String, spelling: String, ordered: Bool)] = [
    ("i1", "i1", false), ("u1", "u1", false), ("i2", "i2", true), ("u2", "u2", true),
    ("i4", "i4", true), ("u4", "u4", true), ("i8", "i8", true), ("u8", "u8", true),
    ("f2", "f2", true), ("f4", "f4", true), ("f8", "f8", true), ("f16", "f16", true),
    ("c8", "c8", true), ("c16", "c16", true), ("bool", "?", false),
    ("M8[s]", "M8[s]", true),
  ]

  /// Bytes read from the offset: enough for the largest type.
  static let window = 16

  /// - Throws: when `offset` is not a byte of `source`.
  public init(source: any ByteSource, offset: Int) throws {
    guard source.count > 0 else {
      throw RenderError.nothingToInspect(source: source.name)
    }
    guard offset >= 0, offset < source.count else {
      throw RenderError.offsetOutside(
        offset: offset, source: source.name, count: source.count, command: .inspect)
    }
    self.source = source
    self.offset = offset
  }

  public func render() throws -> StyledText {
    let end = offset + min(Self.window, source.count - offset)
    let bytes = try source.bytes(in: offset..<end)
    var text = StyledText()
    text.append("offset ", role: .label)
    text.append(Hex.decimalAndOffset(offset), role: .offset)
    text.append(
      " of \(PythonRepr.escaped(source.name)) "
        + "(\(source.count) byte\(source.count == 1 ? "" : "s"))",
      role: .muted)
    text.appendLine(
      bytes.count < Self.window
        ? ": \(bytes.count) byte\(bytes.count == 1 ? "" : "s") from here to the end"
        : ": \(bytes.count) bytes from here", role: .muted)
    text.appendSpaces(2)
    for byte in bytes {
      text.append(Hex.byte(byte), role: Self.role(of: byte))
      text.appendASCII(UInt8(ascii: " "))
    }
    text.appendSpaces(1 + 3 * (Self.window - bytes.count))
    for byte in bytes {
      text.appendASCII(HexdumpRenderer.asciiPanel[Int(byte)], role: Self.role(of: byte))
    }
    text.appendLine()
    text.appendLine()

    var table = TextTable([.left, .left, .left])
    table.add([
      TextTable.Cell("type", .label), TextTable.Cell("little-endian <", .label),
      TextTable.Cell("big-endian >", .label),
    ])
    for (label, spelling, ordered) in Self.types {
      var cells = [TextTable.Cell(label, .dtype)]
      for order in ordered ? ["<", ">"] : ["|"] {
        cells.append(try value(spelling: order + spelling, bytes: bytes))
      }
      table.add(cells)
    }
    table.add([
      TextTable.Cell("ascii", .dtype), ascii(bytes.first ?? 0),
    ])
    table.add([TextTable.Cell("utf-8", .dtype), utf8(bytes)])
    table.add([
      TextTable.Cell("utf-16", .dtype), utf16(bytes, order: .little), utf16(bytes, order: .big),
    ])
    table.indent = 0
    table.render(into: &text)

    text.appendLine()
    text.append("float bits", role: .label)
    text.appendLine(
      ": sign, exponent, mantissa; value = sign · 1.mantissa · 2^(exponent - bias)", role: .muted)
    for itemsize in [2, 4, 8] {
      for order in [DType.ByteOrder.little, .big] {
        let label = "f\(itemsize) \(order == .little ? "<" : ">")"
        text.append(label, role: .dtype)
        guard let anatomy = FloatAnatomy.read(bytes, itemsize: itemsize, order: order) else {
          text.appendLine("  (needs \(itemsize) bytes, \(bytes.count) left)", role: .muted)
          continue
        }
        text.append("  ")
        Self.appendBits(anatomy, into: &text)
        text.appendLine()
        text.appendSpaces(label.count + 2)
        text.appendLine(anatomy.formula, role: .value)
      }
    }
    return text
  }

  /// The sign, exponent and mantissa bits, each in its own role.
  static func appendBits(_ anatomy: FloatAnatomy, into text: inout StyledText) {
    text.append(String(anatomy.signBit), role: .field(0, tone: 0))
    text.append(" ")
    text.append(anatomy.exponentBits, role: .field(1, tone: 0))
    text.append(" ")
    if let integer = anatomy.integerBit {
      text.append(String(integer), role: .muted)
      text.append(" ")
    }
    text.append(anatomy.mantissaBits, role: .field(2, tone: 0))
  }

  static func role(of byte: UInt8) -> TextRole {
    if byte == 0 { return .nullByte }
    return (0x20...0x7E).contains(byte) ? .printable : .plain
  }

  /// NumPy's `str` of the scalar of `spelling` at the start of `bytes`.
  private func value(spelling: String, bytes: [UInt8]) throws -> TextTable.Cell {
    let dtype = try DType.parse(spelling)
    guard bytes.count >= dtype.itemsize else {
      return TextTable.Cell("(needs \(dtype.itemsize) bytes)", .muted)
    }
    let scalar = bytes.withUnsafeBytes { ElementDecoder.decode(dtype, from: $0, at: 0) }
    return TextTable.Cell(Self.capped(try ScalarPrinter.str(scalar, dtype: dtype)), .value)
  }

  /// Longest value text shown whole; NumPy prints some x87 encodings with thousands of digits.
  static let longestValue = 40

  /// The text, or its start and its length when it is longer than `longestValue`.
  static func capped(_ text: String) -> String {
    guard text.count > longestValue else { return text }
    return text.prefix(longestValue - 12) + "… (\(text.count) characters)"
  }

  /// The byte as an ASCII character, in Python's quotes.
  private func ascii(_ byte: UInt8) -> TextTable.Cell {
    guard byte < 0x80 else {
      return TextTable.Cell("(\(Hex.offset(Int(byte))) is not ASCII)", .muted)
    }
    return TextTable.Cell(PythonRepr.string([UInt32(byte)]), .value)
  }

  /// The code point that starts here in UTF-8, or why none does.
  private func utf8(_ bytes: [UInt8]) -> TextTable.Cell {
    guard let lead = bytes.first else { return TextTable.Cell("") }
    let length: Int
    switch lead {
    case 0x00...0x7F: length = 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    case 0x80...0xBF:
      return TextTable.Cell("(\(Hex.offset(Int(lead))) continues a character)", .muted)
    default:
      return TextTable.Cell("(\(Hex.offset(Int(lead))) starts no UTF-8 character)", .muted)
    }
    guard bytes.count >= length else {
      return TextTable.Cell("(needs \(length) bytes)", .muted)
    }
    var decoder = UTF8()
    var iterator = bytes[0..<length].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
      return TextTable.Cell("(not valid UTF-8)", .muted)
    }
    return TextTable.Cell(Self.codePointText(scalar, bytes: length), .value)
  }

  /// The code point that starts here in UTF-16 (a surrogate pair takes 4 bytes).
  private func utf16(_ bytes: [UInt8], order: DType.ByteOrder) -> TextTable.Cell {
    func unit(_ at: Int) -> UInt16? {
      guard bytes.count >= at + 2 else { return nil }
      let (a, b) = (UInt16(bytes[at]), UInt16(bytes[at + 1]))
      return order == .little ? a | b << 8 : a << 8 | b
    }
    guard let first = unit(0) else { return TextTable.Cell("(needs 2 bytes)", .muted) }
    var units = [first]
    if UTF16.isLeadSurrogate(first) {
      guard let second = unit(2) else { return TextTable.Cell("(needs 4 bytes)", .muted) }
      units.append(second)
    }
    var decoder = UTF16()
    var iterator = units.makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
      return TextTable.Cell("(a lone surrogate \(Hex.offset(Int(first))))", .muted)
    }
    return TextTable.Cell(Self.codePointText(scalar, bytes: 2 * units.count), .value)
  }

  /// `'é' U+00E9, 2 bytes`.
  static func codePointText(_ scalar: Unicode.Scalar, bytes: Int) -> String {
    var hex = String(scalar.value, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    return "\(PythonRepr.string([scalar.value])) U+\(hex), \(bytes) byte\(bytes == 1 ? "" : "s")"
  }
}
