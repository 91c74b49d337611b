import ByteLensConsole
import ByteLensEngine
import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The libedit line editor: emacs keys, `~/.editrc` (lines starting `bytelens:`), history kept
/// across runs with Up/Down and Ctrl-R, and Tab completion that knows the language.
///
/// Used only when standard input and output are both terminals. libedit is loaded then, not
/// linked: a batch run starts without loading it and the libraries it needs.
final class LineEditor {
  enum Input {
    case line(String)
    /// Ctrl-C: the line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case end
  }

  /// libedit's functions, loaded by the first editor; the reason when it could not be.
  nonisolated(unsafe) private static var library: Result<UnsafeMutablePointer<bl_libedit>, LoadError>?

  struct LoadError: Error {
    let reason: String
  }

  /// libedit, loaded once.
  static func loadLibrary() -> Result<UnsafeMutablePointer<bl_libedit>, LoadError> {
    if let library { return library }
    let table = UnsafeMutablePointer<bl_libedit>.allocate(capacity: 1)
    table.initialize(to: bl_libedit())
    let loaded: Result<UnsafeMutablePointer<bl_libedit>, LoadError>
    // BYTELENS_LIBEDIT names the library to load instead of the system's.
    if let reason = bl_libedit_load(table, Environment.value("BYTELENS_LIBEDIT")) {
      table.deallocate()
      loaded = .failure(LoadError(reason: String(cString: reason)))
    } else {
      loaded = .success(table)
    }
    library = loaded
    return loaded
  }

  private let lib: UnsafeMutablePointer<bl_libedit>
  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  /// Gives the completer its view of the session (the current dtype's fields).
  private let completer: () -> Completer

  /// The prompt libedit asks for through a C callback, which cannot capture context.
  nonisolated(unsafe) private static var promptText: UnsafeMutablePointer<CChar>? = strdup("› ")

  /// - Throws: `LoadError` when libedit cannot be loaded; nil when it cannot start an editor.
  init?(historyPath: String?, completer: @escaping () -> Completer) throws(LoadError) {
    let lib = try Self.loadLibrary().get()
    guard let editLine = bl_el_init(lib, "bytelens"), let history = bl_history_init(lib) else {
      return nil
    }
    self.lib = lib
    self.editLine = editLine
    self.history = history
    self.historyPath = historyPath
    self.completer = completer
    bl_history_set_size(lib, history, 1000)
    bl_history_set_unique(lib, history, 1)
    if let historyPath { bl_history_load(lib, history, historyPath) }
    bl_el_set_editor(lib, editLine, "emacs")
    bl_el_set_history(lib, editLine, history)
    bl_el_set_prompt(lib, editLine) { _ in LineEditor.promptText }
    bl_el_set_client_data(lib, editLine, Unmanaged.passUnretained(self).toOpaque())
    bl_el_add_function(
      lib, editLine, "bytelens-complete", "complete the word before the cursor"
    ) { editLine, _ in
      guard let editLine, case .success(let lib) = LineEditor.library,
        let data = bl_el_get_client_data(lib, editLine)
      else { return UInt8(CC_ERROR) }
      return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
    }
    bl_el_bind(lib, editLine, "^I", "bytelens-complete")
    // Ctrl-R searches the history backwards, as in a shell.
    bl_el_bind(lib, editLine, "^R", "em-inc-search-prev")
    // ~/.editrc (or $EDITRC) may rebind keys; lines prefixed `bytelens:` apply only here.
    bl_el_source(lib, editLine)
  }

  deinit {
    bl_el_end(lib, editLine)
    bl_history_end(lib, history)
  }

  /// Reads one line with `prompt`.
  func read(prompt: String) -> Input {
    free(LineEditor.promptText)
    LineEditor.promptText = strdup(prompt)
    Cancellation.reset()
    var count: Int32 = 0
    guard let text = bl_el_gets(lib, editLine, &count) else {
      if count < 0 && (errno == EINTR || Cancellation.isRequested) {
        Cancellation.reset()
        return .interrupted
      }
      return .end
    }
    var line = String(cString: text)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Remembers a line in the history file (consecutive duplicates are dropped).
  func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    bl_history_enter(lib, history, line)
    if let historyPath { bl_history_save(lib, history, historyPath) }
  }

  /// Tab: completes the word before the cursor, or lists the candidates.
  private func complete() -> UInt8 {
    guard let info = bl_el_line(lib, editLine)?.pointee else { return UInt8(CC_ERROR) }
    let before = UnsafeBufferPointer(
      start: UnsafeRawPointer(info.buffer).assumingMemoryBound(to: UInt8.self),
      count: info.cursor - info.buffer)
    let textBefore = String(decoding: before, as: UTF8.self)
    let cursor = textBefore.count
    let completion = completer().complete(textBefore, cursor: cursor)
    let typed = String(textBefore.dropFirst(completion.start))
    guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    if completion.candidates.count == 1 {
      replace(typed, with: completion.candidates[0] + (completion.appendsSpace ? " " : ""))
      return UInt8(CC_REFRESH)
    }
    let common = completion.commonPrefix
    if common.count > typed.count {
      replace(typed, with: common)
      return UInt8(CC_REFRESH)
    }
    printCandidates(completion.candidates)
    return UInt8(CC_REDISPLAY)
  }

  private func replace(_ typed: String, with text: String) {
    if !typed.isEmpty { bl_el_deletestr(lib, editLine, Int32(typed.count)) }
    bl_el_insertstr(lib, editLine, text)
  }

  /// The candidates in columns below the line; libedit then redraws the prompt and line.
  private func printCandidates(_ candidates: [String]) {
    var size = winsize()
    let width = ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    let columnWidth = (candidates.map(\.count).max() ?? 0) + 2
    let columns = max(1, width / columnWidth)
    var text = "\n"
    for (index, candidate) in candidates.enumerated() {
      let last = index % columns == columns - 1 || index == candidates.count - 1
      text += last ? candidate + "\n" : candidate + String(repeating: " ", count: columnWidth - candidate.count)
    }
    OutputChannel.standardOutput.send(text)
  }
}
