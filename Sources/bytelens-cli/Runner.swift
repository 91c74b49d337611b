import ByteLensConsole
import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a session for the parsed command line and returns the exit status.
///
/// Batch (`-c`, `-f`, or commands piped on standard input): view commands print nothing, the
/// first error ends the run with status 1 unless `--keep-going`. Interactive (standard input is
/// a terminal): a prompt loop in which errors are reported and the session goes on.
final class Runner {
  private let file: String?
  private let inputs: [ScriptInput]
  private let keepGoing: Bool
  private let output = OutputChannel.standardOutput
  private let errors = OutputChannel.standardError
  private let outputStyle: TerminalStyle
  private let errorStyle: TerminalStyle
  private var failures = 0
  /// Set when standard output was closed under us: stop quietly.
  private var outputClosed = false
  /// Raised by `OutputReaderWatch` when standard output is a pipe whose reader has gone.
  private var readerGone: Cancellation.Flag?
  /// Set for a batch run, which Ctrl-C ends; at the prompt it stops one command.
  private var isBatch = false
  /// `--json`: info, stats, find and guess print JSON.
  private let reportsJSON: Bool

  init(options: CommandLineOptions) {
    file = options.file
    inputs = options.inputs
    keepGoing = options.keepGoing
    reportsJSON = options.json
    outputStyle = TerminalStyle(choice: options.color, channel: .standardOutput)
    errorStyle = TerminalStyle(choice: options.color, channel: .standardError)
  }

  func run() -> Int32 {
    let standardInput = OutputChannel(descriptor: 0)
    var interactive = inputs.isEmpty && standardInput.isTerminal
    // `cmd | bytelens -` with no commands: the data comes first, then the keyboard.
    let dataThenKeyboard = inputs.isEmpty && file.map(Runner.namesStandardInput) == true
    if dataThenKeyboard {
      guard !standardInput.isTerminal, OutputChannel.standardOutput.isTerminal else {
        let which = standardInput.isTerminal ? "the terminal" : "a pipe"
        errors.send(
          errorStyle.render(
            CommandOutcome.failure(
              "'\(file ?? "-")' reads data from standard input, which is \(which), and no "
                + "commands were given",
              hint: standardInput.isTerminal
                ? "pipe the bytes in (cmd | bytelens -) or give commands with -c"
                : "give the commands with -c or -f: cmd | bytelens - -c 'hexdump'"
            ).diagnostics))
        return 1
      }
      interactive = true
    }
    let session = Session(mode: interactive ? .interactive : .batch)
    Interrupts.installTermination()
    session.standardInputHoldsCommands = inputs.isEmpty && !dataThenKeyboard
    if !interactive {
      Interrupts.installForBatch()
      isBatch = true
    }
    session.showsColor = outputStyle.usesColor
    session.terminalSize = TerminalSize.current()
    session.reportsJSON = reportsJSON
    session.homeDirectory = Environment.value("HOME")
    // Long renderings (hexdump all) write chunk by chunk as they go, never all at once, and
    // stop when the reader of a pipe goes away.
    readerGone = OutputReaderWatch.start()
    session.outputReaderGone = readerGone
    // Long renderings (hexdump all) write chunk by chunk as they go, never all at once.
    session.liveOutput = { [unowned self] text in
      guard self.output.send(self.outputStyle.render(text)) else {
        self.outputClosed = true
        throw OutputClosedError()
      }
    }
    // A long search shows how far it has got on the terminal's standard error, and only
    // there: batch output and transcripts never hold the line.
    if interactive && errors.isTerminal {
      let channel = errors
      session.progressDisplay = ProgressDisplay(
        show: { channel.send("\r\u{1B}[K" + $0) }, clear: { channel.send("\r\u{1B}[K") })
    }
    if let file {
      let outcome = session.execute(
        .load(path: file, dtype: nil, offset: nil, count: nil), text: "load \(file)")
      // A batch run without its file has nothing to do; at the prompt the error is shown and
      // the session goes on.
      guard report(outcome, stopOnError: !interactive) || interactive else { return exitStatus }
    }
    if dataThenKeyboard {
      guard Runner.takeKeyboardAsStandardInput() else {
        errors.send("error: cannot open the terminal (/dev/tty) to read commands from\n")
        return 1
      }
      session.standardInputHoldsCommands = true
    }
    if interactive {
      // Lessons solved at the prompt are kept beside the history; batch runs keep none.
      if let directory = HistoryFile.stateDirectory() {
        session.lessonProgress = LessonProgressFile(path: directory + "/lessons")
      }
      InteractiveLoop(session: session, runner: self).run()
      return 0
    }
    if inputs.isEmpty {
      runStandardInput(session)
    } else {
      for input in inputs {
        guard runInput(input, session) else { break }
      }
    }
    return exitStatus
  }

