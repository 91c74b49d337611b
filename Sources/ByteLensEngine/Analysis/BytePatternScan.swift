#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds every occurrence of a few byte patterns of one length in a window of bytes.
///
/// Sixteen starts at a time: the bytes at each start and at each start's last byte are compared
/// with every pattern's first and last byte (Muła's "SIMD-friendly" substring search); only
/// starts where both agree are compared whole. On random data one start in 65536 gets that
/// far, so the scan runs at the speed of the vector compares, with no allocation and no
/// decoding per start.
struct BytePatternScan: Sendable {
  /// The patterns, each with the order a match reports. At most one matches at any start: they
  /// are distinct and of one length.
  let patterns: [(bytes: [UInt8], order: SearchHit.Order)]
  let length: Int

  init(_ patterns: [(bytes: [UInt8], order: SearchHit.Order)]) {
    precondition(!patterns.isEmpty && !patterns[0].bytes.isEmpty, "a pattern has bytes")
    self.patterns = patterns
    self.length = patterns[0].bytes.count
  }

  /// Calls `onHit` with the window offset and order of every match starting in `0..<starts`;
  /// `onHit` returns false to stop (then so does `scan`, returning false).
  func scan(
    _ window: UnsafeRawBufferPointer, starts: Int, onHit: (Int, SearchHit.Order) throws -> Bool
  ) rethrows -> Bool {
    guard starts > 0, let base = window.baseAddress else { return true }
    let last = length - 1
    let firsts = patterns.map { SIMD16<UInt8>(repeating: $0.bytes[0]) }
    let lasts = patterns.map { SIMD16<UInt8>(repeating: $0.bytes[last]) }
    var start = 0
    // Whole blocks of 16 starts: every byte they compare lies inside the window.
    while start + 16 <= starts {
      let heads = (base + start).loadUnaligned(as: SIMD16<UInt8>.self)
      let tails = (base + start + last).loadUnaligned(as: SIMD16<UInt8>.self)
      var candidates = (heads .== firsts[0]) .& (tails .== lasts[0])
      for index in 1..<firsts.count {
        candidates = candidates .| ((heads .== firsts[index]) .& (tails .== lasts[index]))
      }
      if any(candidates) {
        for lane in 0..<16 where candidates[lane] {
          if let order = match(at: base + start + lane) {
            guard try onHit(start + lane, order) else { return false }
          }
        }
      }
      start += 16
    }
    while start < starts {
      if let order = match(at: base + start) {
        guard try onHit(start, order) else { return false }
      }
      start += 1
    }
    return true
  }

  /// The order of the pattern that matches at `pointer`, if one does.
  @inline(__always)
  private func match(at pointer: UnsafeRawPointer) -> SearchHit.Order? {
    for pattern in patterns {
      let equal = pattern.bytes.withUnsafeBytes { memcmp(pointer, $0.baseAddress!, length) == 0 }
      if equal { return pattern.order }
    }
    return nil
  }
}
