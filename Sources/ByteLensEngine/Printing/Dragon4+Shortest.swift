/// Dragon4's digits from a float's shortest digits, without big integers.
///
/// Dragon4 generates digits from the exact value until they are unique (the shortest ones) or
/// until the cutoff, whichever comes first, then rounds:
/// - when the shortest digits end at or before the cutoff, they are the answer; a `min_digits`
///   past them asks for the exact value's next digits, which are zeros whenever the digit
///   grid there is coarser than the float's spacing (then one grid point fits the rounding
///   interval, and it is the shortest digits padded with zeros);
/// - when they go past the cutoff, the answer is the exact value rounded half-to-even at the
///   cutoff. The shortest digits round the same way, since no cutoff-length number lies
///   between them and the value (it would be shorter, or closer, than they are) — except when
///   they end in a single `5` just past the cutoff, where the exact value may fall on either
///   side of that midpoint.
/// In the two uncertain cases, when the first digit is already past the cutoff, and in exact
/// digit mode (`floatmode='fixed'`, whose digits are the binary value's, not the shortest),
/// the exact `ExactValue` path answers.
extension Dragon4 {
  struct ShortestValue: DigitGenerator {
    let shortest: ShortestDigits
    let exact: ExactValue

    func digits(_ request: DigitRequest, into digits: inout [UInt8]) -> Int {
      guard request.unique, shortest.significand != 0 else {
        return exact.digits(request, into: &digits)
      }
      let first = shortest.exponent
      let last = first - shortest.count + 1
      let isTotalLength = request.cutoffMode == .totalLength
      var cutoff = first + 1 - request.bufferSize
      if request.cutoffMax >= 0 {
        cutoff = max(cutoff, isTotalLength ? first + 1 - request.cutoffMax : -request.cutoffMax)
      }
      var minimumEnd = first + 1
      if request.cutoffMin >= 0 {
        minimumEnd = min(
          minimumEnd, isTotalLength ? first + 1 - request.cutoffMin : -request.cutoffMin)
      }
      // Dragon4 places the first digit differently when it lies past a fraction cutoff.
      guard cutoff <= first else { return exact.digits(request, into: &digits) }
      // A power of ten may be the shortest form of a float just below it, whose first digit
      // Dragon4 places one lower; that moves a `min_digits` end.
      if shortest.significand == 1 && request.cutoffMin >= 0 && !isExactPowerOf10 {
        return exact.digits(request, into: &digits)
      }

      if last >= cutoff {
        guard minimumEnd < last else {
          write(shortest.significand, count: shortest.count, into: &digits)
          return first
        }
        let end = max(minimumEnd, cutoff)
        guard gridIsCoarserThanSpacing(at: end), zerosCannotShow(request, first: first) else {
          return exact.digits(request, into: &digits)
        }
        write(shortest.significand, count: shortest.count, into: &digits)
        digits += repeatElement(UInt8(ascii: "0"), count: last - end)
        return first
      }

      let kept = first - cutoff + 1
      let dropped = shortest.count - kept
      let divisor = Self.powerOf10(dropped)
      var quotient = shortest.significand / divisor
      let remainder = shortest.significand % divisor
      let half = divisor / 2
      if remainder == half { return exact.digits(request, into: &digits) }
      if remainder < half {
        // Rounded down: Dragon4 keeps the digits it generated, zeros included.
        write(quotient, count: kept, into: &digits)
        return first
      }
      quotient += 1
      if quotient == Self.powerOf10(kept) {
        digits.removeAll(keepingCapacity: true)
        digits.append(UInt8(ascii: "1"))
        return first + 1
      }
      // Rounded up: Dragon4's carry drops the nines it turns into zeros.
      var count = kept
      while quotient % 10 == 0 {
        quotient /= 10
        count -= 1
      }
      write(quotient, count: count, into: &digits)
      return first
    }

