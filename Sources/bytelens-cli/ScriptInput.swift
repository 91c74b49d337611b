import ByteLensConsole
import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a batch run's commands come from, in the order given on the command line.
enum ScriptInput: Equatable {
  /// `-c COMMANDS`
  case commands(String)
  /// `-f SCRIPT`
  case file(String)
}

/// Reads a script file: at most `ScriptText.fileLimit` bytes, so that a device or a FIFO
/// (`-f /dev/zero`) is refused rather than read forever, checked as `ScriptText` checks.
/// - Throws: a message in bytelens's error style naming the path and the system's reason, or
///   what `ScriptText.decode` found wrong.
func readTextFile(_ path: String) throws(CommandLineError) -> String {
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  let quotedPath = PythonRepr.string(path)
  guard descriptor >= 0 else {
    throw CommandLineError("cannot open \(quotedPath): \(String(cString: strerror(errno)))")
  }
  defer { close(descriptor) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 64 * 1024)
  // One byte past the limit is enough to know the file is too large.
  while bytes.count <= ScriptText.fileLimit {
    let wanted = min(buffer.count, ScriptText.fileLimit + 1 - bytes.count)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
    if count < 0 {
      if errno == EINTR { continue }
      throw CommandLineError("cannot read \(quotedPath): \(String(cString: strerror(errno)))")
    }
    if count == 0 { break }
    bytes.append(contentsOf: buffer[0..<count])
  }
  do {
    return try ScriptText.decode(bytes, path: path)
  } catch let error as any UserFacingError {
    throw CommandLineError(error.message, hint: error.hint)
  } catch {
    throw CommandLineError("cannot read \(quotedPath): \(error)")
  }
}

/// A failure of the executable itself (a script file that cannot be read).
struct CommandLineError: Error {
  var message: String
  var hint: String?
  init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }
}
