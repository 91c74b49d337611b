import ByteLensEngine

extension GuessError: UserFacingError {
  public var message: String {
    switch self {
    case .tooFewBytes(let count, let minimum):
      return "too little to guess from: the view spans \(count) byte\(count == 1 ? "" : "s"), "
        + "a guess needs \(minimum) or more"
    }
  }

  public var hint: String? {
    "'inspect' shows a few bytes as every type"
  }
}
