import FuzzDriver
import ByteLensConsole

/// The lexer and parser over any text: every statement parses to a command or a
/// `LanguageError`; nothing traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for (_, result) in Parser.parse(script: text) {
    if case .failure(let error) = result { _ = error.message + (error.hint ?? "") }
  }
  return 0
}

@_cdecl("fuzz_language_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzLanguage)
}
