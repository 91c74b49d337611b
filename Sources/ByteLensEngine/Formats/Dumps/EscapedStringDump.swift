/// Strings with C or Python escapes: `"\x48\x65llo\n"`, adjacent strings over several lines
/// (`"…"\n"…"`, also joined with `+`), and unquoted escapes (`\x48\x65\x6c`, as shellcode is
/// often written; blanks between them are ignored). Characters that are not escapes are
/// their UTF-8 bytes.
enum EscapedStringDump {
  static func decode(_ dump: DumpText) throws(DumpError) -> DecodedDump {
    var scanner = DumpScanner(dump)
    try scanner.skipSpace(comments: true)
    var bytes: [UInt8] = []
    if scanner.current == "\"" || scanner.current == "'" {
      var strings = 0
      while true {
        try scanner.skipSpace(comments: true)
        if strings > 0 && scanner.current == "+" {
          scanner.advance()
          try scanner.skipSpace(comments: true)
        }
        guard scanner.current == "\"" || scanner.current == "'" else {
          if strings > 0 { break }
          throw scanner.expected(.quotedString, naming: false)
        }
        bytes += try scanner.quotedBytes()
        strings += 1
      }
      if scanner.current == ";" || scanner.current == "," { scanner.advance() }
      try scanner.skipSpace(comments: true)
      guard scanner.atEnd else {
        throw DumpError.stray(scanner.found, at: scanner.here(), after: .strings)
      }
      return DecodedDump(
        bytes: bytes, format: .escaped, detail: "escaped string", lineCount: dump.lines.count,
        firstOffset: nil, notes: [])
    }
    while let c = scanner.current {
      if c == " " || c == "\t" || c == "\n" || c == "\r" {
        scanner.advance()
      } else if c == "\\" {
        scanner.advance()
        bytes += try scanner.escape(python: false)
      } else {
        bytes += Array(String(c).utf8)
        scanner.advance()
      }
    }
    return DecodedDump(
      bytes: bytes, format: .escaped, detail: "escaped bytes", lineCount: dump.lines.count,
      firstOffset: nil, notes: [])
  }
}
