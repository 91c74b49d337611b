import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary file an `AtomicFileWriter` write has open, kept where a signal handler can
/// reach it: SIGTERM or a second Ctrl-C ends the program without unwinding, and the handler
/// removes the file so that no `.NAME.bytelens-XXXXXX` is left behind.
///
/// The path lives in a fixed C string buffer and a flag says whether it is armed: reading them
/// and calling `unlink(2)` is async-signal-safe. Disabled unless `enable()` was called (the
/// executable does, before installing its handlers), so that writes running side by side in
/// tests never share the buffer.
public enum TemporaryFileCleanup {
  /// The longest path kept (PATH_MAX); a longer one is written but not cleaned up by a signal.
  static let capacity = 4096
  nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(
    capacity: capacity + 1)
  private static let isEnabled = Atomic<Bool>(false)
  private static let isArmed = Atomic<Bool>(false)

  /// Turns the registry on and makes its storage ready, outside any signal handler.
  public static func enable() {
    path.initialize(to: 0)
    isEnabled.store(true, ordering: .sequentiallyConsistent)
  }

  /// Removes the temporary file of the write in flight, if any. Async-signal-safe.
  public static func removeInFlightFile() {
    guard isEnabled.load(ordering: .sequentiallyConsistent),
      isArmed.exchange(false, ordering: .sequentiallyConsistent)
    else { return }
    unlink(path)
  }

  /// Keeps `name` (a NUL-terminated path) as the file to remove on a signal.
  static func arm(_ name: [CChar]) {
    guard isEnabled.load(ordering: .sequentiallyConsistent), name.count <= capacity + 1 else {
      return
    }
    name.withUnsafeBufferPointer { path.update(from: $0.baseAddress!, count: $0.count) }
    isArmed.store(true, ordering: .sequentiallyConsistent)
  }

  /// Forgets the file: it has taken its final name, or been removed.
  static func disarm() {
    isArmed.store(false, ordering: .sequentiallyConsistent)
  }
}
