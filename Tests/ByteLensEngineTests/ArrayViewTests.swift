import TestSupport
import Testing
@testable import ByteLensEngine

/// Shapes and strides pinned from numpy 2.4.6 (the expression is beside each expectation).
@Suite struct ArrayViewTests {
  func counting(_ n: Int, as spelling: String) throws -> ArrayView {
    let source = MemoryByteSource((0..<n).map { UInt8(truncatingIfNeeded: $0) })
    return try ArrayView.frombuffer(source, dtype: try DType.parse(spelling))
  }

  @Test func viewChangesTheLastAxis() throws {
    // np.frombuffer(bytes(range(24)),'u1').reshape(4,6).view('<u2')
    let a = try counting(24, as: "u1").reshaped([4, 6]).viewed(as: try DType.parse("<u2"))
    #expect(a.shape == [4, 3] && a.strides == [6, 2])
    // .view('<i4') fails: 6 bytes per row
    let (u1, i4) = (try DType.parse("u1"), try DType.parse("<i4"))
    #expect(throws: ViewError.cannotView(u1, as: i4, .lastAxisDoesNotDivide(length: 6))) {
      try counting(24, as: "u1").reshaped([4, 6]).viewed(as: i4)
    }
  }

  @Test func fortranReshapeAndTobytes() throws {
    // b = np.frombuffer(bytes(range(24)),'<i4').reshape(2,3,order='F')
    let b = try counting(24, as: "<i4").reshaped([2, 3], order: .F)
    #expect(b.strides == [4, 8])
    #expect(try b.tobytes() == [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23])
    #expect(try b.tobytes(order: .F) == Array(0..<24))
    #expect(try b.tobytes(order: .A) == Array(0..<24))
    #expect(try b.tobytes(order: .K) == (try b.tobytes(order: .C)))
    #expect(try b.reshaped([3, 2]).strides == [8, 4])  // copies: b.reshape(3,2)
    #expect(try b.reshaped([3, 2], order: .F).strides == [4, 12])
    #expect(try b.transposed().reshaped([6]).strides == [4])
    #expect(try b.transposed().isCContiguous)
  }

  @Test func slicesAndTransposes() throws {
    // c = np.frombuffer(bytes(range(48)),'<i2').reshape(2,3,4)
    let c = try counting(48, as: "<i2").reshaped([2, 3, 4])
    #expect(c.strides == [24, 8, 2])
    let reversed = try c.indexed([.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: nil, step: -1), .slice(start: 1, stop: 3, step: nil)])
    #expect(reversed.strides == [24, -8, 2] && reversed.shape == [2, 3, 2] && reversed.offset == 18)
    #expect(try c.indexed([.ellipsis, .integer(1)]).strides == [24, 8])
    #expect(try c.indexed([.slice(start: 1, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)]).strides == [24, 16, 2])
    let d = try c.transposed([2, 0, 1])
    #expect(d.strides == [2, 24, 8])
    #expect(try d.reshaped([4, 6]).strides == [2, 8])
    #expect(try d.copied().strides == [12, 6, 2])
    #expect(try d.converted(to: .float32).strides == [4, 48, 16])  // astype keeps stride order
    #expect(try d.byteswapped().strides == [12, 6, 2])
    #expect(try c.copied(order: .F).byteswapped().strides == [2, 4, 12])
    let e = try c.indexed([.ellipsis, .slice(start: nil, stop: nil, step: 2)])
    #expect(try e.converted(to: .int64).strides == [48, 16, 8])
    #expect(try e.reshaped([12]).strides == [4])
  }

  @Test func unitAxesAndEmptySlices() throws {
    let f = try counting(24, as: "<i4")
    #expect(try f.reshaped([1, 6, 1]).reshaped([6]).strides == [4])
    #expect(try f.indexed([.slice(start: nil, stop: nil, step: 2)]).reshaped([3, 1]).strides == [8, 8])
    #expect(try f.reshaped([2, 1, 3]).indexed([.ellipsis, .slice(start: nil, stop: nil, step: 2)]).reshaped([2, 2]).strides == [12, 8])
    let c = try counting(48, as: "<i2").reshaped([2, 3, 4])
    #expect(try c.indexed([.slice(start: 5, stop: 2, step: nil)]).strides == [24, 8, 2])
    #expect(try c.indexed([.slice(start: 0, stop: 0, step: nil)]).reshaped([0, 4]).strides == [8, 2])
  }

  /// Each refusal of `view`, an index, a copy or a conversion says which, with its numbers.
  @Test func viewErrorsCarryTheirCause() throws {
    let u1 = try DType.parse("u1")
    let bytes = try counting(24, as: "u1")
    let s0 = try DType.parse("S0")
    #expect(throws: ViewError.cannotView(u1, as: s0, .zeroItemsize)) { try bytes.viewed(as: s0) }
    let pairs = try DType.parse("(2,)u2")
    #expect(throws: ViewError.cannotView(u1, as: pairs, .subarrayNeedsSameItemsize)) {
      try bytes.viewed(as: pairs)
    }
    let u2 = try DType.parse("<u2")
    #expect(throws: ViewError.cannotView(u1, as: u2, .zeroDimensional)) {
      try bytes.indexed([.integer(0)]).viewed(as: u2)
    }
    #expect(throws: ViewError.cannotView(u1, as: u2, .lastAxisNotContiguous(stride: 2))) {
      try bytes.indexed([.slice(start: nil, stop: nil, step: 2)]).viewed(as: u2)
    }
    let s3 = try DType.parse("S3")
    #expect(throws: ViewError.cannotView(s3, as: u2, .smallerItemsizeDoesNotDivide)) {
      try counting(24, as: "S3").viewed(as: u2)
    }
    #expect(throws: CastError.notANumber("\u{0}\u{1}\u{2}", .float64)) {
      try counting(24, as: "S3").converted(to: .float64)
    }
    #expect(throws: ViewError.copyTooLarge(bytes: AllocationBudget.bytes + 1, limit: 1 << 30)) {
      try bytes.checkCopySize(AllocationBudget.bytes + 1)
    }
    let a = try bytes.reshaped([2, 12])
    #expect(throws: ViewError.wrongIndexCount(1, shape: [2, 12])) { try a.scalar(at: [0]) }
    #expect(throws: ViewError.indexOutOfBounds(12, axis: 1, size: 12)) {
      try a.scalar(at: [0, 12])
    }
    #expect(throws: ViewError.indexOutOfBounds(-3, axis: 0, size: 2)) {
      try a.indexed([.integer(-3)])
    }
    #expect(throws: ViewError.tooManyIndices(3, ndim: 2)) {
      try a.indexed([.integer(0), .integer(0), .slice(start: nil, stop: nil, step: nil)])
    }
    #expect(throws: ViewError.multipleEllipses) { try a.indexed([.ellipsis, .ellipsis]) }
    #expect(throws: ViewError.zeroSliceStep) {
      try a.indexed([.slice(start: 0, stop: nil, step: 0)])
    }
    #expect(throws: ViewError.tooManyDimensions(65)) {
      try a.indexed(Array(repeating: .newAxis, count: 63))
    }
    #expect(throws: ViewError.bytesDoNotFitShape([2], dtype: .int16, needed: 4, count: 3)) {
      try ArrayView(bytes: [1, 2, 3], dtype: .int16, shape: [2])
    }
    #expect(throws: ViewError.negativeDimension(-1)) {
      try ArrayView(bytes: [], dtype: .int16, shape: [2, -1])
    }
    #expect(throws: ViewError.tooManyElements(shape: [Int.max, 2])) {
      try ArrayView(bytes: [], dtype: .uint8, shape: [Int.max, 2])
    }
  }

  @Test func reshapeErrorsNameTheNumbers() throws {
    let a = try counting(6, as: "u1")
    // The words ("cannot reshape 6 elements into (4, 2), which holds 8", hint
    // "6 = 2×3 = 1×6") are checked in ViewErrorTextTests.
    #expect(throws: ViewError.cannotReshape(count: 6, into: [4, 2], .holds(8))) {
      try a.reshaped([4, 2])
    }
    #expect(throws: ViewError.cannotReshape(count: 6, into: [4, -1], .notAMultiple(of: 4))) {
      try a.reshaped([4, -1])
    }
    #expect(throws: ViewError.cannotReshape(count: 6, into: [-1, -1], .twoUnknownDimensions)) {
      try a.reshaped([-1, -1])
    }
    let huge = [4_294_967_296, 4_294_967_296]
    #expect(throws: ViewError.cannotReshape(count: 6, into: huge, .sizeOverflows)) {
      try a.reshaped(huge)
    }
    #expect(throws: ViewError.cannotReshape(count: 6, into: [Int.max, 2, -1], .sizeOverflows)) {
      try a.reshaped([Int.max, 2, -1])
    }
    #expect(throws: ViewError.reshapeOrderNotPermitted(.K)) { try a.reshaped([6], order: .K) }
    #expect(throws: ViewError.tooManyDimensions(65)) {
      try a.reshaped(Array(repeating: 1, count: 64) + [6])
    }
  }

  @Test func frombufferChecksInNumPysOrder() throws {
    let source = MemoryByteSource(Array(repeating: 0, count: 10))
    let s0 = try DType.parse("S0")
    #expect(throws: ViewError.cannotRead(s0, .zeroItemsize)) {
      try ArrayView.frombuffer(source, dtype: s0)
    }
    #expect(throws: ViewError.cannotRead(.uint8, .offsetOutsideBuffer(offset: 11, length: 10))) {
      try ArrayView.frombuffer(source, dtype: .uint8, offset: 11)
    }
    #expect(throws: ViewError.cannotRead(.uint8, .offsetOutsideBuffer(offset: -1, length: 10))) {
      try ArrayView.frombuffer(source, dtype: .uint8, offset: -1)
    }
    #expect(throws: ViewError.cannotRead(.float64, .notWholeElements(bytes: 10))) {
      try ArrayView.frombuffer(source, dtype: .float64)
    }
    #expect(
      throws: ViewError.cannotRead(.float64, .tooFewBytes(count: 2, offset: 0, available: 10))
    ) { try ArrayView.frombuffer(source, dtype: .float64, count: 2) }
    #expect(
      throws: ViewError.cannotRead(
        .float64, .tooFewBytes(count: Int.max, offset: 0, available: 10))
    ) { try ArrayView.frombuffer(source, dtype: .float64, count: Int.max) }
    let one = try ArrayView.frombuffer(source, dtype: .float64, count: 1, offset: 1)
    #expect(one.shape == [1] && one.offset == 1)
    let sub = try ArrayView.frombuffer(MemoryByteSource(Array(repeating: 0, count: 8)), dtype: try DType.parse("(2,)u2"))
    #expect(sub.shape == [2, 2] && sub.strides == [4, 2] && sub.dtype == DType.scalar(.uint, itemsize: 2))
  }

  @Test func transposeErrors() throws {
    let a = try counting(6, as: "u1").reshaped([2, 3])
    #expect(throws: ViewError.axesDoNotMatch([0], ndim: 2)) { try a.transposed([0]) }
    #expect(throws: ViewError.repeatedAxis(0, axes: [0, 0])) { try a.transposed([0, 0]) }
    #expect(throws: ViewError.repeatedAxis(-2, axes: [0, -2])) { try a.transposed([0, -2]) }
    #expect(throws: ViewError.axisOutOfBounds(2, ndim: 2)) { try a.transposed([0, 2]) }
    #expect(throws: ViewError.axisOutOfBounds(-3, ndim: 2)) { try a.transposed([0, -3]) }
    #expect(try a.transposed([-1, 0]).shape == [3, 2])
  }

  @Test func byteorderAndByteswapOnTheSameBytes() throws {
    // np.array([1, 256, -2], '<i4'): byteswap() → [16777216, 65536, -16777217]
    let a = try ArrayBuilder.array("[1, 256, -2]", dtype: .int32)
    let swapped = try a.byteswapped()
    #expect(try (0..<3).map { try swapped.scalar(at: [$0]) } == [.int(16_777_216), .int(65_536), .int(-16_777_217)])
    let big = a.withByteOrder(.swap)
    #expect(big.dtype.str == ">i4")
    #expect(try big.scalar(at: [0]) == .int(16_777_216))
    let converted = try a.converted(to: try DType.parse(">i4"))
    #expect(try converted.scalar(at: [2]) == .int(-2))
    #expect(try converted.tobytes() == [0, 0, 0, 1, 0, 0, 1, 0, 0xFF, 0xFF, 0xFF, 0xFE])
  }

  @Test func fieldsAndRecords() throws {
    let dtype = try DType.parse("[('id','<i4'),('value','<f8'),('flag','?')]")
    let a = try ArrayBuilder.array("[(1, 2.5, True), (2, -1.0, False)]", dtype: dtype)
    #expect(a.nbytes == 26)
    let values = try a.field("value")
    #expect(values.strides == [13] && values.offset == 4)
    #expect(try values.scalar(at: [1]) == .float64(-1))
    let names = ["id", "value", "flag"]
    #expect(throws: ViewError.noSuchField("valeu", selecting: .field("valeu"), fields: names)) {
      try a.field("valeu")
    }
    #expect(throws: ViewError.noFields(values.dtype, selecting: .field("x"))) {
      try values.field("x")
    }
    #expect(throws: ViewError.noSuchField("x", selecting: .fields(["id", "x"]), fields: names)) {
      try a.indexed([.fields(["id", "x"])])
    }
    #expect(throws: ViewError.duplicateField("id")) { try a.fields(["id", "flag", "id"]) }
    #expect(throws: ViewError.noFields(values.dtype, selecting: .fields(["x"]))) {
      try values.fields(["x"])
    }
    #expect(throws: ViewError.fieldNotTheOnlyIndex) { try a.indexed([.field("id"), .integer(0)]) }
  }

  @Test func arrayLiteralsInferLikeNumPy() throws {
    #expect(try ArrayBuilder.array("[1, 2]").dtype == .int64)
    #expect(try ArrayBuilder.array("[1, 2.5]").dtype == .float64)
    #expect(try ArrayBuilder.array("[True, False]").dtype == .bool)
    #expect(try ArrayBuilder.array("[1+2j, 3]").dtype == .complex128)
    // -0.5j is (-0-0.5j) in Python; 1-2j keeps a positive real part.
    let complexes = try ArrayBuilder.array("[-0.5j, 1-2j, +2j]", dtype: try DType.parse("<c8"))
    #expect(try complexes.source.bytes(in: 0..<4) == [0, 0, 0, 0x80])
    #expect(try complexes.source.bytes(in: 8..<12) == [0, 0, 0x80, 0x3F])
    #expect(try complexes.source.bytes(in: 16..<20) == [0, 0, 0, 0])
    #expect(try ArrayBuilder.array("['ab', 'c']").dtype.str == "<U2")
    #expect(try ArrayBuilder.array("[[1, 2, 3], [4, 5, 6]]", order: .F).strides == [8, 16])
    #expect(throws: LiteralError.inhomogeneousShape([2], [1])) {
      try ArrayBuilder.array("[[1, 2], [3]]")
    }
    #expect(throws: LiteralError.notStorable(.integer("300"), as: .int8, .outOfBounds)) {
      try ArrayBuilder.array("[300]", dtype: .int8)
    }
    #expect(try ArrayBuilder.array("['2020-01-01', 'NaT']", dtype: try DType.parse("M8[D]")).scalar(at: [0]) == .datetime(18262, TimeUnit(.D)))
  }

  @Test func fileSourceReadsLazily() throws {
    let path = "/tmp/bytelens-test-\(UInt32.random(in: 0...UInt32.max)).bin"
    let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    #expect(FileWriter.write(bytes, to: path))
    defer { FileWriter.remove(path) }
    let file = try FileByteSource(path: path)
    #expect(file.count == 200_000)
    #expect(try file.bytes(in: 65_530..<65_540) == Array(bytes[65_530..<65_540]))  // spans two pages
    #expect(throws: SourceError.outOfRange(name: path, range: 199_999..<200_001, count: 200_000)) {
      try file.bytes(in: 199_999..<200_001)
    }
    #expect(
      throws: SourceError.cannotOpen(path: "/nonexistent/file", reason: "No such file or directory")
    ) { try FileByteSource(path: "/nonexistent/file") }
    #expect(throws: SourceError.isDirectory(path: "/tmp")) { try FileByteSource(path: "/tmp") }
  }
}
