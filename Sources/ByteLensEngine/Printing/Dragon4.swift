/// NumPy's Dragon4 float-to-decimal conversion (`numpy/_core/src/multiarray/dragon4.c`), ported
/// with both its digit modes: unique (every printing path) and exact (`floatmode='fixed'`).
///
/// Digits are exact: the shortest digits that read back to the same float, cut at a precision
/// with round-half-even on the exact binary value, or extended past the shortest digits with the
/// value's true digits (`min_digits`). Swift's own float descriptions cannot do the last two.
/// Like NumPy, the text lives in a 16384-byte buffer: digits past it are cut, and padding that
/// would not fit fails (`PrintingError.formattingResultTooLarge`).
enum Dragon4 {
  /// How `cutoff` digits are counted: from the first significant digit or after the point.
  enum CutoffMode { case totalLength, fractionLength }

  /// NumPy's `TrimMode`: `k` keeps zeros, `.` trims zeros keeping the point, `0` leaves one zero
  /// after the point, `-` trims zeros and the point.
  enum TrimMode { case none, zeros, leaveOneZero, pointAndZeros }

  /// A float taken apart as `mantissa × 2^exponent`, the form Dragon4 works on.
  enum Parts {
    case finite(
      negative: Bool, mantissa: UInt64, exponent: Int, mantissaBit: Int, unequalMargins: Bool)
    case infinity(negative: Bool)
    case nan
  }

  struct Options {
    var scientific = false
    var cutoffMode = CutoffMode.totalLength
    /// Maximum digits (`-1`: as many as uniqueness needs).
    var precision = -1
    /// Shortest round-trip digits (NumPy's `DigitMode_Unique`); otherwise the exact binary
    /// value's digits up to `precision`, which must then be 0 or more (`DigitMode_Exact`).
    var unique = true
    /// Minimum digits, generated from the exact value past the shortest ones (`-1`: none).
    var minDigits = -1
    /// Print `+` before non-negative values.
    var sign = false
    var trim = TrimMode.leaveOneZero
    /// Pad with spaces until this many characters are left of the point (`-1`: no padding).
    var padLeft = -1
    /// Pad with spaces until this many characters are right of the point (positional only).
    var padRight = -1
    /// Minimum exponent digits (scientific only; `-1`: 2).
    var exponentDigits = -1
  }

  /// NumPy's text buffer size, which bounds the digits Dragon4 may produce.
  private static let bufferSize = 16384

