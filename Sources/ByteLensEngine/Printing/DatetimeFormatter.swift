/// datetime64 values as NumPy 2.4 writes them: ISO 8601 text cut at the unit's precision
/// (`NpyDatetime_ConvertDatetime64ToDatetimeStruct` and `NpyDatetime_MakeISO8601Datetime`).
///
/// Years print with at least four digits (`0000`, `-001`, `25630`); weeks print as days. The
/// arithmetic wraps on overflow exactly as NumPy's C code does, so extreme values match too.
enum DatetimeFormatter {
  static let notATime = Int64.min

  /// The broken-down date and time (`npy_datetimestruct`).
  struct Fields: Equatable {
    var year: Int64 = 1970
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var microsecond = 0
    var picosecond = 0
    var attosecond = 0
  }

  /// ISO text of `count` units of `unit` since the epoch (`nil` unit: generic), as
  /// `str(np.datetime64)` and array printing write it. `NaT` for `Int64.min` (a value whose
  /// scaling by the multiplier wraps onto `Int64.min` is not NaT, as in NumPy).
  /// - Throws: `PrintingError.genericDatetimeValue` for a value other than NaT in generic
  ///   units, which NumPy refuses to convert.
  static func iso(_ count: Int64, unit: TimeUnit?) throws(PrintingError) -> String {
    if count == notATime { return "NaT" }
    guard let unit else { throw PrintingError.genericDatetimeValue(count) }
    let fields = Self.fields(count &* Int64(unit.count), base: unit.base)
    return text(fields, base: unit.base)
  }

  /// Python's `divmod` on integers: `value` becomes the non-negative remainder.
  private static func extract(_ value: inout Int64, _ unit: Int64) -> Int64 {
    var quotient = value / unit
    var remainder = value % unit
    if remainder < 0 {
      remainder += unit
      quotient -= 1
    }
    value = remainder
    return quotient
  }

  static func fields(_ value: Int64, base: TimeUnit.Base) -> Fields {
    var out = Fields()
    var dt = value
    let thousand: Int64 = 1000
    switch base {
    case .Y:
      out.year = 1970 &+ dt
    case .M:
      out.year = 1970 &+ extract(&dt, 12)
      out.month = Int(dt) + 1
    case .W:
      setDays(dt &* 7, &out)
    case .D:
      setDays(dt, &out)
    case .h:
      setDays(extract(&dt, 24), &out)
      out.hour = Int(dt)
    case .m:
      setDays(extract(&dt, 60 * 24), &out)
      out.hour = Int(extract(&dt, 60))
      out.minute = Int(dt)
    case .s:
      setDays(extract(&dt, 60 * 60 * 24), &out)
      out.hour = Int(extract(&dt, 60 * 60))
      out.minute = Int(extract(&dt, 60))
      out.second = Int(dt)
    case .ms:
      setDays(extract(&dt, thousand * 60 * 60 * 24), &out)
      out.hour = Int(extract(&dt, thousand * 60 * 60))
      out.minute = Int(extract(&dt, thousand * 60))
      out.second = Int(extract(&dt, thousand))
      out.microsecond = Int(dt * 1000)
    case .us:
      let perSecond = thousand * thousand
      setDays(extract(&dt, perSecond * 60 * 60 * 24), &out)
      out.hour = Int(extract(&dt, perSecond * 60 * 60))
      out.minute = Int(extract(&dt, perSecond * 60))
      out.second = Int(extract(&dt, perSecond))
      out.microsecond = Int(dt)
    case .ns:
      let perSecond = thousand * thousand * thousand
      setDays(extract(&dt, perSecond * 60 * 60 * 24), &out)
      out.hour = Int(extract(&dt, perSecond * 60 * 60))
      out.minute = Int(extract(&dt, perSecond * 60))
      out.second = Int(extract(&dt, perSecond))
      out.microsecond = Int(extract(&dt, thousand))
      out.picosecond = Int(dt * 1000)
    case .ps:
      let perSecond = thousand * thousand * thousand * thousand
      setDays(extract(&dt, perSecond * 60 * 60 * 24), &out)
      out.hour = Int(extract(&dt, perSecond * 60 * 60))
      out.minute = Int(extract(&dt, perSecond * 60))
      out.second = Int(extract(&dt, perSecond))
      out.microsecond = Int(extract(&dt, thousand * thousand))
      out.picosecond = Int(dt)
    case .fs:
      // The whole range is only ±2.6 hours around the epoch.
      let perSecond = thousand * thousand * thousand * thousand * thousand
      out.hour = Int(extract(&dt, perSecond * 60 * 60))
      if out.hour < 0 {
        out.year = 1969
        out.month = 12
        out.day = 31
        out.hour += 24
      }
      out.minute = Int(extract(&dt, perSecond * 60))
      out.second = Int(extract(&dt, perSecond))
      out.microsecond = Int(extract(&dt, thousand * thousand * thousand))
      out.picosecond = Int(extract(&dt, thousand))
      out.attosecond = Int(dt * 1000)
    case .as:
      // The whole range is only ±9.2 seconds around the epoch.
      let perSecond = thousand * thousand * thousand * thousand * thousand * thousand
      out.second = Int(extract(&dt, perSecond))
      if out.second < 0 {
        out.year = 1969
        out.month = 12
        out.day = 31
        out.hour = 23
        out.minute = 59
        out.second += 60
      }
      out.microsecond = Int(extract(&dt, thousand * thousand * thousand * thousand))
      out.picosecond = Int(extract(&dt, thousand * thousand))
      out.attosecond = Int(dt)
    }
    return out
  }

