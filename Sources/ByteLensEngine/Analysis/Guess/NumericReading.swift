/// One way to read bytes as numbers: a float or integer kind, a size and a byte order.
struct NumericReading: Hashable {
  enum Family: Hashable {
    case float, signed, unsigned
  }

  var family: Family
  var size: Int
  var bigEndian: Bool

  /// Every reading a guess tries: f2/f4/f8, i1..i8, u1..u8, both byte orders.
  static let all: [NumericReading] = {
    var result: [NumericReading] = []
    for size in [1, 2, 4, 8] {
      for family in [Family.float, .signed, .unsigned] where !(family == .float && size == 1) {
        for bigEndian in size == 1 ? [false] : [false, true] {
          result.append(NumericReading(family: family, size: size, bigEndian: bigEndian))
        }
      }
    }
    return result
  }()

  /// numpy's spelling: `<f4`, `>i2`, `u1`.
  var spelling: String {
    let code = family == .float ? "f" : family == .signed ? "i" : "u"
    return size == 1 ? "\(code)1" : "\(bigEndian ? ">" : "<")\(code)\(size)"
  }

  var dtype: DType { DType.parse(unchecked: spelling) }

  /// The unsigned bits of the element at `index` of `bytes`, in the reading's byte order.
  @inline(__always)
  func bits(_ bytes: UnsafeRawBufferPointer, _ index: Int) -> UInt64 {
    // Plain loops: generic iterators cost much in unoptimised builds.
    var value: UInt64 = 0
    var byte = 0
    while byte < size {
      value = value << 8 | UInt64(bytes[index + (bigEndian ? byte : size - 1 - byte)])
      byte += 1
    }
    return value
  }

  /// The value of the element whose bits are `bits`.
  @inline(__always)
  func value(_ bits: UInt64) -> Double {
    switch family {
    case .unsigned: return Double(bits)
    case .signed:
      let shift = UInt64(64 - size * 8)
      return Double(Int64(bitPattern: bits << shift) >> Int64(shift))
    case .float:
      switch size {
      case 2: return Double(Float16(bitPattern: UInt16(truncatingIfNeeded: bits)))
      case 4: return Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
      default: return Double(bitPattern: bits)
      }
    }
  }

  /// The smallest normal magnitude of the float size.
  var smallestNormal: Double {
    switch size {
    case 2: return Double(Float16.leastNormalMagnitude)
    case 4: return Double(Float.leastNormalMagnitude)
    default: return Double.leastNormalMagnitude
    }
  }
}

extension DType {
  /// A dtype from a spelling known to be valid; a trap here is a bug in the caller.
  static func parse(unchecked spelling: String) -> DType {
    do { return try DType.parse(spelling) } catch { preconditionFailure("\(spelling): \(error)") }
  }
}
