/// A dtype as a command names it: NumPy's spelling, taken as the raw rest of the argument.
///
/// Normalised from what users type: `'<f8'` in quotes is `<f8`; `np.float32` is `float32`; a
/// trailing word `aligned` (or `align=True`) means `align=True`; and `<f8>`, a spelling our own
/// docs once used, is `<f8`. Everything else, including structured forms with blanks and quotes
/// (`[('id', '<i4'), ('value', '<f8')]`), is passed to `DType.parse` unchanged.
public struct DTypeArgument: Hashable, Sendable, CustomStringConvertible {
  /// The spelling to parse.
  public var text: String
  /// NumPy's `align=True`.
  public var aligned: Bool
  public var location: SourceLocation?

  public init(_ text: String, aligned: Bool = false, at location: SourceLocation? = nil) {
    self.text = text
    self.aligned = aligned
    self.location = location
  }

  public var description: String { aligned ? "\(text) aligned" : text }

  /// Arguments are equal when they name the same dtype, wherever they were written.
  public static func == (lhs: DTypeArgument, rhs: DTypeArgument) -> Bool {
    lhs.text == rhs.text && lhs.aligned == rhs.aligned
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(aligned)
  }

  /// Builds the argument from `words` of a statement (the words after the keyword).
  /// - Parameter keyword: what introduced the dtype, for the error when there is none.
  static func from(
    _ words: ArraySlice<Word>, in statement: Statement, after keyword: String,
    at fallback: SourceLocation
  ) throws(LanguageError) -> DTypeArgument {
    var words = words
    var aligned = false
    if words.count > 1, let last = words.last,
      ["aligned", "align=True", "align=true"].contains(last.text)
    {
      aligned = true
      words.removeLast()
    }
    guard let first = words.first, let last = words.last else {
      throw LanguageError(
        "\(quoted(keyword)) needs a dtype",
        hint: "for example: \(keyword) <f8, \(keyword) >i2, "
          + "\(keyword) [('id', '<i4'), ('value', '<f8')]", at: fallback)
    }
    let raw = statement.text(in: first.range.lowerBound..<last.range.upperBound)
    return DTypeArgument(
      normalized(raw, singleWord: words.count == 1 ? first : nil),
      aligned: aligned, at: first.location)
  }

  /// The spelling NumPy would accept for what the user typed.
  static func normalized(_ raw: String, singleWord: Word?) -> String {
    var text = raw
    if let word = singleWord, word.isQuotedString {
      text = word.unquoted
    }
    for prefix in ["np.", "numpy."] where text.hasPrefix(prefix) {
      let rest = text.dropFirst(prefix.count)
      if let first = rest.first, first.isLetter,
        rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      {
        text = String(rest)
      }
    }
    if text.count >= 3, let first = text.first, "<>=|".contains(first), text.last == ">",
      !text.contains(where: { ",()'\" ".contains($0) })
    {
      text.removeLast()
    }
    return text
  }
}
