import Testing
@testable import ByteLensEngine

@Suite struct DTypeErrorTests {
  /// Spellings numpy 2.4.6 rejects (`np.dtype(x)` raises TypeError or ValueError), each with
  /// the cause bytelens gives.
  @Test(arguments: [
    ("i3", DTypeError.noSuchSize("i3", kind: .int, size: 3, nearest: ["<i2", "<i4"])),
    ("f3", .noSuchSize("f3", kind: .float, size: 3, nearest: ["<f2", "<f4"])),
    ("u16", .noSuchSize("u16", kind: .uint, size: 16, nearest: ["<u8"])),
    ("i16", .noSuchSize("i16", kind: .int, size: 16, nearest: ["<i8"])),
    ("c4", .noSuchSize("c4", kind: .complex, size: 4, nearest: ["<c8"])),
    ("b2", .noSuchSize("b2", kind: .bool, size: 2, nearest: ["|b1"])),
    ("i0", .noSuchSize("i0", kind: .int, size: 0, nearest: ["|i1"])),
    ("S-1", .notUnderstood("S-1", suggestion: nil)),
    ("<M4", .noSuchSize("<M4", kind: .datetime, size: 4, nearest: ["<M8"])),
    ("f8[2]", .notUnderstood("f8[2]", suggestion: nil)),
    ("Int32", .notUnderstood("Int32", suggestion: "int32")),
    ("'<<i4'", .notUnderstood("<<i4", suggestion: nil)),
    ("' i4'", .notUnderstood(" i4", suggestion: "i4")),
    ("'i4 '", .notUnderstood("i4 ", suggestion: "i4")),
    ("i4,,f8", .commaStringItemNotRecognized("i4,,f8", number: 2)),
    ("d8", .notUnderstood("d8", suggestion: "f8")),
    ("h2", .notUnderstood("h2", suggestion: nil)),
    ("?1", .notUnderstood("?1", suggestion: "u1")),
    ("F8", .notUnderstood("F8", suggestion: "f8")),
    ("q8", .notUnderstood("q8", suggestion: "f8")),
    ("int0", .removedAlias("int0")),
    ("bool8", .removedAlias("bool8")),
    ("Float64", .notUnderstood("Float64", suggestion: "float64")),
    ("(2)i4", .notUnderstood("(2)i4", suggestion: nil)),
    (">(2)i4", .notUnderstood(">(2)i4", suggestion: nil)),
    ("(2,3)", .notUnderstood("", suggestion: "a")),
    ("M8[xs]", .invalidTimeUnit("M8[xs]", .unknownUnit)),
    ("M8[0s]", .invalidTimeUnit("M8[0s]", .unknownUnit)),
    ("datetime64[q]", .invalidTimeUnit("datetime64[q]", .unknownUnit)),
    ("[('a','i4'),('a','f8')]", .duplicateFieldName("a")),
    ("[('a',)]", .invalidField(index: 0, .notATuple(.tuple([.string("a")])))),
    ("[('a','i4',(-1,))]", .invalidSubarrayShape(.negativeDimension(-1))),
    ("('i4',(2,-3))", .invalidSubarrayShape(.negativeDimension(-3))),
    ("{'names':['a','b'],'formats':['i4']}", .invalidDict(.countMismatch(names: 2, formats: 1))),
    (
      "{'names':['a','b'],'formats':['i4','i4'],'offsets':[0,4],'itemsize':6}",
      .invalidDict(.itemsizeTooSmall(6, needed: 8))
    ),
    ("[", .literal(.syntax(.unexpectedEnd, column: 2))),
    ("{'names'", .literal(.syntax(.expectedColon, column: 9))),
    ("i4,<i4>", .commaStringItemNotRecognized("i4,<i4>", number: 2)),
    ("", .missing),
    ("M8[s/0]", .invalidTimeUnit("M8[s/0]", .invalidDivisor)),
    ("M8[M/7]", .invalidTimeUnit("M8[M/7]", .inexactDivision(divisor: 7))),
    ("('i4', (2,), 3)", .tupleNotBaseAndShape(count: 3)),
    ("3", .notUnderstood("", suggestion: "a")),
    ("[('a', 3)]", .notADataType(.integer("3"))),
    ("[3]", .invalidField(index: 0, .notATuple(.integer("3")))),
    ("('i4', 'x')", .invalidSubarrayShape(.notAShape(.string("x")))),
    ("('i4', (2, 'x'))", .invalidSubarrayShape(.notADimension(.string("x")))),
    ("[(('t', 3), 'i4')]", .invalidField(index: 0, .titledNameNotAString)),
    ("[(3, 'i4')]", .invalidField(index: 0, .nameNotAString(.integer("3")))),
    ("[(('t', ''), 'i4')]", .invalidField(index: 0, .titleWithoutName(title: "t"))),
    ("[(('a', 'a'), 'i4')]", .duplicateTitle("a")),
    ("{3: ('i4', 0)}", .invalidDict(.keyNotAString(.integer("3")))),
    ("{'a': 'i4'}", .invalidDict(.invalidEntry)),
    ("{'names': ['a']}", .invalidDict(.missingNamesOrFormats)),
    ("{'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [0]}",
     .invalidDict(.offsetsNotOnePerName)),
    (
      "{'names': ['a'], 'formats': ['i4'], 'offsets': [-1]}",
      .invalidDict(.invalidOffset(.integer("-1")))
    ),
    ("{'names': ['a'], 'formats': ['i4'], 'titles': 3}", .invalidDict(.titlesNotOnePerName)),
    ("{'names': [3], 'formats': ['i4']}", .invalidDict(.nameNotAString(.integer("3")))),
    (
      "{'names': ['a'], 'formats': ['i4'], 'itemsize': -2}",
      .invalidDict(.invalidItemsize(.integer("-2")))
    ),
    (
      "{'names': ['a'], 'formats': ['i4'], 'itemsize': 2}",
      .invalidDict(.itemsizeTooSmall(2, needed: 4))
    ),
    (
      "{'names': ['a'], 'formats': ['i4'], 'offsets': [2], 'aligned': True}",
      .invalidDict(.misalignedOffset(2, field: "a", alignment: 4))
    ),
    (
      "{'names': ['a'], 'formats': ['i4'], 'offsets': [0], 'itemsize': 6, 'aligned': True}",
      .invalidDict(.misalignedItemsize(6, alignment: 4))
    ),
    ("S9999999999", .sizeTooLarge("S9999999999")),
    ("(4294967296,)i4", .invalidSubarrayShape(.tooLarge(itemsize: 17_179_869_184))),
    ("(3037000500,3037000500)i4", .sizeOverflows(3_037_000_500, 3_037_000_500)),
  ] as [(String, DTypeError)])
  func rejects(_ spelling: String, _ cause: DTypeError) {
    #expect(throws: cause) { try DType.parse(spelling) }
  }

