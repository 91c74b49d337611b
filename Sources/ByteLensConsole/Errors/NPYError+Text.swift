import ByteLensEngine

extension NPYError: UserFacingError {
  public var message: String {
    switch self {
    case .tooShort(let name, let count):
      return
        "\(quotedPath(name)) is too short for a .npy file: \(count) bytes, the magic and version "
        + "alone take 8"
    case .notNPY(let name, let prefix):
      return "\(quotedPath(name)) is not a .npy file: it starts with \(PythonRepr.bytes(prefix)), "
        + "not b'\\x93NUMPY'"
    case .unsupportedVersion(let name, let major, let minor):
      return
        "\(quotedPath(name)) is .npy version \(major).\(minor); "
        + "numpy reads versions 1.0, 2.0 and 3.0"
    case .endsInHeaderLength(let name, let count, let major, let headerStart):
      return "\(quotedPath(name)) ends inside the header length: \(count) bytes, the header of a "
        + ".npy \(major).0 file starts at byte \(headerStart)"
    case .headerCutShort(let name, let length, let available, let headerStart):
      return "\(quotedPath(name)) is cut short: its header says \(length) bytes, but only "
        + "\(available) follow byte \(headerStart)"
    case .headerTooLong(let name, let length):
      let size: String
      switch length {
      case .bytes(let count): size = "\(count) bytes"
      case .characters(let count): size = "\(count) characters"
      }
      return "the header of \(quotedPath(name)) is \(size) long, over numpy's safety limit of "
        + "\(NPYHeader.maximumHeaderCharacters) characters"
    case .headerNotUTF8(let name):
      return "the header of \(quotedPath(name)) (.npy 3.0) is not valid UTF-8"
    case .notALiteral(let header, let error):
      return "cannot parse the .npy header \(header): \(error.message)"
    case .notADict(let header):
      return "the .npy header is not a dict: \(header)"
    case .wrongKeys(let keys):
      return "the .npy header has the keys [\(keys.map(\.pythonText).joined(separator: ", "))]; "
        + "it needs exactly 'descr', 'fortran_order' and 'shape'"
    case .invalidShape(let shape, let problem):
      return "shape in the .npy header is not valid: \(shape)\(Self.reason(problem))"
    case .invalidFortranOrder(let value):
      return "fortran_order in the .npy header is not a valid bool: \(value)"
    case .invalidDescr(let descr, let problem):
      return "descr in the .npy header is not a valid dtype descriptor: \(descr): "
        + Self.message(problem)
    case .objectArray(let descr):
      return "the .npy file holds an object array (descr \(descr)): its data is a Python "
        + "pickle, which bytelens never loads"
    case .zeroItemsize(let dtype):
      return "descr '\(dtype.str)' in the .npy header has itemsize 0"
    case .dataCutShort(let name, let shape, let dtype, let needed, let headerSize, let available):
      return
        "\(quotedPath(name)) is cut short: shape \(PythonRepr.tuple(shape)) of "
        + "'\(dtype.str)' needs "
        + "\(needed) bytes of data after the \(headerSize)-byte header, but the file has "
        + "\(available)"
    case .cannotSaveObjects(let dtype):
      return "cannot save '\(dtype.str)': object arrays are Python pickles in .npy"
    case .noDescr(let error):
      return "cannot save as .npy: \(error.message)"
    }
  }

  public var hint: String? {
    switch self {
    case .headerTooLong:
      return "numpy refuses it too unless told max_header_size or allow_pickle=True"
    case .objectArray:
      return "numpy loads it only with allow_pickle=True, which can run arbitrary code"
    case .dataCutShort(let name, _, _, _, _, _):
      return "'load \(name) as u1' shows the bytes that are there"
    case .noDescr:
      return "save raw bytes instead ('save PATH raw'), or select fields first"
    default:
      return nil
    }
  }

  /// What follows the shape in "shape in the .npy header is not valid: …".
  private static func reason(_ problem: ShapeProblem) -> String {
    switch problem {
    case .notATuple: return ", it must be a tuple"
    case .dimensionTooLarge(let digits): return ": \(digits) is too large"
    case .negativeDimension(let value): return ": dimension \(value) is negative"
    case .notAnInteger(let item): return ": \(item) is not an integer"
    case .tooManyDimensions(let count):
      return ": \(count) dimensions, numpy allows \(ArrayView.maximumDimensions)"
    }
  }

  /// Why a descr is not a dtype: the inner dtype error's words, or the descr's own problem.
  private static func message(_ problem: DescrProblem) -> String {
    switch problem {
    case .dtype(let error):
      return error.message
    case .tupleNotDescrAndShape(let count):
      return "a (descr, shape) tuple needs 2 items, not \(count)"
    case .fieldNotATuple(let index, let item):
      return "field \(index) must be a (name, descr) or (name, descr, shape) tuple, not \(item)"
    case .titledNameNotAString(let index):
      return "field \(index): the name of a (title, name) pair must be a string"
    case .nameNotAString(let index, let name):
      return "field \(index): the name \(name) is not a string"
    case .duplicateField(let name):
      return "field \(quotedPath(name)) occurs more than once"
    case .notADescr(let descr):
      return "\(descr) is not a string, tuple or list"
    }
  }
}
