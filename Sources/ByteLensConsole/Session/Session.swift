import ByteLensEngine

/// A bytelens session: the loaded bytes, a stack of views over them, and print options.
///
/// Give it lines or whole scripts; it returns styled output and diagnostics and never touches
/// a terminal, so a transcript test runs it in-process:
///
/// ```swift
/// let session = Session()
/// let outcome = session.run("array [1, 2, 3] as i4; tobytes")
/// print(outcome.transcript.plainText)
/// ```
///
/// Every view-changing command pushes a new view; `undo` and `redo` move along the stack. In
/// `.batch` mode view commands print nothing; in `.interactive` mode they print a one-line
/// summary of the new view.
public final class Session {
  public enum Mode: Sendable {
    case batch, interactive
  }

  public let mode: Mode
  /// NumPy's print options, changed by `set`.
  public var printOptions: PrintOptions
  /// Bytes per `hexdump` row, changed by `set width`.
  public var hexdumpWidth = 16

  /// Where commands that stream (`hexdump all`) write their text as they make it, chunk by
  /// chunk, so that a dump of a file larger than memory never holds all of its text. Nil
  /// collects everything in the command's outcome, as tests and transcripts want.
  public var liveOutput: TextSink?
  /// Raised when the reader of the output has gone away (the pipe to `head` closed). The
  /// commands whose only product is their output (`hexdump`, `tobytes`, `show`, `repr`,
  /// `export`) run under it, so they stop at once instead of working on for nobody; `save` and
  /// the view commands, which have other effects, are not stopped by it.
  public var outputReaderGone: Cancellation.Flag?
  /// Whether output is shown with colours. Without, renderers may leave out the roles of
  /// their text (a hexdump then makes each row as one plain run, twice as fast).
  public var showsColor = true
  /// The terminal's size, which `plot`, `image` and `bytemap` fill; nil (batch runs, tests)
  /// draws them at `PictureSize.standard`, so that their output never depends on a window.
  public var terminalSize: PictureSize?
  /// Whether `info`, `stats`, `find` and `guess` print one JSON document each instead of
  /// text (`bytelens --json`), for scripts. Other commands keep their text.
  public var reportsJSON = false
  /// The home directory, which a leading `~` in a path names (`load ~/data.bin`); nil leaves
  /// `~` as typed. The executable sets it from `$HOME`.
  public var homeDirectory: String?

  /// Whether the session's commands come from standard input (typed or piped), which then
  /// cannot also be read as data (`load -`, `load /dev/stdin`).
  public var standardInputHoldsCommands = false

  /// Standard input, once `load -` has read it: a stream cannot be read twice.
  var standardInputData: (any ByteSource)? = nil

  var stack: [ViewEntry] = []
  /// How many `source` commands are running inside one another.
  var sourceDepth = 0
  static let sourceDepthLimit = 16
  /// The index of the current view in `stack`; -1 when nothing is loaded.
  var cursor = -1
  /// A `paste` waiting for its lines.
  var paste: PasteState? = nil
  /// The lesson `learn` started, if any.
  var lessonState: LessonState? = nil
  /// Set while a lesson runs its own commands, which are not checked against its goal.
  var runsLessonScript = false
  /// Which lessons are solved: for the session only, unless the app hands in a store that
  /// keeps them (beside the history).
  public var lessonProgress: any LessonProgressStore = SessionLessonProgress()
  /// Set once the session has warned that the progress store cannot keep what was solved.
  var warnedProgressNotKept = false
  /// The last `guess`, for `guess apply`.
  var lastGuess: GuessRecord? = nil
  /// The last `find`, which `goto` reads.
  var lastFind: FindRecord? = nil
  /// The archive `load A.npz` listed last, and the path it was loaded by: what `info` and
  /// `guess` read until the next view is opened or the view changes.
  var listedArchive: (source: any ByteSource, path: String)? = nil
  /// Where a long command (`find` over a large source) shows how far it has got; nil shows
  /// nothing. The app sets it for interactive sessions whose standard error is a terminal.
  public var progressDisplay: ProgressDisplay? = nil

