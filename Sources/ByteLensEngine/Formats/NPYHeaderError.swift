/// A `.npy` header that fails because its dtype or literal text does: the inner error, kept
/// as data, with the part of the header it came from.
///
/// The console words it (`NPYHeaderError+Text.swift`). The other `.npy` header errors are
/// still `EngineError`s; when they become typed, these cases join their enum.
public enum NPYHeaderError: Error, Equatable, Sendable {
  /// The header (abbreviated) is not a Python literal.
  case notALiteral(header: String, LiteralError)
  /// The header's descr (abbreviated, as Python writes it) is not a dtype numpy accepts.
  case invalidDescr(String, DTypeError)
  /// A structured dtype that has no descr, so no `.npy` header can describe it.
  case noDescr(DTypeError)
}
