/// One lesson of `learn`: bytes to look at, the pictures that explain them, and an exercise
/// the session checks.
///
/// A lesson is data: commands of the language and prose. Every value it shows is printed by
/// the engine when the lesson runs, so the text stays true to numpy.
public struct Lesson: Sendable {
  /// A step of the lesson's demonstration: a sentence, then commands run with their output.
  public struct Show: Sendable {
    public let caption: String
    public let commands: [String]
    /// Commands whose output is drawn to the right of `commands`' output, both run from the
    /// same view (`byteorder swap` beside `byteswap`).
    public let beside: [String]?

    public init(caption: String, commands: [String], beside: [String]? = nil) {
      self.caption = caption
      self.commands = commands
      self.beside = beside
    }
  }

  /// A stable name, kept in the progress file (so renumbering lessons keeps progress).
  public let id: String
  public let title: String
  /// Commands that make the lesson's bytes; they are listed, and run silently.
  public let setup: [String]
  /// What the bytes are and what to find out: two or three sentences.
  public let introduction: [String]
  public let shows: [Show]
  public let exercise: Exercise

  public init(
    id: String, title: String, setup: [String], introduction: [String], shows: [Show],
    exercise: Exercise
  ) {
    self.id = id
    self.title = title
    self.setup = setup
    self.introduction = introduction
    self.shows = shows
    self.exercise = exercise
  }
}

/// The task that ends a lesson, what counts as done, and how to help.
public struct Exercise: Sendable {
  /// Commands that set up the view the student starts from, run silently after the shows.
  public let setup: [String]
  /// What to do, in a sentence or two.
  public let task: [String]
  /// What the student's current view must share with the view the reference solution makes.
  public let goal: [GoalCheck]
  /// Hints from gentle to explicit; after the last, `hint` gives the solution.
  public let hints: [String]
  /// Commands that solve it, run after `setup`; they make the goal view.
  public let solution: [String]
  /// Commands that look plausible and do not solve it (the tests play them, and so does the
  /// interactive test).
  public let wrongAttempt: [String]

  public init(
    setup: [String], task: [String], goal: [GoalCheck], hints: [String], solution: [String],
    wrongAttempt: [String]
  ) {
    self.setup = setup
    self.task = task
    self.goal = goal
    self.hints = hints
    self.solution = solution
    self.wrongAttempt = wrongAttempt
  }
}

/// One thing the student's view must share with the goal view.
public enum GoalCheck: Sendable, Hashable {
  /// The same shape and the same values, as `show` prints them.
  case values
  /// The same dtype, byte order included.
  case dtype
  /// The same strides (in bytes).
  case strides
  /// The same bytes from `tobytes()` (C order), whatever the shape.
  case bytesInCOrder
  /// Still reading the lesson's bytes: no command since the setup made a copy.
  case isView
}
