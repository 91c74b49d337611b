/// The fields of a dtype: a table of name, dtype, offset, size and alignment in the order the
/// fields lie in the record, with `(pad)` rows for the bytes no field covers, and a byte ruler
/// that writes each byte's field number where the byte lies.
///
/// Nested records show their fields indented under them, at offsets from the start of the
/// outer record. Numbers (`#`) are the leaf fields' numbers, the same as the colours and
/// legend of `HexdumpRenderer`. A plain dtype gets its one row and a note that it has no fields.
public struct FieldsRenderer {
  let dtype: DType
  let layout: RecordLayout

  public init(_ dtype: DType) {
    self.dtype = dtype
    layout = RecordLayout(dtype)
  }

  /// Bytes per ruler line.
  static let rulerWidth = 32

  public func render() -> StyledText {
    var text = StyledText()
    guard dtype.isStructured else {
      var table = TextTable([.right, .left, .left, .right, .right, .right])
      table.add(header(hasTitles: false).filter { $0.text != "title" })
      table.add([
        TextTable.Cell(""), TextTable.Cell("(the element)", .element(tone: 0)),
        TextTable.Cell(dtype.str, .dtype), TextTable.Cell("0", .offset),
        TextTable.Cell(String(dtype.itemsize)), TextTable.Cell(String(dtype.alignment)),
      ])
      table.render(into: &text)
      text.append("note: ", role: .label)
      text.appendLine(
        "'\(dtype.str)' is not a structured dtype, so it has no fields: each element is one "
          + "\(dtype.description) of \(dtype.itemsize) byte\(dtype.itemsize == 1 ? "" : "s")",
        role: .muted)
      return text
    }

    let topLevel = dtype.fields.count
    let padding = layout.paddingBytes
    text.append("\(topLevel) field\(topLevel == 1 ? "" : "s")")
    if layout.leaves.count != topLevel {
      text.append(" (\(layout.leaves.count) leaf fields)", role: .muted)
    }
    text.append(", itemsize \(dtype.itemsize), alignment \(dtype.alignment), ")
    text.append(dtype.isAlignedStruct ? "aligned (align=True)" : "packed", role: .label)
    text.appendLine(
      padding == 0 ? ", no padding" : ", \(padding) byte\(padding == 1 ? "" : "s") of padding")

    let hasTitles = hasTitles(dtype)
    var table = TextTable(
      hasTitles
        ? [.right, .left, .left, .left, .right, .right, .right, .left]
        : [.right, .left, .left, .right, .right, .right, .left])
    table.add(header(hasTitles: hasTitles))
    var leafNumbers: [[Int]: Int] = [:]
    for (index, leaf) in layout.leaves.enumerated() { leafNumbers[leaf.path] = index }
    addRows(
      of: dtype, at: 0, path: [], depth: 0, hasTitles: hasTitles, leafNumbers: leafNumbers,
      into: &table)
    table.render(into: &text)
    ruler(into: &text)
    return text
  }

  private func header(hasTitles: Bool) -> [TextTable.Cell] {
    var names = ["#", "name"]
    if hasTitles { names.append("title") }
    names += ["dtype", "offset", "size", "align"]
    return names.map { TextTable.Cell($0, .label) }
  }

  private func hasTitles(_ type: DType) -> Bool {
    type.fields.contains { $0.title != nil || hasTitles($0.dtype) }
  }

