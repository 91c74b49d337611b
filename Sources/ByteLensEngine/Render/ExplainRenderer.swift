/// One element, step by step: where it is (the offset arithmetic), its bytes in memory, how its
/// byte order turns them into a number, its bits (for floats: sign, exponent and mantissa with
/// the exponent bias), and its value as NumPy prints it (`str` and `repr` of `a[i, j]`).
///
/// A record is explained field by field, each leaf field with its own offset within the record.
public struct ExplainRenderer {
  let view: ArrayView
  let index: [Int]
  let options: PrintOptions

  /// - Parameter index: one integer per axis, negatives counting from the end; nil is the
  ///   first element.
  /// - Throws: for an empty view, or an index of the wrong length or out of bounds.
  public init(_ view: ArrayView, index: [Int]?, options: PrintOptions = PrintOptions()) throws {
    guard view.count > 0 else {
      throw RenderError.nothingToExplain(shape: view.shape)
    }
    guard view.dtype.itemsize <= Self.largestElement else {
      throw RenderError.elementTooLarge(
        dtype: view.dtype.str, itemsize: view.dtype.itemsize, limit: Self.largestElement,
        lastField: view.dtype.isStructured ? view.dtype.fields.last?.name ?? "" : nil)
    }
    self.view = view
    self.index = try view.normalizedIndex(index ?? Array(repeating: 0, count: view.ndim))
    self.options = options
  }

  /// The largest element explained: its bytes are read and printed whole.
  public static let largestElement = 1 << 20

  static let labelWidth = 10

  public func render() throws -> StyledText {
    var text = StyledText()
    let dtype = view.dtype
    text.append(view.ndim == 0 ? "the element" : "element ", role: .label)
    if view.ndim > 0 { text.append(LayoutRenderer.indexText(index), role: .value) }
    text.append(" of '")
    text.append(dtype.str, role: .dtype)
    text.append(
      "', shape \(PythonRepr.tuple(view.shape)), strides \(PythonRepr.tuple(view.strides))")
    text.appendLine()

    let start = view.byteOffset(of: index)
    var arithmetic = StyledText()
    if view.ndim == 0 {
      arithmetic.append("a 0-d view's element is at its offset: ")
    } else {
      let names = (0..<view.ndim).map { $0 < 3 ? LayoutRenderer.indexNames[$0] : "i\($0)" }
      arithmetic.append(
        "offset + " + zip(names, view.strides).map { "\($0)·\($1)" }.joined(separator: " + "),
        role: .muted)
      arithmetic.append(" = \(view.offset)")
      for (i, stride) in zip(index, view.strides) {
        arithmetic.append(" + \(i)·\(stride < 0 ? "(\(stride))" : String(stride))")
      }
      arithmetic.append(" = ")
    }
    arithmetic.append(Hex.decimalAndOffset(start), role: .offset)
    line("where", arithmetic, into: &text)

    let bytes = try view.source.bytes(in: start..<(start + dtype.itemsize))
    let layout = RecordLayout(dtype)
    var byteText = StyledText()
    byteText.append(
      dtype.itemsize == 1
        ? "\(start), in memory: " : "\(start) to \(start + dtype.itemsize - 1), in memory order: ",
      role: .muted)
    // Between bytes, the marks of `HexdumpRenderer`: ':' a new field, '(' ')' padding.
    var previous: Int32 = HexdumpRenderer.Owner.blank
    for segment in layout.segments {
      let owner = segment.leaf.map { Int32(clamping: $0) } ?? HexdumpRenderer.Owner.padding
      for position in segment.range {
        if position > 0 {
          let mark = HexdumpRenderer.mark(previous, 0, owner, 0)
          byteText.appendASCII(mark, role: mark == UInt8(ascii: " ") ? .plain : .boundary)
        }
        previous = owner
        let role: TextRole =
          layout.isStructured
          ? (segment.leaf.map { .field($0, tone: 0) } ?? .padding) : .element(tone: 0)
        byteText.append(Hex.byte(bytes[position]), role: role)
      }
    }
    line("bytes", byteText, into: &text)

    let value = bytes.withUnsafeBytes { ElementDecoder.decode(dtype, from: $0, at: 0) }
    if layout.isStructured {
      for (number, leaf) in layout.leaves.enumerated() where leaf.dtype.itemsize > 0 {
        text.appendLine()
        text.append("field \(number) ", role: .label)
        text.append(leaf.name.isEmpty ? "''" : "'\(leaf.name)'", role: .field(number, tone: 0))
        let first = start + leaf.offset
        let last = first + leaf.dtype.itemsize - 1
        text.append(" (\(leaf.dtype.str)) at +\(leaf.offset): ", role: .muted)
        text.appendLine(first == last ? "byte \(first)" : "bytes \(first) to \(last)", role: .muted)
        let leafBytes = Array(bytes[leaf.offset..<(leaf.offset + leaf.dtype.itemsize)])
        try explainScalar(leaf.dtype, leafBytes, into: &text)
      }
      if layout.paddingBytes > 0 {
        text.appendLine()
        line(
          "padding",
          StyledText(
            "\(layout.paddingBytes) byte\(layout.paddingBytes == 1 ? "" : "s") in no field",
            role: .padding), into: &text)
      }
      text.appendLine()
    } else {
      try explainScalar(dtype, bytes, into: &text, showsValue: false)
    }
    var valueText = StyledText()
    valueText.append(try ScalarPrinter.str(value, dtype: dtype, options: options), role: .value)
    valueText.append("   repr ", role: .muted)
    valueText.append(try ScalarPrinter.repr(value, dtype: dtype, options: options))
    line("value", valueText, into: &text)
    return text
  }

