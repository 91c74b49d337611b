/// The same bytes read under several dtypes, side by side: a row per step of the greatest common
/// divisor of the itemsizes, with the byte offset, the row's bytes and, in each dtype's column,
/// the element that starts there.
///
/// Column `DT` holds `np.frombuffer(data, DT, count, offset)` for the bytes from `offset`,
/// formatted as NumPy formats that array's elements (one width and precision per column).
public struct CompareRenderer {
  let source: any ByteSource
  let offset: Int
  let dtypes: [DType]
  let options: PrintOptions

  /// Rows shown: enough for every dtype to show one element at least.
  public static let rows = 16

  /// - Throws: for a dtype of no bytes or of Python objects, or an offset outside the source.
  public init(
    source: any ByteSource, offset: Int, dtypes: [DType], options: PrintOptions = PrintOptions()
  ) throws {
    guard !dtypes.isEmpty else { throw RenderError.noDTypes }
    for dtype in dtypes {
      if dtype.hasObject {
        throw RenderError.objectDType(dtype.str)
      }
      guard dtype.itemsize > 0 else {
        throw RenderError.zeroItemsize(dtype.str)
      }
    }
    guard offset >= 0, offset <= source.count else {
      throw RenderError.offsetOutside(
        offset: offset, source: source.name, count: source.count, command: .compare)
    }
    self.source = source
    self.offset = offset
    self.dtypes = dtypes
    self.options = options
  }

  public func render() throws -> StyledText {
    for dtype in dtypes { try AllocationBudget.checkElement(of: dtype) }
    let sizes = dtypes.map(\.itemsize)
    let step = sizes.reduce(0, Self.gcd)
    let widest = sizes.max() ?? 1
    let (wanted, overflow) = step.multipliedReportingOverflow(by: Self.rows)
    let span = min(source.count - offset, max(overflow ? Int.max : wanted, widest))
    let bytes = try source.bytes(in: offset..<(offset + span))
    var text = StyledText()
    text.append("the bytes from offset ", role: .muted)
    text.append(Hex.decimalAndOffset(offset), role: .offset)
    text.appendLine(
      " of \(PythonRepr.escaped(source.name)), as np.frombuffer(data, DT, offset=\(offset)) "
        + "reads them:",
      role: .muted)
    guard !bytes.isEmpty else {
      text.appendLine("  no bytes from here: the offset is at the end of the source", role: .muted)
      return text
    }

    // Each dtype's elements that fit in the span, formatted together as NumPy would.
    var columns: [[Int: String]] = []
    for dtype in dtypes {
      let count = bytes.count / dtype.itemsize
      let values = bytes.withUnsafeBytes { raw in
        (0..<count).map { ElementDecoder.decode(dtype, from: raw, at: $0 * dtype.itemsize) }
      }
      var column: [Int: String] = [:]
      if !values.isEmpty {
        let formatter = try ElementFormatter.make(
          column: values, dtype: dtype, zeroDimensional: false, options: options)
        for (index, value) in values.enumerated() {
          column[index * dtype.itemsize] = try formatter.format(value)
        }
      }
      columns.append(column)
    }

    var table = TextTable([.right, .left] + Array(repeating: .right, count: dtypes.count))
    table.add(
      [TextTable.Cell("offset", .label), TextTable.Cell("bytes", .label)]
        + dtypes.map { TextTable.Cell(Self.label($0), .dtype) })
    var position = 0
    while position < bytes.count {
      let end = min(bytes.count, position + step)
      let hex = bytes[position..<end].map(Hex.byte)
      var cells = [
        TextTable.Cell(String(offset + position), .offset),
        TextTable.Cell(hex.joined(separator: " "), .muted),
      ]
      for column in columns { cells.append(TextTable.Cell(column[position] ?? "", .value)) }
      table.add(cells)
      position = end
    }
    table.render(into: &text)

    let cut = zip(dtypes, columns).filter { $0.1.isEmpty }.map { "'\($0.0.str)'" }
    if !cut.isEmpty {
      text.appendLine(
        "no whole element of \(cut.joined(separator: ", ")) fits in the \(bytes.count) "
          + "byte\(bytes.count == 1 ? "" : "s") left", role: .muted)
    }
    let records = dtypes.filter(\.isStructured)
    for record in records where Self.label(record) != record.description {
      text.append("\(Self.label(record)): ", role: .dtype)
      text.appendLine(record.description, role: .muted)
    }
    return text
  }

  /// A column's heading: the dtype's `str` (`<f8`, `|V12`, `|V8` for `(2,)<i4`).
  static func label(_ dtype: DType) -> String {
    if let (base, shape) = dtype.subarray { return "\(base.str) \(PythonRepr.tuple(shape))" }
    return dtype.str
  }

  static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}