  /// One row per field in offset order, `(pad)` rows in the gaps, nested fields indented.
  private func addRows(
    of record: DType, at base: Int, path: [Int], depth: Int, hasTitles: Bool,
    leafNumbers: [[Int]: Int], into table: inout TextTable
  ) {
    let indent = String(repeating: "  ", count: depth)
    let order = record.fields.indices.sorted {
      (record.fields[$0].offset, $0) < (record.fields[$1].offset, $1)
    }
    var covered = 0
    var lastName = ""
    for index in order {
      let field = record.fields[index]
      if field.offset > covered {
        addPadding(
          at: base + covered, count: field.offset - covered, indent: indent, hasTitles: hasTitles,
          into: &table)
      }
      let number = leafNumbers[path + [index]]
      let role: TextRole = number.map { .field($0, tone: 0) } ?? .label
      var cells = [
        TextTable.Cell(number.map(String.init) ?? "", .muted),
        TextTable.Cell(indent + (field.name.isEmpty ? "''" : PythonRepr.escaped(field.name)), role),
      ]
      if hasTitles { cells.append(TextTable.Cell(field.title ?? "", .muted)) }
      cells += [
        TextTable.Cell(dtypeText(field.dtype), .dtype),
        TextTable.Cell(String(base + field.offset), .offset),
        TextTable.Cell(String(field.dtype.itemsize)),
        TextTable.Cell(String(field.dtype.alignment)),
      ]
      if field.offset < covered {
        cells.append(TextTable.Cell("overlaps \(lastName)", .hint))
      }
      table.add(cells)
      if field.dtype.isStructured {
        addRows(
          of: field.dtype, at: base + field.offset, path: path + [index], depth: depth + 1,
          hasTitles: hasTitles, leafNumbers: leafNumbers, into: &table)
      }
      let (end, overflow) = field.offset.addingReportingOverflow(field.dtype.itemsize)
      if !overflow, end > covered {
        covered = end
        lastName = field.name
      }
    }
    if record.itemsize > covered {
      addPadding(
        at: base + covered, count: record.itemsize - covered, indent: indent, hasTitles: hasTitles,
        into: &table)
    }
  }

  private func addPadding(
    at offset: Int, count: Int, indent: String, hasTitles: Bool, into table: inout TextTable
  ) {
    var cells = [TextTable.Cell(""), TextTable.Cell(indent + "(pad)", .padding)]
    if hasTitles { cells.append(TextTable.Cell("")) }
    cells += [
      TextTable.Cell(""), TextTable.Cell(String(offset), .offset), TextTable.Cell(String(count)),
      TextTable.Cell(""),
    ]
    table.add(cells)
  }

  /// `<i4`, `<i2 (2, 3)` for a subarray field, `|V8` for a nested record.
  private func dtypeText(_ type: DType) -> String {
    if let (base, shape) = type.subarray {
      return dtypeText(base) + " " + PythonRepr.tuple(shape)
    }
    return type.str
  }

  /// The character a leaf's bytes show in the ruler: 0-9, a-z, A-Z, then `+`.
  static func rulerCharacter(_ leaf: Int) -> UInt8 {
    let symbols = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
    return leaf < symbols.count ? symbols[leaf] : UInt8(ascii: "+")
  }

  /// Lines of `rulerWidth` bytes, a blank every 8, repeated lines collapsed to `*`.
  private func ruler(into text: inout StyledText) {
    let itemsize = dtype.itemsize
    guard itemsize > 0 else { return }
    text.append("byte ruler: ", role: .label)
    text.appendLine(
      "the field number (#) of each byte of a record, '.' for padding", role: .muted)
    let digits = String(max(0, itemsize - 1)).count
    var owners: [Int?] = []
    var previous: [Int?]? = nil
    var collapsing = false
    var segment = 0
    var lineStart = 0
    while lineStart < itemsize {
      let lineEnd = min(itemsize, lineStart + Self.rulerWidth)
      owners = []
      for position in lineStart..<lineEnd {
        while layout.segments[segment].range.upperBound <= position { segment += 1 }
        owners.append(layout.segments[segment].leaf)
      }
      let isLast = lineEnd == itemsize
      if let previous, previous == owners, !isLast {
        if !collapsing { text.appendLine("  *", role: .muted) }
        collapsing = true
        // Lines inside one long segment repeat until the line that holds its end: skip to it
        // (without this a field of gigabytes would be walked byte by byte).
        let segmentEnd = layout.segments[segment].range.upperBound
        let lastStart = (itemsize - 1) / Self.rulerWidth * Self.rulerWidth
        if layout.segments[segment].range.lowerBound <= lineStart {
          let next = min(segmentEnd / Self.rulerWidth * Self.rulerWidth, lastStart)
          if next > lineEnd {
            lineStart = next
            continue
          }
        }
      } else {
        collapsing = false
        previous = owners
        text.appendSpaces(2)
        text.append(String(lineStart).leftPadded(to: digits), role: .offset)
        for (column, owner) in owners.enumerated() {
          if column % 8 == 0 { text.appendASCII(UInt8(ascii: " ")) }
          if let owner {
            text.appendASCII(Self.rulerCharacter(owner), role: .field(owner, tone: 0))
          } else {
            text.appendASCII(UInt8(ascii: "."), role: .padding)
          }
        }
        text.appendASCII(UInt8(ascii: "\n"))
      }
      lineStart = lineEnd
    }
  }
}

extension String {
}
