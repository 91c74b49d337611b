import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// Every lesson's exercise, played through a session: the reference solution solves it, the
/// wrong attempt does not, and the verdicts say so.
@Suite struct LessonTests {
  /// The lesson text, then the verdicts of `commands` typed after it.
  static func play(_ number: Int, _ commands: [String], in session: Session = Session())
    -> [String]
  {
    let start = session.run("learn \(number)")
    #expect(!start.failed, "lesson \(number): \(start.transcript.plainText)")
    return commands.map { session.run($0).transcript.plainText }
  }

  @Test func thereAreEnoughLessonsWithStableIds() {
    #expect(LessonCatalog.lessons.count >= 10)
    #expect(Set(LessonCatalog.lessons.map(\.id)).count == LessonCatalog.lessons.count)
  }

  @Test(arguments: 1...LessonCatalog.lessons.count)
  func theSolutionSolvesTheExercise(number: Int) {
    let lesson = LessonCatalog.lessons[number - 1]
    let progress = SessionLessonProgress()
    let session = Session()
    session.lessonProgress = progress
    let verdicts = Self.play(number, lesson.exercise.solution, in: session)
    let last = verdicts.last ?? ""
    #expect(last.contains("✓ solved: lesson \(number), \(lesson.title)\n"), "\(last)")
    #expect(last.contains("Your solution in numpy (export numpy):\nimport numpy as np\n"))
    // Every step before the last is not yet the goal.
    for verdict in verdicts.dropLast() { #expect(verdict.contains("not yet: "), "\(verdict)") }
    #expect(progress.solvedLessons() == [lesson.id])
  }

  @Test(arguments: 1...LessonCatalog.lessons.count)
  func theWrongAttemptDoesNotSolveIt(number: Int) {
    let lesson = LessonCatalog.lessons[number - 1]
    let progress = SessionLessonProgress()
    let session = Session()
    session.lessonProgress = progress
    let verdicts = Self.play(number, lesson.exercise.wrongAttempt, in: session)
    for verdict in verdicts {
      #expect(verdict.contains("not yet: "), "lesson \(number): \(verdict)")
      #expect(!verdict.contains("solved"))
    }
    #expect(progress.solvedLessons().isEmpty)
    // After the wrong attempt, undoing it and playing the solution still solves it.
    for _ in lesson.exercise.wrongAttempt { _ = session.run("undo") }
    let verdicts2 = lesson.exercise.solution.map { session.run($0).transcript.plainText }
    #expect(verdicts2.last?.contains("✓ solved") == true, "\(verdicts2)")
  }

  /// The verdicts name what is missing, in the words the student reads.
  @Test func verdictsSayWhatIsMissing() {
    #expect(Self.play(3, ["reshape 3,2"]) == [
      "not yet: the goal's shape is (2, 3), this view's (3, 2)\n"
    ])
    #expect(Self.play(9, ["byteswap"]) == [
      "not yet: the values are right, but 'byteswap' made a copy: the goal is a view of the "
        + "lesson's bytes\n"
    ])
    #expect(Self.play(8, ["byteorder big"]) == ["not yet: the values are not the goal's\n"])
    #expect(Self.play(1, ["as <u4"]) == ["not yet: the dtype is '<u4'; the goal's is '<i4'\n"])
    #expect(Self.play(4, ["copy F"]) == ["not yet: tobytes() gives other bytes than the goal's\n"])
    #expect(Self.play(6, ["[::2]"]) == ["not yet: the goal's shape is (3, 2), this view's (2, 4)\n"])
    // Another way to the same view: a view made from other bytes is not one of the lesson's.
    #expect(Self.play(6, ["array [[0, 2], [4, 6], [8, 10]] as <i2"]) == [
      "not yet: the strides are (4, 2); the goal's are (8, 4)\n"
    ])
    // Commands that leave the view as it was say nothing.
    #expect(Self.play(3, ["show", "info"]).allSatisfy { !$0.contains("not yet") })
  }

  @Test func solvedSaysTheNumpyCodeOfTheStudentsOwnSolution() {
    let verdicts = Self.play(5, ["reshape 3,2", "T"])
    #expect(verdicts[1] == """
      ✓ solved: lesson 5, Reading a Fortran-order file
      [[1.5  2.   3.  ]
       [4.   5.   6.25]]
      Your solution in numpy (export numpy):
      import numpy as np
      data = bytes.fromhex('0000c03f00008040000000400000a040000040400000c840')
      a = np.frombuffer(data, dtype=np.dtype('float32'))
      a = a.reshape((3, 2))
      a = a.T
      Next: 'learn next'.

      """)
  }

  @Test func hintsAreGradedThenGiveTheSolution() {
    let session = Session()
    _ = session.run("learn 5")
    #expect(session.run("hint").transcript.plainText
      == "hint 1 of 2: reshape takes an order: C (row by row, the default) or F (column by column).\n")
    #expect(session.run("hint").transcript.plainText == "hint 2 of 2: reshape 2,3 F\n")
    #expect(session.run("hint").transcript.plainText == "solution: reshape 2,3 F\n")
  }

  @Test func skipBackAndNextMove() {
    let session = Session()
    #expect(session.run("learn 2").transcript.plainText.hasPrefix("Lesson 2 of "))
    #expect(session.run("skip").transcript.plainText.hasPrefix("Lesson 3 of "))
    #expect(session.run("back").transcript.plainText.hasPrefix("Lesson 2 of "))
    #expect(session.run("learn next").transcript.plainText.hasPrefix("Lesson 3 of "))
    // With no lesson running, `learn next` starts the first unsolved one.
    let fresh = Session()
    fresh.lessonProgress = SessionLessonProgress(solved: ["bytes-and-dtypes"])
    #expect(fresh.run("learn next").transcript.plainText.hasPrefix("Lesson 2 of "))
    // After the last lesson, `learn next` starts the first one not solved yet.
    #expect(fresh.run("learn \(LessonCatalog.lessons.count)").transcript.plainText.hasPrefix(
      "Lesson \(LessonCatalog.lessons.count) of "))
    #expect(fresh.run("learn next").transcript.plainText.hasPrefix("Lesson 2 of "))
  }

  @Test func theListMarksSolvedAndCurrentLessons() {
    let session = Session()
    session.lessonProgress = SessionLessonProgress(solved: ["default-integer"])
    _ = session.run("learn 3")
    let lines = session.run("learn").transcript.plainText.split(separator: "\n")
    #expect(lines[0] == "Lessons on memory layout (✓ solved, 1 of \(LessonCatalog.lessons.count)):")
    #expect(lines[1] == "    1  An array is bytes plus a dtype")
    #expect(lines[2] == " ✓  2  numpy's default integer is int64")
    #expect(lines[3] == " ›  3  Bytes carry no shape")
  }

  @Test func playingTheSolutionDoesNotCountAsProgress() {
    let progress = SessionLessonProgress()
    let session = Session()
    session.lessonProgress = progress
    let text = session.run("learn 3 solution").transcript.plainText
    #expect(text.contains("Solution:\n› reshape 2,3\n✓ solved: lesson 3, Bytes carry no shape\n"))
    #expect(text.hasSuffix("In numpy (export numpy):\nimport numpy as np\n"
      + "data = bytes.fromhex('0000c03f0000004000004040000080400000a0400000c840')\n"
      + "a = np.frombuffer(data, dtype=np.dtype('float32'))\na = a.reshape((2, 3))\n\n"))
    #expect(!text.contains("Type commands;"))
    #expect(progress.solvedLessons().isEmpty)
  }

  @Test func errors() {
    let count = LessonCatalog.lessons.count
    func failure(_ script: String) -> String {
      let outcome = Session().run(script)
      #expect(outcome.failed)
      return outcome.transcript.plainText
    }
    #expect(failure("learn \(count + 1)") == """
      error: there is no lesson \(count + 1): the lessons are 1 to \(count)
      hint: 'learn' lists the lessons; 'learn 1' starts the first

      """)
    #expect(failure("hint") == """
      error: 'hint' works inside a lesson, and none is started
      hint: 'learn' lists the lessons; 'learn 1' starts the first

      """)
    #expect(failure("skip").hasPrefix("error: 'skip' works inside a lesson"))
    #expect(failure("back").hasPrefix("error: 'back' works inside a lesson"))
    #expect(failure("learn 1; back") .hasSuffix("""
      error: this is the first lesson
      hint: 'learn' lists the lessons

      """))
    #expect(failure("learn \(count); skip").hasSuffix("""
      error: lesson \(count) is the last lesson
      hint: 'learn' lists the lessons and shows which are solved

      """))
    #expect(failure("learn 0") == """
      error: a lesson number starts at 1, not '0'
      hint: usage: learn [N [solution]|next]

      """)
    #expect(failure("learn x") == """
      error: 'learn' takes a lesson number or 'next', not 'x'
      hint: usage: learn [N [solution]|next]

      """)
    #expect(failure("learn 2 3").hasPrefix("error: unexpected '3' after '2'"))
    #expect(failure("learn next 2").hasPrefix("error: unexpected '2' after 'next'"))
    #expect(failure("hint 2").hasPrefix("error: 'hint' takes no arguments, got '2'"))
  }
}
