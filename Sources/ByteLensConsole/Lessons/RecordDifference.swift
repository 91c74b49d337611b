import ByteLensEngine

/// The first way a record dtype differs from a goal's, named so that a verdict can say which
/// field is wrong without printing two long dtypes.
enum RecordDifference: Equatable {
  case names(goal: [String], yours: [String])
  /// The field `name` has another dtype (its `dtype.str`).
  case fieldDType(name: String, goal: String, yours: String)
  case fieldOffset(name: String, goal: Int, yours: Int)
  case itemsize(goal: Int, yours: Int)
  /// One of the two is made with `align=True` and the other is not.
  case aligned(goal: Bool)
  /// A difference none of the above names (a title, a nested record); the reprs show it.
  case other(goal: String, yours: String)

  /// How `yours` first differs from `goal`; nil when their reprs are equal.
  init?(yours: DType, goal: DType) {
    guard yours.repr != goal.repr else { return nil }
    let goalFields = goal.fields
    let yourFields = yours.fields
    if goalFields.map(\.name) != yourFields.map(\.name) {
      self = .names(goal: goalFields.map(\.name), yours: yourFields.map(\.name))
      return
    }
    for (goalField, yourField) in zip(goalFields, yourFields) {
      if goalField.dtype.repr != yourField.dtype.repr {
        self = .fieldDType(
          name: goalField.name, goal: goalField.dtype.str, yours: yourField.dtype.str)
        return
      }
      if goalField.offset != yourField.offset {
        self = .fieldOffset(name: goalField.name, goal: goalField.offset, yours: yourField.offset)
        return
      }
    }
    if goal.itemsize != yours.itemsize {
      self = .itemsize(goal: goal.itemsize, yours: yours.itemsize)
    } else if goal.isAlignedStruct != yours.isAlignedStruct {
      self = .aligned(goal: goal.isAlignedStruct)
    } else {
      self = .other(goal: goal.repr, yours: yours.repr)
    }
  }
}
