extension DType {
  /// NumPy's `dtype.str`: `<i4`, `|b1`, `>U3`, `<M8[ms]`, `|V24` for structured and subarray.
  public var str: String {
    switch layout {
    case .subarray, .structured: return "|V\(itemsize)"
    case .scalar:
      let size = kind == .unicode ? itemsize / 4 : itemsize
      var text = "\(byteOrder.rawValue)\(kind.rawValue)\(size)"
      if kind == .datetime || kind == .timedelta { text += timeUnitSuffix }
      return text
    }
  }

  /// `[ms]`, `[5s]`, or empty for the generic unit.
  var timeUnitSuffix: String { timeUnit.map { "[\($0.text)]" } ?? "" }

  /// NumPy's `dtype.name`: `int32`, `float64`, `bytes40`, `str96`, `void64`, `datetime64[ms]`.
  public var name: String {
    let bits = itemsize * 8
    switch kind {
    case .bool: return "bool"
    case .int: return "int\(bits)"
    case .uint: return "uint\(bits)"
    case .float: return "float\(bits)"
    case .complex: return "complex\(bits)"
    case .bytes: return itemsize == 0 ? "bytes" : "bytes\(bits)"
    case .unicode: return itemsize == 0 ? "str" : "str\(bits)"
    case .void: return itemsize == 0 ? "void" : "void\(bits)"
    case .object: return "object"
    case .datetime: return "datetime64" + timeUnitSuffix
    case .timedelta: return "timedelta64" + timeUnitSuffix
    }
  }

  /// The qualified name of the numpy scalar type of this dtype's elements: `numpy.int64`,
  /// `numpy.longlong`, `numpy.float16`, `numpy.longdouble`, `numpy.bytes_`, `numpy.void`.
  public var scalarTypeName: String {
    let bits = itemsize * 8
    let name: String
    switch kind {
    case .bool: name = "bool"
    case .int: name = isLongLong ? "longlong" : "int\(bits)"
    case .uint: name = isLongLong ? "ulonglong" : "uint\(bits)"
    case .float: name = itemsize == 16 ? "longdouble" : "float\(bits)"
    case .complex: name = itemsize == 32 ? "clongdouble" : "complex\(bits)"
    case .bytes: name = "bytes_"
    case .unicode: name = "str_"
    case .void: name = "void"
    case .object: name = "object_"
    case .datetime: name = "datetime64"
    case .timedelta: name = "timedelta64"
    }
    return "numpy." + name
  }

  /// Python's `str(dtype)`: the name for native numbers, `.str` for others, the list or dict
  /// form for structured dtypes, `('<i4', (2,))` for subarrays.
  public var description: String { description(compactDicts: false) }

  /// `str(dtype)`; `compactDicts` writes dict forms as numpy ≤ 1.21 did (legacy '1.21'):
  /// `{'names':['a'], 'formats':['<i4'], …}`, no space after colons or between items.
  public func description(compactDicts compact: Bool) -> String {
    if let record = overlaidRecord { return overlaidText(record, compact: compact) }
    switch layout {
    case .structured: return structText(includeAlign: true, compact: compact)
    case .subarray(let base, let shape):
      return "(\(base.constructionText(short: true, compact: compact)), \(PythonRepr.tuple(shape)))"
    case .scalar:
      if [.bytes, .unicode, .void].contains(kind) || !isNative { return str }
      if kind == .datetime || kind == .timedelta { return name }
      return name
    }
  }

  /// Python's `repr(dtype)`: `dtype('int32')`, `dtype('>i4')`, `dtype([('a', '<i4')], align=True)`.
  public var repr: String {
    var argument = constructionText(short: false)
    if isAlignedStruct { argument += ", align=True" }
    return "dtype(\(argument))"
  }

  /// NumPy's `_construction_repr`.
  func constructionText(short: Bool, includeAlign: Bool = false, compact: Bool = false) -> String {
    if let record = overlaidRecord { return overlaidText(record, compact: compact) }
    switch layout {
    case .structured: return structText(includeAlign: includeAlign, compact: compact)
    case .subarray(let base, let shape):
      return "(\(base.constructionText(short: true, compact: compact)), \(PythonRepr.tuple(shape)))"
    case .scalar: return scalarText(short: short)
    }
  }

  /// Fields over a base type as numpy and bytelens both read them back,
  /// `('<i8', [('a', '<i4'), ('b', '<i4')])`; nil without overlaid fields.
  public var overlaidSpelling: String? {
    overlaidRecord.map { "('\(str)', \($0.description))" }
  }

  /// numpy's `(numpy.int64, [('a', '<i4'), ('b', '<i4')])`: the base's scalar type (its byte
  /// order and datetime unit unsaid) and the fields as a record's `str`.
  private func overlaidText(_ record: DType, compact: Bool) -> String {
    "(\(scalarTypeName), \(record.structText(includeAlign: false, compact: compact)))"
  }

