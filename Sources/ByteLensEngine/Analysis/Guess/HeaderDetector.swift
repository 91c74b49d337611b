/// Finds a region at the start of some bytes that looks unlike the rest: a header to skip.
enum HeaderDetector {
  /// Bytes per window compared with the body.
  static let windowSize = 16
  /// The longest header looked for.
  static let longestHeader = 4096

  /// The length of the header at the start of `bytes`, a multiple of `windowSize`, or nil.
  ///
  /// Each window of the first bytes is compared with the rest (the body) by its shares of
  /// printable ASCII and of zero bytes; the header ends where the windows before are mostly
  /// unlike the body and those after all alike.
  static func headerLength(_ bytes: ArraySlice<UInt8>) -> Int? {
    let examined = min(longestHeader, bytes.count / 4) / windowSize * windowSize
    guard examined >= 4 * windowSize else { return nil }
    let start = bytes.startIndex
    let body = ByteClasses(bytes[(start + examined)...])
    var unlike: [Bool] = []
    for window in stride(from: 0, to: examined, by: windowSize) {
      let classes = ByteClasses(bytes[(start + window)..<(start + window + windowSize)])
      unlike.append(
        abs(classes.printable - body.printable) > 0.45 || abs(classes.zero - body.zero) > 0.45)
    }
    var balance = 0
    var best = (balance: 0, end: 0)
    for (index, isUnlike) in unlike.enumerated() {
      balance += isUnlike ? 1 : -1
      if balance > best.balance { best = (balance, index + 1) }
    }
    guard best.balance >= 2 else { return nil }
    let before = unlike[..<best.end].filter { $0 }.count
    let after = unlike[best.end...].filter { $0 }.count
    guard Double(before) >= 0.7 * Double(best.end),
      Double(after) <= 0.1 * Double(max(1, unlike.count - best.end))
    else { return nil }
    return best.end * windowSize
  }
}

/// The shares of printable ASCII (with tab, newline and carriage return) and of zero bytes.
struct ByteClasses {
  var printable = 0.0
  var zero = 0.0

  init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    guard !bytes.isEmpty else { return }
    var printableCount = 0
    var zeroCount = 0
    for byte in bytes {
      if ByteClasses.isPrintable(byte) { printableCount += 1 }
      if byte == 0 { zeroCount += 1 }
    }
    printable = Double(printableCount) / Double(bytes.count)
    zero = Double(zeroCount) / Double(bytes.count)
  }

  static func isPrintable(_ byte: UInt8) -> Bool {
    (0x20...0x7E).contains(byte) || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
