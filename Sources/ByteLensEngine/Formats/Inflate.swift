/// A DEFLATE decoder (RFC 1951), for the members of `np.savez_compressed` archives.
///
/// Written here rather than bound to the system's zlib: it keeps the engine free of C
/// libraries (the build needs no zlib headers on any platform), and every malformed stream
/// becomes an `InflateError` with the output bounded by the size the caller expects, so a
/// hostile archive can neither trap nor balloon. Huffman codes are decoded through one
/// lookup table per code (indexed by the next bits of the stream).
public enum Inflate {
  /// Decompresses the raw deflate stream `input`, which must produce exactly
  /// `expectedCount` bytes.
  /// - Throws: for a malformed or truncated stream, or output of another size.
  /// - Complexity: O(n) in the output size.
  public static func decompress(
    _ input: [UInt8], expectedCount: Int
  ) throws(InflateError) -> [UInt8] {
    var decoder = Decoder(input: input, limit: expectedCount)
    try decoder.run()
    guard !decoder.reachedLimit else {
      throw .longerThanRecorded(expected: expectedCount)
    }
    guard decoder.output.count == expectedCount else {
      throw .sizeMismatch(count: decoder.output.count, expected: expectedCount)
    }
    return decoder.output
  }

  /// The first `limit` bytes the stream inflates to (fewer when it is shorter); decoding stops
  /// there, so reading a header does not inflate a whole member.
  /// The input may be cut short: what it inflates to so far is returned, and an error only
  /// when nothing could be inflated.
  public static func prefix(of input: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
    var decoder = Decoder(input: input, limit: limit)
    do {
      try decoder.run()
    } catch {
      if decoder.output.isEmpty { throw error }
    }
    return Array(decoder.output.prefix(limit))
  }

  // MARK: The decoder

  struct Decoder {
    let input: [UInt8]
    /// Decoding stops once the output passes this many bytes.
    let limit: Int
    var output: [UInt8] = []
    var position = 0
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    var reachedLimit = false

    init(input: [UInt8], limit: Int) {
      self.input = input
      self.limit = limit
      output.reserveCapacity(min(limit, 1 << 26))
    }

    func failure(_ what: InflateError.Corruption) -> InflateError {
      .corrupt(what, position: position)
    }

    mutating func run() throws(InflateError) {
      var isFinal = false
      while !isFinal && !reachedLimit {
        isFinal = try bits(1) == 1
        switch try bits(2) {
        case 0: try storedBlock()
        case 1: try huffmanBlock(Self.fixedLiterals, Self.fixedDistances)
        case 2:
          let (literals, distances) = try dynamicTables()
          try huffmanBlock(literals, distances)
        default: throw failure(.reservedBlockType)
        }
      }
    }

    // MARK: Bits

    mutating func fill(_ count: Int) {
      while bitCount < count && position < input.count {
        bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
        position += 1
        bitCount += 8
      }
    }

    mutating func bits(_ count: Int) throws(InflateError) -> Int {
      guard count > 0 else { return 0 }
      fill(count)
      guard bitCount >= count else { throw failure(.endsInBlock) }
      let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
      bitBuffer >>= UInt64(count)
      bitCount -= count
      return value
    }

    mutating func decode(_ table: HuffmanTable) throws(InflateError) -> Int {
      guard table.maximumLength > 0 else { throw failure(.symbolFromEmptyCode) }
      fill(table.maximumLength)
      let mask = (UInt64(1) << UInt64(table.maximumLength)) - 1
      let entry = table.entries[Int(bitBuffer & mask)]
      let length = Int(entry & 0xFF)
      guard length > 0 else { throw failure(.invalidCode) }
      guard length <= bitCount else { throw failure(.endsInCode) }
      bitBuffer >>= UInt64(length)
      bitCount -= length
      return Int(entry >> 8)
    }

    // MARK: Blocks

    mutating func storedBlock() throws(InflateError) {
      _ = try bits(bitCount % 8)
      let length = try bits(16)
      let complement = try bits(16)
      guard length == (~complement & 0xFFFF) else {
        throw failure(.storedLengthMismatch(length: length))
      }
      var remaining = length
      while remaining > 0 && bitCount >= 8 {
        append(UInt8(try bits(8)))
        remaining -= 1
      }
      guard input.count - position >= remaining else {
        throw failure(.storedBlockCutShort(length: length))
      }
      let take = min(remaining, max(0, limit + 1 - output.count))
      output.append(contentsOf: input[position..<(position + take)])
      position += remaining
      if output.count > limit { reachedLimit = true }
    }

    mutating func append(_ byte: UInt8) {
      output.append(byte)
      if output.count > limit { reachedLimit = true }
    }

