/// One field of a structured view, as `stats` reports it.
public enum FieldSummary: Sendable, Equatable {
  /// A numeric field (`path` from the outermost name in), summarised as `a['f']` would be.
  case numeric(path: [String], NumericSummary)
  /// A field without numbers (`S`, `U`, `V`, datetime, complex), named and skipped.
  case skipped(path: [String], DType)
}

extension Statistics {
  /// Summarises every numeric field of a structured view, nested records and subarray fields
  /// included (a subarray field as NumPy's `a['f']` gives it, with the subarray's axes).
  /// - Throws: `StatisticsError.notNumeric` when no field holds numbers.
  public static func summarizeFields(_ view: ArrayView, bins: Int = sketchBinCount) throws
    -> [FieldSummary]
  {
    var results: [FieldSummary] = []
    try collect(view, path: [], bins: bins, into: &results)
    guard results.contains(where: { if case .numeric = $0 { true } else { false } }) else {
      throw StatisticsError.notNumeric(view.dtype)
    }
    return results
  }

  private static func collect(
    _ view: ArrayView, path: [String], bins: Int, into results: inout [FieldSummary]
  ) throws {
    for field in view.dtype.fields {
      let fieldView = try view.field(field.name)
      let fieldPath = path + [field.name]
      if fieldView.dtype.isStructured {
        try collect(fieldView, path: fieldPath, bins: bins, into: &results)
      } else if NumericEncoding(fieldView.dtype) != nil {
        results.append(.numeric(path: fieldPath, try summarize(fieldView, bins: bins)))
      } else {
        results.append(.skipped(path: fieldPath, fieldView.dtype))
      }
    }
  }
}
