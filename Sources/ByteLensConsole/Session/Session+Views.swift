import ByteLensEngine

/// The commands that make a new view.
extension Session {
  /// `load`, `bytes`: `frombuffer(source, dtype or u1, count, offset)` as a fresh window.
  func read(
    _ source: any ByteSource, dtype argument: DTypeArgument?, offset: Int, count: Int?,
    text: String, origin: SourceOrigin, formatInfo: [String] = [], notice: StyledText? = nil
  ) throws -> CommandOutcome {
    let dtype = try argument.map(parse) ?? DType.parse("u1")
    let view = try ArrayView.frombuffer(source, dtype: dtype, count: count, offset: offset)
    var entry = ViewEntry(
      view: view, source: source,
      window: ViewEntry.Window(dtype: dtype, offset: offset, count: count),
      isFreshWindow: true, isScalar: false, commandText: text)
    entry.origin = origin
    entry.formatInfo = formatInfo
    entry.python = PythonStatements(NumpyCode.read(
      origin: origin, source: source, dtype: dtype, offset: offset, count: count))
    return push(entry, notice: notice)
  }

  /// `array VALUES [as DT] [order C|F|A|K]`: numpy's `np.array`, whose bytes become the source.
  func buildArray(
    _ literal: String, dtype argument: DTypeArgument?, order: Command.MemoryLayout, text: String
  ) throws -> CommandOutcome {
    let dtype = try argument.map(parse)
    let view = try ArrayBuilder.array(literal, dtype: dtype, order: memoryOrder(order))
    var entry = ViewEntry(
      view: view, source: view.source,
      window: ViewEntry.Window(dtype: view.dtype, offset: view.offset, count: nil),
      isFreshWindow: false, isScalar: false, commandText: text)
    entry.python = PythonStatements(NumpyCode.array(literal, view: view, order: order))
    var notice: StyledText? = nil
    if view.dtype.kind == .datetime, Session.literalHasTimeZone(literal) {
      notice = StyledText()
      notice?.appendLine(
        "numpy warns: no explicit representation of timezones available for np.datetime64 "
          + "(the offsets were applied, giving UTC)", role: .hint)
    }
    return push(entry, notice: notice)
  }

  /// Whether a text value of the literal carries a time zone (`Z`, `+01:00`), for which numpy
  /// warns when it reads the value as a datetime64.
  static func literalHasTimeZone(_ literal: String) -> Bool {
    guard let value = try? PythonLiteral.parse(literal) else { return false }
    func check(_ value: PythonLiteral) -> Bool {
      switch value {
      case .list(let items), .tuple(let items): return items.contains(where: check)
      case .string(let text):
        return (try? DatetimeParser.read(text))?.hasTimeZone ?? false
      default: return false
      }
    }
    return check(value)
  }

