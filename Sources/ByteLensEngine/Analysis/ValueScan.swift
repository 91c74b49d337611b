/// Tests the bytes at every start of a window as a value of one dtype, in one or both byte
/// orders: the searches that no single byte pattern answers — any NaN, a value within a
/// tolerance, and long doubles, whose 6 padding bytes may hold anything.
///
/// Each start is one unaligned load of the item's width and a few integer or float operations;
/// nothing is allocated or decoded into a `Scalar`.
struct ValueScan: Sendable {
  /// What a value must be to match.
  enum Test: Sendable {
    /// An integer in `low...high`, compared on the bits with the sign bit flipped (`bias`), so
    /// that signed and unsigned ranges are both unsigned comparisons.
    case integerRange(low: UInt64, high: UInt64, bias: UInt64)
    /// Any NaN: all exponent bits set and a non-zero fraction, whatever the sign and payload.
    case floatNaN
    /// `x == value` or `|x - value| <= tolerance`, in float64.
    case floatTolerance(value: Double, tolerance: Double)
    /// A long double whose 10 significant bytes are one of these (the value, and -0.0 for 0).
    case longDoubleBits([[UInt8]])
    case longDoubleNaN
    /// `x == value` or `|x - value| <= tolerance`, in long double.
    case longDoubleTolerance(value: Float80, tolerance: Float80)
  }

  let test: Test
  /// Bytes per item: 1, 2, 4, 8, or 16 for long double.
  let itemsize: Int
  let little: Bool
  let big: Bool

  /// Calls `onHit` with the window offset and order of every start in `0..<starts` whose item
  /// matches; `onHit` returns false to stop (then `scan` returns false).
  func scan(
    _ window: UnsafeRawBufferPointer, starts: Int, onHit: (Int, SearchHit.Order) throws -> Bool
  ) rethrows -> Bool {
    switch (test, itemsize) {
    case (.integerRange(let low, let high, let bias), 1):
      let (l, h, b) = (UInt8(low), UInt8(high), UInt8(bias))
      return try words(UInt8.self, window, starts, onHit) { ($0 ^ b) >= l && ($0 ^ b) <= h }
    case (.integerRange(let low, let high, let bias), 2):
      let (l, h, b) = (UInt16(low), UInt16(high), UInt16(bias))
      return try words(UInt16.self, window, starts, onHit) { ($0 ^ b) >= l && ($0 ^ b) <= h }
    case (.integerRange(let low, let high, let bias), 4):
      let (l, h, b) = (UInt32(low), UInt32(high), UInt32(bias))
      return try words(UInt32.self, window, starts, onHit) { ($0 ^ b) >= l && ($0 ^ b) <= h }
    case (.integerRange(let low, let high, let bias), _):
      return try words(UInt64.self, window, starts, onHit) { ($0 ^ bias) >= low && ($0 ^ bias) <= high }
    case (.floatNaN, 2):
      return try words(UInt16.self, window, starts, onHit) { $0 & 0x7C00 == 0x7C00 && $0 & 0x03FF != 0 }
    case (.floatNaN, 4):
      return try words(UInt32.self, window, starts, onHit) {
        $0 & 0x7F80_0000 == 0x7F80_0000 && $0 & 0x007F_FFFF != 0
      }
    case (.floatNaN, _):
      return try words(UInt64.self, window, starts, onHit) {
        $0 & 0x7FF0_0000_0000_0000 == 0x7FF0_0000_0000_0000 && $0 & 0x000F_FFFF_FFFF_FFFF != 0
      }
    case (.floatTolerance(let value, let tolerance), 2):
      return try words(UInt16.self, window, starts, onHit) {
        ValueScan.within(Double(Float16(bitPattern: $0)), value, tolerance)
      }
    case (.floatTolerance(let value, let tolerance), 4):
      return try words(UInt32.self, window, starts, onHit) {
        ValueScan.within(Double(Float(bitPattern: $0)), value, tolerance)
      }
    case (.floatTolerance(let value, let tolerance), _):
      return try words(UInt64.self, window, starts, onHit) {
        ValueScan.within(Double(bitPattern: $0), value, tolerance)
      }
    case (.longDoubleBits(let patterns), _):
      return try longDoubles(window, starts, onHit) { bytes, _ in
        patterns.contains { pattern in (0..<10).allSatisfy { bytes[$0] == pattern[$0] } }
      }
    case (.longDoubleNaN, _):
      return try longDoubles(window, starts, onHit) { _, x in x != x }
    case (.longDoubleTolerance(let value, let tolerance), _):
      return try longDoubles(window, starts, onHit) { _, x in
        x == value || abs(x - value) <= tolerance
      }
    }
  }

  @inline(__always)
  static func within(_ x: Double, _ value: Double, _ tolerance: Double) -> Bool {
    x == value || abs(x - value) <= tolerance
  }

  /// The scan for items of one machine word: `matches` gets the item's bits as the order reads
  /// them.
  @inline(__always)
  private func words<Word: FixedWidthInteger & UnsignedInteger & BitwiseCopyable>(
    _: Word.Type, _ window: UnsafeRawBufferPointer, _ starts: Int,
    _ onHit: (Int, SearchHit.Order) throws -> Bool, _ matches: (Word) -> Bool
  ) rethrows -> Bool {
    guard starts > 0, let base = window.baseAddress else { return true }
    if Word.bitWidth == 8 {
      for start in 0..<starts where matches(Word(littleEndian: base.load(fromByteOffset: start, as: Word.self))) {
        guard try onHit(start, .none) else { return false }
      }
      return true
    }
    for start in 0..<starts {
      let raw = (base + start).loadUnaligned(as: Word.self)
      let littleBits = Word(littleEndian: raw)
      let bigBits = Word(bigEndian: raw)
      let asLittle = little && matches(littleBits)
      let asBig = big && matches(bigBits)
      guard asLittle || asBig else { continue }
      if asLittle && asBig && littleBits == bigBits {
        guard try onHit(start, .both) else { return false }
        continue
      }
      if asLittle { guard try onHit(start, .little) else { return false } }
      if asBig { guard try onHit(start, .big) else { return false } }
    }
    return true
  }

  /// The scan for x87 long doubles: `matches` gets the 10 significant bytes in little-endian
  /// order and their value.
  private func longDoubles(
    _ window: UnsafeRawBufferPointer, _ starts: Int,
    _ onHit: (Int, SearchHit.Order) throws -> Bool,
    _ matches: (UnsafeRawBufferPointer, Float80) -> Bool
  ) rethrows -> Bool {
    var significant = (UInt64(0), UInt64(0))  // 16 bytes of scratch, 10 used
    return try withUnsafeMutableBytes(of: &significant) { scratch in
      let bytes = UnsafeRawBufferPointer(scratch)
      func read(_ start: Int, reversed: Bool) -> Float80 {
        for index in 0..<10 {
          scratch[index] = reversed ? window[start + 15 - index] : window[start + index]
        }
        return ElementDecoder.loadFloat80(bytes, 0, swap: false)
      }
      for start in 0..<starts {
        let asLittle = little && matches(bytes, read(start, reversed: false))
        let asBig = big && matches(bytes, read(start, reversed: true))
        guard asLittle || asBig else { continue }
        let palindrome = (0..<8).allSatisfy { window[start + $0] == window[start + 15 - $0] }
        if asLittle && asBig && palindrome {
          guard try onHit(start, .both) else { return false }
          continue
        }
        if asLittle { guard try onHit(start, .little) else { return false } }
        if asBig { guard try onHit(start, .big) else { return false } }
      }
      return true
    }
  }
}
