import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The commands that bring bytes in and take them out: `bytes --format`, `paste`,
/// `load … as text`, `save[!]`, `export`.
@Suite struct ParserFormatsTests {
  @Test func bytesWithAFormat() throws {
    #expect(
      try parsed("bytes --format base64 SGk=")
        == .bytes(text: "SGk=", location: SourceLocation(line: 1, column: 23), format: .base64))
    #expect(
      try parsed("bytes --format=hd 00000000  48  |H|")
        == .bytes(
          text: "00000000  48  |H|", location: SourceLocation(line: 1, column: 19),
          format: .hexdumpCanonical))
    #expect(parseError("bytes --format xzd 00")?.message == "unknown dump format 'xzd'")
    #expect(parseError("bytes --format xzd 00")?.hint == "did you mean 'xxd'?")
    #expect(parseError("bytes --format")?.message == "'--format' needs a format name")
    #expect(parseError("bytes --format c")?.message == "'bytes' needs hex text or a dump")
    #expect(parseError("bytes --frmat c 00")?.message == "unknown option '--frmat'")
  }

  @Test func paste() throws {
    #expect(try parsed("paste") == .paste(format: nil))
    #expect(try parsed("paste --format od") == .paste(format: .od))
    #expect(parseError("paste 00 01")?.message == "unexpected '00' after 'paste'")
  }

  @Test func loadAsText() throws {
    #expect(try parsed("load dump.txt as text") == .loadText(path: "dump.txt", format: nil))
    #expect(
      try parsed("load 'my dump.txt' as text --format xxd")
        == .loadText(path: "my dump.txt", format: .xxd))
    #expect(parseError("load d.txt as text please")?.message == "unexpected 'please' after 'as text'")
  }

  @Test func save() throws {
    #expect(
      try parsed("save out.npy") == .save(path: "out.npy", format: nil, order: nil, replacing: false))
    #expect(
      try parsed("save! 'my out.bin' raw order F")
        == .save(path: "my out.bin", format: .raw, order: .F, replacing: true))
    #expect(
      try parsed("save x meta order=C") == .save(path: "x", format: .meta, order: .C, replacing: false))
    #expect(try parsed("save x F") == .save(path: "x", format: nil, order: .F, replacing: false))
    #expect(parseError("save")?.message == "'save' needs a path")
    #expect(parseError("save! ")?.message == "'save!' needs a path")
    #expect(parseError("save x npz")?.message == "unexpected 'npz' after the path 'x'")
    #expect(parseError("save x npz")?.hint == "did you mean 'npy'?")
    #expect(parseError("save x raw npy")?.message == "the format is given twice")
    #expect(parseError("save x order A")?.message == "save order must be C or F, not 'A'")
    #expect(parseError("save!x")?.message == "unknown command 'save!x'")
  }

  @Test func export() throws {
    #expect(try parsed("export numpy") == .export(.numpy))
    #expect(try parsed("export python") == .export(.numpy))
    #expect(try parsed("export C") == .export(.c))
    #expect(try parsed("export struct") == .export(.struct))
    #expect(try parsed("export json") == .export(.json))
    #expect(parseError("export")?.message == "'export' needs a format: numpy, c, struct or json")
    #expect(parseError("export jsn")?.hint == "did you mean 'json'?")
    #expect(parseError("export c struct")?.message == "unexpected 'struct' after 'c'")
  }
}
