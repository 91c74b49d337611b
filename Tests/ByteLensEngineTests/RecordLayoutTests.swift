import Testing

@testable import ByteLensEngine

@Suite struct RecordLayoutTests {
  typealias Segment = RecordLayout.Segment

  @Test func alignedRecordsHavePadding() throws {
    // np.dtype('u1,f8,i2', align=True): offsets 0, 8, 16, itemsize 24
    let layout = RecordLayout(try DType.parse("u1,f8,i2", aligned: true))
    #expect(layout.leaves.map(\.name) == ["f0", "f1", "f2"])
    #expect(
      layout.segments == [
        Segment(range: 0..<1, leaf: 0), Segment(range: 1..<8, leaf: nil),
        Segment(range: 8..<16, leaf: 1), Segment(range: 16..<18, leaf: 2),
        Segment(range: 18..<24, leaf: nil),
      ])
    #expect(layout.paddingBytes == 13)
  }

  @Test func nestedRecordsAreFlattened() throws {
    let type = try DType.parse("[('a', 'u1'), ('pos', [('x', '<f4'), ('y', 'u1')])]", aligned: true)
    let layout = RecordLayout(type)
    #expect(layout.leaves.map(\.name) == ["a", "pos.x", "pos.y"])
    #expect(layout.leaves.map(\.offset) == [0, 4, 8])
    #expect(layout.leaves.map(\.path) == [[0], [1, 0], [1, 1]])
    #expect(layout.paddingBytes == 6)  // 1..<4 and 9..<12
  }

  @Test func overlappingFieldsGoToTheFirstDefined() throws {
    let type = try DType.parse(
      "{'names': ['b', 'a'], 'formats': ['<i2', '<i4'], 'offsets': [2, 0], 'itemsize': 6}")
    let layout = RecordLayout(type)
    #expect(
      layout.segments == [
        Segment(range: 0..<2, leaf: 1), Segment(range: 2..<4, leaf: 0),
        Segment(range: 4..<6, leaf: nil),
      ])
  }

  @Test func plainTypesAreOneSegment() throws {
    let layout = RecordLayout(try DType.parse(">f8"))
    #expect(!layout.isStructured && layout.leaves.isEmpty)
    #expect(layout.segments == [Segment(range: 0..<8, leaf: 0)])
  }
}
