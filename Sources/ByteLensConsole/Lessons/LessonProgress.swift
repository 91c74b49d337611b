/// Where `learn` keeps which lessons were solved. The console never opens a file of the
/// user's: the app hands in a store that keeps them beside the history; the default keeps
/// them for the session only.
public protocol LessonProgressStore: AnyObject {
  /// The ids of the lessons solved so far.
  func solvedLessons() -> Set<String>
  /// Records that the lesson with `id` was solved; throws when it is kept for this session
  /// only, having failed to reach the store.
  func markSolved(_ id: String) throws(LessonProgressNotKept)
}

/// Lessons solved that a store could not keep past the session: where, and the system's
/// reason.
public struct LessonProgressNotKept: Error, Equatable {
  public let path: String
  public let reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
}

/// Progress that lasts as long as the session.
public final class SessionLessonProgress: LessonProgressStore {
  private var solved: Set<String>

  public init(solved: Set<String> = []) {
    self.solved = solved
  }

  public func solvedLessons() -> Set<String> { solved }

  public func markSolved(_ id: String) { solved.insert(id) }
}
