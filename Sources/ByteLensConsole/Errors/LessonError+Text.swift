extension LessonError: UserFacingError {
  var message: String {
    switch self {
    case .noSuchLesson(let number, let count):
      return "there is no lesson \(number): the lessons are 1 to \(count)"
    case .noLessonRunning(let command):
      return "\(quoted(command)) works inside a lesson, and none is started"
    case .noLessonBefore:
      return "this is the first lesson"
    case .noLessonAfter(let count):
      return "lesson \(count) is the last lesson"
    case .everyLessonSolved(let count):
      return "every lesson is solved, 1 to \(count)"
    case .lessonCommandFailed(let lesson, let command, let message):
      return "lesson \(lesson) could not run \(quoted(command)): \(message)"
    }
  }

  var hint: String? {
    switch self {
    case .noSuchLesson, .noLessonRunning: return "'learn' lists the lessons; 'learn 1' starts the first"
    case .noLessonBefore: return "'learn' lists the lessons"
    case .noLessonAfter: return "'learn' lists the lessons and shows which are solved"
    case .everyLessonSolved: return "'learn N' plays lesson N again"
    case .lessonCommandFailed: return nil
    }
  }
}

extension LessonProgressNotKept {
  /// The one line a session prints, the first time progress cannot be kept.
  var warning: String {
    "warning: cannot keep the lessons solved in \(quotedPath(path)) (\(reason)); "
      + "they are kept for this session only"
  }
}
