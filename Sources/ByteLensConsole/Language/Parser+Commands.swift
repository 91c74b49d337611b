import ByteLensEngine

extension Parser {
  /// The arguments of one command, and the helpers that read them.
  struct Context {
    let name: String
    let statement: Statement
    let arguments: Statement
    let nameLocation: SourceLocation

    var words: [Word] { arguments.words }
    var usage: String { CommandCatalog.usage(of: name) }

    func parse() throws(LanguageError) -> Command {
      switch name {
      case "load": return try parseLoad()
      case "bytes": return try parseBytes()
      case "paste": return try parsePaste()
      case "save", "save!": return try parseSave()
      case "export": return try parseExport()
      case "array": return try parseArray()
      case "reinterpret", "as", "view": return try parseReinterpret()
      case "byteorder", "newbyteorder": return .byteOrder(try parseByteOrder())
      case "byteswap": return try noArguments(.byteswap)
      case "astype":
        return .astype(
          try DTypeArgument.from(
            words[...], in: arguments, after: name, at: arguments.location))
      case "reshape": return try parseReshape()
      case "transpose": return .transpose(axes: try parseAxes())
      case "T": return try noArguments(.transpose(axes: nil))
      case "offset": return .offset(try singleNumber(what: "a byte offset"))
      case "count": return .count(try parseCount())
      case "copy": return .copy(try optionalOrder(default: .C, allowed: [.C, .F, .A, .K]))
      case "tobytes": return try parseTobytes()
      case "show": return .show(try parseShowTarget())
      case "repr": return .repr(try optionalIndex())
      case "info": return try noArguments(.info)
      case "hexdump": return try parseHexdump()
      case "fields": return try noArguments(.fields)
      case "layout": return try noArguments(.layout)
      case "inspect": return .inspect(offset: try optionalNumber(what: "a byte offset"))
      case "compare": return .compare(try parseCompare())
      case "explain": return .explain(try optionalIndex())
      case "plot": return try parsePlot()
      case "image": return .image(size: try parsePictureWords(allowing: [String: Bool]()).size)
      case "bytemap": return .bytemap(size: try parsePictureWords(allowing: [String: Bool]()).size)
      case "guess": return try parseGuess()
      case "find": return try parseFind()
      case "goto": return try parseGoto()
      case "stats": return try noArguments(.stats)
      case "hist": return .hist(bins: try optionalNumber(what: "a number of bins"))
      case "undo": return try noArguments(.undo)
      case "redo": return try noArguments(.redo)
      case "views": return try noArguments(.views)
      case "set": return try parseSet()
      case "echo": return .echo(parseEcho())
      case "help": return .help(words.first?.unquoted)
      case "quit", "exit": return try noArguments(.quit)
      case "reset": return try noArguments(.reset)
      case "source":
        guard let first = words.first else {
          throw error("'source' needs a script path", at: arguments.location)
        }
        // One word is read as `load` reads its path; several are a path with blanks.
        return .source(path: words.count == 1 ? first.unquoted : arguments.text)
      case "learn": return .lesson(try parseLearn())
      case "hint": return try noArguments(.lesson(.hint))
      case "skip": return try noArguments(.lesson(.skip))
      case "back": return try noArguments(.lesson(.back))
      default: throw Parser.unknownCommand(name, at: nameLocation)
      }
    }

    /// `learn`, `learn N`, `learn N solution`, `learn next`.
    func parseLearn() throws(LanguageError) -> Command.LessonRequest {
      guard let first = words.first else { return .list }
      if first.text == "next" { return try noArguments(after: 1, .next) }
      let number: Int
      do {
        number = try self.number(first)
      } catch {
        throw self.error(
          "'learn' takes a lesson number or 'next', not \(quoted(first.text))", at: first.location)
      }
      guard number >= 1 else {
        throw error("a lesson number starts at 1, not \(quoted(first.text))", at: first.location)
      }
      if words.count > 1, words[1].text == "solution" {
        return try noArguments(after: 2, .start(number, playingSolution: true))
      }
      return try noArguments(after: 1, .start(number, playingSolution: false))
    }

