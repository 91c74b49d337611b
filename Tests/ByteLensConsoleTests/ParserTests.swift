import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// Parses `line`, which must hold one statement.
func parsed(_ line: String) throws -> Command {
  try Parser.parse(line: line)
}

/// The error `line` gives, or nil.
func parseError(_ line: String) -> LanguageError? {
  do {
    _ = try Parser.parse(line: line)
    return nil
  } catch {
    return error
  }
}

@Suite struct ParserTests {
  // MARK: Sources

  @Test func load() throws {
    #expect(
      try parsed("load data.bin") == .load(path: "data.bin", dtype: nil, offset: nil, count: nil))
    #expect(
      try parsed("load 'my file.bin' as >f8 at 0x10 count 4K")
        == .load(path: "my file.bin", dtype: DTypeArgument(">f8"), offset: 16, count: 4096))
    #expect(
      try parsed("load d count all at 8 as [('a', '<i4'), ('b', 'u1')] aligned")
        == .load(
          path: "d", dtype: DTypeArgument("[('a', '<i4'), ('b', 'u1')]", aligned: true),
          offset: 8, count: nil))
  }

  @Test func loadErrors() {
    #expect(parseError("load")?.message == "'load' needs a path")
    #expect(parseError("load")?.hint == "usage: load PATH [as DTYPE] [at OFFSET] [count N]")
    #expect(parseError("load f as")?.message == "'as' needs a dtype")
    #expect(parseError("load f as i4 as u1")?.message == "'as' is given twice")
    #expect(parseError("load f at")?.message == "'at' needs a number")
    #expect(parseError("load f count at 3")?.message == "'count' needs a number")
    #expect(parseError("load f at 1 at 2")?.message == "'at' is given twice")
    #expect(parseError("load f count 1 count 2")?.message == "'count' is given twice")
    #expect(parseError("load f at x")?.message == "'x' is not a number: 'x' is not a decimal digit")
    // numpy's frombuffer reads everything for any negative count.
    #expect((try? parsed("load f count -2")) == .load(path: "f", dtype: nil, offset: nil, count: nil))
    let stray = parseError("load my file.bin")
    #expect(stray?.message == "unexpected 'file.bin' after the path 'my'")
    #expect(
      stray?.hint
        == "usage: load PATH [as DTYPE] [at OFFSET] [count N]; put a path with blanks in quotes")
    #expect(stray?.location == SourceLocation(line: 1, column: 9))
  }

  @Test func bytes() throws {
    #expect(
      try parsed("bytes  01 02:ff")
        == .bytes(text: "01 02:ff", location: SourceLocation(line: 1, column: 8)))
    #expect(parseError("bytes")?.message == "'bytes' needs hex text or a dump")
  }

  @Test func array() throws {
    #expect(
      try parsed("array [[1, 2], [3, 4]] as >i2 order F")
        == .array(literal: "[[1, 2], [3, 4]]", dtype: DTypeArgument(">i2"), order: .F))
    #expect(
      try parsed("array [(1, 2.5)] order C as [('a', 'i4'), ('b', 'f8')]")
        == .array(
          literal: "[(1, 2.5)]", dtype: DTypeArgument("[('a', 'i4'), ('b', 'f8')]"), order: .C))
    #expect(try parsed("array [1, 2]") == .array(literal: "[1, 2]", dtype: nil, order: .C))
  }

  @Test func arrayErrors() {
    #expect(parseError("array")?.message == "'array' needs values")
    #expect(parseError("array as i4")?.message == "'array' needs values")
    #expect(parseError("array [1] as i4 as u1")?.message == "'as' is given twice")
    #expect(parseError("array [1] order")?.message == "'order' needs C, F, A or K")
    #expect(parseError("array [1] order F order C")?.message == "'order' is given twice")
    #expect(parseError("array [1] order F x")?.message == "unexpected 'x'")
    #expect(
      parseError("array [1] order X")?.message == "array order must be C, F, A or K, not 'X'")
  }

  // MARK: Views

  @Test func reinterpretSpellings() throws {
    let f8 = Command.reinterpret(DTypeArgument("<f8"))
    #expect(try parsed("reinterpret as <f8") == f8)
    #expect(try parsed("reinterpret <f8") == f8)
    #expect(try parsed("as <f8") == f8)
    #expect(try parsed("as <f8>") == f8)
    #expect(try parsed("view <f8") == f8)
    #expect(try parsed("view as <f8") == f8)
    #expect(try parsed("view('<f8')") == f8)
    #expect(try parsed("as '<f8'") == f8)
    #expect(try parsed("as np.float32") == .reinterpret(DTypeArgument("float32")))
    #expect(
      try parsed("as [('id','<i4'), ('value','<f8')]")
        == .reinterpret(DTypeArgument("[('id','<i4'), ('value','<f8')]")))
    #expect(
      try parsed("as {'names': ['a', 'b'], 'formats': ['u1', '<f8']} aligned")
        == .reinterpret(
          DTypeArgument("{'names': ['a', 'b'], 'formats': ['u1', '<f8']}", aligned: true)))
    #expect(
      try parsed("as i4,f8,? align=True") == .reinterpret(DTypeArgument("i4,f8,?", aligned: true)))
    #expect(try parsed("as ('<i4', (2,))") == .reinterpret(DTypeArgument("('<i4', (2,))")))
  }

  @Test func reinterpretNeedsADType() {
    #expect(parseError("as")?.message == "'as' needs a dtype")
    #expect(parseError("view")?.message == "'view' needs a dtype")
    #expect(parseError("reinterpret as")?.message == "'reinterpret as' needs a dtype")
    #expect(parseError("astype")?.message == "'astype' needs a dtype")
    #expect(parseError("as")?.hint?.hasPrefix("for example: as <f8") == true)
  }

  @Test func byteOrder() throws {
    #expect(try parsed("byteorder big") == .byteOrder(.big))
    #expect(try parsed("byteorder <") == .byteOrder(.little))
    #expect(try parsed("newbyteorder('S')") == .byteOrder(.swap))
    #expect(try parsed("byteorder =") == .byteOrder(.native))
    #expect(parseError("byteorder")?.message == "'byteorder' needs little, big, native or swap")
    #expect(parseError("byteorder big little")?.message == "unexpected 'little' after 'big'")
    let typo = parseError("byteorder bgi")
    #expect(typo?.message == "byte order must be little, big, native or swap, not 'bgi'")
    #expect(typo?.hint == "did you mean 'big'?")
  }

  @Test func simpleCommands() throws {
    #expect(try parsed("byteswap") == .byteswap)
    #expect(try parsed("byteswap()") == .byteswap)
    #expect(try parsed("astype >i4") == .astype(DTypeArgument(">i4")))
    #expect(try parsed("T") == .transpose(axes: nil))
    #expect(try parsed("info") == .info)
    #expect(try parsed("undo") == .undo)
    #expect(try parsed("redo") == .redo)
    #expect(try parsed("views") == .views)
    #expect(try parsed("quit") == .quit)
    #expect(try parsed("exit") == .quit)
    #expect(try parsed("help") == .help(nil))
    #expect(try parsed("help reshape") == .help("reshape"))
  }

  @Test func commandsWithoutArguments() {
    let error = parseError("info all")
    #expect(error?.message == "'info' takes no arguments, got 'all'")
    #expect(error?.hint == "usage: info")
    #expect(error?.location == SourceLocation(line: 1, column: 6))
    #expect(parseError("T 1")?.message == "'T' takes no arguments, got '1'")
  }

  @Test func reshape() throws {
    #expect(try parsed("reshape 2,3") == .reshape(shape: [2, 3], order: .C))
    #expect(try parsed("reshape 2, -1 F") == .reshape(shape: [2, -1], order: .F))
    #expect(try parsed("reshape (2, 3)") == .reshape(shape: [2, 3], order: .C))
    #expect(try parsed("reshape (2, 3) A") == .reshape(shape: [2, 3], order: .A))
    #expect(try parsed("reshape 2 3 4") == .reshape(shape: [2, 3, 4], order: .C))
    #expect(try parsed("reshape (6,)") == .reshape(shape: [6], order: .C))
    #expect(try parsed("reshape ()") == .reshape(shape: [], order: .C))
    #expect(try parsed("reshape 0x10") == .reshape(shape: [16], order: .C))
    #expect(try parsed("reshape(2, 3, order='F')") == .reshape(shape: [2, 3], order: .F))
    #expect(try parsed("reshape 2,3 f") == .reshape(shape: [2, 3], order: .F))
  }

  @Test func reshapeErrors() {
    #expect(parseError("reshape")?.message == "'reshape' needs a shape")
    #expect(parseError("reshape order=F")?.message == "'reshape' needs a shape")
    #expect(parseError("reshape 2,,3")?.message == "missing dimension at column 11")
    #expect(parseError("reshape ,2")?.message == "missing dimension at column 9")
    #expect(
      parseError("reshape 2,3 K")?.message
        == "reshape order must be C, F or A; numpy does not permit 'K' here")
    #expect(parseError("reshape 2,3 Z")?.message == "reshape order must be C, F or A, not 'Z'")
    #expect(
      parseError("reshape two")?.message
        == "'two' is not a number: 't' is not a decimal digit")
  }

  @Test func transpose() throws {
    #expect(try parsed("transpose") == .transpose(axes: nil))
    #expect(try parsed("transpose 1,0,2") == .transpose(axes: [1, 0, 2]))
    #expect(try parsed("transpose (1, 0)") == .transpose(axes: [1, 0]))
    #expect(try parsed("transpose(-1, 0)") == .transpose(axes: [-1, 0]))
    #expect(parseError("transpose 1,,0")?.message == "missing axis at column 13")
  }

  @Test func offsetAndCount() throws {
    #expect(try parsed("offset 0x40") == .offset(64))
    #expect(try parsed("count 10") == .count(10))
    #expect(try parsed("count all") == .count(nil))
    #expect(try parsed("count -1") == .count(nil))
    #expect(parseError("offset")?.message == "'offset' needs a byte offset")
    #expect(parseError("offset 1 2")?.message == "unexpected '2' after '1'")
    #expect(parseError("count")?.message == "'count' needs a number of elements")
    #expect(parseError("count 1 2")?.message == "unexpected '2' after '1'")
    #expect(try parsed("count -3") == .count(nil))
  }

  @Test func orders() throws {
    #expect(try parsed("copy") == .copy(.C))
    #expect(try parsed("copy F") == .copy(.F))
    #expect(try parsed("copy(order='K')") == .copy(.K))
    #expect(try parsed("tobytes") == .tobytes(.C))
    #expect(try parsed("tobytes 'A'") == .tobytes(.A))
    #expect(parseError("tobytes X")?.message == "tobytes order must be C, F, A or K, not 'X'")
    #expect(parseError("copy F C")?.message == "unexpected 'C' after 'F'")
  }

  // MARK: Output

  @Test func showAndRepr() throws {
    #expect(try parsed("show") == .show(.view))
    #expect(try parsed("show all") == .show(.all))
    #expect(
      try parsed("show [1, 2]") == .show(.element(IndexExpression([[.integer(1), .integer(2)]]))))
    #expect(try parsed("show[0]") == .show(.element(IndexExpression([[.integer(0)]]))))
    #expect(try parsed("repr") == .repr(nil))
    #expect(try parsed("repr [-1]") == .repr(IndexExpression([[.integer(-1)]])))
    #expect(parseError("show 1")?.message == "unexpected '1' after 'show'")
    #expect(parseError("show 1")?.hint == "usage: show [all|[i,j]], e.g. show [0, 1]")
    #expect(parseError("repr x")?.message == "unexpected 'x' after 'repr'")
    #expect(parseError("show all 2")?.message == "unexpected '2' after 'all'")
  }

  @Test func set() throws {
    #expect(try parsed("set") == .listSettings)
    #expect(try parsed("set linewidth 120") == .set(.linewidth, 120))
    #expect(try parsed("set precision=4") == .set(.precision, 4))
    #expect(try parsed("set threshold inf") == .set(.threshold, Int.max))
    #expect(try parsed("set edgeitems 0") == .set(.edgeitems, 0))
    // np.set_printoptions takes every integer for these (numpy 2.4).
    #expect(try parsed("set precision -1") == .set(.precision, -1))
    #expect(try parsed("set linewidth 0") == .set(.linewidth, 0))
    #expect(try parsed("set linewidth -100") == .set(.linewidth, -100))
    #expect(try parsed("set threshold -1") == .set(.threshold, -1))
    #expect(try parsed("set threshold -inf") == .set(.threshold, Int.min))
    #expect(try parsed("set edgeitems -3") == .set(.edgeitems, -3))
    #expect(try parsed("set edgeitems 10000000") == .set(.edgeitems, 10_000_000))
    #expect(try parsed("set suppress on") == .set(.suppress, 1))
    #expect(try parsed("set suppress=False") == .set(.suppress, 0))
    #expect(try parsed("set suppress 2") == .set(.suppress, 1))
    #expect(try parsed("set suppress 0") == .set(.suppress, 0))
    #expect(parseError("set suppress maybe")?.message == "suppress is on or off, not 'maybe'")
    #expect(try parsed("set base 0x7ffe0000") == .set(.base, 0x7ffe_0000))
    #expect(try parsed("set base=0") == .set(.base, 0))
  }

  @Test func setErrors() {
    let typo = parseError("set linewdth 100")
    #expect(typo?.message == "unknown setting 'linewdth'")
    #expect(typo?.hint == "did you mean 'linewidth'?")
    #expect(
      parseError("set colour 1")?.hint
        == "settings are linewidth, threshold, edgeitems, precision, suppress, width, base, "
        + "floatmode, sign, nanstr, infstr, formatter and legacy")
    #expect(parseError("set floatmod fixed")?.hint == "did you mean 'floatmode'?")
    #expect(parseError("set precision")?.message == "'set precision' needs a value")
    #expect(parseError("set precision=")?.message == "'set precision' needs a value")
    #expect(parseError("set precision 3 4")?.message == "unexpected '4'")
    #expect(parseError("set precision=3 4")?.message == "unexpected '4'")
    #expect(
      parseError("set threshold nan")?.message
        == "threshold must be non-NAN, try sys.maxsize for untruncated representation")
    #expect(parseError("set width 0")?.message.hasPrefix("width must lie between") == true)
    #expect(
      parseError("set edgeitems x")?.message == "'x' is not a number: 'x' is not a decimal digit")
    #expect(parseError("set precision=x")?.location == SourceLocation(line: 1, column: 15))
  }

  @Test func setPrintStyles() throws {
    #expect(try parsed("set floatmode fixed") == .setStyle(.floatmode(.fixed)))
    #expect(try parsed("set floatmode=maxprec_equal") == .setStyle(.floatmode(.maxprecEqual)))
    #expect(try parsed("set floatmode 'unique'") == .setStyle(.floatmode(.unique)))
    #expect(try parsed("set sign +") == .setStyle(.sign(.plus)))
    #expect(try parsed("set sign -") == .setStyle(.sign(.minus)))
    #expect(try parsed("set sign ' '") == .setStyle(.sign(.space)))
    #expect(try parsed("set sign space") == .setStyle(.sign(.space)))
    #expect(try parsed("set sign='+'") == .setStyle(.sign(.plus)))
    #expect(try parsed("set nanstr NaN") == .setStyle(.nanstr("NaN")))
    #expect(try parsed("set nanstr ''") == .setStyle(.nanstr("")))
    #expect(try parsed("set infstr 'big number'") == .setStyle(.infstr("big number")))
    #expect(try parsed("set infstr=∞") == .setStyle(.infstr("∞")))
    #expect(
      try parsed("set formatter int hex")
        == .setStyle(.formatter(PrintOptions.IntegerFormatter(key: "int", function: .hex))))
    #expect(
      try parsed("set formatter int_kind bin")
        == .setStyle(.formatter(PrintOptions.IntegerFormatter(key: "int_kind", function: .bin))))
    #expect(try parsed("set formatter none") == .setStyle(.formatter(nil)))
    #expect(try parsed("set legacy 1.25") == .setStyle(.legacy(125)))
    #expect(try parsed("set legacy 2.1") == .setStyle(.legacy(201)))
    #expect(try parsed("set legacy False") == .setStyle(.legacy(PrintOptions.noLegacy)))
    #expect(try parsed("set formatter int none") == .setStyle(.formatter(nil)))
  }

  @Test func setPrintStyleErrors() throws {
    // numpy's own ValueError words for the options it refuses.
    #expect(
      parseError("set floatmode y")?.message
        == "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"")
    #expect(parseError("set sign x")?.message == "sign option must be one of ' ', '+', or '-'")
    #expect(parseError("set sign x")?.hint == "set sign space is sign=' '")
    #expect(parseError("set sign")?.message == "'set sign' needs a value")
    #expect(parseError("set nanstr a b")?.message == "unexpected 'b'")
    #expect(parseError("set nanstr a b")?.location == SourceLocation(line: 1, column: 14))
    #expect(parseError("set floatmode fixed unique")?.message == "unexpected 'unique'")
    #expect(
      parseError("set formatter int foo")?.message
        == "formatter functions are hex, oct and bin, not 'foo'")
    // Every key is taken, as np.set_printoptions takes it (unknown ones numpy ignores).
    #expect(
      try parsed("set formatter float hex")
        == .setStyle(.formatter(PrintOptions.IntegerFormatter(key: "float", function: .hex))))
    #expect(
      try parsed("set formatter bar oct")
        == .setStyle(.formatter(PrintOptions.IntegerFormatter(key: "bar", function: .oct))))
    #expect(parseError("set formatter int")?.message == "'set formatter int' needs a function")
    #expect(parseError("set formatter int hex oct")?.message == "unexpected 'oct'")
    #expect(parseError("set formatter none hex")?.message == "unexpected 'hex'")
  }

  @Test func echo() throws {
    #expect(try parsed("echo hello,   world") == .echo("hello,   world"))
    #expect(try parsed("echo 'a; b'") == .echo("a; b"))
    #expect(try parsed("echo") == .echo(""))
  }

  // MARK: Names

  @Test func unknownCommands() {
    let typo = parseError("reshpe 2,3")
    #expect(typo?.message == "unknown command 'reshpe'")
    #expect(typo?.hint == "did you mean 'reshape'?")
    #expect(parseError("shwo")?.hint == "did you mean 'show'?")
    #expect(parseError("Info")?.hint == "did you mean 'info'?")
    let unknown = parseError("frobnicate")
    #expect(unknown?.message == "unknown command 'frobnicate'")
    #expect(unknown?.hint == "type 'help' for the list of commands")
    #expect(parseError("show,")?.message == "unknown command 'show,'")
  }

  @Test func notACommand() {
    #expect(parseError("123")?.message == "expected a command, got '123'")
    #expect(parseError("'x'")?.message == "expected a command, got \"'x'\"")
    #expect(parseError("")?.message == "expected a command")
    #expect(parseError("show; repr")?.message == "expected one command, got 2")
    #expect(throws: LanguageError("expected a command", at: SourceLocation(line: 1, column: 1))) {
      try Parser.parse(Statement(""))
    }
  }

  @Test func lexerProblemsBecomeErrors() {
    #expect(
      parseError("echo 'abc")?.message == "unterminated string: the ' at column 6 is not closed")
  }

  @Test func scriptsParseStatementByStatement() {
    let results = Parser.parse(script: "as <f8; reshpe 2\nrepr")
    #expect(results.count == 3)
    #expect((try? results[0].1.get()) == .reinterpret(DTypeArgument("<f8")))
    if case .failure(let error) = results[1].1 {
      #expect(error.message == "unknown command 'reshpe'")
      #expect(error.location == SourceLocation(line: 1, column: 9))
    } else {
      Issue.record("expected a failure")
    }
    #expect(results[2].0.location == SourceLocation(line: 2, column: 1))
  }
}
