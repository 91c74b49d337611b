import FuzzDriver
import ByteLensConsole
import ByteLensEngine

/// `.npy` files: the header is read and the data viewed, or an error the console can word.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNPYHeader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let source = MemoryByteSource(Array(UnsafeBufferPointer(start: data, count: size)))
  do {
    let (header, view) = try NPYFile.open(source)
    _ = header.text
    _ = try ArrayPrinter.repr(view, options: PrintOptions())
  } catch let error as any UserFacingError {
    _ = error.message + (error.hint ?? "")
  } catch {
    fatalError("an .npy error with no words: \(error)")
  }
  return 0
}

@_cdecl("fuzz_npy_header_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzNPYHeader)
}
