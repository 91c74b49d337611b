/// The room a picture may take on the screen, in character cells.
///
/// The app gives the terminal's size; batch runs and tests use `standard`, so that their
/// output does not depend on the window it was made in.
public struct PictureSize: Hashable, Sendable {
  public var columns: Int
  public var rows: Int

  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }

  /// 80 × 24: a classic terminal, and the size of every batch run and transcript.
  public static let standard = PictureSize(columns: 80, rows: 24)

  /// The sizes a picture accepts.
  public struct Limits: Hashable, Sendable {
    public var columns: ClosedRange<Int>
    public var rows: ClosedRange<Int>

    public func contains(_ size: PictureSize) -> Bool {
      columns.contains(size.columns) && rows.contains(size.rows)
    }
  }

  /// Every picture fits in these: a few cells to a very large window.
  public static let limits = Limits(columns: 20...1000, rows: 4...500)

  /// The size clamped into `limits`: a terminal that reports 0 × 0 or 10 000 columns still gets
  /// a picture.
  public var clamped: PictureSize {
    PictureSize(
      columns: min(max(columns, Self.limits.columns.lowerBound), Self.limits.columns.upperBound),
      rows: min(max(rows, Self.limits.rows.lowerBound), Self.limits.rows.upperBound))
  }
}
