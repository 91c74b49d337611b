import ByteLensEngine

/// An error as the user reads it: one `error:` line and at most one `hint:` line.
///
/// The engine throws its errors as data — what failed and the numbers involved
/// (`ViewError.cannotRead(dtype, .notWholeElements(bytes: 10))`). The console, which owns the
/// command language, gives each case its words in an `ERROR+Text.swift` file beside this one,
/// so that a hint can name the command that fixes it. Messages start lowercase, have no
/// trailing period, quote the user's token and name the numbers.
public protocol UserFacingError: Error {
  var message: String { get }
  var hint: String? { get }
}

extension LanguageError: UserFacingError {}
