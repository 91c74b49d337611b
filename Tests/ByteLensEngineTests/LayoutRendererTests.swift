import Testing

@testable import ByteLensEngine

@Suite struct LayoutRendererTests {
  func counting(_ n: Int, as spelling: String) throws -> ArrayView {
    try ArrayView.frombuffer(
      MemoryByteSource((0..<n).map { UInt8(truncatingIfNeeded: $0) }),
      dtype: try DType.parse(spelling))
  }

  @Test func aFortranGridBesideC() throws {
    // np.frombuffer(bytes(24), '<i4').reshape(2, 3, order='F'): strides (4, 8)
    let text = try LayoutRenderer(try counting(24, as: "<i4").reshaped([2, 3], order: .F)).render()
      .plainText
    #expect(
      text == """
        shape (2, 3), strides (4, 8), itemsize 4, offset 0
        byte offset of [i, j] = 0 + i·4 + j·8

        byte offset of each index in this view:
              j=0 j=1 j=2
          i=0   0   8  16
          i=1   4  12  20

        memory order (byte offset: index, lowest offset first):
          0: [0, 0]   4: [1, 0]   8: [0, 1]   12: [1, 1]   16: [0, 2]   20: [1, 2]

        C order: strides (12, 4)    F order: strides (4, 8)
              j=0 j=1 j=2                 j=0 j=1 j=2
          i=0   0   4   8             i=0   0   8  16
          i=1  12  16  20             i=1   4  12  20
        memory order in C:
          [0, 0]   [0, 1]   [0, 2]   [1, 0]   [1, 1]   [1, 2]
        memory order in F:
          [0, 0]   [1, 0]   [0, 1]   [1, 1]   [0, 2]   [1, 2]
        this view: F order, F-contiguous

        """)
  }

  @Test func summarisedPastTheThreshold() throws {
    var options = PrintOptions()
    options.threshold = 10
    options.edgeitems = 1
    let view = try counting(30, as: "u1").reshaped([3, 10])
    let lines = try LayoutRenderer(view, options: options).grid(strides: view.strides, base: 0)
    #expect(
      lines.map(\.plainText) == [
        "      j=0 ... j=9", "  i=0   0 ...   9", "  ... ... ... ...", "  i=2  20 ...  29",
      ])
  }

  @Test func moreThanThreeDimensionsAreRefused() throws {
    let view = try counting(16, as: "u1").reshaped([2, 2, 2, 2])
    #expect(throws: RenderError.tooManyDimensions(shape: [2, 2, 2, 2], limit: 3)) {
      try LayoutRenderer(view)
    }
  }

  @Test func unravelFollowsTheOrder() {
    #expect(LayoutRenderer.unravel(5, [2, 3], order: .C) == [1, 2])
    #expect(LayoutRenderer.unravel(1, [2, 3], order: .F) == [1, 0])
    #expect(LayoutRenderer.unravel(4, [2, 3, 4], order: .C) == [0, 1, 0])
  }
}
