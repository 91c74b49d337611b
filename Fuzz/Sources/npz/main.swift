import FuzzDriver
import ByteLensConsole
import ByteLensEngine

/// Zip archives and DEFLATE: every member is listed, inflated and opened as `.npy`, or an
/// error the console can word.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNPZ(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  func words(_ body: () throws -> Void) {
    do {
      try body()
    } catch let error as any UserFacingError {
      _ = error.message + (error.hint ?? "")
    } catch {
      fatalError("an archive error with no words: \(error)")
    }
  }
  words { _ = try Inflate.prefix(of: bytes, limit: 1 << 16) }
  words {
    let archive = try NPZArchive(MemoryByteSource(bytes))
    for member in archive.members {
      words {
        let source = try archive.bytes(of: member)
        let (_, view) = try NPYFile.open(source)
        _ = try ArrayPrinter.repr(view, options: PrintOptions())
      }
    }
  }
  return 0
}

@_cdecl("fuzz_npz_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzNPZ)
}
