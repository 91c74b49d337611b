/// A type a numeric view is summarised in: `Double` for bools, floats up to float64 and
/// integers up to 32 bits (all exact), `Int64`/`UInt64` for 64-bit integers, `Float80` for
/// long doubles, so that min and max are exact.
protocol SummaryElement: NumericChunkElement, Comparable {
  static var zeroValue: Self { get }
  /// Starting points of the running extremes: every value is at most `upperBound`, and every
  /// finite value at most `finiteUpperBound` (and the same for the lower bounds).
  static var upperBound: Self { get }
  static var lowerBound: Self { get }
  static var finiteUpperBound: Self { get }
  static var finiteLowerBound: Self { get }
  /// NumPy's NaN result of `np.min` in the view's dtype.
  static func nanScalar(_ encoding: NumericEncoding) -> Scalar
  var isNaNValue: Bool { get }
  var isFiniteValue: Bool { get }
  var isZeroValue: Bool { get }
  /// Subnormal in the view's own float format (a subnormal float32 is a normal Double).
  func isSubnormal(in encoding: NumericEncoding) -> Bool
  /// The value as NumPy's cast to float64 gives it.
  var float64: Double { get }
  /// The value as a scalar of the view's dtype (what `np.min` returns).
  func scalar(in encoding: NumericEncoding) -> Scalar
  /// The value in a histogram's bin type (`tmp_a.astype(bin_edges.dtype)`).
  func converted<B: BinFloat>(to type: B.Type) -> B
  /// Adds a chunk's values to the first pass's facts (see `ChunkFacts`).
  static func gather(
    _ values: UnsafeBufferPointer<Self>, into facts: inout ChunkFacts<Self>,
    encoding: NumericEncoding)
}

extension Double: SummaryElement {
  static var zeroValue: Self { 0 }
  static var upperBound: Self { infinity }
  static var lowerBound: Self { -infinity }
  static var finiteUpperBound: Self { greatestFiniteMagnitude }
  static var finiteLowerBound: Self { -greatestFiniteMagnitude }
  static func nanScalar(_ encoding: NumericEncoding) -> Scalar { Self.nan.scalar(in: encoding) }
  var isNaNValue: Bool { isNaN }
  var isFiniteValue: Bool { isFinite }
  var isZeroValue: Bool { self == 0 }
  @inline(__always)
  func isSubnormal(in encoding: NumericEncoding) -> Bool {
    guard case .float(let size, _) = encoding, self != 0 else { return false }
    switch size {
    case 2: return magnitude < Double(Float16.leastNormalMagnitude)
    case 4: return magnitude < Double(Float.leastNormalMagnitude)
    default: return isSubnormal
    }
  }
  var float64: Double { self }
  func scalar(in encoding: NumericEncoding) -> Scalar {
    switch encoding {
    case .bool: return .bool(self != 0)
    case .signed: return .int(Int64(self))
    case .unsigned: return .uint(UInt64(self))
    case .float(let size, _):
      switch size {
      case 2: return .float16(Float16(self))
      case 4: return .float32(Float(self))
      default: return .float64(self)
      }
    }
  }
  @inline(__always)
  func converted<B: BinFloat>(to type: B.Type) -> B { B.from(self) }
}

extension Float80: SummaryElement {
  static var zeroValue: Self { 0 }
  static var upperBound: Self { infinity }
  static var lowerBound: Self { -infinity }
  static var finiteUpperBound: Self { greatestFiniteMagnitude }
  static var finiteLowerBound: Self { -greatestFiniteMagnitude }
  static func nanScalar(_ encoding: NumericEncoding) -> Scalar { Self.nan.scalar(in: encoding) }
  var isNaNValue: Bool { isNaN }
  var isFiniteValue: Bool { isFinite }
  var isZeroValue: Bool { self == 0 }
  func isSubnormal(in encoding: NumericEncoding) -> Bool { isSubnormal }
  var float64: Double { Double(self) }
  func scalar(in encoding: NumericEncoding) -> Scalar { .float80(self) }
  func converted<B: BinFloat>(to type: B.Type) -> B { B.from(self) }
}

extension Int64: SummaryElement {
  static var zeroValue: Self { 0 }
  static var upperBound: Self { max }
  static var lowerBound: Self { min }
  static var finiteUpperBound: Self { max }
  static var finiteLowerBound: Self { min }
  static func nanScalar(_ encoding: NumericEncoding) -> Scalar { .int(0) }
  var isNaNValue: Bool { false }
  var isFiniteValue: Bool { true }
  var isZeroValue: Bool { self == 0 }
  func isSubnormal(in encoding: NumericEncoding) -> Bool { false }
  var float64: Double { Double(self) }
  func scalar(in encoding: NumericEncoding) -> Scalar { .int(self) }
  func converted<B: BinFloat>(to type: B.Type) -> B { B.from(self) }
}

extension UInt64: SummaryElement {
  static var zeroValue: Self { 0 }
  static var upperBound: Self { max }
  static var lowerBound: Self { min }
  static var finiteUpperBound: Self { max }
  static var finiteLowerBound: Self { min }
  static func nanScalar(_ encoding: NumericEncoding) -> Scalar { .int(0) }
  var isNaNValue: Bool { false }
  var isFiniteValue: Bool { true }
  var isZeroValue: Bool { self == 0 }
  func isSubnormal(in encoding: NumericEncoding) -> Bool { false }
  var float64: Double { Double(self) }
  func scalar(in encoding: NumericEncoding) -> Scalar { .uint(self) }
  func converted<B: BinFloat>(to type: B.Type) -> B { B.from(self) }
}
