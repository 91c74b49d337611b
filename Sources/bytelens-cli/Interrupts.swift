import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C: in an interactive session it stops the running command (the engine's loops check
/// `Cancellation`) or discards the line being typed, and never ends the program.
enum Interrupts {
  /// Installs the SIGINT handler, without `SA_RESTART`, so a blocked `read` returns `EINTR`
  /// and the line editor gives up the line.
  static func install() {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in Cancellation.request() }
    #else
      action.sa_handler = { _ in Cancellation.request() }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  /// Ctrl-C in a batch run (`-c`, `-f`, piped commands): the first stops the running command
  /// as at the prompt, so that `save` removes its temporary file, and the run ends with status
  /// 130; a second ends the program at once, for a command that does not stop.
  static func installForBatch() {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in
        if Cancellation.request() {
          TemporaryFileCleanup.removeInFlightFile()
          _exit(130)
        }
      }
    #else
      action.sa_handler = { _ in
        if Cancellation.request() {
          TemporaryFileCleanup.removeInFlightFile()
          _exit(130)
        }
      }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  /// SIGTERM and SIGHUP (a `kill`, a closed terminal) end the program as they would without
  /// a handler, but first remove the temporary file of a `save` in flight, which would
  /// otherwise stay behind as `.NAME.bytelens-XXXXXX`.
  static func installTermination() {
    TemporaryFileCleanup.enable()
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { signal in
        TemporaryFileCleanup.removeInFlightFile()
        Interrupts.endAsIfUnhandled(signal)
      }
    #else
      action.sa_handler = { signal in
        TemporaryFileCleanup.removeInFlightFile()
        Interrupts.endAsIfUnhandled(signal)
      }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGTERM, &action, nil)
    sigaction(SIGHUP, &action, nil)
  }

  /// Restores the default action of `signal` and raises it again, so the parent sees the
  /// program killed by it. Async-signal-safe.
  private static func endAsIfUnhandled(_ signal: Int32) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = SIG_DFL
    #else
      action.sa_handler = SIG_DFL
    #endif
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    raise(signal)
  }
}
