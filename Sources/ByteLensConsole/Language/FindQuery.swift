/// What `find` looks for, as the command line wrote it.
public enum FindQuery: Hashable, Sendable {
  /// A byte sequence: `b'IHDR'`, `"data"` (UTF-8), `89 50 4e 47`; `text` is how it was
  /// written.
  case bytes([UInt8], text: String)
  /// A value of a dtype at every byte offset: `22050 as <u4`, `3.14159 as f8 tol 1e-5`.
  /// `bothOrders` when the dtype's spelling gives no byte order (`u4`, `float64`).
  case value(String, dtype: DTypeArgument, bothOrders: Bool, tolerance: String?)
}

/// How much of what `find` found it prints.
public enum FindListing: Hashable, Sendable {
  /// The first `Session.findListLimit` hits, then how many more there are.
  case first
  /// Every hit, streamed.
  case all
  /// Only how many hits there are.
  case count
}
