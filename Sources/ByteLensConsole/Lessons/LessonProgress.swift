/// Where `learn` keeps which lessons were solved. The console never opens a file of the
/// user's: the app hands in a store that keeps them beside the history; the default keeps
/// them for the session only.
public protocol LessonProgressStore: AnyObject {
  /// The ids of the lessons solved so far.
  func solvedLessons() -> Set<String>
  /// Records that the lesson with `id` was solved.
  func markSolved(_ id: String)
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
