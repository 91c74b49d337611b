#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two pieces of work at once: `second` on a new thread, `first` on this one. Returns when
/// both are done, throwing the first one's error or else the second's. When no thread can be
/// started, the two run one after the other here.
///
/// The work must share nothing it writes: each side gets its own state, merged afterwards.
enum TwoThreads {
  static func run(_ first: () throws -> Void, _ second: () throws -> Void) throws {
    try withoutActuallyEscaping(second) { second in
      let job = Job(second)
      let context = Unmanaged.passRetained(job)
      // The new thread takes no signals: Ctrl-C stays with the main thread, which both sides
      // watch through `Cancellation`.
      var all = sigset_t()
      var previous = sigset_t()
      sigfillset(&all)
      pthread_sigmask(SIG_SETMASK, &all, &previous)
      #if canImport(Darwin)
        var thread: pthread_t? = nil
      #else
        var thread = pthread_t()
      #endif
      let started = pthread_create(
        &thread, nil,
        { raw in
          #if canImport(Darwin)
            Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().run()
          #else
            Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().run()
          #endif
          return nil
        }, context.toOpaque())
      pthread_sigmask(SIG_SETMASK, &previous, nil)
      guard started == 0 else {
        context.release()
        try first()
        try second()
        return
      }
      var firstError: (any Error)? = nil
      do { try first() } catch { firstError = error }
      #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
      #else
        pthread_join(thread, nil)
      #endif
      if let firstError { throw firstError }
      if let error = job.error { throw error }
    }
  }

  /// The second piece of work and what it threw, handed to the new thread.
  private final class Job: @unchecked Sendable {
    let work: () throws -> Void
    var error: (any Error)? = nil

    init(_ work: @escaping () throws -> Void) { self.work = work }

    func run() {
      do { try work() } catch { self.error = error }
    }
  }
}
