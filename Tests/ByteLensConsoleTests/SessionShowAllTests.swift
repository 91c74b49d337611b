import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// `show all` streams through `liveOutput`: no element cap, pieces of bounded size, Ctrl-C.
@Suite struct SessionShowAllTests {
  /// 400 000 one-byte elements (zeros but the last, 99): more text than one piece holds.
  /// The numbers below are numpy's `str` of the same array, with summarisation off.
  static let large = "array [b'c'] as S400000; as u1; [::-1]"

  @Test func showAllStreamsThroughTheLiveOutput() throws {
    let session = Session()
    #expect(!session.run(Self.large).failed)
    var pieces: [String] = []
    session.liveOutput = { pieces.append($0.plainText) }
    let outcome = session.run("show all")
    #expect(!outcome.failed && outcome.transcript.isEmpty)
    let text = pieces.joined()
    // 24 elements of width 2 to a line of 75 columns.
    #expect(text.hasPrefix("[ 0  0  0") && text.hasSuffix("  0  0 99]\n"))
    #expect(text.utf8.count == 1_216_668)
    #expect(text.filter { $0 == "\n" }.count == 16667)
    #expect(pieces.count > 10)
    #expect(pieces.allSatisfy { $0.utf8.count <= StreamingArrayPrinter.textChunkSize + 4096 })
  }

  /// Without a live output (a test's session, a lesson) the text is gathered, the same text.
  @Test func showAllWithoutALiveOutputGathersTheSameText() throws {
    let session = Session()
    #expect(!session.run(Self.large).failed)
    let gathered = session.run("show all").transcript.plainText
    var streamed = ""
    session.liveOutput = { streamed += $0.plainText }
    _ = session.run("show all")
    #expect(gathered == streamed)
  }

  /// Ctrl-C after the first piece: `interrupted`, and the line it stopped on is ended.
  @Test func ctrlCStopsShowAll() throws {
    let session = Session()
    #expect(!session.run(Self.large).failed)
    let flag = Cancellation.Flag()
    var written = ""
    session.liveOutput = {
      written += $0.plainText
      flag.request()
    }
    let outcome = Cancellation.$scoped.withValue(flag) { session.run("show all") }
    #expect(outcome.failed)
    #expect(outcome.transcript.plainText == "error: interrupted\n")
    #expect(written.hasPrefix("[ 0  0") && written.hasSuffix("\n"))
    #expect(written.utf8.count < 400_000)
  }
}
