/// NumPy's `astype` table (`casting='unsafe'`) for plain dtypes: which casts exist, the width of
/// a sizeless text target, and how one element converts.
enum CastRules {
  typealias ElementConversion = (
    UnsafeRawBufferPointer, DType, UnsafeMutableRawBufferPointer, Cast.Lane
  ) throws -> Void

  private static let numeric: Set<DType.Kind> = [.bool, .int, .uint, .float, .complex]
  private static let time: Set<DType.Kind> = [.datetime, .timedelta]
  private static let text: Set<DType.Kind> = [.bytes, .unicode]

  /// The target with a size: a sizeless `S`/`U` takes NumPy's width for the source, a sizeless
  /// `V` the source's itemsize; a generic datetime64/timedelta64 takes a time source's unit.
  static func sizedTarget(_ target: DType, from source: DType) -> DType {
    var sized = target
    switch target.kind {
    case .bytes where target.itemsize == 0:
      sized.itemsize = TextCast.width(for: source)
    case .unicode where target.itemsize == 0:
      // A sizeless `U` is the source's own `U` dtype, or native (`>U` too), as in NumPy.
      if source.kind == .unicode { return source }
      sized.itemsize = TextCast.width(for: source) * 4
      sized.byteOrder = .native
    case .void where target.itemsize == 0 && !target.isStructured:
      // NumPy's `astype('V')` keeps a structured source as it is.
      if source.isStructured { return source }
      sized.itemsize = source.itemsize
    case .datetime, .timedelta:
      // A generic unit takes a time source's: its whole dtype when the kind is the same.
      if target.timeUnit == nil && source.kind == target.kind { return source }
      if target.timeUnit == nil, time.contains(source.kind) { sized.timeUnit = source.timeUnit }
    default:
      break
    }
    return sized
  }

