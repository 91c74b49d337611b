/// A mistake in a command line: one message for the user, an optional hint, and where it is.
///
/// Messages follow the engine's style: lowercase start, no trailing period, the user's token in
/// quotes. The location lets an editor point at the token; the one-line message stays readable
/// without it.
public struct LanguageError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var hint: String?
  public var location: SourceLocation?

  public init(_ message: String, hint: String? = nil, at location: SourceLocation? = nil) {
    self.message = message
    self.hint = hint
    self.location = location
  }

  public var description: String { message }
}
