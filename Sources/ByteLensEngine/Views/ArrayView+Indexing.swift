/// One item of a NumPy basic index: `a[1, 2:5:-1, ..., None]`, or a field selection.
public enum IndexItem: Hashable, Sendable, CustomStringConvertible {
  case integer(Int)
  case slice(start: Int?, stop: Int?, step: Int?)
  case ellipsis
  case newAxis
  /// `a['value']`
  case field(String)
  /// `a[['id', 'flag']]`: a view keeping only these fields.
  case fields([String])
  /// `a[True]`, `a[False]`: a new axis of length 1 or 0, as a copy (see `indexed(byBoolean:)`).
  case boolean(Bool)

  /// The item as Python writes it: `3`, `1::2`, `...`, `None`, `'value'`, `['a', 'b']`.
  public var description: String {
    switch self {
    case .integer(let value): return String(value)
    case .slice(let start, let stop, let step):
      let head = "\(start.map(String.init) ?? ""):\(stop.map(String.init) ?? "")"
      return step.map { "\(head):\($0)" } ?? head
    case .ellipsis: return "..."
    case .newAxis: return "None"
    case .field(let name): return PythonRepr.string(name)
    case .fields(let names):
      return "[" + names.map { PythonRepr.string($0) }.joined(separator: ", ") + "]"
    case .boolean(let flag): return flag ? "True" : "False"
    }
  }
}

extension ArrayView {
  /// NumPy basic indexing: integers, slices, `...` and `None` give a view; a field name gives
  /// the view of that field.
  public func indexed(_ items: [IndexItem]) throws -> ArrayView {
    if items.count == 1, case .field(let name) = items[0] { return try field(name) }
    if items.count == 1, case .fields(let names) = items[0] { return try fields(names) }
    if items.count == 1, case .boolean(let flag) = items[0] { return try indexed(byBoolean: flag) }
    if items.contains(where: { if case .boolean = $0 { return true }; return false }) {
      throw ViewError.booleanNotTheOnlyIndex
    }
    if items.contains(where: { if case .field = $0 { return true }; if case .fields = $0 { return true }; return false }) {
      throw ViewError.fieldNotTheOnlyIndex
    }
    let ellipses = items.filter { $0 == .ellipsis }.count
    guard ellipses <= 1 else { throw ViewError.multipleEllipses }
    let consuming = items.filter {
      if case .integer = $0 { return true }
      if case .slice = $0 { return true }
      return false
    }.count
    guard consuming <= ndim else {
      throw ViewError.tooManyIndices(consuming, ndim: ndim)
    }
    var expanded: [IndexItem] = []
    for item in items {
      if item == .ellipsis {
        expanded += Array(repeating: .slice(start: nil, stop: nil, step: nil), count: ndim - consuming)
      } else {
        expanded.append(item)
      }
    }
    let added = items.filter { $0 == .newAxis }.count
    try ArrayView.checkDimensions(ndim - consuming + added)
    var result = self
    result.shape = []
    result.strides = []
    var axis = 0
    for item in expanded {
      switch item {
      case .newAxis:
        result.shape.append(1)
        result.strides.append(0)
      case .integer(let i):
        let dim = shape[axis]
        let position = i < 0 ? i + dim : i
        guard position >= 0 && position < dim else {
          throw ViewError.indexOutOfBounds(i, axis: axis, size: dim)
        }
        result.offset += position * strides[axis]
        axis += 1
      case .slice(let start, let stop, let step):
        let (first, length, step) = try Self.sliceIndices(start: start, stop: stop, step: step, length: shape[axis])
        result.offset += first * strides[axis]
        result.shape.append(length)
        // Wrapping, as NumPy's C arithmetic: a huge step only ever takes one element.
        result.strides.append(strides[axis] &* step)
        axis += 1
      default:
        break
      }
    }
    while axis < ndim {
      result.shape.append(shape[axis])
      result.strides.append(strides[axis])
      axis += 1
    }
    return result
  }

