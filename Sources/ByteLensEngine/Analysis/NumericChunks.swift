/// How the bytes of one numeric element encode its value.
public enum NumericEncoding: Hashable, Sendable {
  case bool
  case signed(size: Int, swapped: Bool)
  case unsigned(size: Int, swapped: Bool)
  /// IEEE binary16/32/64, or (size 16) the x87 80-bit extended format in 16 bytes.
  case float(size: Int, swapped: Bool)

  /// The encoding of a plain bool, integer or float dtype; nil for any other.
  public init?(_ dtype: DType) {
    guard case .scalar = dtype.layout else { return nil }
    let swapped = !dtype.isNative
    switch dtype.kind {
    case .bool: self = .bool
    case .int: self = .signed(size: dtype.itemsize, swapped: swapped)
    case .uint: self = .unsigned(size: dtype.itemsize, swapped: swapped)
    case .float: self = .float(size: dtype.itemsize, swapped: swapped)
    default: return nil
    }
  }

  /// The least normal magnitude of the float format (0 for bools and integers, which have no
  /// subnormal values).
  var leastNormalMagnitude: Double {
    guard case .float(let size, _) = self else { return 0 }
    switch size {
    case 2: return Double(Float16.leastNormalMagnitude)
    case 4: return Double(Float.leastNormalMagnitude)
    default: return Double.leastNormalMagnitude
    }
  }

  /// Whether `np.min`/`np.max` return the last of equal extremes (`0.0` and `-0.0`): the
  /// vectorised float32 and float64 loops do; the others keep the first.
  var keepsLastOfEqualExtremes: Bool {
    self == .float(size: 4, swapped: false) || self == .float(size: 4, swapped: true)
      || self == .float(size: 8, swapped: false) || self == .float(size: 8, swapped: true)
  }

  /// Whether NumPy's `np.add.reduce(a, dtype=np.float64)` reads the elements without a cast:
  /// native float64, aligned. Every other encoding goes through the iterator's buffers.
  func isUncastFloat64(alignedTo8 aligned: Bool) -> Bool {
    self == .float(size: 8, swapped: false) && aligned
  }
}

/// A type the elements of a numeric view can be decoded into, a chunk at a time.
public protocol NumericChunkElement {
  /// Decodes `count` elements of `encoding` packed from `raw` into `target`.
  static func decode(
    _ raw: UnsafeRawPointer, count: Int, encoding: NumericEncoding,
    into target: UnsafeMutablePointer<Self>)
}

/// A numeric view read in chunks of decoded values, in bounded memory however large the view.
///
/// The elements come in NumPy's `K` order, the order a whole-array reduction visits them:
/// axes of length 1 dropped, negative strides turned around, the largest stride outermost.
/// A sum over this order is the sum NumPy computes.
public struct NumericChunks {
  public let view: ArrayView
  public let encoding: NumericEncoding
  /// The same elements as `view`, laid out so that C order is memory order.
  let memoryOrderView: ArrayView

  /// Elements per chunk: one buffer of a buffered reduction (`PairwiseSum.bufferSize`), so
  /// that chunks never split one; small enough that a chunk and the buffers made from it stay
  /// in the processor's cache (64 KiB of float64), where the next read lands faster too.
  public static let elementsPerChunk = PairwiseSum.bufferSize

  /// - Throws: `StatisticsError.notNumeric` for a dtype that is not bool, integer or float.
  public init(_ view: ArrayView) throws {
    guard let encoding = NumericEncoding(view.dtype) else {
      throw StatisticsError.notNumeric(view.dtype)
    }
    self.view = view
    self.encoding = encoding
    self.memoryOrderView = NumericChunks.memoryOrder(view)
  }

  /// Whether the chunks come in the reverse of the order `np.min`/`np.max` visit the elements:
  /// for one axis (of more than one element) with a negative stride, which the chunks walk
  /// forward in memory and NumPy's reduction walks as it is. (How NumPy visits more axes is
  /// not modelled: it only decides which zero an extreme of `0.0` and `-0.0` is.)
  var reversesExtremeOrder: Bool {
    let axes = zip(view.shape, view.strides).filter { $0.0 > 1 }
    return axes.count == 1 && axes[0].1 < 0
  }

