/// NumPy's `str` and `repr` of one element (`a[i, j]`), as the scalar types print them.
///
/// Floats print with their shortest round-trip digits, positionally when `x == 0` or
/// `1e-4 <= |x| <` 1e3 (f2), 1e6 (f4), 1e16 (f8, f16), else in scientific notation without a
/// trailing point (`1e+16`). Complex values print like Python's (`(1+2j)`, `1j`).
public enum ScalarPrinter {
  /// `str(a[i, j])`: `0.1`, `5`, `True`, `b'ab'`, `x`, `2020-01-01`, `5 seconds`, `(1, 2.5)`.
  /// Print options reach only records (complex fields, subarray summarising) and subarray values,
  /// which print as arrays.
  /// - Throws: for a datetime64 in generic units that is not NaT, which NumPy refuses to print.
  public static func str(
    _ value: Scalar, dtype: DType, options: PrintOptions = PrintOptions()
  ) throws -> String {
    try strText(value, dtype: dtype, options: options)
  }

  /// `repr(a[i, j])`: `np.float64(0.1)`, `np.int32(5)`, `np.True_`, `np.bytes_(b'ab')`,
  /// `np.str_('x')`, `np.datetime64('2020-01-01')`, `np.void((1, 2.5), dtype=[...])`.
  public static func repr(
    _ value: Scalar, dtype: DType, options: PrintOptions = PrintOptions()
  ) throws -> String {
    try reprText(value, dtype: dtype, options: options)
  }

  static func strText(_ value: Scalar, dtype: DType, options: PrintOptions) throws -> String {
    if options.legacy <= 202, let text = legacyFloatText(value) { return text }
    switch value {
    case .datetime(let count, let unit):
      return try DatetimeFormatter.iso(count, unit: unit)
    case .timedelta(let count, let unit):
      if count == DatetimeFormatter.notATime { return "NaT" }
      let unitName = unit.map { verboseUnitNames[$0.base]! } ?? "generic time units"
      return "\(count &* Int64(unit?.count ?? 1)) \(unitName)"
    case .record:
      return try recordText(value, dtype: dtype, options: options)
    case .subarray(let values, let shape):
      let base = ElementFormatter.flattenedSubarray(dtype)?.base ?? dtype
      return try ArrayPrinter.str(elements: values, shape: shape, dtype: base, options: options)
    default:
      return plainText(value)
    }
  }

  static func reprText(_ value: Scalar, dtype: DType, options: PrintOptions) throws -> String {
    if options.legacy <= 125 { return try legacyReprText(value, dtype: dtype, options: options) }
    if options.legacy <= 202, let text = legacyFloatText(value, parenthesised: false) {
      switch value {
      case .float16: return "np.float16(\(text))"
      case .float32: return "np.float32(\(text))"
      default: return "np.complex64(\(text))"
      }
    }
    let bits = dtype.itemsize * 8
    switch value {
    case .bool(let b):
      return b ? "np.True_" : "np.False_"
    case .int:
      return "np.int\(bits)(\(plainText(value)))"
    case .uint:
      return "np.uint\(bits)(\(plainText(value)))"
    case .float16(let x):
      return "np.float16(\(floatText(x)))"
    case .float32(let x):
      return "np.float32(\(floatText(x)))"
    case .float64(let x):
      return "np.float64(\(floatText(x)))"
    case .float80(let x):
      return "np.longdouble('\(floatText(x))')"
    case .complex64(let r, let i):
      return "np.complex64(\(complexText(r, i, parenthesised: false)))"
    case .complex128(let r, let i):
      return "np.complex128(\(complexText(r, i, parenthesised: false)))"
    case .complex256(let r, let i):
      return "np.clongdouble('\(complexText(r, i, parenthesised: false))')"
    case .bytes(let bytes):
      return "np.bytes_(\(PythonRepr.bytes(strippingTrailingZeros(bytes))))"
    case .unicode(let units):
      return "np.str_(\(PythonRepr.string(strippingTrailingZeros(units))))"
    case .void(let bytes):
      return "np.void(\(voidHex(bytes)))"
    case .datetime(let count, let unit):
      let iso = try DatetimeFormatter.iso(count, unit: unit)
      guard let unit else {
        return count == DatetimeFormatter.notATime
          ? "np.datetime64('NaT','generic')" : "np.datetime64('\(iso)')"
      }
      if unit.count == 1 && unit.base != .h && count != DatetimeFormatter.notATime {
        return "np.datetime64('\(iso)')"
      }
      return "np.datetime64('\(iso)','\(unit.text)')"
    case .timedelta(let count, let unit):
      let number = count == DatetimeFormatter.notATime ? "'NaT'" : String(count)
      guard let unit else { return "np.timedelta64(\(number))" }
      return "np.timedelta64(\(number),'\(unit.text)')"
    case .record:
      let fields = try recordText(value, dtype: dtype, options: options)
      return "np.void(\(fields), dtype=\(dtype.description))"
    case .subarray(let values, let shape):
      let base = ElementFormatter.flattenedSubarray(dtype)?.base ?? dtype
      return try ArrayPrinter.repr(elements: values, shape: shape, dtype: base, options: options)
    }
  }

