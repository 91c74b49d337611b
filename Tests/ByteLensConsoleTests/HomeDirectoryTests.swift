import Foundation
import TestSupport
import Testing

@testable import ByteLensConsole

/// `~` in the paths of `load`, `load … as text`, `save` and `source`, with a home directory the
/// test gives (never the real one).
@Suite struct HomeDirectoryTests {
  @Test func expandsALeadingTilde() {
    #expect(HomeDirectory.expand("~", home: "/h") == "/h")
    #expect(HomeDirectory.expand("~/a b.bin", home: "/h") == "/h/a b.bin")
    #expect(HomeDirectory.expand("~/x", home: "/h/") == "/h/x")
    #expect(HomeDirectory.expand("~user/x", home: "/h") == "~user/x")
    #expect(HomeDirectory.expand("a/~/x", home: "/h") == "a/~/x")
    #expect(HomeDirectory.expand("~/x", home: nil) == "~/x")
    #expect(HomeDirectory.expand("~/x", home: "") == "~/x")
  }

  @Test func pathsInTheSessionExpandTilde() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-home-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    try #require(FileWriter.write([1, 0, 2, 0], to: home + "/my data.bin"))
    try #require(FileWriter.write("00000000: 0300 0400  ....\n", to: home + "/dump.txt"))
    try #require(FileWriter.write("load '~/my data.bin' as <u2\nshow\n", to: home + "/s.bl"))
    let session = Session()
    session.homeDirectory = home
    #expect(session.run("source ~/s.bl").transcript.plainText == "[1 2]\n")
    let saved = session.run("save ~/out.bin raw").transcript.plainText
    #expect(saved.hasPrefix("saved 4 bytes to \(home)/out.bin: "))
    #expect(FileManager.default.contents(atPath: home + "/out.bin") == Data([1, 0, 2, 0]))
    #expect(
      session.run("load ~/dump.txt as text; tobytes").transcript.plainText
        == "b'\\x03\\x00\\x04\\x00'\n4 bytes\n")
    // Without a home directory `~` is an ordinary name.
    let plain = Session().run("load ~/my-data-that-is-not-here.bin")
    #expect(
      plain.transcript.plainText.hasPrefix("error: cannot open '~/my-data-that-is-not-here.bin'"))
  }
}
