import Foundation
import Testing

@testable import ByteLensConsole

/// Hostile sizes answered with one error (and hint), never a trap or an allocation failure;
/// and a history whose memory does not grow with its length.
@Suite struct SizeLimitTests {
  func transcript(_ script: String) -> String {
    Session().run(script, keepGoing: true).transcript.plainText
  }

  static let tooBig =
    "error: array is too big: shape (0, 4294967296, 4294967296) of itemsize 1 is larger than "
    + "the maximum possible size\n"
    + "hint: as in numpy, the nonzero dimensions times the itemsize must fit in 63 bits, even "
    + "when a 0 leaves the array empty\n"

  @Test(arguments: ["hexdump", "copy F", "[::-1]", "as u2", "T; info", "export c", "export json"])
  func hugeEmptyReshapeIsRefused(_ command: String) {
    let out = transcript("array [] as u1; reshape 0,4294967296,4294967296; \(command)")
    #expect(out.hasPrefix(SizeLimitTests.tooBig))
  }

  @Test func emptyViewsThatFitAnswerEveryCommand() {
    let out = transcript(
      "array [] as u1; reshape 0,2147483648,2147483648; T; info; hexdump; copy F; export c")
    #expect(!out.contains("error:"))
    // tolist() would hold 2**62 empty lists
    #expect(
      transcript("array [] as u1; reshape 2147483648,2147483648,0; export json")
        == "error: the JSON text of shape (2147483648, 2147483648, 0) would take more than "
        + "9223372036854775807 bytes; the budget is 1024 MiB\n"
        + "hint: export a slice such as '[:1000]; export json', or save the bytes with 'save'\n")
    #expect(
      out.contains(
        "shape: (2147483648, 2147483648, 0)\nstrides: (1, 2147483648, 4611686018427387904)\n"))
  }

  @Test func allocationsAreBudgeted() {
    #expect(
      transcript("array [1, 2, 3] as U536870911")
        == "error: an array of 3 elements would take 6442450932 bytes; the budget is "
        + "1024 MiB\nhint: use a smaller dtype or fewer values; 'load' reads a large file without "
        + "copying it\n")
    #expect(
      transcript("array [1] as (30000,30000)u1").hasPrefix(
        "error: an array of 1 elements would take 50400000000 bytes"))
    #expect(
      transcript("array [] as u1; reshape 1000000000,0; export json")
        == "error: the JSON text of shape (1000000000, 0) would take 4000000000 bytes; the budget "
        + "is 1024 MiB\nhint: export a slice such as '[:1000]; export json', or save the "
        + "bytes with 'save'\n")
    #expect(
      transcript("array [0] as S20000000; as u1; set threshold 1000000000; show")
        == "error: printing 20000000 elements without summarising would take 1440000000 bytes; "
        + "the budget is 1024 MiB\nhint: lower it with 'set threshold 1000', or show a "
        + "slice such as '[:1000]; show'\n")
  }

  @Test func oneHugeElementIsNotDecoded() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-size-\(ProcessInfo.processInfo.processIdentifier).bin").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    // A sparse file: the element is never read.
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 200_000_000)
    try handle.close()
    let refusal =
      "error: printing one element of '|S200000000' (200000000 bytes) would take 1600000000 "
      + "bytes; the budget is 1024 MiB\nhint: 'hexdump' and 'inspect OFFSET' show its "
      + "bytes; 'as' a smaller dtype reads parts\n"
    for command in ["show", "repr", "show [0]", "compare S200000000"] {
      #expect(transcript("load \(path) as S200000000; \(command)") == refusal)
    }
  }

  @Test func historyIsCappedAndSharesItsStatements() {
    let session = Session()
    _ = session.run("array [1, 2, 3, 4]", keepGoing: false)
    for _ in 0..<3000 { _ = session.run("T", keepGoing: false) }
    #expect(session.stack.count == Session.historyLimit)
    #expect(session.cursor == Session.historyLimit - 1)
    // Every statement is still there for export numpy, one node per command.
    #expect(session.stack.last?.python.count == 3001)
    #expect(session.stack.last?.python.lines.last == "a = a.T")
    // Each view's statements are its predecessor's nodes plus one, not a copy of them.
    #expect(session.stack.indices.dropLast().allSatisfy {
      session.stack[$0 + 1].python.extends(session.stack[$0].python)
    })
    let out = session.run("undo", keepGoing: false).transcript.plainText
    #expect(out == "")
    #expect(session.cursor == Session.historyLimit - 2)
  }
}
