#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Python's `repr(a.tobytes(order))` for a view of any size, written piece by piece: the text a
/// Python session prints, without ever holding all the bytes or all the text.
///
/// The text is exactly `PythonRepr.bytes(a.tobytes(order))`. Python chooses the quote
/// from the whole of the bytes (`"` when they hold `'` but no `"`), so a first pass looks for
/// quotes (it stops at the first `"`, which settles it) and a second writes the text.
public enum BytesLiteralWriter {
  /// Writes the literal to `sink` in pieces of about `chunkSize` bytes of the view each (up to
  /// four characters a byte); the first piece starts with `b'`, the last ends with the quote.
  ///
  /// Stops with `Interrupted` when `Cancellation` is requested; the pieces written
  /// until then are a prefix of the literal.
  /// - Returns: the number of bytes the literal holds (`a.nbytes`).
  @discardableResult
  public static func write(
    _ view: ArrayView, order: MemoryOrder, chunkSize: Int = ArrayView.byteChunkSize,
    to sink: (String) throws -> Void
  ) throws -> Int {
    let quote = try self.quote(for: view, order: order, chunkSize: chunkSize)
    var text: [UInt8] = [UInt8(ascii: "b"), quote]
    text.reserveCapacity(4 * chunkSize + 2)
    try view.forEachByteChunk(order: order, chunkSize: chunkSize) { chunk in
      for byte in chunk { PythonRepr.appendEscaped(byte, quote: quote, to: &text) }
      try sink(String(decoding: text, as: UTF8.self))
      text.removeAll(keepingCapacity: true)
    }
    text.append(quote)
    try sink(String(decoding: text, as: UTF8.self))
    return view.nbytes
  }

  /// The quote Python puts around the bytes of `a.tobytes(order)`.
  static func quote(for view: ArrayView, order: MemoryOrder, chunkSize: Int) throws -> UInt8 {
    var hasSingle = false
    do {
      try view.forEachByteChunk(order: order, chunkSize: chunkSize) { chunk in
        if contains(UInt8(ascii: "\""), in: chunk) { throw DoubleQuoteFound() }
        if !hasSingle { hasSingle = contains(UInt8(ascii: "'"), in: chunk) }
      }
    } catch is DoubleQuoteFound {
      return PythonRepr.bytesQuote(hasSingle: hasSingle, hasDouble: true)
    }
    return PythonRepr.bytesQuote(hasSingle: hasSingle, hasDouble: false)
  }

  /// Whether `byte` occurs in `chunk`: `memchr`, which scans gigabytes a second, so the first
  /// piece of a huge literal is not held back long by the search for quotes.
  private static func contains(_ byte: UInt8, in chunk: UnsafeRawBufferPointer) -> Bool {
    guard let base = chunk.baseAddress else { return false }
    return memchr(base, Int32(byte), chunk.count) != nil
  }

  /// Ends the search for quotes early: a `"` means the quote is `'` whatever follows.
  private struct DoubleQuoteFound: Error {}
}
