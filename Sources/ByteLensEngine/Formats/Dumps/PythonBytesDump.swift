/// Python bytes literals, as `repr` writes them: `b'Hello\n\x00'`, `bytearray(b'..')`,
/// `bytes(b'..')`, raw `rb'..'`, and adjacent literals (`(b'..'\n b'..')`, `b'..' + b'..'`)
/// over several lines.
enum PythonBytesDump {
  /// The length of a bytes-literal prefix at the start of `text` (`b'`, `rb"`…), or nil.
  static func literalPrefix(_ text: [Character]) -> (length: Int, raw: Bool)? {
    let lower = text.prefix(3).map { Character($0.lowercased()) }
    for (prefix, raw) in [("b", false), ("rb", true), ("br", true)] {
      let letters = Array(prefix)
      if lower.count > letters.count, Array(lower.prefix(letters.count)) == letters,
        lower[letters.count] == "'" || lower[letters.count] == "\""
      {
        return (letters.count, raw)
      }
    }
    return nil
  }

  static func startsWithLiteral(_ text: String) -> Bool { literalPrefix(Array(text)) != nil }

  /// Whether a line is typed at Python's prompt (`>>> `, or `... ` continuing a statement).
  static func isPrompt(_ line: DumpText.Line) -> Bool {
    let text = line.characters.drop { $0 == " " || $0 == "\t" }
    return text.starts(with: ">>>") || text.starts(with: "...")
  }

  /// A Python session: the lines typed at the prompt are skipped, and what Python printed
  /// must be one bytes (or bytearray) result, perhaps over several lines.
  static func decodeSession(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    var results: [[DumpText.Line]] = []
    var afterPrompt = true
    for line in dump.lines {
      if isPrompt(line) {
        afterPrompt = true
      } else if afterPrompt {
        results.append([line])
        afterPrompt = false
      } else {
        results[results.count - 1].append(line)
      }
    }
    guard let result = results.first else {
      throw DumpError.noSessionResult
    }
    guard results.count == 1 else {
      throw DumpError.manySessionResults(
        count: results.count, lines: [dump.lineName(result[0]), dump.lineName(results[1][0])])
    }
    var output = dump
    output.lines = result
    var decoded = try decode(output, allowsSession: false)
    // "Python bytes" → "Python session, bytes"
    decoded.detail = "Python session, " + decoded.detail.dropFirst("Python ".count)
    return decoded
  }

  static func decode(_ dump: DumpText, allowsSession: Bool = true) throws(DumpError)
    -> DecodedDump
  {
    if allowsSession, dump.lines.contains(where: isPrompt) { return try decodeSession(dump) }
    var scanner = DumpScanner(dump)
    var closers = 0
    var detail = "Python bytes"
    try scanner.skipSpace()
    for (word, name) in [("bytearray(", "Python bytearray"), ("bytes(", "Python bytes")] {
      let matched = (0..<word.count).allSatisfy {
        scanner.peek($0) == Array(word)[$0]
      }
      if matched {
        scanner.position += word.count
        closers += 1
        detail = name
        break
      }
    }
    try scanner.skipSpace()
    if scanner.current == "(" {
      scanner.advance()
      closers += 1
    }
    var bytes: [UInt8] = []
    var literals = 0
    while true {
      try scanner.skipSpace()
      if literals > 0 && scanner.current == "+" {
        scanner.advance()
        try scanner.skipSpace()
      }
      var rest: [Character] = []
      for i in 0..<3 { if let c = scanner.peek(i) { rest.append(c) } }
      guard let (length, raw) = literalPrefix(rest) else {
        if literals > 0 { break }
        throw scanner.expected(.pythonBytesLiteral)
      }
      scanner.position += length
      bytes += try scanner.quotedBytes(raw: raw, python: true)
      literals += 1
    }
    for _ in 0..<closers {
      try scanner.skipSpace()
      guard scanner.current == ")" else {
        throw scanner.expected(.closingParenthesis)
      }
      scanner.advance()
    }
    try scanner.skipSpace()
    guard scanner.atEnd else {
      throw DumpError.stray(scanner.found, at: scanner.here(), after: .bytesLiteral)
    }
    return DecodedDump(
      bytes: bytes, format: .python, detail: detail, lineCount: dump.lines.count,
      firstOffset: nil, notes: [])
  }
}

