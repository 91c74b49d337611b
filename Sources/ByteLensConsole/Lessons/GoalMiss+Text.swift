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
    case .record(let difference):
      return difference.sentence
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

extension RecordDifference {
  var sentence: String {
    switch self {
    case .names(let goal, let yours):
      return "the fields are \(names(yours)); the goal's are \(names(goal))"
    case .fieldDType(let name, let goal, let yours):
      return "field \(quoted(name)) is \(quoted(yours)); the goal's is \(quoted(goal))"
    case .fieldOffset(let name, let goal, let yours):
      return "field \(quoted(name)) starts at byte \(yours) of a record; the goal's at \(goal)"
    case .itemsize(let goal, let yours):
      return "a record is \(yours) bytes; the goal's is \(goal)"
    case .aligned(true):
      return "the fields lie right, but the dtype is not made with align=True"
    case .aligned(false):
      return "the goal's dtype is not made with align=True"
    case .other(let goal, let yours):
      return "the dtype is \(yours); the goal's is \(goal)"
    }
  }

  private func names(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.map { quoted($0) }.joined(separator: ", ")
  }
}
