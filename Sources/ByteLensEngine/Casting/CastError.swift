/// Why `astype` refused, as NumPy refuses: the conversion itself, or one value that does not
/// convert. Cases carry the dtypes and the text; the console writes the words.
public enum CastError: Error, Equatable, Sendable {
  /// NumPy has no cast from the first dtype to the second (a record to another of a different
  /// number of fields, a record of several fields to a plain dtype, objects).
  case notSupported(DType, to: DType)
  /// Text that is not a number of the target's kind (Python's `int()`, `float()`, `complex()`
  /// refuse it).
  case notANumber(String, DType)
  /// Text holding an integer outside the target's range.
  case outOfBounds(String, DType)
  /// Text with characters outside ASCII, for a bytes (`S`) target.
  case notASCII(String)
  /// Bytes above 0x7F, for a text (`U`) target.
  case notASCIIBytes([UInt8])
  /// A datetime64 with generic units that is not NaT, which NumPy cannot convert to text or from
  /// an integer.
  case genericDatetime
  /// A datetime64 or timedelta64 with a unit, for a field of the same kind with generic units:
  /// NumPy does not drop units.
  case specificToGenericUnits(DType, to: DType)
  /// A datetime64 whose ISO text has `length` characters, for a text target of `width`.
  case datetimeTextTooLong(Int, width: Int)
  /// A code unit beyond U+10FFFF in text to convert.
  case notACodePoint(UInt32)
}
