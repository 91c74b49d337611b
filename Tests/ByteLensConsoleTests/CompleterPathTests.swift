import ByteLensEngine
import Foundation
import TestSupport
import Testing

@testable import ByteLensConsole

/// Path completion on real temporary directories: names with blanks and the characters the
/// lexer reads are quoted so that `load` reads back exactly the file; `~` is a given home
/// directory; `.npz` members after `ARCHIVE:`.
@Suite struct CompleterPathTests {
  /// A fresh directory under the system's temporary directory, removed by `remove()`.
  struct Folder {
    let path: String

    init() throws {
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("bytelens-completer-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      path = url.path
    }

    func file(_ name: String, _ bytes: [UInt8] = [1, 2, 3, 4]) throws -> String {
      let full = path + "/" + name
      try #require(FileWriter.write(bytes, to: full))
      return full
    }

    func directory(_ name: String) throws {
      try FileManager.default.createDirectory(
        atPath: path + "/" + name, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
  }

  func complete(_ line: String, home: String? = nil) -> Completion {
    Completer(dtype: nil, homeDirectory: home).complete(line, cursor: line.count)
  }

  /// The line after Tab with a single candidate, as the line editor makes it.
  func tab(_ line: String, home: String? = nil) throws -> String {
    let completion = complete(line, home: home)
    try #require(completion.candidates.count == 1, "\(line): \(completion.candidates)")
    return String(line.prefix(completion.start)) + completion.candidates[0]
      + (completion.appendsSpace ? " " : "")
  }

  @Test func aPathWithBlanksIsQuoted() throws {
    let folder = try Folder()
    defer { folder.remove() }
    _ = try folder.file("my file.bin")
    try folder.directory("sub dir")
    #expect(try tab("load \(folder.path)/my") == "load '\(folder.path)/my file.bin' ")
    #expect(try tab("load \(folder.path)/sub") == "load '\(folder.path)/sub dir/")
    // Inside a quote the user opened: kept, and closed once the completion is a file.
    #expect(try tab("load '\(folder.path)/my f") == "load '\(folder.path)/my file.bin' ")
    #expect(try tab("load \"\(folder.path)/my f") == "load \"\(folder.path)/my file.bin\" ")
    #expect(try tab("load '\(folder.path)/sub d") == "load '\(folder.path)/sub dir/")
  }

  @Test func candidatesThatNeedQuotesQuoteThemAll() throws {
    let folder = try Folder()
    defer { folder.remove() }
    _ = try folder.file("a b.bin")
    _ = try folder.file("ab.bin")
    let completion = complete("load \(folder.path)/a")
    #expect(
      completion.candidates == ["'\(folder.path)/a b.bin", "'\(folder.path)/ab.bin"]
        && !completion.appendsSpace)
    // They keep a common prefix, which Tab inserts.
    #expect(completion.commonPrefix == "'\(folder.path)/a")
  }

  /// Every character the lexer reads specially survives completion and parsing: what Tab
  /// inserts is read back as the same path, and loads the file.
  @Test func whatCompletionInsertsLoadsTheSameFile() throws {
    let folder = try Folder()
    defer { folder.remove() }
    let names = [
      "my file.bin", "it's.bin", "say \"hi\".bin", "a;b.bin", "hash#tag.bin", "p(a)r.bin",
      "s[0].bin", "c{1}.bin", "back\\slash.bin", "tab\there.bin", "trailing\\",
    ]
    for name in names {
      let path = try folder.file(name, [7, 8])
      let line = try tab("load \(folder.path)/\(name.prefix(1))")
      let command = try Parser.parse(line: line)
      #expect(command == .load(path: path, dtype: nil, offset: nil, count: nil), "\(line)")
      let session = Session()
      let outcome = session.run(line + "; tobytes")
      #expect(outcome.transcript.plainText == "b'\\x07\\x08'\n2 bytes\n", "\(line)")
      #expect(
        try Parser.parse(line: try tab("source \(folder.path)/\(name.prefix(1))"))
          == .source(path: path))
      FileWriter.remove(path)
    }
  }

  @Test func theHomeDirectoryIsTilde() throws {
    let home = try Folder()
    defer { home.remove() }
    _ = try home.file("data.bin")
    _ = try home.file("my data.bin")
    try home.directory("docs")
    #expect(complete("load ~", home: home.path).candidates == ["~/"])
    #expect(
      complete("load ~/", home: home.path).candidates == [
        "'~/data.bin", "'~/docs/", "'~/my data.bin",
      ])
    #expect(try tab("load ~/da", home: home.path) == "load ~/data.bin ")
    #expect(try tab("load ~/do", home: home.path) == "load ~/docs/")
    #expect(try tab("load '~/my", home: home.path) == "load '~/my data.bin' ")
    #expect(try tab("load ~/my", home: home.path) == "load '~/my data.bin' ")
    // Without a home, `~` is just a name.
    #expect(complete("load ~/da").candidates.isEmpty)
    #expect(complete("load ~").candidates.isEmpty)
  }

  static let archive: URL? =
    Bundle.module.url(forResource: "arrays", withExtension: "npz", subdirectory: "Fixtures/npy")
    ?? Bundle.module.url(forResource: "Fixtures/npy/arrays", withExtension: "npz")

  @Test func membersOfAnArchive() throws {
    let folder = try Folder()
    defer { folder.remove() }
    let bytes = [UInt8](try Data(contentsOf: try #require(Self.archive)))
    let path = try folder.file("arrays.npz", bytes)
    #expect(complete("load \(path):").candidates == ["\(path):grid", "\(path):names"])
    let line = try tab("load \(path):g")
    #expect(line == "load \(path):grid ")
    let session = Session()
    #expect(
      session.run(line + "; repr").transcript.plainText
        == "array([[0., 1., 2.],\n       [3., 4., 5.]])\n")
    // A quoted archive, and one reached through `~`.
    let spaced = try folder.file("my arrays.npz", bytes)
    #expect(try tab("load '\(folder.path)/my arrays.npz:n") == "load '\(spaced):names' ")
    #expect(try tab("load '~/my arrays.npz:g", home: folder.path) == "load '~/my arrays.npz:grid' ")
    // Not an archive: no members, and a colon is just part of a name.
    let plain = try folder.file("plain.bin")
    #expect(complete("load \(plain):").candidates.isEmpty)
    _ = try folder.file("x:y.bin")
    #expect(try tab("load \(folder.path)/x:") == "load \(folder.path)/x:y.bin ")
  }

  @Test func listsMembersOnlyOfRegularFiles() throws {
    let folder = try Folder()
    defer { folder.remove() }
    #expect(Completer.listMembers(folder.path) == nil)
    #expect(Completer.listMembers(folder.path + "/missing.npz") == nil)
    #expect(Completer.listMembers(try folder.file("short.npz", [0x50, 0x4B])) == nil)
    let fifo = folder.path + "/pipe.npz"
    try #require(mkfifo(fifo, 0o600) == 0)
    #expect(Completer.listMembers(fifo) == nil)
  }
}
