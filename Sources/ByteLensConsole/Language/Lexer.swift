/// Cuts a script into statements.
///
/// A statement ends at a newline or at a `;`, except inside quotes (`'…'`, `"…"`) and
/// brackets (`()`, `[]`, `{}`): a `;` there is text, and a newline inside brackets continues
/// the statement, as in Python. `#` outside quotes starts a comment that runs to the end of the
/// line. The lexer never fails: a statement with an unterminated quote or an unbalanced bracket
/// carries the problem, and the statements around it are unaffected.
///
/// The text of `echo` is prose unless it starts with a quote: quotes, brackets and `#` in it
/// are plain characters (so `echo numpy's default` works); only `;` and the line end end it.
public enum Lexer {
  /// The statements of `script`, in order; empty statements are dropped.
  /// - Parameter firstLine: the line number of the script's first line.
  /// - Complexity: O(n) in the length of the script.
  public static func statements(in script: String, firstLine: Int = 1) -> [Statement] {
    var builder = Builder(line: firstLine)
    for character in script {
      builder.consume(character)
    }
    builder.finishStatement(atEnd: true)
    return builder.statements
  }

  /// Whether `text` stops inside brackets, so that an interactive reader should read another
  /// line before running it.
  public static func needsContinuation(_ text: String) -> Bool {
    var builder = Builder(line: 1)
    for character in text { builder.consume(character) }
    return !builder.brackets.isEmpty && builder.problem == nil
  }

  /// Tells, line by line, whether the text so far stops inside brackets: what
  /// `needsContinuation` says of the whole text, without reading it again for each line.
  public struct ContinuationScanner {
    private var builder = Builder(line: 1)

    public init() {}

    /// Reads one more piece of the text.
    public mutating func consume(_ text: String) {
      for character in text { builder.consume(character) }
      // Only the open statement matters: finished ones need not be kept.
      builder.statements.removeAll(keepingCapacity: true)
    }

    /// Whether the text so far stops inside brackets (and has no lexical problem).
    public var needsContinuation: Bool {
      !builder.brackets.isEmpty && builder.problem == nil
    }
  }

  private struct Builder {
    var statements: [Statement] = []
    var characters: [Character] = []
    /// How many of `characters` are blanks before the first word.
    var leadingBlanks = 0
    var anchors: [Statement.Anchor] = []
    var brackets: [(character: Character, location: SourceLocation)] = []
    var quote: (character: Character, location: SourceLocation)? = nil
    var escaped = false
    var inComment = false
    /// Inside the text of an `echo`, where only `;` and newlines mean anything.
    var inProse = false
    /// Just after `echo `: prose follows unless the text starts with a quote.
    var proseMayStart = false
    var problem: LanguageError? = nil
    var line: Int
    var column = 1
    /// Whether the next kept character starts a new run of positions.
    var needsAnchor = true

    init(line: Int) { self.line = line }

    var here: SourceLocation { SourceLocation(line: line, column: column) }

    mutating func keep(_ character: Character) {
      if needsAnchor {
        anchors.append(Statement.Anchor(offset: characters.count, location: here))
        needsAnchor = false
      }
      if characters.count == leadingBlanks && character.isWhitespace { leadingBlanks += 1 }
      characters.append(character)
    }

    mutating func consume(_ character: Character) {
      defer {
        if character.isNewline {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
      let isNewline = character.isNewline
      if inComment {
        if isNewline {
          inComment = false
          endOfLine()
        }
        return
      }
      if inProse {
        if isNewline {
          endOfLine()
        } else if character == ";" {
          finishStatement(atEnd: false)
        } else {
          keep(character)
        }
        return
      }
      if proseMayStart, !character.isWhitespace || isNewline {
        proseMayStart = false
        if character != "'" && character != "\"" && !isNewline {
          inProse = true
          keep(character)
          return
        }
      }
      if character.isWhitespace, !isNewline, quote == nil, brackets.isEmpty,
        isEcho
      {
        proseMayStart = true
        keep(character)
        return
      }
      if let open = quote {
        if isNewline {
          report(
            "unterminated string: the \(open.character) at column \(open.location.column) "
              + "is not closed on its line",
            hint: "close the quote with \(open.character)", at: open.location)
          quote = nil
          brackets.removeAll()
          finishStatement(atEnd: false)
          return
        }
        keep(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == open.character {
          quote = nil
        }
        return
      }
      switch character {
      case "'", "\"":
        quote = (character, here)
        keep(character)
      case "#":
        inComment = true
        needsAnchor = true
      case "(", "[", "{":
        brackets.append((character, here))
        keep(character)
      case ")", "]", "}":
        let expected = Self.opener(of: character)
        if let last = brackets.last, last.character == expected {
          brackets.removeLast()
        } else if let last = brackets.last {
          report(
            "\(quoted(character)) at column \(column) does not match the "
              + "\(quoted(last.character)) at "
              + "column \(last.location.column)",
            hint: "close \(quoted(last.character)) with '\(Self.closer(of: last.character))'",
            at: here)
          brackets.removeLast()
        } else {
          report(
            "\(quoted(character)) at column \(column) has no opening \(quoted(expected))", at: here)
        }
        keep(character)
      case ";" where brackets.isEmpty:
        finishStatement(atEnd: false)
      default:
        if isNewline {
          endOfLine()
        } else {
          keep(character)
        }
      }
    }

    /// Whether the statement so far is the word `echo` (after blanks). Constant time: this
    /// is asked at every blank.
    var isEcho: Bool {
      characters.count - leadingBlanks == 4 && characters[leadingBlanks...].elementsEqual("echo")
    }

    mutating func endOfLine() {
      if brackets.isEmpty {
        finishStatement(atEnd: false)
      } else {
        keep(" ")
        needsAnchor = true
      }
    }

    mutating func report(_ message: String, hint: String? = nil, at location: SourceLocation) {
      if problem == nil { problem = LanguageError(message, hint: hint, at: location) }
    }

    mutating func finishStatement(atEnd: Bool) {
      if let open = quote {
        report(
          "unterminated string: the \(open.character) at column \(open.location.column) "
            + "is not closed",
          hint: "close the quote with \(open.character)", at: open.location)
        quote = nil
      }
      if let open = brackets.first {
        report(
          "\(quoted(open.character)) at column \(open.location.column) is not closed",
          hint: "close it with '\(Self.closer(of: open.character))'", at: open.location)
      }
      // Trim, moving the anchors with the text.
      var lower = 0
      var upper = characters.count
      while lower < upper, characters[lower].isWhitespace { lower += 1 }
      while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
      if lower < upper || problem != nil {
        let start = Statement.location(at: lower, anchors: anchors)
        var trimmed = [Statement.Anchor(offset: 0, location: start)]
        for anchor in anchors where anchor.offset > lower && anchor.offset < upper {
          trimmed.append(Statement.Anchor(offset: anchor.offset - lower, location: anchor.location))
        }
        statements.append(
          Statement(
            characters: Array(characters[lower..<upper]), anchors: trimmed, problem: problem))
      }
      characters.removeAll(keepingCapacity: true)
      leadingBlanks = 0
      anchors.removeAll(keepingCapacity: true)
      brackets.removeAll()
      escaped = false
      inProse = false
      proseMayStart = false
      problem = nil
      needsAnchor = true
    }

    static func opener(of closer: Character) -> Character {
      switch closer {
      case ")": return "("
      case "]": return "["
      default: return "{"
      }
    }

    static func closer(of opener: Character) -> Character {
      switch opener {
      case "(": return ")"
      case "[": return "]"
      default: return "}"
      }
    }
  }
}
