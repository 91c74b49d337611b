import Testing
import ByteLensEngine

@testable import ByteLensConsole

@Suite struct IndexParserTests {
  func index(_ text: String) throws -> [[IndexItem]] {
    guard case .index(let expression) = try Parser.parse(line: text) else {
      Issue.record("'\(text)' is not an index")
      return []
    }
    return expression.subscripts
  }

  /// The error of an index parsed directly, without the lexer's checks.
  func directError(_ text: String) -> LanguageError? {
    var parser = IndexParser(Statement(text), from: 0)
    do {
      _ = try parser.parseExpression()
      return nil
    } catch {
      return error
    }
  }

  @Test func integersAndSlices() throws {
    #expect(
      try index("[1:, ::2]") == [
        [.slice(start: 1, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)]
      ])
    #expect(try index("[::-1]") == [[.slice(start: nil, stop: nil, step: -1)]])
    #expect(try index("[-1]") == [[.integer(-1)]])
    #expect(try index("[ 1 : 5 : 2 ]") == [[.slice(start: 1, stop: 5, step: 2)]])
    #expect(try index("[:]") == [[.slice(start: nil, stop: nil, step: nil)]])
    #expect(try index("[0x10:1K]") == [[.slice(start: 16, stop: 1024, step: nil)]])
    #expect(try index("[1:2:]") == [[.slice(start: 1, stop: 2, step: nil)]])
    #expect(try index("[0,]") == [[.integer(0)]])
  }

  /// numpy's tuple forms: a[()] is the whole array (a 0-d array's scalar), a[(0)] is a[0],
  /// a[(0, 1)] is a[0, 1]; True and False add an axis of length 1 or 0.
  @Test func parenthesesAndBooleans() throws {
    #expect(try index("[()]") == [[]])
    #expect(try index("[ ( ) ]") == [[]])
    #expect(try index("[(0)]") == [[.integer(0)]])
    #expect(try index("[(0, 1)]") == [[.integer(0), .integer(1)]])
    #expect(try index("[(0,)]") == [[.integer(0)]])
    #expect(try index("[(1:2, ...)]") == [[.slice(start: 1, stop: 2, step: nil), .ellipsis]])
    #expect(try index("[0, (1)]") == [[.integer(0), .integer(1)]])
    #expect(try index("[True]") == [[.boolean(true)]])
    #expect(try index("[False]") == [[.boolean(false)]])
    #expect(IndexExpression([[], [.boolean(true)]]).description == "[()][True]")
  }

  @Test func ellipsisNewAxisAndChains() throws {
    #expect(try index("[0, ..., 1]") == [[.integer(0), .ellipsis, .integer(1)]])
    #expect(try index("[None, :]") == [[.newAxis, .slice(start: nil, stop: nil, step: nil)]])
    #expect(try index("[newaxis]") == [[.newAxis]])
    #expect(try index("[np.newaxis]") == [[.newAxis]])
    #expect(try index("[0][1:]") == [[.integer(0)], [.slice(start: 1, stop: nil, step: nil)]])
    #expect(try index("[0] [1]") == [[.integer(0)], [.integer(1)]])
  }

  @Test func fields() throws {
    #expect(try index("['value']") == [[.field("value")]])
    #expect(try index("[\"a b\"]") == [[.field("a b")]])
    #expect(try index(#"['it\'s']"#) == [[.field("it's")]])
    #expect(try index("[['a','b']]") == [[.fields(["a", "b"])]])
    #expect(try index("[['a', 'b',]]") == [[.fields(["a", "b"])]])
  }

  @Test func descriptionIsPython() throws {
    let expression = IndexExpression(
      try index("[1:, ::2, ..., None, -1]") + [[.field("v")], [.fields(["a", "b"])]])
    #expect(expression.description == "[1:, ::2, ..., None, -1]['v'][['a', 'b']]")
    #expect(IndexExpression([[.slice(start: 1, stop: 2, step: 3)]]).description == "[1:2:3]")
  }

  @Test func emptyIndex() {
    let error = parseError("[]")
    #expect(error?.message == "empty index '[]'")
    #expect(error?.hint == IndexParser.usage)
  }

  @Test func missingItems() {
    #expect(parseError("[1,,2]")?.message == "missing index item before ',' at column 4")
    #expect(parseError("[,1]")?.message == "missing index item before ',' at column 2")
  }

  @Test func unexpectedCharacters() {
    #expect(parseError("[1 2]")?.message == "unexpected '2' in index at column 4")
    #expect(parseError("[@]")?.message == "unexpected '@' in index at column 2")
    #expect(parseError("[0] x")?.message == "unexpected 'x' after the index")
    #expect(parseError("[..]")?.message == "unexpected '..' in index; did you mean '...'?")
    #expect(parseError("[1:end]")?.message == "'end' is not a number: 'e' is not a decimal digit")
  }

  @Test func unsupportedForms() {
    #expect(
      parseError("[0, (1, 2)]")?.message
        == "a tuple inside an index selects elements by integer arrays, which is not supported")
    #expect(directError("[(0, 1]")?.message == "unexpected ']' in index at column 7")
    #expect(directError("[(0, 1")?.message == "'(' at column 2 is not closed")
    let bare = parseError("[value]")
    #expect(bare?.message == "'value' is not an index")
    #expect(bare?.hint == "quote a field name, as in ['value'], or use None for a new axis")
    #expect(
      parseError("[[0, 1]]")?.message
        == "a list inside an index must hold field names such as ['a', 'b']; "
        + "lists of integers (fancy indexing) are not supported")
    #expect(
      parseError("[['a' 'b']]")?.message
        == "unexpected ''b'' in a list of field names at column 7")
    #expect(parseError("[[]]")?.message == "an empty list of field names selects nothing")
  }

  @Test func slices() {
    #expect(
      parseError("[1:2:3:4]")?.message
        == "a slice has at most two ':' (start:stop:step), at column 7")
    let zero = parseError("[::0]")
    #expect(zero?.message == "slice step cannot be zero")
    #expect(zero?.location == SourceLocation(line: 1, column: 2))
  }

  @Test func errorsTheLexerWouldCatchFirst() {
    #expect(directError("")?.message == "expected an index such as [0] or [1:, ::2]")
    #expect(directError("[1")?.message == "'[' at column 1 is not closed")
    #expect(directError("[1,")?.message == "expected an index item")
    #expect(directError("[['a'")?.message == "'[' at column 2 is not closed")
    #expect(directError("['abc")?.message == "unterminated string starting at column 2")
  }

  @Test func locationsPointIntoTheLine() {
    #expect(parseError("show [0, x]")?.location == SourceLocation(line: 1, column: 10))
  }
}
