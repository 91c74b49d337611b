/// Reads the elements of a view as real numbers (`Double`) for a picture: bool, integers and
/// floats of every size and byte order; strided, reversed and byte-swapped views alike.
///
/// Every read goes through here, a few values at a time, so that a faster streaming reader can
/// take its place without the pictures changing.
struct RealValueReader {
  let view: ArrayView

  /// Checks that the view's elements are real numbers.
  /// - Throws: `PictureError.notRealNumbers`.
  init(_ view: ArrayView, for picture: PictureError.Picture) throws(PictureError) {
    let dtype = view.dtype
    let reason: PictureError.NotReal?
    if dtype.isStructured {
      reason = .structured
    } else {
      switch dtype.kind {
      case .bool, .int, .uint, .float: reason = nil
      case .complex: reason = .complex
      case .datetime, .timedelta: reason = .datetime
      case .bytes, .unicode, .void, .object: reason = .text
      }
    }
    if let reason {
      throw .notRealNumbers(picture, dtype: dtype.str, reason)
    }
    self.view = view
  }

  /// Whether the values are integers (bool included), whose extremes print exactly.
  var holdsIntegers: Bool { view.dtype.kind != .float }

  /// The element that starts `offset` bytes into `bytes`, as a `Double`.
  func value(in bytes: UnsafeRawBufferPointer, at offset: Int) -> Double {
    Self.double(ElementDecoder.decodeScalar(view.dtype, from: bytes, at: offset))
  }

  /// The element at byte `offset` of the source.
  func value(atByte offset: Int) throws -> Double {
    try view.source.withBytes(in: offset..<(offset + view.dtype.itemsize)) { value(in: $0, at: 0) }
  }

  /// The element at byte `offset` of the source, decoded exactly (for labels).
  func scalar(atByte offset: Int) throws -> Scalar {
    try view.source.withBytes(in: offset..<(offset + view.dtype.itemsize)) {
      ElementDecoder.decodeScalar(view.dtype, from: $0, at: 0)
    }
  }

  /// Calls `body` with each element's flat index in C order (`a.ravel()`) and value.
  /// - Complexity: O(count); reads the view once, in windows of a megabyte.
  func forEachValue(_ body: (Int, Double) throws -> Void) throws {
    var index = 0
    let dtype = view.dtype
    try view.forEachElementBytes(order: .C) { bytes in
      try body(index, Self.double(ElementDecoder.decodeScalar(dtype, from: bytes, at: 0)))
      index += 1
    }
  }

  /// The byte offset of the element at flat index `index` in C order.
  func byteOffset(ofFlatIndex index: Int) -> Int {
    var rest = index
    var position = view.offset
    for axis in view.shape.indices.reversed() {
      let length = view.shape[axis]
      position += (rest % length) * view.strides[axis]
      rest /= length
    }
    return position
  }

  /// The byte offset of element `[row, column]` of a 2-D view.
  func byteOffset(row: Int, column: Int) -> Int {
    view.offset + row * view.strides[0] + column * view.strides[1]
  }

  static func double(_ scalar: Scalar) -> Double {
    switch scalar {
    case .bool(let value): return value ? 1 : 0
    case .int(let value): return Double(value)
    case .uint(let value): return Double(value)
    case .float16(let value): return Double(value)
    case .float32(let value): return Double(value)
    case .float64(let value): return value
    case .float80(let value): return Double(value)
    default: return .nan
    }
  }
}
