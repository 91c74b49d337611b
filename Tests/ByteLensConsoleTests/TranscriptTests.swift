import Foundation
import Testing

@testable import ByteLensConsole

/// Runs each `Transcripts/NAME.bl` through a `Session` and compares what a user would see,
/// standard output and standard error interleaved, with `NAME.out` byte for byte.
///
/// Directives on lines of their own at the top of a `.bl` file: `#! interactive` runs the
/// session in interactive mode (view commands print a summary); `#! stop-on-error` stops at the
/// first error as a batch run does (otherwise every command runs, as with --keep-going).
@Suite struct TranscriptTests {
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
    let session = Session(mode: directives.contains("#! interactive") ? .interactive : .batch)
    let outcome = session.run(script, keepGoing: !directives.contains("#! stop-on-error"))
    let actual = outcome.transcript.plainText
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
