import ByteLensEngine

extension PrintingError: UserFacingError {
  public var message: String {
    switch self {
    case .genericDatetimeValue:
      return "cannot convert a datetime64 value other than NaT with generic units"
    }
  }

  public var hint: String? { nil }
}
