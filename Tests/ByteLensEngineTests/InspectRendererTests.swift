import Testing

@testable import ByteLensEngine

@Suite struct InspectRendererTests {
  @Test func valuesInBothOrders() throws {
    // np.frombuffer(b'\x00\x00\x80\x3f', '<f4') is 1.0; '>f4' is 4.6006e-41
    let source = MemoryByteSource([0x00, 0x00, 0x80, 0x3F])
    let text = try InspectRenderer(source: source, offset: 0).render().plainText
    #expect(text.contains("\nf4      1.0                     4.6006e-41\n"))
    #expect(text.contains("\ni4      1065353216              32831\n"))
    #expect(text.contains("\nf8      (needs 8 bytes)         (needs 8 bytes)\n"))
    #expect(
      text.contains(
        "\nf4 <  0 01111111 00000000000000000000000\n      +1.0 × 2^(127 - 127) = 1.0\n"))
  }

  @Test func offsetsOutsideTheSourceAreRefused() {
    let source = MemoryByteSource([1, 2, 3])
    #expect(
      throws: RenderError.offsetOutside(offset: 3, source: "<bytes>", count: 3, command: .inspect)
    ) { try InspectRenderer(source: source, offset: 3) }
    #expect(
      throws: RenderError.offsetOutside(offset: -1, source: "<bytes>", count: 3, command: .inspect)
    ) { try InspectRenderer(source: source, offset: -1) }
    #expect(throws: RenderError.nothingToInspect(source: "<bytes>")) {
      try InspectRenderer(source: MemoryByteSource([]), offset: 0)
    }
  }

  @Test func textReadings() throws {
    let source = MemoryByteSource([0xF0, 0x9F, 0x98, 0x80, 0x3D, 0xD8, 0x00, 0xDE])
    let emoji = try InspectRenderer(source: source, offset: 0).render().plainText
    #expect(emoji.contains("utf-8   '😀' U+1F600, 4 bytes"))
    let pair = try InspectRenderer(source: source, offset: 4).render().plainText
    #expect(pair.contains("utf-16  '😀' U+1F600, 4 bytes"))
    let lone = try InspectRenderer(source: source, offset: 6).render().plainText
    #expect(lone.contains("(a lone surrogate 0xde00)"))
    #expect(
      InspectRenderer.capped(String(repeating: "9", count: 100)) == String(
        repeating: "9", count: 28) + "… (100 characters)")
  }
}
