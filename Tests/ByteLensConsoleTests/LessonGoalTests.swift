import Testing

@testable import ByteLensConsole

/// The goals of the exercises, played with other solutions than the reference one: a view
/// that prints the same but is not the goal (another dtype, a copy, a record without
/// align=True) is refused with a verdict that names why, and other right ways are accepted.
@Suite struct LessonGoalTests {
  /// The verdict after the last of `commands`, typed in lesson `number`; every verdict before
  /// it must be "not yet".
  static func lastVerdict(_ number: Int, _ commands: [String]) -> String {
    let verdicts = LessonTests.play(number, commands)
    for verdict in verdicts.dropLast() {
      #expect(verdict.contains("not yet: "), "lesson \(number) \(commands): \(verdict)")
    }
    return verdicts.last ?? ""
  }

  struct Refused: CustomStringConvertible, Sendable {
    let lesson: Int
    let commands: [String]
    let verdict: String
    var description: String { "\(lesson): \(commands.joined(separator: "; "))" }
  }

  static let refused: [Refused] = [
    // The values print alike in float64; the bytes are not float32 any more.
    Refused(lesson: 3, commands: ["astype <f8", "reshape 2,3"],
            verdict: "not yet: the dtype is '<f8'; the goal's is '<f4'\n"),
    Refused(lesson: 3, commands: ["copy", "reshape 2,3"],
            verdict: "not yet: the values are right, but 'copy' made a copy: the goal is a view "
              + "of the lesson's bytes\n"),
    Refused(lesson: 5, commands: ["astype <f8", "reshape 2,3 F"],
            verdict: "not yet: the dtype is '<f8'; the goal's is '<f4'\n"),
    Refused(lesson: 1, commands: ["copy", "as <i4"],
            verdict: "not yet: the values are right, but 'copy' made a copy: the goal is a view "
              + "of the lesson's bytes\n"),
    // Same bytes, same printed values, other dtype.
    Refused(lesson: 4, commands: ["as <u4", "T"],
            verdict: "not yet: the dtype is '<u4'; the goal's is '<i4'\n"),
    Refused(lesson: 7, commands: ["as <u4", "T", "reshape 6"],
            verdict: "not yet: the dtype is '<u4'; the goal's is '<i4'\n"),
    Refused(lesson: 12, commands: ["as <u2 at 44"],
            verdict: "not yet: the dtype is '<u2'; the goal's is '<i2'\n"),
    // byteswap then prints the subnormal, from moved bytes under a big-endian dtype.
    Refused(lesson: 10, commands: ["as >f4", "byteswap"],
            verdict: "not yet: the dtype is '>f4'; the goal's is '<f4'\n"),
    Refused(lesson: 9, commands: ["astype >f8"],
            verdict: "not yet: the values are not the goal's\n"),
    // Records all have dtype.str '|V24': the verdict names the field that differs.
    Refused(lesson: 13, commands: ["as [('a','<i2'),('b','<f8'),('c','?')] aligned"],
            verdict: "not yet: the fields are 'a', 'b', 'c'; the goal's are 'id', 'value', "
              + "'flag'\n"),
    Refused(lesson: 13, commands: ["as [('id','<u2'),('value','<f8'),('flag','?')] aligned"],
            verdict: "not yet: field 'id' is '<u2'; the goal's is '<i2'\n"),
    Refused(lesson: 13, commands: [
      "as {'names':['id','value','flag'],'formats':['<i2','<f8','?'],'offsets':[0,8,16],"
        + "'itemsize':24}"
    ], verdict: "not yet: the fields lie right, but the dtype is not made with align=True\n"),
    Refused(lesson: 13,
            commands: ["copy", "as [('id','<i2'),('value','<f8'),('flag','?')] aligned"],
            verdict: "not yet: the values are right, but 'copy' made a copy: the goal is a view "
              + "of the lesson's bytes\n"),
  ]

  @Test(arguments: refused)
  func aViewThatOnlyPrintsTheSameIsRefused(_ case_: Refused) {
    let verdict = Self.lastVerdict(case_.lesson, case_.commands)
    #expect(verdict == case_.verdict)
  }

  static let accepted: [(lesson: Int, commands: [String])] = [
    (1, ["as int32"]),
    (1, ["view =i4"]),
    (2, ["astype int32"]),
    (3, ["reshape 2,-1"]),
    (3, ["reshape (2, 3)"]),
    (4, ["transpose 1,0"]),
    (7, ["reshape -1 F"]),
    (8, ["byteswap", "byteorder big"]),
    (9, ["byteorder swap"]),
    (12, ["as int16 at 44 count 6"]),
    (13, ["as {'names':['id','value','flag'],'formats':['i2','f8','?'],'aligned':True}"]),
    (13, ["as [('id','h'),('value','d'),('flag','?')] aligned"]),
    (5, ["reshape 3,2", "T"]),
    (6, ["[..., ::2]"]),
    (6, ["T", "[::2]", "T"]),
    (7, ["T", "reshape 6"]),
    (8, ["byteswap", "byteorder swap"]),
    (8, ["byteorder swap", "byteswap"]),
    (9, ["as >f8"]),
    (10, ["as float32"]),
    (11, ["offset 19", "as <f4", "reshape 2,3"]),
    (11, ["as <f4 at 19 count 6", "reshape 2,3"]),
    (12, ["offset 44", "as <i2"]),
    (12, ["[44:]", "as <i2"]),
    (13, ["as [('id','i2'),('value','f8'),('flag','?')] aligned"]),
  ]

