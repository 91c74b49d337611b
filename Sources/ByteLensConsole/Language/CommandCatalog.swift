/// The command names of the language, their aliases, and a one-line usage for each.
///
/// Used by the parser (for "did you mean"), by `help`, and later by completion.
public enum CommandCatalog {
  public struct Entry: Sendable {
    public let name: String
    public let aliases: [String]
    public let usage: String
    public let summary: String
  }

  public static let entries: [Entry] = [
    Entry(
      name: "load", aliases: [], usage: "load PATH [as DTYPE] [at OFFSET] [count N]",
      summary: "open a file lazily (.npy, .npz, A.npz:NAME, length-prefixed header); 'as text': a dump"),
    Entry(
      name: "bytes", aliases: [], usage: "bytes [--format NAME] TEXT",
      summary: "bytes from hex or a dump: xxd, hexdump, od, b'..', {0x01}, base64 (help dumps)"),
    Entry(
      name: "paste", aliases: [], usage: "paste [--format NAME]",
      summary: "read the lines that follow, up to an empty line, as a dump"),
    Entry(
      name: "array", aliases: [], usage: "array VALUES [as DTYPE] [order C|F|A|K]",
      summary: "np.array(VALUES, dtype=DTYPE, order=…)"),
    Entry(
      name: "reinterpret", aliases: ["as", "view"],
      usage: "reinterpret as DTYPE [at OFFSET] [count N]",
      summary: "the same bytes under another dtype (a.view(DTYPE)); with at/count, the "
        + "source read again (np.frombuffer)"),
    Entry(
      name: "byteorder", aliases: ["newbyteorder"], usage: "byteorder little|big|native|swap",
      summary: "the same bytes, another byte order (a.view(a.dtype.newbyteorder(…)))"),
    Entry(
      name: "byteswap", aliases: [], usage: "byteswap",
      summary: "new bytes with each scalar reversed, dtype kept"),
    Entry(
      name: "astype", aliases: [], usage: "astype DTYPE",
      summary: "the same values in new bytes of another dtype"),
    Entry(
      name: "reshape", aliases: [], usage: "reshape 2,3 [C|F|A]",
      summary: "a new shape over the same elements; one dimension may be -1"),
    Entry(
      name: "transpose", aliases: ["T"], usage: "transpose [AXES]",
      summary: "reverse or permute the axes"),
    Entry(
      name: "[", aliases: [], usage: "[1:, ::2]  [0, ..., 1]  ['value']  [None]",
      summary: "NumPy indexing: integers, slices, ..., new axes, field names"),
    Entry(
      name: "offset", aliases: [], usage: "offset N",
      summary: "read the source again from byte N with the current dtype"),
    Entry(
      name: "count", aliases: [], usage: "count N|all",
      summary: "read N elements of the current dtype from the source"),
    Entry(
      name: "copy", aliases: [], usage: "copy [C|F|A|K]",
      summary: "a contiguous copy in that memory order"),
    Entry(
      name: "show", aliases: [], usage: "show [all|[i,j]]",
      summary: "numpy's str() of the view, of all of it, or of one element"),
    Entry(
      name: "repr", aliases: [], usage: "repr [[i,j]]",
      summary: "numpy's repr() of the view or of one element"),
    Entry(
      name: "info", aliases: [], usage: "info",
      summary: "dtype, shape, strides, offset, nbytes, flags and source"),
    Entry(
      name: "tobytes", aliases: [], usage: "tobytes [all] [C|F|A|K]",
      summary: "the bytes of a.tobytes(order) as a Python bytes literal; over 1 MiB with all"),
    Entry(
      name: "save", aliases: ["save!"], usage: "save[!] PATH [raw|npy|meta] [order C|F]",
      summary: "write tobytes(order), .npy, or the length-prefixed header; save! replaces"),
    Entry(
      name: "export", aliases: [], usage: "export numpy|c|struct|json",
      summary: "numpy code rebuilding the view, a C struct, a struct format, JSON values"),
    Entry(
      name: "hexdump", aliases: [], usage: "hexdump [ROWS|all] [values]",
      summary: "the bytes of the view, its elements, fields, padding and gaps marked"),
    Entry(
      name: "fields", aliases: [], usage: "fields",
      summary: "the fields of the dtype: offsets, sizes, alignment, padding, a byte ruler"),
    Entry(
      name: "layout", aliases: [], usage: "layout",
      summary: "the byte offset of every index, the memory order, C beside F"),
    Entry(
      name: "inspect", aliases: [], usage: "inspect [OFFSET]",
      summary: "the bytes at OFFSET as every type, little- and big-endian, float bits"),
    Entry(
      name: "compare", aliases: [], usage: "compare DTYPE [DTYPE …]",
      summary: "the same bytes under several dtypes, side by side"),
    Entry(
      name: "explain", aliases: [], usage: "explain [[i, j]]",
      summary: "one element step by step: offset, bytes, byte order, bits, value"),
    Entry(
      name: "plot", aliases: [], usage: "plot [braille|blocks] [COLSxROWS]",
      summary: "the values as a line chart: min and max of each column, nan skipped"),
    Entry(
      name: "image", aliases: [], usage: "image [COLSxROWS]",
      summary: "a 2-D view as a heatmap, auto-scaled, shrunk to the screen"),
    Entry(
      name: "bytemap", aliases: [], usage: "bytemap [COLSxROWS]",
      summary: "the whole source as cells of zeros, text, random bytes, small integers"),
    Entry(
      name: "guess", aliases: [], usage: "guess [apply N]",
      summary: "rank readings of the view's bytes: format, dtype, byte order, offset, rows, "
        + "records; apply N runs one"),
    Entry(
      name: "find", aliases: [],
      usage: "find b'..'|\"TEXT\"|HEX…|VALUE as DTYPE [tol T] [all|count]",
      summary: "search the whole source for bytes, text or a value at every byte offset"),
    Entry(
      name: "goto", aliases: [], usage: "goto [N]",
      summary: "a view from the Nth hit of the last find (1 first, -1 last)"),
    Entry(
      name: "stats", aliases: [], usage: "stats",
      summary: "count, min, max, mean, std, nan/inf/zero/subnormal counts, a range sketch"),
    Entry(
      name: "hist", aliases: [], usage: "hist [BINS]",
      summary: "np.histogram of the finite values as bars with counts (10 bins unless BINS)"),
    Entry(
      name: "undo", aliases: [], usage: "undo",
      summary: "go back to the previous view; the last \(Session.historyLimit) are kept"),
    Entry(name: "redo", aliases: [], usage: "redo", summary: "go forward again after undo"),
    Entry(name: "views", aliases: [], usage: "views", summary: "the stack of views"),
    Entry(
      name: "set", aliases: [],
      usage: "set [linewidth|threshold|edgeitems|precision|width|base N | suppress on|off | "
        + "floatmode MODE | sign -|+|' ' | nanstr|infstr TEXT | formatter KEY hex|oct|bin|none | "
        + "legacy VERSION|false]",
      summary: "print options (np.set_printoptions), hexdump's width, the address of the "
        + "bytes' first byte (base); alone, list them"),
    Entry(name: "echo", aliases: [], usage: "echo TEXT", summary: "print TEXT"),
    Entry(name: "help", aliases: [], usage: "help [COMMAND]", summary: "this list"),
    Entry(name: "quit", aliases: ["exit"], usage: "quit", summary: "end the session"),
    Entry(
      name: "reset", aliases: [], usage: "reset",
      summary: "forget every view and source, and stop a lesson; default print options"),
    Entry(
      name: "source", aliases: [], usage: "source FILE",
      summary: "run the commands in FILE, stopping at its first error"),
    Entry(
      name: "learn", aliases: [], usage: "learn [N [solution]|next]",
      summary: "lessons on memory layout with exercises the session checks; alone, the list"),
    Entry(name: "hint", aliases: [], usage: "hint", summary: "the next hint for the lesson's exercise"),
    Entry(name: "skip", aliases: [], usage: "skip", summary: "on to the next lesson, unsolved"),
    Entry(name: "back", aliases: [], usage: "back", summary: "the lesson before this one"),
  ]

  /// Every name and alias a command line may start with.
  public static let allNames: [String] = entries.flatMap { [$0.name] + $0.aliases }
    .filter { $0 != "[" }

  /// The entry for a name or alias.
  public static func entry(named name: String) -> Entry? {
    entries.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// The usage line for a name or alias.
  static func usage(of name: String) -> String {
    guard let entry = entry(named: name) else { return name }
    if entry.name == name || name == "T" { return entry.usage }
    // Show the alias's own spelling: `as DTYPE`, `view DTYPE`.
    switch name {
    case "as", "view": return "\(name) DTYPE [at OFFSET] [count N]"
    default: return entry.usage.replacingFirstWord(with: name)
    }
  }
}

extension String {
  fileprivate func replacingFirstWord(with word: String) -> String {
    guard let space = firstIndex(of: " ") else { return word }
    return word + self[space...]
  }
}
