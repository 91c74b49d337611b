import ByteLensEngine
import Foundation
import Testing

@testable import ByteLensConsole

/// Why `save` did not write a file: each `FileWriteError` from a real write in a temporary
/// directory, and its words (the hint that names `save!` lives here, not in the engine).
@Suite struct FileWriteErrorTextTests {
  func write(_ path: String, replacing: Bool = false, protected: Set<FileIdentity> = []) -> (
    error: FileWriteError?, words: [String?]
  ) {
    do {
      try AtomicFileWriter.write(to: path, replacing: replacing, protected: protected) { sink in
        try [UInt8]("new".utf8).withUnsafeBytes(sink)
      }
      return (nil, ["written"])
    } catch let error as FileWriteError {
      return (error, [error.message, error.hint])
    } catch {
      return (nil, ["not a FileWriteError: \(error)"])
    }
  }

  @Test func everyRefusalHasItsCaseAndWords() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-write-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let existing = directory + "/old.bin"
    try Data("old".utf8).write(to: URL(fileURLWithPath: existing))

    let empty = write("")
    #expect(empty.error == .emptyPath)
    #expect(empty.words == ["cannot write a file with an empty name", nil])

    let folder = write(directory)
    #expect(folder.error == .isDirectory(path: directory))
    #expect(folder.words == ["cannot write '\(directory)': it is a directory", nil])

    let taken = write(existing)
    #expect(taken.error == .exists(path: existing))
    #expect(taken.words == ["'\(existing)' already exists", "use 'save! …' to replace it"])

    let identity = try #require(FileIdentity(path: existing))
    let read = write(existing, replacing: true, protected: [identity])
    #expect(read.error == .readBySession(path: existing))
    #expect(
      read.words == [
        "cannot write '\(existing)': the session is reading from it",
        "save to another path; bytelens never changes a file it reads",
      ])

    let nowhere = directory + "/missing/new.bin"
    let missing = write(nowhere)
    #expect(missing.error == .cannotWrite(path: nowhere, reason: "No such file or directory"))
    #expect(missing.words == ["cannot write '\(nowhere)': No such file or directory", nil])

    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old")
    #expect(write(existing, replacing: true).words == ["written"])
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "new")
  }
}
