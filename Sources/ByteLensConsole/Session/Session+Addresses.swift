import ByteLensEngine

/// The address of a source's first byte in the memory or file its bytes were dumped from: an
/// `xxd -s 0x100` dump starts at 0x100, a gdb `x/16xb` dump at the address it examined.
struct SourceAddress: Sendable {
  /// The bytes the base belongs to.
  var source: any ByteSource
  var base: Int
  /// Where the base came from, for `info`: `the xxd dump`, `set base`.
  var origin: String
}

/// `set base N` and the addresses that `hexdump` and `info` show.
extension Session {
  /// The base address that applies to a view's bytes: none once the view is on other bytes
  /// (a copy made by `copy`, `astype` or `byteswap` is elsewhere in memory).
  func baseAddress(of entry: ViewEntry) -> SourceAddress? {
    guard let address = entry.address, address.base != 0, entry.view.source === address.source
    else { return nil }
    return address
  }

  /// `set base N`: the address of the first byte of the current view's source (the loaded
  /// bytes, or a copy), for every view of those bytes; `set base 0` goes back to offsets.
  func setBase(_ value: Int) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let source = entry.view.source
    guard value <= Int.max - source.count else {
      throw SessionError.baseTooLarge(base: value, count: source.count)
    }
    let address = SourceAddress(source: source, base: value, origin: "'set base'")
    for index in stack.indices where stack[index].view.source === source {
      stack[index].address = address
    }
    return CommandOutcome()
  }

  /// The `address:` line of `info`, when the view's bytes have a base address:
  /// `0x100 to 0x11f (base 0x100, from the xxd dump)`.
  func addressInfo(_ entry: ViewEntry) -> String? {
    guard let address = baseAddress(of: entry) else { return nil }
    let extent =
      entry.view.count == 0
      ? entry.view.offset..<entry.view.offset
      : entry.view.byteExtent
    var text = Hex.offset(address.base &+ extent.lowerBound)
    if extent.count > 1 { text += " to " + Hex.offset(address.base &+ extent.upperBound &- 1) }
    return text + " (base \(Hex.offset(address.base)), from \(address.origin))"
  }



  /// Records where the bytes of a dump just pushed came from.
  func rememberDumpAddress(_ decoded: DecodedDump) {
    guard let first = decoded.firstOffset, first != 0, stack.indices.contains(cursor) else {
      return
    }
    stack[cursor].address = SourceAddress(
      source: stack[cursor].view.source, base: first, origin: "the \(decoded.detail) dump")
  }
}
