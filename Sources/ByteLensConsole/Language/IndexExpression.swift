import ByteLensEngine

/// A chain of subscripts, `[0][1:]`, each applied to the result of the one before.
public struct IndexExpression: Hashable, Sendable, CustomStringConvertible {
  public var subscripts: [[IndexItem]]

  public init(_ subscripts: [[IndexItem]]) {
    self.subscripts = subscripts
  }

  public var description: String {
    subscripts.map {
      $0.isEmpty ? "[()]" : "[" + $0.map(\.description).joined(separator: ", ") + "]"
    }.joined()
  }
}
