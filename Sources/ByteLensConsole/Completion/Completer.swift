import ByteLensEngine

/// What Tab offers at a cursor: the text from `start` to the cursor is replaced by one of
/// `candidates`.
public struct Completion: Equatable, Sendable {
  /// Character offset in the line where the word being completed starts.
  public var start: Int
  /// The possible words, sorted, without duplicates.
  public var candidates: [String]
  /// Whether a unique candidate should be followed by a space (not for a directory or a
  /// field name inside quotes).
  public var appendsSpace: Bool

  /// The longest text every candidate starts with.
  public var commonPrefix: String {
    guard var prefix = candidates.first else { return "" }
    for candidate in candidates.dropFirst() {
      while !candidate.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }
}

/// Tab completion that knows the language: command names; dtypes after `as`, `view`, `astype`;
/// paths after `load`, `source` and `save` (quoted when they hold blanks or other characters
/// the lexer reads, `~` for the home directory) and the members of a `.npz` after `load A.npz:`;
/// field names inside `['`; options after `set`; topics after `help`; words such as byte orders
/// and dump formats where a command takes them.
public struct Completer {
  /// Lists the names in a directory (files and subdirectories, the latter ending in `/`).
  public typealias DirectoryLister = (String) -> [String]
  /// Lists the array names in a `.npz` archive; nil when the path is not an archive.
  public typealias MemberLister = (String) -> [String]?

  let fields: [String]
  let homeDirectory: String?
  let listDirectory: DirectoryLister
  let listMembers: MemberLister

  /// - Parameters:
  ///   - dtype: the current view's dtype, whose field names complete inside `['`.
  ///   - homeDirectory: what a leading `~` in a path names; nil leaves `~` alone.
  public init(
    dtype: DType?, homeDirectory: String? = nil,
    listDirectory: @escaping DirectoryLister = Completer.listDirectory,
    listMembers: @escaping MemberLister = Completer.listMembers
  ) {
    self.fields = dtype?.fields.map(\.name) ?? []
    self.homeDirectory = homeDirectory
    self.listDirectory = listDirectory
    self.listMembers = listMembers
  }

  /// The words that start with what stands before `cursor` in `line`.
  public func complete(_ line: String, cursor: Int) -> Completion {
    let characters = Array(line.prefix(cursor))
    let statementStart = Self.statementStart(characters)
    let statement = Array(characters[statementStart...])
    if let field = fieldCompletion(statement, offset: statementStart) { return field }
    // The word under the cursor runs back to the last blank outside quotes and brackets, so
    // that a quoted path with blanks is one word.
    let wordStart = Self.wordStart(statement)
    let word = String(statement[wordStart...])
    let before = Statement(String(statement[..<wordStart])).words.map(\.text)
    let start = statementStart + wordStart
    guard let command = before.first else {
      return Self.matching(CommandCatalog.allNames, word, start: start)
    }
    let last = before.count > 1 ? before.last : nil
    switch command {
    case "as", "view", "astype", "compare":
      return Self.matching(Self.dtypeWords, word, start: start)
    case "reinterpret":
      return before.count == 1
        ? Self.matching(["as"], word, start: start)
        : Self.matching(Self.dtypeWords, word, start: start)
    case "load":
      if before.count == 1 { return pathCompletion(word, start: start) }
      if before.count >= 4, before[2] == "as", before[3] == "text" {
        return last == "--format"
          ? Self.matching(Self.formatNames, word, start: start)
          : Self.matching(["--format"], word, start: start)
      }
      if last == "as" { return Self.matching(Self.dtypeWords + ["text"], word, start: start) }
      if last == "at" || last == "count" { return Self.nothing(at: start) }
      return Self.matching(["as", "at", "count"], word, start: start)
    case "source":
      return before.count == 1 ? pathCompletion(word, start: start) : Self.nothing(at: start)
    case "save", "save!":
      if before.count == 1 { return pathCompletion(word, start: start) }
      if last == "order" { return Self.matching(["C", "F"], word, start: start) }
      return Self.matching(
        Command.SaveFormat.allCases.map(\.rawValue) + ["order"], word, start: start)
    case "bytes", "paste":
      if last == "--format" { return Self.matching(Self.formatNames, word, start: start) }
      return before.count == 1 && word.hasPrefix("-")
        ? Self.matching(["--format"], word, start: start) : Self.nothing(at: start)
    case "set":
      if before.count == 1 {
        return Self.matching(
          Command.PrintSetting.allCases.map(\.rawValue) + Command.PrintStyle.names, word,
          start: start)
      }
      return Self.matching(
        Self.printStyleValues(after: Array(before.dropFirst())), word, start: start)
    case "help":
      return Self.matching(HelpCatalog.helpNames, word, start: start)
    case "byteorder", "newbyteorder":
      return Self.matching(Command.ByteOrderName.allCases.map(\.rawValue), word, start: start)
    case "copy", "tobytes", "reshape":
      return Self.matching(
        ["C", "F", "A"] + (command == "reshape" ? [] : ["K"]), word, start: start)
    case "learn":
      // `learn next`, `learn N solution`; lesson numbers are not worth listing.
      if before.count == 1 { return Self.matching(["next"], word, start: start) }
      return before.count == 2 && before[1] != "next"
        ? Self.matching(["solution"], word, start: start) : Self.nothing(at: start)
    default:
      return Self.nothing(at: start)
    }
  }

