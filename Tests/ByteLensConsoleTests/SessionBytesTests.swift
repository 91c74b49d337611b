import ByteLensEngine
import Foundation
import TestSupport
import Testing

@testable import ByteLensConsole

/// `tobytes` and `save` over large views: the guard, streaming through `liveOutput`, Ctrl-C.
@Suite struct SessionBytesTests {
  /// A view of `count` bytes built in memory: one `S` element, read as bytes.
  static let large = "array [b'ab\\'c'] as S2500000; as u1; [::-1]"

  func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-bytes-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func plainTobytesIsTheLiteralThenTheLength() {
    let session = Session()
    let outcome = session.run("array [b\"it's\", b'a\\\\b\\t'] ; tobytes; tobytes all F")
    #expect(
      outcome.transcript.plainText == """
        b"it'sa\\\\b\\t"
        8 bytes
        b"it'sa\\\\b\\t"
        8 bytes

        """)
  }

  @Test func tobytesAllStreamsThroughTheLiveOutput() throws {
    let session = Session()
    #expect(!session.run(Self.large).failed)
    let view = try #require(session.currentView)
    var pieces: [String] = []
    session.liveOutput = { pieces.append($0.plainText) }
    let outcome = session.run("tobytes all")
    #expect(!outcome.failed && outcome.transcript.isEmpty)
    // Three chunks of at most a megabyte of bytes, the closing quote, the length.
    #expect(pieces.count == 5)
    #expect(pieces.dropFirst(3).joined() == "\"\n2500000 bytes\n")
    #expect(pieces.dropLast().joined() == PythonRepr.bytes(try view.tobytes()))
    #expect(pieces[0].hasPrefix("b\"\\x00\\x00") && pieces[2].hasSuffix("\\x00c'ba"))
  }

  @Test func largeTobytesIsRefusedWithAHint() {
    let session = Session()
    let outcome = session.run(Self.large + "; tobytes")
    #expect(outcome.failed)
    #expect(
      outcome.transcript.plainText == """
        error: 'tobytes' would print 2500000 bytes, more than 1048576 (a literal of up to \
        10000003 characters)
        hint: 'tobytes all' prints them all (Ctrl-C stops it); 'save PATH raw' writes them to a \
        file

        """)
  }

  /// `tobytes` prints up to `tobytesLimit` bytes and refuses one more.
  @Test func theLimitIsInclusive() {
    let session = Session()
    let limit = Session.tobytesLimit
    let at = session.run("array [b''] as S\(limit); tobytes").transcript.plainText
    #expect(at.count == 3 + 4 * limit + "\n\(limit) bytes\n".count)
    let over = session.run("array [b''] as S\(limit + 1); tobytes")
    #expect(over.failed && over.transcript.plainText.hasPrefix("error: 'tobytes' would print"))
  }

  /// Ctrl-C after the first piece: the command fails with `interrupted`, and what was written
  /// is a prefix of the literal, its line ended.
  @Test func ctrlCStopsTobytesAll() throws {
    let session = Session()
    #expect(!session.run(Self.large).failed)
    let full = PythonRepr.bytes(try #require(session.currentView).tobytes())
    let flag = Cancellation.Flag()
    var written = ""
    session.liveOutput = {
      written += $0.plainText
      flag.request()
    }
    let outcome = Cancellation.$scoped.withValue(flag) { session.run("tobytes all") }
    #expect(outcome.failed)
    #expect(outcome.transcript.plainText == "error: interrupted\n")
    #expect(written.hasSuffix("\n") && written.count > 1_000_000)
    #expect(full.hasPrefix(written.dropLast()))
  }

  /// A file cut short while `tobytes all` streams it: the read fails mid-literal, and the
  /// line is ended before the error, as for Ctrl-C.
  @Test func aFailedReadEndsTheLiteralLine() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // More than the file source caches (4 MiB), with no `"`, so the quote search reads it all
    // and the literal reads the first megabytes again from the file.
    let path = directory + "/cut.bin"
    let count = 6 << 20
    try Data(repeating: 0x41, count: count).write(to: URL(fileURLWithPath: path))
    let session = Session()
    #expect(!session.run("load \(path)").failed)
    var written = ""
    session.liveOutput = { piece in
      if written.isEmpty { truncate(path, 0) }
      written += piece.plainText
    }
    let outcome = session.run("tobytes all")
    #expect(outcome.failed)
    #expect(
      outcome.transcript.plainText
        == "error: '\(path)' is shorter than when it was opened (\(count) bytes): was it "
        + "truncated?\n")
    // The first megabyte of the literal, then the end of its line.
    #expect(written.count == 2 + ArrayView.byteChunkSize + 1)
    #expect(written.hasPrefix("b'AAAA") && written.hasSuffix("AAAA\n"))
  }

  /// Ctrl-C during `save`: no file, no temporary file; `save!` keeps the file it would replace.
  @Test func ctrlCStopsSaveAndLeavesNothing() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let session = Session()
    #expect(!session.run(Self.large + "; [::3]").failed)
    let flag = Cancellation.Flag()
    flag.request()
    for format in ["raw", "npy", "meta"] {
      let outcome = Cancellation.$scoped.withValue(flag) {
        session.run("save \(directory)/out.\(format) \(format)")
      }
      #expect(outcome.transcript.plainText == "error: interrupted\n")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [])
    FileWriter.write("before", to: directory + "/kept.bin")
    let outcome = Cancellation.$scoped.withValue(flag) {
      session.run("save! \(directory)/kept.bin raw")
    }
    #expect(outcome.transcript.plainText == "error: interrupted\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["kept.bin"])
    #expect(try String(contentsOfFile: directory + "/kept.bin", encoding: .utf8) == "before")
  }

  /// The stream that `save` writes, stopped after its first chunk is in the temporary file.
  @Test func ctrlCAfterTheFirstChunkRemovesTheTemporaryFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let view = try ArrayView.frombuffer(
      MemoryByteSource(Array(repeating: 7, count: 1000)), dtype: try DType.parse("<u2"))
    FileWriter.write("before", to: directory + "/kept.bin")
    for (name, replacing) in [("new.bin", false), ("kept.bin", true)] {
      let flag = Cancellation.Flag()
      var chunks = 0
      Cancellation.$scoped.withValue(flag) {
        #expect(throws: Interrupted()) {
          try AtomicFileWriter.write(to: directory + "/" + name, replacing: replacing) { sink in
            try view.indexed([.slice(start: nil, stop: nil, step: -2)])
              .forEachByteChunk(chunkSize: 64) { chunk in
                try sink(chunk)
                chunks += 1
                flag.request()
              }
          }
        }
      }
      #expect(chunks == 1)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["kept.bin"])
    #expect(try String(contentsOfFile: directory + "/kept.bin", encoding: .utf8) == "before")
  }

  /// `save` of strided, reversed, Fortran and structured views writes `tobytes(order)`.
  @Test func saveWritesTheViewsBytes() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let cases = [
      "array [[1, 2, 3], [4, 5, 6]] as >i4 order F; T; [::-1]",
      "array [(1, 0.5), (2, -1.25), (3, 2)] as [('id','>i2'),('v','<f8')]; [::-2]",
      "bytes 00 01 02 03 04 05 06 07 08 09 0a 0b; as <u2; reshape 2,3; [:, ::2]",
    ]
    for (index, script) in cases.enumerated() {
      for order in ["C", "F"] {
        let session = Session()
        let path = "\(directory)/\(index)\(order).bin"
        let outcome = session.run("\(script); save \(path) raw order \(order)")
        #expect(!outcome.failed, "\(outcome.transcript.plainText)")
        let view = try #require(session.currentView)
        let written = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (try view.tobytes(order: order == "C" ? .C : .F)), "\(script) \(order)")
      }
    }
  }
}
