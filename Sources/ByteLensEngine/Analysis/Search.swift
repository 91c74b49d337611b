/// What `find` looks for, ready to run over a whole source: a byte sequence, or a value of a
/// dtype at every byte offset, in one byte order or both.
///
/// Exact searches (byte sequences, integers, floats other than NaN) become byte patterns and
/// run as a vectorised pattern scan (`BytePatternScan`); NaN, tolerances and long doubles test
/// the value at every offset (`ValueScan`). Either way the source is read in large chunks into
/// one reused buffer (`SourceChunks`), so memory stays flat for a file of any size, a hit that
/// spans two chunks is found, and Ctrl-C stops the scan.
public struct Search: Sendable {
  enum Matcher: Sendable {
    case patterns(BytePatternScan)
    case values(ValueScan)
  }

  /// Bytes one hit covers: the pattern's length, or the dtype's itemsize.
  public let hitLength: Int
  /// The dtype of a value search, in the byte order given (little-endian when both orders
  /// are searched); nil for a byte sequence.
  public let dtype: DType?
  let matcher: Matcher

  /// A search for the bytes of `pattern`.
  /// - Throws: `SearchError.emptyPattern` for no bytes.
  public static func bytes(_ pattern: [UInt8]) throws(SearchError) -> Search {
    guard !pattern.isEmpty else { throw .emptyPattern }
    return Search(
      hitLength: pattern.count, dtype: nil,
      matcher: .patterns(BytePatternScan([(pattern, .none)])))
  }

  /// A search for `text`, a number, as a value of `dtype` at every byte offset.
  ///
  /// Integers and floats are searched; other kinds throw `unsupportedDType`. Without a
  /// tolerance the value is cast to the dtype, as `np.array(text, dtype)` would, and must
  /// survive the cast: an integer in range, a float that neither overflows to infinity nor
  /// underflows to zero. A float matches when it `==` that value (so 0.0 finds -0.0 too); `nan`
  /// finds every NaN, whatever its sign and payload. With a tolerance, an item matches when
  /// `x == value` or `|x - value| <= tolerance`, computed in float64 (long double for `f16`,
  /// exactly for integers), with the value as written (not cast).
  /// - Parameters:
  ///   - bothOrders: search little- and big-endian items; otherwise `dtype`'s own order.
  ///   - tolerance: the tolerance as written, or nil for an exact search.
  public static func value(
    _ text: String, as dtype: DType, bothOrders: Bool, tolerance: String? = nil
  ) throws(SearchError) -> Search {
    guard case .scalar = dtype.layout,
      [.int, .uint, .float].contains(dtype.kind), dtype.itemsize > 0
    else { throw .unsupportedDType(dtype: dtype) }
    let size = dtype.itemsize
    let little = size == 1 || bothOrders || dtype.byteOrder != .big
    let big = size > 1 && (bothOrders || dtype.byteOrder == .big)
    var given = dtype
    if size > 1 && bothOrders { given.byteOrder = .little }
    func scan(_ test: ValueScan.Test) -> Search {
      Search(
        hitLength: size, dtype: given,
        matcher: .values(ValueScan(test: test, itemsize: size, little: little, big: big)))
    }
    func patterns(_ littleEndian: [[UInt8]]) -> Search {
      var list: [(bytes: [UInt8], order: SearchHit.Order)] = []
      func add(_ bytes: [UInt8], _ order: SearchHit.Order) {
        if let index = list.firstIndex(where: { $0.bytes == bytes }) {
          if list[index].order != order { list[index].order = .both }
        } else {
          list.append((bytes, order))
        }
      }
      for bytes in littleEndian {
        if size == 1 {
          add(bytes, .none)
          continue
        }
        if little { add(bytes, .little) }
        if big { add(bytes.reversed(), .big) }
      }
      return Search(hitLength: size, dtype: given, matcher: .patterns(BytePatternScan(list)))
    }

    let number = try SearchNumber.parse(text)
    switch dtype.kind {
    case .int, .uint:
      let range = IntegerRange(size: size, signed: dtype.kind == .int)
      if let tolerance {
        let tolerance = try SearchNumber.tolerance(tolerance, as: Float80.self)
        guard let value = number.longDouble else { throw .toleranceWithNaN }
        let (low, high) = range.bounds(around: value, within: tolerance)
        return scan(.integerRange(low: low, high: high, bias: range.bias))
      }
      let bits = try range.bits(of: number, text: text, dtype: dtype)
      return patterns([(0..<size).map { UInt8(truncatingIfNeeded: bits >> (8 * $0)) }])
    default:
      if size == 16 {
        if let tolerance {
          let tolerance = try SearchNumber.tolerance(tolerance, as: Float80.self)
          guard let value = number.longDouble else { throw .toleranceWithNaN }
          return scan(.longDoubleTolerance(value: value, tolerance: tolerance))
        }
        guard let value = number.longDouble else { return scan(.longDoubleNaN) }
        try SearchNumber.checkCast(value, of: number, text: text, dtype: dtype)
        let zeros: [Float80] = value == 0 ? [0, -0.0] : [value]
        return scan(.longDoubleBits(zeros.map(SearchNumber.significantBytes)))
      }
      if let tolerance {
        let tolerance = try SearchNumber.tolerance(tolerance, as: Double.self)
        guard let value = number.double else { throw .toleranceWithNaN }
        return scan(.floatTolerance(value: value, tolerance: tolerance))
      }
      guard let value = number.double else { return scan(.floatNaN) }
      let cast: Double
      let bits: (Double) -> UInt64
      switch size {
      case 2:
        cast = Double(Float16(value))
        bits = { UInt64(Float16($0).bitPattern) }
      case 4:
        cast = Double(Float(value))
        bits = { UInt64(Float($0).bitPattern) }
      default:
        cast = value
        bits = { $0.bitPattern }
      }
      try SearchNumber.checkCast(Float80(cast), of: number, text: text, dtype: dtype)
      let values: [Double] = cast == 0 ? [0, -0.0] : [cast]
      return patterns(
        values.map { value in
          let pattern = bits(value)
          return (0..<size).map { UInt8(truncatingIfNeeded: pattern >> (8 * $0)) }
        })
    }
  }

