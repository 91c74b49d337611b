import ByteLensEngine

/// The commands that show where the bytes of the current view are and what they mean.
extension Session {
  /// `hexdump [N|all] [values]`: streamed through `liveOutput` when the session has one.
  func hexdump(rows: Command.HexdumpRows, values: Bool) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let rowLimit: Int?
    switch rows {
    case .screenful: rowLimit = HexdumpRenderer.defaultRows
    case .count(let count): rowLimit = count
    case .all: rowLimit = nil
    }
    let renderer = try HexdumpRenderer(
      entry.view,
      options: HexdumpRenderer.Options(
        width: hexdumpWidth, rows: rowLimit, showsValues: values, isStyled: showsColor,
        baseAddress: baseAddress(of: entry)?.base ?? 0))
    var footer = StyledText()
    if let (bytes, rows) = renderer.omitted {
      footer.appendLine(
        "… \(bytes) more byte\(bytes == 1 ? "" : "s") in \(rows) row\(rows == 1 ? "" : "s"): "
          + "'hexdump all' shows every row, 'hexdump N' the first N", role: .hint)
    }
    if let liveOutput {
      try renderer.render(to: liveOutput)
      if !footer.isEmpty { try liveOutput(footer) }
      return CommandOutcome()
    }
    return CommandOutcome(output: try renderer.render() + footer)
  }

  /// `fields`: the record layout of the current dtype (one row and a note for a plain one).
  func fields() throws -> CommandOutcome {
    let entry = try requireCurrent()
    // Fields laid over a base type (numpy's (base, fields)) list as their record.
    let dtype = entry.view.dtype.overlaidRecord ?? entry.view.dtype
    return CommandOutcome(output: FieldsRenderer(dtype).render())
  }

  /// `layout`: index → byte offset grids, memory order, C beside F.
  func layout() throws -> CommandOutcome {
    let entry = try requireCurrent()
    return CommandOutcome(
      output: try LayoutRenderer(entry.view, options: printOptions).render())
  }

  /// `inspect [OFFSET]`: every type at one byte of the source; by default where the view starts.
  func inspect(at offset: Int?) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let renderer = try InspectRenderer(
      source: entry.view.source, offset: offset ?? entry.view.offset)
    return CommandOutcome(output: try renderer.render())
  }

  /// `compare DT …`: the bytes from where the view starts, read as each dtype. With one dtype,
  /// the view's own dtype comes first.
  func compare(_ arguments: [DTypeArgument]) throws -> CommandOutcome {
    let entry = try requireCurrent()
    var dtypes = try arguments.map(parse)
    if dtypes.count == 1 { dtypes.insert(entry.view.dtype, at: 0) }
    let view = entry.view
    let start = view.count == 0 ? view.offset : view.byteExtent.lowerBound
    let renderer = try CompareRenderer(
      source: view.source, offset: start, dtypes: dtypes, options: printOptions)
    return CommandOutcome(output: try renderer.render())
  }

  /// `explain [i, j]`, `explain [i]['field']`: one element step by step; the first by default.
  func explain(_ expression: IndexExpression?) throws -> CommandOutcome {
    let entry = try requireCurrent()
    var view = entry.view
    var integers: [Int] = []
    let items: [IndexItem] = expression.map { Array($0.subscripts.joined()) } ?? []
    for item in items {
      switch item {
      case .integer(let value): integers.append(value)
      case .field, .fields: view = try view.indexed([item])
      default:
        throw SessionError.explainNeedsIntegers(item: "\(item)")
      }
    }
    let renderer = try ExplainRenderer(
      view, index: integers.isEmpty && view.ndim > 0 ? nil : integers,
      options: printOptions)
    return CommandOutcome(output: try renderer.render())
  }
}
