/// Why `stats` or `hist` cannot summarise a view.
public enum StatisticsError: Error, Equatable, Sendable {
  /// A dtype that holds no numbers (`S`, `U`, `V`, datetime, object, or records without one
  /// numeric field).
  case notNumeric(DType)
  /// Complex: NumPy's `np.mean(a, dtype=np.float64)` would drop the imaginary part.
  case complex(DType)
  /// A bin count outside `1...Histogram.maximumBinCount`.
  case binCountOutOfRange(Int)
  /// NumPy's "Too many bins for data range": two edges in the bin type are not increasing.
  case tooManyBins(Int)
}
