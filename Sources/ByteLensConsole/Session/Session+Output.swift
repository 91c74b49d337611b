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
      return try showAll(entry)
    case .element(let expression):
      let (view, isScalar) = try Session.apply(expression, to: entry.view, isScalar: entry.isScalar)
      output.appendLine(try strText(view, isScalar: isScalar, options: printOptions))
    }
    return CommandOutcome(output: output)
  }

  /// `show all`: `str(a)` with summarisation off, streamed through `liveOutput` in pieces
  /// when the session has one (memory stays flat however many elements), else gathered.
  /// Ctrl-C stops it, ending the line it was on.
  private func showAll(_ entry: ViewEntry) throws -> CommandOutcome {
    if entry.isScalar {
      var options = printOptions
      options.threshold = Int.max
      var output = StyledText()
      output.appendLine(try strText(entry.view, isScalar: true, options: options))
      return CommandOutcome(output: output)
    }
    let printer = StreamingArrayPrinter(entry.view, options: printOptions)
    guard let liveOutput else {
      // Gathered in memory (a session without a terminal's output, such as a test's):
      // within the allocation budget.
      var output = StyledText()
      var bytes = 0
      try printer.write { piece in
        bytes += piece.utf8.count
        try AllocationBudget.check(
          bytes, of: 1, for: .printedElements(elements: entry.view.count))
        output.append(piece)
      }
      output.appendLine()
      return CommandOutcome(output: output)
    }
    var started = false
    do {
      try printer.write { piece in
        started = true
        try liveOutput(StyledText(piece))
      }
    } catch where started {
      try? liveOutput(StyledText("\n"))
      throw error
    }
    try liveOutput(StyledText("\n"))
    return CommandOutcome()
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
    if let archive = listedArchive { return try archiveInfo(archive) }
    let entry = try requireCurrent()
    if reportsJSON { return .json(infoDocument(entry)) }
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
    line("shape", PythonRepr.tuple(view.shape))
    line("strides", PythonRepr.tuple(view.strides))
    line("offset", String(view.offset), role: .offset)
    line("nbytes", String(view.nbytes))
    let flags = flagNames(view)
    line("flags", flags.isEmpty ? "none" : flags.joined(separator: " "))
    line("source", sourceDescription(entry), role: .plain)
    if let address = addressInfo(entry) { line("address", address, role: .plain) }
    // A copy no longer reads the loaded bytes, so their format says nothing about it.
    for extra in entry.copiedBy == nil ? entry.formatInfo : [] {
      guard let colon = extra.firstIndex(of: ":") else { continue }
      line(String(extra[..<colon]), String(extra[extra.index(colon, offsetBy: 2)...]), role: .plain)
    }
    return CommandOutcome(output: output)
  }

  /// numpy's names of the flags a view has.
  private func flagNames(_ view: ArrayView) -> [String] {
    var flags: [String] = []
    if view.isCContiguous { flags.append("C_CONTIGUOUS") }
    if view.isFContiguous { flags.append("F_CONTIGUOUS") }
    if view.isAligned { flags.append("ALIGNED") }
    return flags
  }

  /// `info` under `--json`: the same facts, with numpy's spellings as strings and sizes as
  /// numbers.
  private func infoDocument(_ entry: ViewEntry) -> JSONValue {
    let view = entry.view
    let source = view.source
    var sourceMembers: [(String, JSONValue)] = [
      ("name", .string(source.name)), ("size", .integer(source.count)),
    ]
    if let stream = source as? StreamByteSource {
      sourceMembers.append(("read_from", .string(stream.kind.spokenName)))
      sourceMembers.append(("stopped_at_count", .bool(stream.stoppedAtLimit)))
      sourceMembers.append(("spooled", .bool(stream.isSpooled)))
    }
    if let command = entry.copiedBy { sourceMembers.append(("copy_made_by", .string(command))) }
    var members: [(String, JSONValue)] = [
      ("dtype", .string(view.dtype.str)),
      ("descr", .string(view.dtype.description)),
      ("itemsize", .integer(view.dtype.itemsize)),
      ("alignment", .integer(view.dtype.alignment)),
      ("shape", .array(view.shape.map { .integer($0) })),
      ("strides", .array(view.strides.map { .integer($0) })),
      ("offset", .integer(view.offset)),
      ("nbytes", .integer(view.nbytes)),
      ("size", .integer(view.count)),
      ("scalar", .bool(entry.isScalar)),
      ("flags", .array(flagNames(view).map { .string($0) })),
      ("source", .object(sourceMembers)),
    ]
    if let address = addressInfo(entry) { members.append(("address", .string(address))) }
    var format: [(String, JSONValue)] = []
    for extra in entry.copiedBy == nil ? entry.formatInfo : [] {
      guard let colon = extra.firstIndex(of: ":") else { continue }
      format.append(
        (String(extra[..<colon]), .string(String(extra[extra.index(colon, offsetBy: 2)...]))))
    }
    if !format.isEmpty { members.append(("format", .object(format))) }
    return .object(members)
  }

  /// `info`'s source line: the file or stream and its size, or the copy a command made.
  private func sourceDescription(_ entry: ViewEntry) -> String {
    let source = entry.view.source
    let size = "\(source.count) byte\(source.count == 1 ? "" : "s")"
    if let command = entry.copiedBy {
      return "a copy of \(size), made by '\(command)'"
    }
    guard let stream = source as? StreamByteSource else {
      return "\(PythonRepr.escaped(source.name)), \(size)"
    }
    var text = "\(PythonRepr.escaped(source.name)), \(size), read from \(stream.kind.spokenName)"
    if stream.stoppedAtLimit { text += " up to the count asked for" }
    if stream.isSpooled { text += ", kept in a temporary file" }
    return text
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
      output.appendLine(" " + PythonRepr.tuple(entry.view.shape), role: .muted)
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
    text.append(PythonRepr.tuple(view.shape), role: .value)
    text.append("  strides ", role: .muted)
    text.append(PythonRepr.tuple(view.strides), role: .value)
    text.append("  offset ", role: .muted)
    text.append(String(view.offset), role: .offset)
    if entry.isScalar { text.append("  (scalar)", role: .muted) }
    text.appendLine()
    return text
  }

  // MARK: Settings

  func set(_ setting: Command.PrintSetting, to value: Int) throws -> CommandOutcome {
    if setting != .width && setting != .base { forgetFormatter() }
    switch setting {
    case .base: return try setBase(value)
    case .linewidth: printOptions.linewidth = value
    case .threshold: printOptions.threshold = value
    case .edgeitems: printOptions.edgeitems = value
    case .precision: printOptions.precision = value
    case .suppress: printOptions.suppress = value != 0
    case .width: hexdumpWidth = value
    }
    return CommandOutcome()
  }

  /// `set floatmode|sign|nanstr|infstr|formatter …`.
  func setStyle(_ style: Command.PrintStyle) -> CommandOutcome {
    forgetFormatter()
    switch style {
    case .floatmode(let mode): printOptions.floatmode = mode
    case .sign(let sign): printOptions.sign = sign
    case .nanstr(let text): printOptions.nanstr = text
    case .infstr(let text): printOptions.infstr = text
    case .formatter(let formatter): printOptions.formatter = formatter
    case .legacy(let mode): printOptions.legacy = mode
    }
    return CommandOutcome()
  }

  /// Every `np.set_printoptions` call resets `formatter` (numpy's "formatter and override_repr
  /// are always reset"), so every `set` of a numpy print option does too.
  private func forgetFormatter() {
    printOptions.formatter = nil
  }

  /// `set` alone: each option as the command that sets it.
  func listSettings() -> CommandOutcome {
    var output = StyledText()
    func row(_ name: String, _ value: String) {
      output.append(name.rightPadded(to: 10), role: .label)
      output.appendLine(" " + value, role: .value)
    }
    row("linewidth", String(printOptions.linewidth))
    row("threshold", thresholdText(printOptions.threshold))
    row("edgeitems", String(printOptions.edgeitems))
    row("precision", String(printOptions.precision))
    row("suppress", printOptions.suppress ? "on" : "off")
    row("floatmode", printOptions.floatmode.rawValue)
    row("sign", PythonRepr.string(printOptions.sign.rawValue))
    row("nanstr", PythonRepr.string(printOptions.nanstr))
    row("infstr", PythonRepr.string(printOptions.infstr))
    row(
      "formatter",
      printOptions.formatter.map { "\($0.key) \($0.function.rawValue)" } ?? "none")
    row(
      "legacy",
      PrintOptions.legacyModes.first { $0.mode == printOptions.legacy }.map(\.name) ?? "false")
    row("width", String(hexdumpWidth))
    if let entry = current {
      row("base", baseAddress(of: entry).map { Hex.offset($0.base) } ?? "0")
    }
    return CommandOutcome(output: output)
  }

  /// NumPy keeps `threshold=inf` and `-inf` as floats; bytelens keeps them as the extreme
  /// integers, which summarise exactly as they do, and lists them as NumPy does.
  private func thresholdText(_ threshold: Int) -> String {
    switch threshold {
    case .max: return "inf"
    case .min: return "-inf"
    default: return String(threshold)
    }
  }

  // MARK: Help

  func help(_ topic: String?) throws -> CommandOutcome {
    guard let topic else { return CommandOutcome(output: Session.helpOverview()) }
    if topic == "dumps" { return CommandOutcome(output: Session.dumpFormatsHelp()) }
    if let entry = HelpCatalog.topics.first(where: { $0.name == topic }) {
      var output = StyledText()
      output.appendLine(entry.text)
      return CommandOutcome(output: output)
    }
    guard let entry = CommandCatalog.entry(named: topic) else {
      let names = HelpCatalog.helpNames
      throw SessionError.noHelp(
        topic: topic, suggestion: closestName(to: topic, among: names),
        topics: HelpCatalog.topics.map(\.name))
    }
    var output = StyledText()
    output.appendLine(CommandCatalog.usage(of: topic), role: .label)
    output.appendLine("  " + entry.summary)
    let otherNames = ([entry.name] + entry.aliases).filter { $0 != topic && $0 != "[" }
    if !otherNames.isEmpty {
      output.appendLine("  also: " + otherNames.joined(separator: ", "), role: .muted)
    }
    if let detail = HelpCatalog.details[entry.name] {
      for note in detail.notes { output.appendLine("  " + note) }
      if !detail.numpy.isEmpty {
        output.append("NumPy: ", role: .label)
        output.appendLine(detail.numpy)
      }
      output.appendLine("Example:", role: .label)
      output.appendLine("  › " + detail.example, role: .prompt)
      if detail.runs {
        let session = Session(mode: .batch)
        session.showsColor = false  // the example's text is shown plain
        let run = session.run(detail.example, keepGoing: true)
        for line in run.transcript.plainText.split(
          separator: "\n", omittingEmptySubsequences: false
        ).dropLast() {
          output.appendLine(line.isEmpty ? "" : "  " + line)
        }
      }
    }
    return CommandOutcome(output: output)
  }

  /// `help dumps`: every text dump format that `bytes`, `paste` and `load … as text` read.
  static func dumpFormatsHelp() -> StyledText {
    var output = StyledText()
    output.appendLine(
      "bytes, paste and load … as text read these; the format is detected, or named with "
        + "--format NAME:", role: .muted)
    let width = DumpFormat.allCases.map(\.rawValue.count).max() ?? 0
    for format in DumpFormat.allCases {
      output.append(format.rawValue.rightPadded(to: width), role: .label)
      output.appendLine("  " + format.example)
    }
    output.appendLine(
      "Offsets must follow on without gaps; '*' repeats the line before; words of od -x, "
        + "hexdump and gdb are read little-endian. Lines may end in \\n, \\r\\n or \\r; "
        + "colour escapes are ignored; a line that does not read is an error naming it.",
      role: .muted)
    output.appendLine(
      "A dump that starts at an address (xxd -s 0x100, gdb) keeps it: hexdump and info show "
        + "addresses from it. 'set base N' gives any bytes a base address; 'set base 0' shows "
        + "offsets again.", role: .muted)
    return output
  }

  /// `help` alone: the commands in groups, one line each, then the topics.
  static func helpOverview() -> StyledText {
    var output = StyledText()
    let width = min(40, CommandCatalog.entries.map(\.usage.count).max() ?? 0)
    var listed = Set<String>()
    var groups = HelpCatalog.groups
    let rest = CommandCatalog.entries.map(\.name).filter { name in
      !groups.contains { $0.commands.contains(name) }
    }
    if !rest.isEmpty { groups.append(("Other", rest)) }
    for (index, group) in groups.enumerated() {
      if index > 0 { output.appendLine() }
      output.appendLine(group.title, role: .label)
      for name in group.commands where listed.insert(name).inserted {
        guard let entry = CommandCatalog.entry(named: name) else { continue }
        output.append("  " + entry.usage.rightPadded(to: width))
        output.appendLine("  " + entry.summary, role: .muted)
      }
    }
    output.appendLine()
    output.appendLine("Topics", role: .label)
    for topic in HelpCatalog.topics {
      output.append("  help " + topic.name.rightPadded(to: width - 5))
      output.appendLine("  " + topic.summary, role: .muted)
    }
    output.appendLine()
    output.appendLine(
      "help COMMAND shows its NumPy equivalent and an example. Several commands on a line are "
        + "separated by ';'; '#' starts a comment.", role: .muted)
    return output
  }
}

extension Session {
  /// Runs a command whose only product is its output under `outputReaderGone`, so that the
  /// reader going away stops it as Ctrl-C would.
  func whileOutputIsRead(_ body: () throws -> CommandOutcome) throws -> CommandOutcome {
    guard let outputReaderGone else { return try body() }
    return try Cancellation.$scoped.withValue(outputReaderGone) { try body() }
  }
}
