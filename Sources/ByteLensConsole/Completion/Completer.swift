#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
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
/// paths after `load` and `source`; field names inside `['`; options after `set`; topics after
/// `help`; words such as byte orders where a command takes them.
public struct Completer {
  /// Lists the names in a directory (files and subdirectories, the latter ending in `/`).
  public typealias DirectoryLister = (String) -> [String]

  let fields: [String]
  let listDirectory: DirectoryLister

  /// - Parameters:
  ///   - dtype: the current view's dtype, whose field names complete inside `['`.
  public init(dtype: DType?, listDirectory: @escaping DirectoryLister = Completer.listDirectory) {
    self.fields = dtype?.fields.map(\.name) ?? []
    self.listDirectory = listDirectory
  }

  /// The words that start with what stands before `cursor` in `line`.
  public func complete(_ line: String, cursor: Int) -> Completion {
    let characters = Array(line.prefix(cursor))
    let statementStart = Self.statementStart(characters)
    let statement = Array(characters[statementStart...])
    if let field = fieldCompletion(statement, offset: statementStart) { return field }
    // The word under the cursor runs back to the last blank (or `,` for dtypes lists).
    var wordStart = statement.count
    while wordStart > 0, !statement[wordStart - 1].isWhitespace { wordStart -= 1 }
    let word = String(statement[wordStart...])
    let before = String(statement[..<wordStart]).split(whereSeparator: \.isWhitespace).map(String.init)
    let start = statementStart + wordStart
    guard let command = before.first else {
      return Self.matching(CommandCatalog.allNames, word, start: start)
    }
    switch command {
    case "as", "view", "astype", "compare":
      return Self.matching(Self.dtypeWords, word, start: start)
    case "reinterpret":
      return before.count == 1
        ? Self.matching(["as"], word, start: start)
        : Self.matching(Self.dtypeWords, word, start: start)
    case "load", "source", "save", "save!":
      if before.count == 1 { return pathCompletion(word, start: start) }
      if before.last == "as" { return Self.matching(Self.dtypeWords, word, start: start) }
      return Self.matching(["as", "at", "count"], word, start: start)
    case "set":
      return before.count == 1
        ? Self.matching(Command.PrintSetting.allCases.map(\.rawValue), word, start: start)
        : Completion(start: start, candidates: [], appendsSpace: true)
    case "help":
      return Self.matching(HelpCatalog.helpNames, word, start: start)
    case "byteorder", "newbyteorder":
      return Self.matching(Command.ByteOrderName.allCases.map(\.rawValue), word, start: start)
    case "copy", "tobytes", "reshape":
      return Self.matching(["C", "F", "A"] + (command == "reshape" ? [] : ["K"]), word, start: start)
    default:
      return Completion(start: start, candidates: [], appendsSpace: true)
    }
  }

  /// Where the statement under the cursor starts: after the last `;` outside quotes and brackets.
  static func statementStart(_ characters: [Character]) -> Int {
    var start = 0
    var quote: Character? = nil
    var depth = 0
    for (i, c) in characters.enumerated() {
      if let q = quote {
        if c == q { quote = nil }
        continue
      }
      switch c {
      case "'", "\"": quote = c
      case "[", "(", "{": depth += 1
      case "]", ")", "}": depth = max(0, depth - 1)
      case ";" where depth == 0: start = i + 1
      default: break
      }
    }
    while start < characters.count, characters[start].isWhitespace { start += 1 }
    return start
  }

  /// Inside an open `['` or `["`: the current dtype's field names.
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
    let prefix = String(statement[(quoteIndex + 1)...])
    return Self.matching(fields, prefix, start: offset + quoteIndex + 1, appendsSpace: false)
  }

  func pathCompletion(_ word: String, start: Int) -> Completion {
    var text = word
    if let first = text.first, first == "'" || first == "\"" { text.removeFirst() }
    let quoteLength = word.count - text.count
    let directory: String
    let base: String
    if let slash = text.lastIndex(of: "/") {
      directory = String(text[...slash])
      base = String(text[text.index(after: slash)...])
    } else {
      directory = ""
      base = text
    }
    var expanded = directory.isEmpty ? "." : directory
    if expanded.hasPrefix("~/"), let home = getenv("HOME") {
      expanded = String(cString: home) + expanded.dropFirst()
    }
    let names = listDirectory(expanded).filter { base.hasPrefix(".") || !$0.hasPrefix(".") }
    let candidates = names.filter { $0.hasPrefix(base) }.map { directory + $0 }.sorted()
    let unique = candidates.count == 1 && !(candidates.first?.hasSuffix("/") ?? false)
    return Completion(start: start + quoteLength, candidates: candidates, appendsSpace: unique)
  }

  static func matching(_ words: [String], _ prefix: String, start: Int, appendsSpace: Bool = true)
    -> Completion
  {
    let candidates = Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
    return Completion(start: start, candidates: candidates, appendsSpace: appendsSpace)
  }

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
      for kind in ["M8", "m8"] { words += ["\(kind)[\(unit.rawValue)]", "<\(kind)[\(unit.rawValue)]", ">\(kind)[\(unit.rawValue)]"] }
    }
    words += Array(DType.typeNames.keys).filter { $0 != "a" }
    return words
  }()

  /// The entries of a directory, subdirectories with a trailing `/`; nothing when it cannot
  /// be read.
  public static func listDirectory(_ path: String) -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      var status = stat()
      let full = path.hasSuffix("/") ? path + name : path + "/" + name
      let isDirectory = stat(full, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
      names.append(isDirectory ? name + "/" : name)
    }
    return names
  }
}