  /// The elements in two halves, where NumPy's pairwise sum of a whole array splits it: the
  /// first `n / 2` rounded down to a multiple of 8, and the rest. Nil below `minimum`
  /// elements (and below two pairwise blocks), and for views whose memory order has more than
  /// one axis.
  func halves(from minimum: Int) -> (NumericChunks, NumericChunks)? {
    let count = view.count
    guard count >= max(minimum, 2 * PairwiseSum.blockSize), memoryOrderView.ndim == 1 else {
      return nil
    }
    var half = count / 2
    half -= half % 8
    var first = memoryOrderView
    first.shape = [half]
    var second = memoryOrderView
    second.offset += half * memoryOrderView.strides[0]
    second.shape = [count - half]
    guard let firstChunks = try? NumericChunks(first),
      let secondChunks = try? NumericChunks(second)
    else { return nil }
    return (firstChunks, secondChunks)
  }

  /// Whether the view's first element and every step are multiples of 8 bytes.
  var isAlignedTo8: Bool {
    memoryOrderView.offset % 8 == 0
      && zip(memoryOrderView.shape, memoryOrderView.strides).allSatisfy { $0.0 <= 1 || $0.1 % 8 == 0 }
  }

  /// Calls `body` with the elements decoded as `T`, chunk after chunk (at most
  /// `elementsPerChunk` each), in `K` order. Stops with `Interrupted` on Ctrl-C.
  public func forEachChunk<T: NumericChunkElement>(
    as type: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> Void
  ) throws {
    let itemsize = view.dtype.itemsize
    let capacity = NumericChunks.elementsPerChunk
    let target = UnsafeMutablePointer<T>.allocate(capacity: capacity)
    defer { target.deallocate() }
    let passesThrough =
      T.self == Double.self && encoding == .float(size: 8, swapped: false)
    try memoryOrderView.forEachByteChunk(chunkSize: capacity * itemsize) { raw in
      let count = raw.count / itemsize
      let start = raw.baseAddress!
      if passesThrough, Int(bitPattern: start) % MemoryLayout<Double>.alignment == 0 {
        // Native float64 already in memory: hand the source's bytes over as they are.
        try body(UnsafeBufferPointer(start: start.assumingMemoryBound(to: T.self), count: count))
        return
      }
      T.decode(start, count: count, encoding: encoding, into: target)
      try body(UnsafeBufferPointer(start: target, count: count))
    }
  }

  /// The view's elements with NumPy's `K` order as their C order (`np.nditer` order for a
  /// reduction over every axis).
  static func memoryOrder(_ view: ArrayView) -> ArrayView {
    guard view.count > 0 else { return view }
    var offset = view.offset
    var axes: [(length: Int, stride: Int)] = []
    for (length, stride) in zip(view.shape, view.strides) where length != 1 {
      if stride < 0 {
        offset += stride * (length - 1)
        axes.append((length, -stride))
      } else {
        axes.append((length, stride))
      }
    }
    // A stable sort: equal strides keep their C order, as NumPy's does.
    let ordered = axes.enumerated().sorted {
      $0.element.stride != $1.element.stride
        ? $0.element.stride > $1.element.stride : $0.offset < $1.offset
    }.map(\.element)
    var result = view
    result.offset = offset
    result.shape = ordered.map(\.length)
    result.strides = ordered.map(\.stride)
    return result
  }
}

@inline(__always)
private func load<U: FixedWidthInteger>(
  _ raw: UnsafeRawPointer, _ index: Int, _ type: U.Type, swapped: Bool
) -> U {
  let value = raw.loadUnaligned(fromByteOffset: index &* MemoryLayout<U>.size, as: U.self)
  return swapped ? value.byteSwapped : value
}

@inline(__always)
private func loadFloat80(_ raw: UnsafeRawPointer, _ index: Int, swapped: Bool) -> Float80 {
  ElementDecoder.loadFloat80(
    UnsafeRawBufferPointer(start: raw + index &* 16, count: 16), 0, swap: swapped)
}

/// Decodes with `convert` from each element's integer pattern, in one tight loop per width.
@inline(__always)
private func decodeIntegers<T, U: FixedWidthInteger>(
  _ raw: UnsafeRawPointer, count: Int, _ type: U.Type, swapped: Bool,
  into target: UnsafeMutablePointer<T>, _ convert: (U) -> T
) {
  if swapped {
    for i in 0..<count { target[i] = convert(load(raw, i, U.self, swapped: true)) }
  } else {
    for i in 0..<count { target[i] = convert(load(raw, i, U.self, swapped: false)) }
  }
}

