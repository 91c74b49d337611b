import ByteLensEngine

extension Parser.Context {
  /// `set floatmode MODE`, `set sign -|+|' '|space`, `set nanstr TEXT`, `set infstr TEXT`,
  /// `set formatter int|int_kind hex|oct|bin|none`, `set formatter none`; refused where
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
    default:
      return .formatter(try formatter(values))
    }
  }

  /// `none`, or a key and a function (`none` for no function, as `formatter={'int': None}`).
  private func formatter(
    _ values: [Word]
  ) throws(LanguageError) -> PrintOptions.IntegerFormatter? {
    let keyWord = values[0]
    if keyWord.unquoted == "none" { return nil }
    let keys = PrintOptions.IntegerFormatter.Key.allCases.map(\.rawValue)
    guard let key = PrintOptions.IntegerFormatter.Key(rawValue: keyWord.unquoted) else {
      let numpyKeys = [
        "all", "bool", "float", "longfloat", "complexfloat", "longcomplexfloat", "datetime",
        "timedelta", "object", "void", "numpystr", "float_kind", "complex_kind", "str_kind",
      ]
      let known = numpyKeys.contains(keyWord.unquoted)
      throw LanguageError(
        known
          ? "bytelens formats only integers, not formatter key \(quoted(keyWord.unquoted))"
          : "unknown formatter key \(quoted(keyWord.unquoted))",
        hint: "formatter keys are \(ListFormat.and(keys)): set formatter int hex",
        at: keyWord.location)
    }
    guard values.count == 2 else {
      throw LanguageError(
        "'set formatter \(key.rawValue)' needs a function",
        hint: "set formatter \(key.rawValue) hex (or oct, bin, none)", at: keyWord.location)
    }
    let functionWord = values[1]
    if functionWord.unquoted == "none" { return nil }
    let functions = PrintOptions.IntegerFormatter.Function.allCases.map(\.rawValue)
    guard let function = PrintOptions.IntegerFormatter.Function(rawValue: functionWord.unquoted)
    else {
      throw LanguageError(
        "formatter functions are \(ListFormat.and(functions)), not \(quoted(functionWord.text))",
        hint: "set formatter \(key.rawValue) hex (or oct, bin, none)", at: functionWord.location)
    }
    return PrintOptions.IntegerFormatter(key: key, function: function)
  }
}