  /// `str()` of a value that needs no dtype to print (everything but records and subarrays,
  /// and datetimes/timedeltas which print their raw count here).
  static func plainText(_ value: Scalar) -> String {
    switch value {
    case .bool(let b): return b ? "True" : "False"
    case .int(let v): return String(v)
    case .uint(let v): return String(v)
    case .float16(let x): return floatText(x)
    case .float32(let x): return floatText(x)
    case .float64(let x): return floatText(x)
    case .float80(let x): return floatText(x)
    case .complex64(let r, let i): return complexText(r, i, parenthesised: true)
    case .complex128(let r, let i): return complexText(r, i, parenthesised: true)
    case .complex256(let r, let i): return complexText(r, i, parenthesised: true)
    case .bytes(let bytes): return PythonRepr.bytes(strippingTrailingZeros(bytes))
    case .unicode(let units):
      var text = String.UnicodeScalarView()
      for unit in strippingTrailingZeros(units) {
        text.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
      }
      return String(text)
    case .void(let bytes): return voidHex(bytes)
    case .datetime(let count, _), .timedelta(let count, _):
      return count == DatetimeFormatter.notATime ? "NaT" : String(count)
    case .record(let values):
      return "(" + values.map(plainText).joined(separator: ", ") + (values.count == 1 ? ",)" : ")")
    case .subarray(let values, _):
      return "[" + values.map(plainText).joined(separator: ", ") + "]"
    }
  }

