import ByteLensEngine

/// A parsed command of the bytelens language.
///
/// Commands are syntax only: numbers are read and checked, dtypes are kept as text for the
/// engine to parse, and nothing refers to a session.
public enum Command: Hashable, Sendable {
  /// `load PATH [as DT] [at OFF] [count N]`
  case load(path: String, dtype: DTypeArgument?, offset: Int?, count: Int?)
  /// `load PATH as text [--format NAME]`: a text dump read from a file.
  case loadText(path: String, format: DumpFormat?)
  /// `bytes [--format NAME] TEXT`: hex or a dump in any format `TextDump` reads, detected
  /// unless named; `location` is where the text starts, for error columns.
  case bytes(text: String, location: SourceLocation, format: DumpFormat? = nil)
  /// `paste [--format NAME]`: the lines that follow, up to an empty line, are a dump.
  case paste(format: DumpFormat?)
  /// `array VALUES [as DT] [order C|F|A|K]`
  case array(literal: String, dtype: DTypeArgument?, order: MemoryLayout)
  /// `reinterpret as DT`, `as DT`, `view DT`: `a.view(DT)`
  case reinterpret(DTypeArgument)
  /// `as DT at OFF count N` (either word, or both): `np.frombuffer(source, DT, N, OFF)`
  case reinterpretSource(DTypeArgument, offset: Int?, count: Int?)
  /// `byteorder little|big|native|swap`
  case byteOrder(ByteOrderName)
  /// `byteswap`
  case byteswap
  /// `astype DT`
  case astype(DTypeArgument)
  /// `reshape 2,3 [C|F|A]`
  case reshape(shape: [Int], order: MemoryLayout)
  /// `transpose [axes]`, `T`
  case transpose(axes: [Int]?)
  /// `[1:, ::2]` and the rest of NumPy's basic indexing.
  case index(IndexExpression)
  /// `offset N`
  case offset(Int)
  /// `count N`; nil (`count all`, `count -1`) reads to the end.
  case count(Int?)
  /// `copy [C|F|A|K]`
  case copy(MemoryLayout)
  /// `show`, `show all`, `show [i,j]`
  case show(ShowTarget)
  /// `repr`, `repr [i,j]`
  case repr(IndexExpression?)
  /// `info`
  case info
  /// `tobytes [all] [C|F|A|K]`; `all` streams a view of any size.
  case tobytes(MemoryLayout, all: Bool = false)
  /// `save[!] PATH [raw|npy|meta] [order C|F]`; `save!` may replace an existing file.
  case save(path: String, format: SaveFormat?, order: MemoryLayout?, replacing: Bool)
  /// `export numpy|c|struct|json`
  case export(ExportFormat)
  /// `hexdump [N|all] [values]`: the bytes the view spans, its structure marked.
  case hexdump(rows: HexdumpRows, values: Bool)
  /// `fields`: the fields of the dtype, their offsets and padding, and a byte ruler.
  case fields
  /// `layout`: the byte offset of every index, C beside F.
  case layout
  /// `inspect [OFFSET]`: the bytes at one offset read as every type, in both byte orders.
  case inspect(offset: Int?)
  /// `compare DT DT …`: the same bytes under several dtypes.
  case compare([DTypeArgument])
  /// `explain [i, j]`: one element's offset, bytes, bits and value.
  case explain(IndexExpression?)
  /// `plot [braille|blocks] [COLSxROWS]`: the values as a line chart; the size is the screen's
  /// unless given.
  case plot(PlotRenderer.Style, size: PictureSize?)
  /// `image [COLSxROWS]`: a 2-D view as a heatmap.
  case image(size: PictureSize?)
  /// `bytemap [COLSxROWS]`: the whole source, block by block, by the class of its bytes.
  case bytemap(size: PictureSize?)
  /// `guess`: ranked readings of the view's bytes; `guess apply N` runs the Nth one's commands.
  case guess(apply: Int?)
  /// `find PATTERN [as DTYPE [tol T]] [all|count]`: search the whole source for bytes or a
  /// value.
  case find(FindQuery, listing: FindListing)
  /// `goto [N]`: a view from the Nth hit of the last `find` (1 when not given, -1 the last).
  case goto(Int)
  /// `stats`: count, min, max, mean, std and value classes of a numeric view (per field).
  case stats
  /// `hist [BINS]`: `np.histogram` of the finite values, drawn as bars.
  case hist(bins: Int?)
  /// `undo`
  case undo
  /// `redo`
  case redo
  /// `views`: the view stack.
  case views
  /// `set NAME VALUE`
  case set(PrintSetting, Int)
  /// `set floatmode|sign|nanstr|infstr|formatter VALUE`: a print option whose value is a word.
  case setStyle(PrintStyle)
  /// `set` alone: the current values.
  case listSettings
  /// `echo TEXT`
  case echo(String)
  /// `help [topic]`
  case help(String?)
  /// `quit`, `exit`
  case quit
  /// `reset`: forget every loaded source and view, and restore the default print options.
  case reset
  /// `source FILE`: run the commands of a script file in this session.
  case source(path: String)
  /// `learn [N [solution]|next]`, `hint`, `skip`, `back`: the lessons.
  case lesson(LessonRequest)

