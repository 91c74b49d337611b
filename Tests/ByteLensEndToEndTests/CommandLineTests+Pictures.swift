import Foundation
import Testing

/// The pictures through the real executable: the app's colours for heat levels (24-bit when
/// COLORTERM says so, else 256-colour greys) and byte classes, and a file larger than memory.
extension CommandLineTests {
  /// A 2 × 2 image is one row of two characters: the upper cells (0 and 1) as the foreground
  /// of ▀, the lower ones (2 and 3) as its background. Levels: 0, 85 (1/3), 170 (2/3), 255.
  static let tinyImage = "array [[0, 1], [2, 3]] as u1; image"

  func imageRow(_ environment: [String: String?]) throws -> Substring {
    let result = try Binary.run(
      ["--color", "always", "-c", Self.tinyImage], environment: environment)
    #expect(result.status == 0)
    return result.output.split(separator: "\n").last ?? ""
  }

  @Test func imageInTrueColour() throws {
    let e = "\u{1B}["
    // The ramp at 0 is (0, 0, 4); at 170, between (188, 55, 84) and (249, 142, 9); at 85,
    // between (87, 16, 110) and (188, 55, 84); at 255, (252, 255, 164).
    #expect(
      try imageRow(["COLORTERM": "truecolor"])
        == "\(e)38;2;0;0;4;48;2;228;113;34m▀\(e)0m\(e)38;2;120;29;102;48;2;252;255;164m▀\(e)0m")
    #expect(try imageRow(["COLORTERM": "24bit"]) == (try imageRow(["COLORTERM": "truecolor"])))
  }

  @Test func imageInGreysWithoutTrueColour() throws {
    let e = "\u{1B}["
    // Greys 232 + level × 23 / 255: 232, 239, 247, 255.
    #expect(
      try imageRow(["COLORTERM": nil])
        == "\(e)38;5;232;48;5;247m▀\(e)0m\(e)38;5;239;48;5;255m▀\(e)0m")
  }

  @Test func imageWithoutColourIsDigits() throws {
    let result = try Binary.run(
      ["--color", "never", "-c", Self.tinyImage], environment: ["COLORTERM": "truecolor"])
    #expect(result.output.hasSuffix("\n03\n69\n"))
    #expect(!result.output.contains("\u{1B}"))
  }

  @Test func missingCellsAndOddRowsInColour() throws {
    let e = "\u{1B}["
    let result = try Binary.run(
      ["--color", "always", "-c", "array [[nan, 1, 2]] as f4; image"],
      environment: ["COLORTERM": "truecolor"])
    // Cyan for nan; the default background (49) below the last row.
    let row = String(result.output.split(separator: "\n").last ?? "")
    let cells = [
      "\(e)38;2;0;255;255;49m▀\(e)0m", "\(e)38;2;0;0;4;49m▀\(e)0m",
      "\(e)38;2;252;255;164;49m▀\(e)0m",
    ]
    #expect(row == cells.joined())
  }

  @Test func bytemapClassesInColour() throws {
    let e = "\u{1B}["
    let result = try Binary.run([
      "--color", "always", "-c",
      "array [1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0] as <i4; bytemap",
    ])
    let lines = result.output.split(separator: "\n")
    #expect(lines.last == "\(e)36m00000000 \(e)34m██\(e)90m██\(e)0m")
    #expect(
      lines[1] == "\(e)90m█\(e)0m\(e)2m zeros\(e)0m  \(e)32m█\(e)0m\(e)2m text\(e)0m  "
        + "\(e)35m█\(e)0m\(e)2m random or compressed\(e)0m  \(e)34m█\(e)0m"
        + "\(e)2m small integers\(e)0m  \(e)33m█\(e)0m\(e)2m other\(e)0m")
  }

  /// An 8 GiB sparse file: the pictures sample it, say so, and stay within a 1 GiB address
  /// space (`prlimit --as`, but for the sanitized run), so they never read it whole.
  @Test func picturesOfAFileLargerThanMemory() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-pictures-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("sparse.bin").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("text header\n".utf8)))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 8 << 30)
    try handle.close()

    let process = Process()
    let command = [try Binary.require().path, path, "-c", "bytemap; as <f8; plot; reshape 32768,-1; image"]
    if ProcessInfo.processInfo.environment["ASAN_OPTIONS"] != nil {
      // Under AddressSanitizer (make asan) the binary reserves terabytes of shadow address
      // space, so no address-space cap can apply: that run checks what is drawn; the plain
      // run checks the cap too.
      process.executableURL = URL(fileURLWithPath: command[0])
      process.arguments = Array(command.dropFirst())
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
      process.arguments = ["--as=\(1 << 30)", "--"] + command
    }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(
      lines.prefix(4) == [
        "bytemap of \(path): 8589934592 bytes, 1 cell = 8388608 bytes, 64 cells a row",
        "sampled: 16384 bytes of each cell, in 4 pieces spread evenly",
        ". zeros  t text  # random or compressed  i small integers  + other",
        // The header's 12 bytes among 16 KiB of zeros: 40% of bytes 0x00, so small integers.
        "000000000 i...............................................................",
      ][...])
    #expect(lines.contains("sampled: 64000 of 1073741824 values, in 2000 runs of 32 spread evenly"))
    #expect(lines.contains("sampled: 6 × 6 values of each cell, 14400 of 1073741824"))
  }
}
