import ByteLensEngine

/// `learn`, `hint`, `skip` and `back`: lessons run as commands of the language in this
/// session, and the check of the student's view against the exercise's goal after each
/// command.
extension Session {
  /// The most elements a view may have for its values to be compared with a goal's; lesson
  /// goals are small, and a view this large cannot be one.
  static let goalElementLimit = 4096
  /// The most bytes such a view may hold: 4096 elements of a 1 MB string are no goal either,
  /// and printing them after every command would stall the session.
  static let goalByteLimit = 64 * 1024
  /// Bytes per row of the dumps a lesson draws side by side: one 4-byte element a row.
  static let besideHexdumpWidth = 4
  /// The widest line that stands in a column; a wider one (a dump's title) is printed above
  /// the columns, so that two fit in 80 columns.
  static let besideColumnLimit = 38

  func lesson(_ request: Command.LessonRequest) throws -> CommandOutcome {
    let count = LessonCatalog.lessons.count
    switch request {
    case .list:
      return CommandOutcome(output: lessonList())
    case .start(let number, let playingSolution):
      guard number <= count else { throw LessonError.noSuchLesson(number, count: count) }
      return try startLesson(number - 1, playingSolution: playingSolution)
    case .next:
      if let state = lessonState, state.index + 1 < count {
        return try startLesson(state.index + 1, playingSolution: false)
      }
      // With no lesson started, or after the last: the first lesson not solved yet.
      let solved = lessonProgress.solvedLessons()
      guard let next = LessonCatalog.lessons.firstIndex(where: { !solved.contains($0.id) }) else {
        throw LessonError.everyLessonSolved(count: count)
      }
      return try startLesson(next, playingSolution: false)
    case .hint:
      guard var state = lessonState else { throw LessonError.noLessonRunning(command: "hint") }
      let hints = state.lesson.exercise.hints
      var output = StyledText()
      if state.hintsGiven < hints.count {
        output.append("hint \(state.hintsGiven + 1) of \(hints.count):", role: .label)
        output.appendLine(" " + hints[state.hintsGiven])
        state.hintsGiven += 1
        lessonState = state
      } else {
        output.append("solution:", role: .label)
        output.appendLine(" " + state.lesson.exercise.solution.joined(separator: "; "))
      }
      return CommandOutcome(output: output)
    case .skip:
      guard let state = lessonState else { throw LessonError.noLessonRunning(command: "skip") }
      guard state.index + 1 < count else { throw LessonError.noLessonAfter(count: count) }
      return try startLesson(state.index + 1, playingSolution: false)
    case .back:
      guard let state = lessonState else { throw LessonError.noLessonRunning(command: "back") }
      guard state.index > 0 else { throw LessonError.noLessonBefore }
      return try startLesson(state.index - 1, playingSolution: false)
    }
  }

  /// `learn`: every lesson, the solved ones ticked, the current one pointed at.
  private func lessonList() -> StyledText {
    let solved = lessonProgress.solvedLessons()
    var output = StyledText()
    let solvedCount = LessonCatalog.lessons.count { solved.contains($0.id) }
    output.appendLine(
      "Lessons on memory layout (✓ solved, \(solvedCount) of \(LessonCatalog.lessons.count)):",
      role: .label)
    let width = String(LessonCatalog.lessons.count).count
    for (index, lesson) in LessonCatalog.lessons.enumerated() {
      let mark = solved.contains(lesson.id) ? "✓" : lessonState?.index == index ? "›" : " "
      output.append(" \(mark) ", role: .value)
      output.append(String(index + 1).leftPadded(to: width), role: .offset)
      output.appendLine("  " + lesson.title)
    }
    output.appendLine(
      "'learn N' starts lesson N, 'learn next' the next one; 'learn N solution' shows it solved.",
      role: .muted)
    return output
  }

  /// `reset` clears the lesson's bytes too: the lesson stops, and says how to start it again.
  func stopLessonForReset() -> StyledText {
    var output = StyledText()
    guard let state = lessonState else { return output }
    lessonState = nil
    let number = state.index + 1
    output.appendLine(
      "lesson \(number) stopped: reset cleared its bytes; 'learn \(number)' starts it again",
      role: .muted)
    return output
  }

  // MARK: Running a lesson

