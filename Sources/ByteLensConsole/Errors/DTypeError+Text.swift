import ByteLensEngine

extension DTypeError: UserFacingError {
  public var message: String {
    switch self {
    case .missing:
      return "missing data type"
    case .notUnderstood(let text, _):
      return "data type \(quoted(text)) not understood"
    case .notADataType(let literal):
      return "data type \(literal.pythonText) not understood"
    case .literal(let error):
      return error.message
    case .removedAlias(let text):
      return "data type \(quoted(text)) was removed in NumPy 2.0"
    case .sizeTooLarge(let text):
      return "data type \(quoted(text)) is too large"
    case .noSuchSize(let text, let kind, let size, _):
      return "data type \(quoted(text)) not understood: there is no \(size)-byte \(Self.noun(kind))"
    case .invalidTimeUnit(let text, .unknownUnit), .invalidTimeUnit(let text, .invalidDivisor):
      return "invalid datetime unit in \(quoted(text))"
    case .invalidTimeUnit(let text, .countOutOfRange):
      return "the unit count in \(quoted(text)) must be from 1 to 2147483647"
    case .invalidTimeUnit(let text, .inexactDivision(let divisor)):
      return "cannot divide the unit of \(quoted(text)) by \(divisor) exactly"
    case .invalidTimeUnit(let text, .tooFine):
      return "datetime unit of \(quoted(text)) is too fine"
    case .commaStringItemNotRecognized(let text, let number):
      return "format number \(number) of \(quoted(text)) is not recognized"
    case .inconsistentByteOrder(let first, let second):
      return "inconsistent byte-order specification \(first) and \(second)"
    case .tupleNotBaseAndShape(let count):
      return "a tuple data type must be (base, shape), not a \(count)-tuple"
    case .baseAndNewSizesDiffer:
      return "mismatch in size of old and new data-descriptor"
    case .invalidSubarrayShape(let problem):
      return Self.message(problem)
    case .invalidField(let index, let problem):
      return Self.message(problem, index: index)
    case .invalidDict(let problem):
      return Self.message(problem)
    case .duplicateFieldName(let name):
      return "field \(quoted(name)) occurs more than once"
    case .duplicateTitle(let title):
      return "title \(quoted(title)) is already used as a name or title"
    case .structuredTooLarge(let itemsize):
      return "structured data type of \(itemsize) bytes is too large"
    case .descrUndefined:
      return "dtype.descr is not defined for types with overlapping or out-of-order fields"
    case .sizeOverflows(let a, let b):
      return "size \(a) × \(b) overflows a 64-bit integer"
    case .offsetOverflows(let a, let b):
      return "offset \(a) + \(b) overflows a 64-bit integer"
    }
  }

  public var hint: String? {
    switch self {
    case .notUnderstood(let text, let suggestion):
      if let suggestion { return "did you mean \(quoted(suggestion))?" }
      if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
        return "remove the spaces"
      }
      return "try 'help dtypes' for the spellings"
    case .literal(let error):
      return error.hint
    case .removedAlias(let text):
      return "use a name without a digit at the end, e.g. '\(text.filter { !$0.isNumber })'"
    case .noSuchSize(_, _, _, let nearest):
      guard !nearest.isEmpty else { return nil }
      return "did you mean " + nearest.map { "\(quoted($0))" }.joined(separator: " or ") + "?"
    case .invalidTimeUnit(_, .unknownUnit):
      return "units: Y M W D h m s ms us ns ps fs as, with an optional count such as [5s]"
    case .tupleNotBaseAndShape:
      return "for example ('<i4', (2, 3))"
    case .baseAndNewSizesDiffer(let base, let new):
      return "in (base, fields) the fields take \(new.itemsize) bytes and the base \(base.itemsize); "
        + "they must be as wide, e.g. ('<i8', [('a','<i4'),('b','<i4')])"
    case .invalidField(_, .titleWithoutName(let title)):
      return "give the field a name: ((\(quoted(title)), 'name'), format)"
    default:
      return nil
    }
  }

  /// The kind named in "there is no N-byte …".
  private static func noun(_ kind: DType.Kind) -> String {
    switch kind {
    case .bool: return "bool"
    case .int: return "signed integer"
    case .uint: return "unsigned integer"
    case .float: return "float"
    case .complex: return "complex"
    default: return "datetime/timedelta"
    }
  }

  private static func message(_ problem: ShapeProblem) -> String {
    switch problem {
    case .notAShape(let literal):
      return "invalid shape \(literal.pythonText) in a subarray data type"
    case .notADimension(let literal):
      return "invalid dimension \(literal.pythonText) in a subarray shape"
    case .negativeDimension(let value):
      return "invalid shape in fixed-type tuple: dimension \(value) is negative"
    case .tooLarge:
      return "invalid shape in fixed-type tuple: dtype size in bytes must fit into a C int"
    }
  }

  private static func message(_ problem: FieldProblem, index: Int) -> String {
    switch problem {
    case .notATuple(let item):
      return "field \(index) of a list data type must be a (name, format) or "
        + "(name, format, shape) tuple, not \(item.pythonText)"
    case .titledNameNotAString:
      return "field \(index): the name in a (title, name) pair must be a string"
    case .nameNotAString(let name):
      return "field \(index): name \(name.pythonText) must be a string"
    case .titleWithoutName(let title):
      return "field \(index) has the title \(quoted(title)) but an empty name"
    }
  }

  private static func message(_ problem: DictProblem) -> String {
    switch problem {
    case .keyNotAString(let key):
      return "dict data type keys must be strings, not \(key.pythonText)"
    case .missingNamesOrFormats:
      return "a dict data type needs 'names' and 'formats' lists"
    case .countMismatch(let names, let formats):
      return "'names' has \(names) entries but 'formats' has \(formats)"
    case .offsetsNotOnePerName:
      return "'offsets' must be a list with one offset per name"
    case .invalidOffset(let offset):
      return "offset \(offset.pythonText) must be a non-negative integer"
    case .titlesNotOnePerName:
      return "'titles' must be a list with one title per name"
    case .nameNotAString(let name):
      return "field name \(name.pythonText) must be a string"
    case .invalidItemsize(let size):
      return "'itemsize' must be a non-negative integer, not \(size.pythonText)"
    case .misalignedOffset(let offset, let field, let alignment):
      return "offset \(offset) of field \(quoted(field)) is not divisible by its alignment "
        + "\(alignment) with align=True"
    case .itemsizeTooSmall(let itemsize, let needed):
      return "the fields need \(needed) bytes, so 'itemsize' cannot be the smaller \(itemsize)"
    case .misalignedItemsize(let itemsize, let alignment):
      return "'itemsize' \(itemsize) must be a multiple of the alignment \(alignment) "
        + "with align=True"
    case .invalidEntry:
      return "a dict data type needs 'names' and 'formats', or entries name: (format, offset)"
    }
  }
}
