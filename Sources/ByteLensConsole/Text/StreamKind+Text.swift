import ByteLensEngine

extension StreamByteSource.Kind {
  /// `a pipe`, `a character device`…: how `info` and errors name what a stream was read from.
  var spokenName: String {
    switch self {
    case .pipe: return "a pipe"
    case .socket: return "a socket"
    case .terminal: return "a terminal"
    case .characterDevice: return "a character device"
    case .unsizedFile: return "a file whose size reads 0"
    }
  }
}
