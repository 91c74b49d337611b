/// The bytes a guess looks at: all of a range when it is small, else evenly spaced blocks of
/// it, so that a guess over a file of many GiB reads a few MiB.
struct GuessSample {
  /// A run of consecutive bytes of the source.
  struct Block {
    /// The offset of `bytes[0]` in the source.
    var start: Int
    var bytes: [UInt8]
  }

  let range: Range<Int>
  let blocks: [Block]

  var bytesRead: Int { blocks.reduce(0) { $0 + $1.bytes.count } }

  /// Ranges up to this size are read whole.
  static let wholeLimit = 4 << 20
  static let blockSize = 64 << 10
  static let blockCount = 48

  /// Reads `range` of `source`: whole, or `blockCount` blocks whose starts lie a multiple of
  /// 4096 bytes from the range's start, so element alignment is kept in every block. The
  /// first block starts where the range does.
  static func read(_ source: any ByteSource, range: Range<Int>) throws -> GuessSample {
    if range.count <= wholeLimit {
      return GuessSample(
        range: range, blocks: [Block(start: range.lowerBound, bytes: try source.bytes(in: range))])
    }
    var blocks: [Block] = []
    let last = range.count - blockSize
    for index in 0..<blockCount {
      try Cancellation.check()
      let spot = Int((Double(last) * Double(index) / Double(blockCount - 1)).rounded(.down))
      let start = range.lowerBound + spot / 4096 * 4096
      let end = min(start + blockSize, range.upperBound)
      blocks.append(Block(start: start, bytes: try source.bytes(in: start..<end)))
    }
    return GuessSample(range: range, blocks: blocks)
  }

  /// The blocks from `offset` on, each cut to start at a byte that lies a multiple of `step`
  /// from `offset`: what a reading with elements of `step` bytes from `offset` sees.
  func runs(from offset: Int, step: Int) -> [ArraySlice<UInt8>] {
    blocks.compactMap { block in
      let end = block.start + block.bytes.count
      guard end > offset else { return nil }
      var first = max(block.start, offset)
      let misalignment = (first - offset) % step
      if misalignment != 0 { first += step - misalignment }
      guard first < end else { return nil }
      return block.bytes[(first - block.start)...]
    }
  }
}
