#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a block of bytes looks like, for `bytemap`: the classes a user tells apart when
/// looking for where a header ends and the data starts.
public enum ByteClass: Int, Hashable, Sendable, CaseIterable {
  /// Every byte is 0.
  case zeros
  /// At least 85% printable ASCII (32…126, tab, newline, carriage return).
  case text
  /// Bytes spread nearly evenly: Shannon entropy at least 7/8 of the most the block's size
  /// allows (`log2(min(n, 256))` bits a byte): random, compressed or encrypted data, and the
  /// noisy low bytes of floats.
  case random
  /// At least 40% of the bytes are 0x00 or 0xff: the high bytes of small integers.
  case smallIntegers
  /// Anything else: structured binary data.
  case other

  /// The character that stands for the class without colour.
  public var symbol: Character {
    switch self {
    case .zeros: return "."
    case .text: return "t"
    case .random: return "#"
    case .smallIntegers: return "i"
    case .other: return "+"
    }
  }

  /// The class of bytes counted in `histogram` (256 counts).
  /// - Precondition: `histogram.count == 256`.
  public static func classify(histogram: [Int]) -> ByteClass? {
    let total = histogram.reduce(0, +)
    guard total > 0 else { return nil }
    if histogram[0] == total { return .zeros }
    var printable = histogram[9] + histogram[10] + histogram[13]
    for byte in 32...126 { printable += histogram[byte] }
    if printable * 100 >= total * 85 { return .text }
    var entropy = 0.0
    for count in histogram where count > 0 {
      let p = Double(count) / Double(total)
      entropy -= p * log2(p)
    }
    if entropy >= 0.875 * log2(Double(min(total, 256))) && total > 1 { return .random }
    if (histogram[0] + histogram[255]) * 100 >= total * 40 { return .smallIntegers }
    return .other
  }

  /// The class of `bytes`.
  public static func classify(_ bytes: UnsafeRawBufferPointer) -> ByteClass? {
    var histogram = Array(repeating: 0, count: 256)
    for byte in bytes { histogram[Int(byte)] += 1 }
    return classify(histogram: histogram)
  }
}
