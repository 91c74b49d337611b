#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// ISO 8601 text to datetime64 counts as NumPy 2.4 reads it (`NpyDatetime_ParseISO8601Datetime`
/// and `convert_datetimestruct_to_datetime`): `2020-01-01`, `+02020-01-01T12:30:05.25`,
/// `NaT` in any case, `today`, `now`, and time zone offsets, which NumPy applies with a warning.
///
/// The arithmetic wraps on overflow exactly as NumPy's C code does: a year too large for the
/// unit gives NumPy's wrapped count, not an error.
public enum DatetimeParser {
  /// What one string says.
  public struct Reading: Equatable, Sendable {
    /// The broken-down date, or nil for NaT (`NaT` in any case, or the empty string).
    var fields: DatetimeFormatter.Fields?
    /// The finest unit the text gives (`D` for a date, `ms` for `.5` seconds); nil for NaT.
    public var unit: TimeUnit.Base?
    /// Whether the text carried a time zone (`Z`, `+01:00`) or trailing characters after the
    /// time, for which NumPy warns "no explicit representation of timezones".
    public var hasTimeZone = false
  }

  /// The count of `unit`s since 1970-01-01T00:00 that `text` names.
  /// - Throws: `LiteralError.invalidDate` for malformed text, or text other than NaT for the
  ///   generic unit.
  public static func parse(_ text: String, unit: TimeUnit?) throws(LiteralError) -> Int64 {
    try count(try read(text), text: text, unit: unit) ?? .min
  }

  /// The count of `unit`s for a reading; nil (after a throw) never — NaT is `Int64.min`.
  public static func count(_ reading: Reading, text: String, unit: TimeUnit?) throws(LiteralError)
    -> Int64?
  {
    guard let fields = reading.fields else { return .min }
    guard let unit else { throw LiteralError.invalidDate(text, .needsUnit) }
    return count(fields, unit: unit)
  }

  /// Reads `text` without converting it to a unit.
  public static func read(_ text: String, clock: Clock = .system) throws(LiteralError) -> Reading {
    let bytes = Array(text.utf8)
    let lower = bytes.map { $0 | 0x20 }
    if bytes.isEmpty || (bytes.count == 3 && lower == Array("nat".utf8)) {
      return Reading(fields: nil, unit: nil)
    }
    if bytes.count == 5 && lower == Array("today".utf8) {
      let date = clock.localDate()
      var fields = DatetimeFormatter.Fields()
      (fields.year, fields.month, fields.day) = (date.year, date.month, date.day)
      return Reading(fields: fields, unit: .D)
    }
    if bytes.count == 3 && lower == Array("now".utf8) {
      return Reading(fields: DatetimeFormatter.fields(clock.seconds(), base: .s), unit: .s)
    }
    var scanner = Scanner(bytes: bytes, text: text)
    return try scanner.reading()
  }

  /// The current time, for `today` (a local date) and `now` (UTC seconds).
  public struct Clock: Sendable {
    public var seconds: @Sendable () -> Int64
    public var localDate: @Sendable () -> (year: Int64, month: Int, day: Int)

    public init(
      seconds: @escaping @Sendable () -> Int64,
      localDate: @escaping @Sendable () -> (year: Int64, month: Int, day: Int)
    ) {
      self.seconds = seconds
      self.localDate = localDate
    }

