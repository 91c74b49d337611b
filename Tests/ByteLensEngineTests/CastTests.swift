import Testing

@testable import ByteLensEngine

/// `astype` values numpy 2.4.6 gives on x86-64 (each checked with numpy), and the refusals.
@Suite struct CastTests {
  private func cast(_ literal: String, _ from: String, _ to: String) throws -> [Scalar] {
    let a = try ArrayBuilder.array(literal, dtype: try DType.parse(from))
    let b = try a.converted(to: try DType.parse(to))
    return try (0..<b.count).map { try b.scalar(at: b.ndim == 0 ? [] : [$0]) }
  }

  @Test func floatToIntegerGivesTheMachinesAnswer() throws {
    #expect(try cast("[1e10, nan]", "f8", "i4") == [.int(-2147483648), .int(-2147483648)])
    #expect(try cast("[nan, inf]", "f8", "u8") == [.uint(9223372036854775808), .uint(0)])
    #expect(try cast("[4294967295.5]", "f8", "i1") == [.int(0)])
    // long double goes through x87 fistp to 16 bits for int8
    #expect(try cast("[65504, -32769]", "g", "i1") == [.int(0), .int(0)])
    #expect(try cast("[65504, -32769]", "f8", "i1") == [.int(-32), .int(-1)])
  }

