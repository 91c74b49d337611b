import Testing

@testable import ByteLensEngine

@Suite struct DatetimeParserTests {
  /// Counts from `np.array([text], dtype=unit).view('i8')` (numpy 2.4).
  @Test(arguments: [
    ("2020-01-01", TimeUnit(.D), Int64(18262)),
    ("2020-01-01T12:30:05.25", TimeUnit(.ms), 1_577_881_805_250),
    ("1969-12-31T23:59:59.5", TimeUnit(.s), -1),
    ("2020-02", TimeUnit(.M), 601),
    ("-0001-03-01", TimeUnit(.D), -719_834),
    ("2020-01-08", TimeUnit(.W), 2609),
    ("2020-01-01T01", TimeUnit(.h, count: 2), 219_144),
    ("1969", TimeUnit(.Y), -1),
    ("2020-01-01T00:00:00.123456789", TimeUnit(.ns), 1_577_836_800_123_456_789),
    ("NaT", TimeUnit(.D), .min),
  ])
  func readsLikeNumPy(_ text: String, _ unit: TimeUnit, _ count: Int64) throws {
    #expect(try DatetimeParser.parse(text, unit: unit) == count)
  }

  @Test(arguments: [
    ("2020-01-01", nil, LiteralError.invalidDate("2020-01-01", .needsUnit)),
    ("2020-13-01", TimeUnit(.D), .invalidDate("2020-13-01", .notISO)),
    ("2020-02-30", TimeUnit(.D), .invalidDate("2020-02-30", .notISO)),
    ("20x0", TimeUnit(.D), .invalidDate("20x0", .notISO)),
    ("2020-01-01T25", TimeUnit(.s), .invalidDate("2020-01-01T25", .notISO)),
    ("2020-01-01 ", TimeUnit(.D), .invalidDate("2020-01-01 ", .notISO)),
    ("2020-01-01Z", TimeUnit(.D), .invalidDate("2020-01-01Z", .notISO)),
    ("2020-01-01T00:00+24", TimeUnit(.m), .invalidDate("2020-01-01T00:00+24", .notISO)),
    ("2020-01-01T00:00+01 ", TimeUnit(.m), .invalidDate("2020-01-01T00:00+01 ", .notISO)),
    (" NaT", TimeUnit(.D), .invalidDate(" NaT", .notISO)),
    ("２０２０", TimeUnit(.Y), .invalidDate("２０２０", .notISO)),
  ] as [(String, TimeUnit?, LiteralError)])
  func refuses(_ text: String, _ unit: TimeUnit?, _ cause: LiteralError) {
    #expect(throws: cause) { try DatetimeParser.parse(text, unit: unit) }
  }

  /// Counts beyond 64 bits wrap exactly as NumPy's C arithmetic does (numpy 2.4 gives these
  /// values; it raises nothing): a year too large for the unit is not an error.
  @Test(arguments: [
    ("2020-01-01", TimeUnit(.Y), Int64(50)),
    ("2020-01-01", TimeUnit(.ps), -8_583_190_339_021_438_976),
    ("99999999-01-01", TimeUnit(.ns), 3_832_787_528_133_705_728),
    ("999999999999-01-01", TimeUnit(.ns), 7_364_639_924_785_840_128),
    ("999999999999-01-01", TimeUnit(.s), -5_336_536_209_617_858_432),
    ("999999999999999999-01-01", TimeUnit(.D), -3_692_381_474_191_752_214),
    ("999999999999999999", TimeUnit(.M), -6_446_744_073_709_575_268),
    ("-9223372036854775807", TimeUnit(.Y), 9_223_372_036_854_773_839),
    ("9223372036854775808", TimeUnit(.Y), .min),
    ("2020-01-01T00:00Z", TimeUnit(.m), 26_297_280),
    ("2020-01-01T00:30+01:00", TimeUnit(.m), 26_297_250),
    ("2019-12-31T23:30-0100", TimeUnit(.m), 26_297_310),
    (" -2020", TimeUnit(.Y), 50),
    ("+02020-01-01", TimeUnit(.D), 18262),
    ("2020-01-01T10 ", TimeUnit(.h), 438_298),
    ("2020-01-01T00:00:00.123456789012345678", TimeUnit(.as), 6_014_956_109_565_064_014),
    ("nAt", TimeUnit(.D), .min),
    ("", TimeUnit(.D), .min),
  ])
  func wrapsAndReadsLikeNumPy(_ text: String, _ unit: TimeUnit, _ count: Int64) throws {
    #expect(try DatetimeParser.parse(text, unit: unit) == count)
  }

  /// The unit each text gives a generic `M8` (`np.array([text], 'M8').dtype`).
  @Test(arguments: [
    ("2020", TimeUnit.Base.Y), ("2020-01", .M), ("2020-01-01", .D), ("2020-01-01T10", .h),
    ("2020-01-01 10:00", .m), ("2020-01-01T10:00:00", .s), ("2020-01-01T10:00:00.", .ms),
    ("2020-01-01T10:00:00.5000", .us), ("2020-01-01T10:00:00.1234567", .ns),
    ("2020-01-01T10:00:00.1234567890", .ps), ("2020-01-01T10:00:00.1234567890123", .fs),
    ("2020-01-01T10:00:00.1234567890123456", .as), ("today", .D), ("NOW", .s),
  ])
  func bestUnit(_ text: String, _ unit: TimeUnit.Base) throws {
    #expect(try DatetimeParser.read(text).unit == unit)
  }

  @Test func todayAndNowReadTheClock() throws {
    let clock = DatetimeParser.Clock(
      seconds: { 1_577_880_000 }, localDate: { (2021, 3, 4) })
    #expect(try DatetimeParser.read("Today", clock: clock).unit == .D)
    let today = try DatetimeParser.read("today", clock: clock)
    #expect(try DatetimeParser.count(today, text: "today", unit: TimeUnit(.D)) == 18690)
    let now = try DatetimeParser.read("now", clock: clock)
    #expect(try DatetimeParser.count(now, text: "now", unit: TimeUnit(.s)) == 1_577_880_000)
  }

  /// `np.array([text], 'm8')`: C's strtol over the whole text, NaT in any case.
  @Test(arguments: [
    ("5", Int64?(5)), (" -7", -7), ("+5", 5), ("nat", .min), ("", .min),
    ("99999999999999999999", .max), ("-99999999999999999999", .min),
    ("5 ", nil), ("5.0", nil), ("1_0", nil), ("５", nil),
  ])
  func timedeltaText(_ text: String, _ count: Int64?) {
    #expect(DatetimeParser.timedelta(text) == count)
  }
}