  /// Shows lesson `index` (its bytes, pictures and exercise) and makes its exercise the one
  /// the session checks; with `playingSolution`, then runs the reference solution.
  private func startLesson(_ index: Int, playingSolution: Bool) throws -> CommandOutcome {
    let lesson = LessonCatalog.lessons[index]
    let number = index + 1
    // The lesson's text comes out whole, in order: nothing streams past it.
    let live = liveOutput
    liveOutput = nil
    defer { liveOutput = live }
    var output = StyledText()
    output.append("Lesson \(number) of \(LessonCatalog.lessons.count)", role: .label)
    output.appendLine(" · " + lesson.title, role: .label)
    for line in lesson.introduction { output.appendLine(line) }
    for command in lesson.setup {
      _ = try runLessonCommand(command, lesson: number)
      output.appendLine("  › " + command, role: .prompt)
    }
    let afterSetup = (stack, cursor)
    for show in lesson.shows {
      output.appendLine()
      output.appendLine(show.caption)
      if let beside = show.beside {
        output.append(try sideBySide(show.commands, beside, from: afterSetup))
      } else {
        for command in show.commands {
          output.appendLine("› " + command, role: .prompt)
          output.append(runShown(command))
        }
      }
    }
    (stack, cursor) = afterSetup
    let exercise = lesson.exercise
    for command in exercise.setup { _ = try runLessonCommand(command, lesson: number) }
    lessonState = LessonState(
      index: index, source: currentView?.source, goal: try goalView(of: lesson, number: number))
    output.appendLine()
    output.append("Exercise:", role: .label)
    output.appendLine(" " + exercise.task.joined(separator: "\n"))
    if !playingSolution {
      output.appendLine(
        "Type commands; the view is checked after each. 'hint' helps, 'skip' and 'back' move.",
        role: .muted)
    }
    if playingSolution {
      lessonState?.playsSolution = true
      output.appendLine("Solution:", role: .label)
      for command in exercise.solution {
        output.appendLine("› " + command, role: .prompt)
        output.append(run(command).transcript)
      }
      lessonState?.playsSolution = false
    }
    output.appendLine()
    return CommandOutcome(output: output)
  }

  /// Runs one of a lesson's own commands, unchecked; a failure is a defect of the lesson.
  @discardableResult
  private func runLessonCommand(_ command: String, lesson number: Int) throws -> StyledText {
    runsLessonScript = true
    defer { runsLessonScript = false }
    let outcome = run(command)
    guard !outcome.failed else {
      throw LessonError.lessonCommandFailed(
        lesson: number, command: command, message: outcome.transcript.plainText)
    }
    return outcome.transcript
  }

  /// A command a lesson shows, with its output and any error it gives (some lessons show
  /// the error numpy gives).
  private func runShown(_ command: String) -> StyledText {
    runsLessonScript = true
    defer { runsLessonScript = false }
    return run(command).transcript
  }

  /// The output of `left` and of `right`, each run from `start`, in two columns. Each
  /// column's commands and its lines too wide to stand beside the other come first, the
  /// left's then the right's; the rest stand side by side.
  private func sideBySide(
    _ left: [String], _ right: [String], from start: ([ViewEntry], Int)
  ) throws -> StyledText {
    func column(_ commands: [String]) -> (above: [StyledText], body: [StyledText]) {
      (stack, cursor) = start
      var text = StyledText()
      for command in commands { text.append(runShown(command)) }
      var prompt = StyledText()
      prompt.append("› " + commands.joined(separator: "; "), role: .prompt)
      let lines = text.lines
      let isWide = { (line: StyledText) in line.plainText.count > Session.besideColumnLimit }
      return ([prompt] + lines.filter(isWide), lines.filter { !isWide($0) })
    }
    // Narrow dumps, so that two fit beside each other.
    let width = hexdumpWidth
    hexdumpWidth = Session.besideHexdumpWidth
    let leftColumn = column(left)
    let rightColumn = column(right)
    hexdumpWidth = width
    (stack, cursor) = start
    var output = StyledText()
    for line in leftColumn.above + rightColumn.above {
      output.append(line)
      output.appendLine()
    }
    let (leftLines, rightLines) = (leftColumn.body, rightColumn.body)
    let leftWidth = leftLines.map(\.plainText.count).max() ?? 0
    for row in 0..<max(leftLines.count, rightLines.count) {
      let leftLine = row < leftLines.count ? leftLines[row] : StyledText()
      output.append(leftLine)
      if row < rightLines.count {
        output.appendSpaces(leftWidth - leftLine.plainText.count + 4)
        output.append(rightLines[row])
      }
      output.appendLine()
    }
    output.trimTrailingSpaces()
    return output
  }

  /// The view the reference solution makes, from a session of its own.
  private func goalView(of lesson: Lesson, number: Int) throws -> GoalView {
    let reference = Session(mode: .batch)
    for command in lesson.setup + lesson.exercise.setup + lesson.exercise.solution {
      let outcome = reference.run(command)
      guard !outcome.failed else {
        throw LessonError.lessonCommandFailed(
          lesson: number, command: command, message: outcome.transcript.plainText)
      }
    }
    guard let entry = reference.current, let goal = try goalView(of: entry) else {
      throw LessonError.lessonCommandFailed(
        lesson: number, command: lesson.exercise.solution.joined(separator: "; "),
        message: "its view is too large to be a goal")
    }
    return goal
  }

