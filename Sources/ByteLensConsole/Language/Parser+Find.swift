import ByteLensEngine

/// The arguments of `find` and `goto`.
extension Parser.Context {
  /// `find PATTERN [as DTYPE [tol T]] [all|count]`.
  ///
  /// The pattern is a bytes literal (`b'IHDR'`, `b'\x00\x01'`), quoted text (`"data"`, read
  /// as UTF-8), or hex bytes (`89 50 4e 47`, `89504e47`); with `as DTYPE` it is one number.
  func parseFind() throws(LanguageError) -> Command {
    var rest = words[...]
    var listing = FindListing.first
    if let last = rest.last, last.text == "all" || last.text == "count" {
      listing = last.text == "all" ? .all : .count
      rest = rest.dropLast()
      if let previous = rest.last, previous.text == "all" || previous.text == "count" {
        throw error("give 'all' or 'count', not both", at: previous.location)
      }
    }
    guard let first = rest.first else {
      throw error(
        "'find' needs bytes, text or a value", at: arguments.location,
        hint: "for example: find b'IHDR', find \"data\", find 89 50 4e 47, find 22050 as <u4")
    }
    guard let asIndex = rest.firstIndex(where: { $0.text == "as" }) else {
      if let stray = rest.first(where: { $0.text == "tol" }) {
        throw error(
          "'tol' needs a dtype: it applies to a value searched 'as DTYPE'", at: stray.location,
          hint: "for example: find 3.14159 as f8 tol 1e-5")
      }
      return .find(try bytePattern(rest), listing: listing)
    }
    guard asIndex == rest.startIndex + 1 else {
      let extra = rest[rest.startIndex + 1]
      throw error(
        "a value to find as a dtype is one number; unexpected \(quoted(extra.text))",
        at: extra.location, hint: "for example: find 22050 as <u4")
    }
    if isBytesLiteral(first) || first.isQuotedString {
      throw error(
        "a value to find 'as' a dtype is a number, not \(quoted(first.text))",
        at: first.location,
        hint: "find \(first.text) searches for the bytes; find 22050 as <u4 for a number")
    }
    let tolIndex = rest.firstIndex { $0.text == "tol" } ?? rest.endIndex
    let dtype = try DTypeArgument.from(
      rest[(asIndex + 1)..<tolIndex], in: arguments, after: "as", at: rest[asIndex].location)
    var tolerance: String? = nil
    if tolIndex < rest.endIndex {
      guard tolIndex + 1 < rest.endIndex else {
        throw error("'tol' needs a number", at: rest[tolIndex].location)
      }
      if tolIndex + 2 < rest.endIndex {
        let extra = rest[tolIndex + 2]
        throw error("unexpected \(quoted(extra.text)) after the tolerance", at: extra.location)
      }
      tolerance = rest[tolIndex + 1].unquoted
    }
    return .find(
      .value(
        first.unquoted, dtype: dtype, bothOrders: !DTypeArgument.namesByteOrder(dtype.text),
        tolerance: tolerance),
      listing: listing)
  }

  /// `b'..'`, `'text'` or hex bytes.
  private func bytePattern(_ patternWords: ArraySlice<Word>) throws(LanguageError) -> FindQuery {
    let first = patternWords.first!
    let text = arguments.text(
      in: first.range.lowerBound..<patternWords.last!.range.upperBound)
    if isBytesLiteral(first) || first.isQuotedString {
      if patternWords.count > 1 {
        let extra = patternWords[patternWords.startIndex + 1]
        throw error(
          "unexpected \(quoted(extra.text)) after \(quoted(first.text))", at: extra.location)
      }
      let literal: PythonLiteral
      do {
        literal = try PythonLiteral.parse(first.text, allowsNames: false)
      } catch {
        throw LanguageError(
          "\(quoted(first.text)) is not a Python bytes or string literal: \(error.message)",
          hint: "for example: find b'IHDR', find b'\\x00\\x01', find \"data\"",
          at: first.location)
      }
      switch literal {
      case .bytes(let bytes): return .bytes(bytes, text: text)
      case .string(let string): return .bytes(Array(string.utf8), text: text)
      default:
        throw error("\(quoted(first.text)) is not bytes or text", at: first.location)
      }
    }
    var bytes: [UInt8] = []
    for word in patternWords {
      var digits = Substring(word.text)
      if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
      if let bad = digits.first(where: { !$0.isHexDigit }) {
        throw error(
          "\(quoted(word.text)) is not hex bytes: \(quoted(bad)) is not a hex digit",
          at: word.location,
          hint: "hex bytes are pairs of digits (find 89 50 4e 47); text goes in quotes "
            + "(find \"data\"), a number after 'as' (find 22050 as <u4)")
      }
      guard !digits.isEmpty, digits.count % 2 == 0 else {
        throw error(
          "\(quoted(word.text)) is not hex bytes: \(digits.count) digit"
            + "\(digits.count == 1 ? "" : "s"), not pairs",
          at: word.location, hint: "write each byte as two digits: find 0a 0d, not find a d")
      }
      var index = digits.startIndex
      while index < digits.endIndex {
        let next = digits.index(index, offsetBy: 2)
        bytes.append(UInt8(digits[index..<next], radix: 16)!)
        index = next
      }
    }
    return .bytes(bytes, text: text)
  }

  private func isBytesLiteral(_ word: Word) -> Bool {
    guard word.text.count >= 3, let first = word.text.first, first == "b" || first == "B" else {
      return false
    }
    let quote = word.text.dropFirst().first
    return quote == "'" || quote == "\""
  }

  /// `goto [N]`: 1 when not given; hits count from 1, and from -1 backwards.
  func parseGoto() throws(LanguageError) -> Command {
    guard !words.isEmpty else { return .goto(1) }
    let number = try singleNumber(what: "a hit number")
    guard number != 0 else {
      throw error(
        "hits are numbered from 1 (and -1 for the last), not 0", at: words[0].location)
    }
    return .goto(number)
  }
}

extension DTypeArgument {
  /// Whether a dtype's spelling fixes a byte order (`<u4`, `>f8`, `=i2`, `|u1`), rather than
  /// leaving it to the default (`u4`, `float64`, `d`).
  static func namesByteOrder(_ text: String) -> Bool {
    guard let first = text.first else { return false }
    return "<>=|".contains(first)
  }
}
