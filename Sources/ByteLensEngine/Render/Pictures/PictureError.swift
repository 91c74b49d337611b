/// Why `plot`, `image` or `bytemap` cannot draw what it was given.
public enum PictureError: Error, Equatable, Sendable {
  /// The picture a command draws, for errors that several share.
  public enum Picture: String, Sendable, Equatable {
    case plot, image, bytemap
  }

  /// Why a dtype's elements are not real numbers.
  public enum NotReal: Sendable, Equatable {
    case complex, datetime, structured, text
  }

  /// Elements that are not real numbers (bool, integers and floats are).
  case notRealNumbers(Picture, dtype: String, NotReal)
  /// A view with no elements.
  case emptyView(Picture, shape: [Int])
  /// `plot` of a 0-d view: a single value is not a line.
  case zeroDimensional(Picture)
  /// `image` of a view that is not 2-D.
  case needsTwoDimensions(shape: [Int])
  /// `bytemap` of a source with no bytes.
  case emptySource(name: String)
}
