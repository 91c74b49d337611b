import FuzzDriver
import ByteLensConsole
import ByteLensEngine

/// Text dumps: the first byte picks a format (or detection), the rest is the dump; it
/// decodes or throws a `DumpError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDumps(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let first = bytes.first else { return 0 }
  let formats = DumpFormat.allCases
  let choice = Int(first) % (formats.count + 1)
  let format = choice < formats.count ? formats[choice] : nil
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  do {
    let decoded = try TextDump.decode(text, format: format, namesLines: true)
    _ = decoded.summary
    for note in decoded.notes { _ = note.text }
  } catch {
    _ = error.message + (error.hint ?? "")
  }
  return 0
}

@_cdecl("fuzz_dumps_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzDumps)
}
