import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths and `.npz` members, written so that the lexer reads back exactly the path: a path
/// with blanks or with `;`, `#`, quotes or brackets goes in single quotes, with a backslash
/// before a quote or a backslash inside them. A quote the user opened is kept, and closed
/// once the completion is a file rather than a directory.
extension Completer {
  /// Characters the lexer reads as more than a path: they end a word or a statement, start a
  /// comment, or open a quote or a bracket.
  static let charactersNeedingQuotes: Set<Character> = [
    "'", "\"", ";", "#", "(", ")", "[", "]", "{", "}",
  ]

  static func needsQuotes(_ path: String) -> Bool {
    path.contains { $0.isWhitespace || charactersNeedingQuotes.contains($0) }
  }

  /// Completes the path `word` as typed (perhaps quoted), which starts at `start`.
  func pathCompletion(_ word: String, start: Int) -> Completion {
    let path = Word.unquoted(word)
    let quote = word.first { $0 == "'" || $0 == "\"" }
    if let members = memberPaths(path) {
      return rendered(members, quote: quote, start: start)
    }
    if path == "~", homeDirectory != nil {
      return rendered(["~/"], quote: quote, start: start)
    }
    let directory: String
    let base: String
    if let slash = path.lastIndex(of: "/") {
      directory = String(path[...slash])
      base = String(path[path.index(after: slash)...])
    } else {
      directory = ""
      base = path
    }
    let listed = directory.isEmpty ? "." : HomeDirectory.expand(directory, home: homeDirectory)
    let names = listDirectory(listed).filter {
      $0.hasPrefix(base) && (base.hasPrefix(".") || !$0.hasPrefix(".")) && !$0.contains("\n")
    }
    return rendered(names.map { directory + $0 }, quote: quote, start: start)
  }

  /// After `ARCHIVE:`, when ARCHIVE is a `.npz` file: `ARCHIVE:NAME` for each member whose
  /// name starts with what follows the colon, as `load` accepts them. Nil otherwise.
  func memberPaths(_ path: String) -> [String]? {
    guard let colon = path.lastIndex(of: ":") else { return nil }
    let archive = String(path[..<colon])
    let prefix = path[path.index(after: colon)...]
    guard !archive.isEmpty,
      let names = listMembers(HomeDirectory.expand(archive, home: homeDirectory))
    else { return nil }
    // `load` splits at the last colon, so a name with a colon could not be loaded.
    return names.filter { $0.hasPrefix(prefix) && !$0.contains(":") }.map { archive + ":" + $0 }
  }

  /// The candidates as they are to be typed: quoted when the user opened a quote or when any
  /// of them needs one (so that they keep a common prefix); a single file closes its quote.
  func rendered(_ paths: [String], quote: Character?, start: Int) -> Completion {
    let paths = Array(Set(paths)).sorted()
    let isFile = paths.count == 1 && !paths[0].hasSuffix("/")
    let quote = quote ?? (paths.contains(where: Self.needsQuotes) ? "'" : nil)
    let candidates = paths.map { path in
      guard let quote else { return path }
      return String(quote) + Self.escaped(path, inside: quote) + (isFile ? String(quote) : "")
    }
    return Completion(start: start, candidates: candidates, appendsSpace: isFile)
  }

  /// The entries of a directory, subdirectories with a trailing `/`; nothing when it cannot
  /// be read.
  public static func listDirectory(_ path: String) -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      let full = path.hasSuffix("/") ? path + name : path + "/" + name
      names.append(fileType(full) == S_IFDIR ? name + "/" : name)
    }
    return names
  }

  /// The array names in the `.npz` (or other zip) archive at `path`, as `load PATH:NAME`
  /// takes them; nil when `path` is not a regular file or not a zip archive. Never opens a
  /// FIFO or a device, which could block.
  public static func listMembers(_ path: String) -> [String]? {
    guard fileType(path) == S_IFREG, let source = try? FileByteSource(path: path),
      NPZArchive.hasMagic((try? source.prefix(4)) ?? []),
      let archive = try? NPZArchive(source)
    else { return nil }
    return archive.members.map(\.arrayName)
  }

  /// The `S_IFMT` bits of the file at `path` (following links); nil when it cannot be seen.
  static func fileType(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & S_IFMT
  }
}
