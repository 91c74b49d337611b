/// A NumPy data type: how the bytes of one element are read.
///
/// A value type mirroring `numpy.dtype`. Structured and subarray dtypes are described by
/// `layout`; for them `kind` is `.void`. Parse with `DType.parse(_:)`; print with `str`,
/// `repr` and `descr` (DType+Descriptions.swift), which match NumPy byte for byte.
public struct DType: Hashable, Sendable {
  public enum Kind: Character, Hashable, Sendable {
    case bool = "b", int = "i", uint = "u", float = "f", complex = "c"
    case bytes = "S", unicode = "U", void = "V", datetime = "M", timedelta = "m", object = "O"
  }

  /// The byte order of a dtype's scalars. `.notApplicable` is NumPy's `|` (single bytes,
  /// strings of bytes, void and structured types).
  public enum ByteOrder: Character, Hashable, Sendable {
    case little = "<", big = ">", notApplicable = "|"

    /// The order of the machine we run on.
    public static var native: ByteOrder {
      #if _endian(little)
        return .little
      #else
        return .big
      #endif
    }
  }

  public indirect enum Layout: Hashable, Sendable {
    /// A plain scalar type.
    case scalar
    /// `(base, shape)`: `shape` elements of `base`, stored C-contiguously.
    case subarray(base: DType, shape: [Int])
    /// A record of named fields. `isAligned` records numpy's `align=True` (isalignedstruct).
    case structured(fields: [Field], isAligned: Bool)
  }

  public struct Field: Hashable, Sendable {
    public var name: String
    public var title: String?
    public var dtype: DType
    public var offset: Int
    /// Whether `a['title']` finds this field. NumPy's `newbyteorder` keeps titles in the
    /// descr but drops them as lookup keys; we follow it.
    public var isTitleSearchable = true

    public init(name: String, title: String? = nil, dtype: DType, offset: Int) {
      self.name = name
      self.title = title
      self.dtype = dtype
      self.offset = offset
    }
  }

  public var kind: Kind
  public var byteOrder: ByteOrder
  /// Bytes per element.
  public var itemsize: Int
  /// NumPy's `dtype.alignment`.
  public var alignment: Int
  /// The unit of a datetime64/timedelta64; nil for other kinds and for generic units.
  public var timeUnit: TimeUnit?
  public var layout: Layout
  /// NumPy's `longlong`/`ulonglong` (codes `q`, `Q`): the same bytes as int64/uint64 on this
  /// platform but a distinct scalar type, so an array repr names it (`dtype=int64`) where it
  /// omits the default integer `long`.
  public var isLongLong = false
  /// numpy's `(base, fields)`: named fields laid over the bytes of a plain scalar type, which
  /// stays what the elements are (`dtype((numpy.int64, [('a', '<i4'), ('b', '<i4')]))`
  /// prints, casts and saves its bytes as int64; `a['a']` reads the field). Empty otherwise.
  public var overlaidFields: [Field] = []

  public init(
    kind: Kind, byteOrder: ByteOrder, itemsize: Int, alignment: Int,
    timeUnit: TimeUnit? = nil, layout: Layout = .scalar
  ) {
    self.kind = kind
    self.byteOrder = byteOrder
    self.itemsize = itemsize
    self.alignment = alignment
    self.timeUnit = timeUnit
    self.layout = layout
  }

  /// The fields of a structured dtype, in definition order; empty otherwise.
  public var fields: [Field] {
    if case .structured(let fields, _) = layout { return fields }
    return overlaidFields
  }

  /// Whether the dtype has named fields: a structured dtype, or fields over a base type.
  public var hasFields: Bool { isStructured || !overlaidFields.isEmpty }

  /// The overlaid fields as the record numpy saves and describes them (`descr`): a packed or
  /// offset structured dtype of the same itemsize; nil without overlaid fields.
  public var overlaidRecord: DType? {
    guard !overlaidFields.isEmpty else { return nil }
    return DType(
      kind: .void, byteOrder: .notApplicable, itemsize: itemsize,
      alignment: overlaidFields.map(\.dtype.alignment).max() ?? 1,
      layout: .structured(fields: overlaidFields, isAligned: false))
  }

  public var isStructured: Bool {
    if case .structured = layout { return true }
    return false
  }

  /// NumPy's `isalignedstruct`.
  public var isAlignedStruct: Bool {
    if case .structured(_, let aligned) = layout { return aligned }
    return false
  }

  /// The base and shape of a subarray dtype.
  public var subarray: (base: DType, shape: [Int])? {
    if case .subarray(let base, let shape) = layout { return (base, shape) }
    return nil
  }

  /// Whether this dtype's bytes need no swapping on this machine (NumPy's `isnative`),
  /// looking into fields and subarrays.
  public var isNative: Bool {
    switch layout {
    case .scalar: return byteOrder != (ByteOrder.native == .little ? .big : .little)
    case .subarray(let base, _): return base.isNative
    case .structured(let fields, _): return fields.allSatisfy { $0.dtype.isNative }
    }
  }

  /// Whether any part of the dtype holds Python objects (`O`), which cannot be read from bytes.
  public var hasObject: Bool {
    switch layout {
    case .scalar: return kind == .object
    case .subarray(let base, _): return base.hasObject
    case .structured(let fields, _): return fields.contains { $0.dtype.hasObject }
    }
  }
}

/// A datetime64/timedelta64 unit with its multiplier, e.g. `[5s]`, `[500ms]`.
public struct TimeUnit: Hashable, Sendable {
  public enum Base: String, CaseIterable, Sendable {
    case Y, M, W, D, h, m, s, ms, us, ns, ps, fs, `as`
  }
  public var base: Base
  public var count: Int

  public init(_ base: Base, count: Int = 1) {
    self.base = base
    self.count = count
  }

  /// `s`, `5s`, `500ms`: the text inside the brackets.
  public var text: String { count == 1 ? base.rawValue : "\(count)\(base.rawValue)" }
}
