import Testing
@testable import ByteLensEngine

/// NumPy's size rule at view construction, pinned from numpy 2.4.6 (the expression beside each
/// expectation), and the allocation budget.
@Suite struct ArrayViewSizeTests {
  let u1 = try! DType.parse("u1")
  let u2 = try! DType.parse("<u2")

  @Test func emptyShapesWhoseNonzeroDimensionsOverflowAreRefused() throws {
    // np.zeros(0,'u1').reshape(0, 2**32, 2**32): ValueError: array is too big
    let empty = try ArrayView(bytes: [], dtype: u1, shape: [0])
    #expect(throws: ViewError.arrayTooBig(shape: [0, 1 << 32, 1 << 32], itemsize: 1)) {
      try empty.reshaped([0, 1 << 32, 1 << 32])
    }
    // np.empty((0, 2**62), 'u2'): too big; np.empty((0, 2**61), 'u2') is fine
    #expect(throws: ViewError.arrayTooBig(shape: [0, 1 << 62], itemsize: 2)) {
      try ArrayView(bytes: [], dtype: u2, shape: [0, 1 << 62])
    }
    let fits = try ArrayView(bytes: [], dtype: u2, shape: [0, 1 << 61])
    #expect(fits.strides == [0, 0] && fits.count == 0 && fits.nbytes == 0)
    // np.empty((0, 2**63 - 1), 'u1') is fine
    _ = try ArrayView(bytes: [], dtype: u1, shape: [0, Int.max])
  }

  @Test func emptyShapesThatFitKeepNumpysStrides() throws {
    // np.zeros(0,'u1').reshape(0, 2**31, 2**31).strides == (2**62, 2**31, 1)
    let a = try ArrayView(bytes: [], dtype: u1, shape: [0]).reshaped([0, 1 << 31, 1 << 31])
    #expect(a.strides == [1 << 62, 1 << 31, 1])
    // .T: shape (2**31, 2**31, 0), count 0 whatever the order of the product
    let t = try a.transposed()
    #expect(t.shape == [1 << 31, 1 << 31, 0] && t.count == 0 && t.nbytes == 0)
    #expect(try t.copied(order: .F).shape == [1 << 31, 1 << 31, 0])
    #expect(try t.tobytes() == [])
  }

  @Test func budgetRefusesBeforeAllocating() throws {
    // 3 elements of '<U536870911' (2147483644 bytes each)
    let text = try DType.parse("U536870911")
    #expect(
      throws: BudgetError.exceeded(
        .arrayLiteral(elements: 3), bytes: 3 * 2_147_483_644, limit: AllocationBudget.bytes)
    ) { try ArrayBuilder.array("[1, 2, 3]", dtype: text) }
    // 'U536870912' is past numpy's C-int itemsize, as 'data type not understood' in numpy
    #expect(throws: DTypeError.self) { try DType.parse("U536870912") }
    let rows = try ArrayView(bytes: [], dtype: u1, shape: [1_000_000_000, 0])
    #expect(
      throws: BudgetError.exceeded(
        .jsonText(shape: [1_000_000_000, 0]), bytes: 4_000_000_000, limit: AllocationBudget.bytes)
    ) { try JSONExport.text(rows) }
    #expect(try JSONExport.text(try ArrayView(bytes: [], dtype: u1, shape: [2, 0])) == "[[], []]")
  }

  @Test func unsummarisedPrintsAreBudgeted() throws {
    let source = MemoryByteSource([UInt8](repeating: 0, count: 20_000_000))
    let view = try ArrayView.frombuffer(source, dtype: u1)
    var options = PrintOptions()
    options.threshold = Int.max
    #expect(
      throws: BudgetError.exceeded(
        .printedElements(elements: 20_000_000), bytes: 20_000_000 * 72,
        limit: AllocationBudget.bytes)
    ) { try ArrayPrinter.str(view, options: options) }
  }
}
