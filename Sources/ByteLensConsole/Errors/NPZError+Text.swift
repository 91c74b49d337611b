import ByteLensEngine

extension NPZError: UserFacingError {
  public var message: String {
    switch self {
    case .notAZip(let archive, let problem):
      return "\(quotedPath(archive)) is not a valid zip archive: \(Self.description(problem))"
    case .encrypted(let member):
      return "member \(quoted(member)) is encrypted; bytelens does not decrypt zip files"
    case .unsupportedMethod(let member, let method):
      let names = [12: "bzip2", 14: "lzma", 93: "zstandard", 95: "xz"]
      let known = names[method].map { " (\($0))" } ?? ""
      return "member \(quoted(member)) uses compression method \(method)\(known); bytelens "
        + "reads stored and deflated members, as np.savez and np.savez_compressed write them"
    case .noLocalHeader(let archive, let member, let at):
      return
        "\(quotedPath(archive)) is corrupt: no local header for \(quoted(member)) at byte \(at)"
    case .memberCutShort(let archive, let member, let needed, let start, let count):
      return
        "\(quotedPath(archive)) is cut short: member \(quoted(member)) needs \(needed) "
        + "bytes from byte "
        + "\(start), the file has \(count)"
    case .storedSizesDiffer(let member, let compressed, let size):
      return "member \(quoted(member)) is stored uncompressed, but its sizes differ "
        + "(\(compressed) and \(size))"
    case .tooLargeToInflate(let member, let size, let limit):
      return "member \(quoted(member)) inflates to \(size) bytes, more than the "
        + "\(limit >> 20) MiB that bytelens holds in memory"
    case .inflate(let archive, let member, let error):
      return "member \(quoted(member)) of \(quotedPath(archive)): \(error.message)"
    case .crcMismatch(let archive, let member, let computed, let recorded):
      return "member \(quoted(member)) of \(quotedPath(archive)) is corrupt: its CRC-32 is "
        + "\(Self.hex32(computed)), the archive records \(Self.hex32(recorded))"
    }
  }

  public var hint: String? { nil }

  /// `0x` and eight lowercase hex digits, as zip tools show a CRC-32.
  private static func hex32(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
  }

  private static func description(_ problem: ZipProblem) -> String {
    switch problem {
    case .recordPastEnd(let at, let count):
      return "a record at byte \(at) runs past the end (\(count) bytes)"
    case .sizeOverflows: return "a size or offset overflows"
    case .tooShortForEndRecord(let count): return "\(count) bytes are too few for the end record"
    case .noEndRecord: return "no end-of-central-directory record"
    case .noZip64Locator: return "the end record asks for zip64 but there is no zip64 locator"
    case .noZip64EndRecord(let at): return "no zip64 end record at byte \(at)"
    case .directoryOutsideFile(let size, let offset):
      return "the central directory (\(size) bytes at byte \(offset)) lies outside the file"
    case .fewerEntries(let count):
      return "the central directory holds fewer than the \(count) entries it records"
    case .badEntrySignature(let index):
      return "entry \(index) of the central directory has a bad signature"
    case .entryPastDirectory(let index):
      return "entry \(index) runs past the end of the central directory"
    case .extraFieldPastEntry(let member):
      return "an extra field of \(quoted(member)) runs past its entry"
    case .zip64FieldTooShort(let member): return "the zip64 field of \(quoted(member)) is too short"
    }
  }
}