  /// How one element of `source` becomes one of `target`, or the refusal NumPy makes.
  /// - Parameter legacy: the `legacy` print mode numbers are written into text with (numpy
  ///   writes `str()` of the scalar, which follows it).
  static func elementConversion(
    from source: DType, to target: DType, legacy: Int = PrintOptions.noLegacy
  ) throws -> ElementConversion {
    // A cast that changes at most the byte order copies the bytes.
    if source.kind == target.kind, source.itemsize == target.itemsize,
      source.timeUnit == target.timeUnit, !text.contains(source.kind) || source.kind == .bytes
        || source.kind == .unicode
    {
      return { bytes, source, out, _ in
        for i in 0..<bytes.count { out[i] = bytes[i] }
        if source.byteOrder != target.byteOrder && source.byteOrder != .notApplicable {
          ByteSwapper.swap(source, in: out, at: 0)
        }
      }
    }
    let refusal = CastError.notSupported(source, to: target)
    switch (source.kind, target.kind) {
    case (.void, .void):
      return { bytes, _, out, _ in
        for i in 0..<min(bytes.count, out.count) { out[i] = bytes[i] }
      }
    case (.void, .bool):
      return { bytes, _, out, _ in out[0] = bytes.contains { $0 != 0 } ? 1 : 0 }
    case (.void, .bytes), (.void, .unicode), (.void, .datetime), (.void, .timedelta):
      // NumPy refuses each element ("setting an array element with a sequence"): an empty
      // array converts.
      return { _, _, _, _ in throw refusal }
    case (.void, _):
      // NumPy reads the bytes as text for numbers and times.
      return parsing(target)
    case (_, .void):
      // The value's bytes in native order (a bool as 0 or 1), cut or padded with zeros.
      var native = source
      if native.byteOrder != .notApplicable { native.byteOrder = .native }
      return { bytes, source, out, _ in
        let value = ElementDecoder.decode(source, from: bytes, at: 0)
        var raw = [UInt8](repeating: 0, count: native.itemsize)
        raw.withUnsafeMutableBytes { ElementEncoder.encode(value, as: native, into: $0, at: 0) }
        for i in 0..<min(raw.count, out.count) { out[i] = raw[i] }
      }
    case (.bytes, .bytes), (.unicode, .unicode):
      // Cut or padded with NULs, code units in the target's byte order.
      return { bytes, source, out, _ in
        var value = ElementDecoder.decode(source, from: bytes, at: 0)
        if case .unicode(let units) = value { value = .unicode(Array(units.prefix(target.itemsize / 4))) }
        if case .bytes(let b) = value { value = .bytes(Array(b.prefix(target.itemsize))) }
        ElementEncoder.encode(value, as: target, into: out, at: 0)
      }
    case (.bytes, .unicode), (.unicode, .bytes):
      return { bytes, source, out, _ in
        let value = ElementDecoder.decode(source, from: bytes, at: 0)
        var units = try TextCast.text(of: value, dtype: source)
        if source.kind == .bytes && target.kind == .unicode {
          guard units.allSatisfy({ $0 < 0x80 }) else {
            throw CastError.notASCIIBytes(units.map { UInt8($0) })
          }
        }
        if target.kind == .bytes {
          units = Array(units.reversed().drop { $0 == 0 }.reversed())
        }
        ElementEncoder.encode(try TextCast.stored(units, as: target), as: target, into: out, at: 0)
      }
    case (.bytes, _), (.unicode, _):
      if target.kind == .datetime && target.timeUnit == nil { throw refusal }
      return parsing(target)
    case (_, .bytes), (_, .unicode):
      let width = target.kind == .bytes ? target.itemsize : target.itemsize / 4
      return { bytes, source, out, _ in
        let value = ElementDecoder.decode(source, from: bytes, at: 0)
        var units = try TextCast.text(of: value, dtype: source, legacy: legacy)
        if source.kind == .datetime {
          units = try TextCast.datetimeText(units, unit: source.timeUnit, width: width)
        }
        // NumPy writes a timedelta's text through a buffer of its default width.
        if source.kind == .timedelta { units = Array(units.prefix(TextCast.width(for: source))) }
        ElementEncoder.encode(try TextCast.stored(units, as: target), as: target, into: out, at: 0)
      }
    default:
      break
    }
    switch (source.kind, target.kind) {
    case (.datetime, .datetime):
      return timeConversion(target) { DatetimeCast.datetime($0, from: source.timeUnit, to: target.timeUnit) }
    case (.timedelta, .timedelta):
      return timeConversion(target) { DatetimeCast.timedelta($0, from: source.timeUnit, to: target.timeUnit) }
    case (.datetime, .timedelta), (.timedelta, .datetime):
      return timeConversion(target) { $0 }
    case (let from, let to) where (numeric.contains(from) || time.contains(from)) && (numeric.contains(to) || time.contains(to)):
      // To a generic datetime64 the count is kept; numpy refuses only to print it.
      return { bytes, source, out, lane in
        let value = ElementDecoder.decode(source, from: bytes, at: 0)
        ElementEncoder.encode(Cast.convert(value, to: target, lane: lane), as: target, into: out, at: 0)
      }
    default:
      throw refusal
    }
  }

  private static func timeConversion(_ target: DType, _ change: @escaping (Int64) -> Int64) -> ElementConversion {
    { bytes, source, out, _ in
      let count: Int64
      switch ElementDecoder.decode(source, from: bytes, at: 0) {
      case .datetime(let c, _), .timedelta(let c, _): count = c
      default: count = 0
      }
      let value: Scalar = target.kind == .datetime
        ? .datetime(change(count), target.timeUnit) : .timedelta(change(count), target.timeUnit)
      ElementEncoder.encode(value, as: target, into: out, at: 0)
    }
  }

  /// Text (or void bytes read as text) parsed into a number, bool or time of `target`.
  private static func parsing(_ target: DType) -> ElementConversion {
    { bytes, source, out, _ in
      let value = ElementDecoder.decode(source, from: bytes, at: 0)
      if target.kind == .bool {
        // True when anything is left after the trailing NULs, ASCII or not.
        switch value {
        case .bytes(let b): out[0] = b.contains { $0 != 0 } ? 1 : 0
        case .unicode(let u): out[0] = u.contains { $0 != 0 } ? 1 : 0
        default: break
        }
        return
      }
      let text = try TextCast.text(in: value, for: target)
      ElementEncoder.encode(try TextCast.number(from: text, as: target), as: target, into: out, at: 0)
    }
  }
}
