/// What `help` says: the commands in groups, each command's NumPy equivalent and an example
/// whose output is computed when asked (so it is always real), and topics.
public enum HelpCatalog {
  public struct Detail: Sendable {
    /// The NumPy spelling of the command.
    public let numpy: String
    /// A script to run in a fresh session; its output is shown beneath it.
    public let example: String
    /// False for examples that need a file or a terminal: they are shown, not run.
    public var runs = true
    /// What the command guarantees beyond its summary, a line each.
    public var notes: [String] = []

    init(numpy: String, example: String, runs: Bool = true, notes: [String] = []) {
      self.numpy = numpy
      self.example = example
      self.runs = runs
      self.notes = notes
    }
  }

  /// The groups of `help`, in order. A command missing here is listed under "other".
  public static let groups: [(title: String, commands: [String])] = [
    ("Bytes in", ["load", "bytes", "paste", "array", "offset", "count"]),
    (
      "Views of the same bytes",
      ["reinterpret", "byteorder", "reshape", "transpose", "[", "undo", "redo", "views"]
    ),
    ("New bytes", ["byteswap", "astype", "copy"]),
    ("Looking", ["show", "repr", "info", "tobytes"]),
    ("Seeing the bytes", ["hexdump", "fields", "layout", "inspect", "compare", "explain"]),
    ("What is this?", ["guess", "find", "goto", "stats"]),
    ("Pictures", ["plot", "hist", "image", "bytemap"]),
    ("Bytes out", ["save", "export"]),
    ("Session", ["set", "echo", "source", "reset", "help", "quit"]),
    ("Lessons", ["learn", "hint", "skip", "back"]),
  ]

