import ByteLensEngine
import TestSupport
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

  /// The print option sets `show` and `show all` must agree under (`set` lines; the
  /// formatter last, since any later `set` forgets it as `np.set_printoptions` does).
  static let optionScripts = [
    "",
    "set precision 3; set floatmode fixed; set sign +",
    "set floatmode unique; set sign ' '; set linewidth 40",
    "set floatmode maxprec_equal; set precision 0; set suppress on",
    "set nanstr N/A; set infstr \u{221E}; set precision 12; set formatter int oct",
  ]

  /// The views `show` and `show all` must agree on: contiguous, strided and reversed,
  /// transposed, and byte-swapped.
  static let viewScripts = ["", "[::-1, :, ::2]", "transpose 2,0,1", "byteorder swap"]

  /// With nothing summarised (`threshold` past the element count), `show all`, which streams
  /// through its own layout and, for `f4`/`f8`, its own number path, prints the same bytes as
  /// `show`, for every float kind, integers, records and subarray fields.
  @Test(arguments: [
    "<f8", ">f8", "<f4", ">f4", "<f2", ">f16", "<c8", ">c16", "<c32", "<i8", ">u2", "|b1",
    "<f4,>i2,(2,)<c8",
  ])
  func showAllPrintsWhatShowPrintsWhenNothingIsSummarised(_ dtype: String) throws {
    let itemsize = try DType.parse(dtype).itemsize
    var random = SplitMix(seed: UInt64(itemsize) &* 0x9E37)
    // Random bytes with small exponents planted, so floats mix magnitudes, nan and inf.
    var hex = ""
    for index in 0..<(itemsize * 24) {
      var byte = UInt8(truncatingIfNeeded: random.next())
      if index % 5 == 1 { byte = 0x3F }
      hex += Hex.byte(byte)
    }
    for view in Self.viewScripts {
      for options in Self.optionScripts {
        let session = Session()
        let setup =
          "bytes \(hex); as \(dtype); reshape 2,3,4; \(view); set threshold 1000; \(options)"
        let prepared = session.run(setup)
        #expect(!prepared.failed, "\(setup): \(prepared.transcript.plainText)")
        let shown = session.run("show")
        let all = session.run("show all")
        #expect(!shown.failed)
        let label = "\(dtype) \(view) \(options)"
        #expect(shown.transcript.plainText == all.transcript.plainText, "\(label)")
        var streamed = ""
        session.liveOutput = { streamed += $0.plainText }
        #expect(!session.run("show all").failed)
        #expect(streamed == shown.transcript.plainText, "\(label)")
      }
    }
  }
}
