import ByteLensEngine

extension InflateError: UserFacingError {
  public var message: String {
    switch self {
    case .corrupt(let corruption, let position):
      return "corrupt deflated data: \(Self.description(corruption)) "
        + "(at compressed byte \(position))"
    case .longerThanRecorded(let expected):
      return "deflated data inflates to more than the \(expected) bytes recorded for it"
    case .sizeMismatch(let count, let expected):
      return "deflated data inflates to \(count) bytes, but \(expected) are recorded for it"
    }
  }

  public var hint: String? { nil }

  private static func description(_ corruption: Corruption) -> String {
    switch corruption {
    case .reservedBlockType: return "block type 3 is reserved"
    case .endsInBlock: return "the stream ends in the middle of a block"
    case .endsInCode: return "the stream ends in the middle of a code"
    case .symbolFromEmptyCode: return "a symbol from an empty code"
    case .invalidCode: return "an invalid Huffman code"
    case .storedLengthMismatch(let length):
      return "a stored block's length \(length) does not match its complement"
    case .storedBlockCutShort(let length): return "a stored block of \(length) bytes is cut short"
    case .invalidLengthSymbol(let symbol): return "length symbol \(symbol) is invalid"
    case .invalidDistanceSymbol(let symbol): return "distance symbol \(symbol) is invalid"
    case .distanceBeforeStart(let distance):
      return "a distance of \(distance) reaches before the start of the output"
    case .tooManyCodes(let literals, let distances):
      return "\(literals) literal or \(distances) distance codes are too many"
    case .repeatWithoutLength: return "a repeat code with no length before it"
    case .codeLengthsOverrun: return "code lengths overrun their count"
    case .noEndOfBlockCode: return "the end-of-block code has no length"
    case .overSubscribedCode: return "an over-subscribed Huffman code"
    }
  }
}