  /// NumPy's `_scalar_str`.
  private func scalarText(short: Bool) -> String {
    let order = byteOrder == .notApplicable ? "" : String(byteOrder.rawValue)
    switch kind {
    case .bool: return short ? "'?'" : "'bool'"
    case .object: return "'O'"
    case .bytes: return itemsize == 0 ? "'S'" : "'S\(itemsize)'"
    case .unicode: return itemsize == 0 ? "'\(order)U'" : "'\(order)U\(itemsize / 4)'"
    case .void: return itemsize == 0 ? "'V'" : "'V\(itemsize)'"
    case .datetime: return "'\(order)M8\(timeUnitSuffix)'"
    case .timedelta: return "'\(order)m8\(timeUnitSuffix)'"
    case .int, .uint, .float, .complex:
      if short || !isNative || (byteOrder != .notApplicable && byteOrder != ByteOrder.native) {
        return "'\(order)\(kind.rawValue)\(itemsize)'"
      }
      return "'\(name)'"
    }
  }

  /// NumPy's `_struct_str`: the list form when the layout is packed (or aligned as align=True
  /// would lay it out), else the dict form with offsets and itemsize.
  private func structText(includeAlign: Bool, compact: Bool = false) -> String {
    if !(includeAlign && isAlignedStruct) && isPacked { return structListText(compact: compact) }
    return structDictText(includeAlign: includeAlign, compact: compact)
  }

  private var isPacked: Bool {
    var total = 0
    var maxAlignment = 1
    for field in fields {
      if isAlignedStruct {
        total = roundUp(total, to: field.dtype.alignment)
        maxAlignment = max(maxAlignment, field.dtype.alignment)
      }
      if field.offset != total { return false }
      total += field.dtype.itemsize
    }
    if isAlignedStruct { total = roundUp(total, to: maxAlignment) }
    return total == itemsize
  }

  private func structListText(compact: Bool) -> String {
    let items = fields.map { field -> String in
      var item = "("
      if let title = field.title {
        item += "(\(PythonRepr.string(title)), \(PythonRepr.string(field.name))), "
      } else {
        item += "\(PythonRepr.string(field.name)), "
      }
      if let (base, shape) = field.dtype.subarray {
        item += "\(base.constructionText(short: true, compact: compact)), \(PythonRepr.tuple(shape))"
      } else {
        item += field.dtype.constructionText(short: true, compact: compact)
      }
      return item + ")"
    }
    return "[" + items.joined(separator: ", ") + "]"
  }

  private func structDictText(includeAlign: Bool, compact: Bool = false) -> String {
    let (colon, separator) = compact ? (":", ",") : (": ", ", ")
    var text = "{'names'\(colon)["
    text += fields.map { PythonRepr.string($0.name) }.joined(separator: separator)
    text += "], 'formats'\(colon)["
    text += fields.map { $0.dtype.constructionText(short: true, compact: compact) }
      .joined(separator: separator)
    text += "], 'offsets'\(colon)["
    text += fields.map { String($0.offset) }.joined(separator: separator)
    if fields.contains(where: { $0.title != nil }) {
      text += "], 'titles'\(colon)["
      text += fields.map { $0.title.map { PythonRepr.string($0) } ?? "None" }
        .joined(separator: separator)
    }
    text += "], 'itemsize'\(colon)\(itemsize)"
    text += includeAlign && isAlignedStruct ? ", 'aligned'\(colon)True}" : "}"
    return text
  }

  /// NumPy's `dtype.descr` as Python prints it, with `('', '|V7')` entries for padding.
  /// - Throws: `DTypeError.descrUndefined` for overlapping or out-of-order fields, where NumPy
  ///   defines no descr.
  public func descr() throws -> String {
    if let record = overlaidRecord { return try record.descr() }
    guard isStructured else { return "[('', '\(str)')]" }
    return try descrItem()
  }

  private func descrItem() throws -> String {
    if let record = overlaidRecord { return try record.descrItem() }
    switch layout {
    case .scalar: return "'\(str)'"
    case .subarray(let base, let shape):
      return "(\(try base.descrItem()), \(PythonRepr.tuple(shape)))"
    case .structured(let fields, _):
      var items: [String] = []
      var offset = 0
      for field in fields {
        if field.offset > offset {
          items.append("('', '|V\(field.offset - offset)')")
          offset = field.offset
        } else if field.offset < offset {
          throw DTypeError.descrUndefined(field: field.name)
        }
        var name = PythonRepr.string(field.name)
        if let title = field.title { name = "(\(PythonRepr.string(title)), \(name))" }
        if let (base, shape) = field.dtype.subarray {
          items.append("(\(name), \(try base.descrItem()), \(PythonRepr.tuple(shape)))")
        } else {
          items.append("(\(name), \(try field.dtype.descrItem()))")
        }
        offset += field.dtype.itemsize
      }
      if itemsize > offset { items.append("('', '|V\(itemsize - offset)')") }
      return "[" + items.joined(separator: ", ") + "]"
    }
  }
}
