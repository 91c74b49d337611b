import ByteLensEngine

/// The command line, parsed: the file, the `-c` and `-f` inputs in the order given, and the
/// flags.
///
/// A small parser of our own rather than a library: bytelens has six options, and the argument
/// parser it used before found them by reflection and pulled in Foundation, which together
/// cost more at every launch (some milliseconds) than a small dump takes.
struct CommandLineOptions: Equatable {
  /// A file to load before any command.
  var file: String?
  /// The `-c` and `-f` values, in command-line order.
  var inputs: [ScriptInput] = []
  var keepGoing = false
  var json = false
  var color: ColorChoice = .auto

  /// What the command line asks for.
  enum Request: Equatable {
    case run(CommandLineOptions)
    case help
    case version
  }

  /// Parses the arguments after the program's name.
  ///
  /// The value of `-c` and `-f` is the next argument whatever it is (`-c -1` runs the command
  /// `-1`); `--name=value` works for every option with a value; `--` ends the options.
  /// - Throws: an unknown option, a missing or invalid value, or a second file.
  static func parse(_ arguments: [String]) throws(CommandLineError) -> Request {
    var options = CommandLineOptions()
    var index = 0
    var optionsEnded = false
    func take(_ file: String) throws(CommandLineError) {
      guard options.file == nil else {
        throw CommandLineError("unexpected argument \(quoted(file))")
      }
      options.file = file
    }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        try take(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      // `--name=value` for a long option; a value is otherwise the next argument.
      let (name, attached) = split(argument)
      func value(_ placeholder: String, anything: Bool) throws(CommandLineError) -> String {
        if let attached { return attached }
        guard index < arguments.count, anything || !arguments[index].hasPrefix("-") else {
          throw CommandLineError("missing value for \(quoted("\(name) <\(placeholder)>"))")
        }
        index += 1
        return arguments[index - 1]
      }
      func noValue() throws(CommandLineError) {
        guard attached == nil else {
          throw CommandLineError(
            "the option \(quoted(name)) does not take any value, but \(quoted(attached!)) was given")
        }
      }
      switch name {
      case "-c", "--command":
        options.inputs.append(.commands(try value("commands", anything: true)))
      case "-f", "--script":
        options.inputs.append(.file(try value("script", anything: true)))
      case "--keep-going":
        try noValue()
        options.keepGoing = true
      case "--json":
        try noValue()
        options.json = true
      case "--color":
        let given = try value("color", anything: false)
        guard let color = ColorChoice(rawValue: given) else {
          throw CommandLineError(
            "the value \(quoted(given)) is invalid for \(quoted("--color <color>")): "
              + "expected 'auto', 'always' or 'never'")
        }
        options.color = color
      case "-h", "--help":
        return .help
      case "--version":
        return .version
      default:
        throw CommandLineError("unknown option \(quoted(name))")
      }
    }
    return .run(options)
  }

  /// A long option's name and the value after its `=`, if any; other arguments whole.
  private static func split(_ argument: String) -> (name: String, value: String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }

  /// A user's argument in quotes, control characters escaped (it is echoed to a terminal).
  private static func quoted(_ text: String) -> String {
    "'\(PythonRepr.escaped(text))'"
  }

  /// `bytelens --help`.
  static let help = """
    OVERVIEW: Show raw bytes the way NumPy reads them: dtypes, byte orders, shapes,
    strides.

    With -c or -f, or with commands piped on standard input, bytelens runs them and
    exits: view commands print nothing, so the output is exactly what was asked
    for. The first error stops the run with exit status 1, unless --keep-going.
    Otherwise bytelens reads commands interactively; type 'help' for the list.

    Examples:
      bytelens data.bin -c 'as <f8; reshape 2,-1; repr'
      bytelens -c 'array [1,2,3,4,5] as i4; tobytes'
      echo 'bytes 00 00 80 3f; as <f4; show' | bytelens

    USAGE: bytelens [<file>] [--command <commands> ...] [--script <script> ...] [--keep-going] [--json] [--color <color>]

    ARGUMENTS:
      <file>                  A file to load: 'load FILE' before any command.

    OPTIONS:
      -c, --command <commands>
                              Commands to run, separated by ';' (repeatable).
      -f, --script <script>   A file of commands to run (repeatable).
      --keep-going            Run every command even after an error; exit status 1
                              at the end if any failed.
      --json                  Print info, stats, find and guess as one JSON
                              document each, one a line, for scripts.
      --color <color>         Colour the output: auto (when writing to a terminal),
                              always or never. (values: auto, always, never;
                              default: auto)
      --version               Show the version.
      -h, --help              Show help information.

    """
}