  /// What a goal compares of `entry`; nil for a view too large to print in full.
  func goalView(of entry: ViewEntry) throws -> GoalView? {
    let view = entry.view
    let (bytes, overflow) = view.count.multipliedReportingOverflow(by: view.dtype.itemsize)
    guard view.count <= Session.goalElementLimit, !overflow, bytes <= Session.goalByteLimit
    else { return nil }
    var options = PrintOptions()
    options.threshold = Int.max
    return GoalView(
      shape: view.shape, strides: view.strides, dtype: view.dtype,
      text: try strText(view, isScalar: entry.isScalar, options: options),
      bytes: try view.tobytes(order: .C), copiedBy: entry.copiedBy, source: view.source)
  }

  // MARK: Checking the goal

  /// Where the current view stands: a command that leaves it unchanged is not checked.
  var lessonViewMark: ViewMark? {
    guard lessonState != nil, let view = currentView else { return nil }
    return ViewMark(
      cursor: cursor, depth: stack.count, source: ObjectIdentifier(view.source),
      offset: view.offset, shape: view.shape, strides: view.strides, dtype: view.dtype.str)
  }

  /// `outcome` with the verdict on the view `command` left, when a lesson is running and the
  /// command changed the view.
  func checkingLesson(_ outcome: CommandOutcome, after command: Command, viewBefore: ViewMark?)
    -> CommandOutcome
  {
    guard !runsLessonScript, let state = lessonState, !state.solved, !outcome.failed else {
      return outcome
    }
    if case .lesson = command { return outcome }
    guard let entry = current, lessonViewMark != viewBefore else { return outcome }
    var outcome = outcome
    let view = try? goalView(of: entry)
    let miss = view.map {
      $0.firstMiss(against: state.goal, checks: state.lesson.exercise.goal, source: state.source)
    } ?? tooLargeMiss(entry.view.shape, goal: state.goal.shape)
    if let miss {
      outcome.output.append("not yet:", role: .hint)
      outcome.output.appendLine(" " + miss.sentence)
    } else {
      outcome.output.append(solvedText(state, entry: entry))
      lessonState?.solved = true
      if !state.playsSolution { outcome.output.append(keepProgress(of: state.lesson.id)) }
    }
    return outcome
  }

  /// Marks the lesson solved in the progress store; a store that cannot keep it is named
  /// once a session, in one line, and the session goes on.
  private func keepProgress(of id: String) -> StyledText {
    var output = StyledText()
    do {
      try lessonProgress.markSolved(id)
    } catch {
      guard !warnedProgressNotKept else { return output }
      warnedProgressNotKept = true
      output.appendLine(error.warning, role: .hint)
    }
    return output
  }

  /// Why a view too large to compare (or print) is not the goal: its shape, or when that is
  /// the goal's, its values.
  private func tooLargeMiss(_ shape: [Int], goal: [Int]) -> GoalMiss {
    shape == goal ? .values : .shape(goal: goal, yours: shape)
  }

  /// What a solved exercise says: the view, and the numpy code of the student's solution.
  private func solvedText(_ state: LessonState, entry: ViewEntry) -> StyledText {
    var output = StyledText()
    output.appendLine(
      "✓ solved: lesson \(state.index + 1), \(state.lesson.title)", role: .label)
    if let text = try? strText(entry.view, isScalar: entry.isScalar, options: printOptions) {
      output.appendLine(text, role: .value)
    }
    if let code = try? export(.numpy).output, !code.isEmpty {
      output.appendLine(
        state.playsSolution ? "In numpy (export numpy):" : "Your solution in numpy (export numpy):",
        role: .muted)
      output.append(code)
    }
    // A played solution (the tour) goes on by itself.
    guard !state.playsSolution else { return output }
    let solved = lessonProgress.solvedLessons().union([state.lesson.id])
    let next: String
    if state.index + 1 < LessonCatalog.lessons.count {
      next = "Next: 'learn next'."
    } else if LessonCatalog.lessons.allSatisfy({ solved.contains($0.id) }) {
      next = "That was the last lesson, and every lesson is solved."
    } else {
      next = "That was the last lesson; 'learn next' starts the first one not solved yet."
    }
    output.appendLine(next, role: .muted)
    return output
  }
}

/// The current view's place and geometry, compared before and after a command.
struct ViewMark: Equatable {
  var cursor: Int
  var depth: Int
  var source: ObjectIdentifier
  var offset: Int
  var shape: [Int]
  var strides: [Int]
  var dtype: String
}
