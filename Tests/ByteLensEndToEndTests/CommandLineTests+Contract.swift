import Foundation
import Testing

/// The command-line contract: every failure, a bad option included, is exit status 1 with one
/// `error:` line and at most one `hint:` line; `--help` and `--version` exit 0.
extension CommandLineTests {
  @Test func anUnknownOptionIsOneErrorLine() throws {
    let result = try run(["--nope"])
    #expect(result.status == 1)
    #expect(result.output == "")
    #expect(
      result.errors == "error: unknown option '--nope'\nhint: bytelens --help lists the options\n")
  }

  @Test func aMissingOptionValueIsOneErrorLine() throws {
    let result = try run(["-c"])
    #expect(result.status == 1)
    #expect(
      result.errors
        == "error: missing value for '-c <commands>'\nhint: bytelens --help lists the options\n")
  }

  @Test func aBadOptionValueIsOneErrorLine() throws {
    let result = try run(["--color", "blue", "-c", "echo hi"])
    #expect(result.status == 1)
    #expect(result.output == "")
    #expect(result.errors.hasPrefix("error: the value 'blue' is invalid for '--color <color>'"))
    #expect(result.errors.split(separator: "\n").count == 2)
  }

  /// An option name or value with control characters is escaped when it is echoed.
  @Test func anOptionIsEchoedEscaped() throws {
    let result = try run(["--\u{1b}]0;owned\u{07}"])
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("error: unknown option '--\\x1b]0;owned\\x07'\n"))
  }

  @Test func aCommandValueMayStartWithADash() throws {
    let result = try run(["-c", "-1"])
    #expect(result.status == 1)
    #expect(
      result.errors == "error: expected a command, got '-1'\n"
        + "hint: type 'help' for the list of commands\n")
    let echoed = try run(["-c", "-c", "-c", "echo -x"])
    #expect(echoed.status == 1)
    #expect(echoed.errors.hasPrefix("error: expected a command, got '-c'\n"))
  }

  @Test func helpStillExitsZero() throws {
    let result = try run(["--help"])
    #expect(result.status == 0)
    #expect(result.errors == "")
    #expect(result.output.hasPrefix("OVERVIEW: Show raw bytes the way NumPy reads them"))
  }

  /// A failure two `source`s deep names only the innermost script and line, however it was
  /// reached: `source`, `-f`, or `source` inside `-f`.
  @Test func aNestedSourceFailureHasOneNote() throws {
    let inner = try temporaryFile("inner.bl", Data("echo two\nfrobnicate\n".utf8))
    let outer = try temporaryFile("outer.bl", Data("echo one\nsource \(inner)\n".utf8))
    let expected = """
      error: unknown command 'frobnicate'
      hint: type 'help' for the list of commands
      note: in \(inner), line 2: frobnicate

      """
    for arguments in [["-f", outer], ["-c", "source \(outer)"], ["-c", "source \(inner)"]] {
      let result = try run(arguments)
      #expect(result.status == 1)
      #expect(result.errors == expected)
    }
  }
}
