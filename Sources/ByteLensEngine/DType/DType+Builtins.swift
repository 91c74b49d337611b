extension DType {
  /// A plain (non-structured) dtype of `kind` and `itemsize`, with NumPy's byte-order
  /// normalisation (`|` for one-byte and byte-string kinds) and alignment.
  public static func scalar(
    _ kind: Kind, itemsize: Int, byteOrder: ByteOrder = .native, timeUnit: TimeUnit? = nil
  ) -> DType {
    let order: ByteOrder
    switch kind {
    case .bool, .bytes, .void, .object: order = .notApplicable
    case .int, .uint: order = itemsize == 1 ? .notApplicable : byteOrder
    default: order = byteOrder == .notApplicable ? .native : byteOrder
    }
    return DType(
      kind: kind, byteOrder: order, itemsize: itemsize,
      alignment: naturalAlignment(kind, itemsize: itemsize), timeUnit: timeUnit)
  }

  static func naturalAlignment(_ kind: Kind, itemsize: Int) -> Int {
    switch kind {
    case .bool, .bytes, .void: return 1
    case .int, .uint, .float: return max(itemsize, 1)
    case .complex: return max(itemsize / 2, 1)
    case .unicode: return 4
    case .datetime, .timedelta, .object: return 8
    }
  }

  public static let bool = scalar(.bool, itemsize: 1)
  public static let int8 = scalar(.int, itemsize: 1)
  public static let uint8 = scalar(.uint, itemsize: 1)
  public static let int16 = scalar(.int, itemsize: 2)
  public static let int32 = scalar(.int, itemsize: 4)
  public static let int64 = scalar(.int, itemsize: 8)
  public static let uint64 = scalar(.uint, itemsize: 8)
  static let longlong: DType = {
    var type = DType.int64
    type.isLongLong = true
    return type
  }()
  static let ulonglong: DType = {
    var type = DType.uint64
    type.isLongLong = true
    return type
  }()
  public static let float16 = scalar(.float, itemsize: 2)
  public static let float32 = scalar(.float, itemsize: 4)
  public static let float64 = scalar(.float, itemsize: 8)
  public static let complex128 = scalar(.complex, itemsize: 16)

  /// The sizes NumPy accepts after a kind letter in a typestring (`nil`: any size ≥ 0).
  static func validSizes(_ kind: Kind) -> [Int]? {
    switch kind {
    case .bool: return [1]
    case .int, .uint: return [1, 2, 4, 8]
    case .float: return [2, 4, 8, 16]
    case .complex: return [8, 16, 32]
    case .datetime, .timedelta: return [8]
    case .bytes, .unicode, .void, .object: return nil
    }
  }

  /// One-character type codes (docs/numpy-behaviour.md §1.2).
  static let typeCodes: [Character: DType] = [
    "?": .bool, "b": .int8, "B": .uint8, "h": .int16, "H": scalar(.uint, itemsize: 2),
    "i": .int32, "I": scalar(.uint, itemsize: 4), "l": .int64, "L": .uint64, "q": longlong,
    "Q": ulonglong, "p": .int64, "n": .int64, "P": .uint64, "N": .uint64, "e": .float16,
    "f": .float32, "d": .float64, "g": scalar(.float, itemsize: 16),
    "F": scalar(.complex, itemsize: 8), "D": .complex128, "G": scalar(.complex, itemsize: 32),
    "S": scalar(.bytes, itemsize: 0), "a": scalar(.bytes, itemsize: 0),
    "c": scalar(.bytes, itemsize: 1), "U": scalar(.unicode, itemsize: 0),
    "V": scalar(.void, itemsize: 0), "O": scalar(.object, itemsize: 8),
    "M": scalar(.datetime, itemsize: 8), "m": scalar(.timedelta, itemsize: 8),
  ]

  /// NumPy's type names (`np.sctypeDict`'s string keys), case-sensitive.
  public static let typeNames: [String: DType] = {
    var names: [String: DType] = [
      "bool": .bool, "bool_": .bool, "byte": .int8, "ubyte": .uint8, "short": .int16,
      "ushort": scalar(.uint, itemsize: 2), "intc": .int32, "uintc": scalar(.uint, itemsize: 4),
      "int": .int64, "uint": .uint64, "int_": .int64, "intp": .int64, "uintp": .uint64,
      "long": .int64, "ulong": .uint64, "longlong": longlong, "ulonglong": ulonglong,
      "half": .float16, "single": .float32, "double": .float64, "float": .float64,
      "longdouble": scalar(.float, itemsize: 16), "csingle": scalar(.complex, itemsize: 8),
      "cdouble": .complex128, "complex": .complex128,
      "clongdouble": scalar(.complex, itemsize: 32),
      "bytes": scalar(.bytes, itemsize: 0), "bytes_": scalar(.bytes, itemsize: 0),
      "a": scalar(.bytes, itemsize: 0),
      "str": scalar(.unicode, itemsize: 0), "str_": scalar(.unicode, itemsize: 0),
      "unicode": scalar(.unicode, itemsize: 0), "void": scalar(.void, itemsize: 0),
      "object": scalar(.object, itemsize: 8), "object_": scalar(.object, itemsize: 8),
      "datetime64": scalar(.datetime, itemsize: 8), "timedelta64": scalar(.timedelta, itemsize: 8),
    ]
    for size in [1, 2, 4, 8] {
      names["int\(size * 8)"] = scalar(.int, itemsize: size)
      names["uint\(size * 8)"] = scalar(.uint, itemsize: size)
    }
    for size in [2, 4, 8, 16] { names["float\(size * 8)"] = scalar(.float, itemsize: size) }
    for size in [8, 16, 32] { names["complex\(size * 8)"] = scalar(.complex, itemsize: size) }
    return names
  }()

  /// Aliases NumPy 2 removed; it tells users to drop the digit.
  static let removedAliases: Set<String> = [
    "int0", "uint0", "bool8", "str0", "bytes0", "void0", "object0", "unicode_", "string_",
  ]
}
