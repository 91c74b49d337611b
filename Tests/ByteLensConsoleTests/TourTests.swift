import Foundation
import Testing

@testable import ByteLensConsole

/// The tour is the first thing a newcomer runs (`make tour`): every lesson, played with its
/// solution, must run and be solved.
@Suite struct TourTests {
  /// The repository root, found from this file's place in it.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func tourPlaysEveryLessonSolved() throws {
    let script = try String(
      contentsOf: Self.root.appendingPathComponent("samples/tour.bl"), encoding: .utf8)
    let outcome = Session().run(script)
    #expect(!outcome.failed, "\(outcome.transcript.plainText.suffix(400))")
    let text = outcome.transcript.plainText
    for (index, lesson) in LessonCatalog.lessons.enumerated() {
      #expect(text.contains("Lesson \(index + 1) of \(LessonCatalog.lessons.count) · \(lesson.title)\n"))
      #expect(text.contains("✓ solved: lesson \(index + 1), \(lesson.title)\n"))
    }
    // The tour plays the solutions: it asks for no typing and names no next lesson.
    #expect(text.hasPrefix("The bytelens tour: "))
    #expect(!text.contains("Type commands;"))
    #expect(!text.contains("Next: 'learn next'"))
    #expect(!text.contains("Your solution"))
    #expect(text.components(separatedBy: "In numpy (export numpy):\nimport numpy as np\n").count
      == LessonCatalog.lessons.count + 1)
    // Only lesson 11's solution takes two steps, and its first is not yet the goal.
    #expect(text.components(separatedBy: "not yet:").count == 2)
    // Values of numpy 2.4.6 the tour must show (docs/numpy-behaviour.md §6): int64 bytes read
    // as int32, the reshape that fails, tobytes() in C order of a Fortran-ordered array.
    #expect(text.contains("[1 0 2 0 3 0 4 0 5 0 6 0]\n"))
    #expect(text.contains("cannot reshape 12 elements into (2, 3), which holds 6"))
    #expect(text.contains(
      "b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x03\\x00\\x00\\x00\\x04\\x00\\x00\\x00\\x05"
        + "\\x00\\x00\\x00\\x06\\x00\\x00\\x00'\n"))
  }
}
