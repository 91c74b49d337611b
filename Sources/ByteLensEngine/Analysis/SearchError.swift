/// Why a `find` query cannot run: the pattern or the value cannot be searched for as given.
///
/// The cases carry the user's text and the numbers; the console gives them words.
public enum SearchError: Error, Hashable, Sendable {
  /// A byte pattern with no bytes, which would match everywhere.
  case emptyPattern
  /// The value is not a number (`abc as f8`).
  case notANumber(text: String)
  /// A dtype whose values `find` does not search (strings, records, datetimes, complex…).
  case unsupportedDType(dtype: DType)
  /// An integer dtype asked for a value with a fraction (`1.5 as i4`).
  case notAnInteger(text: String, dtype: DType)
  /// An integer outside the dtype's range (`300 as u1`), with the range.
  case integerOutOfRange(text: String, dtype: DType, minimum: String, maximum: String)
  /// A finite value too large for the float dtype: casting gives infinity (`1e40 as f4`).
  case floatOverflows(text: String, dtype: DType)
  /// A non-zero value too small for the float dtype: casting gives zero (`1e-50 as f4`).
  case floatUnderflows(text: String, dtype: DType)
  /// The tolerance is not a number ≥ 0.
  case invalidTolerance(text: String)
  /// A tolerance asked of NaN, which is never within any distance of anything.
  case toleranceWithNaN
}
