/// NumPy's print options (`np.set_printoptions`) that bytelens supports, with NumPy's defaults.
///
/// The others keep NumPy's defaults: `floatmode='maxprec'`, `sign='-'`, `nanstr='nan'`,
/// `infstr='inf'`, `legacy=False`.
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

  public init() {}
}
