import Foundation
import Testing

@testable import ByteLensConsole

/// Pinned cases from the NumPy oracle (Tests/numpy/make_fixtures.py): some bytes, a script, and
/// what numpy prints for the result. Each runs in-process as `bytes HEX; SCRIPT`, then `repr`,
/// `show` and `info`.
@Suite struct NumpyFixtureTests {
  struct Case: Decodable, CustomTestStringConvertible {
    var hex: String
    var script: String
    var repr: String?
    var str: String?
    var strides: String?
    var shape: String?
    var error: Bool?

    var testDescription: String { "\(script) on \(hex.prefix(40))" }
  }

  static func cases() -> [Case] {
    guard
      let url = Bundle.module.url(forResource: "Fixtures/numpy-cases", withExtension: "jsonl")
        ?? Bundle.module.url(
          forResource: "numpy-cases", withExtension: "jsonl", subdirectory: "Fixtures"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    let decoder = JSONDecoder()
    return text.split(separator: "\n").compactMap { line in
      try? decoder.decode(Case.self, from: Data(line.utf8))
    }
  }

  static let all = cases()

  /// Without its fixture the suite would run no case and pass: it fails instead.
  @Test func everyLineDecodes() throws {
    let url = try #require(
      Bundle.module.url(
        forResource: "numpy-cases", withExtension: "jsonl", subdirectory: "Fixtures"),
      "Fixtures/numpy-cases.jsonl is missing (Tests/numpy/make_fixtures.py writes it)")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == Self.all.count)
    #expect(Self.all.count >= 300, "only \(Self.all.count) pinned cases")
  }

  @Test(arguments: all)
  func matchesNumpy(_ testCase: Case) {
    let session = Session()
    var outcome = session.execute(
      .bytes(text: testCase.hex, location: SourceLocation(line: 1, column: 7)),
      text: "bytes \(testCase.hex)")
    #expect(!outcome.failed, "bytes failed: \(outcome.diagnostics.plainText)")
    let run = session.run(testCase.script)
    if testCase.error == true {
      // numpy may raise while printing (a generic-unit datetime), so printing counts too.
      let printing = session.run("repr; show; info")
      #expect(run.failed || printing.failed, "numpy raised, bytelens did not")
      return
    }
    guard !run.failed else {
      Issue.record("numpy succeeded, bytelens failed: \(run.transcript.plainText)")
      return
    }
    outcome = session.execute(.repr(nil), text: "repr")
    #expect(outcome.output.plainText == (testCase.repr ?? "") + "\n")
    outcome = session.execute(.show(.view), text: "show")
    #expect(outcome.output.plainText == (testCase.str ?? "") + "\n")
    outcome = session.execute(.info, text: "info")
    let lines = outcome.output.plainText.split(separator: "\n").map(String.init)
    #expect(lines.contains("shape: " + (testCase.shape ?? "")))
    #expect(lines.contains("strides: " + (testCase.strides ?? "")))
  }
}