    /// Whether the value is exactly `10^k` for the shortest digits' `k` (checked for
    /// `k` in 0…22, where powers of ten are exact doubles).
    private var isExactPowerOf10: Bool {
      guard (0...22).contains(shortest.exponent), exact.exponent >= -64 else { return false }
      var power = 1.0
      for _ in 0..<shortest.exponent { power *= 10 }
      let mantissa = Double(exact.mantissa)  // exact: at most 53 significant bits
      return mantissa * Double(sign: .plus, exponent: exact.exponent, significand: 1) == power
    }

    /// Whether the zeros that pad the shortest digits to a `min_digits` end leave the text as
    /// Dragon4's digits would, which end at the shortest ones when the value lies below them
    /// (its carry drops the nines). They do except in scientific notation with the point
    /// trimmed (`1.` against `1`) and in positional total-length mode below 1 without
    /// trimming (its padding counts the `0` before the point as a digit).
    private func zerosCannotShow(_ request: DigitRequest, first: Int) -> Bool {
      if request.scientific { return request.trim != .pointAndZeros }
      return !(request.cutoffMode == .totalLength && first < 0 && request.trim == .none)
    }

    /// Whether steps of `10^position` are wider than the float's spacing `2^exponent`, so that
    /// its rounding interval holds at most one multiple of them.
    private func gridIsCoarserThanSpacing(at position: Int) -> Bool {
      let log2Of10 = 3.32192809488736234787
      return Double(position) * log2Of10 - Double(exact.exponent) > 1e-6
    }

    /// The `count` lowest decimal digits of `value`, the last first: divisions by the
    /// constant 10 compile to multiplications, where a falling divisor would not.
    private func write(_ value: UInt64, count: Int, into digits: inout [UInt8]) {
      digits.removeAll(keepingCapacity: true)
      digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
      var rest = value
      digits.withUnsafeMutableBufferPointer { buffer in
        var index = count - 1
        while index >= 0 && rest > 0 {
          buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
          index -= 1
        }
      }
    }

    /// `10^exponent` for the 0…19 digits a `UInt64` holds.
    private static func powerOf10(_ exponent: Int) -> UInt64 {
      var result: UInt64 = 1
      for _ in 0..<exponent { result &*= 10 }
      return result
    }
  }

  /// Appends `value` as NumPy prints it: from its shortest digits where `F` provides them
  /// (`f4`, `f8`), otherwise, and where those cannot decide, from the exact value.
  /// - Throws: `PrintingError.formattingResultTooLarge` when padding or fixed digits pass
  ///   NumPy's buffer.
  static func append<F: PrintableFloat>(
    _ value: F, _ options: Options, into text: inout [UInt8], scratch: inout [UInt8]
  ) throws(PrintingError) {
    let parts = value.dragon4Parts
    guard options.unique, let shortest = value.shortestDigits,
      case .finite(let negative, let mantissa, let exponent, let mantissaBit, let unequal) = parts
    else {
      try append(parts, options, into: &text, scratch: &scratch)
      return
    }
    let exact = ExactValue(
      mantissa: mantissa, exponent: exponent, mantissaBit: mantissaBit, unequalMargins: unequal)
    try append(
      ShortestValue(shortest: shortest, exact: exact), negative: negative, options, into: &text,
      scratch: &scratch)
  }

  /// `value` as NumPy prints it (see `append(_:_:into:scratch:)`).
  /// - Throws: as `append(_:_:into:scratch:)`.
  static func format<F: PrintableFloat>(
    _ value: F, _ options: Options
  ) throws(PrintingError) -> String {
    var text: [UInt8] = []
    var scratch: [UInt8] = []
    try append(value, options, into: &text, scratch: &scratch)
    return String(decoding: text, as: UTF8.self)
  }

  /// `format` for options without padding or fixed digits, which always fit NumPy's buffer.
  static func formatUnpadded<F: PrintableFloat>(_ value: F, _ options: Options) -> String {
    (try? format(value, options)) ?? ""
  }
}
