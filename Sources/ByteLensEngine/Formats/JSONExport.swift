/// The values of a view as JSON: nested lists in C order, the shape of `a.tolist()`, and
/// what `json.dumps(a.tolist())` writes where it can.
///
/// Numbers are exact: floats of every size are widened to double and written with the
/// shortest digits that read back to it (Python's `repr`), `NaN`, `Infinity` and `-Infinity`
/// as Python's `json` module writes and reads them. Where `tolist()` gives something JSON has
/// no type for: complex → `[real, imag]`; `S`/`V` bytes → a string of the bytes as code points
/// 0–255 (trailing NULs stripped for `S`, as numpy does); datetime64 → its ISO text, NaT →
/// `null`; timedelta64 → its integer count, NaT → `null`; a record → an object keyed by field
/// name; a long double → the nearest double. Non-ASCII characters are `\u` escapes.
public enum JSONExport {
  /// - Throws: `BudgetError` when the text would pass `AllocationBudget.bytes`.
  public static func text(_ view: ArrayView) throws -> String {
    try AllocationBudget.check(
      view.count, of: AllocationBudget.textBytesPerItemByte * view.dtype.itemsize + 4,
      for: .jsonText(shape: view.shape))
    var out = ""
    let dtype = view.dtype
    if view.ndim == 0 {
      try view.forEachElementBytes { out += value(ElementDecoder.decode(dtype, from: $0, at: 0), dtype) }
      return out
    }
    if view.count == 0 {
      // `[]` for each list before the first 0, as `a.tolist()` nests them; the product fits
      // (numpy's size rule, `ArrayView.checkSize`).
      let lists = view.shape.prefix { $0 != 0 }.reduce(1, *)
      try AllocationBudget.check(lists, of: 4, for: .jsonText(shape: view.shape))
      return nestedEmpty(view.shape)
    }
    var counters = Array(repeating: 0, count: view.ndim)
    out += String(repeating: "[", count: view.ndim)
    var first = true
    try view.forEachElementBytes(order: .C) { element in
      if !first {
        // Close the axes that wrapped, then open them again.
        var axis = view.ndim - 1
        counters[axis] += 1
        var closed = 0
        while axis > 0 && counters[axis] == view.shape[axis] {
          counters[axis] = 0
          axis -= 1
          counters[axis] += 1
          closed += 1
        }
        out += String(repeating: "]", count: closed) + ", " + String(repeating: "[", count: closed)
      }
      first = false
      out += value(ElementDecoder.decode(dtype, from: element, at: 0), dtype)
    }
    out += String(repeating: "]", count: view.ndim)
    return out
  }

  /// `[[], []]` for shape (2, 0).
  static func nestedEmpty(_ shape: [Int]) -> String {
    guard let first = shape.first else { return "[]" }
    if first == 0 || shape.count == 1 { return "[]" }
    let inner = nestedEmpty(Array(shape.dropFirst()))
    return "[" + Array(repeating: inner, count: first).joined(separator: ", ") + "]"
  }

  static func value(_ scalar: Scalar, _ dtype: DType) -> String {
    switch scalar {
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let v): return String(v)
    case .uint(let v): return String(v)
    case .float16(let v): return number(Double(v))
    case .float32(let v): return number(Double(v))
    case .float64(let v): return number(v)
    case .float80(let v): return number(Double(v))
    case .complex64(let re, let im): return "[\(number(Double(re))), \(number(Double(im)))]"
    case .complex128(let re, let im): return "[\(number(re)), \(number(im))]"
    case .complex256(let re, let im): return "[\(number(Double(re))), \(number(Double(im)))]"
    case .bytes(var bytes):
      while bytes.last == 0 { bytes.removeLast() }
      return string(bytes.map(UInt32.init))
    case .unicode(var units):
      while units.last == 0 { units.removeLast() }
      return string(units)
    case .void(let bytes): return string(bytes.map(UInt32.init))
    case .datetime(let count, let unit):
      if count == Int64.min { return "null" }
      return (try? DatetimeFormatter.iso(count, unit: unit)).map { string(Array($0.unicodeScalars.map(\.value))) }
        ?? "null"
    case .timedelta(let count, _):
      return count == Int64.min ? "null" : String(count)
    case .record(let values):
      let fields = dtype.fields
      let items = zip(fields, values).map { field, value in
        string(Array(field.name.unicodeScalars.map(\.value))) + ": " + Self.value(value, field.dtype)
      }
      return "{" + items.joined(separator: ", ") + "}"
    case .subarray(let values, let shape):
      let base = ElementFormatter.flattenedSubarray(dtype)?.base ?? dtype
      return nested(values, shape: shape, base: base)
    }
  }

  static func nested(_ values: [Scalar], shape: [Int], base: DType) -> String {
    guard let first = shape.first else { return values.first.map { value($0, base) } ?? "[]" }
    if shape.count == 1 { return "[" + values.map { value($0, base) }.joined(separator: ", ") + "]" }
    let step = shape.dropFirst().reduce(1, *)
    let parts = (0..<first).map { i in
      nested(Array(values[(i * step)..<((i + 1) * step)]), shape: Array(shape.dropFirst()), base: base)
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  static func number(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
    return PythonRepr.float(value)
  }

  /// A JSON string as Python's `json.dumps` writes it (ASCII only).
  static func string(_ codePoints: [UInt32]) -> String {
    var out = "\""
    func escape(_ unit: UInt32) {
      let digits = String(unit, radix: 16)
      out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
    for point in codePoints {
      switch point {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(point)!)
      case 0x110000...: escape(0xFFFD)
      case 0x10000...:
        let v = point - 0x10000
        escape(0xD800 + (v >> 10))
        escape(0xDC00 + (v & 0x3FF))
      default: escape(point)
      }
    }
    return out + "\""
  }
}
