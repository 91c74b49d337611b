import TestSupport
import Testing

@testable import ByteLensEngine

/// Every dump format on the same 33 bytes, as the real tools print them (captured from xxd
/// 2022-01-14, util-linux hexdump, GNU od, base64 and xxd -i), detected and read back.
@Suite struct TextDumpTests {
  /// "Hello world.Hello, bytes!" + 00 01 ff 80 + " end"
  static let bytes: [UInt8] = Array("Hello world.Hello, bytes!".utf8) + [0, 1, 0xFF, 0x80] + Array(" end".utf8)

  static let dumps: [(DumpFormat, String, String)] = [
    (.xxd, "xxd", """
      00000000: 4865 6c6c 6f20 776f 726c 642e 4865 6c6c  Hello world.Hell
      00000010: 6f2c 2062 7974 6573 2100 01ff 8020 656e  o, bytes!.... en
      00000020: 64                                       d
      """),
    (.xxd, "xxd -e (little-endian groups)", """
      00000000: 6c6c6548 6f77206f 2e646c72 6c6c6548  Hello world.Hell
      00000010: 62202c6f 73657479 ff010021 6e652080  o, bytes!.... en
      00000020:       64                             d
      """),
    (.xxd, "xxd", """
      00000000: 48656c6c 6f20776f 726c642e 48656c6c  Hello world.Hell
      00000010: 6f2c2062 79746573 210001ff 8020656e  o, bytes!.... en
      00000020: 64                                   d
      """),
    (.xxd, "xxd", """
      00000000: 48 65 6c 6c 6f 20 77 6f 72 6c 64 2e 48 65 6c 6c  Hello world.Hell
      00000010: 6f 2c 20 62 79 74 65 73 21 00 01 ff 80 20 65 6e  o, bytes!.... en
      00000020: 64                                               d
      """),
    (.hex, "xxd -p", """
      48656c6c6f20776f726c642e48656c6c6f2c206279746573210001ff8020
      656e64
      """),
    (.c, "C initialiser (unsigned char d_bin[])", """
      unsigned char d_bin[] = {
        0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x2e,
        0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x2c, 0x20, 0x62, 0x79, 0x74, 0x65, 0x73,
        0x21, 0x00, 0x01, 0xff, 0x80, 0x20, 0x65, 0x6e, 0x64
      };
      unsigned int d_bin_len = 33;
      """),
    (.hexdumpCanonical, "hexdump -C", """
      00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 2e 48 65 6c 6c  |Hello world.Hell|
      00000010  6f 2c 20 62 79 74 65 73  21 00 01 ff 80 20 65 6e  |o, bytes!.... en|
      00000020  64                                                |d|
      00000021
      """),
    (.hexdump, "hexdump (16-bit words read little-endian)", """
      0000000 6548 6c6c 206f 6f77 6c72 2e64 6548 6c6c
      0000010 2c6f 6220 7479 7365 0021 ff01 2080 6e65
      0000020 0064
      0000021
      """),
    (.od, "od -x (16-bit words read little-endian)", """
      0000000 6548 6c6c 206f 6f77 6c72 2e64 6548 6c6c
      0000020 2c6f 6220 7479 7365 0021 ff01 2080 6e65
      0000040 0064
      0000041
      """),
    (.od, "od -A x -t x1z", """
      000000 48 65 6c 6c 6f 20 77 6f 72 6c 64 2e 48 65 6c 6c  >Hello world.Hell<
      000010 6f 2c 20 62 79 74 65 73 21 00 01 ff 80 20 65 6e  >o, bytes!.... en<
      000020 64                                               >d<
      000021
      """),
    (.od, "od -o (16-bit words read little-endian)", """
      0000000 062510 066154 020157 067567 066162 027144 062510 066154
      0000020 026157 061040 072171 071545 000041 177401 020200 067145
      0000040 000144
      0000041
      """),
    (.base64, "base64", "SGVsbG8gd29ybGQuSGVsbG8sIGJ5dGVzIQAB/4AgZW5k"),
    (.python, "Python bytes", "b'Hello world.Hello, bytes!\\x00\\x01\\xff\\x80 end'"),
    (.python, "Python bytearray", "bytearray(b'Hello world.Hello, bytes!\\x00\\x01\\xff\\x80 end')"),
    (.python, "Python bytes", "(b'Hello world.'\n b'Hello, bytes!\\x00\\x01'\n b'\\xff\\x80 end')"),
    (.escaped, "escaped string", "\"Hello world.Hello, bytes!\\x00\\x01\\xff\\x80 end\""),
    (.escaped, "escaped bytes", "\\x48\\x65\\x6c\\x6c\\x6f\\x20world.Hello,\\x20bytes!\\0\\x01\\377\\x80\\x20end"),
    (.wireshark, "Wireshark hex dump", """
      0000   48 65 6c 6c 6f 20 77 6f 72 6c 64 2e 48 65 6c 6c   Hello world.Hell
      0010   6f 2c 20 62 79 74 65 73 21 00 01 ff 80 20 65 6e   o, bytes!.... en
      0020   64                                                d
      """),
    (.wireshark, "Wireshark hex dump", """
      0000  48 65 6c 6c 6f 20 77 6f  72 6c 64 2e 48 65 6c 6c   Hello world.Hell
      0010  6f 2c 20 62 79 74 65 73  21 00 01 ff 80 20 65 6e   o, bytes!.... en
      0020  64                                                 d
      """),
    (.gdb, "gdb x/…xb", """
      0x555555558010 <d>:\t0x48\t0x65\t0x6c\t0x6c\t0x6f\t0x20\t0x77\t0x6f
      0x555555558018 <d+8>:\t0x72\t0x6c\t0x64\t0x2e\t0x48\t0x65\t0x6c\t0x6c
      0x555555558020 <d+16>:\t0x6f\t0x2c\t0x20\t0x62\t0x79\t0x74\t0x65\t0x73
      0x555555558028 <d+24>:\t0x21\t0x00\t0x01\t0xff\t0x80\t0x20\t0x65\t0x6e
      0x555555558030 <d+32>:\t0x64
      """),
    (.hexyl, "hexyl", """
      ┌────────┬─────────────────────────┬─────────────────────────┬────────┬────────┐
      │00000000│ 48 65 6c 6c 6f 20 77 6f ┊ 72 6c 64 2e 48 65 6c 6c │Hello wo┊rld.Hell│
      │00000010│ 6f 2c 20 62 79 74 65 73 ┊ 21 00 01 ff 80 20 65 6e │o, bytes┊!0•×× en│
      │00000020│ 64                      ┊                         │d       ┊        │
      └────────┴─────────────────────────┴─────────────────────────┴────────┴────────┘
      """),
    (.hexyl, "hexyl --border none", """
       00000000  48 65 6c 6c 6f 20 77 6f   72 6c 64 2e 48 65 6c 6c  Hello wo rld.Hell
       00000010  6f 2c 20 62 79 74 65 73   21 00 01 ff 80 20 65 6e  o, bytes !0•×× en
       00000020  64                                                 d
      """),
    (.hexyl, "hexyl", hexylInColour),
    (.od, "od -c", #"""
      0000000   H   e   l   l   o       w   o   r   l   d   .   H   e   l   l
      0000020   o   ,       b   y   t   e   s   !  \0 001 377 200       e   n
      0000040   d
      0000041
      """#),
    (.od, "od -A n -c", "   H   e   l   l   o       w   o   r   l   d   .   H   e   l   l\n"
      + #"   o   ,       b   y   t   e   s   !  \0 001 377 200       e   n"# + "\n   d\n"),
    (.hexdump, "hexdump -c", #"""
      0000000   H   e   l   l   o       w   o   r   l   d   .   H   e   l   l
      0000010   o   ,       b   y   t   e   s   !  \0 001 377 200       e   n
      0000020   d                                                            
      0000021
      """#),
    (.od, "od -t x1", """
      0000000 48 65 6c 6c 6f 20 77 6f 72 6c 64 2e 48 65 6c 6c
      0000020 6f 2c 20 62 79 74 65 73 21 00 01 ff 80 20 65 6e
      0000040 64
      0000041
      """),
    (.od, "od -A d -t x1", """
      0000000 48 65 6c 6c 6f 20 77 6f 72 6c 64 2e 48 65 6c 6c
      0000016 6f 2c 20 62 79 74 65 73 21 00 01 ff 80 20 65 6e
      0000032 64
      0000033
      """),
    (.hex, "hex", """
       48 65 6c 6c 6f 20 77 6f 72 6c 64 2e 48 65 6c 6c
       6f 2c 20 62 79 74 65 73 21 00 01 ff 80 20 65 6e
       64
      """),
    (.python, "Python session, bytes", #"""
      >>> data = open('t33.bin', 'rb').read()
      >>> data
      b'Hello world.Hello, bytes!\x00\x01\xff\x80 end'
      >>> 
      """#),
    (.python, "Python session, bytes", #"""
      >>> import pprint
      >>> pprint.pprint(data,
      ...               width=30)
      (b'Hello world.Hello, bytes'
       b'!\x00\x01\xff\x80 end')
      """#),
    (.hex, "hex", "48:65:6c:6c:6f:20:77:6f:72:6c:64:2e:48:65:6c:6c:6f:2c:20:62:79:74:65:73:21:00:01:ff:80:20:65:6e:64"),
  ]

  /// `hexyl --color always` (hexyl 0.8.0), its escapes as written.
  static let hexylInColour: String = {
    let escape = "\u{1B}["
    func cell(_ text: String, _ colour: String) -> String {
      escape + colour + "m" + text + escape + "0m"
    }
    let grey = "38;5;242"
    var lines = ["┌────────┬─────────────────────────┬─────────────────────────┬────────┬────────┐"]
    let rows: [(String, [UInt8])] = [
      ("00000000", Array(bytes[0..<16])), ("00000010", Array(bytes[16..<32])),
      ("00000020", Array(bytes[32...])),
    ]
    for (offset, row) in rows {
      var line = "│" + cell(offset, grey) + "│ "
      for index in 0..<16 {
        if index == 8 { line += "┊ " }
        let hex = index < row.count ? String(row[index], radix: 16).leftPadded(2) : ""
        line += index < row.count ? cell(hex + " ", "36") : "   "
      }
      line += "│"
      for index in 0..<16 {
        if index == 8 { line += "┊" }
        line += index < row.count ? cell(String(HexylDump.rendering(row[index])), "36") : " "
      }
      lines.append(line + "│")
    }
    lines.append("└────────┴─────────────────────────┴─────────────────────────┴────────┴────────┘")
    return lines.joined(separator: "\n")
  }()

  @Test func everyFormatIsDetectedAndReadBack() throws {
    for (format, detail, text) in Self.dumps {
      #expect(TextDump.detect(text) == format, "\(detail)")
      let decoded = try TextDump.decode(text)
      #expect(decoded.bytes == Self.bytes, "\(detail)")
      #expect(decoded.format == format)
      #expect(decoded.detail == detail)
      #expect(decoded.notes == [], "\(detail)")
      // Forcing the detected format gives the same.
      #expect(try TextDump.decode(text, format: format).bytes == Self.bytes)
    }
  }

  /// Windows (`\r\n`) and old Mac (`\r`) line endings read the same as `\n`, in every format.
  @Test(arguments: ["\r\n", "\r"])
  func everyFormatReadsAnyLineEnding(_ ending: String) throws {
    for (format, detail, text) in Self.dumps {
      let converted = text.split(separator: "\n", omittingEmptySubsequences: false)
        .joined(separator: ending) + ending
      #expect(TextDump.detect(converted) == format, "\(detail)")
      let decoded = try TextDump.decode(converted)
      #expect(decoded.bytes == Self.bytes, "\(detail)")
      #expect(decoded.detail == detail)
      #expect(decoded.notes == [], "\(detail)")
      #expect(decoded.lineCount == text.split(separator: "\n").count, "\(detail)")
    }
  }

  /// A line that does not parse is an error naming it; a line never silently shortens the
  /// bytes, and the quote of it shows control characters as escapes.
  @Test func badLinesAreErrorsNamingThem() {
    // Extra blanks inside xxd's hex area: the rest of the line is not a text column.
    #expect(
      error("00000000: 4865  6c6c  He\n00000004: 6c6f  lo")
        == DumpError.textColumnTooLong("6c6c  He", at: .init(line: 1, column: 17), characters: 8,
          bytes: 2, tool: "xxd"))
    #expect(
      error("0000   48 65   6c 6c   He..\n0004   6f  o", format: .wireshark)
        == DumpError.textColumnTooLong("6c 6c   He..", at: .init(line: 1, column: 16),
          characters: 12, bytes: 2, tool: "Wireshark hex dump"))
    // Lines run together: the text column holds the next line.
    #expect(
      error("00000000  48 65  |He|00000002  6c 6c  |ll|")
        == DumpError.textColumnTooLong("He|00000002  6c 6c  |ll", at: .init(line: nil, column: 19),
          characters: 23, bytes: 2, tool: "hexdump -C"))
    #expect(
      error("000000 48 65  >He<000002 6c  >l<\n000003\n")
        == DumpError.textColumnTooLong("He<000002 6c  >l", at: .init(line: 1, column: 16),
          characters: 16, bytes: 2, tool: "od -t x1z"))
    #expect(
      error("-----BEGIN X-----\nSGVs\n-----END X-----\nbG8K\n", format: .base64)
        == DumpError.followsArmour(line: 4, endLine: 3))
    // A raw control character is quoted as an escape.
    #expect(
      error("00000000: 48\u{7}5  H.")
        == DumpError.badToken("48\u{07}5", at: .init(line: nil, column: 11), expected: .xxdGroup))
    #expect(
      error("b'ab'\u{0C}x")
        == DumpError.stray(.character("\u{0C}"), at: .init(line: nil, column: 6),
          after: .bytesLiteral))
    #expect(
      error("\"ab\\\u{1}\"")
        == DumpError.badEscape(.unknown("\u{01}"), at: .init(line: nil, column: 5)))
    #expect(
      error("0000000   H   e   Q!\n0000003\n")
        == DumpError.badToken("!", at: .init(line: 1, column: 20), expected: .odCharacterCell))
    #expect(
      error("0000000   H   e  xy\n0000003\n")
        == DumpError.badToken("xy", at: .init(line: 1, column: 16), expected: .odCharacterByte))
    #expect(
      error(" 00000000  48 65 6c 6c 6f 20 77 6f   72 6c 64 2e 48 65 6c 6c  Hello wo rld.Hell\n"
        + " 00000010  6f 2c 2g")
        == DumpError.badToken("2g", at: .init(line: 2, column: 18), expected: .hexyl(.byte)))
    // A Python session prints one result.
    #expect(
      error(">>> a\nb'a'\n>>> b\nb'b'")
        == DumpError.manySessionResults(count: 2, lines: [2, 4]))
    #expect(
      error(">>> a\n3")
        == DumpError.expected(.pythonBytesLiteral, at: .init(line: 2, column: 1),
          found: .character("3")))
    // No offsets, so a '*' cannot be counted.
    #expect(
      error(" 00 00 00 00\n*\n 01 02")
        == DumpError.repeatWithoutOffsets(line: 2, isCharacterDump: false))
  }

  /// `od -A n` words would read as hex in the other byte order: that must be named.
  @Test func odWithoutOffsets() throws {
    let words = " 6548 6c6c 0a6f\n"
    #expect(
      error(words)
        == DumpError.hexOrWords(wordDigits: 4))
    #expect(try TextDump.decode(words, format: .od).bytes == Array("Hello\n".utf8))
    #expect(try TextDump.decode(words, format: .hex).bytes == [0x65, 0x48, 0x6c, 0x6c, 0x0a, 0x6f])
    let odd = try TextDump.decode(" 6548 6c6c 006f\n", format: .od)
    #expect(odd.bytes == Array("Hello".utf8) + [0])
    #expect(odd.detail == "od -A n -x (16-bit words read little-endian)")
    #expect(
      odd.notes == [.fillZerosKept(wordSize: 2)])
    // Octal bytes (od -A n -b) are not hex: no doubt.
    let octal = try TextDump.decode(" 110 145 154\n 154 157\n")
    #expect(octal.bytes == Array("Hello".utf8))
    #expect(octal.detail == "od -A n -b")
  }

  /// Text that two formats read as different bytes is an error naming both, never decided
  /// silently; named with `--format`, each reads as it says.
  @Test func ambiguousDumpsAreNamedNotGuessed() throws {
    // Hex digits in both cases, a length base64 has: hex of a tool (one case) or base64.
    #expect(error("dEadBEEF") == DumpError.hexOrBase64(characters: 8))
    #expect(try TextDump.decode("dEadBEEF", format: .hex).bytes == [0xDE, 0xAD, 0xBE, 0xEF])
    let base64 = try TextDump.decode("dEadBEEF", format: .base64)
    #expect(base64.bytes == [0x74, 0x46, 0x9D, 0x04, 0x41, 0x05])
    #expect(try TextDump.decode("deadbeef").bytes == [0xDE, 0xAD, 0xBE, 0xEF])
    #expect(try TextDump.decode("DEADBEEF").bytes == [0xDE, 0xAD, 0xBE, 0xEF])
    // `od /dev/null` prints only its end offset; `od -A x /dev/null` prints 000000, which is
    // also hex of three zero bytes.
    let empty = try TextDump.decode("0000000\n")
    #expect(empty.bytes == [] && empty.format == .od && empty.detail == "od of an empty file")
    #expect(error("000000") == DumpError.hexOrEmptyOD(digits: 6))
    #expect(try TextDump.decode("000000", format: .od).bytes == [])
    #expect(try TextDump.decode("000000", format: .hex).bytes == [0, 0, 0])
    // xxd -e of 01 … 08: dots in the text column read as well for xxd -g4, in the other order.
    let little = "00000000: 04030201 08070605                    ........\n"
    #expect(error(little) == DumpError.xxdOrLittleEndian)
    #expect(try TextDump.decode(little, format: .xxdLittleEndian).bytes == Array(1...8))
    #expect(try TextDump.decode(little, format: .xxd).bytes == [4, 3, 2, 1, 8, 7, 6, 5])
    // A text column that tells, or xxd's default two-byte groups: no doubt.
    #expect(
      try TextDump.decode("00000000: 64636261 68676665                    abcdefgh\n").bytes
        == Array("abcdefgh".utf8))
    #expect(
      try TextDump.decode("00000000: 0102 0304 0506 0708                     ........\n").bytes
        == Array(1...8))
  }

  @Test func offsetsOfEachDumpAreItsFirstAddress() throws {
    #expect(try TextDump.decode("00000100: 4865  He").firstOffset == 0x100)
    let gdb = try TextDump.decode("0x7ffe10:\t0x48\t0x65\r\n0x7ffe12:\t0x6c\r\n")
    #expect(gdb.firstOffset == 0x7ffe10)
    #expect(gdb.bytes == Array("Hel".utf8))
    let hexyl = try TextDump.decode(
      "│00000040│ 48 65                   ┊                         │He      ┊        │")
    #expect(hexyl.firstOffset == 0x40)
    #expect(try TextDump.decode("0000100   H   e\n0000102\n").firstOffset == 0o100)
    // Addresses with a gap are refused, naming the line.
    #expect(
      error("0x7ffe10:\t0x48\t0x65\r\n0x7ffe20:\t0x6c\r\n")
        == DumpError.gap(line: 2, offset: 8388128, expected: 8388114, radix: 16))
  }

  /// The error reading `text` gives, or nil when it reads.
  func error(_ text: String, format: DumpFormat? = nil, firstColumn: Int = 1) -> DumpError? {
    do {
      _ = try TextDump.decode(text, format: format, firstColumn: firstColumn)
      return nil
    } catch {
      return error
    }
  }

  @Test func malformedLinesNameLineAndColumn() {
    #expect(
      error("00000000: 4865 6c6c  He\n00000004: 6c6g  l?")
        == DumpError.badToken("6c6g", at: .init(line: 2, column: 11), expected: .xxdGroup))
    #expect(
      error("00000000  48 65 6c 6c  |Hell|\n00000004  6f 2  |o|")
        == DumpError.badToken("2", at: .init(line: 2, column: 14), expected: .hexdumpCanonicalByte))
    #expect(
      error("0000000 6548 6c6c\n0000010 6f\n0000011")
        == DumpError.badToken("6f", at: .init(line: 2, column: 9),
          expected: .odGroup(width: 4, radix: 16)))
    #expect(
      error("b'abc' junk")
        == DumpError.stray(.character("j"), at: .init(line: nil, column: 8), after: .bytesLiteral))
    #expect(
      error("{ 0x48, 0x165 }")
        == DumpError.badToken("0x165", at: .init(line: nil, column: 9),
          expected: .cByte(value: 357)))
    #expect(
      error("{ 0x48, 0x65 };\nunsigned int x_len = 3;")
        == DumpError.lengthMismatch(at: .init(line: 2, column: 1), declared: 3, count: 2))
    #expect(
      error("SGVs*G8K", format: .base64)
        == DumpError.badToken("*", at: .init(line: nil, column: 5), expected: .base64Character))
    #expect(
      error("\"abc\\q\"")
        == DumpError.badEscape(.unknown("q"), at: .init(line: nil, column: 6)))
    // Python's \x takes exactly two hex digits; a C-style escaped string takes one.
    #expect(
      error("b'\\x0g'")
        == DumpError.badEscape(.pythonHexNeedsTwoDigits, at: .init(line: nil, column: 4)))
    #expect((try? TextDump.decode("\\x4", format: .escaped))?.bytes == [4])
    #expect(
      error("0x1000:\t0x48\t0x4g")
        == DumpError.badToken("0x4g", at: .init(line: nil, column: 14), expected: .gdbValue))
    #expect(
      error("0000   48 65 zz   He.", format: .wireshark)
        == DumpError.badToken("zz", at: .init(line: nil, column: 14), expected: .wiresharkByte))
    // One line that is no dump is taken for mistyped hex; several lines cannot be told.
    #expect(
      error("hello there")
        == DumpError.badToken("h", at: .init(line: nil, column: 1), expected: .hexDigit))
    #expect(
      error("hello there\nhow are you")
        == DumpError.unknownFormat(start: "hello there"))
    #expect(
      error("zz")
        == DumpError.badToken("z", at: .init(line: nil, column: 1), expected: .hexDigit))
    // Inline text: columns count from where the text starts on the command line.
    #expect(
      error("b'a' b", firstColumn: 7)
        == DumpError.stray(.character("b"), at: .init(line: nil, column: 12), after: .bytesLiteral))
  }

  @Test func offsetGapsAreErrors() {
    #expect(
      error("00000000: 4865 6c6c  Hell\n00000008: 6f20  o ")
        == DumpError.gap(line: 2, offset: 8, expected: 4, radix: 16))
    #expect(
      error("00000000  48 65 6c 6c  |Hell|\n00000002  6f 20  |o |")
        == DumpError.overlap(line: 2, offset: 2, expected: 4, radix: 16))
    #expect(
      error("0x1000:\t0x48\t0x65\n0x1004:\t0x6c")
        == DumpError.gap(line: 2, offset: 4100, expected: 4098, radix: 16))
    #expect(
      error("0000000 6548 6c6c\n0000010")
        == DumpError.gap(line: 2, offset: 8, expected: 4, radix: 8))
  }

  @Test func repeatedLines() throws {
    let xxd = """
      00000000: 0000 0000 0000 0000 0000 0000 0000 0000  ................
      *
      00000030: 0000 0000 0000 0000 0000 0000 0000 0000  ................
      """
    #expect(try TextDump.decode(xxd).bytes == [UInt8](repeating: 0, count: 64))
    let hexdump = """
      00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
      *
      00000040
      """
    #expect(try TextDump.decode(hexdump).bytes == [UInt8](repeating: 0, count: 64))
    // od's octal offsets or hexdump's hex ones: the '*' repeats 3 or 15 times. Which tool
    // wrote it must be named.
    let words = "0000000 0000 0000 0000 0000 0000 0000 0000 0000\n*\n0000100\n"
    #expect(
      error(words)
        == DumpError.ambiguousOffsetRadix(radixes: [8, 16], byteCounts: [64, 256]))
    #expect(try TextDump.decode(words, format: .od).bytes == [UInt8](repeating: 0, count: 64))
    #expect(try TextDump.decode(words, format: .hexdump).bytes == [UInt8](repeating: 0, count: 256))
    // Where the lines settle the radix, nothing needs naming.
    let od = "0000000 0000 0000 0000 0000 0000 0000 0000 0000\n*\n"
      + "0000040 0101 0101 0101 0101 0101 0101 0101 0101\n0000060\n"
    #expect(
      try TextDump.decode(od).bytes
        == [UInt8](repeating: 0, count: 32) + [UInt8](repeating: 1, count: 16))
    #expect(
      error("00000000  00 01  |..|\n*")
        == DumpError.repeatAtEnd(line: 2))
    #expect(
      error("00000000  00 01 02  |...|\n*\n00000010")
        == DumpError.repeatDoesNotFit(line: 2, lineBytes: 3, from: 3, nextLine: 3, to: 16,
          radix: 16))
    #expect(
      error("00000000  00 01  |..|\n*\n7ffffffffff0")
        == DumpError.repeatTooLarge(line: 2, bytes: 140737488355310))
  }

  @Test func oddLengthWordDumpsTakeThePaddingBack() throws {
    #expect(try TextDump.decode("0000000 6261 6463 0065\n0000005\n").bytes == Array("abcde".utf8))
  }

  @Test func xxdVariants() throws {
    let bits = "00000000: 01001000 01100101  He\n"
    let decoded = try TextDump.decode(bits)
    #expect(decoded.bytes == Array("He".utf8))
    #expect(decoded.detail == "xxd -b (bits)")
    let partial = "00000000: 64636261   676665  abcdefg\n"
    #expect(try TextDump.decode(partial).bytes == Array("abcdefg".utf8))
    let edited = "00000000: 4865 6c6c  Hexx\n"
    let note = try TextDump.decode(edited)
    #expect(note.bytes == Array("Hell".utf8))
    #expect(note.notes == [.textColumnDiffers(firstLine: nil, otherLines: 0)])
    let offset = try TextDump.decode("00000100: 4865  He")
    #expect(offset.firstOffset == 256)
    #expect(offset.summary == "xxd: 2 bytes, the first at offset 0x100")
  }

  /// Mutated dumps, read with every format and detected: each either throws a `DumpError`
  /// (the only error type `decode` has) or decodes, and then reading it again gives the same
  /// result, every non-blank line is counted, and without '*' lines (which repeat) nor od's
  /// padded `-A n -c` lines, no more bytes come out than the text has UTF-8 bytes.
  @Test func hostileTextEitherThrowsADumpErrorOrDecodesConsistently() {
    var generator = SplitMix(seed: 99)
    let alphabet = Array("0123456789abcdefx:|><*{},'\"\\b=+/ \t\nGHz-")
    var decodedCount = 0
    var errorCount = 0
    for (_, _, text) in Self.dumps {
      for _ in 0..<200 {
        var mutated = Array(text)
        for _ in 0..<3 {
          let position = Int(generator.next() % UInt64(mutated.count))
          mutated[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
        }
        let input = String(mutated)
        for format in [nil] + DumpFormat.allCases.map(Optional.some) {
          let first: Result<DecodedDump, DumpError> = Result { () throws(DumpError) in
            try TextDump.decode(input, format: format)
          }
          guard case .success(let decoded) = first else {
            errorCount += 1
            continue
          }
          decodedCount += 1
          let again = Result { () throws(DumpError) in try TextDump.decode(input, format: format) }
          #expect(again == first, "\(input.debugDescription) as \(String(describing: format))")
          #expect(decoded.lineCount == Self.nonBlankLineCount(input) || input.contains("\u{1B}"))
          #expect(decoded.bytes.count <= TextDump.maximumBytes)
          if !input.contains("*"), decoded.format != .od, decoded.format != .hexdump {
            #expect(
              decoded.bytes.count <= input.utf8.count,
              "\(input.debugDescription) as \(String(describing: format))")
          }
        }
      }
    }
    // Both outcomes were exercised.
    #expect(decodedCount > 1000)
    #expect(errorCount > 1000)
  }

  /// Lines with something other than blanks, split as dumps split them (`\n`, `\r\n`, `\r`).
  static func nonBlankLineCount(_ text: String) -> Int {
    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
      .filter { $0.contains { $0 != " " && $0 != "\t" } }.count
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
