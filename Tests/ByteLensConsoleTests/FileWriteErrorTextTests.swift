import ByteLensEngine
import Foundation
#if canImport(Glibc)
  import Glibc
#endif
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

  /// `save!` replaces only regular files: renaming over a FIFO, a device or a link would put a
  /// regular file in its place (as root, over `/dev/null`). Only FIFOs and links made in a
  /// temporary directory are tried here; a device takes the same path through `lstat`.
  @Test func onlyRegularFilesAreReplaced() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-write-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let fifo = directory + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    let target = directory + "/target.bin"
    try Data("old".utf8).write(to: URL(fileURLWithPath: target))
    let link = directory + "/link"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.bin")

    for replacing in [false, true] {
      let pipe = write(fifo, replacing: replacing)
      #expect(pipe.error == .notRegularFile(path: fifo, kind: .fifo))
      #expect(
        pipe.words == [
          "cannot write '\(fifo)': it is a FIFO (named pipe), not a regular file",
          "save writes and replaces only regular files; give the path of a file",
        ])
      let linked = write(link, replacing: replacing)
      #expect(linked.error == .symbolicLink(path: link, destination: "target.bin"))
      #expect(
        linked.words == [
          "cannot write '\(link)': it is a symbolic link (to 'target.bin')",
          "save never follows nor replaces a link; give the path of the file it names",
        ])
    }
    var status = stat()
    #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.bin")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
      "fifo", "link", "target.bin",
    ])
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    #expect(
      FileWriteError.notRegularFile(path: "/dev/null", kind: .characterDevice).message
        == "cannot write '/dev/null': it is a character device, not a regular file")
  }
}
