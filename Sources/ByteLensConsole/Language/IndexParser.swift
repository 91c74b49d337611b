import ByteLensEngine

/// Parses NumPy subscripts written as in Python: `[1:, ::2]`, `[::-1]`, `[0, ..., 1]`,
/// `['value']`, `[['a', 'b']]`, `[None]`, chained `[0][1]`.
struct IndexParser {
  static let usage =
    "index with integers, slices such as 1:5:2 or ::-1, '...', None (or newaxis), "
    + "or field names such as ['value']"

  private let statement: Statement
  private let characters: [Character]
  private var position: Int

  /// A parser for the text of `statement` from character `offset` on.
  init(_ statement: Statement, from offset: Int) {
    self.statement = statement
    self.characters = statement.characters
    self.position = offset
  }

  /// Parses every subscript up to the end of the statement.
  mutating func parseExpression() throws(LanguageError) -> IndexExpression {
    var subscripts: [[IndexItem]] = []
    skipBlanks()
    while position < characters.count {
      guard characters[position] == "[" else {
        throw error(
          "unexpected '\(word(at: position))' after the index", at: position,
          hint: "an index is one or more [...] groups, such as [1:, ::2] or [0][1]")
      }
      subscripts.append(try parseSubscript())
      skipBlanks()
    }
    guard !subscripts.isEmpty else {
      throw error("expected an index such as [0] or [1:, ::2]", at: position, hint: Self.usage)
    }
    return IndexExpression(subscripts)
  }

  private mutating func parseSubscript() throws(LanguageError) -> [IndexItem] {
    let open = position
    position += 1  // "["
    var components: [IndexItem] = []
    skipBlanks()
    if peek() == "]" {
      throw error("empty index '[]'", at: open, hint: Self.usage)
    }
    // a[(0, 1)] is a[0, 1], and a[()] the empty tuple: the whole array, or a 0-d array's
    // scalar.
    if peek() == "(" {
      let saved = position
      let (items, isTuple) = try parseParenthesised()
      skipBlanks()
      if isTuple, peek() == "]" {
        position += 1
        return items
      }
      position = saved
    }
    while true {
      skipBlanks()
      if peek() == "," || peek() == "]" {
        throw error(
          "missing index item before '\(peek()!)' at column \(column(position))", at: position,
          hint: Self.usage)
      }
      components.append(try parseComponent())
      skipBlanks()
      guard let next = peek() else {
        throw error("'[' at column \(column(open)) is not closed", at: open)
      }
      if next == "]" {
        position += 1
        return components
      }
      guard next == "," else {
        throw error(
          "unexpected '\(word(at: position))' in index at column \(column(position))",
          at: position, hint: Self.usage)
      }
      position += 1
      skipBlanks()
      if peek() == "]" {  // trailing comma, as Python allows: [0,]
        position += 1
        return components
      }
    }
  }

  private mutating func parseComponent() throws(LanguageError) -> IndexItem {
    let start = position
    guard let first = peek() else {
      throw error("expected an index item", at: position, hint: Self.usage)
    }
    if first == "." {
      if matches("...") {
        position += 3
        return .ellipsis
      }
      throw error("unexpected '\(word(at: start))' in index; did you mean '...'?", at: start)
    }
    if first == "'" || first == "\"" {
      return .field(try parseString())
    }
    if first == "[" {
      return .fields(try parseFieldList())
    }
    if first == "(" {
      let (items, isTuple) = try parseParenthesised()
      guard !isTuple, let item = items.first else {
        throw error(
          "a tuple inside an index selects elements by integer arrays, which is not supported",
          at: start, hint: "write the items directly: [0, 1] rather than [0, (1, 2)]")
      }
      return item
    }
    if first.isLetter {
      let name = readName()
      switch name {
      case "None", "newaxis", "np.newaxis", "numpy.newaxis":
        return .newAxis
      case "True", "False":
        return .boolean(name == "True")
      default:
        throw error(
          "\(quoted(name)) is not an index", at: start,
          hint: "quote a field name, as in [\(quoted(name))], or use None for a new axis")
      }
    }
    // An integer or a slice.
    var parts: [Int?] = []
    var current = try parseOptionalInteger()
    while peek() == ":" {
      parts.append(current)
      guard parts.count < 3 else {
        throw error(
          "a slice has at most two ':' (start:stop:step), at column \(column(position))",
          at: position)
      }
      position += 1
      current = try parseOptionalInteger()
    }
    if parts.isEmpty {
      guard let value = current else {
        throw error(
          "unexpected '\(word(at: start))' in index at column \(column(start))", at: start,
          hint: Self.usage)
      }
      return .integer(value)
    }
    parts.append(current)
    let step = parts.count > 2 ? parts[2] : nil
    if step == 0 {
      throw error("slice step cannot be zero", at: start, hint: "use a step such as 2 or -1")
    }
    return .slice(start: parts[0], stop: parts[1], step: step)
  }

