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
/// line and one `hint:` line, not a usage dump.
@main
enum Bytelens {
  /// Parses the command line and runs. `--help` and `--version` print their text and exit 0;
  /// a parsing error is `error: MESSAGE` and a hint on standard error, exit status 1.
  static func main() {
    let request: CommandLineOptions.Request
    do {
      request = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
      OutputChannel.standardError.send(
        "error: \(error.message)\nhint: bytelens --help lists the options\n")
      exit(1)
    }
    switch request {
    case .help:
      OutputChannel.standardOutput.send(CommandLineOptions.help + "\n")
    case .version:
      OutputChannel.standardOutput.send("bytelens \(ByteLensVersion.current)\n")
    case .run(let options):
      signal(SIGPIPE, SIG_IGN)
      exit(Runner(options: options).run())
    }
  }
}