  /// Runs the search over every byte of `source`.
  /// - Parameters:
  ///   - progress: called after each chunk with the bytes read so far.
  ///   - onHit: called with each hit in order of offset (little before big at one offset);
  ///     returns false to stop the search.
  /// - Throws: `Interrupted` when `Cancellation` is requested; `SourceError` when the source
  ///   cannot be read.
  public func run(
    over source: any ByteSource, progress: ((Int) -> Void)? = nil,
    onHit: (SearchHit) throws -> Bool
  ) throws {
    let chunks = SourceChunks(source: source, matchLength: hitLength)
    try run(chunks, progress: progress, onHit: onHit)
  }

  func run(
    _ chunks: SourceChunks, progress: ((Int) -> Void)?, onHit: (SearchHit) throws -> Bool
  ) throws {
    try chunks.forEachWindow(progress: progress) { window, base, starts in
      let report = { (start: Int, order: SearchHit.Order) throws -> Bool in
        try onHit(SearchHit(offset: base + start, order: order))
      }
      switch matcher {
      case .patterns(let scan): return try scan.scan(window, starts: starts, onHit: report)
      case .values(let scan): return try scan.scan(window, starts: starts, onHit: report)
      }
    }
  }

  /// The dtype that reads the value at a hit: the searched dtype in the hit's order.
  public func dtype(for hit: SearchHit) -> DType? {
    guard var dtype else { return nil }
    switch hit.order {
    case .little: dtype.byteOrder = .little
    case .big: dtype.byteOrder = .big
    case .none, .both: break
    }
    return dtype
  }
}
