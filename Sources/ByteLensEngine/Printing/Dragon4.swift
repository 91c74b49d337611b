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
  static let bufferSize = 16384

  /// Formats `parts` as NumPy's `Dragon4_Positional`/`Dragon4_Scientific` would, always with
  /// the exact big-integer digit generation.
  /// - Throws: `PrintingError.formattingResultTooLarge` when padding or fixed digits pass
  ///   NumPy's buffer.
  static func format(_ parts: Parts, _ options: Options) throws(PrintingError) -> String {
    var text: [UInt8] = []
    var scratch: [UInt8] = []
    try append(parts, options, into: &text, scratch: &scratch)
    return String(decoding: text, as: UTF8.self)
  }

  /// Appends the text of `parts` to `text`; `scratch` holds digits between calls.
  /// - Throws: as `format(_:_:)`.
  static func append(
    _ parts: Parts, _ options: Options, into text: inout [UInt8], scratch: inout [UInt8]
  ) throws(PrintingError) {
    switch parts {
    case .nan:
      text += "nan".utf8
    case .infinity(let negative):
      text += (negative ? "-inf" : (options.sign ? "+inf" : "inf")).utf8
    case .finite(let negative, let mantissa, let exponent, let mantissaBit, let unequal):
      let value = ExactValue(
        mantissa: mantissa, exponent: exponent, mantissaBit: mantissaBit, unequalMargins: unequal)
      try append(value, negative: negative, options, into: &text, scratch: &scratch)
    }
  }

  /// Appends the text of a finite value whose digits come from `generator`.
  /// - Throws: as `format(_:_:)`.
  static func append<Generator: DigitGenerator>(
    _ generator: Generator, negative: Bool, _ options: Options, into text: inout [UInt8],
    scratch: inout [UInt8]
  ) throws(PrintingError) {
    let sign: UInt8? = negative ? UInt8(ascii: "-") : (options.sign ? UInt8(ascii: "+") : nil)
    if options.scientific {
      formatScientific(generator, sign: sign, options, into: &text, scratch: &scratch)
    } else {
      try formatPositional(generator, sign: sign, options, into: &text, scratch: &scratch)
    }
  }

  /// Which digits a format asks for: Dragon4's digit mode, `cutoff_mode`, `precision` and
  /// `min_digits`, and the room left in the text buffer.
  struct DigitRequest {
    /// `DigitMode_Unique` (shortest digits) or `DigitMode_Exact` (the binary value's digits).
    var unique: Bool
    var cutoffMode: CutoffMode
    var cutoffMax: Int
    var cutoffMin: Int
    var bufferSize: Int
    /// How the digits will be laid out, which decides whether trailing zeros among them
    /// can show (see `ShortestValue`).
    var scientific: Bool
    var trim: TrimMode
  }

  /// A finite value that can produce Dragon4's digits for a request.
  protocol DigitGenerator {
    /// Replaces `digits` with the ASCII digits and returns the decimal exponent of the first.
    func digits(_ request: DigitRequest, into digits: inout [UInt8]) -> Int
  }

  /// A finite value as `mantissa × 2^exponent`, whose digits come from exact big-integer
  /// arithmetic.
  struct ExactValue: DigitGenerator {
    var mantissa: UInt64
    var exponent: Int
    var mantissaBit: Int
    var unequalMargins: Bool

    func digits(_ request: DigitRequest, into digits: inout [UInt8]) -> Int {
      Dragon4.exactDigits(self, request, into: &digits)
    }
  }

  // MARK: - Digit generation

  /// Writes the digits of `value` into `output` and returns the decimal exponent of the first.
  static func exactDigits(
    _ value: ExactValue, _ request: DigitRequest, into output: inout [UInt8]
  ) -> Int {
    let cutoffMode = request.cutoffMode
    let cutoffMax = request.cutoffMax
    let cutoffMin = request.cutoffMin
    let bufferSize = request.bufferSize
    output.removeAll(keepingCapacity: true)
    let mantissa = BigUInt(value.mantissa)
    if mantissa.isZero {
      output.append(UInt8(ascii: "0"))
      return 0
    }
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
      marginHigh = BigUInt(0)  // unused: the high margin is `marginLow`
    }
    // With equal margins the high margin is the low one, read from `marginLow` itself: a
    // copy would share its storage and make every in-place multiply copy it.
    func updateHighMargin() {
      if value.unequalMargins { marginHigh.assignSum(marginLow, marginLow) }
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

    var low = false
    var high = false
    var digit = 0
    var scaledValueHigh = BigUInt(0)
    while request.unique {
      digitExponent -= 1
      digit = scaledValue.divideSmallQuotient(by: scale)
      scaledValueHigh.assignSum(scaledValue, value.unequalMargins ? marginHigh : marginLow)
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
    while !request.unique {
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
    return outExponent
  }

  // MARK: - Layout

  private static let zero = UInt8(ascii: "0")
  private static let point = UInt8(ascii: ".")
  private static let space = UInt8(ascii: " ")

  /// NumPy's `FormatPositional`, appended to `buffer`; NumPy's buffer bounds the text of this
  /// value alone (`buffer.count - start`).
  private static func formatPositional<Generator: DigitGenerator>(
    _ value: Generator, sign: UInt8?, _ options: Options, into buffer: inout [UInt8],
    scratch digits: inout [UInt8]
  ) throws(PrintingError) {
    let start = buffer.count
    let maxPrintLength = bufferSize - 1
    let hasSign = sign == nil ? 0 : 1
    if let sign { buffer.append(sign) }
    let printExponent = value.digits(
      DigitRequest(
        unique: options.unique, cutoffMode: options.cutoffMode, cutoffMax: options.precision,
        cutoffMin: options.minDigits, bufferSize: maxPrintLength - hasSign, scientific: false,
        trim: options.trim),
      into: &digits)

    var numWholeDigits: Int
    var numFractionDigits = 0
    if printExponent >= 0 {
      numWholeDigits = printExponent + 1
      if digits.count <= numWholeDigits {
        buffer += digits
        let count = numWholeDigits - digits.count
        guard count <= maxPrintLength - (buffer.count - start) else {
          throw PrintingError.formattingResultTooLarge
        }
        buffer += repeatElement(zero, count: count)
      } else {
        numFractionDigits = min(
          digits.count - numWholeDigits,
          maxPrintLength - numWholeDigits - 1 - (buffer.count - start))
        buffer += digits[..<numWholeDigits]
        buffer.append(point)
        buffer += digits[numWholeDigits..<(numWholeDigits + numFractionDigits)]
      }
    } else {
      let room = maxPrintLength - 2 - (buffer.count - start)
      let numFractionZeros = min(-(printExponent + 1), room)
      let shownDigits = min(digits.count, room - numFractionZeros)
      buffer.append(zero)
      buffer.append(point)
      buffer += repeatElement(zero, count: numFractionZeros)
      buffer += digits[..<shownDigits]
      numFractionDigits = shownDigits + numFractionZeros
      numWholeDigits = 1
    }

    if options.trim != .pointAndZeros && numFractionDigits == 0
      && buffer.count - start < maxPrintLength
    {
      buffer.append(point)
    }

    let addDigits = options.unique ? options.minDigits : options.precision
    var desiredFractionalDigits = max(addDigits, 0)
    if options.cutoffMode == .totalLength { desiredFractionalDigits = addDigits - numWholeDigits }

    if options.trim == .leaveOneZero {
      if numFractionDigits == 0 && buffer.count - start < maxPrintLength {
        buffer.append(zero)
        numFractionDigits += 1
      }
    } else if options.trim == .none && desiredFractionalDigits > numFractionDigits
      && buffer.count - start < maxPrintLength
    {
      let count = desiredFractionalDigits - numFractionDigits
      guard count <= maxPrintLength - (buffer.count - start) else {
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
        && buffer.count - start < maxPrintLength
      {
        buffer.append(space)
      }
      guard count <= maxPrintLength - (buffer.count - start) else {
        throw PrintingError.formattingResultTooLarge
      }
      buffer += repeatElement(space, count: count)
    }
    if options.padLeft > numWholeDigits + hasSign {
      let shift = options.padLeft - numWholeDigits - hasSign
      guard buffer.count - start <= maxPrintLength - shift else {
        throw PrintingError.formattingResultTooLarge
      }
      buffer.insert(contentsOf: repeatElement(space, count: shift), at: start)
    }
  }

  /// NumPy's `FormatScientific`, appended to `buffer`. `remaining` is NumPy's count of the
  /// buffer left, its NUL included; as in NumPy, the zeros that fixed digits add do not count
  /// against it.
  private static func formatScientific<Generator: DigitGenerator>(
    _ value: Generator, sign: UInt8?, _ options: Options, into buffer: inout [UInt8],
    scratch digits: inout [UInt8]
  ) {
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
    guard remaining > 1 else { return }
    let printExponent = value.digits(
      DigitRequest(
        unique: options.unique, cutoffMode: .totalLength,
        cutoffMax: options.precision < 0 ? -1 : options.precision + 1,
        cutoffMin: options.minDigits < 0 ? -1 : options.minDigits + 1,
        bufferSize: remaining, scientific: true, trim: options.trim),
      into: &digits)

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

    guard remaining > 1 else { return }
    var exponentDigits = min(options.exponentDigits, 5)
    if exponentDigits < 0 { exponentDigits = 2 }
    // At most five digits: the widest exponent, of an x87 long double, is 4951. Written
    // into a fixed tuple, the last digit first (divisions by the constant 10).
    var magnitude = printExponent.magnitude
    var exponentText: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0)
    let length = withUnsafeMutableBytes(of: &exponentText) { text -> Int in
      var count = 0
      repeat {
        text[6 - count] = zero + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      while count < exponentDigits {
        text[6 - count] = zero
        count += 1
      }
      text[6 - count] = printExponent >= 0 ? UInt8(ascii: "+") : UInt8(ascii: "-")
      text[5 - count] = UInt8(ascii: "e")
      return count + 2
    }
    // The exponent, cut to the buffer's room as NumPy's is.
    withUnsafeBytes(of: exponentText) { text in
      buffer += text[(7 - length)..<(7 - length + min(length, remaining - 1))]
    }
  }
}
