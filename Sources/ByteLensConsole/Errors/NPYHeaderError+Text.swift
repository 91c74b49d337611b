import ByteLensEngine

extension NPYHeaderError: UserFacingError {
  public var message: String {
    switch self {
    case .notALiteral(let header, let error):
      return "cannot parse the .npy header \(header): \(error.message)"
    case .invalidDescr(let descr, let error):
      return "descr in the .npy header is not a valid dtype descriptor: \(descr): \(error.message)"
    case .noDescr(let error):
      return "cannot save as .npy: \(error.message)"
    }
  }

  public var hint: String? {
    switch self {
    case .notALiteral, .invalidDescr:
      return nil
    case .noDescr:
      return "save raw bytes instead ('save PATH raw'), or select fields first"
    }
  }
}
