/// ISO 8601 text to datetime64 counts: `2020-01-01`, `2020-01-01T12:30:05.25`, `NaT`.
public enum DatetimeParser {
  /// The count of `unit`s since 1970-01-01T00:00 that `text` names.
  /// - Throws: `LiteralError.invalidDate` for malformed text, a generic unit, or text finer
  ///   than a year/month unit holds.
  public static func parse(_ text: String, unit: TimeUnit?) throws(LiteralError) -> Int64 {
    if text == "NaT" || text.isEmpty { return .min }
    guard let unit else {
      throw LiteralError.invalidDate(text, .needsUnit)
    }
    let parts = try components(text)
    let count = Int64(unit.count)
    let outOfRange = LiteralError.invalidDate(text, .outOfRange(unit))
    /// `a × b + c`, or `outOfRange` when a step overflows 64 bits.
    func multiplyAdd(_ a: Int64, _ b: Int64, _ c: Int64 = 0) throws(LiteralError) -> Int64 {
      let (product, overflow) = a.multipliedReportingOverflow(by: b)
      let (sum, carry) = product.addingReportingOverflow(c)
      guard !overflow, !carry else { throw outOfRange }
      return sum
    }
    let (years, overflow) = parts.year.subtractingReportingOverflow(1970)
    guard !overflow else { throw outOfRange }
    switch unit.base {
    case .Y:
      guard parts.precision <= 1 else { throw tooFine(text, unit) }
      return floorDivide(years, count)
    case .M:
      guard parts.precision <= 2 else { throw tooFine(text, unit) }
      return floorDivide(try multiplyAdd(years, 12, parts.month - 1), count)
    default:
      // Days from a year beyond ±10^16 would overflow inside the civil-date arithmetic.
      guard parts.year.magnitude <= 10_000_000_000_000_000 else { throw outOfRange }
      let days = daysFromCivil(parts.year, parts.month, parts.day)
      switch unit.base {
      case .W: return floorDivide(days, try multiplyAdd(7, count))
      case .D: return floorDivide(days, count)
      default: break
      }
      // Each unit from the one above, so that a count that fits is never lost to an overflow
      // of a finer intermediate.
      let hours = try multiplyAdd(days, 24, parts.hour)
      if unit.base == .h { return floorDivide(hours, count) }
      let minutes = try multiplyAdd(hours, 60, parts.minute)
      if unit.base == .m { return floorDivide(minutes, count) }
      let seconds = try multiplyAdd(minutes, 60, parts.second)
      let perSecond: Int64
      switch unit.base {
      case .s: perSecond = 1
      case .ms: perSecond = 1_000
      case .us: perSecond = 1_000_000
      case .ns: perSecond = 1_000_000_000
      default:
        throw LiteralError.invalidDate(text, .unitNotSupported(unit))
      }
      let fraction = parts.nanoseconds / (1_000_000_000 / perSecond)
      return floorDivide(try multiplyAdd(seconds, perSecond, fraction), count)
    }
  }

  private static func tooFine(_ text: String, _ unit: TimeUnit) -> LiteralError {
    .invalidDate(text, .morePreciseThanUnit(unit))
  }

  struct Components {
    var year: Int64 = 1970, month: Int64 = 1, day: Int64 = 1
    var hour: Int64 = 0, minute: Int64 = 0, second: Int64 = 0, nanoseconds: Int64 = 0
    /// 1 year, 2 month, 3 day, 4+ time.
    var precision = 1
  }

  static func components(_ text: String) throws(LiteralError) -> Components {
    let bad = LiteralError.invalidDate(text, .notISO)
    var result = Components()
    let chars = Array(text)
    var i = 0
    func number(_ width: Int) throws(LiteralError) -> Int64 {
      guard i + width <= chars.count else { throw bad }
      let digits = String(chars[i..<(i + width)])
      guard digits.allSatisfy(\.isNumber), let v = Int64(digits) else { throw bad }
      i += width
      return v
    }
    var sign: Int64 = 1
    if i < chars.count, chars[i] == "-" {
      sign = -1
      i += 1
    }
    var yearDigits = 0
    while i + yearDigits < chars.count, chars[i + yearDigits].isNumber { yearDigits += 1 }
    guard yearDigits >= 4 else { throw bad }
    result.year = sign * (try number(yearDigits))
    if i < chars.count {
      guard chars[i] == "-" else { throw bad }
      i += 1
      result.month = try number(2)
      result.precision = 2
      guard (1...12).contains(result.month) else { throw bad }
    }
    if i < chars.count {
      guard chars[i] == "-" else { throw bad }
      i += 1
      result.day = try number(2)
      result.precision = 3
      guard result.day >= 1 && result.day <= daysIn(result.year, result.month) else { throw bad }
    }
    if i < chars.count {
      guard chars[i] == "T" || chars[i] == " " else { throw bad }
      i += 1
      result.hour = try number(2)
      result.precision = 4
      if i < chars.count, chars[i] == ":" {
        i += 1
        result.minute = try number(2)
      }
      if i < chars.count, chars[i] == ":" {
        i += 1
        result.second = try number(2)
      }
      if i < chars.count, chars[i] == "." {
        i += 1
        var digits = 0
        while i < chars.count, chars[i].isNumber, digits < 9 {
          result.nanoseconds = result.nanoseconds * 10 + Int64(chars[i].wholeNumberValue!)
          digits += 1
          i += 1
        }
        for _ in digits..<9 { result.nanoseconds *= 10 }
      }
      if i < chars.count, chars[i] == "Z" { i += 1 }
      guard i == chars.count, result.hour < 24, result.minute < 60, result.second < 60 else { throw bad }
    }
    return result
  }

  static func daysIn(_ year: Int64, _ month: Int64) -> Int64 {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  public static func daysFromCivil(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }
}