  /// `(…)`: the items inside parentheses, and whether they make a tuple (`()`, `(0,)`,
  /// `(0, 1)`) rather than one parenthesised item (`(0)`).
  private mutating func parseParenthesised() throws(LanguageError) -> (
    items: [IndexItem], isTuple: Bool
  ) {
    let open = position
    position += 1  // "("
    var items: [IndexItem] = []
    var sawComma = false
    while true {
      skipBlanks()
      guard let next = peek() else {
        throw error("'(' at column \(column(open)) is not closed", at: open)
      }
      if next == ")" {
        position += 1
        return (items, sawComma || items.isEmpty)
      }
      if next == "," {
        throw error(
          "missing index item before ',' at column \(column(position))", at: position,
          hint: Self.usage)
      }
      items.append(try parseComponent())
      skipBlanks()
      if peek() == nil {
        throw error("'(' at column \(column(open)) is not closed", at: open)
      } else if peek() == "," {
        sawComma = true
        position += 1
      } else if peek() != ")" {
        throw error(
          "unexpected '\(word(at: position))' in index at column \(column(position))",
          at: position, hint: Self.usage)
      }
    }
  }

  /// Reads an integer if one starts here; nil if the next character ends the part.
  private mutating func parseOptionalInteger() throws(LanguageError) -> Int? {
    skipBlanks()
    let start = position
    while let character = peek(),
      character.isLetter || character.isNumber || character == "_"
        || ((character == "-" || character == "+") && position == start)
    {
      position += 1
    }
    guard position > start else { return nil }
    let text = String(characters[start..<position])
    let value = try NumberLiteral.parse(text, at: statement.location(at: start))
    skipBlanks()
    return value
  }

  private mutating func parseFieldList() throws(LanguageError) -> [String] {
    let open = position
    position += 1  // "["
    var names: [String] = []
    while true {
      skipBlanks()
      guard let next = peek() else {
        throw error("'[' at column \(column(open)) is not closed", at: open)
      }
      if next == "]" {
        position += 1
        break
      }
      guard next == "'" || next == "\"" else {
        throw error(
          "a list inside an index must hold field names such as ['a', 'b']; "
            + "lists of integers (fancy indexing) are not supported",
          at: position, hint: "select with slices such as 0:3 or ::2")
      }
      names.append(try parseString())
      skipBlanks()
      guard let after = peek() else {
        throw error("'[' at column \(column(open)) is not closed", at: open)
      }
      if after == "," {
        position += 1
      } else if after != "]" {
        throw error(
          "unexpected '\(word(at: position))' in a list of field names at column "
            + "\(column(position))", at: position)
      }
    }
    guard !names.isEmpty else {
      throw error("an empty list of field names selects nothing", at: open, hint: Self.usage)
    }
    return names
  }

  /// Reads a quoted string; the lexer has checked that it is closed.
  private mutating func parseString() throws(LanguageError) -> String {
    let open = position
    let quote = characters[position]
    position += 1
    var result = ""
    while let character = peek() {
      position += 1
      if character == quote { return result }
      if character == "\\", let next = peek() {
        position += 1
        switch next {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "\\", "'", "\"": result.append(next)
        default:
          result.append("\\")
          result.append(next)
        }
      } else {
        result.append(character)
      }
    }
    throw error("unterminated string starting at column \(column(open))", at: open)
  }

  // MARK: Characters

  private func peek() -> Character? {
    position < characters.count ? characters[position] : nil
  }

  private func matches(_ text: String) -> Bool {
    var index = position
    for character in text {
      guard index < characters.count, characters[index] == character else { return false }
      index += 1
    }
    return true
  }

  private mutating func skipBlanks() {
    while let character = peek(), character.isWhitespace { position += 1 }
  }

  private mutating func readName() -> String {
    let start = position
    while let character = peek(),
      character.isLetter || character.isNumber || character == "_"
        || character == "."
    {
      position += 1
    }
    return String(characters[start..<position])
  }

  /// The run of characters at `offset` up to a blank or a delimiter, for messages.
  private func word(at offset: Int) -> String {
    var end = offset
    while end < characters.count {
      let character = characters[end]
      if character.isWhitespace || (end > offset && ",:[]".contains(character)) { break }
      end += 1
    }
    return String(characters[offset..<max(end, min(offset + 1, characters.count))])
  }

  private func column(_ offset: Int) -> Int { statement.location(at: offset).column }

  private func error(_ message: String, at offset: Int, hint: String? = nil) -> LanguageError {
    LanguageError(message, hint: hint, at: statement.location(at: offset))
  }
}
