import ByteLensEngine

extension CastError: UserFacingError {
  public var message: String {
    switch self {
    case .notSupported(let dtype, let target):
      if dtype.hasObject || target.hasObject {
        return "astype does not make object arrays ('\(target.str)'): they hold pointers to "
          + "Python objects, not bytes"
      }
      if dtype.isStructured && target.isStructured {
        return "cannot cast a record of \(Self.fieldCount(dtype)) to one of "
          + "\(Self.fieldCount(target)): numpy casts records field by field, by position"
      }
      if dtype.isStructured {
        return "cannot cast a record of \(Self.fieldCount(dtype)) to '\(target.str)': numpy "
          + "casts only a record of one field to a dtype without fields"
      }
      return "cannot cast '\(dtype.str)' to '\(target.str)' (numpy refuses it too)"
    case .notANumber(let text, let target):
      return "cannot convert \(quoted(text)) to \(Self.kindName(target)) '\(target.str)'"
    case .outOfBounds(let digits, let target):
      return "integer \(digits) is out of bounds for '\(target.str)'"
    case .notASCII(let text):
      return "cannot convert \(quoted(text)) to bytes: it is not ASCII"
    case .notASCIIBytes(let bytes):
      return "cannot convert \(PythonRepr.bytes(bytes)) to text: byte values above 0x7f are "
        + "not ASCII"
    case .genericDatetime:
      return "cannot convert a datetime64 value other than NaT with generic units"
    case .specificToGenericUnits(let source, let target):
      return "cannot cast '\(source.str)' to '\(target.str)': numpy does not convert specific "
        + "units to generic ones"
    case .datetimeTextTooLong(let length, let width):
      return "a datetime64 written as text takes \(length) characters, more than the \(width) "
        + "the target holds"
    case .notACodePoint(let unit):
      return "code point \(Hex.offset(Int(unit))) is beyond U+10FFFF"
    }
  }

  public var hint: String? {
    switch self {
    case .notSupported(let dtype, let target) where dtype.isStructured && !target.isStructured:
      guard let name = dtype.fields.first?.name else { return nil }
      return "select a field first, e.g. ['\(name)']"
    case .notSupported(let dtype, _) where dtype.isStructured:
      return nil
    case .notSupported(_, let target) where !target.isStructured && !target.hasObject:
      return "to read the same bytes differently, use 'as \(target.str)'"
    case .notANumber(_, let target) where target.kind == .int || target.kind == .uint:
      return "integers are written in decimal digits, as Python's int() reads them"
    case .outOfBounds(_, let target):
      return "'\(target.str)' holds \(Self.range(target))"
    case .datetimeTextTooLong:
      return "use a sizeless 'U' or 'S': numpy then takes the width the unit needs"
    case .genericDatetime:
      return "give the datetime64 a unit, e.g. 'M8[s]'"
    case .specificToGenericUnits(let source, _):
      return "give the field a unit, e.g. '\(source.str)'"
    default:
      return nil
    }
  }

  private static func fieldCount(_ dtype: DType) -> String {
    dtype.fields.count == 1 ? "1 field" : "\(dtype.fields.count) fields"
  }

  private static func kindName(_ dtype: DType) -> String {
    switch dtype.kind {
    case .int, .uint: return "an integer"
    case .float: return "a float"
    case .complex: return "a complex"
    case .datetime: return "a datetime"
    case .timedelta: return "a timedelta"
    default: return "a value of"
    }
  }

  private static func range(_ dtype: DType) -> String {
    let bits = dtype.itemsize * 8
    if dtype.kind == .uint {
      return "0 to \(bits == 64 ? UInt64.max : (UInt64(1) << bits) - 1)"
    }
    return "\(bits == 64 ? Int64.min : -(Int64(1) << (bits - 1))) to "
      + "\(bits == 64 ? Int64.max : (Int64(1) << (bits - 1)) - 1)"
  }
}
