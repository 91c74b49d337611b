import Testing

@testable import ByteLensConsole

@Suite struct DTypeArgumentTests {
  func argument(_ text: String) throws -> DTypeArgument {
    guard case .reinterpret(let argument) = try Parser.parse(line: "as " + text) else {
      Issue.record("not a reinterpret")
      return DTypeArgument("")
    }
    return argument
  }

  @Test(arguments: [
    ("<f8", "<f8"), ("<f8>", "<f8"), (">i2>", ">i2"), ("<M8[ns]>", "<M8[ns]"), ("'>u4'", ">u4"),
    ("\"S5\"", "S5"), ("np.float32", "float32"), ("numpy.int8", "int8"), ("np.dtype", "dtype"),
    ("(2,3)i4", "(2,3)i4"), ("f8", "f8"), ("i4,f8", "i4,f8"),
    // Not stripped: the text is a structured or unusual spelling.
    ("<f8,<i4>", "<f8,<i4>"), ("[('a', '<f8')]", "[('a', '<f8')]"),
    ("'<f8', '<i4'", "'<f8', '<i4'"), ("np.", "np."), ("np.2", "np.2"),
  ])
  func normalises(_ typed: String, _ expected: String) throws {
    #expect(try argument(typed).text == expected)
  }

  @Test func alignedNeedsADTypeBeforeIt() throws {
    #expect(try argument("i4,u1 aligned") == DTypeArgument("i4,u1", aligned: true))
    // A lone 'aligned' is the dtype text itself (the engine then refuses it).
    #expect(try argument("aligned") == DTypeArgument("aligned"))
  }

  @Test func locationIsTheFirstWord() throws {
    #expect(try argument("  <f8").location == SourceLocation(line: 1, column: 6))
  }

  @Test func descriptionShowsAlignment() {
    #expect(DTypeArgument("i4,u1", aligned: true).description == "i4,u1 aligned")
    #expect(DTypeArgument("<f8").description == "<f8")
  }
}

@Suite struct SuggestionTests {
  @Test func editDistance() {
    #expect(Suggestion.editDistance(Array("reshpe"), Array("reshape")) == 1)
    #expect(Suggestion.editDistance(Array("reshpae"), Array("reshape")) == 1)
    #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
    #expect(Suggestion.editDistance(Array("abc"), Array("")) == 3)
    #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
  }

  @Test func closest() {
    #expect(Suggestion.closest(to: "tobyte", among: CommandCatalog.allNames) == "tobytes")
    #expect(Suggestion.closest(to: "shw", among: CommandCatalog.allNames) == "show")
    #expect(Suggestion.closest(to: "xyz", among: CommandCatalog.allNames) == nil)
    // Short words allow one edit only.
    #expect(Suggestion.closest(to: "sxxw", among: ["show"]) == nil)
    #expect(Suggestion.closest(to: "rshpe", among: ["reshape"]) == "reshape")
  }

  @Test func catalogKnowsEveryParsedName() throws {
    for name in CommandCatalog.allNames {
      let error = parseError(name)
      #expect(error?.message.hasPrefix("unknown command") != true, "\(name)")
    }
    #expect(CommandCatalog.usage(of: "as") == "as DTYPE [at OFFSET] [count N]")
    #expect(CommandCatalog.usage(of: "newbyteorder") == "newbyteorder little|big|native|swap")
    #expect(CommandCatalog.usage(of: "nonesuch") == "nonesuch")
  }
}