  public static let details: [String: Detail] = [
    "load": Detail(
      numpy: "np.frombuffer(open(PATH, 'rb').read(), DTYPE, count=N, offset=OFFSET)",
      example: "load samples/matrix-2x3-f4.bin as <f4 at 0 count 6; reshape 2,3; show", runs: false),
    "bytes": Detail(
      numpy: "bytes.fromhex('01 02 ff')",
      example: "bytes 00000000: 4865 6c6c 6f  Hello; as S5; show"),
    "paste": Detail(
      numpy: "bytes.fromhex(...) of a dump", example: "paste   (then the dump's lines, then an empty line)",
      runs: false),
    "save": Detail(
      numpy: "np.save(PATH, a), a.tofile(PATH)", example: "save! /tmp/matrix.npy npy", runs: false,
      notes: [
        "The bytes go to a temporary file beside PATH, which then takes PATH's name at once:",
        "a reader never sees half a file, and a save that fails or is stopped (Ctrl-C, kill)",
        "leaves PATH as it was and removes the temporary file (kill -9 cannot be caught: then",
        "a .NAME.bytelens-XXXXXX may stay, but PATH is never partly written).",
        "save never writes over an existing file; save! replaces only a regular file. A",
        "directory, a FIFO, a device (/dev/null), a socket or a symbolic link at PATH is",
        "refused, save! included: a link is neither followed nor replaced; name its file.",
        "Nor is a file the session reads from ever written.",
      ]),
    "export": Detail(
      numpy: "", example: "array [(1, 2.5)] as [('id','<i4'),('value','<f8')] aligned; export c"),
    "array": Detail(
      numpy: "np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int16, order='F')",
      example: "array [[1, 2, 3], [4, 5, 6]] as i2 order F; info; "
        + "array ['1.5', ' 2 ', True] as f4; repr; array ['abc', 1] as S; repr; "
        + "array ['2020-01-01', '1970'] as M8; repr; array ['a', 1.5]; repr",
      notes: [
        "VALUES are Python literals: numbers, True/False, 'text', b'bytes', nested lists, and",
        "tuples for records. Each becomes an element as np.array(VALUES, dtype=DT) makes it:",
        "text for a number is read as int(), float() or complex() read it ('1_0', ' -2 ',",
        "'1+2j'; a long double as C's strtold); text is True for '?' unless empty; a value",
        "that is not a tuple fills every field of a record ([1, 2] as i4,i4).",
        "Without 'as', numpy's promotion decides, left to right: bool < int64 < float64 <",
        "complex128, int64 with uint64 is float64, text with a number is wide enough for any",
        "(['a', 1] is <U21, ['a', 1.5] <U32). A sizeless S or U takes the widest str() of",
        "the values ([] as S is |S1), a sizeless V the length of its bytes. A generic M8 takes",
        "the finest unit its strings give (['2020-01-01', '1970'] is datetime64[D]). Dates",
        "are numpy's ISO 8601: a sign and any number of year digits, NaT in any case or '',",
        "'today' (D, local) and 'now' (s), leading blanks, a time zone (Z, +01:00), which",
        "numpy applies and warns about. A year beyond the unit's range wraps around as",
        "numpy's 64-bit arithmetic does. m8 reads text as C's strtol.",
        "order is C, F, A or K; a new array is C unless F is asked for.",
        "Refused as numpy refuses: integers beyond 64 bits and None (object arrays),",
        "non-ASCII text for S, code points beyond U+10FFFF (not Python text). Refused here",
        "though Python allows it: a lone surrogate such as '\\ud800' in text.",
      ]),
    "offset": Detail(
      numpy: "np.frombuffer(data, dtype, offset=N)",
      example: "bytes 00 01 02 03 04 05; as <u2; count 2; offset 1; show"),
    "count": Detail(
      numpy: "np.frombuffer(data, dtype, count=N)",
      example: "bytes 00 01 02 03 04 05; as <u2; count 2; show"),
    "reinterpret": Detail(
      numpy: "a.view(DTYPE); with at/count: np.frombuffer(data, DTYPE, count=N, offset=OFFSET)",
      example: "bytes 00 01 02 03 04 05 06 07; as <u2; count 2; as u1; show; as >u2 at 2; show"),
    "byteorder": Detail(
      numpy: "a.view(a.dtype.newbyteorder('>'))",
      example: "array [1, 256] as <i4; byteorder big; repr"),
    "reshape": Detail(
      numpy: "a.reshape((2, 3), order='F')",
      example: "array [1, 2, 3, 4, 5, 6] as i4; reshape 2,3 F; show; info"),
    "transpose": Detail(
      numpy: "a.transpose() or a.T", example: "array [[1, 2, 3], [4, 5, 6]]; T; show; info"),
    "[": Detail(
      numpy: "a[1:, ::2], a['value']",
      example: "array [[1, 2, 3], [4, 5, 6]] as i2; [:, ::-2]; show; info; undo; [True]; info",
      notes: [
        "Items: integers, slices, ..., None (newaxis), a field name or a list of them. A",
        "parenthesised item is that item ([(0)] is [0]) and a tuple is its items ([(0, 1)]",
        "is [0, 1]); [()] is the whole array, or a 0-d array's scalar. [True] and [False]",
        "add an axis of length 1 (a copy) or 0 in front, as numpy's boolean scalar index",
        "does. Integer arrays (fancy indexing) are not supported.",
        "Indexing down to one element gives a numpy scalar, as numpy does (a[0], a[1, 2], a",
        "field of a record element, [()] of a 0-d array): repr and show print np.float32(1.0),",
        "np.void((1, 2), dtype=...), np.True_. as, astype, byteorder, byteswap, copy, T,",
        "transpose and reshape keep a scalar a scalar when no axis appears, working on its",
        "native-order value as numpy's scalar methods do (a[0] of >u2 data viewed as i2 reads",
        "native bytes); a view to another itemsize is refused, as numpy refuses. [...] makes a",
        "0-d array; a 0-d array stays one (reshape, copy, astype). A bytes_/str_ scalar is",
        "Python's bytes/str: it holds its text without trailing NULs (|S1 for b'7') and takes",
        "no index. byteswap of a bytes_, str_ or void scalar swaps as the array would: numpy's",
        "scalar byteswap reads the wrong memory there, a difference kept on purpose.",
      ]),
    "undo": Detail(numpy: "(keeping the previous array)", example: "array [1, 2] as i4; as u1; undo; show"),
    "redo": Detail(numpy: "", example: "array [1, 2] as i4; as u1; undo; redo; show"),
    "views": Detail(numpy: "", example: "array [1, 2, 3, 4] as i2; reshape 2,2; T; views"),
    "hexdump": Detail(
      numpy: "a.tobytes() with element and field boundaries drawn in",
      example: "array [(1, 0.5), (2, -1.25)] as [('id','<i2'),('value','<f4')] aligned; hexdump"),
    "fields": Detail(
      numpy: "a.dtype.fields, a.dtype.descr",
      example: "array [(1, 2.5, True)] as [('id','<i4'),('value','<f8'),('flag','?')] aligned; fields"),
    "layout": Detail(
      numpy: "a.strides", example: "array [[1, 2, 3], [4, 5, 6]] as i4; T; layout"),
    "inspect": Detail(
      numpy: "np.frombuffer(data, T, 1, OFFSET)[0] for each T",
      example: "bytes 00 00 80 3f 00 00 00 40; inspect 0"),
    "compare": Detail(
      numpy: "np.frombuffer(data, DT) for each DT",
      example: "bytes 00 00 80 3f 00 00 00 40; compare <f4 >f4 <i4"),
    "guess": Detail(
      numpy: "np.frombuffer(data, GUESSED, count, offset).reshape(GUESSED_SHAPE)",
      example: "array [100.5, 100.25, 100.75, 101, 101.5, 101.25, 101.125, 100.75, 100.5, "
        + "100.25, 100, 99.75] as >f4; guess; guess apply 1; show",
      notes: [
        "Looks at the bytes the view spans in its source (all of them up to 4 MiB; past that,",
        "48 blocks of 64 KiB spread evenly, and says it sampled). A format's magic number at",
        "the start (PNG, WAV, BMP, TIFF, ELF, ZIP, .npz, .npy, gzip, SQLite, …) is named first;",
        "WAV, BMP and .npy headers give a reading of their data.",
        "Every float and integer size in both byte orders and at every alignment is scored:",
        "floats by the share finite and normal, the spread of their exponents and how smooth",
        "neighbours are; integers by smoothness and the bits they need. A dip in the distance",
        "between values a row apart gives rows; bytes that repeat with a period other than 1,",
        "2, 4 or 8 give records, whose text columns become S fields and the rest numbers.",
        "'guess apply N' runs candidate N's commands as if typed: 'undo' takes them back.",
      ]),
    "stats": Detail(
      numpy: "a.size, np.min(a), np.max(a), np.nanmin(a), np.nanmax(a), np.mean(a, dtype=np.float64), "
        + "np.std(a, dtype=np.float64), np.isnan(a).sum(), np.isinf(a).sum(), (a == 0).sum()",
      example: "array [1.5, -2, 0, nan, 4e-310]; stats",
      notes: [
        "Records: one block per numeric field (a['f'] for each, nested and subarray fields too).",
        "Mean and std sum pairwise in float64 as numpy does; the file is streamed in bounded memory.",
      ]),
    "hist": Detail(
      numpy: "np.histogram(a[np.isfinite(a)], bins=BINS)",
      example: "array [1, 2, 2, 3, 3, 3, 10] as i2; hist 3"),
    "explain": Detail(
      numpy: "a[i, j], step by step", example: "array [1.5, -2] as >f4; explain [1]"),
    "plot": Detail(
      numpy: "plt.plot(a.ravel()) with each column's min and max",
      example: "array [0, 1, 4, 9, 16, 25, 16, 9, 4, 1, 0] as i2; plot 40x16",
      notes: [
        "braille (2 × 4 dots a character) by default, 'blocks' for ▀ ▄ █. The y axis shows the",
        "min, the middle and the max as numpy prints them; the x axis element indices. An n-d",
        "view is flattened in C order (a.ravel()). Each dot column draws the min and max of",
        "the elements it covers, so spikes stay; nan and inf are skipped and counted. COLSxROWS",
        "is the screen to fill (the terminal's by default, 80x24 in batch runs). Over 1048576",
        "elements it samples at most 65536 values, in runs spread evenly, and says so.",
      ]),
    "image": Detail(
      numpy: "plt.imshow(a) with each cell the nanmean of a block",
      example: "array [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]] as u1; image",
      notes: [
        "Scaled from the smallest finite value to the largest; shrunk by a whole factor to fit",
        "COLSxROWS (the terminal's by default), each cell the mean of its block. In colour,",
        "half blocks ▀ (24-bit colour when COLORTERM says truecolor, else a grey ramp); without",
        "colour a digit per cell: 0 the lowest tenth of the range … 9 the highest, ? a cell with",
        "no finite value. 3-D views: pick a plane first ([0]). Over 1048576 elements it samples",
        "an even grid in each cell and says so.",
      ]),
    "bytemap": Detail(
      numpy: "np.fromfile(PATH, 'u1') in blocks, each classified",
      example: "array [1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0] as <i4; bytemap",
      notes: [
        "The whole source of the view, in blocks of a power of two bytes (16 at least), as many",
        "as fill the screen (4096 at most). A block is zeros (.), text (t: 85% printable",
        "ASCII), random (#: entropy near the most its size allows: compressed or encrypted),",
        "small integers (i: 40% of bytes 0x00 or 0xff) or other (+); coloured blocks with",
        "colour. Blocks over 16 KiB are sampled: 16 KiB in 4 pieces spread evenly, so an 8 GiB",
        "file maps in a moment.",
      ]),
    "find": Detail(
      numpy: "data.find(b'IHDR'); np.flatnonzero(np.frombuffer(data, DT, offset=k) == v) for "
        + "every k",
      example: "bytes 00 01 49 48 44 52 22 56 00 00 00 00 56 22; find b'IHDR'; find 22050 as u4",
      notes: [
        "Searches the whole source the view reads (the loaded file, stream or bytes), not only",
        "the view's window; a copy made by astype, byteswap or copy is not searched.",
        "A pattern is a bytes literal (b'\\x00IHDR'), quoted text (\"data\", as UTF-8) or hex bytes",
        "(89 50 4e 47). A value 'as DTYPE' (integers, floats) is searched at every byte offset;",
        "a dtype without a byte order (u4, f8) is searched in both, each hit saying which",
        "('<u2 >u2' when the bytes read the same both ways).",
        "Floats match as == does: 0.0 finds -0.0 too, and nan finds every NaN. tol T matches",
        "|x - v| <= T, in float64 (long double for f16). A value the dtype cannot hold",
        "(300 as u1, 1.5 as i4, 1e40 as f4) is refused, as numpy's cast would complain.",
        "Lists the first \(Session.findListLimit) hits; 'all' lists every one, 'count' only "
          + "counts. Ctrl-C stops a search.",
        "goto N then makes a view at the Nth hit. bytelens --json prints one JSON document.",
      ]),
    "goto": Detail(
      numpy: "np.frombuffer(data, DT, count=(len(data) - HIT) // DT.itemsize, offset=HIT)",
      example: "bytes 00 00 02 00 00 00 07 00 00 00; find 2 as <u4; goto 1; show",
      notes: [
        "Hits count from 1 (-1 is the last). The view reads the found dtype, in the order of",
        "the hit, to the end of the source in whole elements; after a byte find, the dtype of",
        "the view find ran from (u1 when not one element fits). undo goes back.",
      ]),
    "byteswap": Detail(
      numpy: "a.byteswap()", example: "array [1, 256, -2] as <i4; byteswap; repr"),
    "astype": Detail(
      numpy: "a.astype(DTYPE)",
      example: "array [1.5, -2.7] as f8; astype i2; repr; astype U; repr; "
        + "array [(1, 2.5)] as i4,f8; astype [('x','f4'),('y','i2')]; repr; [0]; astype V; repr",
      notes: [
        "numpy's casting table (casting='unsafe'): bool, integers, floats, complex, S, U, V,",
        "datetime64 and timedelta64, each to each, and to subarray dtypes ('(2,)f4' repeats each",
        "value). Numbers become the str() of their numpy scalar; a sizeless S or U takes numpy's",
        "width (<U11 for int32, <U32 for floats, <U5 for bool, by unit for datetimes). Text",
        "becomes numbers as Python's int(), float() and complex() read it (numpy's own reader",
        "for long double); text numpy cannot read, integers out of range, non-ASCII text for S",
        "and datetimes with generic units are refused, as numpy refuses them. Datetimes change",
        "unit by flooring (months and years through the calendar); datetime64 <-> timedelta64",
        "keeps the count. A cast that changes only the byte order copies the bytes, so NaN",
        "payloads and bool bytes other than 0 and 1 stay; half floats keep NaN payloads (numpy's",
        "own code), float <-> double <-> long double quiet signalling NaNs (the hardware).",
        "Float -> integer casts of NaN, +-inf and out-of-range values are undefined in C: numpy",
        "shows what the machine gives, and so does bytelens (x86-64: [1e10, nan] -> i4 is",
        "[-2147483648 -2147483648]; float/complex -> uint32 even differs between numpy's",
        "contiguous and strided loops, which bytelens follows). Complex -> real keeps the real",
        "part. Records (numpy's rules since 1.14): record -> record goes field by field BY",
        "POSITION, names ignored, and needs as many fields (else refused, as numpy refuses);",
        "a record of one field converts as that field to any dtype, one of several fields to",
        "none but a sizeless V (which keeps the record); any value -> record goes into every",
        "field. Subarray fields broadcast as numpy's do: shapes aligned on the right, a length",
        "1 repeats, elements past the source's end are 0. A generic M8 field takes only NaT,",
        "and a field never drops units (m8[s] -> m8 is refused). On a numpy scalar (after",
        "[0]) astype gives a scalar, as x.astype does; see 'help ['.",
      ]),
    "copy": Detail(
      numpy: "a.copy(order='F')",
      example: "array [[1, 2], [3, 4]] as u1; copy F; info; tobytes F"),
    "show": Detail(
      numpy: "print(a), print(a[i, j])", example: "array [[0.5, 1], [2, 1e-5]]; show; show [1, 1]",
      notes: [
        "'show all' prints every element (numpy's threshold=sys.maxsize), written as it is",
        "made, in memory that does not grow with the array; Ctrl-C stops it.",
      ]),
    "repr": Detail(numpy: "repr(a), repr(a[i, j])", example: "array [0.5, 1, 2] as f4; repr; repr [0]"),
    "info": Detail(
      numpy: "a.dtype, a.shape, a.strides, a.flags", example: "array [[1, 2, 3], [4, 5, 6]] as <f4; info"),
    "tobytes": Detail(
      numpy: "a.tobytes(order='F')", example: "array [[1, 2], [3, 4]] as u1; tobytes; tobytes F"),
    "set": Detail(
      numpy:
        "np.set_printoptions(threshold=5, edgeitems=2, formatter={'int': hex}, "
        + "floatmode='fixed', precision=3, sign='+', nanstr='NaN', legacy='1.25')",
      example:
        "array [1, 2, 3, 4, 5, 6, 7, 8] as u1; set threshold 5; set edgeitems 2; show; "
        + "set formatter int hex; show; array [0.5, -1.25, nan]; set floatmode fixed; "
        + "set precision 3; set sign +; set nanstr NaN; show; set legacy 1.25; repr [1]",
      notes: [
        "linewidth, threshold, edgeitems and precision take every integer numpy takes, and",
        "print as numpy prints: linewidth 0 or less puts one element on a line, threshold -1",
        "summarises every array (inf or max: none), edgeitems 0 shows only the last element",
        "of each axis but chooses the number format from the whole array (numpy's a[-0:]),",
        "a negative edgeitems from a[:e] and a[-e:]. Where numpy then fails to print (a",
        "negative precision on floats, a finite float left unmeasured), bytelens fails too.",
        "suppress on keeps floats positional unless one reaches the type's cutoff (1e8 for f8),",
        "so tiny values print as 0. (np.set_printoptions(suppress=True)); any number but 0 is on.",
        "floatmode: maxprec (default) at most precision digits, each value as short as it can",
        "be; maxprec_equal as many for all as the longest needs; fixed exactly precision digits;",
        "unique the shortest digits that read back, ignoring precision. sign + puts + before",
        "positive numbers, ' ' (or space) leaves room for a sign; both widen the columns.",
        "nanstr and infstr replace nan and inf in float and complex arrays (-inf is - then",
        "infstr); quote text with spaces. formatter KEY hex|oct|bin prints the elements",
        "numpy's KEY reaches with Python's hex, oct or bin, unpadded (-0x5): int and int_kind",
        "integers, all every kind, bool, float, longfloat, float_kind, complexfloat,",
        "longcomplexfloat, complex_kind, datetime, timedelta, numpystr, str_kind, void their",
        "kinds. These functions take only integers: numpy fails with a TypeError when one",
        "meets another kind, and so does bytelens. Keys numpy does not know (str, foo) are",
        "taken and ignored, as numpy ignores them. none removes it. As every",
        "np.set_printoptions call resets formatter,",
        "every set of another print option removes it too: set the formatter last.",
        "legacy 1.21|1.25|2.1|2.2|false prints as those numpy versions did: 2.2 and before",
        "keep float16/float32 positional up to 1e8 in arrays and 1e16 as scalars, 2.1 and before",
        "leave shape= out of summarised reprs, 1.25 and before print scalars as Python values",
        "(repr [0] is 1.5, not np.float64(1.5); numpy.datetime64(...); records as arrays",
        "print them); astype to S/U writes numbers as that legacy prints them, as numpy does.",
        "legacy 1.13 (other spacing and wrapping) is not supported.",
        "Scalars (show [i], repr [i]) ignore these options, as numpy's do, except inside records.",
      ]),
    "echo": Detail(numpy: "print('TEXT')", example: "echo the bytes are little-endian"),
    "source": Detail(numpy: "exec(open(FILE).read())", example: "source samples/tour.bl", runs: false),
    "reset": Detail(numpy: "", example: "array [1, 2]; set precision 3; reset; set"),
    "help": Detail(numpy: "help(np.ndarray.view)", example: "help byteswap"),
    "quit": Detail(numpy: "exit()", example: "quit", runs: false),
    "learn": Detail(
      numpy: "", example: "learn",
      notes: [
        "Each lesson sets up bytes, shows them (hexdump, layout, explain, fields…) and ends",
        "with an exercise: after each command your view is checked against the goal (values,",
        "and where it matters dtype, strides, and that it is a view, not a copy). Solved",
        "lessons are kept beside the history ($XDG_STATE_HOME/bytelens/lessons, or",
        "~/.local/state/bytelens/lessons); reset stops the lesson.",
      ]),
    "hint": Detail(numpy: "", example: "learn 3; hint", runs: false),
    "skip": Detail(numpy: "", example: "learn 12; skip", runs: false),
    "back": Detail(numpy: "", example: "learn 2; back", runs: false),
  ]

