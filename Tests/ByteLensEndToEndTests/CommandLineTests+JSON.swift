import Foundation
import Testing

/// `--json`: standard output holds the JSON documents of `info`, `stats`, `find` and `guess`,
/// nothing else the file on the command line would print.
extension CommandLineTests {
  /// An archive written by `np.savez` (the console tests' fixture).
  private var archivePath: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("ByteLensConsoleTests/Fixtures/npy/arrays.npz").path
  }

  @Test func aBareArchiveGivesOnlyTheJSONOfInfo() throws {
    let result = try run(["--json", archivePath, "-c", "info"])
    #expect(result.status == 0)
    #expect(result.errors == "")
    #expect(result.output.hasPrefix("{\"source\": {\"name\": \"\(archivePath)\", \"size\": "))
    #expect(result.output.contains("\"format\": \"npz\", \"members\": [{\"name\": \"grid\""))
    #expect(result.output.split(separator: "\n").count == 1)
  }

  @Test func aBareArchiveGivesOnlyTheJSONOfGuess() throws {
    let result = try run(["--json", archivePath, "-c", "guess"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("{\"source\": \"\(archivePath)\""))
    #expect(result.output.split(separator: "\n").count == 1)
  }

  @Test func withoutJSONTheArchiveIsListed() throws {
    let result = try run([archivePath])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("\(archivePath): "))
  }
}
