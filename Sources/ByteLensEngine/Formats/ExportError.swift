/// Why a dtype could not be written as a C declaration, a struct format or a
/// length-prefixed header. Cases carry the dtype, field names and numbers; the console words
/// them (`ExportError+Text.swift`).
public enum ExportError: Error, Equatable, Sendable {
  /// Field `field` at byte `offset` overlaps the field before it, which ends at `previousEnd`.
  case overlappingFields(field: String, offset: Int, previousEnd: Int, format: Format)
  /// The dtype holds Python objects, which have no fixed layout.
  case objectDType(DType, format: Format)
  /// A struct format has one byte order; the dtype mixes little- and big-endian fields.
  case mixedByteOrder(DType)
  /// A length-prefixed header stores sizes as u32: `value` does not fit.
  case doesNotFitU32(HeaderSize, value: Int)

  /// What the dtype was being written as.
  public enum Format: Equatable, Sendable {
    case cDeclaration
    case structFormat
  }

  /// Which size of a length-prefixed header is too large.
  public enum HeaderSize: Equatable, Sendable {
    case dtypeStringLength
    case dimensionCount
    case dimension
  }
}
