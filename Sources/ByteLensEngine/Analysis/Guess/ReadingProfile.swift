/// What numbers read from bytes look like: the measures a guess weighs, from which it scores
/// a reading and says why.
struct ReadingProfile {
  var reading: NumericReading
  /// How many values were measured.
  var count = 0
  /// Floats: the share that is finite and normal or zero.
  var finiteNormal = 1.0
  /// Floats: the standard deviation and mean of the binary exponents of the normal values.
  var exponentSpread = 0.0
  var meanExponent = 0.0
  /// 1 for a smooth series, 0 for noise (see `smoothness(_:)`).
  var smoothness = 0.0
  /// `smoothness` between values two apart: high with low `smoothness` when two series
  /// alternate (the real and imaginary parts of complex numbers, two channels).
  var pairSmoothness = 0.0
  /// Integers: the bits the values need, sign included.
  var bitsUsed = 0
  /// Integers: |mean| over the mean absolute deviation.
  var farFromZero = 0.0
  /// Whether some value has the top bit of its element set.
  var topBitSet = false
  /// Whether every value is the same.
  var isConstant = false

  /// Measures `reading` over runs of consecutive elements given as their bits; neighbours are
  /// compared only within a run.
  static func measure(_ reading: NumericReading, runs: [[UInt64]]) -> ReadingProfile {
    var profile = ReadingProfile(reading: reading)
    let isFloat = reading.family == .float
    let topBit = UInt64(1) << UInt64(reading.size * 8 - 1)
    var usable = 0
    var sum = 0.0
    var exponentSum = 0.0
    var exponentSquares = 0.0
    var exponentCount = 0
    var largest: UInt64 = 0
    var valueRuns: [[Double]] = []
    for run in runs {
      var values: [Double] = []
      values.reserveCapacity(run.count)
      for bits in run {
        profile.count += 1
        if bits & topBit != 0 { profile.topBitSet = true }
        let value = reading.value(bits)
        if isFloat {
          let magnitude = abs(value)
          guard magnitude.isFinite, magnitude == 0 || magnitude >= reading.smallestNormal else {
            values.append(.nan)
            continue
          }
          if magnitude > 0 {
            let exponent = Double(value.exponent)
            exponentSum += exponent
            exponentSquares += exponent * exponent
            exponentCount += 1
          }
        } else {
          // The bits of the magnitude, for `bitsUsed`: v or ~v for negatives.
          var magnitudeBits = bits
          if reading.family == .signed {
            let shift = UInt64(64 - reading.size * 8)
            let signed = Int64(bitPattern: bits << shift) >> Int64(shift)
            magnitudeBits = UInt64(bitPattern: signed < 0 ? ~signed : signed)
          }
          largest = max(largest, magnitudeBits)
        }
        usable += 1
        sum += value
        values.append(value)
      }
      valueRuns.append(values)
    }
    guard profile.count > 0 else { return profile }
    profile.finiteNormal = Double(usable) / Double(profile.count)
    if exponentCount > 0 {
      profile.meanExponent = exponentSum / Double(exponentCount)
      let variance =
        exponentSquares / Double(exponentCount) - profile.meanExponent * profile.meanExponent
      profile.exponentSpread = max(0, variance).squareRoot()
    }
    profile.bitsUsed = (64 - largest.leadingZeroBitCount) + (reading.family == .signed ? 1 : 0)
    guard usable > 1 else { return profile }
    let mean = sum / Double(usable)
    var deviation = 0.0
    var difference = 0.0
    var pairs = 0
    var pairDifference = 0.0
    var pairPairs = 0
    var laneLow = [Double.infinity, .infinity]
    var laneHigh = [-Double.infinity, -.infinity]
    for values in valueRuns {
      var previous = Double.nan
      var beforePrevious = Double.nan
      for (index, value) in values.enumerated() {
        if !value.isNaN {
          laneLow[index & 1] = min(laneLow[index & 1], value)
          laneHigh[index & 1] = max(laneHigh[index & 1], value)
          deviation += abs(value - mean)
          if !previous.isNaN {
            difference += abs(value - previous)
            pairs += 1
          }
          if !beforePrevious.isNaN {
            pairDifference += abs(value - beforePrevious)
            pairPairs += 1
          }
        }
        beforePrevious = previous
        previous = value
      }
    }
    deviation /= Double(usable)
    if deviation == 0 {
      profile.isConstant = true
      profile.smoothness = 1
      return profile
    }
    profile.farFromZero = abs(mean) / deviation
    if pairs > 0, deviation.isFinite, difference.isFinite {
      profile.smoothness = smoothness(
        meanDifference: difference / Double(pairs), deviation: deviation)
    }
    // Two series interleaved both vary, by amounts of one order: a lane that never changes
    // is the zero low half of wider floats (1.5 as f8 read as f4), not a part of complex numbers.
    let lanes = (0..<2).map { laneHigh[$0] - laneLow[$0] }
    let lanesVary =
      lanes.allSatisfy { $0 > 0 && $0.isFinite }
      && max(lanes[0], lanes[1]) <= 1000 * min(lanes[0], lanes[1])
    if lanesVary, pairPairs > 0, deviation.isFinite, pairDifference.isFinite {
      profile.pairSmoothness = smoothness(
        meanDifference: pairDifference / Double(pairPairs), deviation: deviation)
    }
    return profile
  }

