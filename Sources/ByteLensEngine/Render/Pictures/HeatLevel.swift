/// What one cell of a heatmap shows, for the app to colour.
public enum HeatLevel: Hashable, Sendable {
  /// A value between the minimum (0) and the maximum (255).
  case level(UInt8)
  /// NaN or an infinity: drawn in a colour of its own.
  case missing
  /// No cell: the half below the last row of an image with an odd number of rows.
  case empty
}
