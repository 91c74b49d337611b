import ByteLensEngine
import Foundation
import TestSupport
import Testing

@testable import ByteLensConsole

@Suite struct SessionInspectionTests {
  @Test func hexdumpStreamsThroughLiveOutput() {
    let session = Session()
    var pieces: [StyledText] = []
    session.liveOutput = { pieces.append($0) }
    // 32 KiB that never repeat a row, then 32 KiB of zeros that collapse to '*'.
    var generator = SplitMix(seed: 7)
    let noise = (0..<32_768).map { _ in String(format: "%02x", generator.next() & 0xFF) }
    let hex = noise.joined() + String(repeating: "00", count: 32_768)
    let outcome = session.run("bytes \(hex); as <u4; hexdump all", keepGoing: false)
    #expect(!outcome.failed)
    // Nothing is collected: it all went through the sink, chunk by chunk.
    #expect(outcome.transcript.isEmpty)
    #expect(pieces.count > 2)
    #expect(pieces.allSatisfy { $0.byteCount < 100_000 })
    let text = pieces.reduce(StyledText(), +).plainText
    #expect(text.hasPrefix("'<u4' shape (16384,) strides (4,): 65536 bytes of <bytes>"))
    #expect(text.contains("*\n0000fff0 [00 00 00 00|00 00 00 00|00 00 00 00|00 00 00 00]"))
    #expect(text.split(separator: "\n").count == 2 + 2048 + 3 + 1)
  }

  @Test func aSinkThatThrowsStopsTheDump() {
    struct Closed: Error {}
    let session = Session()
    var calls = 0
    session.liveOutput = { _ in
      calls += 1
      throw Closed()
    }
    let outcome = session.run("bytes \(String(repeating: "00", count: 100_000)); hexdump all")
    #expect(outcome.failed && calls == 1)
  }

  @Test func withoutColourTheRowsAreOneRun() {
    let session = Session()
    session.showsColor = false
    let outcome = session.run("array [1, 2] as <i2; hexdump")
    let roles = Set(outcome.transcript.spans.map(\.role))
    #expect(!roles.contains(.boundary) && !roles.contains(.element(tone: 0)))
    #expect(outcome.transcript.plainText.contains("00000000 [01 00|02 00]"))
    let styled = Session().run("array [1, 2] as <i2; hexdump").transcript.spans
    #expect(styled.contains { $0.role == .element(tone: 1) })
  }

  @Test func widthChangesTheRows() {
    let outcome = Session().run("array [1, 2, 3] as <i2; set width 4; hexdump")
    #expect(
      outcome.transcript.plainText == """
        '<i2' shape (3,) strides (2,): 6 bytes of <array> from 0x0 to 0x5
                  00 01 02 03
        00000000 [01 00|02 00]  ....
        00000004 [03 00]        ..
        marks: [ ] an element, | the next element

        """)
  }

  @Test func compareWithOneDTypePutsTheViewsFirst() {
    let outcome = Session().run("array [1.5] as <f4; compare >f4")
    #expect(outcome.transcript.plainText.contains("  offset  bytes        <f4         >f4\n"))
  }

  @Test func explainNarrowsToAField() {
    let outcome = Session().run(
      "array [(1, 2.5), (3, 4.5)] as [('a', '<i2'), ('b', '<f8')]; explain [1]['b']")
    #expect(
      outcome.transcript.plainText.hasPrefix("element [1] of '<f8', shape (2,), strides (10,)\n"))
    #expect(outcome.transcript.plainText.hasSuffix("  value     4.5   repr np.float64(4.5)\n"))
  }

  @Test func inspectDefaultsToWhereTheViewStarts() {
    let outcome = Session().run("array [1, 2, 3] as u1; [2:]; inspect")
    #expect(
      outcome.transcript.plainText.hasPrefix(
        "offset 2 (0x2) of <array> (3 bytes): 1 byte from here to the end\n"))
  }

  @Test func everyCommandNeedsAView() {
    for command in ["hexdump", "fields", "layout", "inspect", "compare u1", "explain"] {
      let outcome = Session().run(command)
      #expect(outcome.transcript.plainText.hasPrefix("error: nothing is loaded\n"))
    }
  }
}

/// Big views must cost what is shown, not what is there.
@Suite struct InspectionScaleTests {
  static func sparseFile(_ name: String, size: Int) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
    FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(size))
    try handle.close()
    return path
  }

  @Test func largeFilesAreSummarisedAndSkipped() throws {
    let path = try Self.sparseFile("large.bin", size: 1 << 30)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let session = Session()
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      let outcome = session.run(
        """
        load \(path); set threshold inf; layout; reshape 32768,-1; layout; hexdump; inspect 1073741823
        load \(path) as [('a', 'S1073741800'), ('b', '<f8')] count 1; fields; explain [0]['b']
        compare u1 f8; explain
        """, keepGoing: true)
      #expect(outcome.failures == 1, "\(outcome.transcript.plainText.suffix(300))")
      let text = outcome.transcript.plainText
      #expect(
        text.hasSuffix(
          "error: explain reads one element whole; elements of '|V1073741808' have 1073741808 "
            + "bytes, more than 1048576\nhint: explain one field of it, e.g. explain [0]['b']\n"))
      #expect(text.contains("\n  0: [0]   1: [1]   2: [2]"))
      #expect(text.contains("  i=32767 1073709056 1073709057 1073709058        ... 1073741821"))
      #expect(text.contains("… 1073741568 more bytes in 67108848 rows"))
      #expect(
        text.contains(
          "           0 00000000 00000000 00000000 00000000\n  *\n  1073741792 00000000 11111111\n")
      )
      #expect(text.count < 200_000)
    }
    #expect(elapsed < .seconds(30))
  }
}
