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
    ("2020-01-01", TimeUnit(.Y), .invalidDate("2020-01-01", .morePreciseThanUnit(TimeUnit(.Y)))),
    ("2020-01-01", TimeUnit(.ps), .invalidDate("2020-01-01", .unitNotSupported(TimeUnit(.ps)))),
    ("99999999-01-01", TimeUnit(.ns), .invalidDate("99999999-01-01", .outOfRange(TimeUnit(.ns)))),
  ] as [(String, TimeUnit?, LiteralError)])
  func refuses(_ text: String, _ unit: TimeUnit?, _ cause: LiteralError) {
    #expect(throws: cause) { try DatetimeParser.parse(text, unit: unit) }
  }

  /// Years and unit counts so large that the arithmetic overflows are out of range: an error,
  /// not a trap (these used to stop the process).
  @Test(arguments: [
    ("999999999999-01-01", TimeUnit(.ns)),
    ("999999999999-01-01", TimeUnit(.s)),
    ("999999999999999999-01-01", TimeUnit(.D)),
    ("999999999999999999", TimeUnit(.M)),
    ("-9223372036854775807", TimeUnit(.Y)),
    ("2020-01-01", TimeUnit(.W, count: Int.max)),
  ])
  func overflowIsOutOfRange(_ text: String, _ unit: TimeUnit) {
    #expect(throws: LiteralError.invalidDate(text, .outOfRange(unit))) {
      try DatetimeParser.parse(text, unit: unit)
    }
  }

  /// NumPy keeps years far beyond the Gregorian calendar's use when the unit holds them.
  @Test func largeYearsThatFit() throws {
    #expect(
      try DatetimeParser.parse("999999999999999999", unit: TimeUnit(.Y)) == 999_999_999_999_998_029)
    #expect(
      try DatetimeParser.parse("99999999999999-01-01", unit: TimeUnit(.D)) == 36_524_249_999_280_107)
    #expect(
      try DatetimeParser.parse("9999999999999-12-31T23", unit: TimeUnit(.h)) == 87_658_199_982_731_327)
  }
}