extension Double: NumericChunkElement {
  /// Every numeric encoding, as NumPy's cast to float64 converts it (64-bit integers and
  /// long doubles rounded to nearest).
  public static func decode(
    _ raw: UnsafeRawPointer, count: Int, encoding: NumericEncoding,
    into target: UnsafeMutablePointer<Double>
  ) {
    switch encoding {
    case .bool:
      decodeIntegers(raw, count: count, UInt8.self, swapped: false, into: target) {
        $0 == 0 ? 0 : 1
      }
    case .signed(let size, let swapped):
      switch size {
      case 1: decodeIntegers(raw, count: count, Int8.self, swapped: false, into: target) { Double($0) }
      case 2: decodeIntegers(raw, count: count, Int16.self, swapped: swapped, into: target) { Double($0) }
      case 4: decodeIntegers(raw, count: count, Int32.self, swapped: swapped, into: target) { Double($0) }
      default: decodeIntegers(raw, count: count, Int64.self, swapped: swapped, into: target) { Double($0) }
      }
    case .unsigned(let size, let swapped):
      switch size {
      case 1: decodeIntegers(raw, count: count, UInt8.self, swapped: false, into: target) { Double($0) }
      case 2: decodeIntegers(raw, count: count, UInt16.self, swapped: swapped, into: target) { Double($0) }
      case 4: decodeIntegers(raw, count: count, UInt32.self, swapped: swapped, into: target) { Double($0) }
      default: decodeIntegers(raw, count: count, UInt64.self, swapped: swapped, into: target) { Double($0) }
      }
    case .float(let size, let swapped):
      switch size {
      case 2:
        decodeIntegers(raw, count: count, UInt16.self, swapped: swapped, into: target) {
          Double(Float16(bitPattern: $0))
        }
      case 4:
        decodeIntegers(raw, count: count, UInt32.self, swapped: swapped, into: target) {
          Double(Float(bitPattern: $0))
        }
      case 8:
        decodeIntegers(raw, count: count, UInt64.self, swapped: swapped, into: target) {
          Double(bitPattern: $0)
        }
      default:
        for i in 0..<count { target[i] = Double(loadFloat80(raw, i, swapped: swapped)) }
      }
    }
  }
}

extension Float80: NumericChunkElement {
  /// Floats only: long doubles exactly, narrower floats widened.
  public static func decode(
    _ raw: UnsafeRawPointer, count: Int, encoding: NumericEncoding,
    into target: UnsafeMutablePointer<Float80>
  ) {
    guard case .float(let size, let swapped) = encoding, size == 16 else {
      let wide = UnsafeMutablePointer<Double>.allocate(capacity: count)
      defer { wide.deallocate() }
      Double.decode(raw, count: count, encoding: encoding, into: wide)
      for i in 0..<count { target[i] = Float80(wide[i]) }
      return
    }
    for i in 0..<count { target[i] = loadFloat80(raw, i, swapped: swapped) }
  }
}

extension Int64: NumericChunkElement {
  /// Signed integers and bools exactly (other encodings are not read as `Int64`).
  public static func decode(
    _ raw: UnsafeRawPointer, count: Int, encoding: NumericEncoding,
    into target: UnsafeMutablePointer<Int64>
  ) {
    switch encoding {
    case .signed(let size, let swapped):
      switch size {
      case 1: decodeIntegers(raw, count: count, Int8.self, swapped: false, into: target) { Int64($0) }
      case 2: decodeIntegers(raw, count: count, Int16.self, swapped: swapped, into: target) { Int64($0) }
      case 4: decodeIntegers(raw, count: count, Int32.self, swapped: swapped, into: target) { Int64($0) }
      default: decodeIntegers(raw, count: count, Int64.self, swapped: swapped, into: target) { $0 }
      }
    default:
      preconditionFailure("Int64 chunks hold signed integers")
    }
  }
}

extension UInt64: NumericChunkElement {
  /// Unsigned integers exactly (other encodings are not read as `UInt64`).
  public static func decode(
    _ raw: UnsafeRawPointer, count: Int, encoding: NumericEncoding,
    into target: UnsafeMutablePointer<UInt64>
  ) {
    switch encoding {
    case .unsigned(let size, let swapped):
      switch size {
      case 1: decodeIntegers(raw, count: count, UInt8.self, swapped: false, into: target) { UInt64($0) }
      case 2: decodeIntegers(raw, count: count, UInt16.self, swapped: swapped, into: target) { UInt64($0) }
      case 4: decodeIntegers(raw, count: count, UInt32.self, swapped: swapped, into: target) { UInt64($0) }
      default: decodeIntegers(raw, count: count, UInt64.self, swapped: swapped, into: target) { $0 }
      }
    default:
      preconditionFailure("UInt64 chunks hold unsigned integers")
    }
  }
}
