import ByteLensEngine

extension RenderError: UserFacingError {
  public var message: String {
    switch self {
    case .nothingToInspect(let source):
      return "\(source) has no bytes: there is nothing to inspect"
    case .offsetOutside(let offset, let source, let count, _):
      return
        "offset \(offset) is outside \(source), which has \(count) byte\(count == 1 ? "" : "s")"
    case .nothingToExplain(let shape):
      return "the view is empty (shape \(PythonRepr.tuple(shape))): there is no element to explain"
    case .elementTooLarge(let dtype, let itemsize, let limit, _):
      return "explain reads one element whole; elements of '\(dtype)' have \(itemsize) bytes, "
        + "more than \(limit)"
    case .tooManyDimensions(let shape, let limit):
      return "layout draws up to \(limit) dimensions; this view has \(shape.count), shape "
        + PythonRepr.tuple(shape)
    case .noDTypes:
      return "compare needs a dtype or more"
    case .objectDType(let dtype):
      return "cannot compare '\(dtype)': object arrays hold pointers to Python objects"
    case .zeroItemsize(let dtype):
      return "cannot compare '\(dtype)': its itemsize is 0"
    case .hexdumpWidth(let width, let allowed):
      return "hexdump width must lie between \(allowed.lowerBound) and \(allowed.upperBound) "
        + "bytes, not \(width)"
    case .hexdumpRows(let rows):
      return "hexdump needs 1 row or more, not \(rows)"
    case .valuesNotNumbers(let dtype):
      return "hexdump values shows numbers; elements of '\(dtype)' are not numbers"
    case .valuesNeedOneDimension(let shape):
      return "hexdump values needs a 1-D view; this one has shape \(PythonRepr.tuple(shape))"
    }
  }

  public var hint: String? {
    switch self {
    case .offsetOutside(_, _, let count, let command):
      return command == .inspect && count > 0 ? "offsets run from 0 to \(count - 1)" : nil
    case .elementTooLarge(_, _, _, let lastField):
      return lastField.map { "explain one field of it, e.g. explain [0][\(quoted($0))]" }
        ?? "'inspect OFFSET' and 'hexdump' show its bytes"
    case .tooManyDimensions:
      return "pick a part first, e.g. [0], or reshape it"
    case .zeroItemsize:
      return "give a size, e.g. 'S8'"
    case .valuesNotNumbers:
      return "'show' prints them; 'hexdump' without 'values' shows their bytes"
    case .valuesNeedOneDimension:
      return "pick a row first (e.g. [0]) or flatten it with 'reshape -1'"
    case .nothingToInspect, .nothingToExplain, .noDTypes, .objectDType, .hexdumpWidth,
      .hexdumpRows:
      return nil
    }
  }
}