  /// 130 after Ctrl-C stopped a batch run (as a shell reports SIGINT), 1 after an error or a
  /// closed output, 0 otherwise.
  private var exitStatus: Int32 {
    if outputClosed { return 1 }
    if isBatch && Cancellation.isRequested { return 130 }
    return failures > 0 ? 1 : 0
  }

  /// Whether the file argument is standard input: `-`, or a path that leads to it
  /// (`/dev/stdin`, `/proc/self/fd/0`).
  static func namesStandardInput(_ path: String) -> Bool {
    if path == "-" { return true }
    guard let identity = FileIdentity(path: path) else { return false }
    return identity == ByteSourceOpener.standardInputIdentity
  }

  /// Once piped data has been read, makes the terminal standard input, so the session can
  /// read commands from the keyboard (as `less` does).
  private static func takeKeyboardAsStandardInput() -> Bool {
    let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
    guard terminal >= 0 else { return false }
    defer { close(terminal) }
    return dup2(terminal, 0) == 0
  }

  /// Runs one `-c` or `-f` input. Returns whether to go on with the next.
  private func runInput(_ input: ScriptInput, _ session: Session) -> Bool {
    switch input {
    case .commands(let text):
      return runScript(text, firstLine: 1, session, stopOnError: !keepGoing)
    case .file(let path):
      do {
        let text = try readTextFile(path)
        return runScript(text, firstLine: 1, session, stopOnError: !keepGoing, path: path)
      } catch {
        return report(.failure(error.message, hint: error.hint), stopOnError: !keepGoing)
      }
    }
  }

  /// Reads standard input line by line, so that output follows input through a pipe; a
  /// statement open in brackets continues on the next line, and the lines after `paste` are
  /// its dump.
  ///
  /// A line must be text (UTF-8, no NUL) of at most `ScriptText.lineLimit` bytes; a longer
  /// one ends the run, even with `--keep-going`, since its end may never come.
  private func runStandardInput(_ session: Session) {
    var feeder = ScriptFeeder()
    var lines = StandardInputLines(limit: ScriptText.lineLimit)
    while let next = lines.next() {
      let number = feeder.lineNumber + 1
      guard case .line(let bytes) = next else {
        let error = ScriptText.lineTooLong(number: number)
        _ = report(.failure(error.message, hint: error.hint), stopOnError: true)
        return
      }
      let line: String
      do {
        line = try ScriptText.line(bytes, number: number)
      } catch let error as any UserFacingError {
        // The line is skipped: it counts as a failed command.
        feeder.skipLine()
        guard report(.failure(error.message, hint: error.hint), stopOnError: !keepGoing) else {
          return
        }
        continue
      } catch {
        return
      }
      guard feeder.feed(line, to: session, report: { report($1, stopOnError: !keepGoing) }) else {
        return
      }
    }
    _ = feeder.finish(session) { report($1, stopOnError: !keepGoing) }
  }

  /// Runs the statements of `text` (a `-c` argument or a script file). Returns whether to
  /// go on.
  /// - Parameter path: the script file's path: an error then names the file and line, as
  ///   `source` does.
  func runScript(
    _ text: String, firstLine: Int, _ session: Session, stopOnError: Bool, path: String? = nil
  ) -> Bool {
    var feeder = ScriptFeeder(firstLine: firstLine)
    let reportNamingLine = { (statement: Statement, outcome: CommandOutcome) -> Bool in
      var outcome = outcome
      if let path, outcome.failed { outcome.noteScriptLine(statement, in: path) }
      return self.report(outcome, stopOnError: stopOnError)
    }
    for line in ScriptFeeder.lines(of: text) {
      guard feeder.feed(line, to: session, report: reportNamingLine) else {
        session.cancelPaste()
        return false
      }
    }
    return feeder.finish(session, report: reportNamingLine)
  }

  /// Writes an outcome: output to standard output and diagnostics to standard error, each with
  /// one write. Returns whether to go on.
  func report(_ outcome: CommandOutcome, stopOnError: Bool) -> Bool {
    // The reader went away: a command that printed, or that stopped because nobody reads
    // (hexdump all), ends the run quietly. One with nothing to print (a view, a load) does
    // not, so that a later command with another effect (save) still runs.
    if readerGone?.isRequested == true, !outcome.output.isEmpty || outcome.failed {
      outputClosed = true
    }
    if outputClosed { return false }
    if !outcome.output.isEmpty, !output.send(outputStyle.render(outcome.output)) {
      outputClosed = true
      return false
    }
    if !outcome.diagnostics.isEmpty {
      errors.send(errorStyle.render(outcome.diagnostics))
    }
    if outcome.failed {
      failures += 1
      // Ctrl-C ends a batch run, even with --keep-going.
      if stopOnError || (isBatch && Cancellation.isRequested) { return false }
    }
    return !outcome.quits
  }

  /// Writes styled text to standard output (the prompt).
  func write(_ text: StyledText) {
    output.send(outputStyle.render(text))
  }
}

/// Thrown into a streaming command when standard output has been closed.
struct OutputClosedError: Error {}