  /// `  label    content` and a newline.
  private func line(_ label: String, _ content: StyledText, into text: inout StyledText) {
    text.appendSpaces(2)
    text.append(label.rightPadded(to: Self.labelWidth), role: .label)
    text.append(content)
    text.appendLine()
  }

  private func line(_ label: String, _ content: String, into text: inout StyledText) {
    line(label, StyledText(content), into: &text)
  }


  /// The steps from a scalar's bytes to its value; for leaf fields and plain elements.
  private func explainScalar(
    _ dtype: DType, _ bytes: [UInt8], into text: inout StyledText, showsValue: Bool = true
  ) throws {
    if let (base, shape) = dtype.subarray {
      line(
        "subarray",
        "\(shape.reduce(1, *)) elements of '\(base.str)' in C order, shape "
          + PythonRepr.tuple(shape),
        into: &text)
      if showsValue { try leafValue(dtype, bytes, into: &text) }
      return
    }
    switch dtype.kind {
    case .bool:
      line(
        "bool",
        "one byte, 0x\(Hex.byte(bytes[0])): "
          + (bytes[0] == 0 ? "zero is False" : "not zero, so True"),
        into: &text)
    case .int, .uint, .datetime, .timedelta:
      let ordered = orderStep(dtype, bytes, into: &text)
      integerSteps(dtype, ordered, into: &text)
    case .float:
      let ordered = orderStep(dtype, bytes, into: &text)
      floatSteps(dtype, ordered, into: &text)
    case .complex:
      let half = dtype.itemsize / 2
      let partType = try DType.parse("\(dtype.byteOrder.rawValue)f\(half)")
      for (name, range) in [("real", 0..<half), ("imaginary", half..<dtype.itemsize)] {
        line(
          name,
          "bytes +\(range.lowerBound) to +\(range.upperBound - 1): "
            + Hex.bytes(bytes[range]), into: &text)
        let ordered = orderStep(partType, Array(bytes[range]), into: &text)
        floatSteps(partType, ordered, into: &text)
      }
    case .bytes:
      let end = bytes.lastIndex { $0 != 0 }.map { $0 + 1 } ?? 0
      line(
        "string",
        "\(bytes.count) single bytes, no byte order; the \(bytes.count - end) trailing "
          + "NUL\(bytes.count - end == 1 ? "" : "s") are dropped", into: &text)
    case .unicode:
      let units = bytes.count / 4
      line(
        "text",
        "\(units) code point\(units == 1 ? "" : "s") of 4 bytes each, "
          + "'\(dtype.byteOrder.rawValue)' "
          + (dtype.byteOrder == .big ? "big-endian" : "little-endian"), into: &text)
      for unit in 0..<min(units, 8) {
        let chunk = Array(bytes[(unit * 4)..<(unit * 4 + 4)])
        let value =
          dtype.byteOrder == .big
          ? chunk.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
          : chunk.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        var hexValue = String(value, radix: 16, uppercase: true)
        while hexValue.count < 4 { hexValue = "0" + hexValue }
        let shown = value == 0 ? "NUL (dropped at the end)" : PythonRepr.string([value])
        line("", "\(Hex.bytes(chunk)) → U+\(hexValue) \(shown)", into: &text)
      }
      if units > 8 { line("", "… \(units - 8) more", into: &text) }
    case .void, .object:
      line("void", "\(bytes.count) raw bytes, shown as they are", into: &text)
    }
    if showsValue { try leafValue(dtype, bytes, into: &text) }
  }

