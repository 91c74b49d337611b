/// What `learn`, `hint`, `skip` and `back` refuse.
enum LessonError: Error, Equatable {
  /// `learn N` past the lessons there are.
  case noSuchLesson(Int, count: Int)
  /// `hint`, `skip` or `back` with no lesson started.
  case noLessonRunning(command: String)
  /// `back` in the first lesson.
  case noLessonBefore
  /// `skip` in the last lesson.
  case noLessonAfter(count: Int)
  /// `learn next`, with no lesson started or in the last one, when every lesson is solved.
  case everyLessonSolved(count: Int)
  /// A lesson's own commands failed: a defect of the lesson, named so it can be fixed.
  case lessonCommandFailed(lesson: Int, command: String, message: String)
}
