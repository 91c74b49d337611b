/// NumPy's `np.array(values, dtype=…, order=…)` for values written as a Python literal:
/// nested lists of numbers, booleans, strings and bytes, and tuples for structured records.
public enum ArrayBuilder {
  /// Builds an array in memory from `literal` (e.g. `[[1, 2, 3], [4, 5, 6]]`).
  ///
  /// Without a dtype the type is inferred as NumPy does: bool, then int64 (uint64 when a value
  /// needs it), float64, complex128; strings give `<U` of the longest, bytes `|S`.
  public static func array(_ literal: String, dtype: DType? = nil, order: MemoryOrder = .C) throws -> ArrayView {
    let value = try PythonLiteral.parse(literal)
    return try array(value, dtype: dtype, order: order)
  }

  public static func array(_ value: PythonLiteral, dtype requested: DType?, order: MemoryOrder) throws -> ArrayView {
    if let requested, requested.hasObject {
      throw LiteralError.objectArray(requested)
    }
    let isRecord = requested?.isStructured ?? false
    let shape = try shapeOf(value, recordsAreLeaves: isRecord)
    var leaves: [PythonLiteral] = []
    collectLeaves(value, depth: shape.count, into: &leaves)
    let dtype = try requested.map { try resolved($0, for: leaves) } ?? inferType(leaves)
    let (base, subshape) = ArrayView.expandSubarray(dtype: dtype, shape: [])
    let itemsize = dtype.itemsize
    guard itemsize > 0 || leaves.isEmpty else {
      throw LiteralError.zeroItemsize(dtype)
    }
    try AllocationBudget.check(
      leaves.count, of: itemsize, for: .arrayLiteral(elements: leaves.count))
    if dtype.containsSubarray {
      // Each element's subarray becomes one value per item before it is encoded.
      try AllocationBudget.check(
        itemsize, of: MemoryLayout<Scalar>.stride + MemoryLayout<PythonLiteral>.stride,
        for: .arrayLiteral(elements: leaves.count))
    }
    var bytes = [UInt8](repeating: 0, count: leaves.count * itemsize)
    try bytes.withUnsafeMutableBytes { buffer in
      for (i, leaf) in leaves.enumerated() {
        ElementEncoder.encode(try scalar(leaf, as: dtype), as: dtype, into: buffer, at: i * itemsize)
      }
    }
    let c = try ArrayView(bytes: bytes, dtype: base, shape: shape + subshape, name: "<array>")
    if order == .F && c.ndim > 1 { return try c.copied(order: .F, name: "<array>") }
    return c
  }

  /// The nested-list shape; every sublist at one depth must have the same length.
  static func shapeOf(_ value: PythonLiteral, recordsAreLeaves: Bool) throws -> [Int] {
    guard let items = sequence(value, recordsAreLeaves: recordsAreLeaves) else { return [] }
    guard let first = items.first else { return [0] }
    let inner = try shapeOf(first, recordsAreLeaves: recordsAreLeaves)
    for item in items.dropFirst() {
      let other = try shapeOf(item, recordsAreLeaves: recordsAreLeaves)
      guard other == inner else { throw LiteralError.inhomogeneousShape(inner, other) }
    }
    return [items.count] + inner
  }

  private static func sequence(_ value: PythonLiteral, recordsAreLeaves: Bool) -> [PythonLiteral]? {
    switch value {
    case .list(let items): return items
    case .tuple(let items): return recordsAreLeaves ? nil : items
    default: return nil
    }
  }

  private static func collectLeaves(_ value: PythonLiteral, depth: Int, into leaves: inout [PythonLiteral]) {
    guard depth > 0 else {
      leaves.append(value)
      return
    }
    switch value {
    case .list(let items), .tuple(let items):
      for item in items { collectLeaves(item, depth: depth - 1, into: &leaves) }
    default:
      leaves.append(value)
    }
  }

  /// Converts one Python value to a scalar of `dtype`, refusing what NumPy refuses.
  static func scalar(_ value: PythonLiteral, as dtype: DType) throws -> Scalar {
    switch dtype.layout {
    case .structured(let fields, _):
      guard case .tuple(let items) = value else {
        // NumPy puts a value that is not a tuple in every field: [1, 2] as i4,i4 is
        // [(1, 1), (2, 2)].
        return .record(try fields.map { try scalar(value, as: $0.dtype) })
      }
      guard items.count == fields.count else {
        throw LiteralError.recordNeedsTuple(value, record: dtype)
      }
      return .record(try zip(fields, items).map { try scalar($1, as: $0.dtype) })
    case .subarray(let base, let shape):
      let inner = try shapeOf(value, recordsAreLeaves: base.isStructured)
      var leaves: [PythonLiteral] = []
      if inner.isEmpty {
        leaves = Array(repeating: value, count: shape.reduce(1, *))
      } else {
        guard inner == shape else {
          throw LiteralError.subarrayShapeMismatch(expected: shape, got: inner)
        }
        collectLeaves(value, depth: shape.count, into: &leaves)
      }
      return .subarray(try leaves.map { try scalar($0, as: base) }, shape: shape)
    case .scalar:
      return try plainScalar(value, as: dtype)
    }
  }

