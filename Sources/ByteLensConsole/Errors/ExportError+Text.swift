import ByteLensEngine

extension ExportError: UserFacingError {
  public var message: String {
    switch self {
    case .overlappingFields(let field, let offset, let previousEnd, .cDeclaration):
      return "field \(quoted(field)) at byte \(offset) overlaps the field before it, which ends at "
        + "\(previousEnd): a C struct cannot hold overlapping fields"
    case .overlappingFields(let field, let offset, let previousEnd, .structFormat):
      return "field \(quoted(field)) at byte \(offset) overlaps the field before it, which ends at "
        + "\(previousEnd): a struct format lays fields one after another"
    case .objectDType(let dtype, .cDeclaration):
      return "'\(dtype.str)' holds Python objects, which have no C layout"
    case .objectDType(let dtype, .structFormat):
      return "'\(dtype.str)' holds Python objects, which have no struct format"
    case .mixedByteOrder(let dtype):
      return "\(dtype.description) mixes little- and big-endian fields; a struct format has "
        + "one byte order"
    case .doesNotFitU32(let size, let value):
      let what: String
      switch size {
      case .dtypeStringLength: what = "a dtype string of length"
      case .dimensionCount: what = "the number of dimensions"
      case .dimension: what = "dimension"
      }
      return "\(what) \(value) does not fit the header's u32 (at most \(UInt32.max))"
    }
  }

  public var hint: String? {
    switch self {
    case .overlappingFields(let field, _, _, .cDeclaration):
      return "select the fields you need first, e.g. [\(quoted(field))]"
    case .overlappingFields(_, _, _, .structFormat), .objectDType:
      return nil
    case .mixedByteOrder:
      return "make the byte order uniform first, e.g. 'byteorder little'"
    case .doesNotFitU32:
      return "the length-prefixed header stores sizes as struct.pack('I'); use .npy instead"
    }
  }
}