  private static let daysPerMonth: [[Int64]] = [
    [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  ]

  private static func isLeapYear(_ year: Int64) -> Bool {
    year & 3 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// NumPy 2.4's `days_to_yearsdays`: the year, and `days` becomes the day within it.
  private static func yearAndDay(_ days: inout Int64) -> Int64 {
    let daysPer400Years: Int64 = 400 * 365 + 100 - 4 + 1
    var d = days &- (365 * 30 + 7)  // relative to 2000, a multiple of 400 years
    var year = 400 &* extract(&d, daysPer400Years)
    if d >= 366 {
      year &+= 100 * ((d - 1) / (100 * 365 + 25 - 1))
      d = (d - 1) % (100 * 365 + 25 - 1)
      if d >= 365 {
        year &+= 4 * ((d + 1) / (4 * 365 + 1))
        d = (d + 1) % (4 * 365 + 1)
        if d >= 366 {
          year &+= (d - 1) / 365
          d = (d - 1) % 365
        }
      }
    }
    days = d
    return year &+ 2000
  }

  private static func setDays(_ days: Int64, _ out: inout Fields) {
    var d = days
    out.year = yearAndDay(&d)
    let lengths = daysPerMonth[isLeapYear(out.year) ? 1 : 0]
    for (i, length) in lengths.enumerated() {
      if d < length {
        out.month = i + 1
        out.day = Int(d) + 1
        return
      }
      d -= length
    }
  }

  /// `NpyDatetime_MakeISO8601Datetime` without time zones, cut at `base`.
  static func text(_ f: Fields, base: TimeUnit.Base) -> String {
    var out = yearText(f.year)
    if base == .Y { return out }
    out += "-" + twoDigits(f.month)
    if base == .M { return out }
    out += "-" + twoDigits(f.day)
    if base == .D || base == .W { return out }
    out += "T" + twoDigits(f.hour)
    if base == .h { return out }
    out += ":" + twoDigits(f.minute)
    if base == .m { return out }
    out += ":" + twoDigits(f.second)
    if base == .s { return out }
    out += "." + digits(f.microsecond / 1000, 3)
    if base == .ms { return out }
    out += digits(f.microsecond, 3)
    if base == .us { return out }
    out += digits(f.picosecond / 1000, 3)
    if base == .ns { return out }
    out += digits(f.picosecond, 3)
    if base == .ps { return out }
    out += digits(f.attosecond / 1000, 3)
    if base == .fs { return out }
    return out + digits(f.attosecond, 3)
  }

  /// C's `%04lld`: zero-padded to four characters, the sign counting as one.
  private static func yearText(_ year: Int64) -> String {
    let magnitude = String(year.magnitude)
    let sign = year < 0 ? "-" : ""
    let padding = max(0, 4 - sign.count - magnitude.count)
    return sign + String(repeating: "0", count: padding) + magnitude
  }

  private static func twoDigits(_ value: Int) -> String {
    // NumPy writes each digit with `/ 10` and `% 10` arithmetic; fields are always in range.
    String(UnicodeScalar(UInt8(48 + value / 10))) + String(UnicodeScalar(UInt8(48 + value % 10)))
  }

  /// The last three decimal digits of `value`, zero-padded (NumPy's per-digit `% 10`).
  private static func digits(_ value: Int, _ count: Int) -> String {
    var text = ""
    var divisor = 1
    for _ in 1..<count { divisor *= 10 }
    while divisor >= 1 {
      text.append(Character(UnicodeScalar(UInt8(48 + (value / divisor) % 10))))
      divisor /= 10
    }
    return text
  }
}
