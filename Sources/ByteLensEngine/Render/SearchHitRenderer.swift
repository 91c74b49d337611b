/// The lines `find` prints, one per hit: its number, its offset in hex and decimal, the bytes
/// around it with the hit's own bytes marked, and the value as read (a byte sequence shows the
/// bytes as text instead, as `hexdump` does).
///
/// ```
/// 1  0x2c  44  00 00 00 01 [22 56 00 00] 44 ac 00 00  <u4  22050
/// ```
public struct SearchHitRenderer {
  /// Bytes shown before and after a hit.
  public static let contextBytes = 4
  /// The most bytes of a hit shown; a longer one ends in `…`.
  public static let shownHitBytes = 16

  let source: any ByteSource
  let search: Search
  let options: PrintOptions
  let numberWidth: Int
  let hexWidth: Int
  let decimalWidth: Int

  /// - Parameter largestNumber: the largest hit number the lines will show, for the width of
  ///   the number column.
  public init(
    source: any ByteSource, search: Search, options: PrintOptions, largestNumber: Int
  ) {
    self.source = source
    self.search = search
    self.options = options
    let lastOffset = max(source.count - 1, 0)
    numberWidth = String(max(largestNumber, 1)).count
    hexWidth = max(String(lastOffset, radix: 16).count, 2)
    decimalWidth = String(lastOffset).count
  }

  /// The bytes of a hit: `hitLength` bytes from its offset.
  public func bytes(of hit: SearchHit) throws -> [UInt8] {
    try source.bytes(in: hit.offset..<(hit.offset + search.hitLength))
  }

  /// The value at a typed hit, as the hit's order reads it; nil for a byte sequence.
  public func value(of hit: SearchHit) throws -> (scalar: Scalar, dtype: DType)? {
    guard let dtype = search.dtype(for: hit) else { return nil }
    let scalar = try source.withBytes(in: hit.offset..<(hit.offset + dtype.itemsize)) {
      ElementDecoder.decode(dtype, from: $0, at: 0)
    }
    return (scalar, dtype)
  }

  /// NumPy's `str` of the value at a typed hit; nil for a byte sequence.
  public func valueText(of hit: SearchHit) throws -> String? {
    guard let (scalar, dtype) = try value(of: hit) else { return nil }
    return try ScalarPrinter.str(scalar, dtype: dtype, options: options)
  }

  /// The dtype column of a typed hit: `<u4`, `>u4`, or `<u4 >u4` when both orders read it.
  public func dtypeText(of hit: SearchHit) -> String? {
    guard var dtype = search.dtype(for: hit) else { return nil }
    guard hit.order == .both else { return dtype.str }
    dtype.byteOrder = .little
    let little = dtype.str
    dtype.byteOrder = .big
    return little + " " + dtype.str
  }

  /// The lines of `hits`, numbered from `firstNumber`.
  public func render(_ hits: [SearchHit], firstNumber: Int) throws -> StyledText {
    var text = StyledText()
    let dtypeWidth = hits.compactMap { dtypeText(of: $0)?.count }.max() ?? 0
    for (index, hit) in hits.enumerated() {
      try Cancellation.check()
      text.append(String(firstNumber + index).leftPadded(to: numberWidth), role: .muted)
      text.append("  ")
      let hex = String(hit.offset, radix: 16)
      text.append(
        "0x" + String(repeating: "0", count: max(hexWidth - hex.count, 0)) + hex, role: .offset)
      text.append("  ")
      text.append(String(hit.offset).leftPadded(to: decimalWidth), role: .offset)
      text.append("  ")
      try appendBytes(around: hit, to: &text)
      if let dtypeText = dtypeText(of: hit), let value = try valueText(of: hit) {
        text.append("  ")
        text.append(dtypeText.rightPadded(to: dtypeWidth), role: .dtype)
        text.append("  ")
        text.append(value, role: .value)
      }
      text.appendLine()
    }
    return text
  }

  /// `01 02 [03 04] 05  |..ab.|`: the context, the hit in brackets, and for a byte sequence
  /// the same bytes as text.
  private func appendBytes(around hit: SearchHit, to text: inout StyledText) throws {
    let context = SearchHitRenderer.contextBytes
    let before = min(context, hit.offset)
    let shown = min(search.hitLength, SearchHitRenderer.shownHitBytes)
    let hitEnd = hit.offset + search.hitLength
    let after = min(context, source.count - hitEnd)
    let leading = try source.bytes(in: (hit.offset - before)..<hit.offset)
    let matched = try source.bytes(in: hit.offset..<(hit.offset + shown))
    let trailing = try source.bytes(in: hitEnd..<(hitEnd + after))
    let cut = search.hitLength > shown
    var pieces: [String] = Array(repeating: "  ", count: context - before)
    pieces += leading.map(Hex.byte)
    text.append(pieces.joined(separator: " ") + (pieces.isEmpty ? "" : " "), role: .muted)
    text.append("[")
    text.append(Hex.bytes(matched) + (cut ? " …" : ""), role: .match)
    text.append("]")
    let tail = trailing.map(Hex.byte) + Array(repeating: "  ", count: context - after)
    text.append(" " + tail.joined(separator: " "), role: .muted)
    guard search.dtype == nil else { return }
    text.append("  |")
    text.append(SearchHitRenderer.printable(leading), role: .muted)
    text.append(SearchHitRenderer.printable(matched) + (cut ? "…" : ""), role: .match)
    text.append(SearchHitRenderer.printable(trailing), role: .muted)
    text.append("|")
  }

  /// Bytes as text: printable ASCII as itself, anything else as `.`.
  static func printable(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.map { (0x20...0x7E).contains($0) ? $0 : UInt8(ascii: ".") }, as: UTF8.self)
  }
}