    /// `request`, when nothing follows its first `count` words.
    private func noArguments(after count: Int, _ request: Command.LessonRequest)
      throws(LanguageError) -> Command.LessonRequest
    {
      if words.count > count {
        let extra = words[count]
        throw error(
          "unexpected \(quoted(extra.text)) after \(quoted(words[count - 1].text))",
          at: extra.location)
      }
      return request
    }

    // MARK: Shared pieces

    func error(_ message: String, at location: SourceLocation? = nil, hint: String? = nil)
      -> LanguageError
    {
      LanguageError(message, hint: hint ?? "usage: \(usage)", at: location ?? nameLocation)
    }

    func noArguments(_ command: Command) throws(LanguageError) -> Command {
      if let extra = words.first {
        throw error(
          "\(quoted(name)) takes no arguments, got \(quoted(extra.text))", at: extra.location)
      }
      return command
    }

    func number(_ word: Word) throws(LanguageError) -> Int {
      try NumberLiteral.parse(word.unquoted, at: word.location)
    }

    func singleNumber(what: String) throws(LanguageError) -> Int {
      guard let word = words.first else {
        throw error("\(quoted(name)) needs \(what)", at: arguments.location)
      }
      if words.count > 1 {
        throw error(
          "unexpected \(quoted(words[1].text)) after \(quoted(word.text))", at: words[1].location)
      }
      return try number(word)
    }

    /// Reads an order word: `F`, `'F'`, `order=F`, `order='F'`.
    func order(_ word: Word, allowed: [Command.MemoryLayout], for what: String)
      throws(LanguageError) -> Command.MemoryLayout
    {
      var text = word.unquoted
      if text.hasPrefix("order=") { text = Word.unquote(String(text.dropFirst(6))) }
      let names = allowed.map(\.rawValue)
      if let layout = Command.MemoryLayout(rawValue: text.uppercased()),
        text.count == 1, allowed.contains(layout)
      {
        return layout
      }
      let list = ListFormat.or(names)
      if text.uppercased() == "K", !allowed.contains(.K) {
        throw error(
          "\(what) order must be \(list); numpy does not permit 'K' here", at: word.location)
      }
      throw error("\(what) order must be \(list), not \(quoted(word.text))", at: word.location)
    }

    func optionalOrder(default fallback: Command.MemoryLayout, allowed: [Command.MemoryLayout])
      throws(LanguageError) -> Command.MemoryLayout
    {
      guard let word = words.first else { return fallback }
      if words.count > 1 {
        throw error(
          "unexpected \(quoted(words[1].text)) after \(quoted(word.text))", at: words[1].location)
      }
      return try order(word, allowed: allowed, for: name)
    }

    func isKeyword(_ word: Word, _ keywords: Set<String>) -> Bool {
      keywords.contains(word.text)
    }

    // MARK: Sources

    func parseLoad() throws(LanguageError) -> Command {
      guard let pathWord = words.first else {
        throw error("'load' needs a path", at: arguments.location)
      }
      if words.count >= 3, words[1].text == "as", words[2].text == "text" {
        return try parseLoadText()
      }
      var dtype: DTypeArgument? = nil
      var offset: Int? = nil
      var count: Int?? = nil
      var index = 1
      let keywords: Set<String> = ["as", "at", "count"]
      while index < words.count {
        let keyword = words[index]
        switch keyword.text {
        case "as":
          guard dtype == nil else {
            throw error("'as' is given twice", at: keyword.location)
          }
          var end = index + 1
          while end < words.count, !isKeyword(words[end], keywords) { end += 1 }
          dtype = try DTypeArgument.from(
            words[(index + 1)..<end], in: arguments, after: "as", at: keyword.location)
          index = end
        case "at", "count":
          guard index + 1 < words.count, !isKeyword(words[index + 1], keywords) else {
            throw error("\(quoted(keyword.text)) needs a number", at: keyword.location)
          }
          let valueWord = words[index + 1]
          if keyword.text == "at" {
            guard offset == nil else { throw error("'at' is given twice", at: keyword.location) }
            offset = try number(valueWord)
          } else {
            guard count == nil else {
              throw error("'count' is given twice", at: keyword.location)
            }
            count = try countValue(valueWord)
          }
          index += 2
        default:
          throw error(
            "unexpected \(quoted(keyword.text)) after the path \(quoted(pathWord.text))",
            at: keyword.location,
            hint: "usage: \(usage); put a path with blanks in quotes")
        }
      }
      return .load(path: pathWord.unquoted, dtype: dtype, offset: offset, count: count ?? nil)
    }

