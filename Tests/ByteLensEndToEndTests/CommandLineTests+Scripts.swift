import Foundation
import Testing

/// `-f` scripts name the file and line of an error, as `source` does; `--version`.
extension CommandLineTests {
  @Test func scriptErrorNamesTheFileAndLine() throws {
    let script = try temporaryFile(
      "lines.bl",
      Data("# a comment\narray [1, 2] as i2\n\nshow\nas [('a',\n  'foo')]\necho never\n".utf8))
    let result = try run(["-f", script])
    #expect(result.status == 1)
    #expect(result.output == "[1 2]\n")
    #expect(
      result.errors == """
        error: data type 'foo' not understood
        hint: try 'help dtypes' for the spellings
        note: in \(script), line 5: as [('a',   'foo')]

        """)
  }

  @Test func everyScriptErrorIsNamedWhenKeepingGoing() throws {
    let script = try temporaryFile("two.bl", Data("reshpe 2\necho two\nshow\n".utf8))
    let result = try run(["--keep-going", "-f", script, "-c", "show"])
    #expect(result.status == 1)
    #expect(result.output == "two\n")
    #expect(
      result.errors == """
        error: unknown command 'reshpe'
        hint: did you mean 'reshape'?
        note: in \(script), line 1: reshpe 2
        error: nothing is loaded
        hint: load a file (load PATH), type bytes (bytes 01 02 ff) or build an array \
        (array [1, 2, 3] as i4)
        note: in \(script), line 3: show
        error: nothing is loaded
        hint: load a file (load PATH), type bytes (bytes 01 02 ff) or build an array \
        (array [1, 2, 3] as i4)

        """)
  }

  @Test func sourcedAndScriptErrorsSayTheSame() throws {
    let script = try temporaryFile("sourced.bl", Data("echo one\nreshape 3\n".utf8))
    let sourced = try run(["-c", "source \(script)"])
    let direct = try run(["-f", script])
    #expect(sourced.errors == direct.errors)
    #expect(direct.errors.hasSuffix("note: in \(script), line 2: reshape 3\n"))
  }

  @Test func versionPrintsTheVersion() throws {
    let result = try run(["--version"])
    #expect(result.status == 0)
    #expect(result.errors == "")
    #expect(result.output.wholeMatch(of: /bytelens \d+\.\d+\.\d+\n/) != nil)
  }

  /// Far more than a pipe buffer on standard error while standard output is also read: the
  /// runner reads both at once, so neither side waits on the other.
  @Test func aLongStandardErrorDoesNotDeadlock() throws {
    let lines = (0..<3000).map { _ in "reshpe 2" }.joined(separator: "\n") + "\n"
    let script = try temporaryFile("noisy.bl", Data(lines.utf8))
    let result = try run(["--keep-going", "-f", script, "-c", "echo done"])
    #expect(result.status == 1)
    #expect(result.output == "done\n")
    #expect(result.errors.split(separator: "\n").count == 3 * 3000)
  }
}