  private static func plainScalar(_ value: PythonLiteral, as dtype: DType) throws -> Scalar {
    switch dtype.kind {
    case .bytes:
      if case .bytes(let b) = value { return .bytes(b) }
      let text = text(of: value)
      guard text.unicodeScalars.allSatisfy(\.isASCII) else {
        throw LiteralError.notStorable(value, as: dtype, .notASCII)
      }
      return .bytes(Array(text.utf8))
    case .unicode:
      if case .bytes(let b) = value, !b.allSatisfy({ $0 < 0x80 }) {
        throw LiteralError.notStorable(value, as: dtype, .notASCII)
      }
      return .unicode(text(of: value).unicodeScalars.map(\.value))
    case .void:
      if case .bytes(let b) = value { return .void(b) }
      throw LiteralError.notStorable(value, as: dtype, .voidNeedsBytes)
    case .datetime:
      if let text = asciiText(value) {
        let reading = try DatetimeParser.read(text)
        guard let count = try DatetimeParser.count(reading, text: text, unit: dtype.timeUnit)
        else { return .datetime(.min, dtype.timeUnit) }
        return .datetime(count, dtype.timeUnit)
      }
      if let count = integerCount(value) {
        guard dtype.timeUnit != nil else {
          throw LiteralError.notStorable(value, as: dtype, .integerNeedsUnit)
        }
        return .datetime(count, dtype.timeUnit)
      }
      throw LiteralError.notStorable(value, as: dtype, .datetimeNeedsTextOrInteger)
    case .timedelta:
      if let count = integerCount(value) { return .timedelta(count, dtype.timeUnit) }
      if let text = asciiText(value), let count = DatetimeParser.timedelta(text) {
        return .timedelta(count, dtype.timeUnit)
      }
      throw LiteralError.notStorable(value, as: dtype, .timedeltaNeedsInteger)
    default:
      // numpy reads text into a long double at full precision, not through a double.
      if dtype.kind == .float, dtype.itemsize > 8, let text = asciiText(value) {
        guard let wide = PythonNumberText.longDouble(text) else {
          throw LiteralError.notStorable(value, as: dtype, .textNotANumber)
        }
        return .float80(wide)
      }
      return Cast.convert(try numericScalar(number(value, for: dtype), for: dtype), to: dtype)
    }
  }

  /// Text NumPy reads as a date: a string, or bytes (ASCII, as NumPy decodes them).
  private static func asciiText(_ value: PythonLiteral) -> String? {
    switch value {
    case .string(let s): return s
    case .bytes(let b): return String(decoding: b, as: UTF8.self)
    default: return nil
    }
  }

  /// An integer or a bool as a datetime64/timedelta64 count.
  private static func integerCount(_ value: PythonLiteral) -> Int64? {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .integer(let digits): return Int64(digits)
    default: return nil
    }
  }

  /// A string or bytes for a numeric dtype, read as Python's int(), float() or complex() reads
  /// it (`np.array(['1.5'], 'f8')`); a string for bool is True unless empty. Other values as
  /// they are.
  private static func number(_ value: PythonLiteral, for dtype: DType) throws -> PythonLiteral {
    let text: String
    switch value {
    case .string(let s): text = s
    case .bytes(let b):
      if dtype.kind == .bool { return .bool(!b.isEmpty) }
      guard b.allSatisfy({ $0 < 0x80 }) else {
        throw LiteralError.notStorable(value, as: dtype, .textNotANumber)
      }
      text = String(decoding: b, as: UTF8.self)
    default: return value
    }
    switch dtype.kind {
    case .bool: return .bool(!text.isEmpty)
    case .int, .uint:
      if let digits = PythonNumberText.integer(text) { return .integer(digits) }
    case .complex:
      if let (re, im) = PythonNumberText.complex(text) { return .complex(real: re, imaginary: im) }
    default:
      if let f = PythonNumberText.float(text) { return .float(f) }
    }
    throw LiteralError.notStorable(value, as: dtype, .textNotANumber)
  }

  /// A Python number as a scalar, checking NumPy 2's out-of-bounds rule for integers.
  private static func numericScalar(_ value: PythonLiteral, for dtype: DType) throws -> Scalar {
    switch value {
    case .bool(let b): return .bool(b)
    case .integer(let digits):
      if dtype.kind == .int || dtype.kind == .uint {
        let signed = dtype.kind == .int
        let bits = dtype.itemsize * 8
        let fits: Bool
        if signed, let v = Int64(digits) {
          fits = bits == 64 || (v >= -(Int64(1) << (bits - 1)) && v < (Int64(1) << (bits - 1)))
        } else if !signed, let v = UInt64(digits) {
          fits = bits == 64 || v < (UInt64(1) << bits)
        } else {
          fits = false
        }
        guard fits else {
          throw LiteralError.notStorable(value, as: dtype, .outOfBounds)
        }
      }
      if let v = Int64(digits) { return .int(v) }
      if let v = UInt64(digits) { return .uint(v) }
      return .float64(Double(digits) ?? .infinity)
    case .float(let f):
      if (dtype.kind == .int || dtype.kind == .uint), !f.isFinite {
        throw LiteralError.notStorable(value, as: dtype, .notFinite)
      }
      return .float64(f)
    case .name(let word):
      switch word.lowercased() {
      case "nan", "np.nan": return try numericScalar(.float(.nan), for: dtype)
      case "inf", "np.inf": return try numericScalar(.float(.infinity), for: dtype)
      default: break
      }
    case .complex(let re, let im):
      // np.array([1j], '?') is [True]; int and float refuse a complex.
      if dtype.kind != .complex && dtype.kind != .bool {
        throw LiteralError.notStorable(value, as: dtype, .losesImaginaryPart)
      }
      return .complex128(re, im)
    default:
      break
    }
    throw LiteralError.notStorable(value, as: dtype, .unconvertible)
  }
}

extension DType {
  /// Whether a subarray appears in this dtype or any field of it, however deep.
  var containsSubarray: Bool {
    switch layout {
    case .scalar: return false
    case .subarray: return true
    case .structured(let fields, _): return fields.contains { $0.dtype.containsSubarray }
    }
  }
}
