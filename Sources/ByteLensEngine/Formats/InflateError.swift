/// Why a deflate stream could not be inflated to the size recorded for it.
///
/// Cases carry the sizes and, for corrupt data, what was wrong and where; the console words
/// them (`InflateError+Text.swift`).
public enum InflateError: Error, Equatable, Sendable {
  /// The stream is malformed at compressed byte `position`.
  case corrupt(Corruption, position: Int)
  /// The stream goes on past the `expected` bytes recorded for it.
  case longerThanRecorded(expected: Int)
  /// The stream ends after `count` bytes, not the `expected` ones.
  case sizeMismatch(count: Int, expected: Int)

  /// What is malformed in a deflate stream (RFC 1951).
  public enum Corruption: Equatable, Sendable {
    case reservedBlockType
    case endsInBlock
    case endsInCode
    case symbolFromEmptyCode
    case invalidCode
    /// A stored block whose length does not match its one's complement.
    case storedLengthMismatch(length: Int)
    /// A stored block of `length` bytes with fewer left in the stream.
    case storedBlockCutShort(length: Int)
    case invalidLengthSymbol(Int)
    case invalidDistanceSymbol(Int)
    /// A back-reference further than the output reaches.
    case distanceBeforeStart(Int)
    case tooManyCodes(literals: Int, distances: Int)
    case repeatWithoutLength
    case codeLengthsOverrun
    case noEndOfBlockCode
    case overSubscribedCode
  }
}