  /// Where the statement under the cursor starts: after the last `;` outside quotes and brackets.
  static func statementStart(_ characters: [Character]) -> Int {
    var scanner = LexScanner()
    var start = 0
    for (index, character) in characters.enumerated() {
      if scanner.isAtTopLevel && character == ";" { start = index + 1 }
      scanner.consume(character)
    }
    while start < characters.count, characters[start].isWhitespace { start += 1 }
    return start
  }

  /// Where the last word of `statement` starts: after its last blank outside quotes and
  /// brackets, as the lexer splits words.
  static func wordStart(_ statement: [Character]) -> Int {
    var scanner = LexScanner()
    var start = 0
    for (index, character) in statement.enumerated() {
      if scanner.isAtTopLevel && character.isWhitespace { start = index + 1 }
      scanner.consume(character)
    }
    return start
  }

  /// Inside an open `['` or `["`: the current dtype's field names. A single name closes its
  /// quote, and its bracket when it is the whole index (`['va` gives `['value']`; in a list,
  /// `[['id', 'va` gives `'value'`).
  func fieldCompletion(_ statement: [Character], offset: Int) -> Completion? {
    guard let quoteIndex = statement.lastIndex(where: { $0 == "'" || $0 == "\"" }),
      quoteIndex > 0
    else { return nil }
    let quote = statement[quoteIndex]
    // The quote must open (an odd count of that quote) right after `[`, `,` or `[[`.
    guard statement.filter({ $0 == quote }).count % 2 == 1 else { return nil }
    var before = quoteIndex - 1
    while before > 0, statement[before] == " " { before -= 1 }
    guard statement[before] == "[" || statement[before] == "," else { return nil }
    var outer = before - 1
    while outer >= 0, statement[outer] == " " { outer -= 1 }
    let isWholeIndex = statement[before] == "[" && (outer < 0 || statement[outer] != "[")
    let prefix = Word.unquoted(String(statement[quoteIndex...]))
    let names = Array(Set(fields.filter { $0.hasPrefix(prefix) })).sorted()
    let escaped = names.map { Self.escaped($0, inside: quote) }
    let candidates =
      escaped.count == 1 ? [escaped[0] + String(quote) + (isWholeIndex ? "]" : "")] : escaped
    return Completion(start: offset + quoteIndex + 1, candidates: candidates, appendsSpace: false)
  }

  /// `text` as it is written inside `quote`s: a backslash before the quote and before itself.
  static func escaped(_ text: String, inside quote: Character) -> String {
    var result = ""
    for character in text {
      if character == quote || character == "\\" { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// The words `set floatmode`, `set sign`, `set formatter [KEY]` and `set legacy` take next.
  static func printStyleValues(after words: [String]) -> [String] {
    switch words {
    case ["floatmode"]: return PrintOptions.FloatMode.allCases.map(\.rawValue)
    case ["sign"]: return ["-", "+", "space"]
    case ["formatter"]: return PrintOptions.IntegerFormatter.numpyKeys + ["none"]
    case let pair where pair.count == 2 && pair[0] == "formatter":
      return PrintOptions.IntegerFormatter.Function.allCases.map(\.rawValue) + ["none"]
    case ["legacy"]: return PrintOptions.legacyModes.map(\.name) + ["false"]
    default: return []
    }
  }

  static func matching(_ words: [String], _ prefix: String, start: Int, appendsSpace: Bool = true)
    -> Completion
  {
    let candidates = Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
    return Completion(start: start, candidates: candidates, appendsSpace: appendsSpace)
  }

  static func nothing(at start: Int) -> Completion {
    Completion(start: start, candidates: [], appendsSpace: true)
  }

  static let formatNames = DumpFormat.allCases.map(\.rawValue)

  /// Typestrings in every byte order, one-character codes and names.
  static let dtypeWords: [String] = {
    var words: [String] = []
    let sized: [(Character, [Int])] = [
      ("i", [1, 2, 4, 8]), ("u", [1, 2, 4, 8]), ("f", [2, 4, 8, 16]), ("c", [8, 16, 32]),
    ]
    for (kind, sizes) in sized {
      for size in sizes {
        words.append("\(kind)\(size)")
        if size > 1 { words += ["<\(kind)\(size)", ">\(kind)\(size)"] }
      }
    }
    words += ["b1", "?", "S1", "S8", "U1", "<U8", ">U8", "V4", "V8"]
    for unit in TimeUnit.Base.allCases {
      for kind in ["M8", "m8"] {
        words += [
          "\(kind)[\(unit.rawValue)]", "<\(kind)[\(unit.rawValue)]", ">\(kind)[\(unit.rawValue)]",
        ]
      }
    }
    words += Array(DType.typeNames.keys).filter { $0 != "a" }
    return words
  }()
}
