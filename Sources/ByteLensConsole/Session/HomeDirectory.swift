/// `~` and `~/…` at the start of a path name the home directory, as in a shell, also when the
/// path is quoted (`load '~/my data.bin'`). `~user` and a `~` elsewhere are left as typed.
///
/// The home directory is given, never read from the environment here: the executable passes
/// `$HOME` to the session, and tests pass a directory of their own.
enum HomeDirectory {
  /// `path` with a leading `~` replaced by `home`; unchanged without a home.
  static func expand(_ path: String, home: String?) -> String {
    guard let home, !home.isEmpty, path.first == "~" else { return path }
    let rest = path.dropFirst()
    guard rest.isEmpty || rest.first == "/" else { return path }
    if rest.isEmpty { return home }
    return (home.hasSuffix("/") ? String(home.dropLast()) : home) + rest
  }
}

extension Command {
  /// The command with `~` expanded in the paths it reads or writes.
  func expandingHome(_ home: String?) -> Command {
    guard let home else { return self }
    func expand(_ path: String) -> String { HomeDirectory.expand(path, home: home) }
    switch self {
    case .load(let path, let dtype, let offset, let count):
      return .load(path: expand(path), dtype: dtype, offset: offset, count: count)
    case .loadText(let path, let format):
      return .loadText(path: expand(path), format: format)
    case .save(let path, let format, let order, let replacing):
      return .save(path: expand(path), format: format, order: order, replacing: replacing)
    case .source(let path):
      return .source(path: expand(path))
    default:
      return self
    }
  }
}