  public init(mode: Mode = .batch, printOptions: PrintOptions = PrintOptions()) {
    self.mode = mode
    self.printOptions = printOptions
  }

  /// The current view, if anything is loaded.
  public var currentView: ArrayView? { current?.view }

  var current: ViewEntry? { stack.indices.contains(cursor) ? stack[cursor] : nil }

  // MARK: Running

  /// Runs every statement of `script` in order; the lines after a `paste` are its dump, up
  /// to an empty line.
  ///
  /// - Parameters:
  ///   - keepGoing: run the rest after an error (the run still counts as failed).
  ///   - firstLine: the line number of the script's first line, for error positions.
  ///   - onOutcome: called after each statement, e.g. to write its output at once.
  public func run(
    _ script: String, keepGoing: Bool = false, firstLine: Int = 1,
    onOutcome: (Statement, CommandOutcome) -> Void = { _, _ in }
  ) -> ScriptOutcome {
    var result = ScriptOutcome(transcript: StyledText(), failures: 0, stoppedEarly: false)
    var feeder = ScriptFeeder(firstLine: firstLine)
    func report(_ statement: Statement, _ outcome: CommandOutcome) -> Bool {
      onOutcome(statement, outcome)
      result.transcript.append(outcome.transcript)
      if outcome.failed {
        result.failures += 1
        if !keepGoing {
          result.stoppedEarly = true
          return false
        }
      }
      if outcome.quits {
        result.stoppedEarly = true
        return false
      }
      return true
    }
    for line in ScriptFeeder.lines(of: script) {
      guard feeder.feed(line, to: self, report: report) else {
        cancelPaste()
        return result
      }
    }
    _ = feeder.finish(self, report: report)
    return result
  }

  /// Parses and runs one statement.
  public func execute(_ statement: Statement) -> CommandOutcome {
    let command: Command
    do {
      command = try Parser.parse(statement)
    } catch {
      return .failure(error.message, hint: error.hint)
    }
    let outcome = execute(command, text: statement.text)
    if case .paste = command { paste?.statement = statement }  // errors name its line
    return outcome
  }

  /// Runs one command. `text` is how it was written, kept for `views`. In a lesson, the
  /// view it leaves is checked against the exercise's goal.
  public func execute(_ command: Command, text: String) -> CommandOutcome {
    let before = lessonViewMark
    return checkingLesson(executeAlone(command, text: text), after: command, viewBefore: before)
  }

  private func executeAlone(_ command: Command, text: String) -> CommandOutcome {
    do {
      return try perform(command.expandingHome(homeDirectory), text: text)
    } catch let error as any UserFacingError {
      return .failure(error.message, hint: error.hint)
    } catch {
      return .failure(String(describing: error))
    }
  }

