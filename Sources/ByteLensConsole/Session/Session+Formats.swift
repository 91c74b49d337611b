import ByteLensEngine

/// A `paste` waiting for its lines.
struct PasteState {
  var format: DumpFormat?
  var lines: [String] = []
  var firstLine: Int? = nil
  /// The `paste` command as written.
  var text: String
}

/// The commands that bring bytes in from files and text, and take them out again.
extension Session {
  // MARK: load

  /// `load PATH`: a `.npy` file, a `.npz` archive (listed) or one of its members
  /// (`ARCHIVE.npz:NAME`), a file with the length-prefixed header, or raw bytes. With a dtype,
  /// an offset or a count the file is read as raw bytes.
  func load(
    _ path: String, dtype: DTypeArgument?, offset: Int?, count: Int?, text: String
  ) throws -> CommandOutcome {
    let raw = dtype != nil || offset != nil || count != nil
    if FileIdentity(path: path) == nil, let colon = path.lastIndex(of: ":") {
      let archive = String(path[..<colon])
      let member = String(path[path.index(after: colon)...])
      if !member.isEmpty, FileIdentity(path: archive) != nil {
        return try loadMember(
          member, of: archive, raw: raw ? (dtype, offset ?? 0, count) : nil, text: text)
      }
    }
    let source = try FileByteSource(path: path)
    if !raw {
      let prefix = try source.prefix(8)
      if NPYHeader.hasMagic(prefix) {
        return try loadNPY(source, python: ["a = np.load(\(NumpyCode.string(path)))"], text: text)
      }
      if NPZArchive.hasMagic(prefix), let listing = try listArchive(source, path: path) {
        return listing
      }
      if let header = LengthPrefixedHeader.recognise(source) {
        return try loadLengthPrefixed(source, header: header, path: path, text: text)
      }
    }
    return try read(
      source, dtype: dtype, offset: offset ?? 0, count: count, text: text, origin: .file(path))
  }

  /// A `.npy` file (or archive member): its data viewed where it lies.
  func loadNPY(
    _ source: any ByteSource, python: [String], origin: SourceOrigin? = nil,
    describedAs description: String? = nil, text: String
  ) throws -> CommandOutcome {
    let (header, view) = try NPYFile.open(source)
    var entry = ViewEntry(
      view: view, source: source,
      window: ViewEntry.Window(
        dtype: header.dtype, offset: header.dataOffset,
        count: try? checkedCount(header.shape)),
      isFreshWindow: false, isScalar: false, commandText: text)
    entry.origin = origin ?? .file(source.name)
    entry.python = python
    let order = header.fortranOrder ? "Fortran order" : "C order"
    let member = description.map { " \($0)" } ?? ""
    entry.formatInfo = [
      "format: .npy \(header.versionText)\(member), data at byte \(header.dataOffset), \(order)",
      "header: \(header.text)",
    ]
    var notice = StyledText()
    notice.appendLine(
      "\(source.name): .npy \(header.versionText), '\(header.dtype.str)', shape "
        + "\(PythonText.tuple(header.shape)), \(order)", role: .muted)
    return push(entry, notice: notice)
  }

