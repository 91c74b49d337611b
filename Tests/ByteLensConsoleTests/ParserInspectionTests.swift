import Testing

@testable import ByteLensConsole

@Suite struct ParserInspectionTests {
  @Test func hexdump() throws {
    #expect(try parsed("hexdump") == .hexdump(rows: .screenful, values: false))
    #expect(try parsed("hexdump 4") == .hexdump(rows: .count(4), values: false))
    #expect(try parsed("hexdump 0x10 values") == .hexdump(rows: .count(16), values: true))
    #expect(try parsed("hexdump values all") == .hexdump(rows: .all, values: true))
    #expect(try parsed("hexdump all") == .hexdump(rows: .all, values: false))
    #expect(try parsed("hexdump(2)") == .hexdump(rows: .count(2), values: false))
  }

  @Test func hexdumpErrors() {
    #expect(parseError("hexdump 0")?.message == "hexdump needs 1 row or more, not 0")
    #expect(parseError("hexdump -1")?.hint == "'hexdump all' shows every row")
    #expect(parseError("hexdump all 3")?.message == "give a number of rows or 'all', not both")
    #expect(parseError("hexdump 3 3")?.message == "give a number of rows or 'all', not both")
    #expect(parseError("hexdump values values")?.message == "'values' is given twice")
    #expect(parseError("hexdump wide")?.message == "unexpected 'wide' after 'hexdump'")
    #expect(parseError("hexdump wide")?.hint == "usage: hexdump [ROWS|all] [values]")
    #expect(parseError("hexdump 1x")?.message != nil)
  }

  @Test func inspectAndExplain() throws {
    #expect(try parsed("inspect") == .inspect(offset: nil))
    #expect(try parsed("inspect 0x20") == .inspect(offset: 32))
    #expect(parseError("inspect 1 2")?.message == "unexpected '2' after '1'")
    #expect(parseError("inspect here")?.message != nil)
    #expect(try parsed("explain") == .explain(nil))
    guard case .explain(let index?) = try parsed("explain [1, -2]") else {
      Issue.record("explain [1, -2] did not parse to an index")
      return
    }
    #expect(index.description == "[1, -2]")
    #expect(parseError("explain 1")?.message == "unexpected '1' after 'explain'")
  }

  @Test func compare() throws {
    #expect(
      try parsed("compare <i4 >i4 f8")
        == .compare([DTypeArgument("<i4"), DTypeArgument(">i4"), DTypeArgument("f8")]))
    #expect(
      try parsed("compare [('a', '<i2'), ('b', 'u1')] aligned 'S2'")
        == .compare([
          DTypeArgument("[('a', '<i2'), ('b', 'u1')]", aligned: true), DTypeArgument("S2"),
        ]))
    #expect(parseError("compare")?.message == "'compare' needs a dtype or more")
    #expect(parseError("compare")?.hint == "for example: compare <i4 >i4 <f4")
    #expect(parseError("compare aligned")?.message == "'aligned' must follow a dtype")
  }

  @Test func commandsWithoutArguments() {
    #expect((try? parsed("fields")) == .fields)
    #expect((try? parsed("layout")) == .layout)
    #expect(parseError("fields 1")?.message == "'fields' takes no arguments, got '1'")
    #expect(parseError("layout C")?.message == "'layout' takes no arguments, got 'C'")
  }

  @Test func width() throws {
    #expect(try parsed("set width 8") == .set(.width, 8))
    #expect(try parsed("set width=256") == .set(.width, 256))
    #expect(parseError("set width 0")?.message == "width must lie between 1 and 256, not 0")
    #expect(parseError("set width 257")?.message == "width must lie between 1 and 256, not 257")
  }

  @Test func theCatalogKnowsTheCommands() {
    for name in ["hexdump", "fields", "layout", "inspect", "compare", "explain"] {
      #expect(CommandCatalog.entry(named: name) != nil)
    }
    #expect(parseError("hexdunp")?.hint == "did you mean 'hexdump'?")
  }

  @Test func statsAndHist() throws {
    #expect(try parsed("stats") == .stats)
    #expect(parseError("stats x")?.message == "'stats' takes no arguments, got 'x'")
    #expect(try parsed("hist") == .hist(bins: nil))
    #expect(try parsed("hist 0x10") == .hist(bins: 16))
    #expect(try parsed("hist 0") == .hist(bins: 0))
    #expect(parseError("hist x")?.message == "'x' is not a number: 'x' is not a decimal digit")
    #expect(parseError("hist 3 4")?.message == "unexpected '4' after '3'")
    #expect(parseError("hist 3 4")?.hint == "usage: hist [BINS]")
  }
}
