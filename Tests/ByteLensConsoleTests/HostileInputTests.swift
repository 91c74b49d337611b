import Foundation
import TestSupport
import Testing

@testable import ByteLensConsole

/// Input chosen to break things: every command must answer with output or one `error:` line,
/// never trap. A trap here kills the test run, so each case is a real check.
@Suite struct HostileInputTests {
  static let hostile: [String] = [
    "bytes 0001; reshape 4294967296,4294967296",
    "bytes 0001; reshape 9223372036854775807,2",
    "bytes 0001; reshape -1,-1",
    "bytes 0001; reshape 0,-1",
    "bytes 00010203; reshape -9223372036854775808",
    "bytes 0001; [9223372036854775807]",
    "bytes 0001; [-9223372036854775808]",
    "bytes 0001; [::-9223372036854775808]",
    "bytes 0001; [::9223372036854775807]",
    "bytes 0001; [9223372036854775807:-9223372036854775808:-1]",
    "bytes 0001; [::0]",
    "bytes 0001; [0, 0]",
    "bytes 0001; [..., ..., 0]",
    "bytes 0001; ['x']",
    "bytes 0001; offset 9223372036854775807",
    "bytes 0001; offset -1",
    "bytes 0001; count 9223372036854775807",
    "bytes 0001; count 4611686018427387904; as <f8",
    "bytes 0001; as (2147483647,2147483647)u1",
    "bytes 0001; as (9223372036854775807,)u1",
    "bytes 0001; as S9223372036854775807",
    "bytes 0001; as U2305843009213693952",
    "bytes 0001; as V0",
    "bytes 0001; as O",
    "bytes 0001; as M8[9223372036854775807s]",
    "bytes 0001; as M8[s/0]",
    "bytes 0001; as {'names':['a'],'formats':['u1'],'offsets':[9223372036854775807]}",
    "bytes 0001; as [('a','u1',(-1,))]",
    "bytes 0001; as [(('t','t'),'u1')]",
    "bytes 0001; as " + String(repeating: "[", count: 5000),
    "bytes 0001; as " + String(repeating: "(", count: 5000) + "'u1'" + String(repeating: ",)", count: 5000),
    "bytes 0001; " + String(repeating: "[", count: 5000) + "0" + String(repeating: "]", count: 5000),
    "array " + String(repeating: "[", count: 5000) + "1" + String(repeating: "]", count: 5000),
    "array " + String(repeating: "[", count: 65) + "1" + String(repeating: "]", count: 65),
    "bytes 00010203; as <u2; transpose 9223372036854775807",
    "bytes 00010203; as <u2; transpose -9223372036854775808",
    "bytes 00010203; as <u2; transpose 0,0",
    "bytes 00010203; copy X",
    "bytes 00010203; tobytes Q",
    "bytes 00010203; set linewidth -5; show",
    "bytes 00010203; set linewidth 0; show",
    "bytes 00010203; set threshold -1; show",
    "bytes 00010203; set edgeitems 9223372036854775807; show",
    "bytes 00010203; set precision 9223372036854775807; as <f2; show",
    "bytes 00010203; set precision -1; as <f2; show",
    "array [1e308, -1e308, 5e-324, nan, inf] as f2; show; repr",
    "array [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]; repr",
    "array 99999999999999999999999999999999999",
    "array [1, 'a']",
    "array [(1, 2)] as i4,i4,i4",
    "array ['2020-13-45'] as M8[D]",
    "array [-9223372036854775808] as m8[Y]; show",
    "array [9223372036854775807, -9223372036854775807] as M8[as]; show; repr",
    "array [9223372036854775807, -9223372036854775807] as M8[Y]; show",
    "array [1] as M8; show",
    "load /nonexistent/file",
    "load /",
    "load",
    "bytes zz",
    "bytes 0",
    "undo; undo; redo; redo",
    "show [0]",
    "reshpe 2,3",
    "as",
    "[",
    "'",
    "\u{0}\u{1}\u{7f}",
    ";;;;",
    "set",
    "set nothing 5",
    // Text dumps and files: every malformed header or dump is an error, never a trap or hang.
    "bytes 00000000: 4865 *",
    "bytes *",
    "bytes 0x",
    "bytes b'",
    "bytes b'\\",
    "bytes bytearray(",
    "bytes bytearray(b'a'",
    "bytes {",
    "bytes }",
    "bytes { 0x48,, }",
    "bytes { 0x48 0x49 }",
    "bytes { 99999999999999999999999 }",
    "bytes { -129 }",
    "bytes { '' }",
    "bytes " + String(repeating: "{", count: 5000) + "1" + String(repeating: "}", count: 5000),
    "bytes " + String(repeating: "(", count: 5000) + "b'a'" + String(repeating: ")", count: 5000),
    "bytes \"\\x\"",
    "bytes \"\\777\"",
    "bytes \"\\U0011ffff\"",
    "bytes \"\\uD800\"",
    "bytes \\",
    "bytes ====",
    "bytes --format base64 A===",
    "bytes --format base64 A",
    "bytes --format gdb 0x:",
    "bytes --format gdb 0xffffffffffffffffffff: 0x00",
    "bytes --format xxd ffffffffffffffff: 0000  ..",
    "bytes --format xxd :",
    "bytes 00000000: " + String(repeating: "00  ", count: 50_000),
    "bytes --format wireshark 0000  " + String(repeating: "0a  ", count: 50_000),
    "bytes --format od 7777777777777777777777 0000",
    "bytes --format od 0000000 0000 0000 0000 0000 *",
    "bytes --format hexdump-C 00000000  00 |",
    "bytes --format wireshark 0000",
    "bytes --format c",
    "bytes --format python b",
    "bytes --format escaped '",
    "bytes --format",
    "bytes --format nope 00",
    "paste --format",
    "paste extra",
    "paste; show",
    "load /dev/null",
    "load /dev/null as text",
    "load /:x",
    "load /nonexistent.npz:x",
    "load x.npz:",
    "save",
    "save /",
    "bytes 00; save /nonexistent/dir/file.bin",
    "bytes 00; save! /dev/null/x",
    "bytes 00; save /tmp/x.bin sideways",
    "bytes 00; save /tmp/x.bin order K",
    "bytes 00; save /tmp/x.bin raw raw",
    "export",
    "export c",
    "export yaml",
    "bytes 00; as V1; export c; export struct; export json; export numpy",
    "array [1] as M8; export json",
    "array [] as f8; export json; export c; export struct; export numpy",
    "bytes 000102030405; as {'names':['a','b'],'formats':['<i2','<i2'],'offsets':[0,1]}; export c; export struct; save /nonexistent/bytelens-overlap.npy",
    // The inspection commands.
    "bytes 0001; inspect 9223372036854775807",
    "bytes 0001; inspect -9223372036854775808",
    "bytes 0001; inspect 2",
    "bytes 00; [1:]; inspect",
    "bytes 0001; set width 0; hexdump",
    "bytes 0001; set width 9223372036854775807; hexdump",
    "bytes 0001; set width 256; hexdump all",
    "bytes 0001; hexdump 9223372036854775807",
    "bytes 0001; hexdump -9223372036854775808",
    "bytes 0001; [1:1]; hexdump; hexdump all values; layout; explain; fields; compare u1",
    "bytes 0001; [0]; hexdump values; layout; explain; explain [0]",
    "bytes 0001; as <u2; [0]; hexdump; inspect; fields; layout",
    "bytes 00010203; as <u2; [::-1]; hexdump all values; layout; explain [-1]",
    "bytes 00010203; reshape 1,1,1,1,4; layout; hexdump; explain [0, 0, 0, 0, 3]",
    "bytes 00010203; explain [9223372036854775807]",
    "bytes 00010203; explain [-9223372036854775808]",
    "bytes 00010203; explain [0, 0]",
    "bytes 00010203; explain ['x']",
    "bytes 00010203; compare S9223372036854775807",
    "bytes 00010203; compare (2147483647,2147483647)u1",
    "bytes 00010203; compare V0 O M8",
    "bytes 00010203; compare " + String(repeating: "u1 ", count: 200),
    "bytes 00010203; compare f16 c32 M8[as] m8[Y]",
    "bytes 0001020304050607; as M8; compare M8; hexdump values; explain",
    "bytes 00010203; as {'names':['a','b'],'formats':['u1','<u2'],'offsets':[3,0],'itemsize':4}; fields; hexdump; explain; compare u1",
    "bytes 00010203; as [('a', [('b', [('c', 'u1')])]), ('d', 'S0'), ('e', 'u1', (0,))]; fields; hexdump; explain",
    "bytes ffffffffffffffff7f7f7f7f7f7f7f7f; as f16; explain; inspect; hexdump values",
    "bytes ffffffffffffffffffffffffffffffff; inspect; as c32; explain",
    "bytes 0000000000000080ff7f000000000000; as f16; explain; compare f16",
    "array [1e308, 5e-324, nan] as f8; explain [1]; inspect 8; compare f2 f4",
    "bytes 00000000; set edgeitems 0; reshape 2,2; layout",
    "bytes 00000000; set threshold 0; set edgeitems 1000000; reshape 4; layout",
    #"array ['\U0010ffff', 'ab'] as U2; explain [0]; hexdump; inspect 0"#,
    "bytes d8 00 dc 00 d8 00 ff ff; inspect 0; inspect 2; inspect 6",
    "bytes f4 90 80 80; inspect",
  ]

