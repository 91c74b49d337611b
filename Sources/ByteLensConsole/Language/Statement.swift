/// One command's text, as the lexer cut it out of a script, with the positions of its characters.
///
/// Comments are removed and a newline inside brackets becomes a space, so `text` is what the
/// parser reads; `location(at:)` maps a character offset in `text` back to the script.
public struct Statement: Hashable, Sendable {
  /// Where a run of characters starts: the character at `offset` is at `location`, and the
  /// following ones are on the same line until the next anchor.
  struct Anchor: Hashable, Sendable {
    var offset: Int
    var location: SourceLocation
  }

  /// The command text, trimmed.
  public let text: String
  /// What the lexer found wrong (an unterminated quote, an unbalanced bracket), if anything.
  public let problem: LanguageError?
  /// The words of the text, split at blanks outside quotes and brackets.
  public let words: [Word]

  let characters: [Character]
  let anchors: [Anchor]

  init(characters: [Character], anchors: [Anchor], problem: LanguageError?) {
    self.characters = characters
    self.anchors = anchors
    self.text = String(characters)
    self.problem = problem
    self.words = Word.split(characters, anchors: anchors)
  }

  /// Makes a statement of a single line of text starting at `location`; the text is trimmed.
  public init(_ text: String, at location: SourceLocation = SourceLocation(line: 1, column: 1)) {
    var characters = Array(text)
    var start = location
    while let first = characters.first, first.isWhitespace {
      characters.removeFirst()
      start = start.advanced(by: 1)
    }
    while let last = characters.last, last.isWhitespace { characters.removeLast() }
    self.init(characters: characters, anchors: [Anchor(offset: 0, location: start)], problem: nil)
  }

  /// Where the character at `offset` of `text` is in the script; an offset at or past the end
  /// gives the position just after the last character.
  public func location(at offset: Int) -> SourceLocation {
    Statement.location(at: offset, anchors: anchors)
  }

  /// The anchors are in order of offset: the last one at or before `offset` is found by
  /// bisection, so that placing every word of a statement of many lines stays fast.
  static func location(at offset: Int, anchors: [Anchor]) -> SourceLocation {
    guard let first = anchors.first else {
      return SourceLocation(line: 1, column: 1).advanced(by: offset)
    }
    // The first anchor after `offset`.
    var low = 0
    var high = anchors.count
    while low < high {
      let middle = low + (high - low) / 2
      if anchors[middle].offset <= offset { low = middle + 1 } else { high = middle }
    }
    let anchor = low > 0 ? anchors[low - 1] : first
    return anchor.location.advanced(by: offset - anchor.offset)
  }

  /// Where the statement starts.
  public var location: SourceLocation { location(at: 0) }

  /// The part of the statement in `range` (character offsets), trimmed, as a statement of its
  /// own with the same positions.
  public func substatement(_ range: Range<Int>) -> Statement {
    var lower = max(0, min(range.lowerBound, characters.count))
    var upper = max(lower, min(range.upperBound, characters.count))
    while lower < upper, characters[lower].isWhitespace { lower += 1 }
    while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
    var rebased = [Anchor(offset: 0, location: location(at: lower))]
    for anchor in anchors where anchor.offset > lower && anchor.offset < upper {
      rebased.append(Anchor(offset: anchor.offset - lower, location: anchor.location))
    }
    return Statement(
      characters: Array(characters[lower..<upper]), anchors: rebased, problem: nil)
  }

  /// The text from character `offset` to the end, trimmed.
  public func text(from offset: Int) -> String {
    text(in: offset..<characters.count)
  }

  /// The text of a range of characters, trimmed.
  public func text(in range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, characters.count))
    let upper = max(lower, min(range.upperBound, characters.count))
    var slice = characters[lower..<upper]
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}

/// A word of a statement: text between blanks, where blanks inside quotes or brackets do not
/// count (`[('id', '<i4')]` is one word).
public struct Word: Hashable, Sendable {
  /// The text as typed, quotes included.
  public let text: String
  /// The character offsets of the word in its statement's text.
  public let range: Range<Int>
  public let location: SourceLocation

  /// The text with quotes removed, shell style: `'my file'.bin` is `my file.bin`. Inside
  /// quotes, a backslash escapes the quote character and itself.
  public var unquoted: String { Word.unquoted(text) }

  /// `text` as one word of a statement: unchanged when it has no blank, quote, backslash,
  /// `;` or `#`, otherwise in single quotes with `'` and `\\` escaped.
  static func quotedIfNeeded(_ text: String) -> String {
    let special: Set<Character> = [" ", "\t", "'", "\"", "\\", ";", "#", "[", "]", "(", ")"]
    guard !text.isEmpty, !text.contains(where: special.contains) else {
      return "'" + Completer.escaped(text, inside: "'") + "'"
    }
    return text
  }

  /// `text` with quotes removed, as `unquoted` reads a word; an unclosed quote runs to the end.
  static func unquoted(_ text: String) -> String {
    var result = ""
    var quote: Character? = nil
    var characters = text.makeIterator()
    while let character = characters.next() {
      if let open = quote {
        if character == open {
          quote = nil
        } else if character == "\\" {
          guard let next = characters.next() else {
            result.append(character)
            break
          }
          if next != open && next != "\\" { result.append(character) }
          result.append(next)
        } else {
          result.append(character)
        }
      } else if character == "'" || character == "\"" {
        quote = character
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Whether the word is one quoted string, such as `'value'`.
  public var isQuotedString: Bool {
    guard let first = text.first, first == "'" || first == "\"", text.count >= 2,
      text.last == first
    else { return false }
    var scanner = LexScanner()
    for (index, character) in text.enumerated() {
      scanner.consume(character)
      if !scanner.isInsideQuote && index < text.count - 1 { return false }
    }
    return !scanner.isInsideQuote
  }

  static func split(_ characters: [Character], anchors: [Statement.Anchor]) -> [Word] {
    var words: [Word] = []
    var scanner = LexScanner()
    var start: Int? = nil
    func finish(at end: Int) {
      guard let begin = start else { return }
      words.append(
        Word(
          text: String(characters[begin..<end]), range: begin..<end,
          location: Statement.location(at: begin, anchors: anchors)))
      start = nil
    }
    for (index, character) in characters.enumerated() {
      let atTopLevel = scanner.isAtTopLevel
      if atTopLevel && character.isWhitespace {
        finish(at: index)
      } else if start == nil {
        start = index
      }
      scanner.consume(character)
    }
    finish(at: characters.count)
    return words
  }
}

/// Tracks quotes and bracket depth character by character, for splitting words.
struct LexScanner {
  private(set) var quote: Character? = nil
  private(set) var depth = 0
  private var escaped = false

  var isInsideQuote: Bool { quote != nil }
  var isAtTopLevel: Bool { quote == nil && depth == 0 }

  mutating func consume(_ character: Character) {
    if let open = quote {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == open {
        quote = nil
      }
      return
    }
    switch character {
    case "'", "\"": quote = character
    case "(", "[", "{": depth += 1
    case ")", "]", "}": depth = max(0, depth - 1)
    default: break
    }
  }
}
