import ByteLensEngine

/// The commands that print the current view.
extension Session {
  /// `show`: numpy's `str(a)`; `show all` without summarisation; `show [i,j]`: `str(a[i,j])`.
  func show(_ target: Command.ShowTarget) throws -> CommandOutcome {
    let entry = try requireCurrent()
    var output = StyledText()
    switch target {
    case .view:
      output.appendLine(try strText(entry.view, isScalar: entry.isScalar, options: printOptions))
    case .all:
      var options = printOptions
      options.threshold = Int.max
      output.appendLine(try strText(entry.view, isScalar: entry.isScalar, options: options))
    case .element(let expression):
      let (view, isScalar) = try Session.apply(expression, to: entry.view, isScalar: entry.isScalar)
      output.appendLine(try strText(view, isScalar: isScalar, options: printOptions))
    }
    return CommandOutcome(output: output)
  }

  /// `repr`: numpy's `repr(a)`; `repr [i,j]`: `repr(a[i,j])`.
  func repr(_ expression: IndexExpression?) throws -> CommandOutcome {
    let entry = try requireCurrent()
    var view = entry.view
    var isScalar = entry.isScalar
    if let expression {
      (view, isScalar) = try Session.apply(expression, to: view, isScalar: isScalar)
    }
    var output = StyledText()
    if isScalar {
      let scalar = try view.scalar(at: [])
      output.appendLine(try ScalarPrinter.repr(scalar, dtype: view.dtype, options: printOptions))
    } else {
      output.appendLine(try ArrayPrinter.repr(view, options: printOptions))
    }
    return CommandOutcome(output: output)
  }

  func strText(_ view: ArrayView, isScalar: Bool, options: PrintOptions) throws -> String {
    if isScalar {
      let scalar = try view.scalar(at: [])
      return try ScalarPrinter.str(scalar, dtype: view.dtype, options: options)
    }
    return try ArrayPrinter.str(view, options: options)
  }

  /// `info`: dtype, shape, strides, offset, nbytes, flags and source, one per line.
  func info() throws -> CommandOutcome {
    let entry = try requireCurrent()
    let view = entry.view
    let dtype = view.dtype
    var output = StyledText()
    func line(_ label: String, _ value: String, role: TextRole = .value) {
      output.append(label + ":", role: .label)
      output.append(" ")
      output.appendLine(value, role: role)
    }
    output.append("dtype:", role: .label)
    output.append(" ")
    output.append(dtype.str, role: .dtype)
    if dtype.description != dtype.str {
      output.append(" (\(dtype.description))")
    }
    output.appendLine(", itemsize \(dtype.itemsize), alignment \(dtype.alignment)", role: .muted)
    line("shape", PythonText.tuple(view.shape))
    line("strides", PythonText.tuple(view.strides))
    line("offset", String(view.offset), role: .offset)
    line("nbytes", String(view.nbytes))
    var flags: [String] = []
    if view.isCContiguous { flags.append("C_CONTIGUOUS") }
    if view.isFContiguous { flags.append("F_CONTIGUOUS") }
    if view.isAligned { flags.append("ALIGNED") }
    line("flags", flags.isEmpty ? "none" : flags.joined(separator: " "))
    let size = view.source.count
    line("source", "\(view.source.name), \(size) byte\(size == 1 ? "" : "s")", role: .plain)
    return CommandOutcome(output: output)
  }

  /// `tobytes [C|F|A|K]`: the Python bytes literal, then its length.
  func tobytes(_ order: Command.MemoryLayout) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let bytes = try entry.view.tobytes(order: memoryOrder(order))
    var output = StyledText()
    output.appendLine(PythonText.bytesLiteral(bytes), role: .value)
    output.appendLine("\(bytes.count) byte\(bytes.count == 1 ? "" : "s")", role: .muted)
    return CommandOutcome(output: output)
  }

  /// `views`: the stack, oldest first, the current view marked with `*`.
  func listViews() throws -> CommandOutcome {
    _ = try requireCurrent()
    var output = StyledText()
    let width = stack.map(\.commandText.count).max() ?? 0
    for (index, entry) in stack.enumerated() {
      output.append(index == cursor ? "* " : "  ", role: index == cursor ? .value : .plain)
      output.append(String(index).leftPadded(to: String(stack.count - 1).count), role: .offset)
      output.append("  " + entry.commandText.rightPadded(to: width) + "  ")
      output.append(entry.view.dtype.str, role: .dtype)
      output.appendLine(" " + PythonText.tuple(entry.view.shape), role: .muted)
    }
    return CommandOutcome(output: output)
  }

  /// One line about a view, printed by view commands in interactive sessions.
  func summary(of entry: ViewEntry) -> StyledText {
    let view = entry.view
    var text = StyledText()
    if view.dtype.isStructured {
      // '|V12' says little; the fields say what the bytes are.
      text.append(view.dtype.description, role: .dtype)
    } else {
      text.append(view.dtype.str, role: .dtype)
      if view.dtype.description != view.dtype.str {
        text.append(" (\(view.dtype.description))", role: .muted)
      }
    }
    text.append("  shape ", role: .muted)
    text.append(PythonText.tuple(view.shape), role: .value)
    text.append("  strides ", role: .muted)
    text.append(PythonText.tuple(view.strides), role: .value)
    text.append("  offset ", role: .muted)
    text.append(String(view.offset), role: .offset)
    if entry.isScalar { text.append("  (scalar)", role: .muted) }
    text.appendLine()
    return text
  }

  // MARK: Settings

  func set(_ setting: Command.PrintSetting, to value: Int) -> CommandOutcome {
    switch setting {
    case .linewidth: printOptions.linewidth = value
    case .threshold: printOptions.threshold = value
    case .edgeitems: printOptions.edgeitems = value
    case .precision: printOptions.precision = value
    case .width: hexdumpWidth = value
    }
    return CommandOutcome()
  }

  /// `set` alone: each option as the command that sets it.
  func listSettings() -> CommandOutcome {
    var output = StyledText()
    let values: [(Command.PrintSetting, Int)] = [
      (.linewidth, printOptions.linewidth), (.threshold, printOptions.threshold),
      (.edgeitems, printOptions.edgeitems), (.precision, printOptions.precision),
      (.width, hexdumpWidth),
    ]
    for (setting, value) in values {
      output.append(setting.rawValue.rightPadded(to: 10), role: .label)
      output.appendLine(" " + String(value), role: .value)
    }
    return CommandOutcome(output: output)
  }

  // MARK: Help

  func help(_ topic: String?) throws -> CommandOutcome {
    var output = StyledText()
    if let topic {
      guard let entry = CommandCatalog.entry(named: topic) else {
        throw Parser.unknownCommand(topic, at: nil)
      }
      output.appendLine(entry.usage, role: .label)
      if !entry.aliases.isEmpty {
        output.appendLine("  also: " + entry.aliases.joined(separator: ", "), role: .muted)
      }
      output.appendLine("  " + entry.summary)
      return CommandOutcome(output: output)
    }
    let width = min(44, CommandCatalog.entries.map(\.usage.count).max() ?? 0)
    for entry in CommandCatalog.entries {
      output.append(entry.usage.rightPadded(to: width), role: .label)
      output.appendLine("  " + entry.summary)
    }
    output.appendLine(
      "Several commands on one line are separated by ';'; '#' starts a comment.", role: .muted)
    return CommandOutcome(output: output)
  }
}

extension String {
  func rightPadded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