  @Test func contiguousUInt32LoopIsVectorisedFourAtATime() throws {
    // numpy's contiguous loop converts four at a time, the fifth alone: NaN gives 2³¹, then 0
    let values = try cast("[nan, nan, nan, nan, nan]", "f8", "u4")
    #expect(values == [.uint(2147483648), .uint(2147483648), .uint(2147483648),
                       .uint(2147483648), .uint(0)])
  }

  @Test func nanPayloadsFollowNumpysCode() {
    let signalling = Double(bitPattern: 0x7ff0_0000_0000_0001)
    #expect(HalfFloatBits.half(from: signalling).bitPattern == 0x7c01)
    #expect(HalfFloatBits.float(from: Float16(bitPattern: 0x7c01)).bitPattern == 0x7f80_2000)
    #expect(HalfFloatBits.double(from: Float16(bitPattern: 0x7c01)).bitPattern
      == 0x7ff0_0400_0000_0000)
    #expect(HalfFloatBits.half(from: Float(bitPattern: 0xff80_0001)).bitPattern == 0xfc01)
  }

  @Test func machineConversionEdges() {
    #expect(MachineConversion.truncated32(2147483647.9) == 2147483647)
    #expect(MachineConversion.truncated32(-2147483648.9) == -2147483648)
    #expect(MachineConversion.truncated32(2147483648) == -2147483648)
    #expect(MachineConversion.unsigned64(-1) == UInt64.max)
    #expect(MachineConversion.unsigned64(.infinity) == 0)
    #expect(MachineConversion.vectorUnsigned32(4294967295.5) == 4294967295)
    #expect(MachineConversion.vectorUnsigned32(1e10) == 0)
  }

  @Test func datetimeUnitsFloorAndUseTheCalendar() {
    #expect(DatetimeCast.timedelta(-1500, from: TimeUnit(.ms), to: TimeUnit(.s)) == -2)
    #expect(DatetimeCast.timedelta(-1, from: TimeUnit(.Y), to: TimeUnit(.D)) == -366)
    #expect(DatetimeCast.timedelta(7, from: TimeUnit(.s, count: 2), to: TimeUnit(.s, count: 3)) == 4)
    #expect(DatetimeCast.datetime(13, from: TimeUnit(.M), to: TimeUnit(.D)) == 396)
    #expect(DatetimeCast.datetime(18336, from: TimeUnit(.D), to: TimeUnit(.W)) == 2619)
    #expect(DatetimeCast.datetime(-1, from: TimeUnit(.D), to: TimeUnit(.Y)) == -1)
    #expect(DatetimeCast.datetime(.min, from: TimeUnit(.D), to: TimeUnit(.s)) == .min)
  }

  @Test func datetimeTextKeepsNumpysBufferRules() throws {
    // numpy 2.4.6: a year as wide as the target loses its last digit to snprintf's NUL;
    // one character wider is refused; other units and NaT must fit whole.
    // Counts of years since 1970: 8035 is 10005, 8029 is 9999, -3970 is -2000, -2000 is -30.
    func text(_ count: Int64, _ unit: String, _ target: String) throws -> Scalar {
      let a = try ArrayBuilder.array("[\(count)]", dtype: try DType.parse("i8"))
      let dates = try a.viewed(as: try DType.parse("M8[\(unit)]"))
      // The element holds the target's whole width: the text, then NULs.
      switch try dates.converted(to: try DType.parse(target)).scalar(at: [0]) {
      case .unicode(let units): return .unicode(Array(units.reversed().drop { $0 == 0 }.reversed()))
      case .bytes(let bytes): return .bytes(Array(bytes.reversed().drop { $0 == 0 }.reversed()))
      case let other: return other
      }
    }
    #expect(try text(8035, "Y", "U5") == .unicode(Array("1000".unicodeScalars.map(\.value))))
    #expect(try text(8035, "Y", "S6") == .bytes(Array("10005".utf8)))
    #expect(try text(8029, "Y", "S4") == .bytes(Array("999".utf8)))
    #expect(try text(-3970, "Y", "S5") == .bytes(Array("-200".utf8)))
    #expect(try text(-2000, "Y", "U4") == .unicode(Array("-03".unicodeScalars.map(\.value))))
    #expect(try text(.min, "Y", "S3") == .bytes(Array("NaT".utf8)))
    #expect(throws: CastError.datetimeTextTooLong(5, width: 4)) { try text(8035, "Y", "U4") }
    #expect(throws: CastError.datetimeTextTooLong(3, width: 2)) { try text(.min, "Y", "U2") }
    #expect(throws: CastError.datetimeTextTooLong(7, width: 6)) { try text(8035, "M", "S6") }
    #expect(try text(8035, "M", "S7") == .bytes(Array("2639-08".utf8)))
  }

  @Test func numbersBecomeTextAsTheLegacyModePrintsThem() throws {
    // np.set_printoptions(legacy='2.2'); np.array([1500], 'f2').astype('S') -> b'1500.0'
    let a = try ArrayBuilder.array("[1500]", dtype: try DType.parse("f2"))
    let s = try DType.parse("S")
    func text(_ legacy: Int) throws -> Scalar {
      switch try a.converted(to: s, legacy: legacy).scalar(at: [0]) {
      case .bytes(let bytes): return .bytes(Array(bytes.reversed().drop { $0 == 0 }.reversed()))
      case let other: return other
      }
    }
    #expect(try text(202) == .bytes(Array("1500.0".utf8)))
    #expect(try text(PrintOptions.noLegacy) == .bytes(Array("1.5e+03".utf8)))
  }

  @Test func textParsesAsPythonReadsIt() throws {
    #expect(try cast("[' 12 ', '1_000', '-0']", "U6", "i2") == [.int(12), .int(1000), .int(0)])
    #expect(try cast("['1+2j', 'j']", "U4", "c16") == [.complex128(1, 2), .complex128(0, 1)])
    #expect(try cast("['', ' 7']", "U2", "m8[s]")
      == [.timedelta(.min, TimeUnit(.s)), .timedelta(7, TimeUnit(.s))])
  }

  @Test func refusals() throws {
    let u3 = try DType.parse("U3")
    #expect(throws: CastError.notANumber("1e3", .int32)) { try cast("['1e3']", "U3", "i4") }
    #expect(throws: CastError.outOfBounds("300", try DType.parse("i1"))) {
      try cast("['300']", "U3", "i1")
    }
    #expect(throws: CastError.notANumber("1__0", .int64)) { try cast("['1__0']", "U4", "i8") }
    #expect(throws: CastError.notASCII("é")) { try cast("['é']", "U1", "S") }
    #expect(throws: CastError.datetimeTextTooLong(10, width: 3)) {
      try cast("['2020-01-01']", "M8[D]", "U3")
    }
    let record = try DType.parse("i4,i4")
    #expect(throws: CastError.notSupported(record, to: u3)) { try cast("[(1, 2)]", "i4,i4", "U3") }
  }
}