  /// 1 − (mean |x[i+1] − x[i]|) / (√2 · mean |x − mean|), at least 0: independent values
  /// give about 0 (for a normal distribution the ratio is exactly √2), a smooth series
  /// nearly 1.
  static func smoothness(meanDifference: Double, deviation: Double) -> Double {
    max(0, 1 - meanDifference / (2.0.squareRoot() * deviation))
  }

  /// Exponents spread this far (a standard deviation) halve the float score's narrowness term.
  static let exponentScale = 6.0

  var narrowness: Double { 1 / (1 + exponentSpread / ReadingProfile.exponentScale) }

  /// Whether the typical float is implausibly tiny or huge for its size.
  var hasExtremeMagnitude: Bool {
    abs(meanExponent) > (reading.size == 2 ? 10 : 40)
  }

  /// How well the reading fits a series of values, 0 to 1.
  var seriesScore: Double {
    switch reading.family {
    case .float:
      let valid = finiteNormal * finiteNormal * finiteNormal
      return valid * (0.45 * smoothness + 0.55 * narrowness) * (hasExtremeMagnitude ? 0.5 : 1)
    case .signed, .unsigned:
      // Float bits read as integers sit far from zero; ties go to a plausible float.
      // Between byte orders that fit alike, the one whose values need fewer bits.
      let unused = 1 - Double(bitsUsed) / Double(reading.size * 8)
      return 0.95 * smoothness * (farFromZero > 100 ? 0.6 : 1) * bitsPlausibility
        * (0.98 + 0.02 * unused)
    }
  }

  /// Real integers rarely need every bit of their type: a signed series around zero read as
  /// unsigned needs all of them, and so do float bits read as integers.
  var bitsPlausibility: Double {
    let bits = reading.size * 8
    if reading.size == 8 && bitsUsed >= 63 { return 0.7 }
    return bitsUsed >= bits && reading.size > 1 ? 0.85 : 1
  }

  /// Whether the values look like two series interleaved: smooth two apart, not one apart.
  var looksInterleaved: Bool {
    reading.family == .float && reading.size >= 4 && pairSmoothness >= smoothness + 0.3
  }

  /// How well the reading fits complex numbers: the float score with the smoothness of each
  /// part.
  var complexScore: Double {
    let valid = finiteNormal * finiteNormal * finiteNormal
    return valid * (0.45 * pairSmoothness + 0.55 * narrowness) * (hasExtremeMagnitude ? 0.5 : 1)
  }

  /// How well the reading fits one field of records, whose values need not be smooth.
  var fieldScore: Double {
    switch reading.family {
    case .float:
      let valid = finiteNormal * finiteNormal * finiteNormal
      return valid * narrowness * (hasExtremeMagnitude ? 0.5 : 1)
    case .signed, .unsigned:
      let unused = 1 - Double(bitsUsed) / Double(reading.size * 8)
      let fit = 0.9 * max(smoothness, unused)
      return reading.size == 1 ? max(0.2, fit) : fit
    }
  }

  /// The evidence for a series reading, strongest first.
  var seriesEvidence: [GuessEvidence] {
    var evidence: [GuessEvidence] = []
    switch reading.family {
    case .float:
      evidence.append(.finiteNormal(fraction: finiteNormal))
      evidence.append(.smoothness(smoothness))
      evidence.append(.exponentSpread(exponentSpread))
      if hasExtremeMagnitude {
        evidence.append(.extremeMagnitude(exponent: Int(meanExponent.rounded())))
      }
    case .signed, .unsigned:
      evidence.append(.smoothness(smoothness))
      evidence.append(.bitsUsed(bitsUsed, of: reading.size * 8))
      if farFromZero > 100 { evidence.append(.farFromZero(ratio: farFromZero)) }
    }
    return evidence
  }
}
