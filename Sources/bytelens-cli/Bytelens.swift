import ArgumentParser
import ByteLensConsole

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `bytelens` executable: flags, terminal detection, and the choice between a batch run and
/// an interactive session. Everything else lives in ByteLensConsole.
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

  @Option(
    name: [.customShort("c"), .customLong("command")],
    help: ArgumentHelp(
      "Commands to run, separated by ';' (repeatable).", valueName: "commands"))
  var commands: [String] = []

  @Option(
    name: [.customShort("f"), .customLong("script")],
    help: ArgumentHelp("A file of commands to run (repeatable).", valueName: "script"))
  var scripts: [String] = []

  @Flag(help: "Run every command even after an error; exit status 1 at the end if any failed.")
  var keepGoing = false

  @Option(help: "Colour the output: auto (when writing to a terminal), always or never.")
  var color: ColorChoice = .auto

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let status = Runner(options: self).run()
    if status != 0 { throw ExitCode(status) }
  }
}

extension ColorChoice: ExpressibleByArgument {}