  /// What a lesson command asks for.
  public enum LessonRequest: Hashable, Sendable {
    /// `learn`: the list, solved ones marked.
    case list
    /// `learn N`: lesson N (from 1); `learn N solution` plays its solution too.
    case start(Int, playingSolution: Bool)
    /// `learn next`: the lesson after the current one, or the first unsolved.
    case next
    /// `hint`: the exercise's next hint.
    case hint
    /// `skip`: on to the next lesson without solving this one.
    case skip
    /// `back`: the lesson before this one.
    case back
  }

  /// A memory order argument, NumPy's `order=`.
  public enum MemoryLayout: String, Hashable, Sendable, CaseIterable {
    case C, F, A, K
  }

  /// What `save` writes.
  public enum SaveFormat: String, Hashable, Sendable, CaseIterable {
    /// `tobytes(order)`, nothing else.
    case raw
    /// A `.npy` file, as `np.save` writes it.
    case npy
    /// The tutorial's length-prefixed header, then the bytes.
    case meta
  }

  /// What `export` prints.
  public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    /// Python code that rebuilds the view with numpy.
    case numpy
    /// C declarations with the same layout.
    case c
    /// A Python `struct` format string for one element.
    case `struct`
    /// The values as JSON.
    case json
  }

  /// The argument of `byteorder`.
  public enum ByteOrderName: String, Hashable, Sendable, CaseIterable {
    case little, big, native, swap
  }

  /// How many rows `hexdump` shows.
  public enum HexdumpRows: Hashable, Sendable {
    /// A screenful, then a line saying how to see more.
    case screenful
    /// The first N rows.
    case count(Int)
    /// Every row, streamed.
    case all
  }

  /// What `show` prints.
  public enum ShowTarget: Hashable, Sendable {
    /// NumPy's `str(a)` under the current print options.
    case view
    /// `str(a)` with no summarisation.
    case all
    /// `str(a[index])`.
    case element(IndexExpression)
  }

  /// A print option that `set` changes, as `np.set_printoptions` does.
  public enum PrintSetting: String, Hashable, Sendable, CaseIterable {
    case linewidth, threshold, edgeitems, precision
    /// On (1) or off (0).
    case suppress
    /// Bytes per `hexdump` row.
    case width
    /// The address of the current source's first byte, for `hexdump` and `info`.
    case base
  }

  /// A print option whose value is a word or text, as `np.set_printoptions` takes it.
  public enum PrintStyle: Hashable, Sendable {
    case floatmode(PrintOptions.FloatMode)
    case sign(PrintOptions.Sign)
    case nanstr(String)
    case infstr(String)
    /// `nil`: no formatter (`set formatter none`, `set formatter int none`).
    case formatter(PrintOptions.IntegerFormatter?)
    /// numpy's legacy print mode as numpy keeps it (`PrintOptions.legacy`).
    case legacy(Int)

    /// The names `set` takes for these options.
    public static let names = ["floatmode", "sign", "nanstr", "infstr", "formatter", "legacy"]
  }

  /// Whether the command makes a new view (and so pushes onto the view stack).
  public var changesView: Bool {
    switch self {
    case .load, .loadText, .bytes, .paste, .array, .reinterpret, .reinterpretSource, .byteOrder, .byteswap, .astype, .reshape,
      .transpose, .index, .offset, .count, .copy, .goto:
      return true
    default:
      return false
    }
  }
}
