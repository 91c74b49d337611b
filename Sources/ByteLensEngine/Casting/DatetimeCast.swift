/// NumPy's datetime64/timedelta64 unit conversions (`get_datetime_conversion_factor`, and for
/// datetimes in years or months the calendar): counts are floored, NaT stays NaT, and C's
/// wrapping arithmetic is kept where a count overflows.
enum DatetimeCast {
  static let notATime = Int64.min

  /// A datetime64 count in `from` units as a count in `to` units. A generic unit on either side
  /// keeps the count.
  static func datetime(_ value: Int64, from: TimeUnit?, to: TimeUnit?) -> Int64 {
    guard value != notATime, let from, let to else { return value }
    let calendar: Set<TimeUnit.Base> = [.Y, .M]
    guard calendar.contains(from.base) || calendar.contains(to.base) else {
      return linear(value, from: from, to: to)
    }
    // Through the calendar: the first day of the source's year or month, or the day a finer
    // source falls on, then the target's year, month, or count from that day.
    let days: Int64
    switch from.base {
    case .Y: days = daysFromCivil(year: 1970 &+ value &* Int64(from.count), month: 1)
    case .M:
      let months = value &* Int64(from.count)
      days = daysFromCivil(year: 1970 &+ floorDiv(months, 12), month: floorMod(months, 12) + 1)
    default: days = linear(value, from: from, to: TimeUnit(.D))
    }
    switch to.base {
    case .Y: return floorDiv(civil(days).year &- 1970, Int64(to.count))
    case .M:
      let (year, month) = civil(days)
      return floorDiv((year &- 1970) &* 12 &+ month &- 1, Int64(to.count))
    default:
      if calendar.contains(from.base) { return linear(days, from: TimeUnit(.D), to: to) }
      return linear(value, from: from, to: to)
    }
  }

  /// A timedelta64 count in `from` units as a count in `to` units; years and months are
  /// NumPy's averages (365.2425 days, a twelfth of that).
  static func timedelta(_ value: Int64, from: TimeUnit?, to: TimeUnit?) -> Int64 {
    guard value != notATime, let from, let to else { return value }
    return linear(value, from: from, to: to)
  }

  /// `value × num / denom`, floored, with NumPy's conversion factor between two units.
  static func linear(_ value: Int64, from: TimeUnit, to: TimeUnit) -> Int64 {
    let (num, denom) = factor(from: from, to: to)
    let scaled = value &* num
    return value < 0 ? (scaled &- (denom - 1)) / denom : scaled / denom
  }

  /// NumPy's `get_datetime_conversion_factor`, reduced.
  static func factor(from: TimeUnit, to: TimeUnit) -> (num: Int64, denom: Int64) {
    var num: Int64 = 1, denom: Int64 = 1
    let order = TimeUnit.Base.allCases
    let source = order.firstIndex(of: from.base)!, target = order.firstIndex(of: to.base)!
    if source < target {
      num = steps(from: source, to: target, calendarFactor: &denom)
    } else if source > target {
      denom = steps(from: target, to: source, calendarFactor: &num)
    }
    num = num &* Int64(from.count)
    denom = denom &* Int64(to.count)
    let divisor = gcd(num, denom)
    return (num / divisor, denom / divisor)
  }

  /// The product of the unit steps from index `coarse` to the finer `fine`; a year or month
  /// start goes to days through the average year, whose denominator goes to `calendarFactor`.
  private static func steps(from coarse: Int, to fine: Int, calendarFactor: inout Int64) -> Int64 {
    // Multipliers from each unit to the next finer one (W→D is 7; Y and M are special).
    let next: [Int64] = [1, 1, 7, 24, 60, 60, 1000, 1000, 1000, 1000, 1000, 1000, 1]
    var product: Int64 = 1
    var unit = coarse
    if unit == 0 {  // years
      if fine == 1 { return 12 }
      product = 97 + 400 * 365
      calendarFactor = 400
      unit = 3  // days
    } else if unit == 1 {  // months
      product = 97 + 400 * 365
      calendarFactor = 400 * 12
      unit = 3
    }
    if coarse <= 1 && fine == 2 {  // years or months to weeks
      calendarFactor *= 7
      return product
    }
    while unit < fine {
      product = product &* next[unit]
      unit += 1
    }
    return product
  }

  private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    var (x, y) = (a.magnitude, b.magnitude)
    while y != 0 { (x, y) = (y, x % y) }
    return x == 0 ? 1 : Int64(x)
  }

  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  static func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a &- floorDiv(a, b) &* b }

  /// Days since 1970-01-01 of the first day of a month (proleptic Gregorian).
  static func daysFromCivil(year: Int64, month: Int64) -> Int64 {
    let y = month <= 2 ? year &- 1 : year
    let era = floorDiv(y, 400)
    let yearOfEra = y &- era &* 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5
    let dayOfEra = yearOfEra &* 365 &+ yearOfEra / 4 &- yearOfEra / 100 &+ dayOfYear
    return era &* 146097 &+ dayOfEra &- 719468
  }

  /// The year and month (1–12) of a day counted from 1970-01-01.
  static func civil(_ days: Int64) -> (year: Int64, month: Int64) {
    let z = days &+ 719468
    let era = floorDiv(z, 146097)
    let dayOfEra = z &- era &* 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra &+ era &* 400 &+ (month <= 2 ? 1 : 0), month)
  }
}
