import ByteLensEngine

extension PrintingError: UserFacingError {
  public var message: String {
    switch self {
    case .genericDatetimeValue:
      return "cannot convert a datetime64 value other than NaT with generic units"
    case .floatFormatWithoutFiniteElements:
      return "edgeitems leaves no finite value to choose the float format from"
    case .unusablePrecision(let precision):
      return precision < 0
        ? "precision must be >= 0" : "precision \(precision) is too large for a C int"
    case .formattingResultTooLarge:
      return "Float formatting result too large"
    case .notAnInteger(let dtype):
      return "'\(dtype.scalarTypeName)' object cannot be interpreted as an integer"
    }
  }

  public var hint: String? {
    switch self {
    case .genericDatetimeValue: return nil
    case .floatFormatWithoutFiniteElements:
      return "numpy fails here too (a TypeError); 'set edgeitems 3' restores the default"
    case .unusablePrecision(let precision):
      return "numpy takes 'precision=\(precision)' and then refuses to print floats with it"
    case .formattingResultTooLarge:
      return "numpy's float text holds 16383 characters; lower precision (or shorten nanstr/infstr)"
    case .notAnInteger:
      return "hex, oct and bin take integers (numpy fails too); set formatter int hex, or set formatter none"
    }
  }
}