  private func perform(_ command: Command, text: String) throws -> CommandOutcome {
    switch command {
    case .load(let path, let dtype, let offset, let count):
      return try load(path, dtype: dtype, offset: offset, count: count, text: text)
    case .loadText(let path, let format):
      return try loadText(path, format: format, text: text)
    case .bytes(let dumpText, let location, let format):
      return try bytes(dumpText, location: location, format: format, text: text)
    case .paste(let format):
      return try startPaste(format: format, text: text)
    case .array(let literal, let dtype, let order):
      return try buildArray(literal, dtype: dtype, order: order, text: text)
    case .reinterpret(let dtype): return try reinterpret(as: dtype, text: text)
    case .reinterpretSource(let dtype, let offset, let count):
      return try reinterpretSource(as: dtype, offset: offset, count: count, text: text)
    case .byteOrder(let name):
      let change = ByteOrderChange(rawValue: name.rawValue) ?? .swap
      let python = "a = a.view(a.dtype.newbyteorder(\(NumpyCode.byteOrderArgument(name))))"
      let isScalar = try requireCurrent().isScalar
      return try transform(text, python: python) { view in
        // numpy views a scalar as its own dtype anew: an empty bytes_ (`|S0`) cannot be.
        guard isScalar else { return view.withByteOrder(change) }
        return try view.viewed(as: view.numpyScalarDType().newByteOrder(change))
      }
    case .byteswap:
      return try transform(text, python: "a = a.byteswap()") { try $0.byteswapped() }
    case .astype(let dtype):
      let type = try parse(dtype)
      return try transform(text, python: "a = a.astype(\(NumpyCode.dtype(type)))") {
        try $0.converted(to: type, legacy: printOptions.legacy)
      }
    case .reshape(let shape, let order):
      var arguments = PythonRepr.tuple(shape)
      if order != .C { arguments += ", order='\(order.rawValue)'" }
      let notice =
        "reshape had to copy: no strides over the same bytes give this shape, so the view is "
        + "now a copy (numpy copies too)"
      return try transform(text, python: "a = a.reshape(\(arguments))", copyNotice: notice) {
        try $0.reshaped(shape, order: memoryOrder(order))
      }
    case .transpose(let axes):
      let python = axes.map { "a = a.transpose(\(PythonRepr.tuple($0)))" } ?? "a = a.T"
      return try transform(text, python: python) { try $0.transposed(axes) }
    case .index(let expression): return try index(expression, text: text)
    case .offset(let offset): return try reread(offset: offset, count: nil, text: text)
    case .count(let count): return try reread(offset: nil, count: .some(count), text: text)
    case .copy(let order):
      let python = order == .C ? "a = a.copy()" : "a = a.copy(order='\(order.rawValue)')"
      return try transform(text, python: python) { try $0.copied(order: memoryOrder(order)) }
    case .show(let target): return try whileOutputIsRead { try show(target) }
    case .repr(let expression): return try whileOutputIsRead { try repr(expression) }
    case .info: return try info()
    case .tobytes(let order, let all):
      return try whileOutputIsRead { try tobytes(order, all: all) }
    case .save(let path, let format, let order, let replacing):
      return try save(path, format: format, order: order, replacing: replacing)
    case .export(let format): return try whileOutputIsRead { try export(format) }
    case .hexdump(let rows, let values):
      return try whileOutputIsRead { try hexdump(rows: rows, values: values) }
    case .fields: return try fields()
    case .layout: return try layout()
    case .inspect(let offset): return try inspect(at: offset)
    case .compare(let dtypes): return try compare(dtypes)
    case .explain(let index): return try explain(index)
    case .plot(let style, let size): return try plot(style, size: size)
    case .image(let size): return try image(size: size)
    case .bytemap(let size): return try bytemap(size: size)
    case .guess(let apply):
      guard let apply else { return try guess() }
      return try applyGuess(apply, text: text)
    case .find(let query, let listing):
      return try whileOutputIsRead { try find(query, listing: listing) }
    case .goto(let number): return try goto(number, text: text)
    case .stats: return try whileOutputIsRead { try stats() }
    case .hist(let bins): return try whileOutputIsRead { try hist(bins: bins) }
    case .undo: return try undo()
    case .redo: return try redo()
    case .views: return try listViews()
    case .set(let setting, let value): return try set(setting, to: value)
    case .setStyle(let style): return setStyle(style)
    case .listSettings: return listSettings()
    case .echo(let text):
      var output = StyledText()
      output.appendLine(text)
      return CommandOutcome(output: output)
    case .help(let topic): return try help(topic)
    case .quit: return CommandOutcome(quits: true)
    case .reset:
      stack.removeAll()
      cursor = -1
      lastGuess = nil
      lastFind = nil
      listedArchive = nil
      printOptions = PrintOptions()
      return CommandOutcome(output: stopLessonForReset())
    case .source(let path): return try source(path)
    case .lesson(let request): return try lesson(request)
    }
  }