  /// `b'\x00\x7F'`: NumPy's `_void_to_hex`, every byte in uppercase hex.
  static func voidHex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = [UInt8(ascii: "b"), UInt8(ascii: "'")]
    for byte in bytes {
      out += [
        UInt8(ascii: "\\"), UInt8(ascii: "x"), digits[Int(byte >> 4)], digits[Int(byte & 15)],
      ]
    }
    out.append(UInt8(ascii: "'"))
    return String(decoding: out, as: UTF8.self)
  }

  /// A float scalar's text: `1.0`, `0.1`, `1e+16`, `1.5e-05`, `nan`, `-inf`.
  /// - Parameter positionalBelow: the magnitude from which the text turns scientific; the
  ///   type's own (`1e3` f2, `1e6` f4, `1e16` f8) unless given.
  static func floatText<F: PrintableFloat>(_ x: F, positionalBelow: Float80? = nil) -> String {
    var options = Dragon4.Options()
    if isPositional(x, below: positionalBelow) {
      options.trim = .leaveOneZero
    } else {
      options.scientific = true
      options.trim = .pointAndZeros
    }
    return Dragon4.formatUnpadded(x, options)
  }

  /// One part of a complex scalar: like `floatText` but `1` rather than `1.0`.
  private static func complexPartText<F: PrintableFloat>(
    _ x: F, sign: Bool, positionalBelow: Float80? = nil
  ) -> String {
    var options = Dragon4.Options()
    options.trim = .pointAndZeros
    options.sign = sign
    options.scientific = !isPositional(x, below: positionalBelow)
    return Dragon4.formatUnpadded(x, options)
  }

  /// `(1+2j)`, `1j`, `-0j`, `(nan+infj)`; without parentheses for the repr.
  static func complexText<F: PrintableFloat>(
    _ real: F, _ imaginary: F, parenthesised: Bool, positionalBelow: Float80? = nil
  ) -> String {
    if real == 0 && real.sign == .plus {
      return complexPartText(imaginary, sign: false, positionalBelow: positionalBelow) + "j"
    }
    let realText: String
    if real.isFinite {
      realText = complexPartText(real, sign: false, positionalBelow: positionalBelow)
    } else {
      realText = real.isNaN ? "nan" : (real > 0 ? "inf" : "-inf")
    }
    let imaginaryText: String
    if imaginary.isFinite {
      imaginaryText = complexPartText(imaginary, sign: true, positionalBelow: positionalBelow)
    } else {
      imaginaryText = imaginary.isNaN ? "+nan" : (imaginary > 0 ? "+inf" : "-inf")
    }
    let body = realText + imaginaryText + "j"
    return parenthesised ? "(" + body + ")" : body
  }

  /// A structured scalar's `(1, 2.5)`: fields formatted as a 0-d array's would be, except that
  /// floats print as scalars (`float_kind=str`).
  private static func recordText(
    _ value: Scalar, dtype: DType, options: PrintOptions
  ) throws -> String {
    // numpy ≤ 1.25 (legacy) printed a record's fields as an array prints them.
    let context: ElementFormatter.Context = options.legacy <= 125 ? .array : .voidScalar
    let formatter = try ElementFormatter.make(
      column: [value], dtype: dtype, zeroDimensional: true, options: options, context: context)
    return try formatter.format(value)
  }

  /// numpy ≤ 2.2 (legacy '2.2' and before) printed float16, float32 and complex64 scalars
  /// positionally below 1e16, as float64; nil for other values.
  static func legacyFloatText(_ value: Scalar, parenthesised: Bool = true) -> String? {
    switch value {
    case .float16(let x): return floatText(x, positionalBelow: 1e16)
    case .float32(let x): return floatText(x, positionalBelow: 1e16)
    case .complex64(let r, let i):
      return complexText(r, i, parenthesised: parenthesised, positionalBelow: 1e16)
    default: return nil
    }
  }

  /// Whether a scalar prints positionally: below the type's own limit, or `limit` if given.
  private static func isPositional<F: PrintableFloat>(_ x: F, below limit: Float80?) -> Bool {
    guard let limit else { return x.scalarIsPositional }
    return x.isNaN || x == 0 || (Float80(x.magnitude) < limit && Float80(x.magnitude) >= 1e-4)
  }

  /// `repr` under legacy '1.25' and before: numbers and text as Python prints their values
  /// (`1.5`, `True`, `'a'`, `(1+2j)`), times as `numpy.datetime64(…)`, `void(…)`, and a record
  /// as an array prints its fields.
  private static func legacyReprText(
    _ value: Scalar, dtype: DType, options: PrintOptions
  ) throws -> String {
    switch value {
    case .bool, .int, .uint, .float16, .float32, .float64, .float80, .complex64, .complex128,
      .complex256:
      return try strText(value, dtype: dtype, options: options)
    case .bytes(let bytes):
      return PythonRepr.bytes(strippingTrailingZeros(bytes))
    case .unicode(let units):
      return PythonRepr.string(strippingTrailingZeros(units))
    case .void(let bytes):
      return "void(\(voidHex(bytes)))"
    case .datetime, .timedelta:
      var modern = options
      modern.legacy = PrintOptions.noLegacy
      return "numpy." + (try reprText(value, dtype: dtype, options: modern)).dropFirst(3)
    case .record:
      return try recordText(value, dtype: dtype, options: options)
    case .subarray(let values, let shape):
      let base = ElementFormatter.flattenedSubarray(dtype)?.base ?? dtype
      return try ArrayPrinter.repr(elements: values, shape: shape, dtype: base, options: options)
    }
  }

  static let verboseUnitNames: [TimeUnit.Base: String] = [
    .Y: "years", .M: "months", .W: "weeks", .D: "days", .h: "hours", .m: "minutes",
    .s: "seconds", .ms: "milliseconds", .us: "microseconds", .ns: "nanoseconds",
    .ps: "picoseconds", .fs: "femtoseconds", .as: "attoseconds",
  ]
}