  /// Formats `parts` as NumPy's `Dragon4_Positional`/`Dragon4_Scientific` would.
  /// - Throws: `PrintingError.formattingResultTooLarge` when padding or fixed digits pass
  ///   NumPy's buffer.
  static func format(_ parts: Parts, _ options: Options) throws(PrintingError) -> String {
    switch parts {
    case .nan:
      return "nan"
    case .infinity(let negative):
      return negative ? "-inf" : (options.sign ? "+inf" : "inf")
    case .finite(let negative, let mantissa, let exponent, let mantissaBit, let unequal):
      let signCharacter: UInt8? =
        negative ? UInt8(ascii: "-") : (options.sign ? UInt8(ascii: "+") : nil)
      let value = Value(
        mantissa: mantissa, exponent: exponent, mantissaBit: mantissaBit, unequalMargins: unequal)
      let bytes =
        options.scientific
        ? formatScientific(value, sign: signCharacter, options)
        : try formatPositional(value, sign: signCharacter, options)
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// `format` for options without padding or fixed digits, which always fit NumPy's buffer.
  static func formatUnpadded(_ parts: Parts, _ options: Options) -> String {
    (try? format(parts, options)) ?? ""
  }

  private struct Value {
    var mantissa: UInt64
    var exponent: Int
    var mantissaBit: Int
    var unequalMargins: Bool
  }

  // MARK: - Digit generation

  /// The digits of `value` and the decimal exponent of the first one.
  private static func digits(
    _ value: Value, unique: Bool, cutoffMode: CutoffMode, cutoffMax: Int, cutoffMin: Int,
    bufferSize: Int
  ) -> (digits: [UInt8], exponent: Int) {
    let mantissa = BigUInt(value.mantissa)
    if mantissa.isZero { return ([UInt8(ascii: "0")], 0) }
    let isEven = mantissa.isEven
    let exponent = value.exponent

    var scale: BigUInt
    var scaledValue = mantissa
    var marginLow: BigUInt
    var marginHigh: BigUInt
    if value.unequalMargins {
      if exponent > 0 {
        scaledValue.shiftLeft(exponent + 2)
        scale = BigUInt(4)
        marginLow = .power2(exponent)
        marginHigh = .power2(exponent + 1)
      } else {
        scaledValue.shiftLeft(2)
        scale = .power2(-exponent + 2)
        marginLow = BigUInt(1)
        marginHigh = BigUInt(2)
      }
    } else {
      if exponent > 0 {
        scaledValue.shiftLeft(exponent + 1)
        scale = BigUInt(2)
        marginLow = .power2(exponent)
      } else {
        scaledValue.shiftLeft(1)
        scale = .power2(-exponent + 1)
        marginLow = BigUInt(1)
      }
      marginHigh = marginLow
    }
    func updateHighMargin() {
      if value.unequalMargins {
        marginHigh = marginLow
        marginHigh.shiftLeft(1)
      } else {
        marginHigh = marginLow
      }
    }

    let log10of2 = 0.30102999566398119521373889472449
    var digitExponent = Int((Double(value.mantissaBit + exponent) * log10of2 - 0.69).rounded(.up))
    if cutoffMax >= 0 && cutoffMode == .fractionLength && digitExponent <= -cutoffMax {
      digitExponent = -cutoffMax + 1
    }
    if digitExponent > 0 {
      scale.multiplyByPower10(digitExponent)
    } else if digitExponent < 0 {
      scaledValue.multiplyByPower10(-digitExponent)
      marginLow.multiplyByPower10(-digitExponent)
      updateHighMargin()
    }
    if scaledValue >= scale {
      digitExponent += 1
    } else {
      scaledValue.multiply(by: 10)
      marginLow.multiply(by: 10)
      updateHighMargin()
    }

    var cutoffMaxExponent = digitExponent - bufferSize
    if cutoffMax >= 0 {
      let desired = cutoffMode == .totalLength ? digitExponent - cutoffMax : -cutoffMax
      if desired > cutoffMaxExponent { cutoffMaxExponent = desired }
    }
    var cutoffMinExponent = digitExponent
    if cutoffMin >= 0 {
      let desired = cutoffMode == .totalLength ? digitExponent - cutoffMin : -cutoffMin
      if desired < cutoffMinExponent { cutoffMinExponent = desired }
    }
    var outExponent = digitExponent - 1

    var output: [UInt8] = []
    var low = false
    var high = false
    var digit = 0
    while unique {
      digitExponent -= 1
      digit = scaledValue.divideSmallQuotient(by: scale)
      let scaledValueHigh = scaledValue + marginHigh
      let lowComparison = BigUInt.compare(scaledValue, marginLow)
      low = isEven ? lowComparison <= 0 : lowComparison < 0
      let highComparison = BigUInt.compare(scaledValueHigh, scale)
      high = isEven ? highComparison >= 0 : highComparison > 0
      let unique = (low || high) && digitExponent <= cutoffMinExponent
      if unique || digitExponent == cutoffMaxExponent { break }
      output.append(UInt8(ascii: "0") + UInt8(digit))
      scaledValue.multiply(by: 10)
      marginLow.multiply(by: 10)
      updateHighMargin()
    }
    // Exact mode: every digit of the binary value, until it runs out or the cutoff.
    while !unique {
      digitExponent -= 1
      digit = scaledValue.divideSmallQuotient(by: scale)
      if scaledValue.isZero || digitExponent == cutoffMaxExponent { break }
      output.append(UInt8(ascii: "0") + UInt8(digit))
      scaledValue.multiply(by: 10)
    }

    var roundDown = low
    if low == high {
      scaledValue.shiftLeft(1)
      let comparison = BigUInt.compare(scaledValue, scale)
      roundDown = comparison < 0
      if comparison == 0 { roundDown = digit & 1 == 0 }
    }
    if roundDown {
      output.append(UInt8(ascii: "0") + UInt8(digit))
    } else if digit == 9 {
      // Carry into the previous digits; an all-nines prefix becomes a single 1.
      while true {
        guard let last = output.last else {
          output.append(UInt8(ascii: "1"))
          outExponent += 1
          break
        }
        if last != UInt8(ascii: "9") {
          output[output.count - 1] = last + 1
          break
        }
        output.removeLast()
      }
    } else {
      output.append(UInt8(ascii: "0") + UInt8(digit + 1))
    }
    return (output, outExponent)
  }

  // MARK: - Layout

  private static let zero = UInt8(ascii: "0")
  private static let point = UInt8(ascii: ".")
  private static let space = UInt8(ascii: " ")

  /// NumPy's `FormatPositional`.
  private static func formatPositional(
    _ value: Value, sign: UInt8?, _ options: Options
  ) throws(PrintingError) -> [UInt8] {
    let maxPrintLength = bufferSize - 1
    var buffer: [UInt8] = []
    let hasSign = sign == nil ? 0 : 1
    if let sign { buffer.append(sign) }
    let (digits, printExponent) = Self.digits(
      value, unique: options.unique, cutoffMode: options.cutoffMode,
      cutoffMax: options.precision, cutoffMin: options.minDigits,
      bufferSize: maxPrintLength - hasSign)

    var numWholeDigits: Int
    var numFractionDigits = 0
    if printExponent >= 0 {
      numWholeDigits = printExponent + 1
      if digits.count <= numWholeDigits {
        buffer += digits
        let count = numWholeDigits - digits.count
        guard count <= maxPrintLength - buffer.count else {
          throw PrintingError.formattingResultTooLarge
        }
        buffer += repeatElement(zero, count: count)
      } else {
        numFractionDigits = min(
          digits.count - numWholeDigits, maxPrintLength - numWholeDigits - 1 - buffer.count)
        buffer += digits[..<numWholeDigits]
        buffer.append(point)
        buffer += digits[numWholeDigits..<(numWholeDigits + numFractionDigits)]
      }
    } else {
      let numFractionZeros = min(-(printExponent + 1), maxPrintLength - 2 - buffer.count)
      let shownDigits = min(digits.count, maxPrintLength - 2 - numFractionZeros - buffer.count)
      buffer += [zero, point]
      buffer += repeatElement(zero, count: numFractionZeros)
      buffer += digits[..<shownDigits]
      numFractionDigits = shownDigits + numFractionZeros
      numWholeDigits = 1
    }

    if options.trim != .pointAndZeros && numFractionDigits == 0
      && buffer.count < maxPrintLength
    {
      buffer.append(point)
    }

    let addDigits = options.unique ? options.minDigits : options.precision
    var desiredFractionalDigits = max(addDigits, 0)
    if options.cutoffMode == .totalLength { desiredFractionalDigits = addDigits - numWholeDigits }

    if options.trim == .leaveOneZero {
      if numFractionDigits == 0 && buffer.count < maxPrintLength {
        buffer.append(zero)
        numFractionDigits += 1
      }
    } else if options.trim == .none && desiredFractionalDigits > numFractionDigits
      && buffer.count < maxPrintLength
    {
      let count = desiredFractionalDigits - numFractionDigits
      guard count <= maxPrintLength - buffer.count else {
        throw PrintingError.formattingResultTooLarge
      }
      buffer += repeatElement(zero, count: count)
      numFractionDigits = desiredFractionalDigits
    }

    if options.trim != .none && numFractionDigits > 0 {
      while buffer.last == zero {
        buffer.removeLast()
        numFractionDigits -= 1
      }
      if buffer.last == point {
        if options.trim == .leaveOneZero {
          buffer.append(zero)
          numFractionDigits += 1
        } else if options.trim == .pointAndZeros {
          buffer.removeLast()
        }
      }
    }

    if options.padRight >= numFractionDigits {
      let count = options.padRight - numFractionDigits
      if options.trim == .pointAndZeros && numFractionDigits == 0
        && buffer.count < maxPrintLength
      {
        buffer.append(space)
      }
      guard count <= maxPrintLength - buffer.count else {
        throw PrintingError.formattingResultTooLarge
      }
      buffer += repeatElement(space, count: count)
    }
    if options.padLeft > numWholeDigits + hasSign {
      let shift = options.padLeft - numWholeDigits - hasSign
      guard buffer.count <= maxPrintLength - shift else {
        throw PrintingError.formattingResultTooLarge
      }
      buffer.insert(contentsOf: repeatElement(space, count: shift), at: 0)
    }
    return buffer
  }

  /// NumPy's `FormatScientific`. `remaining` is NumPy's count of the buffer left, its NUL
  /// included; as in NumPy, the zeros that fixed digits add do not count against it.
  private static func formatScientific(
    _ value: Value, sign: UInt8?, _ options: Options
  ) -> [UInt8] {
    var buffer: [UInt8] = []
    var remaining = bufferSize
    let leftCharacters = 1 + (sign == nil ? 0 : 1)
    if options.padLeft > leftCharacters {
      let count = min(options.padLeft - leftCharacters, remaining - 1)
      buffer += repeatElement(space, count: count)
      remaining -= count
    }
    if let sign, remaining > 1 {
      buffer.append(sign)
      remaining -= 1
    }
    // Padding that fills the buffer leaves no room for the number: NumPy's text is the spaces.
    guard remaining > 1 else { return buffer }
    let (digits, printExponent) = Self.digits(
      value, unique: options.unique, cutoffMode: .totalLength,
      cutoffMax: options.precision < 0 ? -1 : options.precision + 1,
      cutoffMin: options.minDigits < 0 ? -1 : options.minDigits + 1,
      bufferSize: remaining)

    buffer.append(digits[0])
    remaining -= 1
    var numFractionDigits = digits.count - 1
    if numFractionDigits > 0 && remaining > 1 {
      numFractionDigits = min(numFractionDigits, remaining - 2)
      buffer.append(point)
      buffer += digits[1..<(1 + numFractionDigits)]
      remaining -= 1 + numFractionDigits
    }
    if options.trim != .pointAndZeros && numFractionDigits == 0 && remaining > 1 {
      buffer.append(point)
      remaining -= 1
    }

    let addDigits = max(options.unique ? options.minDigits : options.precision, 0)
    if options.trim == .leaveOneZero {
      if numFractionDigits == 0 && remaining > 1 {
        buffer.append(zero)
        remaining -= 1
        numFractionDigits += 1
      }
    } else if options.trim == .none && addDigits > numFractionDigits {
      let count = min(addDigits - numFractionDigits, remaining - 1)
      buffer += repeatElement(zero, count: count)
      numFractionDigits += count
    }

    if options.trim != .none && numFractionDigits > 0 {
      while buffer.last == zero {
        buffer.removeLast()
        remaining += 1
      }
      if options.trim == .leaveOneZero && buffer.last == point {
        buffer.append(zero)
        remaining -= 1
      }
    }

    guard remaining > 1 else { return buffer }
    var exponentDigits = min(options.exponentDigits, 5)
    if exponentDigits < 0 { exponentDigits = 2 }
    var exponentText: [UInt8] = [
      UInt8(ascii: "e"), printExponent >= 0 ? UInt8(ascii: "+") : UInt8(ascii: "-"),
    ]
    let magnitude = String(abs(printExponent))
    exponentText += repeatElement(zero, count: max(0, exponentDigits - magnitude.utf8.count))
    exponentText += magnitude.utf8
    buffer += exponentText.prefix(remaining - 1)
    return buffer
  }
}
