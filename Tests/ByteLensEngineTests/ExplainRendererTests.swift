import Testing

@testable import ByteLensEngine

@Suite struct ExplainRendererTests {
  @Test func aNegativeBigEndianInteger() throws {
    // np.frombuffer(b'\xff\xfe', '>i2')[0] is -2
    let view = try ArrayView.frombuffer(
      MemoryByteSource([0xFF, 0xFE]), dtype: try DType.parse(">i2"))
    #expect(
      try ExplainRenderer(view, index: [0]).render().plainText == """
        element [0] of '>i2', shape (1,), strides (2,)
          where     offset + i·2 = 0 + 0·2 = 0 (0x0)
          bytes     0 to 1, in memory order: ff fe
          order     '>' big-endian: the first byte is the most significant; as they are: ff fe
          bits      11111111 11111110
          number    0xfffe = 65534; the top bit is 1, so it is negative: 65534 - 2^16 = -2
          value     -2   repr np.int16(-2)

        """)
  }

  @Test func indicesAreChecked() throws {
    let view = try ArrayView.frombuffer(
      MemoryByteSource([1, 2, 3, 4]), dtype: try DType.parse("u1")
    )
    .reshaped([2, 2])
    #expect(throws: ViewError.indexOutOfBounds(2, axis: 0, size: 2)) {
      try ExplainRenderer(view, index: [2, 0])
    }
    #expect(throws: ViewError.wrongIndexCount(1, shape: [2, 2])) {
      try ExplainRenderer(view, index: [0])
    }
    #expect(
      try ExplainRenderer(view, index: [-1, -1]).render().plainText.contains(
        "value     4   repr np.uint8(4)"))
    #expect(
      try ExplainRenderer(view, index: nil).render().plainText.hasPrefix("element [0, 0] of '|u1'"))
    let empty = try view.indexed([.slice(start: 0, stop: 0, step: nil)])
    #expect(throws: RenderError.nothingToExplain(shape: [0, 2])) {
      try ExplainRenderer(empty, index: nil)
    }
  }

  @Test func recordsFieldByField() throws {
    let view = try ArrayBuilder.array("[(7, 1.5)]", dtype: try DType.parse("u1,<f4", aligned: true))
    let text = try ExplainRenderer(view, index: [0]).render().plainText
    #expect(text.contains("  bytes     0 to 7, in memory order: 07)00 00 00(00 00 c0 3f\n"))
    #expect(text.contains("field 0 'f0' (|u1) at +0: byte 0\n"))
    #expect(text.contains("field 1 'f1' (<f4) at +4: bytes 4 to 7\n"))
    #expect(text.contains("  mantissa  1 + 4194304 / 2^23 = 1.5\n"))
    #expect(text.contains("  padding   3 bytes in no field\n"))
    #expect(
      text.hasSuffix(
        "  value     (7, 1.5)   repr np.void((7, 1.5), dtype={'names': ['f0', 'f1'], 'formats': ['u1', '<f4'], 'offsets': [0, 4], 'itemsize': 8, 'aligned': True})\n"
      ))
  }

  @Test func hugeElementsAreRefused() throws {
    let view = try ArrayView.frombuffer(
      MemoryByteSource([UInt8](repeating: 0, count: 2 << 20)), dtype: try DType.parse("S2097152"))
    #expect(
      throws: RenderError.elementTooLarge(
        dtype: "|S2097152", itemsize: 2 << 20, limit: ExplainRenderer.largestElement,
        lastField: nil)
    ) { try ExplainRenderer(view, index: [0]) }
  }
}
