import ByteLensEngine

extension FindError: UserFacingError {
  var message: String {
    switch self {
    case .noFind:
      return "goto moves to a hit of the last find, and nothing has been searched for yet"
    case .noHits(let query):
      return "the last find (\(PythonRepr.excerpt(query, limit: 40))) found nothing to go to"
    case .hitOutOfRange(let number, let total):
      return "there is no hit \(number): the last find found \(total) "
        + "hit\(total == 1 ? "" : "s")"
    }
  }

  var hint: String? {
    switch self {
    case .noFind: return "find first, e.g. find b'IHDR' or find 22050 as <u4; then goto 1"
    case .noHits: return nil
    case .hitOutOfRange(_, let total):
      return total == 1 ? "goto 1 (or goto -1) goes to it" : "hits run from 1 to \(total), or -1 to -\(total) from the last"
    }
  }
}
