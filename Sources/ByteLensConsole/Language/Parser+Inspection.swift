import ByteLensEngine

extension Parser.Context {
  /// `hexdump [N|all] [values]`, the words in any order.
  func parseHexdump() throws(LanguageError) -> Command {
    var rows: Command.HexdumpRows? = nil
    var values = false
    for word in words {
      switch word.text {
      case "values":
        guard !values else { throw error("'values' is given twice", at: word.location) }
        values = true
      case "all":
        guard rows == nil else {
          throw error("give a number of rows or 'all', not both", at: word.location)
        }
        rows = .all
      default:
        guard NumberLiteral.looksLikeNumber(word.unquoted) else {
          throw error("unexpected \(quoted(word.text)) after 'hexdump'", at: word.location)
        }
        guard rows == nil else {
          throw error("give a number of rows or 'all', not both", at: word.location)
        }
        let count = try number(word)
        guard count >= 1 else {
          throw error(
            "hexdump needs 1 row or more, not \(count)", at: word.location,
            hint: "'hexdump all' shows every row")
        }
        rows = .count(count)
      }
    }
    return .hexdump(rows: rows ?? .screenful, values: values)
  }

  /// A number, or nothing.
  func optionalNumber(what: String) throws(LanguageError) -> Int? {
    guard !words.isEmpty else { return nil }
    return try singleNumber(what: what)
  }

  /// `compare DT DT …`: dtypes separated by blanks; `aligned` after a dtype applies to it.
  func parseCompare() throws(LanguageError) -> [DTypeArgument] {
    var result: [DTypeArgument] = []
    var index = 0
    while index < words.count {
      var end = index + 1
      if end < words.count, ["aligned", "align=True", "align=true"].contains(words[end].text) {
        end += 1
      }
      if ["aligned", "align=True", "align=true"].contains(words[index].text) {
        throw error("'\(words[index].text)' must follow a dtype", at: words[index].location)
      }
      result.append(
        try DTypeArgument.from(
          words[index..<end], in: arguments, after: name, at: words[index].location))
      index = end
    }
    guard !result.isEmpty else {
      throw error(
        "'compare' needs a dtype or more", at: arguments.location,
        hint: "for example: compare <i4 >i4 <f4")
    }
    return result
  }
}

extension Parser.Context {
  /// `plot [braille|blocks] [COLSxROWS]`, the words in any order.
  func parsePlot() throws(LanguageError) -> Command {
    let styles = Dictionary(
      uniqueKeysWithValues: PlotRenderer.Style.allCases.map { ($0.rawValue, $0) })
    let (style, size) = try parsePictureWords(allowing: styles)
    return .plot(style ?? .braille, size: size)
  }

  /// The words of a picture command: one of `keywords` at most, and a size `COLSxROWS` at
  /// most (`100x30`), checked against `PictureSize.limits`.
  func parsePictureWords<Keyword>(allowing keywords: [String: Keyword])
    throws(LanguageError) -> (keyword: Keyword?, size: PictureSize?)
  {
    var keyword: Keyword? = nil
    var size: PictureSize? = nil
    for word in words {
      if let match = keywords[word.text] {
        guard keyword == nil else {
          throw error("give one style, not two: \(quoted(word.text))", at: word.location)
        }
        keyword = match
        continue
      }
      let parts = word.text.split(separator: "x", omittingEmptySubsequences: false)
      guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]) else {
        throw error(
          "unexpected \(quoted(word.text)) after \(quoted(name)): expected a size such as 100x30",
          at: word.location)
      }
      guard size == nil else { throw error("the size is given twice", at: word.location) }
      let limits = PictureSize.limits
      guard limits.columns.contains(columns), limits.rows.contains(rows) else {
        throw error(
          "\(name) size must be \(limits.columns.lowerBound) to \(limits.columns.upperBound) "
            + "columns by \(limits.rows.lowerBound) to \(limits.rows.upperBound) rows, not "
            + quoted(word.text), at: word.location)
      }
      size = PictureSize(columns: columns, rows: rows)
    }
    return (keyword, size)
  }

  /// `guess`, `guess apply N`.
  func parseGuess() throws(LanguageError) -> Command {
    guard let first = words.first else { return .guess(apply: nil) }
    guard first.text == "apply" else {
      throw error("unexpected \(quoted(first.text)) after 'guess'", at: first.location)
    }
    guard words.count >= 2 else {
      throw error("'guess apply' needs a candidate number", at: first.location)
    }
    if words.count > 2 {
      throw error(
        "unexpected \(quoted(words[2].text)) after \(quoted(words[1].text))", at: words[2].location)
    }
    let number = try number(words[1])
    guard number >= 1 else {
      throw error(
        "candidates are numbered from 1, not \(number)", at: words[1].location,
        hint: "'guess' lists them")
    }
    return .guess(apply: number)
  }
}