  @Test func suggestsNeighbouringSizes() {
    #expect(throws: DTypeError.noSuchSize("f3", kind: .float, size: 3, nearest: ["<f2", "<f4"])) {
      try DType.parse("f3")
    }
    #expect(throws: DTypeError.noSuchSize(">u3", kind: .uint, size: 3, nearest: [">u2", ">u4"])) {
      try DType.parse(">u3")
    }
  }

  @Test func suggestsTheRightCase() {
    #expect(throws: DTypeError.notUnderstood("Float64", suggestion: "float64")) {
      try DType.parse("Float64")
    }
  }

  @Test func namesTheRemovedAlias() {
    #expect(throws: DTypeError.removedAlias("int0")) { try DType.parse("int0") }
  }

  @Test func inconsistentOrdersInACommaString() {
    #expect(throws: DTypeError.inconsistentByteOrder(">", "<")) { try DType.parse(">2<i4,f8") }
  }

  /// NumPy's `dtype.descr` refuses overlapping fields; so does ours, naming the field.
  @Test func noDescrForOverlappingFields() throws {
    let dtype = try DType.parse(
      "{'names': ['a', 'b'], 'formats': ['<i4', '<i4'], 'offsets': [0, 2]}")
    #expect(throws: DTypeError.descrUndefined(field: "b")) { try dtype.descr() }
  }

  /// Sizes and offsets that overflow `Int` are errors, not traps.
  @Test func overflowIsAnError() {
    #expect(throws: DTypeError.sizeOverflows(Int.max, 2)) { try checkedMultiply(Int.max, 2) }
    #expect(throws: DTypeError.offsetOverflows(Int.max, 1)) { try checkedAdd(Int.max, 1) }
  }

  @Test(arguments: ["O", "object", "[('a','O'),('b','i4')]", "(2,)O"])
  func objectDTypeIsRefusedForBytes(_ spelling: String) throws {
    let source = MemoryByteSource([UInt8](repeating: 0, count: 64))
    let dtype = try DType.parse(spelling)  // numpy accepts the dtype itself
    #expect(throws: ViewError.cannotRead(dtype, .holdsObjects)) {
      try ArrayView.frombuffer(source, dtype: dtype)
    }
    let bytes = try ArrayView.frombuffer(source, dtype: .uint8)
    #expect(throws: ViewError.cannotView(.uint8, as: dtype, .holdsObjects)) {
      try bytes.viewed(as: dtype)
    }
  }

  @Test func alignedDictLayout() throws {
    let dtype = try DType.parse("u1,f8,i2", aligned: true)
    #expect(dtype.fields.map(\.offset) == [0, 8, 16])
    #expect(dtype.itemsize == 24)
    #expect(try dtype.descr() == "[('f0', '|u1'), ('', '|V7'), ('f1', '<f8'), ('f2', '<i2'), ('', '|V6')]")
  }
}
