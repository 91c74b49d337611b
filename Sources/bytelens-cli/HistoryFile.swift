#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the interactive history lives: `$XDG_STATE_HOME/bytelens/history`, falling back to
/// `~/.local/state/bytelens/history`.
enum HistoryFile {
  static func path() -> String? {
    stateDirectory().map { $0 + "/history" }
  }

  /// `$XDG_STATE_HOME/bytelens` (or `~/.local/state/bytelens`), made if missing; nil when
  /// neither variable is set or the directory cannot be made.
  static func stateDirectory() -> String? {
    let environment = { (name: String) -> String? in
      getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
    let state: String
    if let xdg = environment("XDG_STATE_HOME") {
      state = xdg
    } else if let home = environment("HOME") {
      state = home + "/.local/state"
    } else {
      return nil
    }
    let directory = state + "/bytelens"
    guard makeDirectories(directory) else { return nil }
    return directory
  }

  /// `mkdir -p`; whether the directory exists afterwards.
  private static func makeDirectories(_ path: String) -> Bool {
    var built = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      built += "/" + component
      if mkdir(built, 0o755) != 0 && errno != EEXIST { return false }
    }
    return true
  }
}
