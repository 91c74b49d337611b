import ByteLensEngine

extension Interrupted: UserFacingError {
  public var message: String { "interrupted" }
  public var hint: String? { nil }
}
