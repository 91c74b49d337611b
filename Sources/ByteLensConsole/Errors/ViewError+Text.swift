import ByteLensEngine

extension ViewError: UserFacingError {
  public var message: String {
    switch self {
    case .bytesDoNotFitShape(let shape, let dtype, let needed, let count):
      return "shape \(PythonRepr.tuple(shape)) of '\(dtype.str)' needs \(needed) bytes, "
        + "got \(count)"
    case .tooManyDimensions(let count):
      return "maximum supported dimension for an array is \(ArrayView.maximumDimensions), "
        + "found \(count)"
    case .negativeDimension(let dim):
      return "negative dimensions are not allowed: \(dim)"
    case .arrayTooBig(let shape, let itemsize):
      return "array is too big: shape \(PythonRepr.tuple(shape)) of itemsize \(itemsize) "
        + "is larger than the maximum possible size"
    case .tooManyElements(let shape):
      return "shape \(PythonRepr.tuple(shape)) has more elements than a 64-bit count holds"
    case .cannotRead(let dtype, let problem):
      return Self.message(reading: dtype, problem)
    case .cannotView(let dtype, let newType, let problem):
      return Self.message(viewing: dtype, as: newType, problem)
    case .reshapeOrderNotPermitted(let order):
      return "order '\(order.rawValue)' is not permitted for reshaping"
    case .cannotReshape(let count, let shape, let problem):
      let text = PythonRepr.tuple(shape)
      switch problem {
      case .twoUnknownDimensions:
        return "can only specify one unknown dimension (-1) in \(text)"
      case .sizeOverflows:
        return "cannot reshape \(count) elements into \(text): its size overflows a 64-bit count"
      case .notAMultiple(let known):
        return "cannot reshape \(count) elements into \(text): \(count) is not a multiple of "
          + "\(known)"
      case .holds(let known):
        return "cannot reshape \(count) elements into \(text), which holds \(known)"
      }
    case .axesDoNotMatch(let axes, let ndim):
      return "axes \(PythonRepr.tuple(axes)) don't match array: it has \(ndim) "
        + "dimension\(ndim == 1 ? "" : "s")"
    case .axisOutOfBounds(let axis, let ndim):
      return "axis \(axis) is out of bounds for array of dimension \(ndim)"
    case .repeatedAxis(let axis, let axes):
      return "repeated axis \(axis) in transpose \(PythonRepr.tuple(axes))"
    case .wrongIndexCount(let count, let shape):
      return "expected \(shape.count) indices for shape \(PythonRepr.tuple(shape)), got \(count)"
    case .indexOutOfBounds(let index, let axis, let size):
      return "index \(index) is out of bounds for axis \(axis) with size \(size)"
    case .tooManyIndices(let count, let ndim):
      return "too many indices for array: array is \(ndim)-dimensional, but \(count) were "
        + "indexed"
    case .fieldNotTheOnlyIndex:
      return "a field name must be the only index: use ['name'] on its own, then index"
    case .booleanNotTheOnlyIndex:
      return "True or False must be the only index: boolean indexing beside other items is "
        + "not supported"
    case .multipleEllipses:
      return "an index can only have a single ellipsis ('...')"
    case .zeroSliceStep:
      return "slice step cannot be zero"
    case .noFields(let dtype, .field(let name)):
      return "cannot select field \(quoted(name)): dtype '\(dtype.str)' has no fields"
    case .noFields(let dtype, _):
      return "cannot select fields: dtype '\(dtype.str)' has no fields"
    case .noSuchField(let name, _, _):
      return "no field of name \(quoted(name))"
    case .duplicateField(let name):
      return "duplicate field of name \(quoted(name))"
    case .copyTooLarge(let bytes, let limit):
      return "a copy would take \(bytes) bytes, more than the \(limit >> 20) MiB limit"
    }
  }

