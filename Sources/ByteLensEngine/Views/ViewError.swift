/// Why an array view could not be made: by `frombuffer`, `view`, `reshape`, `transpose`, an
/// index, a field selection, a copy or a conversion.
///
/// Cases carry what failed — the dtypes, the shapes, the user's numbers — and no words: the
/// console writes the message and hint (`ViewError+Text.swift`), including the hints that name
/// its commands.
public enum ViewError: Error, Equatable, Sendable {
  /// Bytes held in memory that are not the `needed` bytes of `shape` of `dtype`.
  case bytesDoNotFitShape([Int], dtype: DType, needed: Int, count: Int)
  /// More dimensions than `ArrayView.maximumDimensions` (NumPy's `NPY_MAXDIMS`).
  case tooManyDimensions(Int)
  /// A negative dimension in a shape.
  case negativeDimension(Int)
  /// A shape whose nonzero dimensions times `itemsize` exceed `Int.max` bytes: NumPy's
  /// "array is too big", which holds even when a zero dimension leaves the array empty.
  case arrayTooBig(shape: [Int], itemsize: Int)
  /// A shape whose product does not fit an `Int`.
  case tooManyElements(shape: [Int])
  /// `np.frombuffer` refused to read `dtype` from the bytes.
  case cannotRead(DType, ReadProblem)
  /// `a.view(dtype)` refused: the array of the first dtype cannot be read as the second.
  case cannotView(DType, as: DType, ViewProblem)
  /// `reshape` in an order it does not take (`K`).
  case reshapeOrderNotPermitted(MemoryOrder)
  /// `count` elements cannot be reshaped into the shape `into` as requested.
  case cannotReshape(count: Int, into: [Int], ReshapeProblem)
  /// `transpose` axes whose count is not the array's `ndim`.
  case axesDoNotMatch([Int], ndim: Int)
  /// An axis outside `-ndim..<ndim`.
  case axisOutOfBounds(Int, ndim: Int)
  /// An axis given twice in the transpose `axes`.
  case repeatedAxis(Int, axes: [Int])
  /// A full index of `count` entries for an array of `shape`.
  case wrongIndexCount(Int, shape: [Int])
  /// An integer index outside an axis of length `size`.
  case indexOutOfBounds(Int, axis: Int, size: Int)
  /// An index with `count` integers and slices, more than the array's `ndim`.
  case tooManyIndices(Int, ndim: Int)
  /// A field name mixed with other index items.
  case fieldNotTheOnlyIndex
  /// `True` or `False` beside other index items (`a[0, True]`), which is not supported.
  case booleanNotTheOnlyIndex
  /// An index with more than one `...`.
  case multipleEllipses
  /// A slice whose step is zero.
  case zeroSliceStep
  /// A field selection (`selecting` is the `.field` or `.fields` index item) on a dtype with
  /// no fields.
  case noFields(DType, selecting: IndexItem)
  /// A field `name` the dtype does not have; `fields` are the names it has.
  case noSuchField(String, selecting: IndexItem, fields: [String])
  /// A field named twice in a multi-field selection.
  case duplicateField(String)
  /// A copy of `bytes` bytes, more than the `limit` (`AllocationBudget.bytes`).
  case copyTooLarge(bytes: Int, limit: Int)

  /// Why `np.frombuffer` refused.
  public enum ReadProblem: Equatable, Sendable {
    /// The dtype holds Python objects, which are pointers, not bytes.
    case holdsObjects
    /// The dtype has no size (`S0`, `V0`).
    case zeroItemsize
    /// The offset is negative or past the `length` bytes of the source.
    case offsetOutsideBuffer(offset: Int, length: Int)
    /// `count` elements from `offset` need more than the `available` bytes there.
    case tooFewBytes(count: Int, offset: Int, available: Int)
    /// Reading to the end, the `bytes` after the offset are not whole elements.
    case notWholeElements(bytes: Int)
  }

  /// Why `a.view(dtype)` refused.
  public enum ViewProblem: Equatable, Sendable {
    /// One of the dtypes holds Python objects.
    case holdsObjects
    /// The new dtype is a subarray of another itemsize.
    case subarrayNeedsSameItemsize
    /// The itemsize changes, but a 0-d array has no axis to rescale.
    case zeroDimensional
    /// The new dtype has no size.
    case zeroItemsize
    /// The itemsize changes, but the last axis, of byte step `stride`, is not contiguous.
    case lastAxisNotContiguous(stride: Int)
    /// A smaller new itemsize that does not divide the old one.
    case smallerItemsizeDoesNotDivide
    /// A larger new itemsize that does not divide the bytes of the last axis, which holds
    /// `length` elements.
    case lastAxisDoesNotDivide(length: Int)
  }

  /// Why `reshape` refused.
  public enum ReshapeProblem: Equatable, Sendable {
    /// More than one negative (unknown) dimension.
    case twoUnknownDimensions
    /// The product of the known dimensions does not fit an `Int`.
    case sizeOverflows
    /// With an unknown dimension, the count is not a multiple of the known dimensions'
    /// product.
    case notAMultiple(of: Int)
    /// Without an unknown dimension, the shape holds another number of elements.
    case holds(Int)
  }
}
