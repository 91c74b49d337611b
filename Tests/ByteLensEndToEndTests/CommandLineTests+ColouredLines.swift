import Foundation
import Testing

/// A coloured hexdump's rows are written from each row shape's coloured line, prepared once
/// (`ColouredLine`); they must be the very bytes the colouring of every run gives, which
/// `BYTELENS_COLOUR_RUN_BY_RUN` asks for, on every kind of row.
extension CommandLineTests {
  /// Bytes with stretches of zeros (rows collapsed to `*`), of blanks (ASCII panels ending in
  /// blanks, trimmed), of a repeated pattern and of random bytes, and an odd length (a last
  /// partial row and, for wide dtypes, a partial element).
  func colourTestBytes(_ count: Int, seed: UInt64) -> Data {
    var state = seed
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    var bytes: [UInt8] = []
    while bytes.count < count {
      let length = Int(next() % 200) + 1
      switch next() % 4 {
      case 0: bytes += repeatElement(0, count: length)
      case 1: bytes += repeatElement(0x20, count: length)
      case 2:
        let pattern = (0..<Int(next() % 5 + 1)).map { _ in UInt8(next() & 0xFF) }
        for index in 0..<length { bytes.append(pattern[index % pattern.count]) }
      default: for _ in 0..<length { bytes.append(UInt8(next() & 0xFF)) }
      }
    }
    return Data(bytes.prefix(count))
  }

  @Test func colouredLinesGiveTheBytesOfColouringEveryRun() throws {
    let path = try temporaryFile("coloured-lines.bin", colourTestBytes(70_001, seed: 20_261_202))
    defer { try? FileManager.default.removeItem(atPath: path) }
    // 70,001 bytes: views that leave a byte or more after their last element (a partial
    // element), start at odd offsets, and rows of every width kind.
    let commands = [
      "hexdump all",
      "load \(path) as <f8 count 8750; hexdump all",
      "load \(path) as >i2 at 3 count 34998; hexdump all",
      "load \(path) as <c16 at 5 count 4374; hexdump all",
      "load \(path) as S3 at 7 count 9000; hexdump all",
      "load \(path) as V37 at 1 count 1891; hexdump all",
      "set width 7; load \(path) as <u4 count 17500; hexdump all",
      "set width 32; load \(path) as <f4 at 2 count 17499; hexdump all",
      "set width 256; hexdump all",
      "set width 1; load \(path) as u1 count 3000; hexdump all",
      "set base 0x7ffffff0; load \(path) as <i8 count 8750; hexdump all",
      // Strided and record views take the general path for every row; shown in the same
      // output as contiguous ones, after them.
      "load \(path) as <u4 count 17500; [::3]; hexdump 40; load \(path) as u1; hexdump 300",
      "load \(path) as [('a','<i2'),('b','u1')] aligned count 17500; hexdump 50; "
        + "load \(path); hexdump all",
      "hexdump 5; hexdump 100",
    ]
    for command in commands {
      let fast = try run(["--color", "always", path, "-c", command])
      let runByRun = try Binary.run(
        ["--color", "always", path, "-c", command],
        environment: ["BYTELENS_COLOUR_RUN_BY_RUN": "1"])
      #expect(fast.status == 0 && fast.errors.isEmpty, "\(command): \(fast.errors)")
      #expect(fast.output.count > 10_000 || command.hasPrefix("hexdump 5"), "\(command)")
      #expect(fast.output == runByRun.output, "\(command)")
      // The rows are coloured: an escape in front of every row's offset.
      #expect(fast.output.contains("\u{1B}[36m00000"), "\(command)")
    }
  }

  /// The colour of a row follows its tone: the first element of a 'u1' row of width 3 is
  /// yellow on even rows, cyan on odd ones; a row whose ASCII panel ends in blanks ends its
  /// colour before them.
  @Test func colouredLinesFollowTheRowsTone() throws {
    let e = "\u{1B}["
    let result = try run([
      "--color", "always", "-c",
      "array [65, 66, 67, 68, 32, 32, 69, 70, 71, 72, 73, 74] as u1; set width 3; hexdump",
    ])
    let rows = result.output.split(separator: "\n").map(String.init)
    #expect(
      Array(rows[2...5]) == [
        "\(e)36m00000000 \(e)90m[\(e)33m41\(e)90m|\(e)36m42\(e)90m|\(e)33m43\(e)90m]  \(e)33mA\(e)36mB\(e)33mC\(e)0m",
        "\(e)36m00000003 \(e)90m[\(e)36m44\(e)90m|\(e)33m20\(e)90m|\(e)36m20\(e)90m]  \(e)36mD\(e)0m",
        "\(e)36m00000006 \(e)90m[\(e)33m45\(e)90m|\(e)36m46\(e)90m|\(e)33m47\(e)90m]  \(e)33mE\(e)36mF\(e)33mG\(e)0m",
        "\(e)36m00000009 \(e)90m[\(e)36m48\(e)90m|\(e)33m49\(e)90m|\(e)36m4a\(e)90m]  \(e)36mH\(e)33mI\(e)36mJ\(e)0m",
      ])
  }
}
