import Testing

@testable import ByteLensEngine

@Suite struct HexdumpRendererTests {
  func dump(_ view: ArrayView, _ options: HexdumpRenderer.Options = .init()) throws -> String {
    try HexdumpRenderer(view, options: options).render().plainText
  }

  @Test func marksFollowTheStructure() {
    typealias O = HexdumpRenderer.Owner
    func mark(_ a: Int32, _ ao: Int, _ b: Int32, _ bo: Int) -> Character {
      Character(Unicode.Scalar(HexdumpRenderer.mark(a, ao, b, bo)))
    }
    #expect(mark(0, 1, 0, 1) == " ")
    #expect(mark(0, 1, 0, 2) == "|")
    #expect(mark(0, 1, 1, 1) == ":")
    #expect(mark(0, 1, O.padding, 1) == ")")
    #expect(mark(O.padding, 1, 2, 1) == "(")
    #expect(mark(0, 1, O.outside, -1) == "]")
    #expect(mark(O.outside, -1, 0, 3) == "[")
    #expect(mark(O.blank, -1, 0, 0) == "[")
    #expect(mark(0, 1, O.partial, -1) == "{")
    #expect(mark(O.partial, -1, O.blank, -1) == "}")
    #expect(mark(O.outside, -1, O.outside, -1) == " ")
  }