  private func leafValue(_ dtype: DType, _ bytes: [UInt8], into text: inout StyledText) throws {
    let value = bytes.withUnsafeBytes { ElementDecoder.decode(dtype, from: $0, at: 0) }
    line(
      "value",
      StyledText(try ScalarPrinter.str(value, dtype: dtype, options: options), role: .value),
      into: &text)
  }

  /// The byte order step; returns the bytes most significant first.
  private func orderStep(_ dtype: DType, _ bytes: [UInt8], into text: inout StyledText) -> [UInt8] {
    switch dtype.byteOrder {
    case .little:
      let reversed = Array(bytes.reversed())
      line(
        "order",
        "'<' little-endian: the first byte is the least significant; backwards: "
          + Hex.bytes(reversed), into: &text)
      return reversed
    case .big:
      line(
        "order",
        "'>' big-endian: the first byte is the most significant; as they are: "
          + Hex.bytes(bytes), into: &text)
      return bytes
    case .notApplicable:
      line("order", "'|' one byte: no byte order", into: &text)
      return bytes
    }
  }

  private func bitText(_ bytes: [UInt8]) -> String {
    bytes.map { byte in
      String((0..<8).reversed().map { (byte >> UInt8($0)) & 1 == 1 ? "1" : "0" })
    }.joined(separator: " ")
  }

  /// Integers, and the counts of datetime64/timedelta64.
  private func integerSteps(_ dtype: DType, _ ordered: [UInt8], into text: inout StyledText) {
    line("bits", bitText(ordered), into: &text)
    var unsigned: UInt64 = 0
    for byte in ordered { unsigned = unsigned << 8 | UInt64(byte) }
    let bits = ordered.count * 8
    let hexDigits = Hex.bytes(ordered, separator: "")
    let signed = dtype.kind != .uint
    if signed, let top = ordered.first, top & 0x80 != 0 {
      let value = Int64(bitPattern: bits == 64 ? unsigned : unsigned | ~((1 << UInt64(bits)) - 1))
      line(
        "number",
        "0x\(hexDigits) = \(unsigned); the top bit is 1, so it is negative: "
          + "\(unsigned) - 2^\(bits) = \(value)", into: &text)
    } else {
      line(
        "number",
        "0x\(hexDigits) = \(unsigned)" + (signed ? " (the top bit is 0: not negative)" : ""),
        into: &text)
    }
    if dtype.kind == .datetime || dtype.kind == .timedelta {
      let count = Int64(bitPattern: unsigned)
      let unit = dtype.timeUnit?.text ?? "generic units"
      if count == Int64.min {
        line("time", "the smallest int64 stands for NaT, not a time", into: &text)
      } else if dtype.kind == .datetime {
        line("time", "\(count) × [\(unit)] after 1970-01-01T00:00", into: &text)
      } else {
        line("time", "\(count) × [\(unit)]", into: &text)
      }
    }
  }

  private func floatSteps(_ dtype: DType, _ ordered: [UInt8], into text: inout StyledText) {
    // FloatAnatomy reads bytes in memory order: give it big-endian, most significant first.
    guard let anatomy = FloatAnatomy.read(ordered, itemsize: dtype.itemsize, order: .big) else {
      return
    }
    var bits = StyledText()
    InspectRenderer.appendBits(anatomy, into: &bits)
    if dtype.itemsize == 16 { bits.append("  (x87: 10 bytes used, 6 padding)", role: .muted) }
    line("bits", bits, into: &text)
    line("sign", "\(anatomy.signBit): \(anatomy.isNegative ? "-" : "+")", into: &text)
    line(
      "exponent",
      "\(anatomy.exponentBits) = \(anatomy.exponent), bias \(anatomy.bias)"
        + (anatomy.category == .normal
          ? ": 2^(\(anatomy.exponent) - \(anatomy.bias)) = 2^\(anatomy.exponent - anatomy.bias)"
          : ""),
      into: &text)
    let fraction = anatomy.mantissaBits.reduce(UInt64(0)) { $0 << 1 | ($1 == "1" ? 1 : 0) }
    let lead = anatomy.category == .normal ? "1" : "0"
    let mantissa =
      anatomy.category == .normal || anatomy.category == .subnormal
      ? "\(lead) + \(fraction) / 2^\(anatomy.mantissaWidth) = \(anatomy.significandText)"
      : "\(fraction == 0 ? "zero" : "\(fraction), not zero")"
    line("mantissa", mantissa, into: &text)
    line("float", anatomy.formula, into: &text)
  }
}

extension String {
}
