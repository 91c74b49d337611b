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
        if Cancellation.request() { _exit(130) }
      }
    #else
      action.sa_handler = { _ in
        if Cancellation.request() { _exit(130) }
      }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }
}