  public var hint: String? {
    switch self {
    case .cannotRead(let dtype, let problem):
      return Self.hint(reading: dtype, problem)
    case .cannotView(let dtype, _, .lastAxisDoesNotDivide(let length)):
      return "the last axis holds \(length) × \(dtype.itemsize) bytes; change the shape or "
        + "'count' so it divides"
    case .cannotView(_, _, .lastAxisNotContiguous):
      return "make a contiguous copy first with 'copy'"
    case .reshapeOrderNotPermitted:
      return "use C, F or A"
    case .cannotReshape(let count, _, .notAMultiple), .cannotReshape(let count, _, .holds):
      return Self.factors(count)
    case .noFields(_, .field):
      return "only structured dtypes such as [('id','<i4'),('value','<f8')] have fields"
    case .noSuchField(let name, .field, let fields):
      return closestName(to: name, among: fields).map { "did you mean \(quoted($0))?" }
        ?? "fields: " + fields.map { "\(quoted($0))" }.joined(separator: ", ")
    case .arrayTooBig:
      return "as in numpy, the nonzero dimensions times the itemsize must fit in 63 bits, "
        + "even when a 0 leaves the array empty"
    case .copyTooLarge:
      return "select a smaller part first, e.g. with 'count' or a slice"
    default:
      return nil
    }
  }

  private static func message(reading dtype: DType, _ problem: ReadProblem) -> String {
    switch problem {
    case .holdsObjects:
      return "cannot read '\(dtype.str)' from bytes: object arrays hold pointers to Python "
        + "objects"
    case .zeroItemsize:
      return "itemsize cannot be zero in type '\(dtype.str)'"
    case .offsetOutsideBuffer(let offset, let length):
      return "offset must be non-negative and no greater than buffer length (\(length)), "
        + "got \(offset)"
    case .tooFewBytes(let count, let offset, let available):
      return "buffer is smaller than requested size: \(count) × \(dtype.itemsize) bytes of "
        + "'\(dtype.str)' from offset \(offset), but only \(available) bytes are there"
    case .notWholeElements(let bytes):
      return "buffer size must be a multiple of element size: \(bytes) bytes are not a "
        + "multiple of \(dtype.itemsize) ('\(dtype.str)')"
    }
  }

  private static func hint(reading dtype: DType, _ problem: ReadProblem) -> String? {
    switch problem {
    case .holdsObjects:
      return "choose a dtype that describes the bytes themselves, e.g. '<u8'"
    case .zeroItemsize:
      return "give a size, e.g. 'S8' or 'V8'"
    case .offsetOutsideBuffer:
      return nil
    case .tooFewBytes(_, _, let available):
      let fit = available / dtype.itemsize
      return fit == 1 ? "at most 1 element fits" : "at most \(fit) elements fit"
    case .notWholeElements(let bytes):
      return "add 'count \(bytes / dtype.itemsize)' to read whole elements, or move the offset"
    }
  }

  private static func message(
    viewing dtype: DType, as newType: DType, _ problem: ViewProblem
  ) -> String {
    switch problem {
    case .holdsObjects:
      return "cannot view bytes as '\(newType.str)': object arrays hold pointers, not values"
    case .subarrayNeedsSameItemsize:
      return "cannot view '\(dtype.str)' as subarray '\(newType.description)': changing to a "
        + "subarray type needs the same itemsize (\(dtype.itemsize) vs \(newType.itemsize))"
    case .zeroDimensional:
      return "cannot view a 0-d array as '\(newType.str)': changing the itemsize "
        + "(\(dtype.itemsize) to \(newType.itemsize)) needs an axis"
    case .zeroItemsize:
      return "itemsize cannot be zero in type '\(newType.str)'"
    case .lastAxisNotContiguous(let stride):
      return "cannot view as '\(newType.str)': to change to a dtype of a different size, the "
        + "last axis must be contiguous (its stride is \(stride), the itemsize "
        + "\(dtype.itemsize))"
    case .smallerItemsizeDoesNotDivide:
      return "cannot view '\(dtype.str)' as '\(newType.str)': when changing to a smaller "
        + "dtype, its size (\(newType.itemsize)) must divide the original size "
        + "(\(dtype.itemsize))"
    case .lastAxisDoesNotDivide(let length):
      let bytes = length * dtype.itemsize
      return "cannot view \(bytes) bytes as '\(newType.str)': \(bytes) is not a multiple of "
        + "\(newType.itemsize)"
    }
  }

  /// The ways to split `count` elements into two dimensions (`6 = 2×3 = 1×6`), for a reshape
  /// that does not fit.
  private static func factors(_ count: Int) -> String? {
    guard count > 1 else { return nil }
    var pairs: [String] = []
    var a = 2
    while a * a <= count && pairs.count < 4 {
      if count % a == 0 { pairs.append("\(a)×\(count / a)") }
      a += 1
    }
    if pairs.isEmpty { return "\(count) is prime: only (\(count),) or (1, \(count)) fit" }
    return "\(count) = " + (pairs + ["1×\(count)"]).joined(separator: " = ")
  }
}
