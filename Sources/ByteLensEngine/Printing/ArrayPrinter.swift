/// NumPy's `str(a)` and `repr(a)` for arrays, byte for byte (NumPy 2.4, `arrayprint.py`).
///
/// Only the displayed elements are decoded: all of them, or for an array of more than
/// `threshold` elements the `edgeitems` first and last along each axis.
public enum ArrayPrinter {
  /// `str(a)`: `[1 2 3]`; a 0-d array prints its element's `str` (`repr` for bytes).
  /// - Throws: when an element cannot be read, or is a datetime64 in generic units other than NaT.
  public static func str(
    _ view: ArrayView, options: PrintOptions = PrintOptions()
  ) throws -> String {
    try str(shape: view.shape, dtype: view.dtype, options: options) { try view.scalar(at: $0) }
  }

  /// `repr(a)`: `array([1, 2, 3], dtype=int32)`, with `shape=(…)` when summarised or empty.
  /// - Throws: when an element cannot be read, or is a datetime64 in generic units other than NaT.
  public static func repr(
    _ view: ArrayView, options: PrintOptions = PrintOptions()
  ) throws -> String {
    try repr(shape: view.shape, dtype: view.dtype, options: options) { try view.scalar(at: $0) }
  }

  /// `str` of an array given as decoded elements in C order (a subarray value).
  static func str(
    elements: [Scalar], shape: [Int], dtype: DType, options: PrintOptions
  ) throws -> String {
    try str(shape: shape, dtype: dtype, options: options) { elements[flatIndex($0, shape)] }
  }

  /// `repr` of an array given as decoded elements in C order (a subarray value).
  static func repr(
    elements: [Scalar], shape: [Int], dtype: DType, options: PrintOptions
  ) throws -> String {
    try repr(shape: shape, dtype: dtype, options: options) { elements[flatIndex($0, shape)] }
  }

  private static func flatIndex(_ index: [Int], _ shape: [Int]) -> Int {
    zip(index, shape).reduce(0) { $0 * $1.1 + $1.0 }
  }

  static func str(
    shape: [Int], dtype: DType, options: PrintOptions, element: ([Int]) throws -> Scalar
  ) throws -> String {
    if shape.isEmpty {
      let value = try element([])
      if case .bytes = value {
        return try ScalarPrinter.reprText(value, dtype: dtype, options: options)
      }
      return try ScalarPrinter.strText(value, dtype: dtype, options: options)
    }
    return try arrayText(
      shape: shape, dtype: dtype, options: options, separator: " ", prefix: "", suffix: "",
      element: element)
  }

  static func repr(
    shape: [Int], dtype: DType, options: PrintOptions, element: ([Int]) throws -> Scalar
  ) throws -> String {
    let prefix = "array("
    let count = shape.reduce(1, *)
    let body = try arrayText(
      shape: shape, dtype: dtype, options: options, separator: ", ", prefix: prefix, suffix: ")",
      element: element)

    var extras: [String] = []
    // numpy 2.2 added shape= to summarised arrays (legacy '2.1' and before leave it out).
    if (count == 0 && shape != [0]) || (count > options.threshold && options.legacy > 210) {
      extras.append("shape=" + PythonRepr.tuple(shape))
    }
    if !dtypeIsImplied(dtype) || count == 0 {
      extras.append("dtype=" + shortDTypeText(dtype, legacy: options.legacy))
    }
    if extras.isEmpty { return prefix + body + ")" }

    let arrayPart = prefix + body + ","
    let extraPart = extras.joined(separator: ", ") + ")"
    let lastLine = arrayPart.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .last!
    let spacer =
      lastLine.count + extraPart.unicodeScalars.count + 1 > options.linewidth
      ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return arrayPart + spacer + extraPart
  }

  /// NumPy's `array2string`: `[]` when empty, else the nested layout.
  private static func arrayText(
    shape: [Int], dtype: DType, options: PrintOptions, separator: String, prefix: String,
    suffix: String, element: ([Int]) throws -> Scalar
  ) throws -> String {
    if shape.contains(0) { return "[]" }
    let count = shape.reduce(1, *)
    try AllocationBudget.checkElement(of: dtype)
    let displayed = try DisplayedElements(
      shape: shape, itemsize: dtype.itemsize, summarised: count > options.threshold,
      edgeItems: options.edgeitems,
      element: element)
    let formatter = try ElementFormatter.make(
      column: displayed.formatValues, dtype: dtype, zeroDimensional: shape.isEmpty,
      options: options)
    let layout = ArrayLayout(
      elements: displayed, formatter: formatter, separator: separator,
      // Every width of 0 or less wraps after each element; this keeps the arithmetic in range.
      lineWidth: max(options.linewidth, -1) - suffix.count,
      nextLinePrefix: " " + String(repeating: " ", count: prefix.count))
    return try layout.render()
  }

  /// NumPy's `dtype_is_implied`: native int64 (`long`), float64, complex128 and bool need no
  /// `dtype=`.
  static func dtypeIsImplied(_ dtype: DType) -> Bool {
    guard case .scalar = dtype.layout, dtype.isNative, !dtype.hasFields else { return false }
    switch (dtype.kind, dtype.itemsize) {
    case (.int, 8): return !dtype.isLongLong  // np.longlong is not np.int_
    case (.float, 8), (.complex, 16), (.bool, 1): return true
    default: return false
    }
  }

  /// NumPy's `dtype_short_repr`: `int32`, `'>i2'`, `'|S4'`, `'<U4'`, `'datetime64[D]'`, or the
  /// `str` of a structured dtype.
  static func shortDTypeText(_ dtype: DType, legacy: Int = PrintOptions.noLegacy) -> String {
    if dtype.hasFields { return dtype.description(compactDicts: legacy <= 121) }
    if [.bytes, .unicode, .void].contains(dtype.kind) || !dtype.isNative {
      return "'\(dtype.description)'"
    }
    let name = dtype.name
    let isIdentifier =
      name.first?.isLetter == true
      && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    return isIdentifier ? name : "'\(name)'"
  }
}