  /// `source FILE`: runs the script's statements here, stopping at its first error, whose
  /// position in the file is named.
  func source(_ path: String) throws -> CommandOutcome {
    guard sourceDepth < Session.sourceDepthLimit else {
      throw SessionError.sourceTooDeep(path: path, limit: Session.sourceDepthLimit)
    }
    // One byte past the limit: enough to know that a file (or a device) is too large.
    let file = try openSource(path, limit: ScriptText.fileLimit + 1)
    let bytes = try file.bytes(in: 0..<min(file.count, ScriptText.fileLimit + 1))
    let text = try ScriptText.decode(bytes, path: path)
    sourceDepth += 1
    defer { sourceDepth -= 1 }
    var combined = CommandOutcome()
    // Through a feeder, as -f reads a script, so that a `paste` takes the lines after it.
    var feeder = ScriptFeeder()
    func report(_ statement: Statement, _ outcome: CommandOutcome) -> Bool {
      combined.output.append(outcome.output)
      combined.diagnostics.append(outcome.diagnostics)
      if outcome.failed {
        combined.failed = true
        // The innermost script's line: a nested `source` has noted it already.
        if outcome.notesScriptLine {
          combined.notesScriptLine = true
        } else {
          combined.noteScriptLine(statement, in: path)
        }
        return false
      }
      if outcome.quits {
        combined.quits = true
        return false
      }
      return true
    }
    var goesOn = true
    for line in ScriptFeeder.lines(of: text) where goesOn {
      goesOn = feeder.feed(line, to: self, report: report)
    }
    if goesOn { _ = feeder.finish(self, report: report) } else { cancelPaste() }
    return combined
  }

  // MARK: The view stack

  /// The current entry, or the error for when nothing is loaded.
  func requireCurrent() throws -> ViewEntry {
    guard let entry = current else {
      throw SessionError.nothingLoaded
    }
    return entry
  }

  /// The most views the stack keeps for `undo`; a push beyond it drops the oldest view.
  public static let historyLimit = 1000

  /// Pushes `entry` after the current view, dropping any views that `redo` could reach, and
  /// the oldest view when the stack would hold more than `historyLimit`.
  /// - Parameter notice: what an interactive session says before the summary (the format
  ///   that was recognised, say).
  func push(_ entry: ViewEntry, notice: StyledText? = nil) -> CommandOutcome {
    stack.removeSubrange((cursor + 1)...)
    stack.append(entry)
    if stack.count > Session.historyLimit {
      stack.removeFirst(stack.count - Session.historyLimit)
    }
    cursor = stack.count - 1
    var outcome = viewChanged()
    if mode == .interactive, let notice { outcome.output = notice + outcome.output }
    return outcome
  }

  /// What a view-changing command prints: nothing in batch mode, a summary interactively.
  func viewChanged() -> CommandOutcome {
    listedArchive = nil
    guard mode == .interactive, let entry = current else { return CommandOutcome() }
    return CommandOutcome(output: summary(of: entry))
  }

  func parse(_ argument: DTypeArgument) throws -> DType {
    try DType.parse(argument.text, aligned: argument.aligned)
  }

  func memoryOrder(_ layout: Command.MemoryLayout) -> MemoryOrder {
    MemoryOrder(rawValue: layout.rawValue) ?? .C
  }
}

extension Session {
  /// The interactive prompt: where you are, e.g. `bytelens <f8 (2, 3) F › `, or
  /// `bytelens › ` with nothing loaded. The order is C or F for contiguous views (C when both),
  /// `strided` otherwise.
  public var prompt: String {
    guard let view = currentView else { return "bytelens › " }
    let order = view.isCContiguous ? "C" : view.isFContiguous ? "F" : "strided"
    return "bytelens \(view.dtype.str) \(PythonRepr.tuple(view.shape)) \(order) › "
  }
}
