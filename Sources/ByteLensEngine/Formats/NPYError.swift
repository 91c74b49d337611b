/// Why a `.npy` file could not be read, or an array could not be written as one.
///
/// Cases carry what failed — the source's name, the sizes, the part of the header (abbreviated
/// as Python writes it), an inner dtype or literal error — and no words: the console writes the
/// message and hint (`NPYError+Text.swift`).
public enum NPYError: Error, Equatable, Sendable {
  // MARK: Reading

  /// Fewer than the 8 bytes of magic and version.
  case tooShort(name: String, count: Int)
  /// The first bytes are not `\x93NUMPY`; `prefix` holds the first 6.
  case notNPY(name: String, prefix: [UInt8])
  /// A version numpy does not read (it reads 1.0, 2.0 and 3.0).
  case unsupportedVersion(name: String, major: UInt8, minor: UInt8)
  /// The source ends inside the header length field; the header would start at `headerStart`.
  case endsInHeaderLength(name: String, count: Int, major: UInt8, headerStart: Int)
  /// The header length says `length` bytes, but only `available` follow byte `headerStart`.
  case headerCutShort(name: String, length: Int, available: Int, headerStart: Int)
  /// A header over numpy's safety limit (`NPYHeader.maximumHeaderCharacters`).
  case headerTooLong(name: String, HeaderLength)
  /// A version 3.0 header whose bytes are not UTF-8.
  case headerNotUTF8(name: String)
  /// The header is not a Python literal.
  case notALiteral(header: String, LiteralError)
  /// The header is a literal but not a dict.
  case notADict(String)
  /// The dict's keys are not exactly `descr`, `fortran_order` and `shape`: the keys it has,
  /// the string keys sorted, then a key that is not a string.
  case wrongKeys([PythonLiteral])
  /// The `shape` value (abbreviated) is not a tuple of non-negative integers.
  case invalidShape(String, ShapeProblem)
  /// The `fortran_order` value (abbreviated) is not a bool.
  case invalidFortranOrder(String)
  /// The `descr` value (abbreviated) is not a dtype numpy accepts.
  case invalidDescr(String, DescrProblem)
  /// The dtype (its descr, abbreviated) holds Python objects: the data is a pickle.
  case objectArray(descr: String)
  /// A descr whose dtype has itemsize 0.
  case zeroItemsize(DType)
  /// Data shorter than the shape needs: `needed` bytes after the `headerSize`-byte header,
  /// of which the file has `available`.
  case dataCutShort(
    name: String, shape: [Int], dtype: DType, needed: Int, headerSize: Int, available: Int)

  // MARK: Writing

  /// Object arrays are Python pickles in `.npy`, which bytelens does not write.
  case cannotSaveObjects(DType)
  /// A structured dtype that has no descr (overlapping or out-of-order fields).
  case noDescr(DTypeError)

  /// How long a refused header is.
  public enum HeaderLength: Equatable, Sendable {
    /// The length field, before decoding.
    case bytes(Int)
    /// The decoded text.
    case characters(Int)
  }

  /// What is wrong with the `shape` of a header.
  public enum ShapeProblem: Equatable, Sendable {
    case notATuple
    /// A dimension (its digits) that does not fit an `Int`.
    case dimensionTooLarge(String)
    case negativeDimension(Int)
    /// An item (as Python writes it) that is not an integer.
    case notAnInteger(String)
    /// More dimensions than `ArrayView.maximumDimensions`.
    case tooManyDimensions(Int)
  }

  /// What is wrong with a `descr`, as numpy's `descr_to_dtype` reads it. Thrown by
  /// `NPYHeader.descrToDType`; a header error wraps it with the descr's text.
  public enum DescrProblem: Error, Equatable, Sendable {
    /// A typestring, shape or field list that is not a valid dtype.
    case dtype(DTypeError)
    /// A `(descr, shape)` tuple with `count` items.
    case tupleNotDescrAndShape(count: Int)
    /// Field `index` (abbreviated) is not a 2- or 3-tuple.
    case fieldNotATuple(index: Int, String)
    /// Field `index` has a `(title, name)` pair whose name is not a string.
    case titledNameNotAString(index: Int)
    /// Field `index` has a name (as Python writes it) that is not a string.
    case nameNotAString(index: Int, String)
    case duplicateField(String)
    /// A descr (abbreviated) that is not a string, tuple or list.
    case notADescr(String)
  }
}
