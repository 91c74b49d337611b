/// A number as `find` reads it: an integer of any size (`22050`, `-1`, `0x5622`, `1_000`), a
/// float (`3.14159`, `1e300`, `.5`), `nan` or `inf` (`np.nan`, `-inf`, `infinity`).
struct SearchNumber: Sendable {
  enum Value: Sendable {
    /// An integer written with digits; `magnitude` is nil when it passes 2⁶⁴ − 1.
    case integer(negative: Bool, magnitude: UInt64?)
    case real(Double)
    case nan
    case infinity(negative: Bool)
  }

  let value: Value
  /// The text as written, without underscores, for parsing at long double precision.
  let text: String

  static func parse(_ written: String) throws(SearchError) -> SearchNumber {
    var text = Substring(written)
    var negative = false
    if let sign = text.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      text.removeFirst()
    }
    let word = text.lowercased()
    let bare = word.hasPrefix("np.") ? String(word.dropFirst(3)) : word
    if bare == "nan" { return SearchNumber(value: .nan, text: written) }
    if bare == "inf" || bare == "infinity" {
      return SearchNumber(value: .infinity(negative: negative), text: written)
    }
    if let magnitude = integerMagnitude(text) {
      return SearchNumber(value: .integer(negative: negative, magnitude: magnitude), text: written)
    }
    let digits = written.filter { $0 != "_" }
    // Underscores only between digits, as Python writes them; no other words (Swift's parser
    // would take "nan(0x1)" and "0x1p3").
    guard !written.contains("__"), !written.hasSuffix("_"),
      digits.allSatisfy({ "0123456789.eE+-".contains($0) }),
      let real = Double(digits)
    else { throw .notANumber(text: written) }
    return SearchNumber(value: .real(real), text: digits)
  }

  /// The magnitude of `text` when it is written as an integer (`.some(nil)` past 2⁶⁴ − 1),
  /// nil when it is not an integer's spelling.
  private static func integerMagnitude(_ text: Substring) -> UInt64?? {
    var digits = text
    var radix: UInt64 = 10
    if digits.count > 2, digits.first == "0" {
      switch digits.dropFirst().first {
      case "x", "X": radix = 16
      case "o", "O": radix = 8
      case "b", "B": radix = 2
      default: break
      }
      if radix != 10 { digits = digits.dropFirst(2) }
    }
    guard let first = digits.first, first != "_", digits.last != "_" else { return nil }
    var magnitude: UInt64? = 0
    var previous: Character = "_"
    for character in digits {
      if character == "_" {
        guard previous != "_" else { return nil }
        previous = character
        continue
      }
      guard let digit = character.hexDigitValue, UInt64(digit) < radix else { return nil }
      previous = character
      if let current = magnitude {
        let (shifted, overflow1) = current.multipliedReportingOverflow(by: radix)
        let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(digit))
        magnitude = overflow1 || overflow2 ? nil : sum
      }
    }
    return .some(magnitude)
  }

  /// The value as a float64 (as Python's `float()` reads it); nil for NaN.
  var double: Double? {
    switch value {
    case .nan: return nil
    case .infinity(let negative): return negative ? -.infinity : .infinity
    case .real(let value): return value
    case .integer(let negative, let magnitude):
      // Python rounds an integer to the nearest float; past 2⁶⁴ the digits decide.
      let value = magnitude.map { Double($0) } ?? (Double(text.filter { $0 != "_" }) ?? .infinity)
      return negative ? -value : value
    }
  }

  /// The value at long double precision (as `np.longdouble(text)` reads it); nil for NaN.
  var longDouble: Float80? {
    switch value {
    case .nan: return nil
    case .infinity(let negative): return negative ? -.infinity : .infinity
    case .real: return Float80(text) ?? Float80(double ?? 0)
    case .integer(let negative, let magnitude):
      let value = magnitude.map { Float80($0) } ?? .infinity
      return negative ? -value : value
    }
  }

  /// Whether every digit of the number's significand is zero (`0`, `0.0e5`, `-0`).
  var isZero: Bool {
    switch value {
    case .nan, .infinity: return false
    case .integer(_, let magnitude): return magnitude == 0
    case .real:
      let significand = text.prefix { $0 != "e" && $0 != "E" }
      return significand.allSatisfy { !("1"..."9").contains($0) }
    }
  }

  /// Refuses a cast that changed what was asked for: a finite number that became infinite,
  /// or a non-zero one that became zero.
  static func checkCast(
    _ cast: Float80, of number: SearchNumber, text: String, dtype: DType
  ) throws(SearchError) {
    if case .infinity = number.value { return }
    if cast.isInfinite { throw .floatOverflows(text: text, dtype: dtype) }
    if cast == 0 && !number.isZero { throw .floatUnderflows(text: text, dtype: dtype) }
  }

  /// A tolerance: a number ≥ 0 (infinity allowed), read at the precision `T` compares in.
  static func tolerance<T: BinaryFloatingPoint & LosslessStringConvertible>(
    _ text: String, as: T.Type
  ) throws(SearchError) -> T {
    let digits = text.filter { $0 != "_" }
    let word = digits.lowercased()
    let value: T?
    if word == "inf" || word == "+inf" || word == "infinity" {
      value = .infinity
    } else if digits.allSatisfy({ "0123456789.eE+-".contains($0) }) {
      value = T(digits)
    } else {
      value = nil
    }
    guard let value, value >= 0 else { throw .invalidTolerance(text: text) }
    return value
  }

  /// The 10 bytes of an x87 long double, little-endian.
  static func significantBytes(_ value: Float80) -> [UInt8] {
    withUnsafeBytes(of: value) { Array($0.prefix(10)) }
  }
}

