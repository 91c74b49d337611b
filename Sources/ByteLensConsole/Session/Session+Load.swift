import ByteLensEngine

/// `load`: files that describe themselves (.npy, .npz, the length-prefixed header) and raw
/// bytes.
extension Session {
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
    let limit = try count.flatMap { count in
      try bytesNeeded(dtype: dtype.map(parse) ?? DType.parse("u1"), offset: offset, count: count)
    }
    let source = try openSource(path, limit: limit)
    let origin = SourceOrigin.reading(source, path: path)
    if !raw {
      let prefix = try source.prefix(8)
      if NPYHeader.hasMagic(prefix) {
        return try loadNPY(source, python: NumpyCode.load(origin), origin: origin, text: text)
      }
      if NPZArchive.hasMagic(prefix), let listing = try listArchive(source, path: path) {
        listedArchive = source
        return listing
      }
      if let header = LengthPrefixedHeader.recognise(source) {
        return try loadLengthPrefixed(source, header: header, origin: origin, text: text)
      }
    }
    return try read(
      source, dtype: dtype, offset: offset ?? 0, count: count, text: text, origin: origin)
  }

  /// Opens what `path` names: a file read lazily, or a stream (`-` for standard input, a pipe,
  /// a FIFO, a device) read to its end or to `limit` bytes.
  func openSource(_ path: String, limit: Int?) throws -> any ByteSource {
    if path == "-" || isStandardInput(path) {
      guard !standardInputHoldsCommands else {
        throw SessionError.standardInputHoldsCommands(path: path)
      }
      if path == "-" { return try standardInput(limit: limit) }
    }
    return try ByteSourceOpener.open(path, limit: limit)
  }

  /// Standard input as data: read once, then the same bytes for every later `load -`.
  private func standardInput(limit: Int?) throws -> any ByteSource {
    if let read = standardInputData {
      let complete = (read as? StreamByteSource).map { !$0.stoppedAtLimit } ?? true
      guard complete || (limit.map { $0 <= read.count } ?? false) else {
        throw SessionError.standardInputAlreadyRead(count: read.count)
      }
      return read
    }
    let source = try ByteSourceOpener.openStandardInput(limit: limit)
    standardInputData = source
    return source
  }

  /// Whether `path` leads to what standard input is (`/dev/stdin`, `/proc/self/fd/0`).
  private func isStandardInput(_ path: String) -> Bool {
    guard let identity = FileIdentity(path: path) else { return false }
    return identity == ByteSourceOpener.standardInputIdentity
  }

  /// `offset + count × itemsize`: the bytes a read needs, checked for overflow.
  private func bytesNeeded(dtype: DType, offset: Int?, count: Int) throws -> Int? {
    guard count >= 0 else { return nil }
    let (size, overflow) = count.multipliedReportingOverflow(by: dtype.itemsize)
    let (total, overflow2) = size.addingReportingOverflow(offset ?? 0)
    guard !overflow, !overflow2 else {
      throw SessionError.countTooLarge(count: count, dtype: dtype.str)
    }
    return total
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
    entry.python = PythonStatements(python)
    let order = header.fortranOrder ? "Fortran order" : "C order"
    let member = description.map { " \($0)" } ?? ""
    entry.formatInfo = [
      "format: .npy \(header.versionText)\(member), data at byte \(header.dataOffset), \(order)",
      "header: \(header.text)",
    ]
    let dtype = header.dtype.isStructured ? header.dtype.description : "'\(header.dtype.str)'"
    var notice = StyledText()
    notice.appendLine(
      "\(PythonRepr.escaped(source.name)): .npy \(header.versionText), \(dtype), shape "
        + "\(PythonRepr.tuple(header.shape)), \(order)", role: .muted)
    return push(entry, notice: notice)
  }

  private func checkedCount(_ shape: [Int]) throws -> Int {
    var count = 1
    for dim in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: dim)
      guard !overflow else { throw SessionError.shapeOverflows }
      count = product
    }
    return count
  }

  /// `load ARCHIVE.npz:NAME`: one member, as `np.load(ARCHIVE)[NAME]`; `raw` reads its
  /// bytes with `frombuffer` instead.
  func loadMember(
    _ name: String, of path: String, raw: (DTypeArgument?, Int, Int?)?, text: String
  ) throws -> CommandOutcome {
    let archive = try NPZArchive(try openSource(path, limit: nil))
    guard let member = archive.member(named: name) else {
      let names = archive.members.map(\.arrayName)
      throw SessionError.noSuchMember(archive: path, member: name, members: names)
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
      origin: origin,
      describedAs:
        "in \(PythonRepr.escaped(path)) as '\(PythonRepr.escaped(member.name))' (\(storage))",
      text: text)
  }

  /// `load ARCHIVE.npz`: the members with their dtypes and shapes. Nil for a zip file that
  /// holds no `.npy` member and is not named `.npz`: then it is just bytes.
  func listArchive(_ source: any ByteSource, path: String) throws -> CommandOutcome? {
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
      var row = [PythonRepr.escaped(member.arrayName)]
      do {
        let prefix = try archive.prefix(of: member, limit: 64 * 1024 + 16)
        let header = try NPYHeader.read(from: MemoryByteSource(prefix, name: member.name))
        let dtype = header.dtype.isStructured ? header.dtype.description : header.dtype.str
        row += [dtype, PythonRepr.tuple(header.shape)]
      } catch let error as any UserFacingError {
        row += ["(\(error.message))", ""]
      }
      var storage =
        member.isDeflated
        ? "deflated, \(member.compressedSize) bytes to \(member.size)"
        : "stored, \(member.size) bytes"
      // Two members of one name: numpy opens the last, as `load A.npz:NAME` does.
      if archive.member(named: member.name) != member {
        storage += "; hidden by a later member of the same name"
      }
      row.append(storage)
      rows.append(row)
    }
    var output = StyledText()
    let count = archive.members.count
    output.appendLine(
      "\(PythonRepr.escaped(path)): \(count) member\(count == 1 ? "" : "s")", role: .label)
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
      output.appendLine(
        "open one with: load \(PythonRepr.escaped(path)):\(PythonRepr.escaped(first.arrayName))",
        role: .muted)
    }
    return CommandOutcome(output: output)
  }

  /// A file that starts with the tutorial's length-prefixed header.
  func loadLengthPrefixed(
    _ source: any ByteSource, header: LengthPrefixedHeader, origin: SourceOrigin, text: String
  ) throws -> CommandOutcome {
    let view = try header.view(on: source)
    let count = try checkedCount(header.shape)
    var entry = ViewEntry(
      view: view, source: source,
      window: ViewEntry.Window(dtype: header.dtype, offset: header.dataOffset, count: count),
      isFreshWindow: false, isScalar: false, commandText: text)
    entry.origin = origin
    var python = NumpyCode.read(
      origin: origin, source: source, dtype: header.dtype, offset: header.dataOffset,
      count: count)
    if header.shape.count != 1 {
      let subshape = header.dtype.subarray?.shape ?? []
      python[python.count - 1] += ".reshape(\(PythonRepr.tuple(header.shape + subshape)))"
    }
    entry.python = PythonStatements(python)
    let order = header.byteOrder == .little ? "little-endian" : "big-endian"
    let shape = PythonRepr.tuple(header.shape)
    entry.formatInfo = [
      "format: length-prefixed header of \(header.dataOffset) bytes (\(order) u32s), data at "
        + "byte \(header.dataOffset)",
      "header: dtype \(PythonRepr.string(header.dtypeText)), shape \(shape)",
    ]
    var notice = StyledText()
    notice.appendLine(
      "\(source.name): length-prefixed header, \(PythonRepr.string(header.dtypeText)), shape "
        + shape, role: .muted)
    return push(entry, notice: notice)
  }
}
