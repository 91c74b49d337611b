/// Why a `.npz` archive, or one of its members, could not be read.
///
/// Cases carry the archive's and the member's names and the numbers; the console words them
/// (`NPZError+Text.swift`).
public enum NPZError: Error, Equatable, Sendable {
  /// The zip structure of `archive` is broken.
  case notAZip(archive: String, ZipProblem)
  /// A member whose flags say it is encrypted.
  case encrypted(member: String)
  /// A compression method other than stored (0) and deflated (8).
  case unsupportedMethod(member: String, method: Int)
  /// No local header where the central directory says the member starts.
  case noLocalHeader(archive: String, member: String, at: Int)
  /// The member's `needed` bytes from byte `start` run past the archive's `count` bytes.
  case memberCutShort(archive: String, member: String, needed: Int, start: Int, count: Int)
  /// A stored member whose compressed and uncompressed sizes differ.
  case storedSizesDiffer(member: String, compressed: Int, size: Int)
  /// A deflated member larger than the `limit` bytes that are held in memory.
  case tooLargeToInflate(member: String, size: Int, limit: Int)
  /// A deflated member whose stream is corrupt or of another size.
  case inflate(archive: String, member: String, InflateError)
  /// A member whose CRC-32 is not the recorded one.
  case crcMismatch(archive: String, member: String, computed: UInt32, recorded: UInt32)

  /// What is wrong with the zip records.
  public enum ZipProblem: Equatable, Sendable {
    /// A record at byte `at` runs past the end of the `count`-byte file.
    case recordPastEnd(at: Int, count: Int)
    case sizeOverflows
    /// A file of `count` bytes, too few for the 22-byte end record.
    case tooShortForEndRecord(count: Int)
    case noEndRecord
    case noZip64Locator
    case noZip64EndRecord(at: Int)
    /// The central directory (`size` bytes at `offset`) lies outside the file.
    case directoryOutsideFile(size: Int, offset: Int)
    /// The central directory holds fewer than the `count` entries it records.
    case fewerEntries(count: Int)
    case badEntrySignature(index: Int)
    case entryPastDirectory(index: Int)
    /// An extra field of the member named `member` runs past its entry.
    case extraFieldPastEntry(member: String)
    case zip64FieldTooShort(member: String)
  }
}
