import Foundation
import Testing

@testable import ByteLensConsole

/// Runs each `Transcripts/NAME.bl` through a `Session` and compares what a user would see,
/// standard output and standard error interleaved, with `NAME.out` byte for byte.
///
/// Directives on lines of their own at the top of a `.bl` file: `#! interactive` runs the
/// session in interactive mode (view commands print a summary); `#! stop-on-error` stops at the
/// first error as a batch run does (otherwise every command runs, as with --keep-going).
///
/// `$SAMPLES` in a script is the package's `samples` folder, `$FIXTURES` the test bundle's
/// `Fixtures` folder and `$TMP` a new empty folder for this run; in the output they are written
/// back as `$SAMPLES`, `$FIXTURES` and `$TMP`, so transcripts that read and write files compare
/// the same on every machine, and runs never share a file.
@Suite struct TranscriptTests {
  static let samples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("samples").path

  static var directory: URL? {
    Bundle.module.url(forResource: "Transcripts", withExtension: nil)
  }

  static func names() -> [String] {
    guard let directory,
      let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return [] }
    return files.filter { $0.hasSuffix(".bl") }.map { String($0.dropLast(3)) }.sorted()
  }

  @Test func transcriptsExist() {
    #expect(Self.names().count >= 8)
  }

  @Test(arguments: names())
  func transcript(_ name: String) throws {
    let directory = try #require(Self.directory)
    let script = try String(
      contentsOf: directory.appendingPathComponent(name + ".bl"), encoding: .utf8)
    let expected = try String(
      contentsOf: directory.appendingPathComponent(name + ".out"), encoding: .utf8)
    let directives = script.split(separator: "\n").prefix { $0.hasPrefix("#!") }
    let temporary = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-transcript-\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    let session = Session(mode: directives.contains("#! interactive") ? .interactive : .batch)
    session.reportsJSON = directives.contains("#! json")
    session.showsColor = false  // a transcript is what a user sees without colour
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).path
    let resolved = script.replacingOccurrences(of: "$SAMPLES", with: Self.samples)
      .replacingOccurrences(of: "$FIXTURES", with: fixtures)
      .replacingOccurrences(of: "$TMP", with: temporary)
    let outcome = session.run(resolved, keepGoing: !directives.contains("#! stop-on-error"))
    let actual = outcome.transcript.plainText
      .replacingOccurrences(of: temporary, with: "$TMP")
      .replacingOccurrences(of: Self.samples, with: "$SAMPLES")
      .replacingOccurrences(of: fixtures, with: "$FIXTURES")
    // BYTELENS_TRANSCRIPT_ACTUAL=DIR writes what ran to DIR/NAME.out, for reviewing a change
    // (an expected output is checked against numpy, never just copied from there).
    if let directory = ProcessInfo.processInfo.environment["BYTELENS_TRANSCRIPT_ACTUAL"] {
      try actual.write(toFile: "\(directory)/\(name).out", atomically: true, encoding: .utf8)
    }
    if actual != expected {
      Issue.record(
        Comment(rawValue: "\(name).bl differs from \(name).out:\n" + Self.diff(expected, actual)))
    }
  }

  /// The first differing line, with its neighbours.
  static func diff(_ expected: String, _ actual: String) -> String {
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(want.count, got.count)
    let range = max(0, first - 2)..<(first + 3)
    func show(_ lines: [Substring]) -> String {
      range.filter { $0 < lines.count }.map { "  \($0 + 1): \(lines[$0])" }.joined(separator: "\n")
    }
    return "line \(first + 1)\nexpected:\n\(show(want))\nactual:\n\(show(got))"
  }
}
