/// The entry point of a fuzz target.
///
/// SwiftPM links an executable target with its `main` renamed to `<module>_main`, which
/// would hide libFuzzer's own `main`: each target defines that symbol and hands over to
/// libFuzzer's driver with the function under test.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ body: FuzzInput
) -> CInt

/// Runs libFuzzer over `body` with the program's arguments.
public func runFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ body: FuzzInput
) -> CInt {
  var count = argc
  var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return runDriver(&count, &arguments, body)
}
