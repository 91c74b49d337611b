import ByteLensEngine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices the reader of standard output going away (`bytelens F -c 'hexdump all' | head`)
/// while a command is working, even one that has nothing to write yet: a thread waits in
/// `poll(2)` for the pipe's error or hang-up and raises `readerGone`. A write to such a pipe
/// would fail with `EPIPE` (SIGPIPE is ignored), but a dump collapsing a long run of repeated
/// rows writes nothing for minutes.
enum OutputReaderWatch {
  /// Raised once the reader of standard output has gone.
  static let readerGone = Cancellation.Flag()

  /// Starts the watch when standard output is a pipe or a socket (a terminal or a file has no
  /// reader to lose). Returns the flag it raises, or nil when there is nothing to watch.
  static func start() -> Cancellation.Flag? {
    var status = stat()
    guard fstat(1, &status) == 0 else { return nil }
    let type = status.st_mode & S_IFMT
    guard type == S_IFIFO || type == S_IFSOCK else { return nil }
    // The thread takes no signals: Ctrl-C must interrupt the main thread's blocked `read`.
    var all = sigset_t()
    var previous = sigset_t()
    sigfillset(&all)
    pthread_sigmask(SIG_SETMASK, &all, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    #if canImport(Darwin)
      var thread: pthread_t? = nil
    #else
      var thread = pthread_t()
    #endif
    guard pthread_create(&thread, nil, { _ in OutputReaderWatch.wait(); return nil }, nil) == 0
    else { return nil }
    #if canImport(Darwin)
      if let thread { pthread_detach(thread) }
    #else
      pthread_detach(thread)
    #endif
    return readerGone
  }

  /// Blocks until standard output reports an error or a hang-up (its reader closed it).
  private static func wait() {
    // No events asked for: poll still reports POLLERR and POLLHUP, and only those.
    var entry = pollfd(fd: 1, events: 0, revents: 0)
    while true {
      let ready = poll(&entry, 1, -1)
      if ready < 0 && errno != EINTR { return }
      if ready > 0 && entry.revents & Int16(POLLERR | POLLHUP) != 0 {
        readerGone.request()
        return
      }
    }
  }
}
