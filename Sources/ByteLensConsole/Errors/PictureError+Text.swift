import ByteLensEngine

extension PictureError: UserFacingError {
  public var message: String {
    switch self {
    case .notRealNumbers(let picture, let dtype, let reason):
      let what: String
      switch reason {
      case .complex: what = "complex numbers"
      case .datetime: what = "dates and times"
      case .structured: what = "records"
      case .text: what = "not numbers"
      }
      return "\(picture.rawValue) draws real numbers; elements of '\(dtype)' are \(what)"
    case .emptyView(let picture, let shape):
      return "the view is empty (shape \(PythonRepr.tuple(shape))): \(picture.rawValue) has "
        + "nothing to draw"
    case .zeroDimensional(let picture):
      return "\(picture.rawValue) draws a line through values; a 0-d view holds one"
    case .needsTwoDimensions(let shape):
      return "image draws a 2-D view; this one has shape \(PythonRepr.tuple(shape))"
    case .emptySource(let name):
      return "\(name) has no bytes: there is nothing to map"
    }
  }

  public var hint: String? {
    switch self {
    case .notRealNumbers(_, let dtype, let reason):
      switch reason {
      case .complex:
        let order = dtype.first.map(String.init) ?? ""
        let size = Int(dtype.drop { !$0.isNumber }).map { String($0 / 2) } ?? ""
        return "view the real and imaginary parts as floats: as \(order)f\(size)"
      case .datetime: return "view the counts as integers: as <i8"
      case .structured: return "pick a numeric field first, e.g. ['value']"
      case .text: return "view the bytes as numbers first, e.g. as u1"
      }
    case .zeroDimensional: return "'show' prints it"
    case .needsTwoDimensions(let shape):
      if shape.count > 2 { return "pick a plane first, e.g. [0]" }
      return "give it rows first, e.g. reshape -1,64 (the row width in elements)"
    case .emptyView, .emptySource: return nil
    }
  }
}