  @Test(arguments: hostile)
  func answersWithoutTrapping(_ script: String) {
    let session = Session()
    let outcome = session.run(script, keepGoing: true)
    for line in outcome.transcript.plainText.split(separator: "\n") where line.hasPrefix("error:") {
      #expect(!line.dropFirst(6).trimmingPrefix(" ").isEmpty)
    }
  }

  /// Corrupted `.npy` files (a real header with bytes flipped, replaced or cut), loaded and
  /// shown through the session: each gives a view or one error line.
  @Test func corruptedNPYFilesNeverTrap() throws {
    let header =
      "{'descr': [('id', '<i4'), ('', '|V4'), ('v', '>f8', (2,))], 'fortran_order': False, "
      + "'shape': (3,), }"
    var good = Array("\u{93}NUMPY".unicodeScalars.map { UInt8($0.value) }) + [1, 0]
    var text = Array(header.utf8)
    text += [UInt8](repeating: 0x20, count: 128 - 10 - text.count - 1) + [0x0A]
    good += [UInt8(text.count), 0] + text + [UInt8](repeating: 0x41, count: 3 * 24)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("bytelens-hostile-\(ProcessInfo.processInfo.processIdentifier).npy").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    var generator = SplitMix(seed: 0x0_1234_5678)
    let junk = Array("()[]{},:'\"\\ 0123456789-LTrueFalsNone<>|iufcSUVMmOx".utf8)
    for round in 0..<400 {
      var bytes = good
      for _ in 0..<(1 + round % 3) {
        let position = Int(generator.next() % UInt64(128))
        bytes[position] =
          round % 2 == 0
          ? junk[Int(generator.next() % UInt64(junk.count))]
          : UInt8(truncatingIfNeeded: generator.next())
      }
      if round % 5 == 0 { bytes.removeLast(Int(generator.next() % UInt64(bytes.count))) }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let outcome = Session().run(
        "load \(path); show; info; export numpy; export json", keepGoing: false)
      let lines = outcome.transcript.plainText.split(separator: "\n")
      #expect(lines.filter { $0.hasPrefix("error:") }.count <= 1)
    }
  }

