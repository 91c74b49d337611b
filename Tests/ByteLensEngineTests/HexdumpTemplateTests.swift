import TestSupport
import Testing

@testable import ByteLensEngine

/// The fast path of a hexdump (whole rows of contiguous views, written from templates) must
/// give the very text and role runs the general path gives: the same views, dumped both ways.
@Suite struct HexdumpTemplateTests {
  func bothWays(_ view: ArrayView, _ options: HexdumpRenderer.Options) throws
    -> (fast: StyledText, general: StyledText)
  {
    var general = options
    general.usesTemplates = false
    return (
      try HexdumpRenderer(view, options: options).render(),
      try HexdumpRenderer(view, options: general).render()
    )
  }

  /// Bytes with long runs of repeats (zeros, a repeated pattern) between random stretches.
  func bytes(_ count: Int, _ random: inout SplitMix) -> [UInt8] {
    var bytes: [UInt8] = []
    while bytes.count < count {
      let length = Int(random.next() % 300) + 1
      switch random.next() % 4 {
      case 0: bytes += repeatElement(0, count: length)
      case 1:
        let pattern = (0..<Int(random.next() % 7 + 1)).map { _ in UInt8(random.next() & 0xFF) }
        for index in 0..<length { bytes.append(pattern[index % pattern.count]) }
      case 2: bytes += repeatElement(0x20, count: length)  // spaces end ASCII panels
      default: for _ in 0..<length { bytes.append(UInt8(random.next() & 0xFF)) }
      }
    }
    return Array(bytes.prefix(count))
  }

  @Test func randomViewsGiveTheSameDump() throws {
    var random = SplitMix(seed: 20_261_201)
    let dtypes = ["u1", "<i2", ">u2", "<f4", ">f8", "S3", "V5", "<c16", "S24", "V37", "U2"]
    var compared = 0
    var templated = 0
    for _ in 0..<400 {
      let source = MemoryByteSource(bytes(Int(random.next() % 3000) + 1, &random))
      let dtype = try DType.parse(dtypes[Int(random.next() % UInt64(dtypes.count))])
      let offset = Int(random.next() % 40) % max(1, source.count)
      let available = (source.count - offset) / dtype.itemsize
      guard available > 0 else { continue }
      let count = random.next() % 3 == 0 ? Int(random.next() % UInt64(available)) + 1 : nil
      var view = try ArrayView.frombuffer(
        source, dtype: dtype, count: count ?? available, offset: offset)
      // Sometimes a 2-D view in either order, which is contiguous too.
      if view.count % 6 == 0, random.next() % 3 == 0 {
        view = try view.reshaped([6, -1], order: random.next() % 2 == 0 ? .C : .F)
        if random.next() % 2 == 0 { view = try view.transposed() }
      }
      var options = HexdumpRenderer.Options()
      options.width = [16, 16, 8, 1, 3, 7, 32, 40, 256][Int(random.next() % 9)]
      options.rows = random.next() % 3 == 0 ? Int(random.next() % 50) + 1 : nil
      options.isStyled = random.next() % 2 == 0
      options.baseAddress = random.next() % 4 == 0 ? Int(random.next() % 0x1_0000_0000) : 0
      let extent = view.byteExtent
      if try HexdumpRenderer(view, options: options).templateRows(
        extent: extent, shownEnd: Int.max) != nil
      {
        templated += 1
      }
      let (fast, general) = try bothWays(view, options)
      #expect(
        fast == general,
        "\(dtype.str) offset \(offset) shape \(view.shape) width \(options.width) rows \(String(describing: options.rows)) styled \(options.isStyled)"
      )
      compared += 1
    }
    #expect(compared > 300)
    #expect(templated > 150)
  }

  /// Stretches of zeros longer than the fast path's blocks (which it skips whole when every
  /// row repeats) with a different byte here and there — at a block's start, in its middle, in
  /// the last row — and dumps cut short by a row limit: the same text both ways.
  @Test func longRepeatsSkipWholeBlocksAlike() throws {
    var bytes = [UInt8](repeating: 0, count: 200_000)
    for index in [49_152, 100_003, 131_072 + 16, 199_999 - 8] { bytes[index] = 7 }
    let tail = [UInt8](repeating: 0, count: 70_000) + [1]
    for source in [bytes, [UInt8](repeating: 0, count: 100_000), tail] {
      for name in ["u1", "<f8", "V32"] {
        for width in [16, 8, 64, 256, 32] {
          for rows in [nil, 1, 2, 3000] {
            for styled in [false, true] {
              let dtype = try DType.parse(name)
              let view = try ArrayView.frombuffer(
                MemoryByteSource(source), dtype: dtype, count: source.count / dtype.itemsize)
              let (fast, general) = try bothWays(
                view, .init(width: width, rows: rows, isStyled: styled))
              #expect(
                fast == general,
                "\(source.count) bytes \(name) width \(width) rows \(String(describing: rows))")
            }
          }
        }
      }
    }
  }

  /// Long runs of zeros collapse to one `*` on both paths; rows whose marks differ (an element
  /// wider than a row, or not dividing it) never collapse, on either path.
  @Test func repeatsCollapseAlike() throws {
    var bytes = [UInt8](repeating: 0, count: 1 << 16)
    for index in stride(from: 0, to: bytes.count, by: 4099) { bytes[index] = 1 }
    for name in ["u1", "<f8", "V48", "S5", "V100"] {
      for width in [16, 12, 64] {
        for styled in [false, true] {
          let view = try ArrayView.frombuffer(
            MemoryByteSource(bytes), dtype: try DType.parse(name),
            count: bytes.count / (try DType.parse(name)).itemsize)
          let (fast, general) = try bothWays(
            view, .init(width: width, rows: nil, isStyled: styled))
          #expect(fast == general, "\(name) width \(width) styled \(styled)")
          let itemsize = view.dtype.itemsize
          if width % itemsize == 0 { #expect(fast.plainText.contains("\n*\n")) }
        }
      }
    }
  }
}
