import Synchronization

/// A request to stop the command that is running, set from a signal handler (Ctrl-C) and
/// checked by long loops, which then throw `EngineError.interrupted`.
public enum Cancellation {
  private static let requested = Atomic<Bool>(false)

  /// Asks the running command to stop. Async-signal-safe: one atomic store.
  public static func request() { requested.store(true, ordering: .relaxed) }

  /// Forgets an earlier request, before a new command starts.
  public static func reset() { requested.store(false, ordering: .relaxed) }

  public static var isRequested: Bool { requested.load(ordering: .relaxed) }

  /// Throws when a stop was requested.
  @inline(__always)
  public static func check() throws {
    if requested.load(ordering: .relaxed) { throw EngineError.interrupted }
  }
}

extension EngineError {
  /// The command was stopped by Ctrl-C.
  public static let interrupted = EngineError("interrupted")
}
