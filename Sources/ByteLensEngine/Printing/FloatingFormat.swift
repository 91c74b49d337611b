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
    var measure = Measure<F>(precision: precision, sign: sign, suppress: suppress)
    for value in values { measure.observeRange(value) }
    for value in values { measure.observeWidth(value) }
    self = measure.format
  }

  /// The layout chosen by a `Measure`.
  fileprivate init(measured: FormatMeasurements) {
    precision = measured.precision
    sign = measured.sign
    scientific = measured.scientific
    measuredFinite = measured.sawFinite
    if !measured.sawFinite {
      padLeft = 0
      padRight = 0
      trim = .zeros
      exponentSize = -1
      minDigits = -1
    } else if scientific {
      exponentSize = measured.maxExponent - 1
      trim = .none
      precision = measured.maxFraction
      minDigits = measured.maxFraction
      padLeft = measured.maxWhole
      padRight = exponentSize + 2 + measured.maxFraction
    } else {
      padLeft = measured.maxWhole
      padRight = measured.maxFraction
      exponentSize = -1
      trim = .zeros
      minDigits = 0
    }
    if measured.sawNonFinite {
      let negativeInfinity = sign || measured.sawNegativeInfinity
      let offset = padRight + 1
      padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
    }
  }

  /// What a column's values say about its layout, gathered one value at a time.
  fileprivate struct FormatMeasurements {
    var precision: Int
    var sign: Bool
    var scientific = false
    var sawFinite = false
    var sawNonFinite = false
    var sawNegativeInfinity = false
    var maxFraction = 0
    var maxWhole = 0
    var maxExponent = 0
  }

  /// Chooses a column's layout from its values seen one at a time, in two passes, so that a
  /// column of any length needs no memory: first every value to `observeRange` (which picks
  /// positional or scientific), then every value to `observeWidth` (which measures the texts
  /// that notation gives).
  struct Measure<F: PrintableFloat> {
    private var measured: FormatMeasurements
    private let suppress: Bool
    private var maximum: F?
    private var minimum: F?
    private var text: [UInt8] = []
    private var scratch: [UInt8] = []

    init(precision: Int, sign: Bool = false, suppress: Bool = false) {
      measured = FormatMeasurements(precision: precision, sign: sign)
      self.suppress = suppress
    }

    /// First pass: the largest and smallest finite non-zero magnitudes, and the non-finite
    /// values.
    mutating func observeRange(_ value: F) {
      guard value.isFinite else {
        measured.sawNonFinite = true
        if value.isInfinite && value < 0 { measured.sawNegativeInfinity = true }
        return
      }
      measured.sawFinite = true
      guard value != 0 else { return }
      let magnitude = value.magnitude
      if maximum == nil || magnitude > maximum! { maximum = magnitude }
      if minimum == nil || magnitude < minimum! { minimum = magnitude }
    }

    /// Positional unless the largest magnitude reaches the type's cutoff, or (without
    /// `suppress`) the smallest is below `0.0001` or their ratio passes 1000.
    private var isScientific: Bool {
      guard let maximum, let minimum else { return false }
      return maximum >= F.arrayScientificAbove
        || (!suppress && (minimum < F.arraySmallCutoff || maximum / minimum > 1000))
    }

    /// Second pass: the widest whole part, fraction and exponent among the finite values.
    mutating func observeWidth(_ value: F) {
      guard value.isFinite else { return }
      if measured.maxFraction >= measured.precision,
        let whole = Self.wholeWidth(value, scientific: isScientific, sign: measured.sign)
      {
        // The fraction is as long as the precision allows: only the whole part can grow.
        if !isScientific || measured.maxExponent >= 3 {
          measured.maxWhole = max(measured.maxWhole, whole)
          return
        }
      }
      var options = Dragon4.Options()
      options.precision = measured.precision
      options.trim = .zeros
      options.sign = measured.sign
      text.removeAll(keepingCapacity: true)
      if isScientific {
        options.scientific = true
        Dragon4.append(value, options, into: &text, scratch: &scratch)
        let e = text.firstIndex(of: UInt8(ascii: "e"))!
        let dot = text.firstIndex(of: UInt8(ascii: ".")) ?? e
        measured.maxWhole = max(measured.maxWhole, dot)
        measured.maxFraction = max(measured.maxFraction, e - min(dot + 1, e))
        measured.maxExponent = max(measured.maxExponent, text.count - e - 1)
      } else {
        options.cutoffMode = .fractionLength
        Dragon4.append(value, options, into: &text, scratch: &scratch)
        let dot = text.firstIndex(of: UInt8(ascii: "."))!
        measured.maxWhole = max(measured.maxWhole, dot)
        measured.maxFraction = max(measured.maxFraction, text.count - dot - 1)
      }
    }

    /// The characters before the point of a finite value's text, from its magnitude alone,
    /// where that is certain; nil where rounding could carry into another digit or exponent.
    /// Scientific texts qualify only with two exponent digits (`1e-97 ≤ |x| < 1e97`).
    static func wholeWidth(_ value: F, scientific: Bool, sign: Bool) -> Int? {
      let signWidth = value.sign == .minus || sign ? 1 : 0
      let magnitude = value.magnitude
      if scientific {
        guard magnitude == 0 || (magnitude >= F(1e-97) && magnitude < F(1e97)) else {
          return nil
        }
        return 1 + signWidth
      }
      if magnitude < 1 { return 1 + signWidth }
      guard magnitude < 1e15 else { return nil }
      let integer = UInt64(magnitude)
      var digits = 1
      var power: UInt64 = 10
      while integer >= power {
        digits += 1
        power *= 10
      }
      // All nines (9.99…, 99.9…) may round up to one more digit.
      guard integer + 1 < power else { return nil }
      return digits + signWidth
    }

    /// The layout, once both passes have seen every value.
    var format: FloatingFormat {
      var result = measured
      result.scientific = isScientific
      return FloatingFormat(measured: result)
    }
  }

  /// One element, padded to the column's width.
  /// - Throws: `PrintingError.floatFormatWithoutFiniteElements` for a finite value when the
  ///   layout was chosen from no finite value.
  func format<F: PrintableFloat>(_ value: F) throws(PrintingError) -> String {
    var text: [UInt8] = []
    var scratch: [UInt8] = []
    try append(value, into: &text, scratch: &scratch)
    return String(decoding: text, as: UTF8.self)
  }

  /// Appends one element, padded to the column's width; `scratch` holds digits between calls.
  /// - Throws: as `format(_:)`.
  func append<F: PrintableFloat>(
    _ value: F, into text: inout [UInt8], scratch: inout [UInt8]
  ) throws(PrintingError) {
    if value.isFinite && !measuredFinite { throw PrintingError.floatFormatWithoutFiniteElements }
    if !value.isFinite {
      let word: StaticString
      if value.isNaN {
        word = sign ? "+nan" : "nan"
      } else {
        word = value < 0 ? "-inf" : (sign ? "+inf" : "inf")
      }
      let width = padLeft + padRight + 1
      text += repeatElement(UInt8(ascii: " "), count: max(0, width - word.utf8CodeUnitCount))
      text += UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
      return
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
    Dragon4.append(value, options, into: &text, scratch: &scratch)
  }
}
