/// The bytes of a script made text, within bounds: what `-f`, `source` and commands piped on
/// standard input are checked against before a line is run.
///
/// A script is UTF-8 text without NUL bytes, of at most `fileLimit` bytes, in lines (and
/// statements, which may run over several lines inside brackets) of at most `lineLimit`
/// bytes. Anything else (a binary file, `/dev/zero`, a megabyte of garbage on one line) is
/// refused with an error naming the limit and the line, before any of it is parsed.
public enum ScriptText {
  /// The longest line, and the longest statement, read: 1 MiB.
  public static let lineLimit = 1 << 20
  /// The largest script file read: 16 MiB.
  public static let fileLimit = 16 << 20

  /// The text of a script file, checked.
  /// - Parameter bytes: the file's bytes, read up to `fileLimit + 1` bytes so that a larger
  ///   file (or an endless one) is known to be too large.
  /// - Throws: a `UserFacingError` naming the path, the line and the limit.
  public static func decode(_ bytes: [UInt8], path: String) throws -> String {
    guard bytes.count <= fileLimit else {
      throw SessionError.scriptTooLarge(path: path, limit: fileLimit)
    }
    var lineNumber = 1
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      _ = try line(bytes[lineStart..<lineEnd], number: lineNumber, path: path)
      lineNumber += 1
      lineStart = lineEnd + 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One line of a script, checked: at most `lineLimit` bytes, UTF-8, no NUL.
  /// - Parameters:
  ///   - number: the line's number, for the error.
  ///   - path: the script's path, or nil for standard input.
  /// - Throws: a `UserFacingError` naming the line (and the path) and what is wrong.
  public static func line(
    _ bytes: ArraySlice<UInt8>, number: Int, path: String? = nil
  ) throws -> String {
    let content = bytes.last == UInt8(ascii: "\n") ? bytes.dropLast() : bytes
    guard content.count <= lineLimit else {
      throw SessionError.scriptLineTooLong(path: path, line: number, limit: lineLimit)
    }
    guard !bytes.contains(0) else {
      throw SessionError.scriptHasNul(path: path, line: number)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw SessionError.scriptNotText(path: path, line: number)
    }
    return text
  }

  /// The error for line `number` of standard input, which is longer than `lineLimit` bytes.
  public static func lineTooLong(number: Int) -> any UserFacingError {
    SessionError.scriptLineTooLong(path: nil, line: number, limit: lineLimit)
  }

  /// `1 MiB`, `16 MiB`: a limit as the errors say it.
  static func spoken(_ limit: Int) -> String {
    limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
  }
}
