import ByteLensEngine

/// What `guess` left for `guess apply`: the commands of each candidate, and the source they
/// read.
struct GuessRecord {
  var source: any ByteSource
  var commands: [String]
}

/// `guess`: ranked interpretations of the current view's bytes; `guess apply N` runs the
/// commands of the Nth.
extension Session {
  /// The candidates shown in text; `--json` gives every one the guesser returns.
  static let guessesShown = 5

  func guess() throws -> CommandOutcome {
    let source: any ByteSource
    let range: Range<Int>
    if current == nil, let archive = listedArchive {
      // `load A.npz` opens no view: the archive itself is what there is to look at.
      (source, range) = (archive, 0..<archive.count)
    } else {
      let entry = try requireCurrent()
      (source, range) = (entry.source, try guessRange(entry))
    }
    let guess = try InterpretationGuesser.guess(source, range: range)
    let commands = guess.candidates.map { guessCommand($0, source: source) }
    lastGuess = GuessRecord(source: source, commands: commands)
    if reportsJSON { return .json(guessDocument(guess, commands: commands, source: source)) }
    var output = StyledText()
    if let magic = guess.magic {
      output.append("format:", role: .label)
      output.appendLine(" " + GuessWords.describe(magic), role: .value)
      if let advice = GuessWords.advice(magic, path: PythonRepr.escaped(source.name)) {
        output.appendLine(advice, role: .hint)
      }
    }
    output.append("looked at:", role: .label)
    output.appendLine(" " + lookedAt(guess, source: source))
    if let headerEnd = guess.headerEnd {
      output.append("header:", role: .label)
      output.appendLine(
        " bytes \(guess.range.lowerBound) to \(headerEnd) look unlike the rest", role: .plain)
    }
    guard !guess.candidates.isEmpty else {
      output.appendLine("no reading to suggest: too few bytes past the magic number", role: .muted)
      return CommandOutcome(output: output)
    }
    let shown = Array(guess.candidates.prefix(Session.guessesShown))
    let header = ["#", "score", "dtype", "shape", "offset", "why"]
    let rows = shown.enumerated().map { index, candidate in
      [
        String(index + 1), GuessWords.score(candidate.score), candidate.spelling,
        PythonRepr.tuple(candidate.shape), String(candidate.offset), GuessWords.reason(candidate),
      ]
    }
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].columnWidth }.max() ?? 0
    }
    let roles: [TextRole] = [.plain, .value, .dtype, .plain, .offset, .plain]
    func appendRow(_ cells: [String], roles: [TextRole]) {
      for (column, cell) in cells.enumerated() {
        if column > 0 { output.append("  ") }
        let isLast = column == cells.count - 1
        // Numbers right-aligned, words left; the last column unpadded.
        let padded =
          [0, 1, 4].contains(column)
          ? cell.leftPadded(to: widths[column])
          : isLast ? cell : cell.rightPadded(to: widths[column])
        output.append(padded, role: roles[column])
      }
      output.appendLine()
    }
    appendRow(header, roles: Array(repeating: .label, count: header.count))
    for (index, row) in rows.enumerated() {
      appendRow(row, roles: roles)
      output.appendLine("   " + commands[index], role: .muted)
    }
    output.appendLine("'guess apply N' runs the commands of candidate N", role: .hint)
    return CommandOutcome(output: output)
  }

  /// `guess apply N`: runs candidate N's commands as if typed, each pushing its view.
  func applyGuess(_ number: Int, text: String) throws -> CommandOutcome {
    let entry = try requireCurrent()
    guard let record = lastGuess else { throw GuessSessionError.applyBeforeGuess }
    guard record.source === entry.source else {
      throw GuessSessionError.guessForAnotherSource(
        guessed: record.source.name, current: entry.source.name)
    }
    guard number >= 1, number <= record.commands.count else {
      throw GuessSessionError.noSuchCandidate(number: number, count: record.commands.count)
    }
    let command = record.commands[number - 1]
    var outcome = CommandOutcome()
    outcome.output.append("applying:", role: .label)
    outcome.output.appendLine(" " + command)
    let script = run(command)
    outcome.output.append(script.transcript)
    outcome.failed = script.failed
    return outcome
  }

  /// The bytes a guess looks at: those the view spans in its source; for a copy (`astype`,
  /// `byteswap`), the window last read from the loaded source.
  private func guessRange(_ entry: ViewEntry) throws -> Range<Int> {
    let view = entry.view
    guard view.count > 0 else { throw GuessSessionError.emptyView(shape: view.shape) }
    if view.source === entry.source { return view.byteExtent }
    let start = entry.window.offset
    guard let count = entry.window.count else { return start..<entry.source.count }
    let (bytes, overflow) = count.multipliedReportingOverflow(by: entry.window.dtype.itemsize)
    guard !overflow, bytes <= entry.source.count - start else { return start..<entry.source.count }
    return start..<(start + bytes)
  }

  /// `as <u2 at 0; reshape 48,640`: the commands that make the candidate's view; the count
  /// only when the reading stops before the end of the source.
  private func guessCommand(_ candidate: GuessCandidate, source: any ByteSource) -> String {
    var command = "as \(candidate.spelling) at \(candidate.offset)"
    let end = candidate.offset + candidate.count * candidate.dtype.itemsize
    if end != source.count { command += " count \(candidate.count)" }
    if candidate.shape.count > 1 {
      command += "; reshape " + candidate.shape.map(String.init).joined(separator: ",")
    }
    return command
  }

  /// `bytes 0 to 61440 of 'image.bin' (all 61440 read)`, or how it was sampled.
  private func lookedAt(_ guess: InterpretationGuess, source: any ByteSource) -> String {
    let range = guess.range
    var text =
      "bytes \(range.lowerBound) to \(range.upperBound) of "
      + "\(PythonRepr.escaped(source.name)) "
    if guess.isSampled {
      text +=
        "(\(range.count) bytes; sampled: read \(guess.bytesRead) of them, in blocks "
        + "spread evenly)"
    } else {
      text += "(all \(range.count) read)"
    }
    return text
  }

  private func guessDocument(
    _ guess: InterpretationGuess, commands: [String], source: any ByteSource
  ) -> JSONValue {
    let magic: JSONValue =
      guess.magic.map { magic in
        .object([
          ("format", .string(magic.format.rawValue)),
          ("description", .string(GuessWords.describe(magic))),
        ])
      } ?? .null
    let candidates: [JSONValue] = guess.candidates.enumerated().map { index, candidate in
      .object([
        ("rank", .integer(index + 1)),
        ("kind", .string(GuessWords.kind(candidate.kind))),
        ("dtype", .string(candidate.spelling)),
        ("order", .string(GuessWords.order(candidate.spelling))),
        ("offset", .integer(candidate.offset)),
        ("count", .integer(candidate.count)),
        ("shape", .array(candidate.shape.map { .integer($0) })),
        ("itemsize", .integer(candidate.dtype.itemsize)),
        ("score", .double((candidate.score * 1000).rounded() / 1000)),
        ("reason", .string(GuessWords.reason(candidate))),
        ("command", .string(commands[index])),
      ])
    }
    return .object([
      ("source", .string(source.name)),
      ("start", .integer(guess.range.lowerBound)),
      ("end", .integer(guess.range.upperBound)),
      ("bytes_read", .integer(guess.bytesRead)),
      ("sampled", .bool(guess.isSampled)),
      ("magic", magic),
      ("header_end", guess.headerEnd.map { .integer($0) } ?? .null),
      ("candidates", .array(candidates)),
    ])
  }
}
