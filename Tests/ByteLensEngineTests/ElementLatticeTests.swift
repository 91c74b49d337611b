import Testing

@testable import ByteLensEngine

/// The lattice must find exactly the elements a brute-force walk finds, window by window.
@Suite struct ElementLatticeTests {
  static func counting(_ n: Int, as spelling: String) throws -> ArrayView {
    let source = MemoryByteSource((0..<n).map { UInt8(truncatingIfNeeded: $0) })
    return try ArrayView.frombuffer(source, dtype: try DType.parse(spelling))
  }

  static let all = IndexItem.slice(start: nil, stop: nil, step: nil)

  static func views() throws -> [ArrayView] {
    let c = try counting(48, as: "<i2").reshaped([2, 3, 4])
    return [
      c,
      try c.transposed(),
      try c.transposed([1, 0, 2]),
      try c.indexed([
        all, .slice(start: nil, stop: nil, step: -1), .slice(start: 1, stop: 3, step: nil),
      ]),
      try c.indexed([
        .slice(start: nil, stop: nil, step: -1), all, .slice(start: nil, stop: nil, step: 3),
      ]),
      try counting(48, as: "<i4").reshaped([3, 4], order: .F),
      try counting(48, as: "<i4").reshaped([3, 4], order: .F).indexed([
        .slice(start: nil, stop: nil, step: 2)
      ]),
      try counting(48, as: "u1").indexed([.slice(start: 40, stop: 2, step: -7)]),
      try counting(40, as: "u1,<f8,?").field("f1"),
      try counting(8, as: "<f8").indexed([.integer(0)]),
      try counting(48, as: "<i4").indexed([.newAxis, .slice(start: 1, stop: 1, step: nil)]),
      try counting(48, as: "<i4").indexed([.slice(start: 2, stop: 3, step: nil), .newAxis]),
    ]
  }

  @Test func windowsFindWhatABruteForceWalkFinds() throws {
    for view in try Self.views() {
      var every: [Int] = []
      try view.forEachElementOffset { every.append($0) }
      every.sort()
      let lattice = ElementLattice(view)
      #expect(lattice.starts(overlapping: 0..<48) == every)
      for low in stride(from: 0, to: 48, by: 3) {
        for length in [1, 2, 5, 13] {
          let window = low..<(low + length)
          let expected = every.filter {
            $0 < window.upperBound && $0 + view.dtype.itemsize > window.lowerBound
          }
          #expect(
            lattice.starts(overlapping: window) == expected,
            "\(view.shape) \(view.strides) \(window)")
        }
      }
    }
  }

  @Test func elementsCarryTheirIndices() throws {
    for view in try Self.views() where view.count > 0 {
      let found = ElementLattice(view).elements(overlapping: view.byteExtent)
      #expect(found.count == view.count)
      for (start, index) in found {
        #expect(view.byteOffset(of: index) == start)
      }
      #expect(found.map(\.start) == found.map(\.start).sorted())
    }
  }

  @Test func edgesAreTheFirstAndLastInMemory() throws {
    let view = try Self.counting(48, as: "<i4").reshaped([3, 4], order: .F)
    let lattice = ElementLattice(view)
    let first = lattice.edgeElements(3, fromEnd: false, within: view.byteExtent)
    #expect(first.map(\.start) == [0, 4, 8])
    #expect(first.map(\.index) == [[0, 0], [1, 0], [2, 0]])
    let last = lattice.edgeElements(2, fromEnd: true, within: view.byteExtent)
    #expect(last.map(\.start) == [40, 44])
    #expect(last.map(\.index) == [[1, 3], [2, 3]])
    #expect(lattice.edgeElements(100, fromEnd: false, within: view.byteExtent).count == 12)
  }
}
