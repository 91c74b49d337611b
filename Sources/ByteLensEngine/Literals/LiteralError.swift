/// Why a Python literal did not parse, or its values could not become an array.
///
/// Cases carry what failed — the column, the value, the dtype — and no words: the console
/// writes the message and hint (`LiteralError+Text.swift`).
public enum LiteralError: Error, Equatable, Sendable {
  /// The text is not a Python literal; `column` (from 1) is where it stops fitting.
  case syntax(Syntax, column: Int)
  /// Nested lists of different shapes at one depth, such as `[[1, 2], [3]]`.
  case inhomogeneousShape([Int], [Int])
  /// An integer (its digits) beyond both `Int64` and `UInt64`, with no dtype to hold it.
  case integerTooLarge(String)
  /// A value that cannot be an array element (`None`, a dict, a bare name).
  case notAnArrayValue(PythonLiteral)
  /// An array of a dtype that holds Python objects, which are not bytes.
  case objectArray(DType)
  /// Elements given for a dtype of itemsize zero.
  case zeroItemsize(DType)
  /// A record of the structured `dtype` written as something other than a tuple of one value
  /// per field.
  case recordNeedsTuple(PythonLiteral, record: DType)
  /// A subarray element of shape `expected` written with the shape `got`.
  case subarrayShapeMismatch(expected: [Int], got: [Int])
  /// `value` cannot be stored as an element of `dtype`.
  case notStorable(PythonLiteral, as: DType, Storing)
  /// Bytes of different lengths for a sizeless void dtype (`[b'a', b'abc'] as V`).
  case voidLengthsDiffer(Int, Int)
  /// Dates of units too far apart for numpy to find a common unit (`'2020'` with a date in
  /// picoseconds, for a generic `M8`).
  case unitsTooFarApart(TimeUnit.Base, TimeUnit.Base)
  /// Text that cannot be read as a datetime64.
  case invalidDate(String, DateProblem)

  /// Where the literal stops being Python.
  public enum Syntax: Equatable, Sendable {
    case unexpected(Unicode.Scalar)
    case unexpectedEnd
    /// Lists, tuples and dicts nested deeper than `limit` levels.
    case nestedTooDeep(limit: Int)
    /// More than `limit` values in one literal.
    case tooManyValues(limit: Int)
    /// The text ends before the `closing` bracket.
    case missingClose(Unicode.Scalar)
    /// Between items of a list or tuple: neither `,` nor the `closing` bracket.
    case expectedCommaOrClose(Unicode.Scalar, found: Unicode.Scalar)
    /// A dict key not followed by `:`.
    case expectedColon
    /// A dict entry followed by neither `,` nor `}`.
    case expectedCommaInDict
    /// A sign followed by a word that is not `inf` or `nan`.
    case expectedNumber
    /// A bare word (`se`, `nan`, `np.int32`) where only literals are allowed, as in a `.npy`
    /// header, which numpy reads with `ast.literal_eval`.
    case nameNotALiteral(String)
    /// Digits, as written, that do not make a number.
    case notANumber(String)
    case unterminatedString
    /// A `\x`, `\u` or `\U` escape without enough hex digits, or beyond Unicode.
    case badEscape(Unicode.Scalar)
  }

  /// Why one value cannot be stored in a dtype.
  public enum Storing: Equatable, Sendable {
    /// A string with non-ASCII characters, for a bytes dtype.
    case notASCII
    /// A void dtype takes only `b'...'` bytes.
    case voidNeedsBytes
    /// A datetime64 takes ISO text or an integer.
    case datetimeNeedsTextOrInteger
    /// A timedelta64 takes an integer, or text of one (or `'NaT'`).
    case timedeltaNeedsInteger
    /// An integer for a datetime64 of the generic unit, which gives it no unit to count in.
    case integerNeedsUnit
    /// Text that Python's int(), float() or complex() does not read as a number of the dtype.
    case textNotANumber
    /// An integer outside the range of the integer dtype (NumPy 2's out-of-bounds rule).
    case outOfBounds
    /// `nan` or `inf` for an integer dtype.
    case notFinite
    /// A complex number for a dtype that is not complex.
    case losesImaginaryPart
    /// Any other value the dtype cannot take.
    case unconvertible
  }

  /// Why text is not a datetime64 value.
  public enum DateProblem: Equatable, Sendable {
    /// Not ISO 8601 text such as `2020-01-31` or `2020-01-31T12:00:00`.
    case notISO
    /// The dtype has the generic unit, so the text has no unit to count in.
    case needsUnit
  }
}
