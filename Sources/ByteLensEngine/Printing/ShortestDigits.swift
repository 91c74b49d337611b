/// The shortest decimal digits that read back as the same float, from Swift's own conversion
/// (`Double.description`, `Float.description`), as an integer and a decimal exponent.
///
/// For `f4` and `f8` these are NumPy's unique digits: both pick the shortest string inside
/// the float's rounding interval (boundaries included when the mantissa is even) and, of two
/// such strings, the closer one. `Dragon4.ShortestValue` cuts them to a precision.
struct ShortestDigits: Equatable {
  /// The digits as an integer with no trailing zeros (`0` only for zero).
  var significand: UInt64
  /// How many digits `significand` has.
  var count: Int
  /// The decimal exponent of the first digit: the value is `0.d₁d₂… × 10^(exponent + 1)`.
  var exponent: Int

  init(significand: UInt64, count: Int, exponent: Int) {
    self.significand = significand
    self.count = count
    self.exponent = exponent
  }

  /// The digits of a finite `Double`.
  init(_ value: Double) {
    var reader = DescriptionReader()
    value.write(to: &reader)
    self = reader.digits
  }

  /// The digits of a finite `Float`.
  init(_ value: Float) {
    var reader = DescriptionReader()
    value.write(to: &reader)
    self = reader.digits
  }

  /// Takes a float's description as the standard library writes it: as ASCII bytes
  /// (`_writeASCII`), without making a `String`.
  private struct DescriptionReader: TextOutputStream {
    var digits = ShortestDigits(significand: 0, count: 1, exponent: 0)

    mutating func write(_ string: String) {
      var text = string
      digits = text.withUTF8 { ShortestDigits(text: $0) }
    }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
      digits = ShortestDigits(text: buffer)
    }
  }

  /// Reads a description (`-1.5`, `1e-05`, `2.5e+20`, `100.0`).
  private init(text buffer: UnsafeBufferPointer<UInt8>) {
    var significand: UInt64 = 0
    var digitCount = 0
    var wholeDigits = -1
    var exponent = 0
    let length = buffer.count
    var index = 0
    if index < length && buffer[index] == UInt8(ascii: "-") { index += 1 }
    while index < length {
      let byte = buffer[index]
      index += 1
      if byte == UInt8(ascii: ".") {
        wholeDigits = digitCount
      } else if byte == UInt8(ascii: "e") {
        var negative = false
        if index < length
          && (buffer[index] == UInt8(ascii: "-") || buffer[index] == UInt8(ascii: "+"))
        {
          negative = buffer[index] == UInt8(ascii: "-")
          index += 1
        }
        while index < length {
          exponent = exponent * 10 + Int(buffer[index] &- UInt8(ascii: "0"))
          index += 1
        }
        if negative { exponent = -exponent }
      } else {
        significand = significand &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
        digitCount += 1
      }
    }
    if wholeDigits < 0 { wholeDigits = digitCount }
    // value = significand × 10^(scale)
    var scale = exponent + wholeDigits - digitCount
    guard significand != 0 else {
      self.significand = 0
      count = 1
      self.exponent = 0
      return
    }
    while significand % 10 == 0 {
      significand /= 10
      scale += 1
    }
    var count = 1
    var power: UInt64 = 10
    while count < 20 && significand >= power {
      count += 1
      power = power &* 10
    }
    self.significand = significand
    self.count = count
    self.exponent = scale + count - 1
  }
}
