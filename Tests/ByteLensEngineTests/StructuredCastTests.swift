import Testing

@testable import ByteLensEngine

/// `astype` to, from and between records and subarray dtypes, as numpy 2.4.6 gives them (each
/// checked with numpy), and the numpy scalars' own bytes.
@Suite struct StructuredCastTests {
  private func cast(_ literal: String, _ from: String, _ to: String) throws -> ArrayView {
    let a = try ArrayBuilder.array(literal, dtype: try DType.parse(from))
    return try a.converted(to: try DType.parse(to))
  }

  private func values(_ view: ArrayView) throws -> [Scalar] {
    try (0..<view.count).map { try view.scalar(at: view.ndim == 0 ? [] : [$0]) }
  }

  @Test func recordsConvertFieldByFieldByPosition() throws {
    // np.array([(1, 2.5)], 'i4,f8').astype([('f1','f4'),('f0','i2')]): names are ignored
    let b = try cast("[(1, 2.5)]", "i4,f8", "[('f1','f4'),('f0','i2')]")
    #expect(try values(b) == [.record([.float32(1), .int(2)])])
    let refused = try DType.parse("[('x','f4')]")
    #expect(throws: CastError.notSupported(try DType.parse("i4,f8"), to: refused)) {
      try cast("[(1, 2.5)]", "i4,f8", "[('x','f4')]")
    }
  }

  @Test func oneFieldRecordsConvertAsTheirField() throws {
    #expect(try values(cast("[(7,)]", "[('x','f4')]", "i2")) == [.int(7)])
    // a sizeless S from a record is as wide as the record: |S4 for an f4 field
    let text = try cast("[(1.5,)]", "[('x','f4')]", "S")
    #expect(try ArrayPrinter.repr(text) == "array([b'1.5'], dtype='|S4')")
    #expect(throws: CastError.notSupported(try DType.parse("i1,i1"), to: try DType.parse("i2"))) {
      try cast("[(1, 2)]", "i1,i1", "i2")
    }
  }

  @Test func sizelessVoidKeepsTheRecord() throws {
    let record = try DType.parse("i4,f8")
    #expect(try cast("[(1, 2.5)]", "i4,f8", "V").dtype == record)
    #expect(throws: CastError.notSupported(record, to: try DType.parse("V12"))) {
      try cast("[(1, 2.5)]", "i4,f8", "V12")
    }
  }

  @Test func aValueGoesIntoEveryField() throws {
    let b = try cast("[1.5, -2]", "f8", "[('a','i2'),('b',[('c','f4')])]")
    #expect(try values(b) == [.record([.int(1), .record([.float32(1.5)])]),
                             .record([.int(-2), .record([.float32(-2)])])])
  }

  @Test func subarraysBroadcastAsNumpyDoes() throws {
    // (2,) into (3,): the third element is zero; (2,) into (2, 1): the first repeats
    #expect(StructuredCast.broadcastSourceIndex(of: 2, sourceShape: [2], targetShape: [3]) == nil)
    #expect(StructuredCast.broadcastSourceIndex(of: 1, sourceShape: [2], targetShape: [3]) == 1)
    #expect(StructuredCast.broadcastSourceIndex(of: 1, sourceShape: [2], targetShape: [2, 1]) == 0)
    #expect(StructuredCast.broadcastSourceIndex(of: 1, sourceShape: [2], targetShape: [1, 2]) == 1)
    #expect(StructuredCast.broadcastSourceIndex(of: 3, sourceShape: [1], targetShape: [2, 2]) == 0)
    #expect(StructuredCast.broadcastSourceIndex(of: 0, sourceShape: [0], targetShape: [1]) == nil)
    let b = try cast("[([1, 2],)]", "[('v','i4',(2,))]", "[('v','f4',(3,))]")
    #expect(try values(b)
      == [.record([.subarray([.float32(1), .float32(2), .float32(0)], shape: [3])])])
  }

  @Test func genericTimeFields() throws {
    #expect(throws: CastError.specificToGenericUnits(
      try DType.parse("m8[s]"), to: try DType.parse("m8"))) {
      try cast("[(5,)]", "[('x','m8[s]')]", "m8")
    }
    #expect(throws: CastError.genericDatetime) { try cast("[5]", "i8", "[('x','M8')]") }
    #expect(try values(cast("[-9223372036854775808]", "i8", "[('x','M8')]"))
      == [.record([.datetime(.min, nil)])])
  }

  @Test func numpyScalarsHoldTheirOwnBytes() throws {
    // a[1] of '>u2' data is np.uint16(2): native bytes
    let big = try ArrayBuilder.array("[1, 2]", dtype: try DType.parse(">u2")).indexed([.integer(1)])
    let native = try big.numpyScalarElement()
    #expect(native.dtype == (try DType.parse("<u2")))
    #expect(try native.source.bytes(in: native.offset..<(native.offset + 2)) == [2, 0])
    // np.bytes_ drops trailing NULs; an empty one is |S0 to numpy
    let text = try ArrayBuilder.array("[b'7', b'']", dtype: try DType.parse("S3"))
    #expect(try text.indexed([.integer(0)]).numpyScalarElement().dtype.itemsize == 1)
    #expect(try text.indexed([.integer(1)]).numpyScalarDType().itemsize == 0)
    // np.True_ is one byte 1 whatever the byte was
    let bools = try ArrayBuilder.array("[5]", dtype: try DType.parse("u1"))
      .viewed(as: try DType.parse("?")).indexed([.integer(0)])
    let truth = try bools.numpyScalarElement()
    #expect(try truth.source.bytes(in: truth.offset..<(truth.offset + 1)) == [1])
    // a void scalar keeps its dtype, byte orders included
    let record = try ArrayBuilder.array("[(1, 2)]", dtype: try DType.parse(">i4,>i2"))
      .indexed([.integer(0)])
    #expect(try record.numpyScalarElement().dtype == record.dtype)
  }
}
