import Testing
@testable import ByteLensEngine

@Suite struct DTypeErrorTests {
  /// Spellings numpy 2.4.6 rejects (`np.dtype(x)` raises TypeError or ValueError).
  @Test(arguments: [
    "i3", "f3", "u16", "i16", "c4", "b2", "i0", "S-1", "<M4", "f8[2]", "Int32", "'<<i4'",
    "' i4'", "'i4 '", "i4,,f8", "d8", "h2", "?1", "F8", "q8", "int0", "bool8", "Float64",
    "(2)i4", ">(2)i4", "(2,3)", "M8[xs]", "M8[0s]", "datetime64[q]", "[('a','i4'),('a','f8')]",
    "[('a',)]", "[('a','i4',(-1,))]", "('i4',(2,-3))", "{'names':['a'],'formats':['i4','f8']}",
    "{'names':['a','b'],'formats':['i4','i4'],'offsets':[0,4],'itemsize':6}", "[", "{'names'",
    "i4,<i4>",
  ])
  func rejects(_ spelling: String) {
    #expect(throws: EngineError.self) { try DType.parse(spelling) }
  }

  @Test func suggestsNeighbouringSizes() throws {
    let error = try #require(throws: EngineError.self) { try DType.parse("f3") }
    #expect(error.message == "data type 'f3' not understood: there is no 3-byte float")
    #expect(error.hint == "did you mean '<f2' or '<f4'?")
  }

  @Test func suggestsTheRightCase() throws {
    let error = try #require(throws: EngineError.self) { try DType.parse("Float64") }
    #expect(error.hint == "did you mean 'float64'?")
  }

  @Test func namesTheRemovedAlias() throws {
    let error = try #require(throws: EngineError.self) { try DType.parse("int0") }
    #expect(error.message == "data type 'int0' was removed in NumPy 2.0")
  }

  @Test func inconsistentOrdersInACommaString() throws {
    let error = try #require(throws: EngineError.self) { try DType.parse(">2<i4,f8") }
    #expect(error.message == "inconsistent byte-order specification > and <")
  }

  @Test(arguments: ["O", "object", "[('a','O'),('b','i4')]", "(2,)O"])
  func objectDTypeIsRefusedForBytes(_ spelling: String) throws {
    let source = MemoryByteSource([UInt8](repeating: 0, count: 64))
    let dtype = try DType.parse(spelling)  // numpy accepts the dtype itself
    #expect(throws: EngineError.self) { try ArrayView.frombuffer(source, dtype: dtype) }
    let bytes = try ArrayView.frombuffer(source, dtype: .uint8)
    #expect(throws: EngineError.self) { try bytes.viewed(as: dtype) }
  }

  @Test func alignedDictLayout() throws {
    let dtype = try DType.parse("u1,f8,i2", aligned: true)
    #expect(dtype.fields.map(\.offset) == [0, 8, 16])
    #expect(dtype.itemsize == 24)
    #expect(try dtype.descr() == "[('f0', '|u1'), ('', '|V7'), ('f1', '<f8'), ('f2', '<i2'), ('', '|V6')]")
  }
}
