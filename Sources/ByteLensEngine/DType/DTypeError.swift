/// Why a dtype spelling was refused, or a dtype could not be built or described.
///
/// Cases carry what failed — the user's spelling, the numbers, the parsed literal — and no
/// words: the console writes the message and hint (`DTypeError+Text.swift`).
public enum DTypeError: Error, Equatable, Sendable {
  /// Nothing was written where a dtype was expected.
  case missing
  /// A spelling NumPy does not know. `suggestion` is the known name it most likely meant.
  case notUnderstood(String, suggestion: String?)
  /// A Python object that is not a dtype specification (`3`, `None`, `b'x'`).
  case notADataType(PythonLiteral)
  /// A dtype written as a Python literal whose text does not parse.
  case literal(LiteralError)
  /// A NumPy 1.x alias such as `int0` or `bool8`, removed in NumPy 2.0.
  case removedAlias(String)
  /// A kind letter with a size too large for a C int, such as `S9999999999`.
  case sizeTooLarge(String)
  /// A kind letter with a size that kind does not come in (`f3`, `i16`, `b2`).
  /// `nearest` holds the typestrings of the nearest smaller and larger valid sizes.
  case noSuchSize(String, kind: DType.Kind, size: Int, nearest: [String])
  /// A bad `[unit]` in a datetime64 or timedelta64 spelling.
  case invalidTimeUnit(String, TimeUnitProblem)
  /// Item `number` (counting from 1) of a comma string does not parse.
  case commaStringItemNotRecognized(String, number: Int)
  /// Two different byte orders given for one comma-string item, as in `>2<i4`.
  case inconsistentByteOrder(Character, Character)
  /// A tuple dtype with other than two items: `(base, shape)` is the only tuple form.
  case tupleNotBaseAndShape(count: Int)
  /// numpy's `(base, new)` form whose `new` (fields, or another type) is not as wide as
  /// `base`: `('<i4', [('a','<i8')])`. numpy's ValueError.
  case baseAndNewSizesDiffer(base: DType, new: DType)
  /// A bad shape in a subarray dtype (`('i4', (2, -3))`).
  case invalidSubarrayShape(ShapeProblem)
  /// A bad entry in the list form `[(name, format), …]`; `index` counts from 0.
  case invalidField(index: Int, FieldProblem)
  /// A bad dict form `{'names': …, 'formats': …}` or `{name: (format, offset)}`.
  case invalidDict(DictProblem)
  /// Two fields with one name.
  case duplicateFieldName(String)
  /// A title that is already a field's name or another field's title.
  case duplicateTitle(String)
  /// A structured dtype whose itemsize does not fit a C int.
  case structuredTooLarge(itemsize: Int)
  /// `dtype.descr` of a structured dtype whose field `field` overlaps the one before it or
  /// comes before it: NumPy defines no descr then.
  case descrUndefined(field: String)
  /// A size computed as `a × b` does not fit an `Int`.
  case sizeOverflows(Int, Int)
  /// An offset computed as `a + b` does not fit an `Int`.
  case offsetOverflows(Int, Int)

  /// What is wrong with the `[unit]` of a datetime spelling.
  public enum TimeUnitProblem: Equatable, Sendable {
    /// Not one of the unit names, or a count of zero.
    case unknownUnit
    /// The count before the unit is negative or beyond a C int (`[1000000000000000s]`).
    case countOutOfRange
    /// The divisor after `/` is not a positive integer.
    case invalidDivisor
    /// No finer unit divides exactly by `divisor`.
    case inexactDivision(divisor: Int)
    /// Dividing would need a unit count beyond `Int`.
    case tooFine
  }

  /// What is wrong with the shape of a subarray dtype.
  public enum ShapeProblem: Equatable, Sendable {
    /// The shape is neither an integer nor a tuple or list of them.
    case notAShape(PythonLiteral)
    /// One dimension is not an integer.
    case notADimension(PythonLiteral)
    /// One dimension is negative.
    case negativeDimension(Int)
    /// The subarray would be `itemsize` bytes, more than fit a C int.
    case tooLarge(itemsize: Int)
  }

  /// What is wrong with one entry of the list form.
  public enum FieldProblem: Equatable, Sendable {
    /// The entry is not a 2- or 3-tuple.
    case notATuple(PythonLiteral)
    /// The name in a `(title, name)` pair is not a string.
    case titledNameNotAString
    /// The name is neither a string nor a `(title, name)` pair.
    case nameNotAString(PythonLiteral)
    /// A `(title, name)` pair with an empty name.
    case titleWithoutName(title: String)
  }

  /// What is wrong with a dict form.
  public enum DictProblem: Equatable, Sendable {
    /// A key that is not a string.
    case keyNotAString(PythonLiteral)
    /// `names` or `formats` is missing or not a list.
    case missingNamesOrFormats
    /// `names` and `formats` differ in length.
    case countMismatch(names: Int, formats: Int)
    /// `offsets` is not a list as long as `names`.
    case offsetsNotOnePerName
    /// An offset that is not a non-negative integer.
    case invalidOffset(PythonLiteral)
    /// `titles` is not a list as long as `names`.
    case titlesNotOnePerName
    /// A name that is not a string.
    case nameNotAString(PythonLiteral)
    /// `itemsize` is not a non-negative integer.
    case invalidItemsize(PythonLiteral)
    /// With `align=True`, the offset of `field` is not a multiple of its alignment.
    case misalignedOffset(Int, field: String, alignment: Int)
    /// `itemsize` is smaller than the `needed` bytes the fields end at.
    case itemsizeTooSmall(Int, needed: Int)
    /// With `align=True`, `itemsize` is not a multiple of the largest field alignment.
    case misalignedItemsize(Int, alignment: Int)
    /// An entry of the `{name: (format, offset)}` form that is not of that shape.
    case invalidEntry
  }
}
