/// The error of a command stopped by Ctrl-C: thrown by long loops when `Cancellation` is
/// requested. (Not Swift's `CancellationError`, which is about tasks.)
public struct Interrupted: Error, Equatable, Sendable {
  public init() {}
}
