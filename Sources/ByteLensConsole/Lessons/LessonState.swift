import ByteLensEngine

/// The lesson `learn` started in a session, and how far the student got.
struct LessonState {
  /// The lesson's place in `LessonCatalog.lessons`.
  var index: Int
  /// How many of the exercise's hints `hint` has given.
  var hintsGiven = 0
  var solved = false
  /// Set while `learn N solution` plays the reference solution: solving it so is not
  /// progress of the student's.
  var playsSolution = false
  /// The bytes the exercise started from: a view that still reads them is not a copy.
  var source: (any ByteSource)?
  /// What the reference solution made, which the student's view is checked against.
  var goal: GoalView

  var lesson: Lesson { LessonCatalog.lessons[index] }
}

/// What a view is, as far as a goal cares: computed once for the reference solution and
/// after each command for the student's view.
struct GoalView {
  var shape: [Int]
  var strides: [Int]
  var dtype: DType
  /// numpy's `str()` of the view, every element printed.
  var text: String
  /// `tobytes()` in C order.
  var bytes: [UInt8]
  /// The command that made the view a copy, if one did.
  var copiedBy: String?
  /// The source the view reads.
  var source: any ByteSource
}

/// Why the student's view is not the goal yet, in the order the checks are made.
enum GoalMiss: Equatable {
  case shape(goal: [Int], yours: [Int])
  case values
  case dtype(goal: String, yours: String)
  /// Both are records (every 24-byte record's `dtype.str` is `'|V24'`): which field differs.
  case record(RecordDifference)
  case strides(goal: [Int], yours: [Int])
  case bytes
  /// The values are right but they are a copy of the lesson's bytes (or other bytes).
  case copy(madeBy: String?)
}

extension GoalView {
  /// The first check of `checks` that `self` (the student's view) fails against `goal`.
  func firstMiss(against goal: GoalView, checks: [GoalCheck], source lessonSource: (any ByteSource)?)
    -> GoalMiss?
  {
    for check in checks {
      switch check {
      case .values:
        if shape != goal.shape { return .shape(goal: goal.shape, yours: shape) }
        if text != goal.text { return .values }
      case .dtype:
        if dtype.isStructured && goal.dtype.isStructured {
          if let difference = RecordDifference(yours: dtype, goal: goal.dtype) {
            return .record(difference)
          }
        } else if dtype.repr != goal.dtype.repr {
          return .dtype(goal: goal.dtype.str, yours: dtype.str)
        }
      case .strides:
        if strides != goal.strides { return .strides(goal: goal.strides, yours: strides) }
      case .bytesInCOrder:
        if bytes != goal.bytes { return .bytes }
      case .isView:
        if copiedBy != nil || lessonSource.map({ $0 !== source }) ?? true {
          return .copy(madeBy: copiedBy)
        }
      }
    }
    return nil
  }
}
