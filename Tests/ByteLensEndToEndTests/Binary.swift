import Foundation
import Testing

/// The built `bytelens` executable, run as a whole process, as a user runs it.
///
/// End-to-end tests fail — they never skip — when the executable is missing: `make test` and CI
/// build it first (`swift build`); `BYTELENS_BINARY` names another one.
enum Binary {
  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "the bytelens executable is missing: run 'swift build' first, or set BYTELENS_BINARY"
    }
  }

  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// `BYTELENS_BINARY`, or `bytelens` beside the test bundle, or in the package's `.build/debug`.
  static let url: URL? = {
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["BYTELENS_BINARY"] {
      candidates.append(URL(fileURLWithPath: path))
    }
    candidates.append(
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("bytelens"))
    candidates.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/bytelens"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  /// The executable, or an error that fails the test.
  static func require() throws -> URL {
    guard let url else { throw Missing() }
    return url
  }

  /// Runs bytelens with `arguments` and `input` on standard input (closed after it), and
  /// collects standard output and standard error.
  ///
  /// Input is written and both outputs are read at the same time, so a child that writes
  /// more than a pipe buffer to one stream while the test waits on another cannot deadlock.
  static func run(
    _ arguments: [String], input: Data? = nil, environment: [String: String?] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = try require()
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = nil
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try process.run()
    let group = DispatchGroup()
    let collected = Collected()
    DispatchQueue.global().async(group: group) {
      collected.set(output: output.fileHandleForReading.readDataToEndOfFile())
    }
    DispatchQueue.global().async(group: group) {
      collected.set(errors: errors.fileHandleForReading.readDataToEndOfFile())
    }
    DispatchQueue.global().async(group: group) {
      if let input { try? standardInput.fileHandleForWriting.write(contentsOf: input) }
      try? standardInput.fileHandleForWriting.close()
    }
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      output: String(decoding: collected.output, as: UTF8.self),
      errors: String(decoding: collected.errors, as: UTF8.self))
  }

  /// A file in the temporary folder, unique to this process and `name`.
  static func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-cli-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
    try contents.write(to: url)
    return url.path
  }
}

/// What the reading threads collected.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var output = Data()
  private(set) var errors = Data()

  func set(output: Data) { lock.withLock { self.output = output } }
  func set(errors: Data) { lock.withLock { self.errors = errors } }
}
