/// NumPy's pairwise summation of float64 values (`DOUBLE_pairwise_sum` in
/// `numpy/_core/src/umath/loops_utils.h.src`), bit for bit.
///
/// Below 8 values: a running sum from `-0.0`. Up to `blockSize` (128): eight accumulators
/// over the multiples of 8, combined as `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))`, then the rest
/// one by one. Above: the two halves (the first rounded down to a multiple of 8), summed
/// apart and added.
public enum PairwiseSum {
  /// NumPy's `PW_BLOCKSIZE`.
  public static let blockSize = 128

  /// The elements a buffered reduction (a cast, a byte swap) hands to each pairwise sum:
  /// NumPy's default iterator `buffersize`.
  public static let bufferSize = 8192

  /// The pairwise sum of `count` values from `values`.
  /// - Complexity: O(count); recursion depth O(log count).
  public static func sum(_ values: UnsafePointer<Double>, count: Int) -> Double {
    if count <= blockSize { return leafSum(values, count: count) }
    var half = count / 2
    half -= half % 8
    return sum(values, count: half) + sum(values + half, count: count - half)
  }

  /// One leaf of the recursion: at most `blockSize` values.
  @inline(__always)
  static func leafSum(_ values: UnsafePointer<Double>, count: Int) -> Double {
    if count < 8 {
      var result = -0.0
      for i in 0..<count { result += values[i] }
      return result
    }
    // Eight lanes add exactly as NumPy's eight accumulators do.
    let raw = UnsafeRawPointer(values)
    var lanes = raw.loadUnaligned(as: SIMD8<Double>.self)
    let whole = count - count % 8
    var i = 8
    while i < whole {
      lanes += raw.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
      i &+= 8
    }
    var result = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3]))
      + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]))
    while i < count {
      result += values[i]
      i &+= 1
    }
    return result
  }
}

/// NumPy's pairwise sum of a stream of `count` values that arrive in chunks of any size:
/// the same tree as `PairwiseSum.sum` over all of them, in O(log count) memory.
///
/// This is how an unbuffered float64 reduction sums: one pairwise sum over every element.
public struct StreamingPairwiseSum {
  /// Subtrees whose left half is summed (or being summed), innermost last.
  private var pending: [(rightCount: Int, left: Double?)] = []
  /// Size of the leaf being filled; 0 once the tree is complete.
  private var leafCount = 0
  private var carry: [Double] = []
  private var total: Double?

  public init(count: Int) {
    pending.reserveCapacity(64)
    carry.reserveCapacity(PairwiseSum.blockSize)
    if count == 0 { total = -0.0 } else { descend(count) }
  }

  /// The sum, once every value has been added.
  public var result: Double? { total }

  public mutating func add(_ values: UnsafeBufferPointer<Double>) {
    guard var next = values.baseAddress else { return }
    var left = values.count
    if !carry.isEmpty {
      let taken = min(left, leafCount - carry.count)
      carry.append(contentsOf: UnsafeBufferPointer(start: next, count: taken))
      next += taken
      left -= taken
      if carry.count < leafCount { return }
      let value = carry.withUnsafeBufferPointer {
        PairwiseSum.leafSum($0.baseAddress!, count: leafCount)
      }
      carry.removeAll(keepingCapacity: true)
      finish(value)
    }
    while leafCount > 0, left >= leafCount {
      let count = leafCount
      finish(PairwiseSum.leafSum(next, count: count))
      next += count
      left -= count
    }
    if left > 0, leafCount > 0 {
      carry.append(contentsOf: UnsafeBufferPointer(start: next, count: left))
    }
  }

  /// Walks down the left edge of a subtree of `count` values to its first leaf.
  private mutating func descend(_ count: Int) {
    var count = count
    while count > PairwiseSum.blockSize {
      var half = count / 2
      half -= half % 8
      pending.append((count - half, nil))
      count = half
    }
    leafCount = count
  }

  /// Hands a finished subtree's sum up the tree, and moves to the next leaf.
  private mutating func finish(_ value: Double) {
    var value = value
    while let top = pending.last {
      if let left = top.left {
        value = left + value
        pending.removeLast()
      } else {
        pending[pending.count - 1].left = value
        descend(top.rightCount)
        return
      }
    }
    leafCount = 0
    total = value
  }
}

/// How NumPy's `np.add.reduce(a, dtype=np.float64)` sums when it must cast or byte-swap: the
/// iterator fills buffers of `PairwiseSum.bufferSize` elements, each summed pairwise and added
/// to the result, which starts at the identity `0.0`.
public final class BufferedPairwiseSum {
  public private(set) var result = 0.0
  private let buffer: UnsafeMutablePointer<Double>
  private var filled = 0

  public init() {
    buffer = .allocate(capacity: PairwiseSum.bufferSize)
  }

  deinit { buffer.deallocate() }

  public func add(_ values: UnsafeBufferPointer<Double>) {
    guard var next = values.baseAddress else { return }
    var left = values.count
    while left > 0 {
      if filled == 0 && left >= PairwiseSum.bufferSize {
        result += PairwiseSum.sum(next, count: PairwiseSum.bufferSize)
        next += PairwiseSum.bufferSize
        left -= PairwiseSum.bufferSize
        continue
      }
      let taken = min(left, PairwiseSum.bufferSize - filled)
      (buffer + filled).update(from: next, count: taken)
      filled += taken
      next += taken
      left -= taken
      if filled == PairwiseSum.bufferSize { flush() }
    }
  }

  /// Adds the last, partly filled buffer.
  public func finish() { if filled > 0 { flush() } }

  private func flush() {
    result += PairwiseSum.sum(buffer, count: filled)
    filled = 0
  }
}