  /// Longer explanations: `help dtypes`, `help byteorder`, `help layout`, `help formats`.
  public static let topics: [(name: String, summary: String, text: String)] = [
    (
      "dtypes", "every way to spell a dtype",
      """
      A dtype says how the bytes of one element are read. bytelens takes every spelling
      NumPy's np.dtype() accepts:
        typestrings     <f8  >i2  |u1  <U3  S5  V8  <M8[ms]  >m8[5s]  <c16  f2  f16
                        (< little-endian, > big-endian, | or = native; f16/g is x87 long double)
        one-char codes  ? b B h H i I l L q Q e f d g F D G S U V c   ('b' is int8, 'b1' bool)
        names           bool int8 … uint64 float16 … float128 complex64 … complex256 half single
                        double longdouble byte short intc long longlong intp int float complex
                        bytes str void datetime64[D] timedelta64[h]
        comma strings   i4,f8,?      2i4      (2,3)f8,>u2      (fields f0, f1, …, packed)
        subarrays       (2,3)i4      ('<i4', (2, 3))
        records         [('id','<i4'), ('value','<f8'), ('flag','?')]
                        [(('a title','name'),'<i2',(2,3))]
                        {'names': ['a','b'], 'formats': ['<i4','>f8'], 'offsets': [0, 8],
                         'itemsize': 24}
      Add 'aligned' for align=True: fields move to their alignment and padding appears
      (as i1,f8,i2 aligned  →  offsets 0, 8, 16, itemsize 24).
        fields on a base  ('<i8', [('a','<i4'),('b','<i4')])   numpy's
                        dtype((numpy.int64, [...])): elements print, cast and save as the
                        base type, ['a'] reads a field; the fields must be as wide as the
                        base (else numpy's "mismatch in size"); a void base gives the record
      'O' (Python objects) cannot be read from bytes and is refused.
      """
    ),
    (
      "byteorder", "same bytes or same values: byteorder, byteswap, astype",
      """
      Multi-byte numbers are stored least significant byte first (little-endian, '<', x86 and
      ARM) or most significant first (big-endian, '>', network order, many file formats).
        byteorder big|little|native|swap   the same bytes read in another order: values change
                                           (numpy: a.view(a.dtype.newbyteorder('>')))
        byteswap                           new bytes, each scalar reversed, dtype kept: values
                                           change (numpy: a.byteswap())
        astype >i4                         the same values stored in the other order: bytes
                                           change (numpy: a.astype('>i4'))
      One-byte types, bytes (S) and void (V) have no byte order ('|').
      Example: array [1, 256, -2] as <i4; byteorder swap; repr
      """
    ),
    (
      "layout", "shape, strides, C and Fortran order",
      """
      An array is a start offset, a shape and strides over bytes: element [i, j] lives at
      offset + i*strides[0] + j*strides[1].
        C order (row-major):        the last index moves fastest; int32 (2, 3) has strides (12, 4)
        Fortran order (column-major): the first index moves fastest; strides (4, 8)
      reshape 2,3 F reads the same elements in Fortran order; transpose swaps strides without
      moving bytes; slices like [::2] multiply a stride; copy F makes new Fortran-ordered bytes.
      tobytes() walks the array in C order unless asked (tobytes F): a Fortran array's
      tobytes() is still C order. Reading bytes back needs the dtype, shape and order they were
      written with. Try: array [[1, 2, 3], [4, 5, 6]] as i4; copy F; info; tobytes; tobytes F
      """
    ),
    (
      "formats", "where bytes come from and go to",
      """
      In:
        load PATH            any file, read lazily (never read whole, never written); .npy
                             (versions 1-3) and the tutorial's length-prefixed header are
                             recognised by their bytes; load A.npz lists an archive's members,
                             load A.npz:NAME opens one
        load PATH as text    a file holding a text dump
        bytes TEXT, paste    hex or a dump typed or pasted: xxd, hexdump -C, od, hexyl,
                             b'..' or a Python session, C initialisers, base64, ... (help
                             dumps lists them); a dump's first address is kept (set base)
        array VALUES         a NumPy-style literal: [[1, 2], [3, 4]], [(1, 2.5, True)]
      Out:
        tobytes              the view's bytes as a Python bytes literal
        save PATH [raw|npy|meta] [order C|F]   raw bytes, a .npy numpy loads, or the header
                             format; written atomically, never over an existing file (save!
                             replaces one) nor over the file being read
        export numpy|c|struct|json   Python that rebuilds the view, a C struct with padding
                             and offset checks, a struct format string, the values as JSON
      """
    ),
    ("dumps", "the text dump formats bytes, paste and load … as text read", ""),
  ]

  /// The names `help` accepts: commands, their aliases, and topics.
  public static var helpNames: [String] {
    CommandCatalog.allNames + topics.map(\.name)
  }
}