/// The values an integer dtype holds, and their bit patterns.
struct IntegerRange: Sendable {
  let size: Int
  let signed: Bool

  /// The sign bit, flipped to compare signed values as unsigned ones; 0 for unsigned types.
  var bias: UInt64 { signed ? 1 << UInt64(8 * size - 1) : 0 }
  /// The largest value's bits once biased: all ones of the width.
  var biasedMaximum: UInt64 { size == 8 ? .max : (1 << UInt64(8 * size)) - 1 }

  var minimum: Float80 { signed ? -Float80(bias) : 0 }
  var maximum: Float80 { Float80(biasedMaximum) - Float80(bias) }

  /// The bits (little-endian in the low bytes) of the integer `number`, which must fit.
  func bits(of number: SearchNumber, text: String, dtype: DType) throws(SearchError) -> UInt64 {
    let outOfRange = SearchError.integerOutOfRange(
      text: text, dtype: dtype, minimum: signed ? "-\(bias)" : "0",
      maximum: String(signed ? bias - 1 : biasedMaximum))
    let negative: Bool
    let magnitude: UInt64
    switch number.value {
    case .nan: throw .notAnInteger(text: text, dtype: dtype)
    case .infinity: throw outOfRange
    case .integer(let sign, let value):
      guard let value else { throw outOfRange }
      (negative, magnitude) = (sign, value)
    case .real(let value):
      guard value.rounded(.towardZero) == value else { throw .notAnInteger(text: text, dtype: dtype) }
      guard abs(value) < 18_446_744_073_709_551_616.0 else { throw outOfRange }
      (negative, magnitude) = (value < 0, UInt64(abs(value)))
    }
    if negative {
      guard magnitude <= bias, magnitude == 0 || signed else { throw outOfRange }
      return (0 &- magnitude) & biasedMaximum
    }
    guard magnitude <= biasedMaximum - bias else { throw outOfRange }
    return magnitude
  }

  /// The biased bit range of the integers x with `|x - value| <= tolerance`; empty
  /// (`low > high`) when none lies in the dtype's range.
  func bounds(around value: Float80, within tolerance: Float80) -> (low: UInt64, high: UInt64) {
    let low = max((value - tolerance).rounded(.up), minimum)
    let high = min((value + tolerance).rounded(.down), maximum)
    guard low <= high else { return (1, 0) }
    return (biased(low), biased(high))
  }

  /// The biased bits of an integral value in range.
  private func biased(_ value: Float80) -> UInt64 {
    signed ? (UInt64(bitPattern: Int64(value)) & biasedMaximum) ^ bias : UInt64(value)
  }
}
