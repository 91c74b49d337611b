/// NumPy's `FloatingFormat` for `floatmode='maxprec'`: one layout shared by every displayed
/// element of a float column, chosen from all of them.
///
/// Positional unless, over the finite non-zero magnitudes, the largest reaches the type's cutoff
/// (`1e3` f2, `1e6` f4, `1e8` f8/f16), the smallest is below `0.0001`, or their ratio passes
/// 1000; these comparisons run in the float type itself, as NumPy's do. Positional values get at
/// most `precision` fraction digits, padded to a common width; scientific ones all get as many
/// digits as the longest shortest form needs.
struct FloatingFormat: Equatable {
  private(set) var scientific = false
  private(set) var precision: Int
  private(set) var minDigits = -1
  private(set) var trim = Dragon4.TrimMode.zeros
  private(set) var padLeft = 0
  private(set) var padRight = 0
  private(set) var exponentSize = -1
  /// Whether positive values carry `+` (the imaginary parts of complex numbers).
  let sign: Bool
  /// Whether the layout was chosen from at least one finite value. A negative `edgeitems` can
  /// leave none while a finite one is shown; NumPy then fails (`min_digits` is `None`).
  private(set) var measuredFinite = true

  /// Chooses the layout for `values`. `precision` is the print option (8 by default);
  /// `suppress` keeps small values and wide ranges positional (only the cutoff goes
  /// scientific), as NumPy's `suppress=True`.
  init<F: PrintableFloat>(
    _ values: [F], precision: Int, sign: Bool = false, suppress: Bool = false
  ) {
    self.precision = precision
    self.sign = sign
    let finite = values.filter { $0.isFinite }
    var maximum: F?
    var minimum: F?
    for value in finite where value != 0 {
      let magnitude = value.magnitude
      if maximum == nil || magnitude > maximum! { maximum = magnitude }
      if minimum == nil || magnitude < minimum! { minimum = magnitude }
    }
    if let maximum, let minimum {
      scientific =
        maximum >= F.arrayScientificAbove
        || (!suppress && (minimum < F.arraySmallCutoff || maximum / minimum > 1000))
    }

    if finite.isEmpty {
      measuredFinite = false
      padLeft = 0
      padRight = 0
      trim = .zeros
      exponentSize = -1
      minDigits = -1
    } else if scientific {
      var options = Dragon4.Options()
      options.scientific = true
      options.precision = precision
      options.trim = .zeros
      options.sign = sign
      var maxFraction = 0
      var maxWhole = 0
      var maxExponent = 0
      for value in finite {
        let text = Array(Dragon4.format(value.dragon4Parts, options).utf8)
        let e = text.firstIndex(of: UInt8(ascii: "e"))!
        let dot = text.firstIndex(of: UInt8(ascii: ".")) ?? e
        maxWhole = max(maxWhole, dot)
        maxFraction = max(maxFraction, e - min(dot + 1, e))
        maxExponent = max(maxExponent, text.count - e - 1)
      }
      exponentSize = maxExponent - 1
      trim = .none
      self.precision = maxFraction
      minDigits = maxFraction
      padLeft = maxWhole
      padRight = exponentSize + 2 + maxFraction
    } else {
      var options = Dragon4.Options()
      options.cutoffMode = .fractionLength
      options.precision = precision
      options.trim = .zeros
      options.sign = sign
      var maxFraction = 0
      var maxWhole = 0
      for value in finite {
        let text = Array(Dragon4.format(value.dragon4Parts, options).utf8)
        let dot = text.firstIndex(of: UInt8(ascii: "."))!
        maxWhole = max(maxWhole, dot)
        maxFraction = max(maxFraction, text.count - dot - 1)
      }
      padLeft = maxWhole
      padRight = maxFraction
      exponentSize = -1
      trim = .zeros
      minDigits = 0
    }

    if finite.count != values.count {
      let negativeInfinity = sign || values.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
    }
  }

  /// One element, padded to the column's width.
  /// - Throws: `PrintingError.floatFormatWithoutFiniteElements` for a finite value when the
  ///   layout was chosen from no finite value.
  func format<F: PrintableFloat>(_ value: F) throws(PrintingError) -> String {
    if value.isFinite && !measuredFinite { throw PrintingError.floatFormatWithoutFiniteElements }
    if !value.isFinite {
      let text: String
      if value.isNaN {
        text = sign ? "+nan" : "nan"
      } else {
        text = value < 0 ? "-inf" : (sign ? "+inf" : "inf")
      }
      let width = padLeft + padRight + 1
      return String(repeating: " ", count: max(0, width - text.utf8.count)) + text
    }
    var options = Dragon4.Options()
    options.scientific = scientific
    options.precision = precision
    options.minDigits = minDigits
    options.trim = trim
    options.sign = sign
    options.padLeft = padLeft
    if scientific {
      options.exponentDigits = exponentSize
    } else {
      options.cutoffMode = .fractionLength
      options.padRight = padRight
    }
    return Dragon4.format(value.dragon4Parts, options)
  }
}
