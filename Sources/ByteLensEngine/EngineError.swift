/// An error from the engine: one line for the user, and an optional hint line.
///
/// Messages start lowercase, have no trailing period, quote the user's token and name the
/// numbers that explain the failure (`cannot view 10 bytes as '<f8': 10 is not a multiple of 8`).
public struct EngineError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  public var hint: String?

  public init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }

  public var description: String { message }
}