    func parseArray() throws(LanguageError) -> Command {
      let keywords: Set<String> = ["as", "order"]
      var end = 0
      while end < words.count, !isKeyword(words[end], keywords) { end += 1 }
      guard end > 0 else {
        throw error(
          "'array' needs values", at: arguments.location,
          hint: "for example: array [[1, 2, 3], [4, 5, 6]] as i4")
      }
      let literal = arguments.text(in: words[0].range.lowerBound..<words[end - 1].range.upperBound)
      var dtype: DTypeArgument? = nil
      var layout: Command.MemoryLayout? = nil
      var index = end
      while index < words.count {
        let keyword = words[index]
        if keyword.text == "as" {
          guard dtype == nil else { throw error("'as' is given twice", at: keyword.location) }
          var stop = index + 1
          while stop < words.count, !isKeyword(words[stop], keywords) { stop += 1 }
          dtype = try DTypeArgument.from(
            words[(index + 1)..<stop], in: arguments, after: "as", at: keyword.location)
          index = stop
        } else {
          guard layout == nil else {
            throw error("'order' is given twice", at: keyword.location)
          }
          guard index + 1 < words.count else {
            throw error("'order' needs C, F, A or K", at: keyword.location)
          }
          // np.array takes all four; a new array from values is C unless F is asked for.
          layout = try order(words[index + 1], allowed: [.C, .F, .A, .K], for: "array")
          index += 2
          if index < words.count, !isKeyword(words[index], keywords) {
            throw error("unexpected '\(words[index].text)'", at: words[index].location)
          }
        }
      }
      return .array(literal: literal, dtype: dtype, order: layout ?? .C)
    }

    // MARK: Views

    /// `as DT`, or `as DT [at OFF] [count N]`, which reads the source again as `load` does.
    func parseReinterpret() throws(LanguageError) -> Command {
      var rest = words[...]
      if name != "as", let first = rest.first, first.text == "as" {
        rest = rest.dropFirst()
      }
      let keyword = name == "reinterpret" ? "reinterpret as" : name
      let windowWords: Set<String> = ["at", "count"]
      let end = rest.firstIndex { isKeyword($0, windowWords) } ?? rest.endIndex
      let dtype = try DTypeArgument.from(
        rest[..<end], in: arguments, after: keyword, at: arguments.location)
      guard end < rest.endIndex else { return .reinterpret(dtype) }
      var offset: Int? = nil
      var count: Int?? = nil
      var index = end
      while index < rest.endIndex {
        let word = rest[index]
        guard isKeyword(word, windowWords) else {
          throw error(
            "unexpected \(quoted(word.text)) after the dtype", at: word.location,
            hint: "usage: \(keyword) DTYPE [at OFFSET] [count N]")
        }
        guard index + 1 < rest.endIndex, !isKeyword(rest[index + 1], windowWords) else {
          throw error("\(quoted(word.text)) needs a number", at: word.location)
        }
        if word.text == "at" {
          guard offset == nil else { throw error("'at' is given twice", at: word.location) }
          offset = try number(rest[index + 1])
        } else {
          guard count == nil else { throw error("'count' is given twice", at: word.location) }
          count = try countValue(rest[index + 1])
        }
        index += 2
      }
      return .reinterpretSource(dtype, offset: offset, count: count ?? nil)
    }

    func parseByteOrder() throws(LanguageError) -> Command.ByteOrderName {
      guard let word = words.first else {
        throw error("\(quoted(name)) needs little, big, native or swap", at: arguments.location)
      }
      if words.count > 1 {
        throw error(
          "unexpected \(quoted(words[1].text)) after \(quoted(word.text))", at: words[1].location)
      }
      // NumPy's newbyteorder spellings too.
      switch word.unquoted {
      case "little", "<", "L", "l", "le": return .little
      case "big", ">", "B", "b", "be": return .big
      case "native", "=", "N", "n": return .native
      case "swap", "S", "s": return .swap
      default:
        let names = Command.ByteOrderName.allCases.map(\.rawValue)
        let suggestion = Suggestion.closest(to: word.unquoted, among: names)
        throw error(
          "byte order must be little, big, native or swap, not \(quoted(word.text))",
          at: word.location, hint: suggestion.map { "did you mean \(quoted($0))?" })
      }
    }

