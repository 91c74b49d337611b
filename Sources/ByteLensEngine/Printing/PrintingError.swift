/// Why a value cannot be printed as NumPy prints it.
///
/// Cases carry the value and no words: the console writes the message
/// (`PrintingError+Text.swift`).
public enum PrintingError: Error, Equatable, Sendable {
  /// A datetime64 `count` in generic units that is not NaT: NumPy refuses to convert it, as
  /// there is no unit to count in.
  case genericDatetimeValue(Int64)
}
