/// Where a long command shows how far it has got: one line, replaced as it goes and cleared
/// at the end. The console decides the words and how often; the app decides where the line
/// goes (standard error, in interactive sessions only, so that batch output and transcripts
/// never hold it).
public struct ProgressDisplay: Sendable {
  /// Shows `line` in place of the previous one.
  public var show: @Sendable (String) -> Void
  /// Removes the line.
  public var clear: @Sendable () -> Void
  /// The time between two updates, and before the first.
  public var interval: Duration

  public init(
    interval: Duration = .milliseconds(500), show: @escaping @Sendable (String) -> Void,
    clear: @escaping @Sendable () -> Void
  ) {
    self.interval = interval
    self.show = show
    self.clear = clear
  }
}

/// Calls a `ProgressDisplay` at most once per interval while a scan runs.
struct ProgressReporter {
  let display: ProgressDisplay
  let clock = ContinuousClock()
  var nextUpdate: ContinuousClock.Instant
  private(set) var hasShown = false

  init(_ display: ProgressDisplay) {
    self.display = display
    nextUpdate = clock.now.advanced(by: display.interval)
  }

  /// Shows `line()` when the interval has passed since the last update.
  mutating func update(_ line: () -> String) {
    let now = clock.now
    guard now >= nextUpdate else { return }
    nextUpdate = now.advanced(by: display.interval)
    hasShown = true
    display.show(line())
  }

  /// Clears the line, if one was shown.
  func finish() {
    if hasShown { display.clear() }
  }
}

/// `1.5 GiB`, `12.0 MiB`, `512 bytes`: a size for a progress line.
func spokenSize(_ bytes: Int) -> String {
  let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
  for (scale, name) in units where bytes >= scale {
    let tenths = bytes / (scale / 10)
    return "\(tenths / 10).\(tenths % 10) \(name)"
  }
  return "\(bytes) byte\(bytes == 1 ? "" : "s")"
}
