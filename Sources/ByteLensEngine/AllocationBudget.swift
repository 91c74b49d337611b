/// The most memory one allocation driven by input may take.
///
/// Every buffer whose size comes from the input — a copy, an array literal's bytes and
/// values, the elements a print decodes, the text of an export, a decompressed `.npz`
/// member — is measured against `bytes` before it is allocated, so hostile sizes give a
/// `BudgetError` (or the area's own error) instead of an allocation failure.
public enum AllocationBudget {
  /// 1 GiB.
  public static let bytes = 1 << 30

  /// What decoding and printing an element may take per byte of its itemsize: the decoded
  /// bytes, and a text in which one byte can become four characters (`\x00`) or a JSON
  /// escape of six (`\u0000`).
  public static let textBytesPerItemByte = 8

  /// Checks that one element of `dtype` can be decoded and printed within the budget.
  /// - Throws: `BudgetError.exceeded` with purpose `.element`.
  public static func checkElement(of dtype: DType) throws {
    try check(dtype.itemsize, of: textBytesPerItemByte, for: .element(dtype))
  }

  /// Checks `count` items of `size` bytes each against the budget.
  /// - Returns: the bytes they take.
  /// - Throws: `BudgetError.exceeded`, with the bytes (`Int.max` when the product overflows).
  @discardableResult
  public static func check(
    _ count: Int, of size: Int = 1, for purpose: BudgetError.Purpose
  ) throws -> Int {
    let (total, overflow) = count.multipliedReportingOverflow(by: max(size, 0))
    let bytes = overflow ? Int.max : total
    guard bytes <= AllocationBudget.bytes else {
      throw BudgetError.exceeded(purpose, bytes: bytes, limit: AllocationBudget.bytes)
    }
    return bytes
  }
}

/// An allocation refused by `AllocationBudget`.
///
/// Cases carry what was being built and how big it would be; the console words the message
/// and says what to do instead (`BudgetError+Text.swift`).
public enum BudgetError: Error, Equatable, Sendable {
  /// What would have been allocated.
  public enum Purpose: Equatable, Sendable {
    /// The bytes and values of an array literal of `elements` elements.
    case arrayLiteral(elements: Int)
    /// The decoded values of `elements` elements of an array print (no summarisation).
    case printedElements(elements: Int)
    /// The decoded values of `elements` elements that choose a summarised print's number
    /// format: with `edgeitems` 0 or less NumPy measures far more than it shows.
    case formatElements(elements: Int)
    /// One element of a dtype, decoded and printed.
    case element(DType)
    /// The JSON text of a view of `shape`.
    case jsonText(shape: [Int])
  }

  /// `bytes` (`Int.max` when it overflows) is more than `limit`.
  case exceeded(Purpose, bytes: Int, limit: Int)
}
