import ByteLensEngine

extension GoalMiss {
  /// What `not yet:` says.
  var sentence: String {
    switch self {
    case .shape(let goal, let yours):
      return "the goal's shape is \(PythonRepr.tuple(goal)), this view's "
        + PythonRepr.tuple(yours)
    case .values:
      return "the values are not the goal's"
    case .dtype(let goal, let yours):
      return "the dtype is \(quoted(yours)); the goal's is \(quoted(goal))"
    case .strides(let goal, let yours):
      return "the strides are \(PythonRepr.tuple(yours)); the goal's are "
        + PythonRepr.tuple(goal)
    case .bytes:
      return "tobytes() gives other bytes than the goal's"
    case .copy(let madeBy?):
      return "the values are right, but \(quoted(madeBy)) made a copy: the goal is a view of "
        + "the lesson's bytes"
    case .copy(nil):
      return "the values are right, but this view reads other bytes than the lesson's"
    }
  }
}
