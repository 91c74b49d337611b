import Testing

@testable import ByteLensEngine

/// A deflated `.npz` member whose recorded compressed size is larger than the budget, in an
/// archive that really is that long (a sparse source): refused before its bytes are read.
@Suite struct NPZBudgetTests {
  /// numpy's archive, then zeros, then its end-of-central-directory record again, `count`
  /// bytes in all; only the bytes asked for are made.
  final class PaddedArchive: ByteSource, @unchecked Sendable {
    let head: [UInt8]
    let tail: [UInt8]
    let count: Int
    var largestRead = 0
    let name = "padded.npz"

    init(_ archive: [UInt8], count: Int) {
      head = archive
      tail = Array(archive.suffix(22))
      self.count = count
    }

    func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R) throws
      -> R
    {
      largestRead = max(largestRead, range.count)
      let bytes = range.map { position -> UInt8 in
        if position < head.count { return head[position] }
        if position >= count - tail.count { return tail[position - (count - tail.count)] }
        return 0
      }
      return try bytes.withUnsafeBytes(body)
    }
  }

  @Test func compressedSizeIsBudgetedBeforeReading() throws {
    let source = PaddedArchive(NPZTests.compressed, count: AllocationBudget.bytes + 4096)
    let archive = try NPZArchive(source)
    var y = try #require(archive.member(named: "y"))
    y.compressedSize = AllocationBudget.bytes + 1
    #expect(
      throws: NPZError.tooLargeToInflate(
        member: "y.npy", size: AllocationBudget.bytes + 1, limit: AllocationBudget.bytes)
    ) { try archive.bytes(of: y) }
    #expect(source.largestRead < 1 << 20)
  }
}