    mutating func huffmanBlock(
      _ literals: HuffmanTable, _ distances: HuffmanTable
    ) throws(InflateError) {
      while !reachedLimit {
        let symbol = try decode(literals)
        if symbol < 256 {
          append(UInt8(symbol))
          continue
        }
        if symbol == 256 { return }
        let lengthIndex = symbol - 257
        guard lengthIndex < Self.lengthBase.count else {
          throw failure(.invalidLengthSymbol(symbol))
        }
        let length = Self.lengthBase[lengthIndex] + (try bits(Self.lengthExtra[lengthIndex]))
        let distanceSymbol = try decode(distances)
        guard distanceSymbol < Self.distanceBase.count else {
          throw failure(.invalidDistanceSymbol(distanceSymbol))
        }
        let distance =
          Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
        guard distance <= output.count else {
          throw failure(.distanceBeforeStart(distance))
        }
        let start = output.count - distance
        for i in 0..<length {
          append(output[start + i])
          if reachedLimit { return }
        }
      }
    }

    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    mutating func dynamicTables() throws(InflateError) -> (HuffmanTable, HuffmanTable) {
      let literalCount = try bits(5) + 257
      let distanceCount = try bits(5) + 1
      let codeLengthCount = try bits(4) + 4
      guard literalCount <= 286 && distanceCount <= 30 else {
        throw failure(.tooManyCodes(literals: literalCount, distances: distanceCount))
      }
      var codeLengthLengths = [Int](repeating: 0, count: 19)
      for i in 0..<codeLengthCount {
        codeLengthLengths[Self.codeLengthOrder[i]] = try bits(3)
      }
      let codeLengths = try HuffmanTable(lengths: codeLengthLengths, failure: failure)
      var lengths: [Int] = []
      let total = literalCount + distanceCount
      while lengths.count < total {
        let symbol = try decode(codeLengths)
        switch symbol {
        case 0...15: lengths.append(symbol)
        case 16:
          guard let previous = lengths.last else {
            throw failure(.repeatWithoutLength)
          }
          lengths += repeatElement(previous, count: 3 + (try bits(2)))
        case 17: lengths += repeatElement(0, count: 3 + (try bits(3)))
        default: lengths += repeatElement(0, count: 11 + (try bits(7)))
        }
        guard lengths.count <= total else { throw failure(.codeLengthsOverrun) }
      }
      guard lengths[256] > 0 else { throw failure(.noEndOfBlockCode) }
      let literals = try HuffmanTable(lengths: Array(lengths[0..<literalCount]), failure: failure)
      let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]), failure: failure)
      return (literals, distances)
    }

    static let lengthBase = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
      131, 163, 195, 227, 258,
    ]
    static let lengthExtra = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase = [
      1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
      2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
      13, 13,
    ]

    static let fixedLiterals: HuffmanTable = {
      var lengths = [Int](repeating: 8, count: 288)
      for i in 144..<256 { lengths[i] = 9 }
      for i in 256..<280 { lengths[i] = 7 }
      return try! HuffmanTable(lengths: lengths) { .corrupt($0, position: 0) }
    }()
    static let fixedDistances: HuffmanTable = {
      try! HuffmanTable(lengths: [Int](repeating: 5, count: 30)) { .corrupt($0, position: 0) }
    }()
  }

  /// A canonical Huffman code as a table indexed by the next `maximumLength` bits of the
  /// stream (least significant bit first): each entry is `symbol << 8 | length`, 0 if unused.
  struct HuffmanTable {
    var entries: [UInt32]
    var maximumLength: Int

    init(
      lengths: [Int], failure: (InflateError.Corruption) -> InflateError
    ) throws(InflateError) {
      maximumLength = lengths.max() ?? 0
      var counts = [Int](repeating: 0, count: 16)
      for length in lengths { counts[length] += 1 }
      counts[0] = 0
      var left = 1
      for length in 1..<16 {
        left = left * 2 - counts[length]
        guard left >= 0 else { throw failure(.overSubscribedCode) }
      }
      var next = [Int](repeating: 0, count: 16)
      var code = 0
      for length in 1..<16 {
        code = (code + counts[length - 1]) << 1
        next[length] = code
      }
      entries = [UInt32](repeating: 0, count: maximumLength > 0 ? 1 << maximumLength : 0)
      for (symbol, length) in lengths.enumerated() where length > 0 {
        let code = next[length]
        next[length] += 1
        var reversed = 0
        for bit in 0..<length where code & (1 << bit) != 0 {
          reversed |= 1 << (length - 1 - bit)
        }
        let entry = UInt32(symbol) << 8 | UInt32(length)
        var index = reversed
        while index < entries.count {
          entries[index] = entry
          index += 1 << length
        }
      }
    }
  }
}

/// The CRC-32 of zip and zlib (polynomial 0xEDB88320).
public enum CRC32 {
  static let table: [UInt32] = (0..<256).map { value in
    var crc = UInt32(value)
    for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    return crc
  }

  public static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return ~crc
  }
}
