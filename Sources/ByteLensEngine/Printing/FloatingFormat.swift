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
///
/// A `Measure` chooses the layout from values seen one at a time, so that a column of any length
/// is measured in no memory (`show all` streams through it); `init(_:options:sign:)` runs one
/// over an array.
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
    var measure = try Measure<F>(options: options, sign: sign)
    for value in values { measure.observeRange(value) }
    for value in values { try measure.observeWidth(value) }
    self = measure.format
  }

  /// The layout chosen by a `Measure`.
  fileprivate init(measured: FormatMeasurements) {
    plusSign = measured.sign == .plus
    nanText = measured.nanText
    infText = measured.infText
    precision = measured.precision
    scientific = measured.scientific
    measuredFinite = measured.sawFinite
    let floatmode = measured.floatmode
    if !measured.sawFinite {
      trim = .zeros
      minDigits = -1
    } else if scientific {
      exponentSize = measured.maxExponent - 1
      trim = .none
      precision = measured.maxFraction
      minDigits = measured.maxFraction
      unique = floatmode != .fixed
      padLeft = measured.maxWhole
      padRight = exponentSize + 2 + measured.maxFraction
    } else {
      padLeft = measured.maxWhole
      padRight = measured.maxFraction
      unique = floatmode != .fixed
      if floatmode == .fixed || floatmode == .maxprecEqual {
        precision = measured.maxFraction
        minDigits = measured.maxFraction
        trim = .none
      } else {
        trim = .zeros
        minDigits = 0
      }
    }

    // `sign=' '` leaves room for a sign unless a finite value already has one (-0.0 counts).
    if measured.sign == .space && !measured.sawNegativeFinite { padLeft += 1 }

    if measured.sawNonFinite {
      let negativeInfinity = measured.sign != .minus || measured.sawNegativeInfinity
      let offset = padRight + 1
      padLeft = max(
        padLeft, nanText.unicodeScalars.count - offset,
        infText.unicodeScalars.count + (negativeInfinity ? 1 : 0) - offset)
    }
  }

  /// What a column's values say about its layout, gathered one value at a time.
  fileprivate struct FormatMeasurements {
    let floatmode: PrintOptions.FloatMode
    /// The print option's precision, or `-1` under `floatmode='unique'`.
    let precision: Int
    let sign: PrintOptions.Sign
    let nanText: String
    let infText: String
    var scientific = false
    var sawFinite = false
    /// A finite value with its sign bit set, `-0.0` included.
    var sawNegativeFinite = false
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
    /// The magnitude from which a column is scientific: the type's own, or `1e8` for every
    /// type under legacy '2.2' and before.
    private let scientificAbove: F
    private var maximum: F?
    private var minimum: F?
    private var text: [UInt8] = []
    private var scratch: [UInt8] = []

    /// A measure under `options`; `sign` overrides the option's (`+` for imaginary parts).
    /// - Throws: `PrintingError.unusablePrecision` as `FloatingFormat.init`.
    init(options: PrintOptions, sign: PrintOptions.Sign? = nil) throws(PrintingError) {
      let precision: Int
      if options.floatmode == .unique {
        precision = -1
      } else {
        guard (0...Int(Int32.max)).contains(options.precision) else {
          throw PrintingError.unusablePrecision(options.precision)
        }
        precision = options.precision
      }
      measured = FormatMeasurements(
        floatmode: options.floatmode, precision: precision, sign: sign ?? options.sign,
        nanText: options.nanstr, infText: options.infstr)
      suppress = options.suppress
      scientificAbove = options.legacy <= 202 ? F(1e8 as Double) : F.arrayScientificAbove
    }

    /// First pass: the largest and smallest finite non-zero magnitudes, the signs, and the
    /// non-finite values.
    mutating func observeRange(_ value: F) {
      guard value.isFinite else {
        measured.sawNonFinite = true
        if value.isInfinite && value < 0 { measured.sawNegativeInfinity = true }
        return
      }
      measured.sawFinite = true
      if value.sign == .minus { measured.sawNegativeFinite = true }
      guard value != 0 else { return }
      let magnitude = value.magnitude
      if maximum == nil || magnitude > maximum! { maximum = magnitude }
      if minimum == nil || magnitude < minimum! { minimum = magnitude }
    }

    /// Positional unless the largest magnitude reaches the type's cutoff, or (without
    /// `suppress`) the smallest is below `0.0001` or their ratio passes 1000.
    private var isScientific: Bool {
      guard let maximum, let minimum else { return false }
      return maximum >= scientificAbove
        || (!suppress && (minimum < F.arraySmallCutoff || maximum / minimum > 1000))
    }

    /// Second pass: the widest whole part, fraction and exponent among the finite values.
    /// - Throws: `PrintingError.formattingResultTooLarge` for digits past NumPy's buffer.
    mutating func observeWidth(_ value: F) throws(PrintingError) {
      guard value.isFinite else { return }
      let plusSign = measured.sign == .plus
      if measured.precision >= 0, measured.maxFraction >= measured.precision,
        let whole = Self.wholeWidth(value, scientific: isScientific, sign: plusSign)
      {
        // The fraction is as long as the precision allows: only the whole part can grow.
        if !isScientific || measured.maxExponent >= 3 {
          measured.maxWhole = max(measured.maxWhole, whole)
          return
        }
      }
      var options = Dragon4.Options()
      options.precision = measured.precision
      options.sign = plusSign
      options.unique = measured.floatmode != .fixed
      options.trim = measured.floatmode == .fixed ? .none : .zeros
      text.removeAll(keepingCapacity: true)
      // NumPy's buffer may cut a text before its point or exponent.
      if isScientific {
        options.scientific = true
        try Dragon4.append(value, options, into: &text, scratch: &scratch)
        let e = text.firstIndex(of: UInt8(ascii: "e")) ?? text.count
        let dot = text.firstIndex(of: UInt8(ascii: ".")) ?? e
        measured.maxWhole = max(measured.maxWhole, dot)
        measured.maxFraction = max(measured.maxFraction, e - min(dot + 1, e))
        measured.maxExponent = max(measured.maxExponent, text.count - min(e + 1, text.count))
      } else {
        options.cutoffMode = .fractionLength
        try Dragon4.append(value, options, into: &text, scratch: &scratch)
        let dot = text.firstIndex(of: UInt8(ascii: ".")) ?? text.count
        measured.maxWhole = max(measured.maxWhole, dot)
        measured.maxFraction = max(measured.maxFraction, text.count - min(dot + 1, text.count))
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
  ///   layout was chosen from no finite value; `formattingResultTooLarge` past NumPy's buffer.
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
      let sign: UInt8? =
        value.isNaN
        ? (plusSign ? UInt8(ascii: "+") : nil)
        : (value < 0 ? UInt8(ascii: "-") : (plusSign ? UInt8(ascii: "+") : nil))
      let word = value.isNaN ? nanText : infText
      let length = word.unicodeScalars.count + (sign == nil ? 0 : 1)
      let width = padLeft + padRight + 1
      text += repeatElement(UInt8(ascii: " "), count: max(0, width - length))
      if let sign { text.append(sign) }
      text += word.utf8
      return
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
    try Dragon4.append(value, options, into: &text, scratch: &scratch)
  }
}
