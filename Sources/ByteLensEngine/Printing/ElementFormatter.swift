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
  /// - Throws: for datetimes NumPy cannot print (values other than NaT in generic units),
  ///   and `PrintingError` for float formats NumPy refuses (see `FloatingFormat`).
  static func make(
    column: [Scalar], dtype: DType, zeroDimensional: Bool, options: PrintOptions,
    context: Context = .array
  ) throws -> ElementFormatter {
    var measure = try ColumnMeasure(
      dtype: dtype, zeroDimensional: zeroDimensional, options: options, context: context)
    for scalar in column { try measure.observe(scalar, pass: .range) }
    if measure.needsWidthPass {
      for scalar in column { try measure.observe(scalar, pass: .widths) }
    }
    return try measure.formatter()
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
}

/// Drops trailing zero units, as NumPy's `item()` does for `S` and `U` elements.
func strippingTrailingZeros<T: BinaryInteger>(_ units: [T]) -> ArraySlice<T> {
  var end = units.endIndex
  while end > units.startIndex && units[end - 1] == 0 { end -= 1 }
  return units[..<end]
}
