import Testing

@testable import ByteLensEngine

@Suite struct CompareRendererTests {
  @Test func rowsStepByTheCommonDivisor() throws {
    // np.frombuffer(b, '<u2') → [1, 2, 3], np.frombuffer(b[:4], '<i4') → [131073]
    let source = MemoryByteSource([1, 0, 2, 0, 3, 0])
    let types = [try DType.parse("<u2"), try DType.parse("<i4")]
    let text = try CompareRenderer(source: source, offset: 0, dtypes: types).render().plainText
    #expect(
      text == """
        the bytes from offset 0 (0x0) of <bytes>, as np.frombuffer(data, DT, offset=0) reads them:
          offset  bytes  <u2     <i4
               0  01 00    1  131073
               2  02 00    2
               4  03 00    3

        """)
  }

  @Test func refusals() throws {
    let source = MemoryByteSource([1, 2])
    #expect(throws: RenderError.noDTypes) {
      try CompareRenderer(source: source, offset: 0, dtypes: [])
    }
    #expect(throws: RenderError.zeroItemsize("|S0")) {
      try CompareRenderer(source: source, offset: 0, dtypes: [try DType.parse("S0")])
    }
    #expect(
      throws: RenderError.offsetOutside(offset: 3, source: "<bytes>", count: 2, command: .compare)
    ) { try CompareRenderer(source: source, offset: 3, dtypes: [try DType.parse("u1")]) }
  }

  @Test func typesThatDoNotFitSaySo() throws {
    let source = MemoryByteSource([1, 2])
    let text = try CompareRenderer(source: source, offset: 0, dtypes: [try DType.parse("<f8")])
      .render().plainText
    #expect(text.hasSuffix("no whole element of '<f8' fits in the 2 bytes left\n"))
  }
}
