/// NumPy's dtype discovery for `np.array(values)` and for the flexible parts of a requested
/// dtype: the type of Python scalars, their promotion, the width of a sizeless `S`/`U`, and the
/// unit of a generic `M8` read from strings.
extension ArrayBuilder {
  /// What one Python scalar is discovered as (`bool`, `int64`, `<U3`, …).
  enum Discovered: Equatable {
    case bool, int64, uint64, float64, complex128
    case unicode(Int), bytes(Int)

    /// `np.promote_types` of two discovered types.
    func promoted(with other: Discovered) -> Discovered {
      switch (self, other) {
      case (.unicode(let a), .unicode(let b)), (.unicode(let a), .bytes(let b)),
        (.bytes(let a), .unicode(let b)):
        return .unicode(max(a, b))
      case (.bytes(let a), .bytes(let b)): return .bytes(max(a, b))
      case (.unicode(let a), let number): return .unicode(max(a, number.textWidth))
      case (.bytes(let a), let number): return .bytes(max(a, number.textWidth))
      case (let number, .unicode(let b)): return .unicode(max(b, number.textWidth))
      case (let number, .bytes(let b)): return .bytes(max(b, number.textWidth))
      default:
        if self == other { return self }
        if self == .complex128 || other == .complex128 { return .complex128 }
        if self == .float64 || other == .float64 { return .float64 }
        let pair = [self, other]
        if pair.contains(.uint64) { return pair.contains(.int64) ? .float64 : .uint64 }
        return .int64
      }
    }

    /// The characters NumPy reserves for a number of this type in a string type
    /// (`np.promote_types('U1', 'i8')` is `<U21`).
    var textWidth: Int {
      switch self {
      case .bool: return 5
      case .int64: return 21
      case .uint64: return 20
      case .float64: return 32
      case .complex128: return 64
      case .unicode(let n), .bytes(let n): return n
      }
    }

    var dtype: DType {
      switch self {
      case .bool: return .bool
      case .int64: return .int64
      case .uint64: return .uint64
      case .float64: return .float64
      case .complex128: return .complex128
      case .unicode(let n): return DType.scalar(.unicode, itemsize: max(n, 1) * 4)
      case .bytes(let n): return DType.scalar(.bytes, itemsize: max(n, 1))
      }
    }
  }

  /// The discovered type of one leaf.
  static func discover(_ leaf: PythonLiteral) throws -> Discovered {
    switch leaf {
    case .bool: return .bool
    case .integer(let digits):
      if Int64(digits) != nil { return .int64 }
      if UInt64(digits) != nil { return .uint64 }
      throw LiteralError.integerTooLarge(digits)
    case .float: return .float64
    case .name(let word) where isFloatWord(word): return .float64
    case .complex: return .complex128
    case .string(let text): return .unicode(text.unicodeScalars.count)
    case .bytes(let b): return .bytes(b.count)
    default: throw LiteralError.notAnArrayValue(leaf)
    }
  }

  static func isFloatWord(_ word: String) -> Bool {
    ["nan", "inf", "np.nan", "np.inf"].contains(word.lowercased())
  }

  /// NumPy's type discovery for Python scalars: each leaf's type, promoted from left to right
  /// as `np.result_type` does (so `[2**63, -1, 'a']` is `<U32` but `['a', 2**63, -1]` `<U21`).
  static func inferType(_ leaves: [PythonLiteral]) throws -> DType {
    guard let first = leaves.first else { return .float64 }  // np.array([]) is float64
    var result = try discover(first)
    for leaf in leaves.dropFirst() { result = result.promoted(with: try discover(leaf)) }
    return result.dtype
  }

  /// `str(value)` as NumPy writes a Python scalar into a string dtype.
  static func text(of value: PythonLiteral) -> String {
    switch value {
    case .string(let text): return text
    case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
    case .name(let word) where isFloatWord(word):
      let lower = word.lowercased()
      return lower.hasSuffix("nan") ? "nan" : "inf"
    default: return value.pythonText
    }
  }

  /// The dtype with NumPy's choices made where the requested one leaves them open: the width
  /// of a sizeless `S`/`U` (the longest `str()` of the values, at least 1) and the unit of a
  /// generic `M8` (the finest any of its strings gives).
  static func resolved(_ dtype: DType, for leaves: [PythonLiteral]) throws -> DType {
    guard case .scalar = dtype.layout else { return dtype }
    switch dtype.kind {
    case .bytes where dtype.itemsize == 0:
      let width = leaves.map { text(of: $0).unicodeScalars.count }.max() ?? 1
      return DType.scalar(.bytes, itemsize: max(width, 1))
    case .unicode where dtype.itemsize == 0:
      let width = leaves.map { text(of: $0).unicodeScalars.count }.max() ?? 1
      // numpy's discovered string type is native, whatever order was asked for.
      return DType.scalar(.unicode, itemsize: max(width, 1) * 4)
    case .void where dtype.itemsize == 0:
      var width: Int? = nil
      for leaf in leaves {
        guard case .bytes(let b) = leaf else { continue }
        if let known = width, known != b.count {
          throw LiteralError.voidLengthsDiffer(known, b.count)
        }
        width = b.count
      }
      // NumPy's np.array([], 'V') is |V8.
      return DType.scalar(.void, itemsize: leaves.isEmpty ? 8 : width ?? 0)
    case .datetime where dtype.timeUnit == nil:
      var finest: TimeUnit.Base? = nil
      for leaf in leaves {
        let text: String
        switch leaf {
        case .string(let s): text = s
        case .bytes(let b): text = String(decoding: b, as: UTF8.self)
        default: continue
        }
        guard let unit = try DatetimeParser.read(text).unit else { continue }
        guard let known = finest else {
          finest = unit
          continue
        }
        // numpy promotes the units from left to right, and refuses a pair whose conversion
        // factor overflows its check (Y with ps, s with as).
        let (coarse, fine) = known.rank <= unit.rank ? (known, unit) : (unit, known)
        guard coarse.factor(to: fine) != nil else {
          throw LiteralError.unitsTooFarApart(coarse, fine)
        }
        finest = fine
      }
      guard let finest else { return dtype }
      return DType.scalar(.datetime, itemsize: 8, timeUnit: TimeUnit(finest))
    default:
      return dtype
    }
  }
}

extension TimeUnit.Base {
  /// The position from years (0) to attoseconds: a larger rank is a finer unit.
  var rank: Int { Self.allCases.firstIndex(of: self)! }

  /// How many `finer` units make one of this (years and months counted from days), or nil
  /// when the factor reaches 2⁵⁶, where numpy's `get_datetime_units_factor` reports overflow.
  func factor(to finer: TimeUnit.Base) -> UInt64? {
    let steps: [TimeUnit.Base: UInt64] = [
      .W: 7, .D: 24, .h: 60, .m: 60, .s: 1000, .ms: 1000, .us: 1000, .ns: 1000, .ps: 1000,
      .fs: 1000,
    ]
    var unit = self == .Y || self == .M ? (finer.rank <= TimeUnit.Base.D.rank ? finer : .D) : self
    var factor: UInt64 = 1
    while unit.rank < finer.rank {
      factor &*= steps[unit] ?? 1
      if factor & 0xff00_0000_0000_0000 != 0 { return nil }
      unit = Self.allCases[unit.rank + 1]
    }
    return factor
  }
}