  @Test(arguments: 0..<accepted.count)
  func anotherRightWayIsAccepted(_ index: Int) {
    let (lesson, commands) = Self.accepted[index]
    let verdict = Self.lastVerdict(lesson, commands)
    #expect(verdict.contains("✓ solved: lesson \(lesson), "), "\(commands): \(verdict)")
  }

  /// A store that cannot keep anything, as a progress file in a directory one cannot write.
  final class FailingStore: LessonProgressStore {
    var attempts = 0
    func solvedLessons() -> Set<String> { [] }
    func markSolved(_ id: String) throws(LessonProgressNotKept) {
      attempts += 1
      throw LessonProgressNotKept(path: "/state/bytelens/lessons", reason: "Permission denied")
    }
  }

  @Test func progressThatCannotBeKeptWarnsOnceAndTheSessionGoesOn() {
    let store = FailingStore()
    let session = Session()
    session.lessonProgress = store
    let first = LessonTests.play(1, ["as <i4"], in: session)[0]
    #expect(first.hasSuffix("""
      Next: 'learn next'.
      warning: cannot keep the lessons solved in '/state/bytelens/lessons' (Permission denied); \
      they are kept for this session only

      """))
    let second = LessonTests.play(3, ["reshape 2,3"], in: session)[0]
    #expect(second.contains("✓ solved: lesson 3, "))
    #expect(!second.contains("warning"))
    #expect(store.attempts == 2)
  }

  @Test func learnNextWhenEveryLessonIsSolved() {
    let count = LessonCatalog.lessons.count
    let expected = """
      error: every lesson is solved, 1 to \(count)
      hint: 'learn N' plays lesson N again

      """
    let session = Session()
    session.lessonProgress = SessionLessonProgress(solved: Set(LessonCatalog.lessons.map(\.id)))
    let outcome = session.run("learn next")
    #expect(outcome.failed)
    #expect(outcome.transcript.plainText == expected)
    // Solving the last lesson says where to go next.
    let last = LessonTests.play(count, LessonCatalog.lessons[count - 1].exercise.solution)
    #expect(last.last?.hasSuffix(
      "That was the last lesson; 'learn next' starts the first one not solved yet.\n") == true)
    let allSolved = Session()
    allSolved.lessonProgress = SessionLessonProgress(
      solved: Set(LessonCatalog.lessons.dropLast().map(\.id)))
    let final = LessonTests.play(
      count, LessonCatalog.lessons[count - 1].exercise.solution, in: allSolved)
    #expect(
      final.last?.hasSuffix("That was the last lesson, and every lesson is solved.\n") == true)
    // In the last lesson, too.
    #expect(!session.run("learn \(count)").failed)
    #expect(session.run("learn next").transcript.plainText == expected)
  }

  @Test func resetStopsTheLesson() {
    let session = Session()
    _ = session.run("learn 3")
    #expect(session.run("reset").transcript.plainText
      == "lesson 3 stopped: reset cleared its bytes; 'learn 3' starts it again\n")
    // No lesson runs any more: new bytes are not checked, and hint says none is started.
    #expect(session.run("bytes 0000c03f 00000040; as <f4").transcript.plainText == "")
    #expect(
      session.run("hint").transcript.plainText.hasPrefix("error: 'hint' works inside a lesson"))
    // Reset with no lesson says nothing.
    #expect(session.run("reset").transcript.plainText == "")
  }

  /// A view of the goal's shape too large to compare (6 strings of 20,000 bytes) is not the
  /// goal, and the verdict does not say its shape is wrong.
  @Test func aViewTooLargeToCompareWithTheGoalsShape() {
    let verdicts = LessonTests.play(
      3, ["array [b'x'] as S20000", "array [[b'x', b'y', b'z'], [b'a', b'b', b'c']] as S20000"])
    #expect(verdicts[0] == "not yet: the goal's shape is (2, 3), this view's (1,)\n")
    #expect(verdicts[1] == "not yet: the values are not the goal's\n")
  }

  /// Commands in the middle of an exercise: an error, undo past the start, another file's
  /// bytes; none ends the lesson, and the goal is still reached.
  @Test func oddCommandsInTheMiddleDoNotEndTheLesson() {
    let session = Session()
    let verdicts = LessonTests.play(
      3, ["reshape 4,4", "undo", "undo", "redo", "bytes 00 01", "undo", "reshape 2,3"], in: session)
    #expect(verdicts[0].hasPrefix("error: cannot reshape"))
    #expect(verdicts[1] == "not yet: the goal's shape is (2, 3), this view's (24,)\n")
    #expect(verdicts[2].hasPrefix("error: nothing to undo"))
    #expect(verdicts[3] == "not yet: the goal's shape is (2, 3), this view's (6,)\n")
    #expect(verdicts[4] == "not yet: the goal's shape is (2, 3), this view's (2,)\n")
    #expect(verdicts[5] == "not yet: the goal's shape is (2, 3), this view's (6,)\n")
    #expect(verdicts[6].contains("✓ solved: lesson 3, Bytes carry no shape\n"))
  }
}