  /// `as DT`: NumPy's `a.view(DT)`, over exactly the bytes the current view spans.
  ///
  /// A window just read from the source (`load`, `offset`, `count`) is read again as `DT`
  /// over the same bytes, `frombuffer(source, DT, n, offset)` — numpy's view of it, except that
  /// subarray dtypes of another size work too, as `frombuffer` takes them; later `offset` and
  /// `count` then move the window in `DT`'s elements.
  func reinterpret(as argument: DTypeArgument, text: String) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let dtype = try parse(argument)
    guard entry.isFreshWindow, dtype.itemsize > 0 else {
      return try transform(text, python: "a = a.view(\(NumpyCode.dtype(dtype)))") {
        try $0.viewed(as: dtype)
      }
    }
    let bytes = entry.view.nbytes
    guard bytes % dtype.itemsize == 0 else {
      throw SessionError.notWholeElements(
        bytes: bytes, dtype: argument.text, itemsize: dtype.itemsize,
        offset: entry.window.offset)
    }
    let count = entry.window.count.map { _ in bytes / dtype.itemsize }
    let window = ViewEntry.Window(dtype: dtype, offset: entry.window.offset, count: count)
    let view = try ArrayView.frombuffer(
      entry.source, dtype: dtype, count: count, offset: window.offset)
    return push(entry.readingAgain(window, view: view, origin: entry.origin, text: text))
  }

  /// `as DT at OFF count N`: `frombuffer(source, DT, N, OFF)`, a new window on the source.
  func reinterpretSource(
    as argument: DTypeArgument, offset: Int?, count: Int?, text: String
  ) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let dtype = try parse(argument)
    let window = ViewEntry.Window(dtype: dtype, offset: offset ?? 0, count: count)
    let view = try ArrayView.frombuffer(
      entry.source, dtype: dtype, count: count, offset: window.offset)
    return push(entry.readingAgain(window, view: view, origin: entry.origin, text: text))
  }

  /// `offset N`, `count N`: a new window on the source with the current dtype.
  /// - Parameter count: nil to keep the window's count; `.some(nil)` to read to the end.
  func reread(offset: Int?, count: Int??, text: String) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let window = ViewEntry.Window(
      dtype: entry.readingDType, offset: offset ?? entry.window.offset,
      count: count ?? entry.window.count)
    let view = try ArrayView.frombuffer(
      entry.source, dtype: window.dtype, count: window.count, offset: window.offset)
    return push(entry.readingAgain(window, view: view, origin: entry.origin, text: text))
  }

  /// A command that maps the current view to a new one over the same source; `python` is
  /// numpy's statement for it.
  /// Without `python`, `export numpy` will say it cannot rebuild the view.
  /// - Parameter copyNotice: what an interactive session says when the command had to copy
  ///   (a `reshape` whose strides cannot stay).
  ///
  /// On a NumPy scalar (`a[0]`) the command works as NumPy's scalar method does: on the
  /// scalar's native bytes, and the result is a scalar again when it has no dimensions
  /// (`a[0].astype('f4')` is an `np.float32`; `a[0].view('(2,)u1')` an array).
  func transform(
    _ text: String, python: String? = nil, copyNotice: String? = nil,
    _ body: (ArrayView) throws -> ArrayView
  ) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let operand = entry.isScalar ? try entry.view.numpyScalarElement() : entry.view
    let view = try body(operand)
    var notice: StyledText? = nil
    if let copyNotice, view.source !== operand.source {
      notice = StyledText()
      notice?.appendLine(copyNotice, role: .hint)
    }
    let isScalar = entry.isScalar && view.ndim == 0
    return push(
      entry.followed(by: view, statement: python, isScalar: isScalar, commandText: text),
      notice: notice)
  }

  /// `[…]`: NumPy basic indexing, one subscript after another.
  func index(_ expression: IndexExpression, text: String) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let (view, isScalar) = try Session.apply(expression, to: entry.view, isScalar: entry.isScalar)
    return push(
      entry.followed(
        by: view, statement: "a = a\(expression.description)", isScalar: isScalar,
        commandText: text))
  }

  /// Applies each subscript in turn, and says whether NumPy's result is a scalar rather than
  /// an array: integer indexing down to no dimensions gives a scalar (`a[0, 1]`) unless the
  /// subscript has `...` (`a[0, ...]` is a 0-d array); a field of a scalar record is a scalar,
  /// a field of a 0-d array a 0-d array. A scalar is indexed as numpy's scalar is, from its own
  /// native bytes (`a[0][...]` of `>f4` data is a `float32` 0-d array); a bytes_ or str_ scalar
  /// takes no index (Python's bytes and str index otherwise).
  static func apply(
    _ expression: IndexExpression, to view: ArrayView, isScalar: Bool
  ) throws -> (view: ArrayView, isScalar: Bool) {
    var result = view
    var scalar = isScalar
    for components in expression.subscripts {
      if scalar {
        // numpy's bytes_ and str_ are Python's bytes and str, whose indexing is Python's.
        guard result.dtype.kind != .bytes && result.dtype.kind != .unicode else {
          throw SessionError.indexOnTextScalar(dtype: result.dtype.str)
        }
        result = try result.numpyScalarElement()
      }
      result = try result.indexed(components)
      let selectsFields = components.contains {
        if case .field = $0 { return true }
        if case .fields = $0 { return true }
        return false
      }
      if !selectsFields { scalar = !components.contains(.ellipsis) }
      scalar = scalar && result.ndim == 0
    }
    return (result, scalar)
  }

  func undo() throws -> CommandOutcome {
    guard !stack.isEmpty else { throw SessionError.nothingToUndo(firstCommand: nil) }
    guard cursor > 0 else {
      throw SessionError.nothingToUndo(firstCommand: stack[cursor].commandText)
    }
    cursor -= 1
    return viewChanged()
  }

  func redo() throws -> CommandOutcome {
    guard cursor + 1 < stack.count else {
      throw SessionError.nothingToRedo(hasViews: !stack.isEmpty)
    }
    cursor += 1
    return viewChanged()
  }
}
