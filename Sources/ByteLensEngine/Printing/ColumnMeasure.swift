/// Chooses an `ElementFormatter` from a column's elements seen one at a time, so that a column
/// of any length is measured in no memory (`show all` streams through this).
///
/// Every element goes to `observe(_:pass:)` once with `.range`; when `needsWidthPass`, every
/// element goes again with `.widths` (a float column's notation depends on all its values, and
/// its widths on that notation). Then `formatter()` gives what `ElementFormatter.make` gives
/// for the whole column.
indirect enum ColumnMeasure {
  /// A formatter that depends on no element.
  case fixed(ElementFormatter)
  case integer(IntegerRange, sign: PrintOptions.Sign)
  case float(FloatColumn)
  case complex(real: FloatColumn, imaginary: FloatColumn)
  case datetime(TimeRange, unit: TimeUnit?)
  case timedelta(TimeRange)
  case structured([ColumnMeasure])
  case subarray(ColumnMeasure, threshold: Int, edgeItems: Int)

  enum Pass { case range, widths }

  /// - Throws: `PrintingError.unusablePrecision` for a float or complex column whose
  ///   precision NumPy refuses (see `FloatingFormat.Measure`).
  init(
    dtype: DType, zeroDimensional: Bool, options: PrintOptions,
    context: ElementFormatter.Context = .array
  ) throws(PrintingError) {
    switch dtype.layout {
    case .structured(let fields, _):
      var measures: [ColumnMeasure] = []
      for field in fields {
        if let (base, _) = ElementFormatter.flattenedSubarray(field.dtype) {
          measures.append(
            .subarray(
              try ColumnMeasure(
                dtype: base, zeroDimensional: false, options: options, context: context),
              threshold: options.threshold, edgeItems: options.edgeitems))
        } else {
          measures.append(
            try ColumnMeasure(
              dtype: field.dtype, zeroDimensional: zeroDimensional, options: options,
              context: context))
        }
      }
      self = .structured(measures)
      return
    case .subarray:
      let (base, _) = ElementFormatter.flattenedSubarray(dtype)!
      self = .subarray(
        try ColumnMeasure(
          dtype: base, zeroDimensional: false, options: options, context: context),
        threshold: options.threshold, edgeItems: options.edgeitems)
      return
    case .scalar:
      break
    }
    if let formatter = options.formatter, formatter.applies(to: dtype) {
      // numpy calls the function on every element: hex/oct/bin fail on what is not an integer.
      let isInteger = dtype.kind == .int || dtype.kind == .uint
      self = .fixed(
        isInteger ? .integerFunction(formatter.function) : .integerFunctionRefusing(dtype))
      return
    }
    switch dtype.kind {
    case .bool: self = .fixed(.bool(zeroDimensional: zeroDimensional))
    case .int, .uint:
      self = .integer(IntegerRange(), sign: options.sign)
    case .float:
      if context == .voidScalar {
        self = .fixed(options.legacy <= 202 ? .floatScalarTextLegacy : .floatScalarText)
      } else {
        self = .float(try FloatColumn(itemsize: dtype.itemsize, options: options))
      }
    case .complex:
      // The imaginary parts always carry their sign (`sign='+'`).
      let part = dtype.itemsize / 2
      self = .complex(
        real: try FloatColumn(itemsize: part, options: options),
        imaginary: try FloatColumn(itemsize: part, options: options, sign: .plus))
    case .datetime: self = .datetime(TimeRange(), unit: dtype.timeUnit)
    case .timedelta: self = .timedelta(TimeRange())
    case .bytes, .unicode: self = .fixed(.stringRepr)
    case .void, .object: self = .fixed(.voidHex)
    }
  }

  /// Whether the elements must be seen a second time, with `.widths`.
  var needsWidthPass: Bool {
    switch self {
    case .float, .complex: return true
    case .structured(let fields): return fields.contains { $0.needsWidthPass }
    case .subarray(let inner, _, _): return inner.needsWidthPass
    default: return false
    }
  }

  /// - Throws: `PrintingError.formattingResultTooLarge` when a float's digits pass NumPy's
  ///   buffer (`.widths` only).
  mutating func observe(_ scalar: Scalar, pass: Pass) throws(PrintingError) {
    switch self {
    case .fixed:
      return
    case .integer(var range, let sign):
      guard pass == .range else { return }
      range.observe(scalar)
      self = .integer(range, sign: sign)
    case .float(let column):
      try column.observe(FloatColumn.Value(scalar), pass: pass)
    case .complex(let real, let imaginary):
      guard let (r, i) = FloatColumn.Value.parts(of: scalar) else { return }
      try real.observe(r, pass: pass)
      try imaginary.observe(i, pass: pass)
    case .datetime(var range, let unit):
      guard pass == .range, case .datetime(let count, _) = scalar else { return }
      range.observe(count)
      self = .datetime(range, unit: unit)
    case .timedelta(var range):
      guard pass == .range, case .timedelta(let count, _) = scalar else { return }
      range.observe(count)
      self = .timedelta(range)
    case .structured(var fields):
      self = .fixed(.stringRepr)  // lets `fields` change in place
      for index in fields.indices {
        if case .record(let values) = scalar {
          try fields[index].observe(values[index], pass: pass)
        } else {
          try fields[index].observe(scalar, pass: pass)
        }
      }
      self = .structured(fields)
    case .subarray(var inner, let threshold, let edgeItems):
      self = .fixed(.stringRepr)  // lets `inner` change in place
      for element in ElementFormatter.subarrayElements(scalar) {
        try inner.observe(element, pass: pass)
      }
      self = .subarray(inner, threshold: threshold, edgeItems: edgeItems)
    }
  }

  /// The formatter for every element observed.
  /// - Throws: for datetimes NumPy cannot print.
  func formatter() throws -> ElementFormatter {
    switch self {
    case .fixed(let formatter):
      return formatter
    case .integer(let range, let sign):
      return range.formatter(sign: sign)
    case .float(let column):
      return .float(column.format)
    case .complex(let real, let imaginary):
      return .complex(real: real.format, imaginary: imaginary.format)
    case .datetime(let range, let unit):
      var width = 0
      if let largest = range.largest, let smallest = range.smallest {
        width = max(
          try DatetimeFormatter.iso(largest, unit: unit).count + 2,
          try DatetimeFormatter.iso(smallest, unit: unit).count + 2)
      }
      return .datetime(width: range.sawNaT ? max(width, 5) : width)
    case .timedelta(let range):
      var width = 0
      if let largest = range.largest, let smallest = range.smallest {
        width = max(String(largest).count, String(smallest).count)
      }
      return .timedelta(width: range.sawNaT ? max(width, 5) : width)
    case .structured(let fields):
      return .structured(try fields.map { try $0.formatter() })
    case .subarray(let inner, let threshold, let edgeItems):
      return .subarray(try inner.formatter(), threshold: threshold, edgeItems: edgeItems)
    }
  }

  /// The extremes of an integer column: right-aligned to the wider of their texts.
  struct IntegerRange {
    private var signedMax = Int64.min
    private var signedMin = Int64.max
    private var unsignedMax = UInt64.min
    private var unsignedMin = UInt64.max
    private var sawSigned = false
    private var sawUnsigned = false

    mutating func observe(_ scalar: Scalar) {
      switch scalar {
      case .int(let v): observe(v)
      case .uint(let v): observe(v)
      default: return
      }
    }

    mutating func observe(_ value: Int64) {
      sawSigned = true
      signedMax = max(signedMax, value)
      signedMin = min(signedMin, value)
    }

    mutating func observe(_ value: UInt64) {
      sawUnsigned = true
      unsignedMax = max(unsignedMax, value)
      unsignedMin = min(unsignedMin, value)
    }

    /// NumPy's `IntegerFormat`: the width of the largest value's text (plus its sign under
    /// `sign='+'`/`' '` when it is not negative) or the smallest's. `' '` turns into `'-'`
    /// when a value is negative.
    func formatter(sign: PrintOptions.Sign) -> ElementFormatter {
      var sign = sign
      var width = 0
      if sawSigned {
        if sign == .space && signedMin < 0 { sign = .minus }
        let maxWidth = String(signedMax).count + (signedMax >= 0 && sign != .minus ? 1 : 0)
        width = max(maxWidth, String(signedMin).count)
      }
      if sawUnsigned {
        let maxWidth = String(unsignedMax).count + (sign != .minus ? 1 : 0)
        width = max(width, maxWidth, String(unsignedMin).count)
      }
      return .integer(width: width, sign: sign)
    }
  }

  /// The extremes of a datetime or timedelta column, NaT aside.
  struct TimeRange {
    private(set) var largest: Int64?
    private(set) var smallest: Int64?
    private(set) var sawNaT = false

    mutating func observe(_ count: Int64) {
      guard count != DatetimeFormatter.notATime else {
        sawNaT = true
        return
      }
      largest = max(largest ?? count, count)
      smallest = min(smallest ?? count, count)
    }
  }
}

