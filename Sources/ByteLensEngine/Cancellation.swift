import Synchronization

/// A request to stop the command that is running, set from a signal handler (Ctrl-C) and
/// checked by long loops, which then throw `Interrupted`.
public enum Cancellation {
  private static let requested = Atomic<Bool>(false)

  /// A stop request that only the code run under it sees (`Cancellation.$scoped.withValue`),
  /// so that a test can stop its own command without stopping others running beside it.
  public final class Flag: Sendable {
    private let value = Atomic<Bool>(false)

    public init() {}

    public func request() { value.store(true, ordering: .relaxed) }

    public var isRequested: Bool { value.load(ordering: .relaxed) }
  }

  /// The flag of the task that runs, besides the process-wide one.
  @TaskLocal public static var scoped: Flag? = nil

  /// Asks the running command to stop. Async-signal-safe: one atomic exchange.
  /// - Returns: whether a stop had been asked for already (a second Ctrl-C).
  @discardableResult
  public static func request() -> Bool { requested.exchange(true, ordering: .relaxed) }

  /// Forgets an earlier request, before a new command starts.
  public static func reset() { requested.store(false, ordering: .relaxed) }

  public static var isRequested: Bool {
    requested.load(ordering: .relaxed) || scoped?.isRequested == true
  }

  /// Throws when a stop was requested.
  @inline(__always)
  public static func check() throws {
    if isRequested { throw Interrupted() }
  }
}
