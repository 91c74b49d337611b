/// Maps values between a minimum and a maximum onto the steps of a picture: dot rows of a
/// chart, digits or colour levels of a heatmap.
///
/// Safe over the whole `Double` range: `-1e308 … 1e308` does not overflow to infinity.
struct ValueScale: Equatable {
  let minimum: Double
  let maximum: Double

  /// - Precondition: both finite, `minimum <= maximum`.
  init(minimum: Double, maximum: Double) {
    self.minimum = minimum
    self.maximum = maximum
  }

  var isConstant: Bool { minimum == maximum }

  /// Where `value` lies between the minimum (0) and the maximum (1); 0 for a constant scale.
  func fraction(_ value: Double) -> Double {
    guard !isConstant else { return 0 }
    let range = maximum - minimum
    // A range that overflows: halve everything (exact for normal numbers).
    let result = range.isFinite
      ? (value - minimum) / range : (value / 2 - minimum / 2) / (maximum / 2 - minimum / 2)
    return min(max(result, 0), 1)
  }

  /// One of `count` equal bins, 0 ..< count: `floor(fraction × count)`, the maximum in the
  /// last bin.
  func bin(_ value: Double, count: Int) -> Int {
    min(count - 1, Int(fraction(value) * Double(count)))
  }

  /// The nearest of `count` evenly spaced positions, 0 (minimum) … count - 1 (maximum).
  func position(_ value: Double, count: Int) -> Int {
    Int((fraction(value) * Double(count - 1)).rounded())
  }

  /// The value halfway between the minimum and the maximum, `(min + max) / 2` without
  /// overflow.
  var middle: Double { minimum / 2 + maximum / 2 }
}
