import Foundation
import Testing

/// The app's role → ANSI mapping, seen through the real executable: colours for element tones,
/// record fields (the second tone bright), padding, bytes outside the view and marks.
extension CommandLineTests {
  @Test func hexdumpInColour() throws {
    let result = try run([
      "--color", "always", "-c", "array [(1, 2), (3, 4)] as u1,<i2 aligned; hexdump",
    ])
    #expect(result.status == 0)
    let e = "\u{1B}["
    // A colour is written where it changes, and reset only where the next one cannot replace
    // it (dim, bold) and at the end of each line.
    #expect(
      result.output == """
        \(e)32m'|V4'\(e)0m shape (2,) strides (4,): 8 bytes of <array> from \(e)36m0x0\(e)0m to \(e)36m0x7\(e)0m
                  \(e)2m00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f\(e)0m
        \(e)36m00000000 \(e)90m[\(e)32m01\(e)90m)\(e)2;37m00\(e)0m\(e)90m(\(e)35m02 00\(e)90m|\(e)92m03\(e)90m)\(e)2;37m00\(e)0m\(e)90m(\(e)95m04 00\(e)90m]\(e)0m                          \(e)32m.\(e)2;37m.\(e)0m\(e)35m..\(e)92m.\(e)2;37m.\(e)0m\(e)95m..\(e)0m
        \(e)1mmarks: \(e)0m\(e)2m[ ] an element, | the next element, ( ) padding, in no field\(e)0m
        \(e)1mfields: \(e)0m\(e)32mf0\(e)0m\(e)2m |u1 +0, \(e)0m\(e)35mf1\(e)0m\(e)2m <i2 +2\(e)0m

        """)
    // On a terminal it looks as it did with an escape and a reset around every run.
    #expect(
      TerminalAppearance(result.output) == TerminalAppearance("""
        \(e)32m'|V4'\(e)0m shape (2,) strides (4,): 8 bytes of <array> from \(e)36m0x0\(e)0m to \(e)36m0x7\(e)0m
                  \(e)2m00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f\(e)0m
        \(e)36m00000000 \(e)0m\(e)90m[\(e)0m\(e)32m01\(e)0m\(e)90m)\(e)0m\(e)2;37m00\(e)0m\(e)90m(\(e)0m\(e)35m02 00\(e)0m\(e)90m|\(e)0m\(e)92m03\(e)0m\(e)90m)\(e)0m\(e)2;37m00\(e)0m\(e)90m(\(e)0m\(e)95m04 00\(e)0m\(e)90m]\(e)0m                          \(e)32m.\(e)0m\(e)2;37m.\(e)0m\(e)35m..\(e)0m\(e)92m.\(e)0m\(e)2;37m.\(e)0m\(e)95m..\(e)0m
        \(e)1mmarks: \(e)0m\(e)2m[ ] an element, | the next element, ( ) padding, in no field\(e)0m
        \(e)1mfields: \(e)0m\(e)32mf0\(e)0m\(e)2m |u1 +0, \(e)0m\(e)35mf1\(e)0m\(e)2m <i2 +2\(e)0m

        """))
  }

  /// The appearance model itself tells colours apart: a colour left on, a bold carried into
  /// the next colour, a missing colour.
  @Test func theAppearanceModelSeesEveryDifference() {
    let e = "\u{1B}["
    let reference = TerminalAppearance("\(e)1;31ma\(e)0m\(e)33mb\(e)0m c")
    #expect(TerminalAppearance("\(e)1;31ma\(e)0;33mb\(e)0m c") == reference)
    #expect(TerminalAppearance("\(e)1;31ma\(e)33mb\(e)0m c") != reference)
    #expect(TerminalAppearance("\(e)1;31ma\(e)0m\(e)33mb c") != reference)
    #expect(TerminalAppearance("\(e)1;31ma\(e)0mb c") != reference)
  }

  @Test func stridedValuesInColour() throws {
    let result = try run(["--color", "always", "-c", "array [1, 2, 3] as <i2; [::2]; hexdump values"])
    let e = "\u{1B}["
    let row = result.output.split(separator: "\n")[2]
    let before = """
      \(e)36m00000000 \(e)0m\(e)90m[\(e)0m\(e)33m01 00\(e)0m\(e)90m]\(e)0m\(e)90m02 00\(e)0m\(e)90m[\(e)0m\(e)36m03 00\(e)0m\(e)90m]\(e)0m                                \(e)33m..\(e)0m\(e)90m..\(e)0m\(e)36m..\(e)0m            \(e)33m1\(e)0m  \(e)36m3\(e)0m
      """
    #expect(
      row == """
        \(e)36m00000000 \(e)90m[\(e)33m01 00\(e)90m]02 00[\(e)36m03 00\(e)90m]\(e)0m                                \(e)33m..\(e)90m..\(e)36m..\(e)0m            \(e)33m1\(e)0m  \(e)36m3\(e)0m
        """)
    #expect(TerminalAppearance(String(row)) == TerminalAppearance(before))
  }

  @Test func withoutColourTheMarksCarryTheStructure() throws {
    let never = try run(["--color", "never", "-c", "array [1, 2, 3] as <i2; [::2]; hexdump"])
    #expect(!never.output.contains("\u{1B}"))
    #expect(never.output.contains("00000000 [01 00]02 00[03 00]"))
    // A pipe is not a terminal: 'auto' prints no escapes either.
    let auto = try run(["-c", "array [1, 2, 3] as <i2; hexdump"])
    #expect(!auto.output.contains("\u{1B}") && auto.output.contains("[01 00|02 00|03 00]"))
  }

  @Test func aClosedPipeStopsAStreamingDump() throws {
    let path = try temporaryFile("stream.bin", Data(count: 64 << 20))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let process = Process()
    process.executableURL = try Binary.require()
    process.arguments = [path, "-c", "as <u4; [::3]; hexdump all"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let first = output.fileHandleForReading.readData(ofLength: 4096)
    try output.fileHandleForReading.close()
    process.waitUntilExit()
    #expect(String(decoding: first, as: UTF8.self).hasPrefix("'<u4' shape (5592406,) strides (12,)"))
    // Stopped by the closed pipe, quietly, with status 1; not a crash.
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 1)
  }
}