  /// Random commands over random bytes, from a fixed seed: a cheap fuzzer that runs each time.
  @Test func randomCommandsNeverTrap() {
    var generator = SplitMix(seed: 0xB17E_1E25)
    let commands = [
      "as <f8", "as >i2", "as u1", "as c16", "as S3", "as <U2", "as V5", "as M8[D]", "as m8[s]",
      "as i4,f8,?", "as (2,3)u1", "as f16", "as b1", "view >f4", "T", "transpose", "byteswap",
      "byteorder swap", "byteorder big", "astype f4", "astype i1", "copy F", "copy C", "copy A",
      "reshape 2,-1", "reshape -1 F", "reshape 3,2,-1 A", "[::-1]", "[1:]", "[..., ::2]", "[0]",
      "[-1, ...]", "offset 3", "count 2", "undo", "redo", "show", "repr", "info", "tobytes F",
      "show [0]", "repr [-1]", "hexdump", "hexdump all values", "hexdump 1 values", "fields",
      "layout", "inspect", "inspect 7", "compare <f4 >i2 S3", "explain", "explain [0]",
      "explain [-1, 0]", "set width 5", "set width 1",
    ]
    for _ in 0..<300 {
      let length = Int(generator.next() % 64)
      let hex = (0..<length).map { _ in
        let byte = UInt8(truncatingIfNeeded: generator.next())
        return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
      }.joined()
      var script = length == 0 ? "bytes" : "bytes \(hex)"
      for _ in 0..<Int(generator.next() % 8) {
        script += "; " + commands[Int(generator.next() % UInt64(commands.count))]
      }
      let outcome = Session().run(script, keepGoing: true)
      #expect(outcome.transcript.plainText.split(separator: "\n").allSatisfy { !$0.contains("Fatal") })
    }
  }
}
