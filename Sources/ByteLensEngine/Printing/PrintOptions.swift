/// NumPy's print options (`np.set_printoptions`) that bytelens supports, with NumPy's defaults.
///
/// `legacy` keeps NumPy's default (`False`); of `formatter`, only the integer keys exist.
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
  /// A Python function that prints integer elements instead of NumPy's `IntegerFormat`.
  public var formatter: IntegerFormatter?

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

  /// `formatter={KEY: FUNCTION}` for integers: `int` applies to integer arrays, `int_kind`
  /// too but `int` wins (both name the same kind while no other integer key exists).
  public struct IntegerFormatter: Sendable, Hashable {
    public var key: Key
    public var function: Function

    public init(key: Key, function: Function) {
      self.key = key
      self.function = function
    }

    public enum Key: String, Sendable, Hashable, CaseIterable {
      case int
      case intKind = "int_kind"
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
