/// NumPy's print options (`np.set_printoptions`) that bytelens supports, with NumPy's defaults.
///
/// `legacy` keeps NumPy's default (`False`); `formatter` functions are `hex`, `oct` and `bin`.
public struct PrintOptions: Sendable, Equatable {
  /// Characters per line before wrapping (`repr` wraps one earlier, leaving room for `)`).
  public var linewidth = 75
  /// Arrays with more elements than this print summarised, with `...`.
  public var threshold = 1000
  /// Elements shown at each end of every summarised axis.
  public var edgeitems = 3
  /// Maximum digits after the point (positional) or after the first digit (scientific).
  public var precision = 8
  /// Floats stay positional unless one reaches the type's cutoff (`1e8` for f8): small values
  /// print as `0.` rather than turning the column scientific.
  public var suppress = false
  /// How many fraction digits floats get (`floatmode`).
  public var floatmode = FloatMode.maxprec
  /// What goes before positive numbers (`sign`).
  public var sign = Sign.minus
  /// The text of NaN in float and complex arrays (`nanstr`).
  public var nanstr = "nan"
  /// The text of infinity in float and complex arrays (`infstr`); `-` goes before it.
  public var infstr = "inf"
  /// A Python function that prints elements instead of NumPy's formats (`formatter`).
  public var formatter: IntegerFormatter?
  /// numpy's `legacy` print mode, kept as numpy keeps it: a version number (`121` for '1.21',
  /// `201` for '2.1') that the printing compares against, `Int.max` for `False`.
  public var legacy = PrintOptions.noLegacy

  /// `legacy=False`.
  public static let noLegacy = Int.max
  /// The `legacy` values bytelens prints as numpy does, as numpy spells and keeps them.
  public static let legacyModes: [(name: String, mode: Int)] = [
    ("1.21", 121), ("1.25", 125), ("2.1", 201), ("2.2", 202),
  ]

  public init() {}

  /// NumPy's `floatmode`.
  public enum FloatMode: String, Sendable, Hashable, CaseIterable {
    /// Always `precision` fraction digits, from the exact binary value.
    case fixed
    /// The shortest digits that read back to the same float; `precision` is ignored.
    case unique
    /// At most `precision` digits, each value as short as it can be (the default).
    case maxprec
    /// At most `precision` digits, every value as many as the longest needs.
    case maxprecEqual = "maxprec_equal"
  }

  /// NumPy's `sign`: `'-'`, `'+'` or `' '`.
  public enum Sign: String, Sendable, Hashable, CaseIterable {
    /// Only negative numbers carry a sign.
    case minus = "-"
    /// Positive numbers carry `+`.
    case plus = "+"
    /// Columns leave room for a sign even when no value is negative.
    case space = " "
  }

  /// `formatter={KEY: FUNCTION}`: a Python function for the elements of the kinds that numpy's
  /// KEY names. Keys numpy does not know are kept and, as numpy does, ignored. Only integers
  /// can be printed with `hex`/`oct`/`bin`: numpy's TypeError for any other kind the key
  /// reaches is `PrintingError.notAnInteger`.
  public struct IntegerFormatter: Sendable, Hashable {
    public var key: String
    public var function: Function

    public init(key: String, function: Function) {
      self.key = key
      self.function = function
    }

    /// The keys numpy's `_get_format_function` reads, in its documentation's order.
    public static let numpyKeys = [
      "all", "bool", "int", "timedelta", "datetime", "float", "longfloat", "complexfloat",
      "longcomplexfloat", "void", "numpystr", "object", "int_kind", "float_kind",
      "complex_kind", "str_kind",
    ]

    /// Whether numpy formats elements of `dtype` (a plain scalar type) with this formatter.
    public func applies(to dtype: DType) -> Bool {
      let isLong = (dtype.kind == .float && dtype.itemsize == 16)
        || (dtype.kind == .complex && dtype.itemsize == 32)
      switch key {
      case "all": return true
      case "int", "int_kind": return dtype.kind == .int || dtype.kind == .uint
      case "bool": return dtype.kind == .bool
      case "timedelta": return dtype.kind == .timedelta
      case "datetime": return dtype.kind == .datetime
      case "float": return dtype.kind == .float && !isLong
      case "longfloat": return dtype.kind == .float && isLong
      case "float_kind": return dtype.kind == .float
      case "complexfloat": return dtype.kind == .complex && !isLong
      case "longcomplexfloat": return dtype.kind == .complex && isLong
      case "complex_kind": return dtype.kind == .complex
      case "numpystr", "str_kind": return dtype.kind == .bytes || dtype.kind == .unicode
      case "void": return dtype.kind == .void
      case "object": return dtype.kind == .object
      default: return false
      }
    }

    /// Python's built-in `hex`, `oct` and `bin`: `0x1f`, `-0o7`, `0b101`, never padded.
    public enum Function: String, Sendable, Hashable, CaseIterable {
      case hex, oct, bin

      /// Python's text for an integer: the sign, the prefix, then the digits of the magnitude.
      public func text<T: BinaryInteger>(_ value: T) -> String {
        let (prefix, radix) =
          switch self {
          case .hex: ("0x", 16)
          case .oct: ("0o", 8)
          case .bin: ("0b", 2)
          }
        return (value < 0 ? "-" : "") + prefix + String(value.magnitude, radix: radix)
      }
    }
  }
}
