import ByteLensEngine

extension SearchError: UserFacingError {
  public var message: String {
    switch self {
    case .emptyPattern:
      return "the pattern to find is empty: it needs at least one byte"
    case .notANumber(let text):
      return "\(quoted(text)) is not a number to find"
    case .unsupportedDType(let dtype):
      let name = dtype.description == dtype.str ? "" : " (\(dtype.description))"
      return "find searches for integers and floats, not \(quoted(dtype.str))\(name)"
    case .notAnInteger(let text, let dtype):
      return "\(quoted(text)) is not an integer, and \(dtype.name) holds only integers"
    case .integerOutOfRange(let text, let dtype, let minimum, let maximum):
      return "\(text) is out of bounds for \(dtype.name), which holds \(minimum) to \(maximum)"
    case .floatOverflows(let text, let dtype):
      return "\(text) overflows \(dtype.name): cast to it, the value is inf"
    case .floatUnderflows(let text, let dtype):
      return "\(text) underflows \(dtype.name): cast to it, the value is 0"
    case .invalidTolerance(let text):
      return "the tolerance must be a number ≥ 0, not \(quoted(text))"
    case .toleranceWithNaN:
      return "nan is within no tolerance of anything (nan - x is nan)"
    }
  }

  public var hint: String? {
    switch self {
    case .emptyPattern:
      return "for example: find b'IHDR', find \"data\", find 89 50 4e 47"
    case .notANumber:
      return "a value is an integer (22050, -1, 0x5622), a float (3.14159, 1e300), nan or inf"
    case .unsupportedDType(let dtype):
      switch dtype.kind {
      case .bytes, .unicode: return "to find text: find \"TEXT\" or find b'TEXT'"
      case .bool: return "True is the byte 01: find 01, or find 1 as u1"
      case .complex:
        return "a complex number is two floats: find one part, e.g. find 1.5 as f\(dtype.itemsize / 2)"
      case .datetime, .timedelta: return "they are counts of their unit: find N as i8"
      default: return "find a field's value with its own dtype, or the bytes: find b'..'"
      }
    case .notAnInteger(let text, let dtype):
      if text.lowercased().hasSuffix("nan") {
        return "NaN is a float: find nan as f\(max(dtype.itemsize, 2)) finds every NaN"
      }
      return "to find integers near it: find \(text) as \(dtype.str) tol 0.5"
    case .integerOutOfRange(let text, let dtype, _, _) where dtype.kind == .uint && text.hasPrefix("-"):
      return "unsigned integers are never negative; a signed dtype holds it: find \(text) as "
        + "i\(dtype.itemsize)"
    case .integerOutOfRange, .floatOverflows, .floatUnderflows:
      return "a wider dtype holds it, or give a tolerance (tol) to find nearby values"
    case .invalidTolerance:
      return "for example: find 3.14159 as f8 tol 1e-5"
    case .toleranceWithNaN:
      return "find nan as f8 (without tol) finds every NaN"
    }
  }
}
