import ByteLensEngine

extension LiteralError: UserFacingError {
  public var message: String {
    switch self {
    case .syntax(let syntax, let column):
      return "\(Self.text(syntax)) at column \(column) of the literal"
    case .inhomogeneousShape(let first, let other):
      return "setting an array element with a sequence: the nested lists have an inhomogeneous "
        + "shape (\(PythonRepr.tuple(first)) vs \(PythonRepr.tuple(other)))"
    case .integerTooLarge(let digits):
      return "Python integer \(digits) does not fit in 64 bits"
    case .notAnArrayValue(let value):
      return "cannot put \(value.pythonText) in an array"
    case .objectArray(let dtype):
      return "cannot build an array of '\(dtype.str)': object arrays are not bytes"
    case .zeroItemsize(let dtype):
      return "cannot build an array of '\(dtype.str)': its itemsize is zero"
    case .recordNeedsTuple(let value, let record):
      return "a record of '\(record.description)' needs a tuple of \(record.fields.count) "
        + "values, got \(value.pythonText)"
    case .subarrayShapeMismatch(let expected, let got):
      return "a subarray of shape \(PythonRepr.tuple(expected)) got \(PythonRepr.tuple(got))"
    case .notStorable(let value, let dtype, let reason):
      return Self.message(value, dtype, reason)
    case .voidLengthsDiffer(let first, let other):
      return "void values of different lengths (\(first) and \(other) bytes) for a sizeless 'V'"
    case .unitsTooFarApart(let coarse, let fine):
      return "no common datetime64 unit for [\(coarse.rawValue)] and [\(fine.rawValue)]: the "
        + "factor between them overflows"
    case .invalidDate(let text, let problem):
      return Self.message(text, problem)
    }
  }

  public var hint: String? {
    switch self {
    case .inhomogeneousShape:
      return "every row must have the same length"
    case .notAnArrayValue:
      return "values: numbers, True/False, 'text', b'bytes', nested lists"
    case .invalidDate(_, .needsUnit), .notStorable(_, _, .integerNeedsUnit):
      return "use e.g. 'M8[D]' or 'M8[s]'"
    case .unitsTooFarApart:
      return "give the unit, e.g. 'M8[ns]'"
    case .voidLengthsDiffer:
      return "give the size, e.g. 'V4', or use 'S' to pad the shorter values"
    case .syntax(.tooManyValues, _):
      return "load a larger array from a file: load PATH as DT"
    default:
      return nil
    }
  }

  private static func text(_ syntax: Syntax) -> String {
    switch syntax {
    case .unexpected(let character): return "unexpected \(quoted(character))"
    case .unexpectedEnd: return "unexpected end"
    case .nestedTooDeep(let limit): return "nesting deeper than \(limit) levels"
    case .tooManyValues(let limit):
      return "value number \(limit + 1), past the \(limit) one literal may hold,"
    case .missingClose(let closing): return "missing \(quoted(closing))"
    case .expectedCommaOrClose(let closing, let found):
      return "expected ',' or \(quoted(closing)) but found \(quoted(found))"
    case .expectedColon: return "expected ':' in a dict"
    case .expectedCommaInDict: return "expected ',' or '}' in a dict"
    case .expectedNumber: return "expected a number"
    case .nameNotALiteral(let word):
      return "\(quoted(word, limit: 24)) is a name, not a literal"
    case .notANumber(let text): return "\(quoted(text)) is not a number"
    case .unterminatedString: return "unterminated string"
    case .badEscape(let letter): return "bad \\\(letter) escape"
    }
  }

  private static func message(_ value: PythonLiteral, _ dtype: DType, _ reason: Storing) -> String {
    switch reason {
    case .notASCII:
      let text: String
      if case .string(let string) = value { text = string } else { text = value.pythonText }
      return "\(quoted(text)) is not ASCII, so it cannot be stored as bytes '\(dtype.str)'"
    case .voidNeedsBytes:
      return "a void '\(dtype.str)' element needs b'...' bytes, got \(value.pythonText)"
    case .datetimeNeedsTextOrInteger:
      return "a datetime64 element needs 'YYYY-MM-DD…' text or an integer, got "
        + value.pythonText
    case .timedeltaNeedsInteger:
      return "a timedelta64 element needs an integer, got \(value.pythonText)"
    case .integerNeedsUnit:
      return "converting the integer \(value.pythonText) to a datetime64 requires a unit"
    case .textNotANumber:
      return "could not convert \(value.pythonText) to '\(dtype.str)'"
    case .outOfBounds:
      return "Python integer \(value.pythonText) out of bounds for \(dtype.name)"
    case .notFinite:
      return "cannot convert float \(value.pythonText) to integer"
    case .losesImaginaryPart:
      return "cannot put complex \(value.pythonText) in '\(dtype.str)' without losing the "
        + "imaginary part"
    case .unconvertible:
      return "cannot convert \(value.pythonText) to '\(dtype.str)'"
    }
  }

  private static func message(_ text: String, _ problem: DateProblem) -> String {
    switch problem {
    case .notISO:
      return "\(quoted(text)) is not an ISO date such as 2020-01-31 or 2020-01-31T12:00:00"
    case .needsUnit:
      return "cannot read \(quoted(text)) as a datetime64 without a unit"
    }
  }
}
