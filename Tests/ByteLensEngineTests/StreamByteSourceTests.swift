#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import Testing

@testable import ByteLensEngine

/// Streams read front to back through a real pipe: to the end, to a limit, and spooled to an
/// unlinked temporary file past the threshold, with the same bytes in every case.
@Suite struct StreamByteSourceTests {
  /// A pipe holding `bytes` (written by a thread, so more than a pipe buffer works) and
  /// closed after them; returns the read end.
  static func pipe(holding bytes: [UInt8]) -> Int32 {
    // A test that stops reading early closes the read end under the writer.
    signal(SIGPIPE, SIG_IGN)
    var ends: [Int32] = [0, 0]
    #expect(makePipe(&ends) == 0)
    let writeEnd = ends[1]
    let thread = Thread { bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let wrote = write(writeEnd, buffer.baseAddress! + done, buffer.count - done)
        if wrote <= 0 { break }
        done += wrote
      }
      close(writeEnd)
    } }
    thread.start()
    return ends[0]
  }

  static let bytes: [UInt8] = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }

  @Test func readsToTheEnd() throws {
    let fd = Self.pipe(holding: Self.bytes)
    defer { close(fd) }
    let source = try StreamByteSource(reading: fd, name: "<test>", kind: .pipe)
    #expect(source.count == Self.bytes.count)
    #expect(try source.bytes(in: 0..<source.count) == Self.bytes)
    #expect(!source.isSpooled && !source.stoppedAtLimit)
  }

  @Test func stopsAtTheLimit() throws {
    let fd = Self.pipe(holding: Self.bytes)
    defer { close(fd) }
    let source = try StreamByteSource(reading: fd, name: "<test>", kind: .pipe, limit: 1000)
    #expect(source.count == 1000)
    #expect(source.stoppedAtLimit)
    #expect(try source.bytes(in: 0..<1000) == Array(Self.bytes[0..<1000]))
  }

  @Test func aLimitPastTheEndIsTheEnd() throws {
    let fd = Self.pipe(holding: [1, 2, 3])
    defer { close(fd) }
    let source = try StreamByteSource(reading: fd, name: "<test>", kind: .pipe, limit: 10)
    #expect(try source.bytes(in: 0..<source.count) == [1, 2, 3])
    #expect(!source.stoppedAtLimit)
  }

  @Test(arguments: [1, 4096, 100_000, 299_999])
  func spoolsPastTheThresholdWithTheSameBytes(threshold: Int) throws {
    let fd = Self.pipe(holding: Self.bytes)
    defer { close(fd) }
    let source = try StreamByteSource(
      reading: fd, name: "<test>", kind: .pipe, spoolThreshold: threshold)
    #expect(source.isSpooled)
    #expect(source.count == Self.bytes.count)
    #expect(try source.bytes(in: 0..<source.count) == Self.bytes)
    #expect(try source.bytes(in: 65_530..<65_542) == Array(Self.bytes[65_530..<65_542]))
    #expect(
      throws: SourceError.outOfRange(name: "<test>", range: 0..<300_001, count: 300_000)
    ) { try source.bytes(in: 0..<(Self.bytes.count + 1)) }
  }

  @Test func aDeviceNeedsALimit() throws {
    #expect(throws: SourceError.deviceWithoutLimit(name: "/dev/zero", isBlockDevice: false)) {
      try ByteSourceOpener.open("/dev/zero")
    }
    let zeros = try ByteSourceOpener.open("/dev/zero", limit: 5)
    #expect(try zeros.bytes(in: 0..<zeros.count) == [0, 0, 0, 0, 0])
  }

  @Test func aFileWhoseSizeReadsZeroIsReadToItsEnd() throws {
    let source = try ByteSourceOpener.open("/proc/self/stat")
    #expect(source is StreamByteSource)
    #expect(source.count > 0)
  }

  @Test func anEmptyStreamIsAnError() throws {
    let fd = Self.pipe(holding: [])
    defer { close(fd) }
    #expect(throws: SourceError.emptyStream(name: "/dev/fd/\(fd)", kind: .pipe)) {
      try ByteSourceOpener.open("/dev/fd/\(fd)")
    }
  }

  @Test func aDirectoryIsRefused() throws {
    #expect(throws: SourceError.isDirectory(path: "/")) { try ByteSourceOpener.open("/") }
    #expect(throws: SourceError.cannotOpen(path: "/nonexistent", reason: "No such file or directory")) {
      try ByteSourceOpener.open("/nonexistent")
    }
  }

  @Test func aRegularFileStaysLazy() throws {
    let source = try ByteSourceOpener.open("/proc/self/exe")
    #expect(source is FileByteSource)
  }
}

/// `pipe(2)`, named so that no method hides it.
private func makePipe(_ ends: inout [Int32]) -> Int32 { pipe(&ends) }
