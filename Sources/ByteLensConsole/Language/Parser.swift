/// Turns statements into commands.
///
/// A statement starts with a command name, or with `[` for indexing. Arguments follow after
/// blanks, or in call syntax right after the name (`reshape(2, 3)`, `view('<f8')`), so that
/// NumPy spellings pasted from Python work too.
public enum Parser {
  /// Parses every statement of `script`.
  /// - Returns: one result per statement, in order.
  public static func parse(script: String) -> [(Statement, Result<Command, LanguageError>)] {
    Lexer.statements(in: script).map { statement in
      (statement, Result { () throws(LanguageError) -> Command in try parse(statement) })
    }
  }

  /// The most characters a bare word (a name, a number, a dtype, a path) may have. Literals
  /// in brackets or quotes are bounded by the statement's length (`ScriptText.lineLimit`).
  public static let wordLimit = 4096

  /// Refuses a bare word longer than `wordLimit`, before any parser reads it. Exempt: `echo`
  /// text, which is prose, and the hex digits of `bytes`, which are data (read in linear
  /// time, and bounded by the statement's length).
  static func checkWordLengths(_ statement: Statement) throws(LanguageError) {
    if let name = statement.words.first?.text, name == "echo" || name == "bytes" { return }
    for word in statement.words where word.range.count > wordLimit {
      guard let first = word.text.first, !"[({'\"".contains(first) else { continue }
      throw LanguageError(
        "the word at column \(word.location.column) has \(word.range.count) characters, more "
          + "than the \(wordLimit) a word may have: \(quoted(word.text))",
        at: word.location)
    }
  }

  /// Parses one statement.
  public static func parse(_ statement: Statement) throws(LanguageError) -> Command {
    if let problem = statement.problem { throw problem }
    try checkWordLengths(statement)
    let characters = statement.characters
    guard let first = characters.first else {
      throw LanguageError("expected a command", at: statement.location)
    }
    if first == "[" {
      var parser = IndexParser(statement, from: 0)
      return .index(try parser.parseExpression())
    }
    var nameEnd = 0
    while nameEnd < characters.count,
      characters[nameEnd].isLetter || characters[nameEnd] == "_"
        || (nameEnd > 0 && characters[nameEnd].isNumber)
    {
      nameEnd += 1
    }
    guard nameEnd > 0 else {
      let word = statement.words.first?.text ?? String(first)
      throw LanguageError(
        "expected a command, got \(quoted(word))", hint: "type 'help' for the list of commands",
        at: statement.location)
    }
    // `save!`: the one name with a mark, save that may replace a file.
    if nameEnd < characters.count, characters[nameEnd] == "!",
      String(characters[0..<nameEnd]) == "save"
    {
      nameEnd += 1
    }
    let name = String(characters[0..<nameEnd])
    var arguments = statement.substatement(nameEnd..<characters.count)
    if nameEnd < characters.count {
      let next = characters[nameEnd]
      if next == "(" && characters.last == ")"
        && closingParenthesis(in: characters, from: nameEnd) == characters.count - 1
      {
        // Call syntax: reshape(2, 3), view('<f8'), tobytes(order='F').
        arguments = statement.substatement(nameEnd + 1..<characters.count - 1)
      } else if !next.isWhitespace && next != "[" {
        let word = statement.words.first?.text ?? name
        throw unknownCommand(word, at: statement.location)
      }
    }
    let context = Context(
      name: name, statement: statement, arguments: arguments,
      nameLocation: statement.location)
    return try context.parse()
  }

  /// Parses one line of text holding one statement (a convenience for tests and tools).
  public static func parse(line: String) throws(LanguageError) -> Command {
    let statements = Lexer.statements(in: line)
    guard statements.count == 1, let statement = statements.first else {
      throw LanguageError(
        statements.isEmpty ? "expected a command" : "expected one command, got \(statements.count)")
    }
    return try parse(statement)
  }

  static func unknownCommand(_ word: String, at location: SourceLocation?) -> LanguageError {
    if let suggestion = Suggestion.closest(to: word, among: CommandCatalog.allNames) {
      return LanguageError(
        "unknown command \(quoted(word))", hint: "did you mean \(quoted(suggestion))?", at: location
      )
    }
    return LanguageError(
      "unknown command \(quoted(word))", hint: "type 'help' for the list of commands", at: location)
  }

  /// The offset of the `)` matching the `(` at `open`, skipping quotes and nested brackets.
  static func closingParenthesis(in characters: [Character], from open: Int) -> Int? {
    var scanner = LexScanner()
    for index in open..<characters.count {
      scanner.consume(characters[index])
      if scanner.isAtTopLevel { return index }
    }
    return nil
  }
}
