/// What `InterpretationGuesser` found: the range it looked at, a recognised file format, and
/// the interpretations it ranks, best first. Data only; the console words it.
public struct InterpretationGuess: Sendable {
  /// The bytes of the source that were looked at.
  public var range: Range<Int>
  /// How many of them were read: all of `range`, or evenly spaced blocks of it.
  public var bytesRead: Int
  /// Whether only blocks of the range were read (it was large).
  public var isSampled: Bool { bytesRead < range.count }
  /// A format recognised by its magic number at the start of the range.
  public var magic: MagicMatch?
  /// Where a region at the start that looks unlike the rest ends, if there is one.
  public var headerEnd: Int?
  /// The interpretations, best first.
  public var candidates: [GuessCandidate]
}

/// One interpretation of the bytes: how to read them, how well that fits, and why.
public struct GuessCandidate: Sendable {
  public enum Kind: Sendable, Equatable {
    /// One value after another.
    case values
    /// Rows of a 2-D array, the row width found from periodicity.
    case rows
    /// Records of several fields, the record size found from byte periodicity.
    case records
    /// Text.
    case text
    /// Described by the header of a recognised format.
    case format
  }

  public var kind: Kind
  /// The dtype to read the bytes as.
  public var dtype: DType
  /// numpy's spelling of `dtype` that reads back to it: `>f4`, `S8,<u4,<f8`.
  public var spelling: String
  /// The byte offset in the source where the reading starts.
  public var offset: Int
  /// How many elements of `dtype` to read.
  public var count: Int
  /// The shape to give them (`(count,)` for one dimension).
  public var shape: [Int]
  /// How well the interpretation fits, 0 to 1.
  public var score: Double
  /// Why, strongest first.
  public var evidence: [GuessEvidence]
}

/// A reason a candidate scored as it did, with its numbers.
public enum GuessEvidence: Sendable, Equatable {
  /// The share of float values that are finite and normal (or zero).
  case finiteNormal(fraction: Double)
  /// The standard deviation of the values' binary exponents.
  case exponentSpread(Double)
  /// The values' typical binary exponent lies far from 0 (tiny or huge values).
  case extremeMagnitude(exponent: Int)
  /// How alike neighbouring values are relative to the spread of all values: 1 for a smooth
  /// series, 0 for noise.
  case smoothness(Double)
  /// Values two apart are alike (`pairSmoothness`) while neighbours are not (`smoothness`):
  /// two series interleaved, as complex numbers' real and imaginary parts are.
  case interleaved(pairSmoothness: Double, smoothness: Double)
  /// The integer values need only this many bits of the dtype's.
  case bitsUsed(Int, of: Int)
  /// The integers sit far from zero compared with their spread (typical of float bits read as
  /// integers).
  case farFromZero(ratio: Double)
  /// No value has its top bit set, so the signed and unsigned readings agree.
  case topBitNeverSet
  /// Every byte looked at is the same.
  case constantBytes(UInt8)
  /// Values repeat with this period: rows of `width` elements.
  case rowPeriod(width: Int, similarity: Double)
  /// Bytes repeat with this period: records of `size` bytes.
  case recordPeriod(size: Int, matching: Double)
  /// The fields guessed for a record: how many are text and how many numbers.
  case recordFields(text: Int, numeric: Int)
  /// The share of bytes that are printable text.
  case printable(fraction: Double)
  /// Lines of the same length.
  case fixedLines(length: Int)
  /// A region at the start unlike the rest is skipped.
  case headerSkipped(bytes: Int)
  /// The reading comes from a recognised format's header.
  case fromHeader(KnownFormat)
}

/// Why there is nothing to guess from.
public enum GuessError: Error, Sendable, Equatable {
  /// The range holds fewer bytes than a guess needs.
  case tooFewBytes(count: Int, minimum: Int)
}
