import TestSupport
import Testing

@testable import ByteLensEngine

/// `.npy` headers written byte for byte as numpy 2.4.6's `np.save` writes them (the hex is
/// `np.save` output up to the data), read back with every error `np.load` detects.
@Suite struct NPYTests {
  static func hex(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(index, offsetBy: 2)
      bytes.append(UInt8(text[index..<next], radix: 16)!)
      index = next
    }
    return bytes
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var dtype: String
    var aligned = false
    var shape: [Int]
    var fortran: Bool
    var header: String
    var testDescription: String { "\(dtype) \(shape)" }
  }

  // Generated with np.save(io.BytesIO(), a) for the arrays named by dtype and shape.
  static let cases: [Case] = [
    Case(
      dtype: "<f8", shape: [2, 3], fortran: true,
      header: "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a20547275652c20277368617065273a2028322c2033292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a"),
    Case(
      dtype: "u1", shape: [], fortran: false,
      header: "934e554d5059010076007b276465736372273a20277c7531272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a"),
    Case(
      dtype: "[('a','u1'),('b','<f8')]", aligned: true, shape: [3], fortran: false,
      header: "934e554d5059010076007b276465736372273a205b282761272c20277c753127292c202827272c20277c563727292c20282762272c20273c663827295d2c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028332c292c207d2020202020202020202020202020202020202020202020200a"),
    Case(
      dtype: "[(('t','a'),'<i4',(2,)),('n',[('x','>f4')])]", shape: [3], fortran: false,
      header: "934e554d50590100b6007b276465736372273a205b28282774272c20276127292c20273c6934272c2028322c29292c2028276e272c205b282778272c20273e663427295d295d2c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028332c292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a"),
    Case(
      dtype: ">i2", shape: [0, 4], fortran: false,
      header: "934e554d5059010076007b276465736372273a20273e6932272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028302c2034292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a"),
    Case(
      dtype: "[('é','<i2'),('ж','u1')]", shape: [2], fortran: false,
      header: "934e554d50590300740000007b276465736372273a205b2827c3a9272c20273c693227292c202827d0b6272c20277c753127295d2c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020200a"),
  ]

  @Test(arguments: cases)
  func writesNumpysHeader(_ c: Case) throws {
    let dtype = try DType.parse(c.dtype, aligned: c.aligned)
    let bytes = try NPYHeader.encode(dtype: dtype, shape: c.shape, fortranOrder: c.fortran)
    #expect(bytes == Self.hex(c.header))
    #expect(bytes.count % 64 == 0)
  }

  @Test(arguments: cases)
  func readsItBack(_ c: Case) throws {
    let dtype = try DType.parse(c.dtype, aligned: c.aligned)
    let header = Self.hex(c.header)
    let count = c.shape.reduce(1, *)
    let data = (0..<(count * dtype.itemsize)).map { UInt8(truncatingIfNeeded: $0) }
    let (read, view) = try NPYFile.open(MemoryByteSource(header + data, name: "a.npy"))
    #expect(read.shape == c.shape)
    #expect(read.fortranOrder == c.fortran)
    #expect(read.dataOffset == header.count)
    // np.load gives an equal dtype: same fields at the same offsets, padding entries dropped.
    #expect(read.dtype.itemsize == dtype.itemsize)
    #expect(read.dtype.fields.map(\.name) == dtype.fields.map(\.name))
    #expect(read.dtype.fields.map(\.offset) == dtype.fields.map(\.offset))
    #expect(try view.tobytes(order: c.fortran ? .F : .C) == data)
  }

  @Test func fortranOrderGivesFortranStrides() throws {
    let header = try NPYHeader.encode(dtype: .int32, shape: [2, 3], fortranOrder: true)
    let (_, view) = try NPYFile.open(MemoryByteSource(header + [UInt8](repeating: 0, count: 24)))
    #expect(view.shape == [2, 3])
    #expect(view.strides == [4, 8])  // np.load(...).strides
    #expect(view.offset == 128)
  }

  @Test func alignedDescrLoadsAsNumpyDoes() throws {
    // descr_to_dtype drops ('', '|V7') and keeps the offsets: 'b' at 8, itemsize 16.
    let (dtype, _, _) = try NPYHeader.parse(
      "{'descr': [('a', '|u1'), ('', '|V7'), ('b', '<f8')], 'fortran_order': False, 'shape': (3,), }")
    #expect(dtype.fields.map(\.offset) == [0, 8])
    #expect(dtype.itemsize == 16)
    #expect(
      dtype.repr
        == "dtype({'names': ['a', 'b'], 'formats': ['u1', '<f8'], 'offsets': [0, 8], 'itemsize': 16})")
  }

  @Test func python2LongsAreAccepted() throws {
    let (_, _, shape) = try NPYHeader.parse(
      "{'descr': '<i4', 'fortran_order': False, 'shape': (3L, 4L), }")
    #expect(shape == [3, 4])
  }

  /// numpy reads the header with `ast.literal_eval`, which takes literals only: a bare word
  /// (`se`, `nan`, `np.int32`, `-inf`) is "malformed node or string" there, and a syntax error
  /// at the word here — never read as something else.
  @Test(arguments: [
    ("{'descr': '<i4', 'fortran_order': False, 'shape': se, }", "se", 51),
    ("{'descr': '<i4', 'fortran_order': False, 'shape': (4,), 'x': nan}", "nan", 62),
    ("{'descr': np.int32, 'fortran_order': False, 'shape': (4,), }", "np.int32", 11),
    ("{'descr': [('a', '<f8', (-inf,))], 'fortran_order': False, 'shape': (4,)}", "inf", 27),
    ("{'descr': '<i4', 'fortran_order': false, 'shape': (4,), }", "false", 35),
  ] as [(String, String, Int)])
  func namesAreNotLiterals(_ header: String, _ word: String, _ column: Int) {
    #expect(
      throws: NPYError.notALiteral(header: header, .syntax(.nameNotALiteral(word), column: column))
    ) {
      try NPYHeader.parse(header)
    }
  }

  @Test func literalsNumpyTakesStillParse() throws {
    // Signs, other bases and underscores are literals to `ast.literal_eval`.
    let (_, fortran, shape) = try NPYHeader.parse(
      "{'descr': '<i4', 'fortran_order': False, 'shape': (+4, 0x2, 1_0), }")
    #expect(!fortran && shape == [4, 2, 10])
  }

  /// Opens `bytes` as `x.npy`, which must fail with `error`.
  func expectLoadError(
    _ bytes: [UInt8], _ error: NPYError, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(throws: error, sourceLocation: sourceLocation) {
      try NPYFile.open(MemoryByteSource(bytes, name: "x.npy"))
    }
  }

  func file(_ header: String, version: UInt8 = 1, data: Int = 0) -> [UInt8] {
    var text = Array(header.utf8)
    let total = ((10 + text.count + 1 + 63) / 64) * 64
    text += [UInt8](repeating: 0x20, count: total - 10 - text.count - 1) + [0x0A]
    return NPYHeader.magic + [version, 0, UInt8(text.count & 0xFF), UInt8(text.count >> 8)] + text
      + [UInt8](repeating: 0, count: data)
  }

  /// Every problem numpy detects in a `.npy` file is its own case, with the numbers (the
  /// words are checked in the console's `NPYErrorTextTests`).
  @Test func everyLoadErrorHasItsCause() throws {
    expectLoadError([1, 2, 3], .tooShort(name: "x.npy", count: 3))
    expectLoadError(
      Array("PK\u{3}\u{4}abcdefgh".utf8),
      .notNPY(name: "x.npy", prefix: Array("PK\u{3}\u{4}ab".utf8)))
    expectLoadError(
      NPYHeader.magic + [4, 0, 0, 0], .unsupportedVersion(name: "x.npy", major: 4, minor: 0))
    expectLoadError(
      NPYHeader.magic + [2, 0, 0, 0],
      .endsInHeaderLength(name: "x.npy", count: 10, major: 2, headerStart: 12))
    expectLoadError(
      NPYHeader.magic + [1, 0, 100, 0, 0x7B],
      .headerCutShort(name: "x.npy", length: 100, available: 1, headerStart: 10))
    expectLoadError(file("[1, 2]"), .notADict("[1, 2]"))
    expectLoadError(
      file("{'descr': '<i4', 'shape': (2,)}"), .wrongKeys([.string("descr"), .string("shape")]))
    expectLoadError(
      file("{'descr': '<i4', 'fortran_order': False, 'shape': [2], }"),
      .invalidShape("[2]", .notATuple))
    expectLoadError(
      file("{'descr': '<i4', 'fortran_order': False, 'shape': (2, -1), }"),
      .invalidShape("(2, -1)", .negativeDimension(-1)))
    expectLoadError(
      file("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 'a'), }"),
      .invalidShape("(2, 'a')", .notAnInteger("'a'")))
    expectLoadError(
      file("{'descr': '<i4', 'fortran_order': False, 'shape': (99999999999999999999,), }"),
      .invalidShape("(99999999999999999999,)", .dimensionTooLarge("99999999999999999999")))
    expectLoadError(
      file("{'descr': '<i4', 'fortran_order': 0, 'shape': (2,), }"), .invalidFortranOrder("0"))
    expectLoadError(
      file("{'descr': '<i3', 'fortran_order': False, 'shape': (2,), }"),
      .invalidDescr(
        "'<i3'", .dtype(.noSuchSize("<i3", kind: .int, size: 3, nearest: ["<i2", "<i4"])))
    )
    expectLoadError(
      file("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }"),
      .objectArray(descr: "'|O'"))
    expectLoadError(
      file("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }", data: 10),
      .dataCutShort(
        name: "x.npy", shape: [3], dtype: try DType.parse("<i4"), needed: 12, headerSize: 128,
        available: 10))
    expectLoadError(
      file("{'descr': '<i4' 'fortran_order': False}"),
      .notALiteral(
        header: "{'descr': '<i4' 'fortran_order': False}",
        .syntax(.expectedCommaInDict, column: 17)))
    let long =
      "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }"
      + String(repeating: " ", count: 10_000)
    expectLoadError(file(long), .headerTooLong(name: "x.npy", .characters(10102)))
    expectLoadError(
      NPYHeader.magic + [2, 0, 0xFF, 0xFF, 0, 0] + [UInt8](repeating: 0x20, count: 0xFFFF),
      .headerTooLong(name: "x.npy", .bytes(0xFFFF)))
    // Version 3.0: a 4-byte header length, then UTF-8 text (here with a stray 0xFF).
    let header = "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }"
    let text = Array(header.utf8) + [0xFF, 0x0A]
    let notUTF8 = NPYHeader.magic + [3, 0, UInt8(text.count), 0, 0, 0] + text
    expectLoadError(notUTF8, .headerNotUTF8(name: "x.npy"))
    let manyDimensions = PythonRepr.tuple([Int](repeating: 1, count: 65))
    expectLoadError(
      file("{'descr': '<i4', 'fortran_order': False, 'shape': \(manyDimensions), }"),
      .invalidShape(NPYHeader.abbreviated(manyDimensions), .tooManyDimensions(65)))
  }

  /// numpy's `descr_to_dtype` refusals, each with its cause.
  @Test(arguments: [
    ("('<i4', (2,), 3)", NPYError.DescrProblem.tupleNotDescrAndShape(count: 3)),
    ("[('a',)]", .fieldNotATuple(index: 0, "('a',)")),
    ("[(('t', 3), '<i4')]", .titledNameNotAString(index: 0)),
    ("[(3, '<i4')]", .nameNotAString(index: 0, "3")),
    ("[('a', '<i4'), ('a', '<f8')]", .duplicateField("a")),
    ("3", .notADescr("3")),
    ("[('a', '<i4', (-1,))]", .dtype(.invalidSubarrayShape(.negativeDimension(-1)))),
  ] as [(String, NPYError.DescrProblem)])
  func invalidDescrs(_ descr: String, _ problem: NPYError.DescrProblem) {
    let header = "{'descr': \(descr), 'fortran_order': False, 'shape': (2,), }"
    let written = try? PythonLiteral.parse(descr).pythonText
    #expect(throws: NPYError.invalidDescr(written ?? descr, problem)) {
      try NPYHeader.parse(header)
    }
  }

  @Test func itemsizeZeroIsRefused() throws {
    #expect(throws: NPYError.zeroItemsize(try DType.parse("V0"))) {
      try NPYHeader.parse("{'descr': '|V0', 'fortran_order': False, 'shape': (2,), }")
    }
  }

  @Test func objectsAndStructsWithoutADescrAreNotSaved() throws {
    let object = try DType.parse("O")
    #expect(throws: NPYError.cannotSaveObjects(object)) {
      try NPYHeader.encode(dtype: object, shape: [1], fortranOrder: false)
    }
    let overlapping = try DType.parse(
      "{'names': ['a', 'b'], 'formats': ['<i4', '<i4'], 'offsets': [0, 2]}")
    #expect(throws: NPYError.noDescr(.descrUndefined(field: "b"))) {
      try NPYHeader.encode(dtype: overlapping, shape: [1], fortranOrder: false)
    }
  }

  @Test func trailingBytesAreIgnored() throws {
    let bytes = file("{'descr': '<i2', 'fortran_order': False, 'shape': (2,), }", data: 7)
    let (_, view) = try NPYFile.open(MemoryByteSource(bytes))
    #expect(view.shape == [2])
  }

  /// Corrupted headers: every byte of a real header flipped, truncated or replaced; each load
  /// must answer (a view or an error), never trap or hang.
  @Test func corruptedHeadersNeverTrap() throws {
    let header = Self.hex(Self.cases[3].header)
    let good = header + [UInt8](repeating: 7, count: 3 * 12)
    var generator = SplitMix(seed: 0x5EED_0F_1234)
    var loaded = 0
    for round in 0..<3000 {
      var bytes = good
      switch round % 4 {
      case 0: bytes[Int(generator.next() % UInt64(header.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
      case 1: bytes.removeLast(Int(generator.next() % UInt64(bytes.count)))
      case 2:
        let position = 10 + Int(generator.next() % UInt64(header.count - 10))
        let junk: [UInt8] = Array("()[]{},:'\"\\ 0123456789-LeTrueFalseNone<>|iufcSUVMmO".utf8)
        bytes[position] = junk[Int(generator.next() % UInt64(junk.count))]
      default:
        for _ in 0..<4 {
          bytes[Int(generator.next() % UInt64(header.count))] = UInt8(truncatingIfNeeded: generator.next())
        }
      }
      if let (_, view) = try? NPYFile.open(MemoryByteSource(bytes)) {
        loaded += 1
        _ = try? ArrayPrinter.repr(view, options: PrintOptions())
      }
    }
    #expect(loaded > 0)
  }
}
