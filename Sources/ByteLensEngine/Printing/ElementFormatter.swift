/// The function that turns one element into its text inside an array: NumPy's
/// `_get_format_function`, built once from every displayed element of a column so that all
/// of them share a width.
indirect enum ElementFormatter {
  /// `' True'`/`'False'`; plain `'True'` when the column is 0-d.
  case bool(zeroDimensional: Bool)
  /// Right-aligned to the widest of the column's maximum and minimum, with `+` or a space
  /// before non-negative values under `sign='+'`/`' '` (NumPy's `IntegerFormat`).
  case integer(width: Int, sign: PrintOptions.Sign)
  /// A `formatter` function for integers (`hex`, `oct`, `bin`), unpadded.
  case integerFunction(PrintOptions.IntegerFormatter.Function)
  /// A `formatter` function (`hex`, `oct`, `bin`) given elements that are not integers: numpy
  /// fails with a TypeError when it prints one.
  case integerFunctionRefusing(DType)
  case float(FloatingFormat)
  case complex(real: FloatingFormat, imaginary: FloatingFormat)
  /// `str(np.floatXX(x))`: floats inside a structured scalar (`float_kind=str`).
  case floatScalarText
  /// `floatScalarText` under legacy '2.2' and before (float16/float32 positional below 1e16).
  case floatScalarTextLegacy
  /// Quoted ISO text, right-aligned; `width` comes from the column's max and min.
  case datetime(width: Int)
  /// The raw count, right-aligned; `'NaT'` quoted.
  case timedelta(width: Int)
  /// Python `repr` of the element's bytes or text, unpadded.
  case stringRepr
  /// `b'\x00\x7F'`: every byte as uppercase hex.
  case voidHex
  case structured([ElementFormatter])
  /// A subarray field: nested `[a, b]` lists, summarised past `threshold` elements.
  case subarray(ElementFormatter, threshold: Int, edgeItems: Int)

  /// Whose defaults apply: an array print's, or a structured scalar's `str`/`repr`, which
  /// formats floats with `str` (`float_kind=str` in `_void_scalar_to_string`).
  enum Context {
    case array, voidScalar
  }

  /// Builds the formatter for `column`, the displayed elements of one dtype.
  /// - Parameter zeroDimensional: the column is a 0-d array (bools then print without padding).
  /// - Throws: for datetimes NumPy cannot print (values other than NaT in generic units).
  static func make(
    column: [Scalar], dtype: DType, zeroDimensional: Bool, options: PrintOptions,
    context: Context = .array
  ) throws -> ElementFormatter {
    switch dtype.layout {
    case .structured(let fields, _):
      let formatters = try fields.indices.map { index -> ElementFormatter in
        let fieldColumn = column.map { scalar -> Scalar in
          if case .record(let values) = scalar { return values[index] }
          return scalar
        }
        let fieldType = fields[index].dtype
        if let (base, _) = flattenedSubarray(fieldType) {
          let elements = fieldColumn.flatMap(subarrayElements)
          let inner = try make(
            column: elements, dtype: base, zeroDimensional: false, options: options,
            context: context)
          return .subarray(inner, threshold: options.threshold, edgeItems: options.edgeitems)
        }
        return try make(
          column: fieldColumn, dtype: fieldType, zeroDimensional: zeroDimensional,
          options: options, context: context)
      }
      return .structured(formatters)
    case .subarray:
      // A top-level subarray dtype: format its elements as a subarray field would be.
      let (base, _) = flattenedSubarray(dtype)!
      let inner = try make(
        column: column.flatMap(subarrayElements), dtype: base, zeroDimensional: false,
        options: options, context: context)
      return .subarray(inner, threshold: options.threshold, edgeItems: options.edgeitems)
    case .scalar:
      break
    }

    if let formatter = options.formatter, formatter.applies(to: dtype) {
      let isInteger = dtype.kind == .int || dtype.kind == .uint
      return isInteger ? .integerFunction(formatter.function) : .integerFunctionRefusing(dtype)
    }
    switch dtype.kind {
    case .bool:
      return .bool(zeroDimensional: zeroDimensional)
    case .int, .uint:
      return integerFormat(column, sign: options.sign)
    case .float:
      if context == .voidScalar {
        return options.legacy <= 202 ? .floatScalarTextLegacy : .floatScalarText
      }
      return .float(try floatFormat(column, options: options))
    case .complex:
      let (real, imaginary) = try complexFormats(column, options: options)
      return .complex(real: real, imaginary: imaginary)
    case .datetime:
      return .datetime(width: try datetimeWidth(column, unit: dtype.timeUnit))
    case .timedelta:
      return .timedelta(width: timedeltaWidth(column))
    case .bytes, .unicode:
      return .stringRepr
    case .void, .object:
      return .voidHex
    }
  }

  /// Formats one element.
  func format(_ scalar: Scalar) throws -> String {
    switch self {
    case .bool(let zeroDimensional):
      guard case .bool(let value) = scalar else { return ScalarPrinter.plainText(scalar) }
      return value ? (zeroDimensional ? "True" : " True") : "False"
    case .integer(let width, let sign):
      var text = ScalarPrinter.plainText(scalar)
      let nonNegative: Bool
      switch scalar {
      case .int(let v): nonNegative = v >= 0
      case .uint: nonNegative = true
      default: nonNegative = false
      }
      if nonNegative && sign != .minus { text = sign.rawValue + text }
      return text.leftPadded(to: width)
    case .integerFunction(let function):
      switch scalar {
      case .int(let v): return function.text(v)
      case .uint(let v): return function.text(v)
      default: return ScalarPrinter.plainText(scalar)
      }
    case .integerFunctionRefusing(let dtype):
      throw PrintingError.notAnInteger(dtype)
    case .float(let layout):
      switch scalar {
      case .float16(let x): return try layout.format(x)
      case .float32(let x): return try layout.format(x)
      case .float64(let x): return try layout.format(x)
      case .float80(let x): return try layout.format(x)
      default: return ScalarPrinter.plainText(scalar)
      }
    case .complex(let real, let imaginary):
      let parts: (String, String)
      switch scalar {
      case .complex64(let r, let i): parts = (try real.format(r), try imaginary.format(i))
      case .complex128(let r, let i): parts = (try real.format(r), try imaginary.format(i))
      case .complex256(let r, let i): parts = (try real.format(r), try imaginary.format(i))
      default: return ScalarPrinter.plainText(scalar)
      }
      // The `j` goes before the imaginary part's right padding.
      var imaginaryText = Substring(parts.1)
      var trailing = 0
      while imaginaryText.last == " " {
        imaginaryText.removeLast()
        trailing += 1
      }
      return parts.0 + imaginaryText + "j" + String(repeating: " ", count: trailing)
    case .floatScalarText:
      return ScalarPrinter.plainText(scalar)
    case .floatScalarTextLegacy:
      return ScalarPrinter.legacyFloatText(scalar) ?? ScalarPrinter.plainText(scalar)
    case .datetime(let width):
      guard case .datetime(let count, let unit) = scalar else {
        return ScalarPrinter.plainText(scalar)
      }
      if count == DatetimeFormatter.notATime { return "'NaT'".leftPadded(to: width) }
      return ("'" + (try DatetimeFormatter.iso(count, unit: unit)) + "'").leftPadded(to: width)
    case .timedelta(let width):
      guard case .timedelta(let count, _) = scalar else { return ScalarPrinter.plainText(scalar) }
      return (count == DatetimeFormatter.notATime ? "'NaT'" : String(count)).leftPadded(to: width)
    case .stringRepr:
      switch scalar {
      case .bytes(let bytes): return PythonRepr.bytes(strippingTrailingZeros(bytes))
      case .unicode(let units): return PythonRepr.string(strippingTrailingZeros(units))
      default: return ScalarPrinter.plainText(scalar)
      }
    case .voidHex:
      guard case .void(let bytes) = scalar else { return ScalarPrinter.plainText(scalar) }
      return ScalarPrinter.voidHex(bytes)
    case .structured(let formatters):
      guard case .record(let values) = scalar else { return ScalarPrinter.plainText(scalar) }
      let fields = try zip(values, formatters).map { try $1.format($0) }
      return fields.count == 1 ? "(\(fields[0]),)" : "(" + fields.joined(separator: ", ") + ")"
    case .subarray(let inner, let threshold, let edgeItems):
      let (elements, shape) = Self.flattened(scalar)
      let summarise = elements.count > threshold
      return try Self.nestedList(
        elements[...], shape: shape[...], inner: inner, summarise: summarise, edgeItems: edgeItems)
    }
  }

  /// NumPy's `SubArrayFormat.format_array`: `[a, b, ...]` nested by the subarray's shape.
  private static func nestedList(
    _ elements: ArraySlice<Scalar>, shape: ArraySlice<Int>, inner: ElementFormatter,
    summarise: Bool, edgeItems: Int
  ) throws -> String {
    guard let length = shape.first else { return try inner.format(elements.first!) }
    let rest = shape.dropFirst()
    let stride = rest.reduce(1, *)
    func item(_ i: Int) throws -> String {
      let start = elements.startIndex + i * stride
      return try nestedList(
        elements[start..<(start + stride)], shape: rest, inner: inner, summarise: summarise,
        edgeItems: edgeItems)
    }
    var parts: [String] = []
    if summarise && DisplayedElements.summarises(length: length, edgeItems: edgeItems) {
      // NumPy's `a[:e]`, `...`, `a[-e:]`: `a[-0:]` is the whole axis, and a negative `e`
      // takes the items before `length + e` and those from `-e` on.
      let distance = edgeItems.magnitude >= UInt(length) ? length : Int(edgeItems.magnitude)
      let leadingEnd = edgeItems >= 0 ? distance : length - distance
      let trailingStart = edgeItems > 0 ? length - distance : distance
      for i in 0..<leadingEnd { parts.append(try item(i)) }
      parts.append("...")
      for i in trailingStart..<length { parts.append(try item(i)) }
    } else {
      for i in 0..<length { parts.append(try item(i)) }
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  // MARK: - Column helpers

  /// A subarray dtype's innermost base and full shape (nested subarrays concatenate shapes).
  static func flattenedSubarray(_ dtype: DType) -> (base: DType, shape: [Int])? {
    guard var (base, shape) = dtype.subarray else { return nil }
    while let (inner, innerShape) = base.subarray {
      base = inner
      shape += innerShape
    }
    return (base, shape)
  }

  /// The elements of a `.subarray` value in C order, flattening nested subarrays.
  static func subarrayElements(_ scalar: Scalar) -> [Scalar] {
    flattened(scalar).elements
  }

  static func flattened(_ scalar: Scalar) -> (elements: [Scalar], shape: [Int]) {
    guard case .subarray(let values, let shape) = scalar else { return ([scalar], []) }
    if let first = values.first, case .subarray(_, let innerShape) = first {
      return (values.flatMap { flattened($0).elements }, shape + innerShape)
    }
    return (values, shape)
  }

  /// NumPy's `IntegerFormat`: the width of the largest value's text (plus its sign under
  /// `sign='+'`/`' '` when it is not negative) or the smallest's. `' '` turns into `'-'` when a
  /// value is negative.
  private static func integerFormat(
    _ column: [Scalar], sign: PrintOptions.Sign
  ) -> ElementFormatter {
    var signedMax = Int64.min
    var signedMin = Int64.max
    var unsignedMax = UInt64.min
    var unsignedMin = UInt64.max
    var sawSigned = false
    var sawUnsigned = false
    for scalar in column {
      switch scalar {
      case .int(let v):
        sawSigned = true
        signedMax = max(signedMax, v)
        signedMin = min(signedMin, v)
      case .uint(let v):
        sawUnsigned = true
        unsignedMax = max(unsignedMax, v)
        unsignedMin = min(unsignedMin, v)
      default:
        continue
      }
    }
    var sign = sign
    var width = 0
    if sawSigned {
      if sign == .space && signedMin < 0 { sign = .minus }
      let maxWidth = String(signedMax).count + (signedMax >= 0 && sign != .minus ? 1 : 0)
      width = max(maxWidth, String(signedMin).count)
    }
    if sawUnsigned {
      let maxWidth = String(unsignedMax).count + (sign != .minus ? 1 : 0)
      width = max(width, maxWidth, String(unsignedMin).count)
    }
    return .integer(width: width, sign: sign)
  }

  private static func floatFormat(
    _ column: [Scalar], options: PrintOptions
  ) throws(PrintingError) -> FloatingFormat {
    var halves: [Float16] = []
    var singles: [Float] = []
    var doubles: [Double] = []
    var extendeds: [Float80] = []
    for scalar in column {
      switch scalar {
      case .float16(let x): halves.append(x)
      case .float32(let x): singles.append(x)
      case .float64(let x): doubles.append(x)
      case .float80(let x): extendeds.append(x)
      default: continue
      }
    }
    if !halves.isEmpty { return try FloatingFormat(halves, options: options) }
    if !singles.isEmpty { return try FloatingFormat(singles, options: options) }
    if !extendeds.isEmpty { return try FloatingFormat(extendeds, options: options) }
    return try FloatingFormat(doubles, options: options)
  }

  private static func complexFormats(
    _ column: [Scalar], options: PrintOptions
  ) throws(PrintingError) -> (FloatingFormat, FloatingFormat) {
    var singles: [(Float, Float)] = []
    var doubles: [(Double, Double)] = []
    var extendeds: [(Float80, Float80)] = []
    for scalar in column {
      switch scalar {
      case .complex64(let r, let i): singles.append((r, i))
      case .complex128(let r, let i): doubles.append((r, i))
      case .complex256(let r, let i): extendeds.append((r, i))
      default: continue
      }
    }
    // The imaginary parts always carry their sign (`sign='+'`).
    func pair<F: PrintableFloat>(
      _ values: [(F, F)]
    ) throws(PrintingError) -> (FloatingFormat, FloatingFormat) {
      (
        try FloatingFormat(values.map(\.0), options: options),
        try FloatingFormat(values.map(\.1), options: options, sign: .plus)
      )
    }
    if !singles.isEmpty { return try pair(singles) }
    if !extendeds.isEmpty { return try pair(extendeds) }
    return try pair(doubles)
  }

  /// `_TimelikeFormat`: the longer of the texts of the largest and smallest non-NaT values,
  /// and at least 5 (`'NaT'`) when any is NaT.
  private static func datetimeWidth(_ column: [Scalar], unit: TimeUnit?) throws -> Int {
    var counts: [Int64] = []
    var sawNaT = false
    for case .datetime(let count, _) in column {
      if count == DatetimeFormatter.notATime { sawNaT = true } else { counts.append(count) }
    }
    var width = 0
    if let largest = counts.max(), let smallest = counts.min() {
      width = max(
        try DatetimeFormatter.iso(largest, unit: unit).count + 2,
        try DatetimeFormatter.iso(smallest, unit: unit).count + 2)
    }
    return sawNaT ? max(width, 5) : width
  }

  private static func timedeltaWidth(_ column: [Scalar]) -> Int {
    var counts: [Int64] = []
    var sawNaT = false
    for case .timedelta(let count, _) in column {
      if count == DatetimeFormatter.notATime { sawNaT = true } else { counts.append(count) }
    }
    var width = 0
    if let largest = counts.max(), let smallest = counts.min() {
      width = max(String(largest).count, String(smallest).count)
    }
    return sawNaT ? max(width, 5) : width
  }
}

/// Drops trailing zero units, as NumPy's `item()` does for `S` and `U` elements.
func strippingTrailingZeros<T: BinaryInteger>(_ units: [T]) -> ArraySlice<T> {
  var end = units.endIndex
  while end > units.startIndex && units[end - 1] == 0 { end -= 1 }
  return units[..<end]
}
