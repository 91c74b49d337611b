/// Why a renderer cannot draw the view it was given.
public enum RenderError: Error, Equatable, Sendable {
  /// `inspect` of a source with no bytes.
  case nothingToInspect(source: String)
  /// An offset outside a source of `count` bytes (`inspect`, `compare`).
  case offsetOutside(offset: Int, source: String, count: Int, command: Command)
  /// `explain` of a view with no elements.
  case nothingToExplain(shape: [Int])
  /// `explain` of elements larger than it reads whole; `lastField` names one to explain
  /// instead when the dtype is structured.
  case elementTooLarge(dtype: String, itemsize: Int, limit: Int, lastField: String?)
  /// `layout` of more than 3 dimensions.
  case tooManyDimensions(shape: [Int], limit: Int)
  case noDTypes
  /// `compare` with a dtype whose bytes say nothing (objects) or that has none (itemsize 0).
  case objectDType(String)
  case zeroItemsize(String)
  case hexdumpWidth(Int, allowed: ClosedRange<Int>)
  case hexdumpRows(Int)
  /// Values beside the rows, asked of elements that are not numbers or of a view that is
  /// not 1-D.
  case valuesNotNumbers(dtype: String)
  case valuesNeedOneDimension(shape: [Int])

  /// The command a renderer serves, for errors that several share.
  public enum Command: Sendable, Equatable {
    case inspect, compare
  }
}