/// A float column's `FloatingFormat.Measure`, in the column's own float type. A class, so
/// that the measure (and its text buffers) changes in place inside a `ColumnMeasure`.
final class FloatColumn {
  private var half: FloatingFormat.Measure<Float16>?
  private var single: FloatingFormat.Measure<Float>?
  private var double: FloatingFormat.Measure<Double>?
  private var extended: FloatingFormat.Measure<Float80>?

  /// A float element, or one part of a complex one.
  enum Value {
    case half(Float16), single(Float), double(Double), extended(Float80), none

    init(_ scalar: Scalar) {
      switch scalar {
      case .float16(let x): self = .half(x)
      case .float32(let x): self = .single(x)
      case .float64(let x): self = .double(x)
      case .float80(let x): self = .extended(x)
      default: self = .none
      }
    }

    static func parts(of scalar: Scalar) -> (Value, Value)? {
      switch scalar {
      case .complex64(let r, let i): return (.single(r), .single(i))
      case .complex128(let r, let i): return (.double(r), .double(i))
      case .complex256(let r, let i): return (.extended(r), .extended(i))
      default: return nil
      }
    }
  }

  /// The measure for floats of `itemsize` bytes (`f2`, `f4`, `f8`; `f16` and any other size
  /// as the x87 extended type); `sign` overrides the option's.
  /// - Throws: `PrintingError.unusablePrecision` as `FloatingFormat.Measure`.
  init(
    itemsize: Int, options: PrintOptions, sign: PrintOptions.Sign? = nil
  ) throws(PrintingError) {
    switch itemsize {
    case 2: half = try .init(options: options, sign: sign)
    case 4: single = try .init(options: options, sign: sign)
    case 8: double = try .init(options: options, sign: sign)
    default: extended = try .init(options: options, sign: sign)
    }
  }

  func observe(_ value: Value, pass: ColumnMeasure.Pass) throws(PrintingError) {
    switch value {
    case .half(let x):
      if pass == .range { half?.observeRange(x) } else { try half?.observeWidth(x) }
    case .single(let x):
      if pass == .range { single?.observeRange(x) } else { try single?.observeWidth(x) }
    case .double(let x):
      if pass == .range { double?.observeRange(x) } else { try double?.observeWidth(x) }
    case .extended(let x):
      if pass == .range { extended?.observeRange(x) } else { try extended?.observeWidth(x) }
    case .none: return
    }
  }

  var format: FloatingFormat {
    half?.format ?? single?.format ?? double?.format ?? extended!.format
  }
}
