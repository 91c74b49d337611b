/// One place where `find` matched: the byte offset of the match in the source, and in which
/// byte order the bytes there read the value.
public struct SearchHit: Hashable, Sendable {
  /// How the bytes at a hit read the value.
  public enum Order: Hashable, Sendable {
    /// A byte sequence, or a one-byte dtype: no order.
    case none
    case little
    case big
    /// Both orders were searched and the bytes are the same backwards, so both read the same
    /// value (`ff ff` as `i2`, `00 00 00 00` as `u4`): one hit, not two.
    case both
  }

  /// The offset of the hit's first byte in the source.
  public var offset: Int
  public var order: Order

  public init(offset: Int, order: Order) {
    self.offset = offset
    self.order = order
  }
}
