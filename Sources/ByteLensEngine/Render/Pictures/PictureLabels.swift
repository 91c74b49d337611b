/// Numbers on the axes and in the headers of pictures, printed as numpy prints them:
/// integers exactly, floats as `str(np.float64(x))`.
enum PictureLabels {
  /// `str(np.float64(value))`: `0.5`, `100.0`, `1e+16`, `nan`.
  static func float(_ value: Double) -> String {
    (try? ScalarPrinter.str(.float64(value), dtype: .float64)) ?? PythonRepr.float(value)
  }

  /// An element read exactly: integers (and bools, as 0 and 1) in full, float16 and float32
  /// as numpy prints a scalar of their type (`str(np.float32(x))`: `0.1`), others as float64.
  static func exact(_ scalar: Scalar) -> String {
    switch scalar {
    case .bool(let value): return value ? "1" : "0"
    case .int(let value): return String(value)
    case .uint(let value): return String(value)
    case .float16: return own(scalar, .float16)
    case .float32: return own(scalar, .float32)
    default: return float(RealValueReader.double(scalar))
    }
  }

  /// A value between two extremes, in their float type when that is float16 or float32
  /// (`(a.min() + a.max()) / 2` is one), else as float64.
  static func between(_ value: Double, like extreme: Scalar) -> String {
    switch extreme {
    case .float16: return own(.float16(Float16(value)), .float16)
    case .float32: return own(.float32(Float(value)), .float32)
    default: return float(value)
    }
  }

  private static func own(_ scalar: Scalar, _ dtype: DType) -> String {
    (try? ScalarPrinter.str(scalar, dtype: dtype)) ?? float(RealValueReader.double(scalar))
  }

  /// The value halfway between two integer extremes: an integer when it is one, else the
  /// float64 halfway (`127.5`).
  static func integerMiddle(_ low: Scalar, _ high: Scalar) -> String? {
    guard let a = integer(low), let b = integer(high) else { return nil }
    let sum = a + b
    if sum % 2 == 0 { return String(sum / 2) }
    return float(Double(sum) / 2)
  }

  private static func integer(_ scalar: Scalar) -> Int128? {
    switch scalar {
    case .bool(let value): return value ? 1 : 0
    case .int(let value): return Int128(value)
    case .uint(let value): return Int128(value)
    default: return nil
    }
  }

  /// `5 values`, `1 value`.
  static func count(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