    /// The machine's clock and time zone, as NumPy reads them (`time`, `localtime_r`).
    public static let system = Clock(
      seconds: { Int64(time(nil)) },
      localDate: {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else {
          let utc = DatetimeFormatter.fields(Int64(now), base: .s)
          return (utc.year, utc.month, utc.day)
        }
        return (Int64(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
      })
  }

  /// NumPy's parser over the text's bytes; only ASCII can match.
  struct Scanner {
    let bytes: [UInt8]
    let text: String
    var position = 0
    var fields = DatetimeFormatter.Fields()

    init(bytes: [UInt8], text: String) {
      self.bytes = bytes
      self.text = text
    }

    var bad: LiteralError { .invalidDate(text, .notISO) }
    var remaining: Int { bytes.count - position }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func isDigit(_ offset: Int) -> Bool {
      position + offset < bytes.count && (48...57).contains(bytes[position + offset])
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (9...13).contains(byte) }

    /// Two digits, or a parse error.
    mutating func twoDigits() throws(LiteralError) -> Int {
      guard isDigit(0), isDigit(1) else { throw bad }
      let value = Int(bytes[position] - 48) * 10 + Int(bytes[position + 1] - 48)
      position += 2
      return value
    }

    mutating func reading() throws(LiteralError) -> Reading {
      while let c = current, Self.isSpace(c) { position += 1 }
      if current == UInt8(ascii: "-") || current == UInt8(ascii: "+") { position += 1 }
      guard remaining > 0 else { throw bad }
      var year: Int64 = 0
      while isDigit(0) {
        year = year &* 10 &+ Int64(bytes[position] - 48)
        position += 1
      }
      // NumPy looks at the first character of the whole string, before any blanks.
      if bytes.first == UInt8(ascii: "-") { year = 0 &- year }
      fields.year = year
      guard remaining > 0 else { return done(.Y) }
      guard current == UInt8(ascii: "-"), remaining > 1 else { throw bad }
      position += 1
      fields.month = try twoDigits()
      guard (1...12).contains(fields.month) else { throw bad }
      guard remaining > 0 else { return done(.M) }
      guard current == UInt8(ascii: "-"), remaining > 1 else { throw bad }
      position += 1
      fields.day = try twoDigits()
      let leap = DatetimeParser.isLeapYear(year)
      guard fields.day >= 1, fields.day <= DatetimeParser.daysIn(fields.month, leap: leap) else {
        throw bad
      }
      guard remaining > 0 else { return done(.D) }
      guard current == UInt8(ascii: "T") || current == UInt8(ascii: " ") else { throw bad }
      position += 1
      fields.hour = try twoDigits()
      guard fields.hour < 24 else { throw bad }
      guard current == UInt8(ascii: ":") else { return try timeZone(.h) }
      position += 1
      fields.minute = try twoDigits()
      guard fields.minute < 60 else { throw bad }
      guard current == UInt8(ascii: ":") else { return try timeZone(.m) }
      position += 1
      fields.second = try twoDigits()
      guard fields.second < 60 else { throw bad }
      guard current == UInt8(ascii: ".") else { return try timeZone(.s) }
      position += 1
      // Up to 18 digits of fraction, in three groups of six: micro, pico, atto.
      var groups = [0, 0, 0]
      var unit = TimeUnit.Base.ms
      let units: [(TimeUnit.Base, TimeUnit.Base)] = [(.ms, .us), (.ns, .ps), (.fs, .as)]
      for group in 0..<3 {
        var digits = 0
        for _ in 0..<6 {
          groups[group] *= 10
          if isDigit(0) {
            groups[group] += Int(bytes[position] - 48)
            position += 1
            digits += 1
          }
        }
        unit = digits > 3 ? units[group].1 : units[group].0
        if group < 2, !isDigit(0) { break }
      }
      (fields.microsecond, fields.picosecond, fields.attosecond) = (groups[0], groups[1], groups[2])
      return try timeZone(unit)
    }

    func done(_ unit: TimeUnit.Base, zone: Bool = false) -> Reading {
      Reading(fields: fields, unit: unit, hasTimeZone: zone)
    }

    /// After a time: the end, `Z`, or a `±hh[[:]mm]` offset, then blanks.
    mutating func timeZone(_ unit: TimeUnit.Base) throws(LiteralError) -> Reading {
      guard remaining > 0 else { return done(unit) }
      if current == UInt8(ascii: "Z") {
        position += 1
        if remaining == 0 { return done(unit, zone: true) }
      } else if current == UInt8(ascii: "-") || current == UInt8(ascii: "+") {
        let negative = current == UInt8(ascii: "-")
        position += 1
        var hours = try twoDigits()
        guard hours < 24 else { throw bad }
        var minutes = 0
        if remaining > 0 {
          if current == UInt8(ascii: ":") { position += 1 }
          minutes = try twoDigits()
          guard minutes < 60 else { throw bad }
        }
        if negative { (hours, minutes) = (-hours, -minutes) }
        addMinutes(-60 * hours - minutes)
      }
      while let c = current, Self.isSpace(c) { position += 1 }
      guard remaining == 0 else { throw bad }
      return done(unit, zone: true)
    }

    /// `add_minutes_to_datetimestruct`: moves the fields by a time zone offset.
    mutating func addMinutes(_ minutes: Int) {
      fields.minute += minutes
      fields.hour += Self.extract(&fields.minute, 60)
      fields.day += Self.extract(&fields.hour, 24)
      if fields.day < 1 {
        fields.month -= 1
        if fields.month < 1 {
          fields.year = fields.year &- 1
          fields.month = 12
        }
        fields.day += DatetimeParser.daysIn(
          fields.month, leap: DatetimeParser.isLeapYear(fields.year))
      } else if fields.day > 28 {
        let length = DatetimeParser.daysIn(
          fields.month, leap: DatetimeParser.isLeapYear(fields.year))
        if fields.day > length {
          fields.day -= length
          fields.month += 1
          if fields.month > 12 {
            fields.year = fields.year &+ 1
            fields.month = 1
          }
        }
      }
    }

    static func extract(_ value: inout Int, _ unit: Int) -> Int {
      var quotient = value / unit
      var remainder = value % unit
      if remainder < 0 {
        remainder += unit
        quotient -= 1
      }
      value = remainder
      return quotient
    }
  }

  static func isLeapYear(_ year: Int64) -> Bool {
    (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  static func daysIn(_ month: Int, leap: Bool) -> Int {
    switch month {
    case 2: return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// `get_datetimestruct_days`, wrapping as NumPy's C does.
  static func days(_ f: DatetimeFormatter.Fields) -> Int64 {
    var year = f.year &- 1970
    var days = year &* 365
    if days >= 0 {
      year = year &+ 1
      days = days &+ year / 4
      year = year &+ 68
      days = days &- year / 100
      year = year &+ 300
      days = days &+ year / 400
    } else {
      year = year &- 2
      days = days &+ year / 4
      year = year &- 28
      days = days &- year / 100
      days = days &+ year / 400
    }
    let leap = isLeapYear(f.year)
    for month in 1..<max(f.month, 1) { days = days &+ Int64(daysIn(month, leap: leap)) }
    return days &+ Int64(f.day - 1)
  }

  /// `convert_datetimestruct_to_datetime`: the fields counted in `unit`, wrapping on overflow.
  static func count(_ f: DatetimeFormatter.Fields, unit: TimeUnit) -> Int64 {
    if f.year == .min { return .min }
    var value: Int64
    switch unit.base {
    case .Y: value = f.year &- 1970
    case .M: value = 12 &* (f.year &- 1970) &+ Int64(f.month - 1)
    default:
      let d = days(f)
      let hours = d &* 24 &+ Int64(f.hour)
      let minutes = hours &* 60 &+ Int64(f.minute)
      let seconds = minutes &* 60 &+ Int64(f.second)
      let micro = seconds &* 1_000_000 &+ Int64(f.microsecond)
      let pico = micro &* 1_000_000 &+ Int64(f.picosecond)
      switch unit.base {
      case .W: value = d >= 0 ? d / 7 : (d &- 6) / 7
      case .D: value = d
      case .h: value = hours
      case .m: value = minutes
      case .s: value = seconds
      case .ms: value = seconds &* 1000 &+ Int64(f.microsecond / 1000)
      case .us: value = micro
      case .ns: value = micro &* 1000 &+ Int64(f.picosecond / 1000)
      case .ps: value = pico
      case .fs: value = pico &* 1000 &+ Int64(f.attosecond / 1000)
      default: value = pico &* 1_000_000 &+ Int64(f.attosecond)
      }
    }
    let multiplier = Int64(truncatingIfNeeded: unit.count)
    if multiplier > 1 {
      value = value >= 0 ? value / multiplier : (value &- multiplier &+ 1) / multiplier
    }
    return value
  }

  /// The timedelta64 count in `text`, as NumPy reads it: NaT in any case or the empty string,
  /// otherwise C's `strtol` over the whole text (leading blanks and a sign allowed; values past
  /// 64 bits saturate).
  public static func timedelta(_ text: String) -> Int64? {
    let bytes = Array(text.utf8)
    if bytes.isEmpty || (bytes.count == 3 && bytes.map({ $0 | 0x20 }) == Array("nat".utf8)) {
      return .min
    }
    var i = 0
    while i < bytes.count, Scanner.isSpace(bytes[i]) { i += 1 }
    var negative = false
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
      negative = bytes[i] == UInt8(ascii: "-")
      i += 1
    }
    let start = i
    var magnitude: UInt64 = 0
    var saturated = false
    while i < bytes.count, (48...57).contains(bytes[i]) {
      let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times.addingReportingOverflow(UInt64(bytes[i] - 48))
      if o1 || o2 { saturated = true } else { magnitude = sum }
      i += 1
    }
    guard i > start, i == bytes.count else { return nil }
    if negative {
      return saturated || magnitude > UInt64(Int64.max) + 1 ? .min : Int64(bitPattern: 0 &- magnitude)
    }
    return saturated || magnitude > UInt64(Int64.max) ? .max : Int64(magnitude)
  }
}
