import ByteLensEngine

extension StatisticsError: UserFacingError {
  public var message: String {
    switch self {
    case .notNumeric(let dtype):
      return dtype.isStructured
        ? "'\(dtype.str)' records have no numeric field to summarise"
        : "cannot summarise '\(dtype.str)': it holds no numbers (bool, integer or float)"
    case .complex(let dtype):
      return "cannot summarise '\(dtype.str)': numpy's mean with dtype=float64 drops the "
        + "imaginary part of complex values"
    case .binCountOutOfRange(let bins):
      return "hist needs between 1 and \(Histogram.maximumBinCount) bins, not \(bins)"
    case .tooManyBins(let bins):
      return "too many bins for the data range: it cannot be cut into \(bins) finite "
        + "bin\(bins == 1 ? "" : "s") wider than 0"
    }
  }

  public var hint: String? {
    switch self {
    case .notNumeric(let dtype):
      return dtype.isStructured
        ? nil : "view the bytes as numbers first, e.g. 'as <f8' or 'as u1'"
    case .complex(let dtype):
      let part = dtype.itemsize / 2
      return "'as <f\(part)' views the real and imaginary parts as separate floats"
    case .binCountOutOfRange:
      return "try 'hist 10'"
    case .tooManyBins:
      return "np.histogram refuses them too; 'stats' shows the range of the values"
    }
  }
}