    /// Reads a tuple of integers written as `2,3`, `2 3`, `(2, 3)` or `(5,)`.
    func integerTuple(_ tupleWords: ArraySlice<Word>, what: String) throws(LanguageError)
      -> [Int]
    {
      guard let first = tupleWords.first, let last = tupleWords.last else { return [] }
      var inner = arguments.substatement(first.range.lowerBound..<last.range.upperBound)
      if inner.characters.first == "(",
        Parser.closingParenthesis(in: inner.characters, from: 0) == inner.characters.count - 1
      {
        inner = inner.substatement(1..<inner.characters.count - 1)
        if inner.characters.isEmpty { return [] }
      }
      var values: [Int] = []
      var partStart = 0
      let characters = inner.characters
      for index in 0...characters.count {
        guard index == characters.count || characters[index] == "," else { continue }
        let part = inner.substatement(partStart..<index)
        if part.words.isEmpty {
          // A trailing comma is allowed: (5,).
          guard index == characters.count, !values.isEmpty else {
            throw error("missing \(what) at column \(part.location.column)", at: part.location)
          }
        }
        for word in part.words {
          values.append(try number(word))
        }
        partStart = index + 1
      }
      return values
    }

    func parseReshape() throws(LanguageError) -> Command {
      var shapeWords = words[...]
      var layout = Command.MemoryLayout.C
      if let last = shapeWords.last, shapeWords.count > 1 || last.text.hasPrefix("order="),
        !NumberLiteral.looksLikeNumber(last.unquoted), last.text.first != "("
      {
        layout = try order(last, allowed: [.C, .F, .A], for: "reshape")
        shapeWords = shapeWords.dropLast()
      }
      guard !shapeWords.isEmpty else {
        throw error("'reshape' needs a shape", at: arguments.location)
      }
      return .reshape(shape: try integerTuple(shapeWords, what: "dimension"), order: layout)
    }

    func parseAxes() throws(LanguageError) -> [Int]? {
      guard !words.isEmpty else { return nil }
      return try integerTuple(words[...], what: "axis")
    }

    func parseCount() throws(LanguageError) -> Int? {
      guard let word = words.first else {
        throw error("'count' needs a number of elements", at: arguments.location)
      }
      if words.count > 1 {
        throw error(
          "unexpected \(quoted(words[1].text)) after \(quoted(word.text))", at: words[1].location)
      }
      return try countValue(word)
    }

    /// A count: a number ≥ 0, or `all`/`-1` for everything.
    func countValue(_ word: Word) throws(LanguageError) -> Int? {
      if word.text == "all" { return nil }
      let value = try number(word)
      // numpy's frombuffer reads every element for any negative count, not only -1.
      return value < 0 ? nil : value
    }

    // MARK: Output

    func optionalIndex() throws(LanguageError) -> IndexExpression? {
      guard let first = words.first else { return nil }
      guard first.text.first == "[" else {
        throw error(
          "unexpected \(quoted(first.text)) after \(quoted(name))", at: first.location,
          hint: "usage: \(usage), e.g. \(name) [0, 1]")
      }
      var parser = IndexParser(arguments, from: 0)
      return try parser.parseExpression()
    }

    func parseShowTarget() throws(LanguageError) -> Command.ShowTarget {
      if let first = words.first, first.text == "all" {
        if words.count > 1 {
          throw error("unexpected \(quoted(words[1].text)) after 'all'", at: words[1].location)
        }
        return .all
      }
      return try optionalIndex().map { .element($0) } ?? .view
    }

    /// `tobytes [all] [C|F|A|K]`, the words in any order.
    func parseTobytes() throws(LanguageError) -> Command {
      var all = false
      var order: Command.MemoryLayout? = nil
      for word in words {
        if word.text == "all" {
          guard !all else { throw error("'all' is given twice", at: word.location) }
          all = true
          continue
        }
        guard order == nil else {
          throw error("unexpected \(quoted(word.text)) after the order", at: word.location)
        }
        order = try self.order(word, allowed: [.C, .F, .A, .K], for: name)
      }
      return .tobytes(order ?? .C, all: all)
    }