  @Test func aContiguousArray() throws {
    let view = try ArrayBuilder.array("[1, 2, 3, 4, 5]", dtype: try DType.parse("<i4"))
    #expect(
      try dump(view) == """
        '<i4' shape (5,) strides (4,): 20 bytes of <array> from 0x0 to 0x13
                  00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f
        00000000 [01 00 00 00|02 00 00 00|03 00 00 00|04 00 00 00]  ................
        00000010 [05 00 00 00]                                      ....
        marks: [ ] an element, | the next element

        """)
  }

  @Test func rolesTellElementsFieldsPaddingAndOutside() throws {
    let record = try ArrayBuilder.array(
      "[(1, 2), (3, 4)]", dtype: try DType.parse("u1,<i2", aligned: true))
    let text = try HexdumpRenderer(record).render()
    let roles = text.spans.map(\.role)
    #expect(roles.contains(.field(0, tone: 0)) && roles.contains(.field(1, tone: 1)))
    #expect(roles.contains(.padding) && roles.contains(.boundary) && roles.contains(.offset))
    #expect(!roles.contains(.outside))
    let field = try record.field("f1")
    let fieldRoles = try HexdumpRenderer(field).render().spans.map(\.role)
    #expect(fieldRoles.contains(.element(tone: 0)) && fieldRoles.contains(.element(tone: 1)))
    #expect(fieldRoles.contains(.outside) && !fieldRoles.contains(.padding))
    // The tones alternate element by element: [01 00 00 00|02 …: 01 is tone 0, 02 tone 1.
    let plain = try ArrayBuilder.array("[1, 2]", dtype: try DType.parse("<i2"))
    let spans = try HexdumpRenderer(plain).render().spans
    let first = try #require(spans.firstIndex { $0.text.hasPrefix("01") })
    let second = try #require(spans.firstIndex { $0.text.hasPrefix("02") })
    #expect(spans[first].role == .element(tone: 0) && spans[second].role == .element(tone: 1))
  }

  @Test func chunksJoinToTheWholeDump() throws {
    let source = MemoryByteSource((0..<5000).map { UInt8(truncatingIfNeeded: $0 * 7 / 300) })
    let view = try ArrayView.frombuffer(source, dtype: try DType.parse("<u2"))
      .indexed([.slice(start: nil, stop: nil, step: 3)])
    let renderer = try HexdumpRenderer(view, options: .init(width: 12, rows: nil))
    let whole = try renderer.render()
    var pieces: [StyledText] = []
    try renderer.render(chunkSize: 1) { pieces.append($0) }
    #expect(pieces.count > 2)
    #expect(pieces.reduce(StyledText(), +) == whole)
    #expect(whole.plainText.contains("\n*\n"))
  }

  /// A run of repeated rows prints one `*` and then nothing while it lasts: what came before
  /// goes out at once, not after the scan of the run (minutes for a sparse 10 GiB file).
  @Test func rowsBeforeALongRepeatGoOutAtOnce() throws {
    var bytes = [UInt8](repeating: 0, count: 1 << 20)
    bytes[0] = 1
    let view = try ArrayView.frombuffer(MemoryByteSource(bytes), dtype: try DType.parse("u1"))
    var pieces: [String] = []
    try HexdumpRenderer(view, options: .init(rows: nil, isStyled: false)).render {
      pieces.append($0.plainText)
    }
    // The rows up to the `*`, the last row (after the scan), the legend.
    #expect(pieces.count == 3)
    #expect(
      pieces.first?.hasSuffix(
        """
        00000000 [01|00|00|00|00|00|00|00|00|00|00|00|00|00|00|00]  ................
        00000010 [00|00|00|00|00|00|00|00|00|00|00|00|00|00|00|00]  ................
        *

        """) == true)
    #expect(pieces.dropFirst().first?.hasPrefix("000ffff0 [00|") == true)
    #expect(pieces.last?.hasPrefix("marks: ") == true)
  }

  @Test func bigDumpsStreamInBoundedChunks() throws {
    let source = MemoryByteSource((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 >> 3) })
    let view = try ArrayView.frombuffer(source, dtype: try DType.parse("<f4"))
    var largest = 0
    var total = 0
    var count = 0
    try HexdumpRenderer(view, options: .init(rows: nil)).render { piece in
      largest = max(largest, piece.byteCount)
      total += piece.byteCount
      count += 1
    }
    #expect(count > 20)
    #expect(largest < 200_000)
    #expect(total > 4_000_000)
  }

  @Test func rowsLimitTheDumpAndSaySo() throws {
    let view = try ArrayView.frombuffer(
      MemoryByteSource((0..<100).map { UInt8($0) }), dtype: try DType.parse("u1"))
    let text = try dump(view, .init(width: 16, rows: 2))
    // Header, column ruler, two rows, the legend; the console words what was left out.
    #expect(text.split(separator: "\n").count == 5)
    let omitted = try HexdumpRenderer(view, options: .init(width: 16, rows: 2)).omitted
    #expect(omitted?.bytes == 68 && omitted?.rows == 5)
    #expect(try HexdumpRenderer(view, options: .init(width: 16, rows: 7)).omitted == nil)
    #expect(try HexdumpRenderer(view, options: .init(width: 16, rows: 6)).omitted?.bytes == 4)
  }

  @Test func refusals() throws {
    let view = try ArrayBuilder.array("[[1, 2], [3, 4]]", dtype: try DType.parse("<i4"))
    #expect(throws: RenderError.hexdumpWidth(0, allowed: 1...256)) {
      try HexdumpRenderer(view, options: .init(width: 0))
    }
    #expect(throws: RenderError.hexdumpWidth(257, allowed: 1...256)) {
      try HexdumpRenderer(view, options: .init(width: 257))
    }
    #expect(throws: RenderError.hexdumpRows(0)) {
      try HexdumpRenderer(view, options: .init(rows: 0))
    }
    #expect(throws: RenderError.valuesNeedOneDimension(shape: [2, 2])) {
      try HexdumpRenderer(view, options: .init(showsValues: true))
    }
    let strings = try ArrayBuilder.array("[b'a']", dtype: try DType.parse("S2"))
    #expect(throws: RenderError.valuesNotNumbers(dtype: "|S2")) {
      try HexdumpRenderer(strings, options: .init(showsValues: true))
    }
  }

  @Test func emptyViewsSayTheySpanNothing() throws {
    let view = try ArrayBuilder.array("[1, 2]", dtype: try DType.parse("<i4"))
      .indexed([.slice(start: 1, stop: 1, step: nil)])
    #expect(try dump(view) == "the view is empty (shape (0,)): it spans no bytes\n")
  }
}
