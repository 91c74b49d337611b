import ByteLensEngine

/// A `paste` waiting for its lines.
struct PasteState {
  var format: DumpFormat?
  var lines: [String] = []
  var firstLine: Int? = nil
  /// The `paste` command as written.
  var text: String
  /// The `paste` statement, where the script has one: what ends the paste reports it.
  var statement: Statement? = nil
  /// The bytes of the lines kept so far.
  var byteCount = 0
  /// Set when the lines passed `Session.pasteLimit`: the error is reported at once, and the
  /// rest of the dump, up to the empty line, is read and dropped.
  var overflowed = false
}

/// `bytes`, `paste` and `load … as text`: bytes from text dumps.
extension Session {
  /// `bytes TEXT`: hex, or a dump in any format `TextDump` reads.
  func bytes(
    _ dumpText: String, location: SourceLocation, format: DumpFormat?, text: String
  ) throws -> CommandOutcome {
    let decoded = try TextDump.decode(
      dumpText, format: format, firstLine: location.line, firstColumn: location.column)
    return try pushDump(decoded, name: "<bytes>", text: text, quietForHex: true)
  }

  /// `load PATH as text`: a dump read from a text file.
  func loadText(_ path: String, format: DumpFormat?, text: String) throws -> CommandOutcome {
    let file = try openSource(path, limit: (32 << 20) + 1)
    guard file.count <= 32 << 20 else {
      throw SessionError.dumpTooLarge(path: path, count: file.count)
    }
    let contents = String(decoding: try file.bytes(in: 0..<file.count), as: UTF8.self)
    let decoded = try TextDump.decode(contents, format: format, namesLines: true)
    return try pushDump(
      decoded, name: "\(PythonRepr.escaped(file.name)) (\(decoded.detail))", text: text)
  }

  /// A view of decoded dump bytes, with the report: a line in interactive sessions, notes
  /// always.
  func pushDump(_ decoded: DecodedDump, name: String, text: String, quietForHex: Bool = false)
    throws -> CommandOutcome
  {
    let source = MemoryByteSource(decoded.bytes, name: name)
    let isPlainHex = decoded.format == .hex && quietForHex
    var notice = StyledText()
    notice.appendLine(decoded.summary, role: .muted)
    var outcome = try read(
      source, dtype: nil, offset: 0, count: nil, text: text, origin: .memory,
      formatInfo: isPlainHex ? [] : ["format: \(decoded.summary)"],
      notice: isPlainHex ? nil : notice)
    rememberDumpAddress(decoded)
    for note in decoded.notes {
      outcome.diagnostics.append("note:", role: .hint)
      outcome.diagnostics.appendLine(" " + note.text)
    }
    return outcome
  }

  /// Whether a `paste` is waiting for its lines.
  public var isPasting: Bool { paste != nil }

  /// `paste`: the lines that follow are the dump.
  func startPaste(format: DumpFormat?, text: String) throws -> CommandOutcome {
    paste = PasteState(format: format, text: text)
    guard mode == .interactive else { return CommandOutcome() }
    var output = StyledText()
    output.appendLine("paste the dump; an empty line ends it", role: .muted)
    return CommandOutcome(output: output)
  }

  /// Gives a line to the paste in progress. An empty line ends it: then the outcome of the
  /// paste, with the `paste` statement.
  public func continuePaste(with line: String, lineNumber: Int) -> (Statement, CommandOutcome)? {
    guard var state = paste else { return nil }
    var trimmed = line
    while let last = trimmed.last, last.isNewline { trimmed.removeLast() }
    if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { return finishPaste() }
    if state.overflowed { return nil }
    if state.firstLine == nil { state.firstLine = lineNumber }
    state.byteCount += trimmed.utf8.count + 1
    guard state.byteCount <= Session.pasteLimit else {
      state.overflowed = true
      state.lines = []
      paste = state
      let error = SessionError.pasteTooLarge(limit: Session.pasteLimit)
      return (state.statement ?? Statement(state.text), .failure(error.message, hint: error.hint))
    }
    state.lines.append(trimmed)
    paste = state
    return nil
  }

  /// The most text a paste keeps (as a dump file, `load … as text`, may have): the lines of
  /// an endless paste are not kept without bound.
  static let pasteLimit = 32 << 20

  /// Ends the paste in progress (at an empty line or the end of the input).
  public func finishPaste() -> (Statement, CommandOutcome)? {
    guard let state = paste else { return nil }
    paste = nil
    // Its error was reported when the dump passed the limit.
    if state.overflowed { return nil }
    let statement = state.statement ?? Statement(state.text)
    guard !state.lines.isEmpty else {
      return (
        statement,
        .failure(
          "'paste' got no lines: the dump follows it, up to an empty line",
          hint: "for text on the same line use 'bytes TEXT'")
      )
    }
    do {
      let decoded = try TextDump.decode(
        state.lines.joined(separator: "\n"), format: state.format,
        firstLine: state.firstLine ?? 1, namesLines: true)
      return (
        statement, try pushDump(decoded, name: "<pasted \(decoded.detail)>", text: state.text)
      )
    } catch let error as any UserFacingError {
      return (statement, .failure(error.message, hint: error.hint))
    } catch {
      return (statement, .failure(String(describing: error)))
    }
  }

  /// Drops a paste in progress.
  public func cancelPaste() { paste = nil }
}
