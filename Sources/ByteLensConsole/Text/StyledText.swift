/// What a piece of output text is, so that the app can colour it; the console never emits
/// escape codes itself.
public enum TextRole: Hashable, Sendable {
  case plain
  /// A byte offset or index.
  case offset
  /// A value read from the bytes.
  case value
  /// A dtype spelling.
  case dtype
  /// A label such as `shape:` in `info`.
  case label
  /// Secondary text: units, separators, counts.
  case muted
  /// The `error:` line.
  case error
  /// The `hint:` line.
  case hint
  /// The interactive prompt.
  case prompt
}

/// Text made of spans tagged with roles.
///
/// Renderers and commands build it; the app turns it into plain text or ANSI colours.
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
  public struct Span: Hashable, Sendable {
    public var text: String
    public var role: TextRole

    public init(_ text: String, role: TextRole = .plain) {
      self.text = text
      self.role = role
    }
  }

  public private(set) var spans: [Span] = []

  public init() {}

  public init(_ text: String, role: TextRole = .plain) {
    append(text, role: role)
  }

  public init(stringLiteral value: String) {
    append(value)
  }

  public var isEmpty: Bool { spans.isEmpty }

  /// The text without any roles.
  public var plainText: String {
    var result = ""
    result.reserveCapacity(spans.reduce(0) { $0 + $1.text.utf8.count })
    for span in spans { result += span.text }
    return result
  }

  /// Appends `text`, merging it into the last span when the role is the same.
  public mutating func append(_ text: String, role: TextRole = .plain) {
    guard !text.isEmpty else { return }
    if let last = spans.indices.last, spans[last].role == role {
      spans[last].text += text
    } else {
      spans.append(Span(text, role: role))
    }
  }

  public mutating func append(_ other: StyledText) {
    for span in other.spans { append(span.text, role: span.role) }
  }

  /// Appends `text` and a newline.
  public mutating func appendLine(_ text: String = "", role: TextRole = .plain) {
    append(text, role: role)
    append("\n")
  }

  public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var result = lhs
    result.append(rhs)
    return result
  }
}
