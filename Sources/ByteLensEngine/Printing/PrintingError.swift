/// Why a value cannot be printed as NumPy prints it.
///
/// Cases carry the value and no words: the console writes the message
/// (`PrintingError+Text.swift`).
public enum PrintingError: Error, Equatable, Sendable {
  /// A datetime64 `count` in generic units that is not NaT: NumPy refuses to convert it, as
  /// there is no unit to count in.
  case genericDatetimeValue(Int64)
  /// A finite float shown in a summarised array whose negative `edgeitems` left NumPy's
  /// `a[:e]` and `a[-e:]` no finite value to choose the number format from: NumPy fails with
  /// a TypeError.
  case floatFormatWithoutFiniteElements
  /// A float or complex array printed with a `precision` below 0 or past a C `int`, which
  /// NumPy's `set_printoptions` accepts and its float format then refuses.
  case unusablePrecision(Int)
  /// A float whose text, padding included, would pass NumPy's 16384-byte Dragon4 buffer
  /// (`floatmode='fixed'` with a precision past 16381, or a `nanstr` that wide): NumPy fails
  /// with a RuntimeError.
  case formattingResultTooLarge
  /// An element of `dtype` reached by a `formatter` key whose function (`hex`, `oct`, `bin`)
  /// takes only integers: Python's TypeError names the scalar type (`DType.scalarTypeName`).
  case notAnInteger(DType)
}
