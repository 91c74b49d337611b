import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The size of the terminal standard output writes to, which pictures fill.
enum TerminalSize {
  /// Columns and rows of the terminal on standard output; nil when it is not a terminal (a
  /// pipe, a file), so that batch output keeps the standard size.
  static func current() -> PictureSize? {
    guard OutputChannel.standardOutput.isTerminal else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
      return nil
    }
    return PictureSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
  }
}
