import ByteLensEngine

/// The arguments of the commands that bring bytes in and take them out: `bytes`, `paste`,
/// `load … as text`, `save`, `export`.
extension Parser.Context {
  /// `--format NAME` or `--format=NAME` at the start of the arguments: the format and the
  /// index of the first word after it.
  func formatOption() throws(LanguageError) -> (format: DumpFormat?, next: Int) {
    // `--` and a letter is an option; other text may start with dashes (PEM's `-----BEGIN`).
    guard let first = words.first, first.text.hasPrefix("--"),
      first.text.dropFirst(2).first?.isLetter == true
    else { return (nil, 0) }
    var name: Word
    var next: Int
    if first.text.hasPrefix("--format=") {
      let value = String(first.text.dropFirst("--format=".count))
      name = Word(text: value, range: first.range, location: first.location.advanced(by: 9))
      next = 1
    } else if first.text == "--format" {
      guard words.count > 1 else {
        throw error("'--format' needs a format name", at: first.location, hint: formatHint)
      }
      name = words[1]
      next = 2
    } else {
      throw error(
        "unknown option \(quoted(first.text))", at: first.location, hint: "usage: \(usage)")
    }
    guard let format = DumpFormat.named(name.unquoted) else {
      let names = DumpFormat.allCases.map(\.rawValue)
      let suggestion = Suggestion.closest(to: name.unquoted, among: names)
      throw error(
        "unknown dump format \(quoted(name.text))", at: name.location,
        hint: suggestion.map { "did you mean \(quoted($0))?" } ?? formatHint)
    }
    return (format, next)
  }

  var formatHint: String {
    "formats: " + DumpFormat.allCases.map(\.rawValue).joined(separator: ", ")
  }

  func parseBytes() throws(LanguageError) -> Command {
    let (format, next) = try formatOption()
    guard next < words.count else {
      throw error(
        "'bytes' needs hex text or a dump", at: arguments.location,
        hint: "for example: bytes 01 02 ff 7f, bytes de:ad:be:ef, bytes b'\\x01\\x02', "
          + "bytes {0x01, 0x02}; several lines: paste")
    }
    let start = words[next]
    return .bytes(
      text: arguments.text(from: start.range.lowerBound), location: start.location,
      format: format)
  }

  func parsePaste() throws(LanguageError) -> Command {
    let (format, next) = try formatOption()
    if next < words.count {
      throw error(
        "unexpected '\(words[next].text)' after 'paste'", at: words[next].location,
        hint: "paste reads the lines that follow it, up to an empty line; for text on this "
          + "line use 'bytes'")
    }
    return .paste(format: format)
  }

  /// `load PATH as text [--format NAME]`.
  func parseLoadText() throws(LanguageError) -> Command {
    let path = words[0].unquoted
    var format: DumpFormat? = nil
    if words.count > 3 {
      let rest = arguments.substatement(words[3].range.lowerBound..<arguments.characters.count)
      let context = Parser.Context(
        name: name, statement: statement, arguments: rest, nameLocation: nameLocation)
      let (named, next) = try context.formatOption()
      guard named != nil, next == rest.words.count else {
        let extra = next < rest.words.count ? rest.words[next] : words[3]
        throw error(
          "unexpected \(quoted(extra.text)) after 'as text'", at: extra.location,
          hint: "usage: load PATH as text [--format NAME]")
      }
      format = named
    }
    return .loadText(path: path, format: format)
  }

  func parseSave() throws(LanguageError) -> Command {
    guard let pathWord = words.first else {
      throw error("\(quoted(name)) needs a path", at: arguments.location)
    }
    var format: Command.SaveFormat? = nil
    var layout: Command.MemoryLayout? = nil
    var index = 1
    while index < words.count {
      let word = words[index]
      if let kind = Command.SaveFormat(rawValue: word.unquoted) {
        guard format == nil else { throw error("the format is given twice", at: word.location) }
        format = kind
        index += 1
      } else if word.text == "order" {
        guard index + 1 < words.count else {
          throw error("'order' needs C or F", at: word.location)
        }
        guard layout == nil else { throw error("'order' is given twice", at: word.location) }
        layout = try order(words[index + 1], allowed: [.C, .F], for: "save")
        index += 2
      } else if word.text.hasPrefix("order=") || word.text == "C" || word.text == "F" {
        guard layout == nil else { throw error("'order' is given twice", at: word.location) }
        layout = try order(word, allowed: [.C, .F], for: "save")
        index += 1
      } else {
        let names = Command.SaveFormat.allCases.map(\.rawValue) + ["order"]
        let suggestion = Suggestion.closest(to: word.text, among: names)
        throw error(
          "unexpected \(quoted(word.text)) after the path \(quoted(pathWord.text))",
          at: word.location,
          hint: suggestion.map { "did you mean \(quoted($0))?" }
            ?? "usage: \(usage); put a path with blanks in quotes")
      }
    }
    return .save(
      path: pathWord.unquoted, format: format, order: layout, replacing: name == "save!")
  }

  func parseExport() throws(LanguageError) -> Command {
    guard let word = words.first else {
      throw error("'export' needs a format: numpy, c, struct or json", at: arguments.location)
    }
    if words.count > 1 {
      throw error(
        "unexpected \(quoted(words[1].text)) after \(quoted(word.text))", at: words[1].location)
    }
    let text = word.unquoted.lowercased()
    if text == "python" { return .export(.numpy) }
    guard let format = Command.ExportFormat(rawValue: text) else {
      let names = Command.ExportFormat.allCases.map(\.rawValue)
      let suggestion = Suggestion.closest(to: text, among: names)
      throw error(
        "export format must be numpy, c, struct or json, not \(quoted(word.text))",
        at: word.location,
        hint: suggestion.map { "did you mean \(quoted($0))?" })
    }
    return .export(format)
  }
}
