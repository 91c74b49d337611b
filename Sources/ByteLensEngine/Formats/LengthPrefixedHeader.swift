/// The small header the NumPy tobytes/frombuffer tutorial writes before raw array bytes:
/// a u32 length, that many bytes of dtype string, a u32 number of dimensions, one u32 per
/// dimension, then the data.
///
/// The integers are in the writer's native order (`struct.pack('I', …)`), so the header is
/// only portable between machines of the same byte order, and no dimension can reach 2³²
/// (docs/numpy-behaviour.md §6, item 6). Recognised only when everything in it is consistent with the
/// size of the file, so that ordinary binary files are not mistaken for it.
public struct LengthPrefixedHeader: Sendable, Equatable {
  /// The dtype string as stored.
  public var dtypeText: String
  public var dtype: DType
  public var shape: [Int]
  /// The byte order of the header's integers.
  public var byteOrder: DType.ByteOrder
  /// The byte at which the data starts (the header's size).
  public var dataOffset: Int

  /// The longest dtype string accepted when recognising a header.
  public static let maximumDTypeLength = 4096

  /// The header at the start of `source`, when there is one whose data fills the rest of the
  /// source exactly; nil otherwise. Tries the native byte order first, then the other one.
  public static func recognise(_ source: any ByteSource) -> LengthPrefixedHeader? {
    guard source.count >= 8 else { return nil }
    let native = DType.ByteOrder.native
    let other: DType.ByteOrder = native == .little ? .big : .little
    for order in [native, other] {
      if let header = try? recognise(source, order: order) { return header }
    }
    return nil
  }

  private static func recognise(_ source: any ByteSource, order: DType.ByteOrder) throws
    -> LengthPrefixedHeader?
  {
    let total = source.count
    func u32(at position: Int) throws -> Int? {
      guard position + 4 <= total else { return nil }
      let bytes = try source.bytes(in: position..<(position + 4))
      let ordered = order == .little ? bytes : bytes.reversed()
      return ordered.enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
    }
    guard let length = try u32(at: 0), length >= 1, length <= maximumDTypeLength,
      4 + length + 4 <= total
    else { return nil }
    let textBytes = try source.bytes(in: 4..<(4 + length))
    // Printable text: ASCII, or UTF-8 for field names beyond it.
    guard textBytes.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }),
      let text = String(validating: textBytes, as: UTF8.self)
    else { return nil }
    guard let ndim = try u32(at: 4 + length), ndim <= ArrayView.maximumDimensions else {
      return nil
    }
    let dataOffset = 4 + length + 4 + 4 * ndim
    guard dataOffset <= total else { return nil }
    var shape: [Int] = []
    for axis in 0..<ndim {
      guard let dim = try u32(at: 4 + length + 4 + 4 * axis) else { return nil }
      shape.append(dim)
    }
    guard let dtype = try? DType.parse(text), !dtype.hasObject, dtype.itemsize > 0 else {
      return nil
    }
    let expanded = ArrayView.expandSubarray(dtype: dtype, shape: shape)
    guard expanded.shape.count <= ArrayView.maximumDimensions,
      let count = try? ArrayView.elementCount(shape),
      let need = try? checkedMultiply(count, dtype.itemsize),
      need == total - dataOffset
    else { return nil }
    return LengthPrefixedHeader(
      dtypeText: text, dtype: dtype, shape: shape, byteOrder: order, dataOffset: dataOffset)
  }

  /// The view of the data after the header: C order, as the tutorial writes it.
  public func view(on source: any ByteSource) throws -> ArrayView {
    let flat = try ArrayView.frombuffer(
      source, dtype: dtype, count: try ArrayView.elementCount(shape), offset: dataOffset)
    let (_, subshape) = ArrayView.expandSubarray(dtype: dtype, shape: [])
    return try flat.reshaped(shape + subshape, order: .C)
  }

  /// The dtype string written for `dtype`: numpy's `.str` for plain dtypes, and `str(dtype)`
  /// for structured ones (`np.dtype(ast.literal_eval(text))` rebuilds it; `.str` would be
  /// just `|V13`).
  public static func dtypeText(for dtype: DType) -> String {
    dtype.overlaidSpelling
      ?? (dtype.isStructured || dtype.subarray != nil ? dtype.description : dtype.str)
  }

  /// The header for an array of `dtype` and `shape`, in this machine's byte order.
  /// - Throws: `ExportError.doesNotFitU32` for a dimension or dtype string that does not fit.
  public static func encode(dtype: DType, shape: [Int]) throws(ExportError) -> [UInt8] {
    let text = Array(dtypeText(for: dtype).utf8)
    func u32(_ value: Int, _ size: ExportError.HeaderSize) throws(ExportError) -> [UInt8] {
      guard value >= 0 && value <= Int(UInt32.max) else {
        throw .doesNotFitU32(size, value: value)
      }
      let bytes = (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
      return DType.ByteOrder.native == .little ? bytes : bytes.reversed()
    }
    var out = try u32(text.count, .dtypeStringLength)
    out += text
    out += try u32(shape.count, .dimensionCount)
    for dim in shape { out += try u32(dim, .dimension) }
    return out
  }
}
