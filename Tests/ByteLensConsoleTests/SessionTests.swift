import ByteLensEngine
import TestSupport
import Testing

@testable import ByteLensConsole

@Suite struct SessionTests {
  @Test func batchRunStopsAtTheFirstError() {
    let session = Session()
    let outcome = session.run("echo one; as f3; echo two")
    #expect(outcome.failures == 1)
    #expect(outcome.stoppedEarly)
    #expect(
      outcome.transcript.plainText == """
        one
        error: nothing is loaded
        hint: load a file (load PATH), type bytes (bytes 01 02 ff) or build an array (array [1, 2, 3] as i4)

        """)
  }

  @Test func keepGoingRunsEverything() {
    let session = Session()
    let outcome = session.run("reshpe; echo two; undo", keepGoing: true)
    #expect(outcome.failures == 2)
    #expect(!outcome.stoppedEarly)
    #expect(outcome.failed)
    #expect(
      outcome.transcript.plainText.hasSuffix("two\nerror: nothing to undo: nothing is loaded\n"))
  }

  @Test func eachStatementIsReportedAsItRuns() {
    let session = Session()
    var seen: [(String, Bool)] = []
    _ = session.run("bytes 01 02\n  bad;show", keepGoing: true, firstLine: 3) {
      statement, outcome in
      seen.append((statement.text, outcome.failed))
      if statement.text == "bad" {
        #expect(statement.location == SourceLocation(line: 4, column: 3))
      }
    }
    #expect(seen.map(\.0) == ["bytes 01 02", "bad", "show"])
    #expect(seen.map(\.1) == [false, true, false])
  }

  @Test func quitEndsTheRun() {
    let session = Session()
    let outcome = session.run("echo a; quit; echo b")
    #expect(outcome.transcript.plainText == "a\n")
    #expect(outcome.stoppedEarly)
    #expect(!outcome.failed)
  }

  @Test func viewCommandsPrintNothingInBatch() {
    let session = Session()
    let outcome = session.run(
      "bytes 00 01 02 03; as <u2; reshape 2,1; T; [0]; byteswap; undo; redo")
    #expect(outcome.transcript.plainText == "")
    #expect(session.currentView?.shape == [2])
  }

  @Test func interactiveViewCommandsPrintASummary() {
    let session = Session(mode: .interactive)
    let outcome = session.run("bytes 00 01 02 03; as >u2; [1]")
    #expect(
      outcome.transcript.plainText == """
        |u1 (uint8)  shape (4,)  strides (1,)  offset 0
        >u2  shape (2,)  strides (2,)  offset 0
        >u2  shape ()  strides ()  offset 2  (scalar)

        """)
    let summary = session.execute(.undo, text: "undo").output
    #expect(summary.spans.first == StyledText.Span(">u2", role: .dtype))
  }

  @Test func freshWindowIsReadAgainButOtherViewsAreViewed() throws {
    let session = Session()
    // 6 bytes: frombuffer(data, '<u2') is 3 elements.
    _ = session.run("bytes 01 00 02 00 03 00; as <u2")
    #expect(session.currentView?.shape == [3])
    // Still a fresh window: '<u4' re-reads the 6 bytes, which numpy refuses (6 % 4 != 0).
    #expect(session.run("as <u4").failed)
    // A reshape ends the window: now it is a.view('<u1') on shape (3, 1): (3, 2).
    _ = session.run("reshape 3,1; as u1")
    #expect(session.currentView?.shape == [3, 2])
    #expect(session.currentView?.strides == [2, 1])
    // offset re-reads with the current dtype from byte 2: 4 bytes of u1.
    _ = session.run("offset 2")
    #expect(session.currentView?.shape == [4])
    #expect(session.currentView?.offset == 2)
    // count keeps the offset.
    _ = session.run("count 3")
    #expect(session.currentView?.shape == [3])
    #expect(session.currentView?.offset == 2)
  }

  @Test func newViewsAfterUndoDropTheRedoBranch() {
    let session = Session()
    _ = session.run("bytes 00 01 02 03; reshape 2,2; undo; T")
    #expect(session.run("redo").failed)
    let views = session.run("views").transcript.plainText
    #expect(
      views == """
          0  bytes 00 01 02 03  |u1 (4,)
        * 1  T                  |u1 (4,)

        """)
  }

  @Test func scalarsPrintAsNumpyScalars() {
    let session = Session()
    let outcome = session.run(
      "bytes 01 02; [0]; repr; show; undo; repr [1]; show [1]; repr [1, ...]")
    #expect(
      outcome.transcript.plainText == """
        np.uint8(1)
        1
        np.uint8(2)
        2
        array(2, dtype=uint8)

        """)
  }

  @Test func setChangesThePrintOptions() {
    let session = Session()
    _ = session.run("set linewidth 100; set threshold 10; set edgeitems 2; set precision 4")
    #expect(session.printOptions.linewidth == 100)
    #expect(session.printOptions.threshold == 10)
    #expect(session.printOptions.edgeitems == 2)
    #expect(session.printOptions.precision == 4)
    let outcome = session.run("bytes 00 01 02 03 04 05 06 07 08 09 0a; show; show all")
    #expect(
      outcome.transcript.plainText == """
        [ 0  1 ...  9 10]
        [ 0  1  2  3  4  5  6  7  8  9 10]

        """)
  }

  @Test func commandsCanRunWithoutText() {
    let session = Session()
    let outcome = session.execute(
      .bytes(text: "zz", location: SourceLocation(line: 1, column: 7)), text: "")
    #expect(outcome.diagnostics.plainText.hasPrefix("error: 'z' at column 7 is not a hex digit\n"))
    #expect(session.execute(.echo("hi"), text: "").output.plainText == "hi\n")
  }

  @Test func helpListsEveryCommandInGroups() {
    let text = Session().run("help").transcript.plainText
    for entry in CommandCatalog.entries {
      #expect(text.contains("  " + entry.usage), "help lists \(entry.name)")
    }
    for group in HelpCatalog.groups { #expect(text.contains(group.title + "\n")) }
    for topic in HelpCatalog.topics { #expect(text.contains("help " + topic.name)) }
  }

  @Test func helpForACommandRunsItsExample() {
    #expect(
      Session().run("help as").transcript.plainText == """
        as DTYPE [at OFFSET] [count N]
          the same bytes under another dtype (a.view(DTYPE)); with at/count, the source read again (np.frombuffer)
          also: reinterpret, view
        NumPy: a.view(DTYPE); with at/count: np.frombuffer(data, DTYPE, count=N, offset=OFFSET)
        Example:
          › bytes 00 01 02 03 04 05 06 07; as <u2; count 2; as u1; show; as >u2 at 2; show
          [0 1 2 3]
          [ 515 1029 1543]

        """)
  }

  /// Every example in the help must run without an error: its output is what help shows.
  @Test func everyHelpExampleRuns() {
    for (name, detail) in HelpCatalog.details where detail.runs {
      let outcome = Session().run(detail.example)
      #expect(!outcome.failed, "help \(name): \(outcome.transcript.plainText)")
    }
    for name in HelpCatalog.details.keys {
      #expect(CommandCatalog.entry(named: name) != nil, "detail for unknown command \(name)")
    }
  }

  @Test func helpTopicsAndUnknownNames() {
    #expect(Session().run("help layout").transcript.plainText.hasPrefix("An array is a start offset"))
    let unknown = Session().run("help reshpe")
    #expect(unknown.failed)
    #expect(unknown.transcript.plainText == "error: no help for 'reshpe'\nhint: did you mean 'reshape'?\n")
  }

  @Test func resetForgetsEverything() {
    let session = Session()
    _ = session.run("array [1, 2] as i4; set precision 3; reset")
    #expect(session.currentView == nil)
    #expect(session.printOptions == PrintOptions())
    #expect(session.prompt == "bytelens › ")
  }

  @Test func promptShowsDtypeShapeAndOrder() {
    let session = Session()
    _ = session.run("array [[1, 2, 3], [4, 5, 6]] as >f8")
    #expect(session.prompt == "bytelens >f8 (2, 3) C › ")
    _ = session.run("copy F")
    #expect(session.prompt == "bytelens >f8 (2, 3) F › ")
    _ = session.run("[:, ::2]")
    #expect(session.prompt == "bytelens >f8 (2, 2) strided › ")
  }

  @Test func sourceRunsAScriptAndNamesTheFailingLine() throws {
    let path = "/tmp/bytelens-source-\(UInt32.random(in: 0...UInt32.max)).bl"
    let script = "array [1, 2] as i2\nshow\nreshape 3\necho not reached\n"
    #expect(FileWriter.write(script, to: path))
    defer { FileWriter.remove(path) }
    let outcome = Session().run("source \(path)")
    #expect(outcome.failed)
    #expect(
      outcome.transcript.plainText == """
        [1 2]
        error: cannot reshape 2 elements into (3,), which holds 3
        hint: 2 is prime: only (2,) or (1, 2) fit
        note: in \(path), line 3: reshape 3

        """)
    #expect(Session().run("source /nonexistent.bl").failed)
    // A script that sources itself stops at the depth limit instead of recursing forever.
    #expect(FileWriter.write("source \(path)\n", to: path))
    #expect(Session().run("source \(path)").failed)
  }

  @Test func infoNamesTheSource() {
    let session = Session()
    let info = session.run("bytes 00 00 00 00 00; as <i4 at 1 count 1; info").transcript
      .plainText
    #expect(
      info == """
        dtype: <i4 (int32), itemsize 4, alignment 4
        shape: (1,)
        strides: (4,)
        offset: 1
        nbytes: 4
        flags: C_CONTIGUOUS F_CONTIGUOUS
        source: <bytes>, 5 bytes

        """)
  }

  /// numpy: d = [('a','i1'),('b','<f8')]; a = np.frombuffer(bytes(range(18)), d)
  @Test(arguments: [
    ("repr [0]['a']", "np.int8(0)"),  // a[0] is np.void, its field a scalar
    ("repr [0, ...]['a']", "array(0, dtype=int8)"),  // a[0, ...] is a 0-d array
    ("repr [0][['a']]", "np.void((0,), dtype={'names': ['a'], 'formats': ['i1'], 'offsets': [0], 'itemsize': 9})"),
    ("repr [1]['b']", "np.float64(1.694714631965086e-226)"),
    ("repr [1, 'b']", nil),
  ])
  func scalarOrZeroDimensionalArray(_ command: String, _ expected: String?) {
    let session = Session()
    let outcome = session.run(
      "bytes \((0..<18).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()); "
        + "as [('a','i1'),('b','<f8')]; \(command)")
    if let expected {
      #expect(outcome.transcript.plainText == expected + "\n")
    } else {
      #expect(outcome.failed)
    }
  }
}
