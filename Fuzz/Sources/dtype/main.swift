import FuzzDriver
import ByteLensConsole
import ByteLensEngine

/// Dtype spellings: each parses, or throws an error the console can word; a parsed dtype
/// prints its `str`, `repr` and `descr` without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDType(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let aligned = size > 0 && bytes[0] & 1 == 1
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  do {
    let dtype = try DType.parse(text, aligned: aligned)
    _ = dtype.str + dtype.repr + dtype.description
  } catch let error as any UserFacingError {
    _ = error.message + (error.hint ?? "")
  } catch {
    fatalError("DType.parse threw an error with no words: \(error)")
  }
  return 0
}

@_cdecl("fuzz_dtype_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzDType)
}
