import ByteLensEngine

extension Parser.Context {
  /// `set floatmode MODE`, `set sign -|+|' '|space`, `set nanstr TEXT`, `set infstr TEXT`,
  /// `set formatter KEY hex|oct|bin|none`, `set formatter none`, `set legacy 2.1`; refused where
  /// `np.set_printoptions` refuses, with its words.
  func parsePrintStyle(
    _ key: String, values: [Word], at location: SourceLocation
  ) throws(LanguageError) -> Command.PrintStyle {
    guard let word = values.first else {
      throw error("'set \(key)' needs a value", at: location)
    }
    let expected = key == "formatter" && word.unquoted != "none" ? 2 : 1
    if values.count > expected {
      let extra = values[expected]
      throw LanguageError(
        "unexpected \(quoted(extra.text))",
        hint: key == "nanstr" || key == "infstr"
          ? "quote text with spaces: set \(key) 'not a number'" : nil,
        at: extra.location)
    }
    switch key {
    case "floatmode":
      guard let mode = PrintOptions.FloatMode(rawValue: word.unquoted) else {
        let modes = PrintOptions.FloatMode.allCases.map { "\"\($0.rawValue)\"" }
        throw LanguageError(
          "floatmode option must be one of " + modes.joined(separator: ", "), at: word.location)
      }
      return .floatmode(mode)
    case "sign":
      let text = word.unquoted == "space" ? " " : word.unquoted
      guard let sign = PrintOptions.Sign(rawValue: text) else {
        throw LanguageError(
          "sign option must be one of ' ', '+', or '-'", hint: "set sign space is sign=' '",
          at: word.location)
      }
      return .sign(sign)
    case "nanstr":
      return .nanstr(word.unquoted)
    case "infstr":
      return .infstr(word.unquoted)
    case "legacy":
      return .legacy(try legacyMode(word))
    default:
      return .formatter(try formatter(values))
    }
  }

  /// `set legacy 1.21|1.25|2.1|2.2|false`: numpy's mode number. numpy also takes '1.13',
  /// which changes too much of its printing for bytelens to follow; other values numpy only
  /// warns about and then fails to print with, so bytelens refuses them.
  private func legacyMode(_ word: Word) throws(LanguageError) -> Int {
    let text = word.unquoted
    if text == "false" || text == "False" { return PrintOptions.noLegacy }
    if let known = PrintOptions.legacyModes.first(where: { $0.name == text }) { return known.mode }
    let supported = PrintOptions.legacyModes.map(\.name) + ["false"]
    if text == "1.13" {
      throw LanguageError(
        "legacy '1.13' is not supported: numpy 1.13 printed arrays with other spacing and wrapping",
        hint: "bytelens follows legacy \(ListFormat.or(supported))", at: word.location)
    }
    throw LanguageError(
      "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or False",
      hint: "numpy warns and then fails to print; set legacy \(ListFormat.or(supported))",
      at: word.location)
  }

  /// `none`, or a key and a function (`none` for no function, as `formatter={'int': None}`).
  /// Any key is taken, as numpy takes it: keys numpy does not know are kept and ignored.
  private func formatter(
    _ values: [Word]
  ) throws(LanguageError) -> PrintOptions.IntegerFormatter? {
    let keyWord = values[0]
    if keyWord.unquoted == "none" { return nil }
    let key = keyWord.unquoted
    guard values.count == 2 else {
      throw LanguageError(
        "'set formatter \(key)' needs a function",
        hint: "set formatter \(key) hex (or oct, bin, none)", at: keyWord.location)
    }
    let functionWord = values[1]
    if functionWord.unquoted == "none" { return nil }
    let functions = PrintOptions.IntegerFormatter.Function.allCases.map(\.rawValue)
    guard let function = PrintOptions.IntegerFormatter.Function(rawValue: functionWord.unquoted)
    else {
      throw LanguageError(
        "formatter functions are \(ListFormat.and(functions)), not \(quoted(functionWord.text))",
        hint: "set formatter \(key) hex (or oct, bin, none)", at: functionWord.location)
    }
    return PrintOptions.IntegerFormatter(key: key, function: function)
  }
}
