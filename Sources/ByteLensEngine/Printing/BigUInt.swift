/// A minimal arbitrary-precision unsigned integer for `Dragon4`: just the operations exact
/// float-to-decimal conversion needs.
///
/// Little-endian 32-bit limbs with no trailing zero limbs (zero is `[]`).
struct BigUInt: Comparable {
  private(set) var limbs: [UInt32]

  init(_ value: UInt64) {
    limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
    normalize()
  }

  /// `2^exponent`.
  static func power2(_ exponent: Int) -> BigUInt {
    var value = BigUInt(1)
    value.shiftLeft(exponent)
    return value
  }

  var isZero: Bool { limbs.isEmpty }
  var isEven: Bool { limbs.first.map { $0 & 1 == 0 } ?? true }

  private mutating func normalize() {
    while let last = limbs.last, last == 0 { limbs.removeLast() }
  }

  /// `self <<= bits`, in place: the limbs move up from the top down, so no new storage is
  /// needed beyond the limbs it grows by.
  mutating func shiftLeft(_ bits: Int) {
    guard !isZero, bits > 0 else { return }
    let limbShift = bits / 32
    let bitShift = UInt32(bits % 32)
    let oldCount = limbs.count
    limbs.append(contentsOf: repeatElement(0, count: limbShift + 1))
    for i in stride(from: oldCount - 1, through: 0, by: -1) {
      let limb = limbs[i]
      if bitShift == 0 {
        limbs[i + limbShift] = limb
      } else {
        limbs[i + limbShift + 1] |= limb >> (32 - bitShift)
        limbs[i + limbShift] = limb << bitShift
      }
    }
    for i in 0..<limbShift { limbs[i] = 0 }
    normalize()
  }

  /// `self = lhs + rhs`, reusing this value's storage (Dragon4 does this once per digit).
  mutating func assignSum(_ lhs: BigUInt, _ rhs: BigUInt) {
    let count = max(lhs.limbs.count, rhs.limbs.count)
    limbs.removeAll(keepingCapacity: true)
    var carry: UInt64 = 0
    for i in 0..<count {
      let a = i < lhs.limbs.count ? UInt64(lhs.limbs[i]) : 0
      let b = i < rhs.limbs.count ? UInt64(rhs.limbs[i]) : 0
      let sum = a + b + carry
      limbs.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
  }

  mutating func multiply(by factor: UInt32) {
    guard factor != 1 else { return }
    var carry: UInt64 = 0
    for i in limbs.indices {
      let product = UInt64(limbs[i]) * UInt64(factor) + carry
      limbs[i] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
    normalize()
  }

  mutating func multiplyByPower10(_ exponent: Int) {
    var remaining = exponent
    while remaining >= 9 {
      multiply(by: 1_000_000_000)
      remaining -= 9
    }
    var factor: UInt32 = 1
    for _ in 0..<remaining { factor *= 10 }
    multiply(by: factor)
  }

  /// `self -= other`; requires `self >= other`.
  mutating func subtract(_ other: BigUInt) {
    var borrow: Int64 = 0
    for i in limbs.indices {
      var difference =
        Int64(limbs[i]) - borrow - (i < other.limbs.count ? Int64(other.limbs[i]) : 0)
      if difference < 0 {
        difference += 1 << 32
        borrow = 1
      } else {
        borrow = 0
      }
      limbs[i] = UInt32(difference)
    }
    normalize()
  }

  /// Divides by `divisor` when the quotient is known to be below 10; `self` keeps the remainder.
  mutating func divideSmallQuotient(by divisor: BigUInt) -> Int {
    var quotient = 0
    while self >= divisor {
      subtract(divisor)
      quotient += 1
    }
    return quotient
  }

  static func < (lhs: BigUInt, rhs: BigUInt) -> Bool { compare(lhs, rhs) < 0 }

  static func compare(_ lhs: BigUInt, _ rhs: BigUInt) -> Int {
    if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count ? -1 : 1 }
    for i in stride(from: lhs.limbs.count - 1, through: 0, by: -1)
    where lhs.limbs[i] != rhs.limbs[i] {
      return lhs.limbs[i] < rhs.limbs[i] ? -1 : 1
    }
    return 0
  }
}
