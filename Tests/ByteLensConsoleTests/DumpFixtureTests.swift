import Foundation
import Testing

@testable import ByteLensConsole

/// Dumps of `Fixtures/dumps/sample.bin` written by the real tools (`make_dumps.py` says which
/// and how), read back by `load … as text` and by `paste` to exactly the sample's bytes, with
/// the format each was detected as.
@Suite struct DumpFixtureTests {
  static let directory: URL? = Bundle.module.url(
    forResource: "dumps", withExtension: nil, subdirectory: "Fixtures")
    ?? Bundle.module.url(forResource: "Fixtures/dumps", withExtension: nil)

  /// File → what `info` names the format.
  static let expected: [String: String] = [
    "xxd": "xxd", "xxd-g1": "xxd", "xxd-g4": "xxd", "xxd-e": "xxd -e (little-endian groups)",
    "xxd-b": "xxd -b (bits)", "xxd-a": "xxd", "xxd-p": "xxd -p",
    "xxd-i": "C initialiser (unsigned char sample_bin[])",
    "hexdump-C": "hexdump -C", "hd": "hexdump -C",
    "hexdump": "hexdump (16-bit words read little-endian)",
    "od-x": "od -x (16-bit words read little-endian)", "od-Ax-tx1z": "od -A x -t x1z",
    "od": "od -o (16-bit words read little-endian)", "base64": "base64",
    "python-repr": "Python bytes", "python-bytearray": "Python bytearray",
    "python-adjacent": "Python bytes", "c-string": "escaped string",
    "wireshark": "Wireshark hex dump", "gdb-x-xb": "gdb x/…xb",
    "od-c": "od -c", "od-Ad-c": "od -A d -c", "od-An-v-c": "od -A n -c",
    "od-tx1": "od -t x1", "od-Ax-tx1": "od -A x -t x1", "od-An-v-tx1": "hex",
    "hexdump-c": "hexdump -c", "hexyl": "hexyl", "hexyl-border-none": "hexyl --border none",
    "hexyl-color": "hexyl", "hexyl-border-ascii": "hexyl",
    "python-session": "Python session, bytes",
  ]

  /// A fixture's text: UTF-8 (hexyl draws with box-drawing characters; the others are ASCII).
  static func text(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
  }

  static func sample() throws -> [UInt8] {
    let url = try #require(directory).appendingPathComponent("sample.bin")
    return [UInt8](try Data(contentsOf: url))
  }

  @Test func everyToolsDumpIsHere() throws {
    let directory = try #require(Self.directory)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
    #expect(Set(files) == Set(Self.expected.keys))
  }

  @Test(arguments: expected.keys.sorted())
  func readsBackTheSample(_ name: String) throws {
    let directory = try #require(Self.directory)
    let path = directory.appendingPathComponent(name + ".txt").path
    let want = try Self.sample()
    let session = Session()
    let outcome = session.run("load '\(path)' as text; info", keepGoing: false)
    #expect(!outcome.failed, "\(outcome.transcript.plainText)")
    #expect(session.currentView.map { try? $0.tobytes() } == want)
    let info = outcome.transcript.plainText
    #expect(info.contains("format: \(Self.expected[name]!): 353 bytes"), "\(info)")

    let text = try Self.text(path)
    let pasted = Session()
    let result = pasted.run("paste\n" + text + "\ntobytes")
    #expect(!result.failed, "\(result.transcript.plainText)")
    #expect(pasted.currentView.map { try? $0.tobytes() } == want)
  }

  /// The same files with Windows (`\r\n`) and old Mac (`\r`) line endings, through
  /// `load … as text`, `paste` and (one line at a time being a command) `bytes` for the
  /// one-line ones: the same bytes, the same format, no note.
  @Test(arguments: expected.keys.sorted())
  func readsBackWithOtherLineEndings(_ name: String) throws {
    let directory = try #require(Self.directory)
    let text = try Self.text(directory.appendingPathComponent(name + ".txt").path)
    let want = try Self.sample()
    let temporary = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-crlf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: temporary) }
    for (label, ending) in [("crlf", "\r\n"), ("cr", "\r")] {
      let converted = text.replacingOccurrences(of: "\n", with: ending)
      let path = temporary.appendingPathComponent("\(name)-\(label).txt").path
      try Data(converted.utf8).write(to: URL(fileURLWithPath: path))
      let session = Session()
      let outcome = session.run("load '\(path)' as text; info", keepGoing: false)
      let shown = outcome.transcript.plainText
      #expect(!outcome.failed, "\(label): \(shown)")
      #expect(session.currentView.map { try? $0.tobytes() } == want, "\(label)")
      #expect(shown.contains("format: \(Self.expected[name]!): 353 bytes"), "\(label): \(shown)")
      #expect(!shown.contains("note:"), "\(label): \(shown)")
      if label == "crlf" {
        // Pasted lines keep their \r: the feeder splits at \r\n.
        let pasted = Session()
        let result = pasted.run("paste\r\n" + converted + "\r\ntobytes\r\n")
        #expect(!result.failed, "\(result.transcript.plainText)")
        #expect(pasted.currentView.map { try? $0.tobytes() } == want)
      }
    }
  }
}
