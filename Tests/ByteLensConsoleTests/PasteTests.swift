import TestSupport
import Testing

@testable import ByteLensConsole

/// `paste` in scripts: Windows line endings, and errors that name the script's line.
@Suite struct PasteTests {
  @Test func aPasteThatFailsNamesItsLineInTheScript() throws {
    let path = "/tmp/bytelens-paste-\(UInt32.random(in: 0...UInt32.max)).bl"
    let script = "echo start\r\npaste\r\n00000000: 4865  He\r\n00000004: 6c6c  ll\r\n\r\necho no\r\n"
    #expect(FileWriter.write(script, to: path))
    defer { FileWriter.remove(path) }
    let outcome = Session().run("source \(path)")
    #expect(outcome.failed)
    #expect(
      outcome.transcript.plainText == """
        start
        error: line 4 starts at offset 0x4, but the lines before end at 0x2: 2 bytes are missing
        hint: a dump with a gap cannot be read back; paste the missing lines too
        note: in \(path), line 2: paste

        """)
  }

  @Test func aPasteWithWindowsLineEndingsReads() {
    let session = Session()
    let outcome = session.run(
      "paste\r\n00000000: 4865 6c6c  Hell\r\n00000004: 6f0a       o.\r\n\r\ntobytes\r\n")
    #expect(!outcome.failed)
    #expect(outcome.transcript.plainText == "b'Hello\\n'\n6 bytes\n")
  }

  /// A dump at an address above Int.max (a kernel address in gdb) shows it, without a trap.
  @Test func aDumpAtTheTopOfTheAddressSpace() {
    let session = Session()
    let outcome = session.run(
      "paste\n0xfffffffffffffff0:\t0x48\t0x65\n0xfffffffffffffff2:\t0x6c\n\nhexdump\ninfo")
    #expect(!outcome.failed)
    let text = outcome.transcript.plainText
    #expect(text.contains("fffffffffffffff0 [48|65|6c]"), "\(text)")
    #expect(
      text.contains(
        "address: 0xfffffffffffffff0 to 0xfffffffffffffff2 (base 0xfffffffffffffff0, from the "
          + "gdb x/…xb dump)"), "\(text)")
  }
}
