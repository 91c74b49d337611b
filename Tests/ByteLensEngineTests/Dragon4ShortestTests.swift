import TestSupport
import Testing

@testable import ByteLensEngine

/// The fast float path (the runtime's shortest digits, cut with decimal rounding) against
/// Dragon4's exact big-integer path: the same text, byte for byte, for every option NumPy's
/// printers use.
@Suite struct Dragon4ShortestTests {
  @Test func shortestDigitsReadTheRuntimeText() {
    #expect(ShortestDigits(0.1 as Double) == ShortestDigits(significand: 1, count: 1, exponent: -1))
    #expect(
      ShortestDigits(100.0 as Double) == ShortestDigits(significand: 1, count: 1, exponent: 2))
    #expect(
      ShortestDigits(-2.5e-7 as Double) == ShortestDigits(significand: 25, count: 2, exponent: -7))
    #expect(
      ShortestDigits(1.7976931348623157e308)
        == ShortestDigits(significand: 17_976_931_348_623_157, count: 17, exponent: 308))
    #expect(
      ShortestDigits(Double.leastNonzeroMagnitude)
        == ShortestDigits(significand: 5, count: 1, exponent: -324))
    #expect(ShortestDigits(0.0 as Double) == ShortestDigits(significand: 0, count: 1, exponent: 0))
    #expect(
      ShortestDigits(16_777_216 as Float)
        == ShortestDigits(significand: 16_777_216, count: 8, exponent: 7))
    #expect(
      ShortestDigits(Float.leastNonzeroMagnitude)
        == ShortestDigits(significand: 1, count: 1, exponent: -45))
  }

  @Test func doublesMatchTheExactPath() {
    var random = SplitMix(seed: 0x5EED_F8)
    var checked = 0
    for value in Self.samples(&random, bits: { Double(bitPattern: $0) }, decimal: { Double($0) }) {
      checked += Self.compare(value, &random)
    }
    #expect(checked > 100_000)
  }

  @Test func singlesMatchTheExactPath() {
    var random = SplitMix(seed: 0x5EED_F4)
    var checked = 0
    let samples = Self.samples(
      &random, bits: { Float(bitPattern: UInt32(truncatingIfNeeded: $0 >> 32)) },
      decimal: { Float($0) })
    for value in samples { checked += Self.compare(value, &random) }
    #expect(checked > 100_000)
  }

  /// Bit patterns of every exponent (subnormals included), short decimals (whose cut digits
  /// end in a 5 more often than not), exact binary ties (`2.5`, `0.125`), and the neighbours of
  /// powers of ten, where rounding carries into a new first digit.
  private static func samples<F: BinaryFloatingPoint>(
    _ random: inout SplitMix, bits: (UInt64) -> F, decimal: (Double) -> F
  ) -> [F] {
    var values: [F] = []
    for _ in 0..<1500 {
      var pattern = random.next()
      if pattern % 7 == 0 { pattern >>= 40 + pattern % 20 }  // tiny patterns: subnormals
      values.append(bits(pattern))
    }
    var powers: [Double] = [1]
    for _ in 0..<30 { powers.append(powers.last! * 10) }
    for _ in 0..<1500 {
      let digits = Double(random.next() % 2_000_000)
      let scale = Int(random.next() % 30)
      let value = random.next() % 2 == 0 ? digits / powers[scale] : digits * powers[scale % 12]
      values.append(decimal(value))
    }
    for _ in 0..<600 {
      let numerator = Double(random.next() % 100_000)
      let shift = Double(1 << Int(random.next() % 20))
      values.append(decimal(numerator / shift))
    }
    for exponent in -40...40 {
      let power = decimal(exponent < 0 ? 1 / powers[min(-exponent, 30)] : powers[min(exponent, 30)])
      values += [power, power.nextUp, power.nextDown]
    }
    values += [F.leastNonzeroMagnitude, F.leastNormalMagnitude, F.greatestFiniteMagnitude, 0, -0]
    return values.filter { $0.isFinite }
  }

  /// Compares both paths under many option sets; returns how many texts were compared.
  private static func compare<F: PrintableFloat>(_ value: F, _ random: inout SplitMix) -> Int {
    var count = 0
    let trims: [Dragon4.TrimMode] = [.none, .zeros, .leaveOneZero, .pointAndZeros]
    for precision in [-1, 0, 1, 2, 3, 4, 6, 8, 10, 14, 16, 17, 20] {
      for scientific in [false, true] {
        for cutoffMode in [Dragon4.CutoffMode.totalLength, .fractionLength] {
          if scientific && cutoffMode == .fractionLength { continue }
          var options = Dragon4.Options()
          options.scientific = scientific
          options.cutoffMode = cutoffMode
          options.precision = precision
          // Exact digits (`floatmode='fixed'`) need a precision; the fast path defers to them.
          options.unique = precision < 0 || random.next() % 5 != 0
          options.trim = trims[Int(random.next() % 4)]
          options.sign = random.next() % 2 == 0
          switch random.next() % 4 {
          case 0: options.minDigits = -1
          case 1: options.minDigits = max(precision, 0)  // FloatingFormat's scientific layout
          case 2: options.minDigits = Int(random.next() % 25)
          default: options.minDigits = 0
          }
          options.padLeft = Int(random.next() % 6) - 1
          options.padRight = Int(random.next() % 12) - 1
          options.exponentDigits = Int(random.next() % 5) - 1
          let fast = try? Dragon4.format(value, options)
          let exact = try? Dragon4.format(value.dragon4Parts, options)
          if fast == nil || fast != exact {
            Issue.record("\(value) \(options): fast \(fast ?? "-") exact \(exact ?? "-")")
            return count
          }
          count += 1
        }
      }
    }
    return count
  }
}
