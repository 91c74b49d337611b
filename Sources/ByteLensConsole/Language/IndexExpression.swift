import ByteLensEngine

/// A chain of subscripts, `[0][1:]`, each applied to the result of the one before.
public struct IndexExpression: Hashable, Sendable, CustomStringConvertible {
  public var subscripts: [[IndexItem]]

  public init(_ subscripts: [[IndexItem]]) {
    self.subscripts = subscripts
  }

  /// Whether NumPy would return a scalar rather than a 0-d array when the result has no
  /// dimensions: the subscript has no `...` (`a[0, ...]` is a 0-d array, `a[0]` a scalar).
  public var yieldsScalarWhenZeroDimensional: Bool {
    guard let last = subscripts.last else { return false }
    return !last.contains(.ellipsis)
  }

  public var description: String {
    subscripts.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }.joined()
  }
}
