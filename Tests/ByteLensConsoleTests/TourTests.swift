import Foundation
import Testing

@testable import ByteLensConsole

/// The tour is the first thing a newcomer runs (`make tour`): every command in it must work.
@Suite struct TourTests {
  /// The repository root, found from this file's place in it.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func tourRunsWithoutAnError() throws {
    let script = try String(
      contentsOf: Self.root.appendingPathComponent("samples/tour.bl"), encoding: .utf8)
    // The tour names files relative to the repository; tests may run elsewhere.
    let outcome = Session().run(
      script.replacingOccurrences(of: " samples/", with: " \(Self.root.path)/samples/"))
    #expect(!outcome.failed, "\(outcome.transcript.plainText.suffix(400))")
    let text = outcome.transcript.plainText
    // Lessons whose numbers come from numpy 2.4.6 (see docs/numpy-behaviour.md §6).
    #expect(text.contains("b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x03\\x00\\x00\\x00\\x04\\x00\\x00\\x00\\x05\\x00\\x00\\x00'\n20 bytes\n"))
    #expect(text.contains("[1 0 2 0 3 0 4 0 5 0 6 0]\n"))
    #expect(text.contains("[[1 4 2]\n [5 3 6]]\n"))
  }
}