  /// Python's `slice.indices` followed by NumPy's rule for empty slices (start 0, step 1).
  static func sliceIndices(start: Int?, stop: Int?, step: Int?, length: Int) throws
    -> (first: Int, count: Int, step: Int)
  {
    let step = max(step ?? 1, -Int.max)
    guard step != 0 else { throw ViewError.zeroSliceStep }
    func clamp(_ value: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
      guard var v = value else { return defaultValue }
      if v < 0 {
        v = v < -length ? low : v + length
        if v < low { v = low }
      } else if v > high {
        v = high
      }
      return v
    }
    let first: Int
    let last: Int
    if step > 0 {
      first = clamp(start, 0, low: 0, high: length)
      last = clamp(stop, length, low: 0, high: length)
    } else {
      first = clamp(start, length - 1, low: -1, high: length - 1)
      last = clamp(stop, -1, low: -1, high: length - 1)
    }
    let count: Int
    if step > 0 {
      count = first < last ? (last - first - 1) / step + 1 : 0
    } else {
      count = first > last ? (first - last - 1) / (-step) + 1 : 0
    }
    if count <= 0 { return (0, 0, 1) }
    return (first, count, step)
  }

  /// `a['name']`: the field's values, with a subarray field's shape appended.
  public func field(_ name: String) throws -> ArrayView {
    guard dtype.hasFields else {
      throw ViewError.noFields(dtype, selecting: .field(name))
    }
    guard let field = dtype.fields.first(where: { $0.name == name || ($0.isTitleSearchable && $0.title == name) }) else {
      throw ViewError.noSuchField(name, selecting: .field(name), fields: dtype.fields.map(\.name))
    }
    var result = self
    result.offset += field.offset
    let (base, subshape) = ArrayView.expandSubarray(dtype: field.dtype, shape: [])
    try ArrayView.checkDimensions(ndim + subshape.count)
    result.dtype = base
    result.shape += subshape
    result.strides += ArrayView.contiguousStrides(subshape, itemsize: base.itemsize, order: .C)
    return result
  }

  /// `a[['x', 'z']]`: a structured view keeping only some fields, at their offsets, with the
  /// record size unchanged (NumPy ≥ 1.16).
  public func fields(_ names: [String]) throws -> ArrayView {
    guard dtype.hasFields else {
      throw ViewError.noFields(dtype, selecting: .fields(names))
    }
    var kept: [DType.Field] = []
    var seen = Set<String>()
    for name in names {
      guard let field = dtype.fields.first(where: { $0.name == name }) else {
        throw ViewError.noSuchField(
          name, selecting: .fields(names), fields: dtype.fields.map(\.name))
      }
      guard seen.insert(name).inserted else { throw ViewError.duplicateField(name) }
      kept.append(field)
    }
    var result = self
    // NumPy keeps the record size and the aligned flag (and so the alignment).
    result.dtype = try DType.makeStructured(
      kept, itemsize: dtype.itemsize, aligned: dtype.isAlignedStruct, alignment: dtype.alignment)
    return result
  }
}

extension ArrayView {
  /// NumPy's `a[True]` and `a[False]`: a boolean scalar index is an advanced index that adds an
  /// axis of length 1 (a copy of the array) or 0 (a new empty array) in front.
  public func indexed(byBoolean flag: Bool) throws -> ArrayView {
    try ArrayView.checkDimensions(ndim + 1)
    guard flag else {
      var empty = self
      empty.shape = [0] + shape
      empty.strides = Array(repeating: 0, count: ndim + 1)
      return empty
    }
    // numpy's advanced-index result: the index's axis outermost, over a copy of the rest
    // that keeps the order of its strides (K).
    var widened = try copied(order: .K, name: "<index>")
    widened.shape = [1] + shape
    widened.strides = [count > 0 ? nbytes : 0] + widened.strides
    return widened
  }
}
