import Foundation
import Testing

/// Endless, huge and binary input is refused with one error line, and nothing that comes from
/// input reaches the terminal raw.
extension CommandLineTests {
  @Test(.timeLimit(.minutes(1)))
  func aDeviceScriptIsReadOnlyUpToTheLimit() throws {
    let result = try run(["-f", "/dev/zero"])
    #expect(result.status == 1)
    #expect(
      result.errors
        == "error: '/dev/zero' is larger than 16 MiB, the largest script bytelens reads\n")
  }

  /// `bytelens < /dev/zero` read 2 GB and exited 0 saying nothing.
  @Test(.timeLimit(.minutes(1)))
  func anEndlessLineOnStandardInputEndsTheRun() throws {
    let process = Process()
    process.executableURL = try Binary.require()
    process.arguments = ["--keep-going"]
    process.standardInput = FileHandle(forReadingAtPath: "/dev/zero")
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(
      text == "error: line 1 is longer than 1 MiB, the longest line bytelens reads\n"
        + "hint: give large data in a file: load PATH, or paste a dump\n")
  }

  @Test(.timeLimit(.minutes(1)))
  func aFourMegabyteLineIsRefused() throws {
    // bytelens stops reading before the input ends: a closed pipe must not kill the test.
    signal(SIGPIPE, SIG_IGN)
    let line = "echo " + String(repeating: "a", count: 4 << 20) + "\n"
    let result = try run([], input: "echo first\n" + line + "echo never\n")
    #expect(result.status == 1)
    #expect(result.output == "first\n")
    #expect(result.errors.hasPrefix("error: line 2 is longer than 1 MiB"))
  }

  @Test func binaryScriptsAreRefusedByLine() throws {
    let script = try temporaryFile("nul.bl", Data("echo a\necho b\0c\n".utf8))
    let result = try run(["-f", script])
    #expect(result.status == 1)
    #expect(result.output == "")
    #expect(
      result.errors == "error: line 2 of '\(script)' holds a NUL byte, so it is not a script\n")
    let piped = try Binary.run(
      ["--keep-going"],
      input: Data("echo a\necho \u{ff}\n".utf8) + Data([0xFF, 0x0A])
        + Data("echo z\n".utf8))
    #expect(piped.status == 1)
    #expect(piped.output == "a\n\u{ff}\nz\n")
    #expect(piped.errors == "error: line 3 is not UTF-8 text, so it is not a script\n")
  }

  /// A `.npy` whose field name holds an OSC title sequence, a bell and a clear-screen.
  @Test func fieldNamesFromAFileAreEscaped() throws {
    let name = "a\u{1b}]0;owned\u{07}\u{1b}[2J"
    let header =
      "{'descr': [('\(name)', '<i4'), ('b', '|u1')], 'fortran_order': False, "
      + "'shape': (1,), }"
    let path = try temporaryFile("evil.npy", npy(header: header, data: Data(count: 5)))
    let result = try run([path, "-c", "info", "-c", "fields", "-c", "layout", "-c", "repr"])
    #expect(result.status == 0)
    #expect(result.errors == "")
    #expect(result.output.contains("a\\x1b]0;owned\\x07\\x1b[2J"))
    #expect(!hasRawControls(result.output))
  }

  @Test func archiveMemberNamesAreEscaped() throws {
    let member = try npy(
      header: "{'descr': '<i1', 'fortran_order': False, 'shape': (2,), }",
      data: Data([1, 2]))
    let name = "x\u{1b}]0;owned\u{07}\u{1b}[2J\nfake.npy"
    let path = try temporaryFile("evil.npz", storedZip(name: name, contents: member))
    let result = try run([path])
    #expect(result.status == 0)
    #expect(result.output.contains("x\\x1b]0;owned\\x07\\x1b[2J\\nfake"))
    #expect(!hasRawControls(result.output))
    #expect(result.output.split(separator: "\n").count == 3)
  }

  @Test func pathsAreEscapedInMessages() throws {
    let result = try run(["no\nsuch\u{1b}[2J.bin"])
    #expect(result.status == 1)
    #expect(
      result.errors == "error: cannot open 'no\\nsuch\\x1b[2J.bin': No such file or directory\n")
    let script = try run(["-f", "no\nscript\u{07}"])
    #expect(script.errors.hasPrefix("error: cannot open 'no\\nscript\\x07': "))
  }

  /// Whatever a command prints, a control byte is escaped on its way to the terminal.
  @Test func controlBytesNeverReachTheTerminal() throws {
    let result = try run(["-c", "echo a\u{1b}[2Jb\u{07}\u{9b}c\td"])
    #expect(result.output == "a\\x1b[2Jb\\x07\\x9bc\td\n")
  }

  /// The test for control bytes reads eight bytes at a time: one at every position of a
  /// word, and each kind (C0, DEL, C1), is still found and escaped, in
  /// plain and in coloured output.
  @Test func controlBytesAreFoundAtEveryPosition() throws {
    for (control, escaped) in [("\u{1b}", "\\x1b"), ("\u{7f}", "\\x7f"), ("\u{9b}", "\\x9b")] {
      for position in 0..<17 {
        let text = String(repeating: "x", count: position) + control + "yz"
        let expected = String(repeating: "x", count: position) + escaped + "yz\n"
        #expect(try run(["-c", "echo \(text)"]).output == expected)
        #expect(try run(["--color", "always", "-c", "echo \(text)"]).output == expected)
      }
    }
  }

  private func hasRawControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F }
  }

  /// A version 1.0 `.npy` file with `header` (padded as numpy pads it) and `data`.
  private func npy(header: String, data: Data) throws -> Data {
    var text = Array(header.utf8)
    let total = 10 + text.count + 1
    text += [UInt8](repeating: 0x20, count: (64 - total % 64) % 64) + [0x0A]
    var bytes = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
    bytes += Data([UInt8(text.count & 0xFF), UInt8(text.count >> 8)])
    return bytes + Data(text) + data
  }

  /// A zip archive with one stored member.
  private func storedZip(name: String, contents: Data) -> Data {
    let nameBytes = Array(name.utf8)
    let crc = crc32(contents)
    func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
    let size = le32(UInt32(contents.count))
    var local: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0)
    local += le16(0) + le32(crc) + size + size + le16(nameBytes.count) + le16(0) + nameBytes
    var central: [UInt8] = [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0)
    central += le16(0) + le16(0) + le32(crc) + size + size + le16(nameBytes.count) + le16(0)
    central += le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + nameBytes
    let centralOffset = local.count + contents.count
    var end: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(1) + le16(1)
    end += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
    return Data(local) + contents + Data(central) + Data(end)
  }

  private func crc32(_ data: Data) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
