import FuzzDriver
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ByteLensConsole
import ByteLensEngine

/// Random command sequences over random bytes through a `Session`: the input's first bytes
/// are the data, the rest choose commands and their numbers — huge, zero and negative
/// dimensions, offsets and counts included. Only commands that touch no file are made.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
  let dataCount = min(Int(input.byte()), input.remaining)
  let bytes = input.bytes(dataCount)
  let session = Session(mode: .batch)
  let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  var script = hex.isEmpty ? "array []" : "bytes \(hex)"
  var commands = 0
  while input.remaining > 0, commands < 24 {
    script += "\n" + input.command()
    commands += 1
  }
  // `BYTELENS_FUZZ_PRINT=1 fuzz-session crash-…` shows the script, to replay in bytelens.
  if getenv("BYTELENS_FUZZ_PRINT") != nil {
    var line = script + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  }
  for (_, result) in Parser.parse(script: script) {
    guard case .success(let command) = result else { continue }
    let outcome = session.execute(command, text: "")
    _ = outcome.transcript.plainText
  }
  return 0
}

/// Reads choices from the fuzzer's bytes; zeros once they run out.
struct FuzzInput {
  private let bytes: [UInt8]
  private var position = 0

  init(_ buffer: UnsafeBufferPointer<UInt8>) { bytes = Array(buffer) }

  var remaining: Int { bytes.count - position }

  mutating func byte() -> UInt8 {
    guard position < bytes.count else { return 0 }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in byte() } }

  mutating func pick<T>(_ choices: [T]) -> T { choices[Int(byte()) % choices.count] }

  /// A number from small to hostile: 0, ±1, small values, powers of two up to 2⁶³−1.
  mutating func number() -> Int {
    switch byte() % 8 {
    case 0: return 0
    case 1: return -1
    case 2, 3: return Int(byte() % 16)
    case 4: return Int(byte())
    case 5: return 1 << Int(byte() % 63)
    case 6: return Int.max - Int(byte())
    default: return -Int(byte())
    }
  }

  mutating func dtype() -> String {
    pick([
      "u1", "<i2", ">u2", "<i4", ">f4", "<f8", ">f8", "f2", "f16", "<c8", ">c16", "?", "S3",
      "<U2", "V5", "M8[s]", "m8[ms]", "(2,)u2", "(0,3)i1", "i4,f8,?", "[('a','<u2'),('b','S3')]",
      "{'names': ['x'], 'formats': ['>i4'], 'offsets': [2], 'itemsize': 8}", "O", "S0",
      "V", "(2,0)u1", "M8", "U", "M8[ 5s]", "2,3i4",
      "[('v','<i2',(3,)),('w',[('p','u1')])]", "[('t','M8')]", "[('x','f4',(0,))]",
    ])
  }

  mutating func slice() -> String {
    let parts = (0..<(Int(byte() % 3) + 1)).map { _ -> String in
      switch byte() % 5 {
      case 0: return "\(number())"
      case 1: return "\(number()):\(number())"
      case 2: return "::\(pick([-1, 2, -3, Int.min + 1]))"
      case 3: return "..."
      case 4: return pick(["None", "True", "False", "()", "(0)", "(1, -1)"])
      default: return "None"
      }
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  mutating func command() -> String {
    switch byte() % 34 {
    case 0: return "as \(dtype())"
    case 1: return "as \(dtype()) at \(number()) count \(number())"
    case 2: return "reshape \(number()),\(number()) \(pick(["C", "F", "A"]))"
    case 3: return "reshape \(number()),\(number()),\(number())"
    case 4: return "T"
    case 5: return "transpose \(number()),\(number())"
    case 6: return slice()
    case 7: return "['a']"
    case 8: return "offset \(number())"
    case 9: return "count \(number())"
    case 10: return "copy \(pick(["C", "F"]))"
    case 11: return "byteswap"
    case 12: return "byteorder \(pick(["little", "big", "swap", "native"]))"
    case 13: return "astype \(dtype())"
    case 14: return "show"
    case 15: return "repr"
    case 16: return "info"
    case 17: return "hexdump \(pick(["", "3", "values"]))"
    case 18: return "fields"
    case 19: return "layout"
    case 20: return "inspect \(number())"
    case 21: return "compare \(dtype()) \(dtype())"
    case 22: return "explain"
    case 23: return "tobytes \(pick(["C", "F", "A", "K"]))"
    case 24: return "export \(pick(["numpy", "c", "struct", "json"]))"
    case 25:
      let lesson = "learn \(Int(byte() % 15))"
      return pick([
        "undo", "redo", "views", lesson, "learn next", "hint", "skip", "back", "reset",
        lesson + " solution",
      ])
    case 26:
      let value = pick([
        "\(number())", "'\(number())'", "' 1.5 '", "'2020-01-01T00:00+01:00'", "'nat'", "'today'",
        "b'ab'", "1j", "True", "'a'",
      ])
      return "array [[\(value), \(number())], [1, 2]] as \(dtype()) order \(pick(["C", "K"]))"
    case 27:
      return pick(["plot", "plot blocks 20x4", "image", "image 20x5", "bytemap", "bytemap 24x4"])
    case 28: return pick(["guess", "guess apply \(Int(byte() % 10))"])
    case 29:
      return "find " + pick(["00", "b'\\x01\\x00'", "\"ab\"", "\(number()) as \(dtype())",
        "nan as \(dtype())", "\(number()) as \(dtype()) tol \(number())"])
        + pick(["", " all", " count"])
    case 30: return "goto \(number())"
    case 31: return pick(["stats", "hist \(pick(["", "1", "3", "0", "10001"]))"])
    case 32:
      return "set " + pick([
        "floatmode \(pick(["fixed", "unique", "maxprec", "maxprec_equal", "x"]))",
        "sign \(pick(["-", "+", "' '", "space", "x"]))", "nanstr \(pick(["NaN", "''", "ø"]))",
        "infstr \(pick(["Inf", "''", "∞"]))",
        "formatter \(pick(["int", "int_kind", "float", "all", "bool", "foo", "none"])) "
          + pick(["hex", "oct", "bin", "none", "x"]),
        "legacy \(pick(["1.13", "1.21", "1.25", "2.1", "2.2", "false", "x"]))",
      ])
    default:
      // Negative values too: np.set_printoptions takes them for all but width.
      let setting = pick(["threshold", "edgeitems", "linewidth", "precision", "width", "suppress"])
      return "set \(setting) \(Int(Int8(bitPattern: byte())) / 2)"
    }
  }
}

@_cdecl("fuzz_session_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzSession)
}
