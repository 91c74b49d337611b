import ByteLensEngine

/// What `load A.npz` lists and `info` reports while the archive is open but none of its arrays
/// is: each member's array name, dtype and shape (read from its `.npy` header), and storage.
struct ArchiveListing {
  struct Member {
    var arrayName: String
    /// numpy's spelling of the member's dtype and its shape; nil when its header is unreadable.
    var header: (dtype: String, shape: [Int])?
    /// Why the header could not be read.
    var problem: String?
    var isDeflated: Bool
    var compressedSize: Int
    var size: Int
    /// A later member of the same name hides this one: numpy opens the last.
    var isHidden: Bool
  }

  var path: String
  var size: Int
  var members: [Member]
}

extension Session {
  /// `load ARCHIVE.npz`: the members with their dtypes and shapes. Nil for a zip file that
  /// holds no `.npy` member and is not named `.npz`: then it is just bytes.
  func listArchive(_ source: any ByteSource, path: String) throws -> CommandOutcome? {
    guard let listing = try archiveListing(source, path: path, requireNPZ: false) else {
      return nil
    }
    return CommandOutcome(output: archiveText(listing))
  }

  /// `info` while `load A.npz` has listed an archive and opened none of its arrays.
  func archiveInfo(_ archive: (source: any ByteSource, path: String)) throws -> CommandOutcome {
    guard
      let listing = try archiveListing(archive.source, path: archive.path, requireNPZ: true)
    else { throw SessionError.nothingLoaded }
    if reportsJSON { return .json(archiveDocument(listing)) }
    return CommandOutcome(output: archiveText(listing))
  }

  private func archiveListing(
    _ source: any ByteSource, path: String, requireNPZ: Bool
  ) throws -> ArchiveListing? {
    let isNPZ = requireNPZ || path.lowercased().hasSuffix(".npz")
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
    let members = try archive.members.map { member in
      var listed = ArchiveListing.Member(
        arrayName: member.arrayName, header: nil, problem: nil, isDeflated: member.isDeflated,
        compressedSize: member.compressedSize, size: member.size,
        isHidden: archive.member(named: member.name) != member)
      do {
        let prefix = try archive.prefix(of: member, limit: 64 * 1024 + 16)
        let header = try NPYHeader.read(from: MemoryByteSource(prefix, name: member.name))
        let dtype = header.dtype.isStructured ? header.dtype.description : header.dtype.str
        listed.header = (dtype, header.shape)
      } catch let error as any UserFacingError {
        listed.problem = error.message
      }
      return listed
    }
    return ArchiveListing(path: path, size: source.count, members: members)
  }

  private func archiveText(_ listing: ArchiveListing) -> StyledText {
    let rows = listing.members.map { member -> [String] in
      var storage =
        member.isDeflated
        ? "deflated, \(member.compressedSize) bytes to \(member.size)"
        : "stored, \(member.size) bytes"
      if member.isHidden { storage += "; hidden by a later member of the same name" }
      let described =
        member.header.map { [$0.dtype, PythonRepr.tuple($0.shape)] }
        ?? ["(\(member.problem ?? ""))", ""]
      return [PythonRepr.escaped(member.arrayName)] + described + [storage]
    }
    var output = StyledText()
    let count = listing.members.count
    output.appendLine(
      "\(PythonRepr.escaped(listing.path)): \(count) member\(count == 1 ? "" : "s")",
      role: .label)
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
    if let first = listing.members.first {
      output.appendLine(
        "open one with: load \(PythonRepr.escaped(listing.path)):"
          + PythonRepr.escaped(first.arrayName),
        role: .muted)
    }
    return output
  }

  /// `info` of an archive under `--json`: its members as numbers and numpy's spellings.
  private func archiveDocument(_ listing: ArchiveListing) -> JSONValue {
    let members: [JSONValue] = listing.members.map { member in
      var fields: [(String, JSONValue)] = [("name", .string(member.arrayName))]
      if let header = member.header {
        fields.append(("dtype", .string(header.dtype)))
        fields.append(("shape", .array(header.shape.map { .integer($0) })))
      } else {
        fields.append(("error", .string(member.problem ?? "")))
      }
      fields += [
        ("compression", .string(member.isDeflated ? "deflated" : "stored")),
        ("stored_size", .integer(member.compressedSize)),
        ("size", .integer(member.size)),
        ("hidden", .bool(member.isHidden)),
      ]
      return .object(fields)
    }
    return .object([
      ("source", .object([("name", .string(listing.path)), ("size", .integer(listing.size))])),
      ("format", .string("npz")),
      ("members", .array(members)),
    ])
  }
}
