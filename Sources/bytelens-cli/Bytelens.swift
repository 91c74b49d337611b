import ArgumentParser
import ByteLensConsole
import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `bytelens` executable: flags, terminal detection, and the choice between a batch run and
/// an interactive session. Everything else lives in ByteLensConsole.
///
/// A command line it cannot parse is a failure like any other: exit status 1 with one `error:`
/// line and one `hint:` line, not the argument parser's usage dump (see `main`).
@main
struct Bytelens: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bytelens",
    abstract: "Show raw bytes the way NumPy reads them: dtypes, byte orders, shapes, strides.",
    discussion: """
      With -c or -f, or with commands piped on standard input, bytelens runs them and exits: \
      view commands print nothing, so the output is exactly what was asked for. The first \
      error stops the run with exit status 1, unless --keep-going. Otherwise bytelens reads \
      commands interactively; type 'help' for the list.

      Examples:
        bytelens data.bin -c 'as <f8; reshape 2,-1; repr'
        bytelens -c 'array [1,2,3,4,5] as i4; tobytes'
        echo 'bytes 00 00 80 3f; as <f4; show' | bytelens
      """,
    version: "bytelens \(ByteLensVersion.current)")

  @Argument(help: "A file to load: 'load FILE' before any command.")
  var file: String?

  // Unconditional: the value of -c is taken as it is, even when it starts with '-' (-c -1).
  @Option(
    name: [.customShort("c"), .customLong("command")],
    parsing: .unconditionalSingleValue,
    help: ArgumentHelp(
      "Commands to run, separated by ';' (repeatable).", valueName: "commands"))
  var commands: [String] = []

  @Option(
    name: [.customShort("f"), .customLong("script")],
    parsing: .unconditionalSingleValue,
    help: ArgumentHelp("A file of commands to run (repeatable).", valueName: "script"))
  var scripts: [String] = []

  @Flag(help: "Run every command even after an error; exit status 1 at the end if any failed.")
  var keepGoing = false

  @Flag(
    help: "Print info, stats, find and guess as one JSON document each, one a line, for scripts.")
  var json = false

  @Option(help: "Colour the output: auto (when writing to a terminal), always or never.")
  var color: ColorChoice = .auto

  /// Parses the command line and runs. `--help` and `--version` print their text and exit 0;
  /// any other parsing error is `error: MESSAGE` and a hint on standard error, exit status 1.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    var command: Bytelens
    do {
      command = try parse(arguments)
    } catch {
      guard exitCode(for: error) == .success else {
        let firstLine = message(for: error).split(separator: "\n").first ?? ""
        var text = String(firstLine.hasPrefix("Error: ") ? firstLine.dropFirst(7) : firstLine)
        // bytelens's messages start in lower case ("unknown option '--nope'").
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
          text = first.lowercased() + text.dropFirst()
        }
        OutputChannel.standardError.send(
          "error: \(PythonRepr.escaped(text))\nhint: bytelens --help lists the options\n")
        terminate(1)
      }
      OutputChannel.standardOutput.send(fullMessage(for: error) + "\n")
      terminate(0)
    }
    do {
      try command.run()
    } catch {
      terminate(exitCode(for: error).rawValue)
    }
  }

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let status = Runner(options: self).run()
    if status != 0 { throw ExitCode(status) }
  }
}

extension ColorChoice: ExpressibleByArgument {}

/// Ends the process with `status` (the C library's `exit`, which `Bytelens`'s own members
/// would otherwise shadow).
private func terminate(_ status: Int32) -> Never {
  exit(status)
}
