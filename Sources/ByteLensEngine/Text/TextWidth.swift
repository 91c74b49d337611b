/// Padding to a width, with one definition of width for the whole program.
///
/// A width counts Unicode scalars: Python's `len(str)`, which is what numpy pads its text
/// with, so that our columns line up exactly as numpy's do (element formatting depends on it).
/// Everything bytelens pads — numbers, dtype spellings, names it has escaped — is one column
/// per scalar on a terminal too.
extension String {
  /// The width of the text in columns: its Unicode scalars.
  public var columnWidth: Int { unicodeScalars.count }

  /// Blanks before the text up to `width` columns (Python's `'%*s'`); never truncated.
  public func leftPadded(to width: Int) -> String {
    let missing = width - columnWidth
    return missing > 0 ? String(repeating: " ", count: missing) + self : self
  }

  /// Blanks after the text up to `width` columns; never truncated.
  public func rightPadded(to width: Int) -> String {
    let missing = width - columnWidth
    return missing > 0 ? self + String(repeating: " ", count: missing) : self
  }
}