  private func checkedCount(_ shape: [Int]) throws -> Int {
    var count = 1
    for dim in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: dim)
      guard !overflow else { throw EngineError("shape overflows") }
      count = product
    }
    return count
  }

  /// `load ARCHIVE.npz:NAME`: one member, as `np.load(ARCHIVE)[NAME]`; `raw` reads its
  /// bytes with `frombuffer` instead.
  func loadMember(
    _ name: String, of path: String, raw: (DTypeArgument?, Int, Int?)?, text: String
  ) throws -> CommandOutcome {
    let archive = try NPZArchive(try FileByteSource(path: path))
    guard let member = archive.member(named: name) else {
      let names = archive.members.map(\.arrayName)
      throw EngineError(
        "'\(path)' has no member '\(name)'",
        hint: names.isEmpty
          ? "the archive is empty"
          : "its members: " + names.map { "'\($0)'" }.joined(separator: ", "))
    }
    let source = try archive.bytes(of: member)
    let origin = SourceOrigin.zipMember(archive: path, member: member.name)
    if let (dtype, offset, count) = raw {
      return try read(
        source, dtype: dtype, offset: offset, count: count, text: text, origin: origin)
    }
    let storage =
      member.isDeflated
      ? "deflated, \(member.compressedSize) bytes to \(member.size)"
      : "stored, \(member.size) bytes"
    return try loadNPY(
      source,
      python: ["a = np.load(\(NumpyCode.string(path)))[\(NumpyCode.string(member.arrayName))]"],
      origin: origin, describedAs: "in \(path) as '\(member.name)' (\(storage))", text: text)
  }

  /// `load ARCHIVE.npz`: the members with their dtypes and shapes. Nil for a zip file that
  /// holds no `.npy` member and is not named `.npz`: then it is just bytes.
  func listArchive(_ source: FileByteSource, path: String) throws -> CommandOutcome? {
    let isNPZ = path.lowercased().hasSuffix(".npz")
    let archive: NPZArchive
    do {
      archive = try NPZArchive(source)
    } catch {
      if isNPZ { throw error }
      return nil
    }
    guard isNPZ || archive.members.contains(where: { $0.name.hasSuffix(".npy") }) else {
      return nil
    }
    var rows: [[String]] = []
    for member in archive.members {
      var row = [member.arrayName]
      do {
        let prefix = try archive.prefix(of: member, limit: 64 * 1024 + 16)
        let header = try NPYHeader.read(from: MemoryByteSource(prefix, name: member.name))
        let dtype = header.dtype.isStructured ? header.dtype.description : header.dtype.str
        row += [dtype, PythonText.tuple(header.shape)]
      } catch let error as EngineError {
        row += ["(\(error.message))", ""]
      }
      row.append(
        member.isDeflated
          ? "deflated, \(member.compressedSize) bytes to \(member.size)"
          : "stored, \(member.size) bytes")
      rows.append(row)
    }
    var output = StyledText()
    let count = archive.members.count
    output.appendLine("\(path): \(count) member\(count == 1 ? "" : "s")", role: .label)
    let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      output.append("  ")
      output.append(row[0].rightPadded(to: widths[0]), role: .value)
      output.append("  ")
      output.append(row[1].rightPadded(to: widths[1]), role: .dtype)
      output.append("  ")
      output.append(row[2].rightPadded(to: widths[2]))
      output.appendLine("  " + row[3], role: .muted)
    }
    if let first = archive.members.first {
      output.appendLine("open one with: load \(path):\(first.arrayName)", role: .muted)
    }
    return CommandOutcome(output: output)
  }

  /// A file that starts with the tutorial's length-prefixed header.
  func loadLengthPrefixed(
    _ source: FileByteSource, header: LengthPrefixedHeader, path: String, text: String
  ) throws -> CommandOutcome {
    let view = try header.view(on: source)
    var entry = ViewEntry(
      view: view, source: source,
      window: ViewEntry.Window(
        dtype: header.dtype, offset: header.dataOffset, count: try checkedCount(header.shape)),
      isFreshWindow: false, isScalar: false, commandText: text)
    entry.origin = .file(path)
    let count = try checkedCount(header.shape)
    var read = "a = np.fromfile(\(NumpyCode.string(path))"
    read += ", dtype=\(NumpyCode.dtype(header.dtype)), count=\(count), offset=\(header.dataOffset))"
    if header.shape.count != 1 {
      let subshape = header.dtype.subarray?.shape ?? []
      read += ".reshape(\(PythonText.tuple(header.shape + subshape)))"
    }
    entry.python = [read]
    let order = header.byteOrder == .little ? "little-endian" : "big-endian"
    let shape = PythonText.tuple(header.shape)
    entry.formatInfo = [
      "format: length-prefixed header of \(header.dataOffset) bytes (\(order) u32s), data at "
        + "byte \(header.dataOffset)",
      "header: dtype \(PythonText.stringLiteral(header.dtypeText)), shape \(shape)",
    ]
    var notice = StyledText()
    notice.appendLine(
      "\(path): length-prefixed header, \(PythonText.stringLiteral(header.dtypeText)), shape "
        + shape, role: .muted)
    return push(entry, notice: notice)
  }

  // MARK: Text dumps

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
    let file = try FileByteSource(path: path)
    guard file.count <= 32 << 20 else {
      throw EngineError(
        "'\(path)' has \(file.count) bytes; a text dump of more than 32 MiB is not read")
    }
    let contents = String(decoding: try file.bytes(in: 0..<file.count), as: UTF8.self)
    let decoded = try TextDump.decode(contents, format: format, namesLines: true)
    return try pushDump(decoded, name: "\(path) (\(decoded.detail))", text: text)
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
    for note in decoded.notes {
      outcome.diagnostics.append("note:", role: .hint)
      outcome.diagnostics.appendLine(" " + note)
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
    if state.firstLine == nil { state.firstLine = lineNumber }
    state.lines.append(trimmed)
    paste = state
    return nil
  }

  /// Ends the paste in progress (at an empty line or the end of the input).
  public func finishPaste() -> (Statement, CommandOutcome)? {
    guard let state = paste else { return nil }
    paste = nil
    let statement = Statement(state.text)
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
      return (statement, try pushDump(decoded, name: "<pasted \(decoded.detail)>", text: state.text))
    } catch let error as EngineError {
      return (statement, .failure(error.message, hint: error.hint))
    } catch {
      return (statement, .failure(String(describing: error)))
    }
  }

  /// Drops a paste in progress.
  public func cancelPaste() { paste = nil }

  // MARK: save

  /// `save PATH [raw|npy|meta] [order C|F]`.
  func save(
    _ path: String, format: Command.SaveFormat?, order: Command.MemoryLayout?, replacing: Bool
  ) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let view = entry.view
    let lower = path.lowercased()
    if format == nil && lower.hasSuffix(".npz") {
      throw EngineError(
        "bytelens does not write .npz archives",
        hint: "save the view as .npy ('save NAME.npy'); np.savez can gather them")
    }
    let kind = format ?? (lower.hasSuffix(".npy") ? .npy : .raw)
    var protected = Set<FileIdentity>()
    for item in stack {
      if let identity = item.source.fileIdentity { protected.insert(identity) }
      if let identity = item.view.source.fileIdentity { protected.insert(identity) }
    }
    let shape = PythonText.tuple(view.shape)
    let dtypeText = view.dtype.isStructured ? view.dtype.description : "'\(view.dtype.str)'"
    var output = StyledText()
    switch kind {
    case .raw:
      let layout = order ?? .C
      let written = try AtomicFileWriter.write(
        to: path, replacing: replacing, protected: protected
      ) { sink in
        try view.writeBytes(order: memoryOrder(layout), to: sink)
      }
      let call = layout == .C ? "tobytes()" : "tobytes('F')"
      output.appendLine(
        "saved \(written) byte\(written == 1 ? "" : "s") to \(path): \(call) of "
          + "\(dtypeText), shape \(shape)")
      output.appendLine("read it back: " + readBack(path, view: view, order: layout), role: .muted)
    case .npy:
      let (header, dataOrder) = try NPYFile.header(for: view, order: order.map(memoryOrder))
      let written = try AtomicFileWriter.write(
        to: path, replacing: replacing, protected: protected
      ) { sink in
        try header.withUnsafeBytes(sink)
        try view.writeBytes(order: dataOrder, to: sink)
      }
      let version = "\(header[6]).\(header[7])"
      output.appendLine(
        "saved \(written) bytes to \(path): .npy \(version), \(dtypeText), shape \(shape), "
          + (dataOrder == .F ? "Fortran order" : "C order"))
      output.appendLine("read it back: load \(path)   (numpy: np.load(\(NumpyCode.string(path))))", role: .muted)
    case .meta:
      let layout = order ?? .C
      let header = try LengthPrefixedHeader.encode(dtype: view.dtype, shape: view.shape)
      let written = try AtomicFileWriter.write(
        to: path, replacing: replacing, protected: protected
      ) { sink in
        try header.withUnsafeBytes(sink)
        try view.writeBytes(order: memoryOrder(layout), to: sink)
      }
      output.appendLine(
        "saved \(written) bytes to \(path): a \(header.count)-byte length-prefixed header "
          + "(\(PythonText.stringLiteral(LengthPrefixedHeader.dtypeText(for: view.dtype))), shape "
          + "\(shape)), then the data in \(layout == .C ? "C" : "Fortran") order")
      if layout == .F && view.ndim > 1 {
        output.appendLine(
          "the header records no order: read it back with "
            + readBack(path, view: view, order: .F, at: header.count), role: .muted)
      } else {
        output.appendLine("read it back: load \(path)", role: .muted)
      }
    }
    return CommandOutcome(output: output)
  }

  /// The bytelens commands that read a raw file back into this view's shape.
  private func readBack(
    _ path: String, view: ArrayView, order: Command.MemoryLayout, at offset: Int = 0
  ) -> String {
    let spelling = view.dtype.isStructured ? view.dtype.description : view.dtype.str
    var text = "load \(path) as \(spelling)"
    if view.dtype.isAlignedStruct && !spelling.contains("'aligned'") { text += " aligned" }
    if offset != 0 { text += " at \(offset)" }
    if view.ndim != 1 {
      text += "; reshape \(view.shape.isEmpty ? "()" : view.shape.map(String.init).joined(separator: ","))"
      if order == .F && view.ndim > 1 { text += " F" }
    }
    return text
  }

  // MARK: export

  /// `export numpy|c|struct|json`.
  func export(_ format: Command.ExportFormat) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let view = entry.view
    var output = StyledText()
    switch format {
    case .numpy:
      output.appendLine("import numpy as np")
      for line in entry.python { output.appendLine(line) }
    case .c:
      output.append(try CDeclarationExport.text(for: view.dtype, shape: view.shape))
    case .struct:
      let (text, pieces) = try StructFormatExport.format(for: view.dtype)
      output.appendLine(PythonText.stringLiteral(text), role: .value)
      let parts = pieces.map { "\($0.code) \($0.label)" }.joined(separator: ", ")
      output.appendLine(
        "# \(view.dtype.itemsize) bytes: \(parts)", role: .muted)
    case .json:
      output.appendLine(try JSONExport.text(view), role: .value)
    }
    return CommandOutcome(output: output)
  }
}
