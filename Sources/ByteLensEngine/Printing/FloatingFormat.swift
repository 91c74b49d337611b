/// NumPy's `FloatingFormat`: one layout shared by every displayed element of a float column,
/// chosen from all of them.
///
/// Positional unless, over the finite non-zero magnitudes, the largest reaches the type's cutoff
/// (`1e3` f2, `1e6` f4, `1e8` f8/f16), the smallest is below `0.0001`, or their ratio passes
/// 1000 (the last two not under `suppress`); these comparisons run in the float type itself, as
/// NumPy's do. `floatmode` then picks the digits: `maxprec` at most `precision` fraction digits,
/// each value as short as it can be, padded to a common width; `maxprec_equal` as many for every
/// value as the longest needs; `fixed` exactly `precision` from the exact binary value; `unique`
/// the shortest round-trip digits whatever `precision` says. Scientific values all get as many
/// digits as the longest needs (`fixed`: `precision`).
struct FloatingFormat: Equatable {
  private(set) var scientific = false
  private(set) var precision: Int
  private(set) var minDigits = -1
  private(set) var unique = true
  private(set) var trim = Dragon4.TrimMode.zeros
  private(set) var padLeft = 0
  private(set) var padRight = 0
  private(set) var exponentSize = -1
  /// Whether positive values carry `+` (`sign='+'`, and the imaginary parts of complex numbers).
  let plusSign: Bool
  let nanText: String
  let infText: String
  /// Whether the layout was chosen from at least one finite value. A negative `edgeitems` can
  /// leave none while a finite one is shown; NumPy then fails (`min_digits` is `None`).
  private(set) var measuredFinite = true

  /// Chooses the layout for `values` under `options` (`precision`, `floatmode`, `suppress`,
  /// `sign`, `nanstr`, `infstr`); `sign` overrides the option's (`+` for imaginary parts).
  /// - Throws: `PrintingError.unusablePrecision` for a precision NumPy refuses (below 0 or past
  ///   a C `int`, except under `floatmode='unique'`, which ignores it), and
  ///   `formattingResultTooLarge` for digits past NumPy's buffer.
  init<F: PrintableFloat>(
    _ values: [F], options: PrintOptions, sign: PrintOptions.Sign? = nil
  ) throws(PrintingError) {
    let floatmode = options.floatmode
    if floatmode == .unique {
      precision = -1
    } else {
      guard (0...Int(Int32.max)).contains(options.precision) else {
        throw PrintingError.unusablePrecision(options.precision)
      }
      precision = options.precision
    }
    let sign = sign ?? options.sign
    plusSign = sign == .plus
    nanText = options.nanstr
    infText = options.infstr

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
        maximum >= (options.legacy <= 202 ? F(1e8 as Double) : F.arrayScientificAbove)
        || (!options.suppress && (minimum < F.arraySmallCutoff || maximum / minimum > 1000))
    }

    // The first pass formats every finite value to measure the column.
    var measure = Dragon4.Options()
    measure.precision = precision
    measure.sign = plusSign
    measure.unique = floatmode != .fixed
    measure.trim = floatmode == .fixed ? .none : .zeros
    if finite.isEmpty {
      measuredFinite = false
      trim = .zeros
      minDigits = -1
    } else if scientific {
      measure.scientific = true
      var maxFraction = 0
      var maxWhole = 0
      var maxExponent = 0
      for value in finite {
        let text = Array(try Dragon4.format(value.dragon4Parts, measure).utf8)
        let e = text.firstIndex(of: UInt8(ascii: "e")) ?? text.count
        let dot = text.firstIndex(of: UInt8(ascii: ".")) ?? e
        maxWhole = max(maxWhole, dot)
        maxFraction = max(maxFraction, e - min(dot + 1, e))
        maxExponent = max(maxExponent, text.count - min(e + 1, text.count))
      }
      exponentSize = maxExponent - 1
      trim = .none
      precision = maxFraction
      minDigits = maxFraction
      unique = measure.unique
      padLeft = maxWhole
      padRight = exponentSize + 2 + maxFraction
    } else {
      measure.cutoffMode = .fractionLength
      var maxFraction = 0
      var maxWhole = 0
      for value in finite {
        let text = Array(try Dragon4.format(value.dragon4Parts, measure).utf8)
        let dot = text.firstIndex(of: UInt8(ascii: ".")) ?? text.count
        maxWhole = max(maxWhole, dot)
        maxFraction = max(maxFraction, text.count - min(dot + 1, text.count))
      }
      padLeft = maxWhole
      padRight = maxFraction
      unique = measure.unique
      if floatmode == .fixed || floatmode == .maxprecEqual {
        precision = maxFraction
        minDigits = maxFraction
        trim = .none
      } else {
        trim = .zeros
        minDigits = 0
      }
    }

    // `sign=' '` leaves room for a sign unless a finite value already has one (-0.0 counts).
    if sign == .space && !finite.contains(where: { $0.sign == .minus }) { padLeft += 1 }

    if finite.count != values.count {
      let negativeInfinity = sign != .minus || values.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = max(
        padLeft, nanText.unicodeScalars.count - offset,
        infText.unicodeScalars.count + (negativeInfinity ? 1 : 0) - offset)
    }
  }

  /// One element, padded to the column's width.
  /// - Throws: `PrintingError.floatFormatWithoutFiniteElements` for a finite value when the
  ///   layout was chosen from no finite value; `formattingResultTooLarge` past NumPy's buffer.
  func format<F: PrintableFloat>(_ value: F) throws(PrintingError) -> String {
    if value.isFinite && !measuredFinite { throw PrintingError.floatFormatWithoutFiniteElements }
    if !value.isFinite {
      let text: String
      if value.isNaN {
        text = (plusSign ? "+" : "") + nanText
      } else {
        text = (value < 0 ? "-" : (plusSign ? "+" : "")) + infText
      }
      let width = padLeft + padRight + 1
      return String(repeating: " ", count: max(0, width - text.unicodeScalars.count)) + text
    }
    var options = Dragon4.Options()
    options.scientific = scientific
    options.precision = precision
    options.minDigits = minDigits
    options.unique = unique
    options.trim = trim
    options.sign = plusSign
    options.padLeft = padLeft
    if scientific {
      options.exponentDigits = exponentSize
    } else {
      options.cutoffMode = .fractionLength
      options.padRight = padRight
    }
    return try Dragon4.format(value.dragon4Parts, options)
  }
}