    func parseSet() throws(LanguageError) -> Command {
      guard let first = words.first else { return .listSettings }
      var key = first.text
      var valueWord: Word? = words.count > 1 ? words[1] : nil
      var extraIndex = 2
      if let equals = key.firstIndex(of: "=") {
        // set linewidth=120
        let valueText = String(key[key.index(after: equals)...])
        key = String(key[..<equals])
        let column = first.location.advanced(by: key.count + 1)
        valueWord = valueText.isEmpty ? nil : Word(text: valueText, range: 0..<0, location: column)
        extraIndex = 1
      }
      if Command.PrintStyle.names.contains(key) {
        let values = (valueWord.map { [$0] } ?? []) + Array(words.dropFirst(extraIndex))
        return .setStyle(try parsePrintStyle(key, values: values, at: first.location))
      }
      let names = Command.PrintSetting.allCases.map(\.rawValue) + Command.PrintStyle.names
      guard let setting = Command.PrintSetting(rawValue: key) else {
        let hint = Suggestion.closest(to: key, among: names).map { "did you mean \(quoted($0))?" }
        throw error(
          "unknown setting \(quoted(key))", at: first.location,
          hint: hint ?? "settings are \(ListFormat.and(names))")
      }
      guard let word = valueWord else {
        throw error("'set \(key)' needs a value", at: first.location)
      }
      if words.count > extraIndex {
        throw error("unexpected '\(words[extraIndex].text)'", at: words[extraIndex].location)
      }
      if setting == .threshold, ["inf", "max", "sys.maxsize"].contains(word.text) {
        return .set(setting, Int.max)
      }
      if setting == .threshold, word.text == "-inf" { return .set(setting, Int.min) }
      if setting == .suppress {
        // np.set_printoptions(suppress=...) takes bool(value): any number, 0 is off.
        switch word.unquoted.lowercased() {
        case "on", "true": return .set(setting, 1)
        case "off", "false": return .set(setting, 0)
        default:
          guard let value = try? number(word) else {
            throw LanguageError(
              "suppress is on or off, not \(quoted(word.text))", at: word.location)
          }
          return .set(setting, value == 0 ? 0 : 1)
        }
      }
      if setting == .threshold, word.text.lowercased() == "nan" {
        throw LanguageError(
          "threshold must be non-NAN, try sys.maxsize for untruncated representation",
          at: word.location)
      }
      let value = try number(word)
      let range: ClosedRange<Int>
      switch setting {
      // `np.set_printoptions` takes any integer for these four; a negative precision is refused
      // only when a float is printed, as NumPy refuses it.
      case .linewidth, .threshold, .edgeitems, .precision, .suppress: return .set(setting, value)
      case .width: range = HexdumpRenderer.widths
      case .base: range = 0...Int.max
      }
      guard range.contains(value) else {
        let upper = range.upperBound == Int.max ? "" : " and \(range.upperBound)"
        throw LanguageError(
          upper.isEmpty
            ? "\(key) must be \(range.lowerBound) or more, not \(value)"
            : "\(key) must lie between \(range.lowerBound)\(upper), not \(value)",
          at: word.location)
      }
      return .set(setting, value)
    }

    func parseEcho() -> String {
      if words.count == 1, let word = words.first, word.isQuotedString { return word.unquoted }
      return arguments.text
    }
  }
}

extension Word {
  /// `'F'` → `F`; other text unchanged.
  static func unquote(_ text: String) -> String {
    guard let first = text.first, first == "'" || first == "\"", text.count >= 2,
      text.last == first
    else { return text }
    return String(text.dropFirst().dropLast())
  }
}

/// English lists for messages.
enum ListFormat {
  static func or(_ items: [String]) -> String { join(items, "or") }
  static func and(_ items: [String]) -> String { join(items, "and") }

  private static func join(_ items: [String], _ word: String) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return "\(items[0]) \(word) \(items[1])"
    default: return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }
  }
}
