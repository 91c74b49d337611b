import Testing

@testable import ByteLensConsole

@Suite struct LexerTests {
  func texts(_ script: String) -> [String] {
    Lexer.statements(in: script).map(\.text)
  }

  @Test func splitsAtNewlinesAndSemicolons() {
    #expect(texts("as <f8; repr\nshow\n\n  info  ") == ["as <f8", "repr", "show", "info"])
  }

  @Test func semicolonInsideQuotesOrBracketsIsText() {
    #expect(texts("echo 'a; b'; show") == ["echo 'a; b'", "show"])
    #expect(texts("as [('a;b', 'i4')]; repr") == ["as [('a;b', 'i4')]", "repr"])
  }

  @Test func commentsEndAtTheLineEnd() {
    #expect(texts("show # the view; repr\nrepr") == ["show", "repr"])
    #expect(texts("echo '# not a comment' # a comment") == ["echo '# not a comment'"])
    #expect(texts("# only a comment\n") == [])
  }

  @Test func newlinesInsideBracketsContinueTheStatement() {
    let statements = Lexer.statements(in: "as [('id', '<i4'),  # the key\n   ('v', '<f8')]\nrepr")
    #expect(statements.map(\.text) == ["as [('id', '<i4'),      ('v', '<f8')]", "repr"])
    // Positions map back across the removed comment and the newline.
    let text = statements[0].text
    let offset = text.distance(from: text.startIndex, to: text.range(of: "('v'")!.lowerBound)
    #expect(statements[0].location(at: offset) == SourceLocation(line: 2, column: 4))
    #expect(statements[1].location == SourceLocation(line: 3, column: 1))
  }

  @Test func locationsCountFromTheLineStart() {
    let statements = Lexer.statements(in: "show;  repr [1]\n  info", firstLine: 5)
    #expect(
      statements.map(\.location) == [
        SourceLocation(line: 5, column: 1), SourceLocation(line: 5, column: 8),
        SourceLocation(line: 6, column: 3),
      ])
    #expect(statements[1].words.map(\.location.column) == [8, 13])
  }

  @Test func wordsKeepBracketsAndQuotesTogether() {
    let statement = Lexer.statements(in: "load 'my file.bin' as [('a', 'i4'), ('b', 'f8')] at 8")[0]
    #expect(
      statement.words.map(\.text) == [
        "load", "'my file.bin'", "as", "[('a', 'i4'), ('b', 'f8')]", "at", "8",
      ])
    #expect(statement.words[1].unquoted == "my file.bin")
    #expect(statement.words[1].isQuotedString)
    #expect(!statement.words[3].isQuotedString)
  }

  @Test func unquotingHandlesEscapesAndConcatenation() {
    let words = Lexer.statements(in: #"x 'it\'s' "a"'b'c 'back\\slash' 'keep\n'"#)[0].words
    #expect(words.map(\.unquoted) == ["x", "it's", "abc", #"back\slash"#, #"keep\n"#])
    #expect(!words[2].isQuotedString)
  }

  /// A path written back into a command (`guess` on an archive) reads as the same one word.
  @Test func quotedIfNeededRoundTrips() {
    for path in ["plain/a.npz", "my file.npz", "it's.npz", #"back\slash;#1"#, "[x].npz", ""] {
      let written = Word.quotedIfNeeded(path)
      let words = Lexer.statements(in: "load \(written) as u1")[0].words
      #expect(words.count == 4)
      #expect(words[1].unquoted == path)
    }
    #expect(Word.quotedIfNeeded("plain/a.npz") == "plain/a.npz")
    #expect(Word.quotedIfNeeded("my file.npz") == "'my file.npz'")
  }

  @Test func unterminatedQuoteOnItsLine() {
    let statements = Lexer.statements(in: "echo 'abc\nshow")
    #expect(statements.count == 2)
    #expect(
      statements[0].problem?.message
        == "unterminated string: the ' at column 6 is not closed on its line")
    #expect(statements[0].problem?.location == SourceLocation(line: 1, column: 6))
    #expect(statements[1].text == "show")
    #expect(statements[1].problem == nil)
  }

  @Test func unterminatedQuoteAtTheEnd() {
    let statements = Lexer.statements(in: "echo \"abc")
    #expect(
      statements[0].problem?.message == "unterminated string: the \" at column 6 is not closed")
    #expect(statements[0].problem?.hint == "close the quote with \"")
  }

  @Test func mismatchedClosingBracket() {
    let problem = Lexer.statements(in: "as [('a', 'i4']")[0].problem
    #expect(problem?.message == "']' at column 15 does not match the '(' at column 5")
    #expect(problem?.hint == "close '(' with ')'")
  }

  @Test func closingBracketWithoutOpening() {
    let problem = Lexer.statements(in: "reshape 2,3)")[0].problem
    #expect(problem?.message == "')' at column 12 has no opening '('")
    #expect(problem?.location == SourceLocation(line: 1, column: 12))
  }

  @Test func unclosedBracket() {
    let statements = Lexer.statements(in: "[1:, ::2")
    #expect(statements[0].problem?.message == "'[' at column 1 is not closed")
    #expect(statements[0].problem?.hint == "close it with ']'")
  }

  @Test func continuationIsNeededOnlyInsideOpenBrackets() {
    #expect(Lexer.needsContinuation("as [('a', 'i4'),"))
    #expect(!Lexer.needsContinuation("as [('a', 'i4')]"))
    #expect(!Lexer.needsContinuation("reshape 2,3)"))
    #expect(!Lexer.needsContinuation("echo '['"))
  }

  @Test func substatementsKeepPositions() {
    let statement = Statement("reshape  (2, 3)  F", at: SourceLocation(line: 2, column: 3))
    let inner = statement.substatement(7..<statement.text.count)
    #expect(inner.text == "(2, 3)  F")
    #expect(inner.location == SourceLocation(line: 2, column: 12))
    #expect(inner.words.map(\.location.column) == [12, 20])
    #expect(statement.text(in: 7..<16) == "(2, 3)")
  }
}
