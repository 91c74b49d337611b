/// Reads a dump character by character across its lines, knowing where each character is:
/// for the formats that are source code (Python bytes, C initialisers, escaped strings).
struct DumpScanner {
  let dump: DumpText
  /// Every character with its line and column; lines are joined by `\n`.
  private let characters: [(character: Character, line: Int, column: Int)]
  var position = 0

  init(_ dump: DumpText) {
    self.dump = dump
    var all: [(Character, Int, Int)] = []
    for (lineIndex, line) in dump.lines.enumerated() {
      if lineIndex > 0 { all.append(("\n", lineIndex, line.characters.count)) }
      for (column, character) in line.characters.enumerated() {
        all.append((character, lineIndex, column))
      }
    }
    characters = all
  }

  var atEnd: Bool { position >= characters.count }
  var current: Character? { atEnd ? nil : characters[position].character }

  func peek(_ distance: Int) -> Character? {
    position + distance < characters.count ? characters[position + distance].character : nil
  }

  mutating func advance() { position += 1 }

  /// The position of the current character (or just past the end).
  func here() -> DumpError.Position {
    if atEnd {
      guard let last = characters.last else { return DumpError.Position(line: nil, column: 1) }
      return dump.position(dump.lines[last.line], last.column + 1)
    }
    let entry = characters[position]
    return dump.position(dump.lines[entry.line], entry.column)
  }

  /// `needed` where the scanner is, naming what is there when `naming`.
  func expected(_ needed: DumpError.Needed, naming: Bool = true) -> DumpError {
    .expected(needed, at: here(), found: naming ? found : nil)
  }

  /// Skips blanks, newlines, and (when asked) C comments.
  mutating func skipSpace(comments: Bool = false) throws(DumpError) {
    while let c = current {
      if c == " " || c == "\t" || c == "\n" || c == "\r" {
        advance()
      } else if comments, c == "/", peek(1) == "*" {
        let start = here()
        position += 2
        while !atEnd && !(current == "*" && peek(1) == "/") { advance() }
        guard !atEnd else { throw DumpError.unclosedComment(at: start) }
        position += 2
      } else if comments, c == "/", peek(1) == "/" {
        while let d = current, d != "\n" { _ = d; advance() }
      } else {
        return
      }
    }
  }

  /// The character at hand, for an error.
  var found: DumpError.Found {
    guard let c = current else { return .end }
    if c == "\n" { return .endOfLine }
    return .character(c)
  }

  /// Reads the body of a quoted string whose opening quote is at hand, with C and Python
  /// escapes, into bytes (other characters as UTF-8).
  /// - Parameters:
  ///   - raw: Python raw strings, where a backslash is itself.
  ///   - python: a Python bytes literal: only ASCII characters, and an unknown escape is kept
  ///     as it is written (`\\u` is two bytes).
  mutating func quotedBytes(raw: Bool = false, python: Bool = false) throws(DumpError) -> [UInt8] {
    guard let quote = current else { throw expected(.quote, naming: false) }
    let triple = peek(1) == quote && peek(2) == quote
    let opening = here()
    position += triple ? 3 : 1
    var bytes: [UInt8] = []
    while true {
      guard let c = current else {
        throw DumpError.unclosedString(at: opening, quote: quote, onItsLine: false)
      }
      if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
        position += triple ? 3 : 1
        return bytes
      }
      if c == "\n" && !triple {
        throw DumpError.unclosedString(at: opening, quote: quote, onItsLine: true)
      }
      if c == "\\" && !raw {
        advance()
        bytes += try escape(python: python)
        continue
      }
      if python && !(c.isASCII) {
        throw DumpError.notASCII(c, at: here())
      }
      bytes += Array(String(c).utf8)
      advance()
    }
  }

  /// The bytes of the escape after a backslash.
  mutating func escape(python: Bool) throws(DumpError) -> [UInt8] {
    guard let e = current else { throw DumpError.badEscape(.atEnd, at: here()) }
    if python && !"ntrabfv\\'\"\nx01234567".contains(e) {
      advance()
      return [92] + Array(String(e).utf8)
    }
    let simple: [Character: UInt8] = [
      "n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11, "e": 27, "\\": 92,
      "'": 39, "\"": 34, "?": 63,
    ]
    if let value = simple[e] {
      advance()
      return [value]
    }
    if e == "\n" {  // a line continuation
      advance()
      return []
    }
    if e == "x" || e == "X" {
      let letter = here()
      advance()
      var value = 0
      var digits = 0
      while digits < 2, let d = current?.hexDigitValue {
        value = value * 16 + Int(d)
        digits += 1
        advance()
      }
      guard digits > 0 else { throw DumpError.badEscape(.hexWithoutDigits, at: here()) }
      // Python's `\x` takes exactly two digits (C's takes one or more).
      guard !python || digits == 2 else {
        throw DumpError.badEscape(.pythonHexNeedsTwoDigits, at: letter)
      }
      return [UInt8(value)]
    }
    if let d = e.asciiValue, d >= 48 && d <= 55 {
      var value = 0
      var digits = 0
      while digits < 3, let o = current?.asciiValue, o >= 48 && o <= 55 {
        value = value * 8 + Int(o - 48)
        digits += 1
        advance()
      }
      guard value <= 255 else {
        throw DumpError.badEscape(.octalTooLarge(value), at: here())
      }
      return [UInt8(value)]
    }
    if e == "u" || e == "U" {
      advance()
      let width = e == "u" ? 4 : 8
      var value: UInt32 = 0
      for _ in 0..<width {
        guard let d = current?.hexDigitValue else {
          throw DumpError.badEscape(.unicodeTooShort(letter: e, digits: width), at: here())
        }
        value = value * 16 + UInt32(d)
        advance()
      }
      guard let scalar = Unicode.Scalar(value) else {
        throw DumpError.badEscape(.notACodePoint(letter: e), at: here())
      }
      return Array(String(Character(scalar)).utf8)
    }
    throw DumpError.badEscape(.unknown(e), at: here())
  }
}
