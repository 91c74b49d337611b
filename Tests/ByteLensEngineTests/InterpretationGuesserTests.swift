import TestSupport
import Testing

@testable import ByteLensEngine

/// The guesser's parts on bytes made here: magic numbers, periods, and rankings.
@Suite struct InterpretationGuesserTests {
  func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
  func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }

  @Test func magicNumbers() {
    func format(_ bytes: [UInt8]) -> KnownFormat? {
      MagicNumbers.recognise(bytes, start: 0, total: bytes.count)?.format
    }
    #expect(format(Array("GIF89a".utf8) + [8, 0, 4, 0]) == .gif)
    #expect(format([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
    #expect(format(Array("II".utf8) + [42, 0, 8, 0, 0, 0]) == .tiff)
    #expect(format(Array("MM".utf8) + [0, 42, 0, 0, 0, 8]) == .tiff)
    #expect(format([0x1F, 0x8B, 8, 0]) == .gzip)
    #expect(format(Array("SQLite format 3\u{0}".utf8) + [0x10, 0]) == .sqlite)
    #expect(format(Array("%PDF-1.7".utf8)) == .pdf)
    #expect(format([0x7F, 0x45, 0x4C, 0x46, 1, 2]) == .elf)
    #expect(format([0xCF, 0xFA, 0xED, 0xFE]) == .machO)
    #expect(
      format(
        Array("PK".utf8) + [3, 4] + Array(repeating: 0, count: 22) + le16(5) + [0, 0]
          + Array("x.npy".utf8)) == .npz)
    #expect(
      format(
        Array("PK".utf8) + [3, 4] + Array(repeating: 0, count: 22) + le16(5) + [0, 0]
          + Array("x.txt".utf8)) == .zip)
    #expect(format(Array("ordinary text".utf8)) == nil)
    #expect(format([]) == nil)
    let sqlite = MagicNumbers.recognise(
      Array("SQLite format 3\u{0}".utf8) + [0, 1], start: 0, total: 18)
    #expect(sqlite?.details == [.pageSize(65536)])
    // PNG's IHDR gives bits per channel and the colour type: 8-bit RGB is 24 bits a pixel,
    // 16-bit grey with alpha 32.
    func png(depth: UInt8, colourType: UInt8) -> [MagicMatch.Detail]? {
      let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
      let ihdr = Array("IHDR".utf8) + [0, 0, 0, 16, 0, 0, 0, 8, depth, colourType, 0, 0, 0]
      return MagicNumbers.recognise(header + ihdr, start: 0, total: 29)?.details
    }
    #expect(png(depth: 8, colourType: 2) == [.imageSize(width: 16, height: 8), .bitsPerPixel(24)])
    #expect(png(depth: 16, colourType: 4) == [.imageSize(width: 16, height: 8), .bitsPerPixel(32)])
    #expect(png(depth: 8, colourType: 9) == [.imageSize(width: 16, height: 8)])
    let tiff = MagicNumbers.recognise([0x4D, 0x4D, 0, 42], start: 0, total: 4)
    #expect(tiff?.details == [.littleEndian(false)])
  }

  @Test func wavHeaderGivesItsSamples() throws {
    let format = le16(1) + le16(2) + le32(44100) + le32(176400) + le16(4) + le16(16)
    let header =
      Array("RIFF".utf8) + le32(36 + 400) + Array("WAVE".utf8) + Array("fmt ".utf8)
      + le32(16) + format + Array("data".utf8) + le32(400)
    let match = try #require(MagicNumbers.recognise(header, start: 10, total: 1000))
    #expect(match.format == .wav)
    #expect(
      match.details == [
        .channels(2), .sampleRate(44100), .sampleFormat(bits: 16, isFloat: false),
        .data(offset: 54, bytes: 400),
      ])
    #expect(match.reading?.dtype == (try DType.parse("<i2")))
    #expect(match.reading?.offset == 54)
    #expect(match.reading?.count == 200)
    #expect(match.reading?.shape == [100, 2])
  }

  @Test func rowPeriodOfAnImage() throws {
    var random = SplitMix(seed: 5)
    let width = 100
    let profile = (0..<width).map { _ in Double(random.next() % 1000) }
    let image = (0..<(width * 30)).map { profile[$0 % width] + Double(random.next() % 5) }
    let period = try #require(try Periodicity.rowPeriod(image))
    #expect(period.width == 100)
    #expect(period.similarity > 0.9)
    let walk = (0..<3000).reduce(into: [0.0]) { values, _ in
      values.append(values.last! + Double(random.next() % 21) - 10)
    }
    #expect(try Periodicity.rowPeriod(walk) == nil)
  }

  @Test func recordPeriod() throws {
    var random = SplitMix(seed: 7)
    var bytes: [UInt8] = []
    for index in 0..<800 {
      bytes += Array("name\(index % 10)".utf8) + [0, 0, 0]  // 8 bytes of text
      let value = 20 + Double(random.next() % 1000) / 37
      bytes += le32(index) + (0..<8).map { UInt8(truncatingIfNeeded: value.bitPattern >> ($0 * 8)) }
    }
    let period = try #require(try Periodicity.recordPeriod(bytes[...]))
    #expect(period.size == 20)
    let fields = RecordLayoutGuesser.fields(size: 20, runs: [bytes[...]])
    #expect(fields.map(\.spelling) == ["S8", "<u4", "<f8"])
    #expect(fields.map(\.offset) == [0, 8, 12])
  }

  @Test func bigEndianShortsRankFirst() throws {
    var bytes: [UInt8] = []
    for index in 0..<4000 {
      let angle = Double(index) * 0.05
      let value = Int((angle.truncatingRemainder(dividingBy: 6.283) - 3.14) * 3000)
      let bits = UInt16(bitPattern: Int16(value))
      bytes += [UInt8(bits >> 8), UInt8(bits & 0xFF)]
    }
    let guess = try InterpretationGuesser.guess(MemoryByteSource(bytes), range: 0..<bytes.count)
    let first = try #require(guess.candidates.first)
    #expect(first.spelling == ">i2")
    #expect(first.offset == 0)
    #expect(first.shape == [4000])
    #expect(!guess.isSampled)
    #expect(guess.candidates.count == InterpretationGuesser.candidateLimit)
  }

  @Test func largeRangesAreSampled() throws {
    let count = 5 << 20
    var bytes = [UInt8](repeating: 0, count: count)
    for index in stride(from: 0, to: count, by: 4) {
      let value = Float(100 + Double(index % 4096) * 0.01)
      let bits = value.bitPattern
      bytes[index] = UInt8(bits >> 24)
      bytes[index + 1] = UInt8(bits >> 16 & 0xFF)
      bytes[index + 2] = UInt8(bits >> 8 & 0xFF)
      bytes[index + 3] = UInt8(bits & 0xFF)
    }
    let guess = try InterpretationGuesser.guess(MemoryByteSource(bytes), range: 0..<count)
    #expect(guess.isSampled)
    #expect(guess.bytesRead == GuessSample.blockCount * GuessSample.blockSize)
    #expect(guess.candidates.first?.spelling == ">f4")
  }

  @Test func tooFewBytes() throws {
    let source = MemoryByteSource(Array(repeating: 7, count: 40))
    #expect(throws: GuessError.tooFewBytes(count: 15, minimum: 16)) {
      try InterpretationGuesser.guess(source, range: 3..<18)
    }
    #expect(throws: GuessError.tooFewBytes(count: 0, minimum: 16)) {
      try InterpretationGuesser.guess(source, range: 3..<3)
    }
    let tiff = MemoryByteSource([0x49, 0x49, 42, 0, 8, 0, 0, 0])
    let guess = try InterpretationGuesser.guess(tiff, range: 0..<8)
    #expect(guess.magic?.format == .tiff)
    #expect(guess.candidates.isEmpty)
  }

  @Test func constantBytes() throws {
    let guess = try InterpretationGuesser.guess(
      MemoryByteSource(Array(repeating: 0xAB, count: 64)), range: 0..<64)
    #expect(guess.candidates.count == 1)
    #expect(guess.candidates.first?.evidence == [.constantBytes(0xAB)])
  }
}
