import Foundation
import Testing

/// The `bytelens` executable, run as a process: exit statuses, standard output and standard
/// error kept apart, the order of -c and -f, standard input. Fails when the executable has not
/// been built (`swift build`).
@Suite struct CommandLineTests {
  func run(_ arguments: [String], input: String? = nil) throws -> Binary.Result {
    try Binary.run(arguments, input: input.map { Data($0.utf8) })
  }

  func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    try Binary.temporaryFile(name, contents)
  }

  @Test func theIssueExample() throws {
    let result = try run(["-c", "array [1,2,3,4,5] as i4; tobytes"])
    #expect(result.status == 0)
    #expect(result.errors == "")
    #expect(
      result.output == """
        b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x03\\x00\\x00\\x00\\x04\\x00\\x00\\x00\\x05\\x00\\x00\\x00'
        20 bytes

        """)
  }

  @Test func fileThenCommandsAndScriptsInOrder() throws {
    let data = try temporaryFile("data.bin", Data([0, 0, 0x80, 0x3f, 0, 0, 0, 0x40]))
    let script = try temporaryFile("script.bl", Data("as <f4\nrepr\n".utf8))
    let result = try run([data, "-c", "echo first", "-f", script, "--command=echo last"])
    #expect(result.status == 0)
    #expect(result.output == "first\narray([1., 2.], dtype=float32)\nlast\n")
  }

  @Test func firstErrorStopsWithStatusOne() throws {
    let result = try run(["-c", "echo one; reshpe 2; echo two"])
    #expect(result.status == 1)
    #expect(result.output == "one\n")
    #expect(result.errors == "error: unknown command 'reshpe'\nhint: did you mean 'reshape'?\n")
  }

  @Test func keepGoingRunsTheRestButStillFails() throws {
    let result = try run(["--keep-going", "-c", "reshpe 2; echo two", "-c", "echo three"])
    #expect(result.status == 1)
    #expect(result.output == "two\nthree\n")
  }

  @Test func missingFile() throws {
    let result = try run(["/nonexistent/x.bin", "-c", "echo never"])
    #expect(result.status == 1)
    #expect(result.output == "")
    #expect(result.errors == "error: cannot open '/nonexistent/x.bin': No such file or directory\n")
    let script = try run(["-f", "/nonexistent/s.bl"])
    #expect(script.status == 1)
    #expect(script.errors == "error: cannot open '/nonexistent/s.bl': No such file or directory\n")
  }

  @Test func commandsFromStandardInput() throws {
    let result = try run([], input: "bytes 01 00 02 00\nas [('a',\n  '<u2')]\nrepr\n")
    #expect(result.status == 0)
    #expect(result.errors == "")
    #expect(result.output == "array([(1,), (2,)], dtype=[('a', '<u2')])\n")
  }

  @Test func colourOnlyWhenAsked() throws {
    let plain = try run(["-c", "bytes 01; reshpe"])
    #expect(!plain.errors.contains("\u{1B}["))
    let coloured = try run(["--color", "always", "-c", "bytes 01; reshpe"])
    #expect(coloured.errors.hasPrefix("\u{1B}[1;31merror:\u{1B}[0m unknown command 'reshpe'"))
  }

  @Test func pasteReadsTheLinesThatFollow() throws {
    let dump = "00000000: 4865 6c6c 6f0a                           Hello.\n"
    let piped = try run([], input: "paste\n" + dump + "\ntobytes\n")
    #expect(piped.status == 0)
    #expect(piped.errors == "")
    #expect(piped.output == "b'Hello\\n'\n6 bytes\n")
    // In -c and -f text too; the end of the text ends the paste.
    let command = try run(["-c", "paste --format hex\n48 65\n6c 6c 6f\n\ntobytes", "-c", "paste\n00"])
    #expect(command.status == 0)
    #expect(command.output == "b'Hello'\n5 bytes\n")
    let empty = try run(["-c", "paste"])
    #expect(empty.status == 1)
    #expect(empty.errors.hasPrefix("error: 'paste' got no lines"))
  }

  @Test func aNPYFileOnTheCommandLine() throws {
    // np.save(f, np.array([1.5, -2.0], dtype='>f4'))
    var header = Array("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }".utf8)
    header += [UInt8](repeating: 0x20, count: 128 - 10 - header.count - 1) + [0x0A]
    let bytes: [UInt8] =
      [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count), 0] + header
      + [0x3F, 0xC0, 0, 0, 0xC0, 0, 0, 0]
    let path = try temporaryFile("a.npy", Data(bytes))
    let result = try run([path, "-c", "repr"])
    #expect(result.status == 0)
    #expect(result.output == "array([ 1.5, -2. ], dtype='>f4')\n")
    let saved = path + ".copy.npy"
    defer { try? FileManager.default.removeItem(atPath: saved) }
    let save = try run([path, "-c", "save \(saved)", "-c", "save \(saved)"])
    #expect(save.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: saved)) == Data(bytes))
    #expect(save.errors == "error: '\(saved)' already exists\nhint: use 'save! …' to replace it\n")
  }
}
