"""Takes one lesson of `learn` end to end through a pseudo-terminal, as a student would:
start it, a wrong attempt, `hint`, the right command, the "solved" message, `learn next`; then
the progress kept beside the history across a restart.

    python3 Tests/interactive/test_lessons.py .build/debug/bytelens

Uses the Terminal of test_interactive.py; each test has a home and state folder of its own.
Ends with the line `N passed, M failed`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_interactive import BINARY, Terminal, run_tests  # noqa: E402


def test_a_lesson_end_to_end(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("learn 3\r")
    t.wait_for("Lesson 3 of ")
    t.wait_for("Exercise: Give the view its shape back")
    t.wait_for("bytelens <f4 (6,) C › ")
    t.type("reshape 3,2\r")
    t.wait_for("not yet: the goal's shape is (2, 3), this view's (3, 2)")
    t.type("hint\r")
    t.wait_for("hint 1 of 2: 'reshape R,C' gives the elements a new shape")
    t.type("reshape 2,3\r")
    t.wait_for("✓ solved: lesson 3, Bytes carry no shape")
    t.wait_for("a = a.reshape((2, 3))")
    t.wait_for("Next: 'learn next'.")
    t.type("learn next\r")
    t.wait_for("Lesson 4 of ")
    t.wait_for("Exercise: Make a view whose plain tobytes() gives 1, 4, 2, 5, 3, 6")
    t.type("\x04")
    assert t.finish() == 0
    progress = os.path.join(home, "state", "bytelens", "lessons")
    with open(progress) as f:
        assert f.read() == "shape-not-stored\n"
    # A new session knows what was solved.
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("learn\r")
    t.wait_for(" ✓  3  Bytes carry no shape")
    t.type("learn next\r")
    t.wait_for("Lesson 1 of ")
    t.type("\x04")
    assert t.finish() == 0


def test_a_progress_file_that_cannot_be_written_keeps_progress_for_the_session(home):
    state = os.path.join(home, "state", "bytelens")
    os.makedirs(os.path.join(state, "lessons"))  # a directory where the file would go
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("learn 1\r")
    t.wait_for("Exercise: Read the 20 bytes back")
    t.type("as <i4\r")
    t.wait_for("✓ solved: lesson 1, An array is bytes plus a dtype")
    progress = os.path.join(state, "lessons")
    t.wait_for(f"warning: cannot keep the lessons solved in '{progress}' (Is a directory); "
               "they are kept for this session only")
    t.type("learn\r")
    t.wait_for(" ✓  1  An array is bytes plus a dtype")
    # The warning is said once a session.
    t.type("learn 3\r")
    t.wait_for("Exercise: Give the view its shape back")
    t.type("reshape 2,3\r")
    t.wait_for("✓ solved: lesson 3, Bytes carry no shape")
    t.type("learn\r")
    t.wait_for(" ✓  3  Bytes carry no shape")
    t.type("\x04")
    assert t.finish() == 0
    assert t.screen().count("warning:") == 1, t.screen()
    assert sorted(os.listdir(state)) == ["history", "lessons"], os.listdir(state)
    assert os.listdir(os.path.join(state, "lessons")) == []


def test_a_damaged_progress_file_keeps_its_ids_and_is_written_clean(home):
    state = os.path.join(home, "state", "bytelens")
    os.makedirs(state)
    progress = os.path.join(state, "lessons")
    with open(progress, "wb") as f:
        f.write(b"\xff\xfe\x00garbage line\nshape-not-stored\n" + b"x" * 100 + b"\n\x00\n")
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("learn\r")
    t.wait_for(" ✓  3  Bytes carry no shape")
    t.type("learn 1\r")
    t.wait_for("Exercise: Read the 20 bytes back")
    t.type("as <i4\r")
    t.wait_for("✓ solved: lesson 1, An array is bytes plus a dtype")
    t.type("\x04")
    assert t.finish() == 0
    assert "warning" not in t.screen()
    with open(progress) as f:
        assert f.read() == "bytes-and-dtypes\nshape-not-stored\n"


def test_a_fifo_for_a_progress_file_does_not_hang_the_start(home):
    state = os.path.join(home, "state", "bytelens")
    os.makedirs(state)
    os.mkfifo(os.path.join(state, "lessons"))
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("learn 3\r")
    t.wait_for("Exercise: Give the view its shape back")
    t.type("reshape 2,3\r")
    t.wait_for("✓ solved: lesson 3, ")
    t.type("\x04")
    assert t.finish() == 0
    # The progress replaced the FIFO with a file.
    with open(os.path.join(state, "lessons")) as f:
        assert f.read() == "shape-not-stored\n"


def test_two_sessions_keep_each_others_progress(home):
    first = Terminal(home)
    second = Terminal(home)
    for t in (first, second):
        t.wait_for("bytelens › ")
    first.type("learn 1\r")
    first.wait_for("Exercise: Read the 20 bytes back")
    second.type("learn 3\r")
    second.wait_for("Exercise: Give the view its shape back")
    first.type("as <i4\r")
    first.wait_for("✓ solved: lesson 1, ")
    # The second session read the file before the first solved lesson 1.
    second.type("reshape 2,3\r")
    second.wait_for("✓ solved: lesson 3, ")
    for t in (first, second):
        t.type("\x04")
        assert t.finish() == 0
    with open(os.path.join(home, "state", "bytelens", "lessons")) as f:
        assert f.read() == "bytes-and-dtypes\nshape-not-stored\n"


def test_progress_falls_back_to_the_home_state_folder_as_the_history_does(home):
    t = Terminal(home, env={"XDG_STATE_HOME": ""})
    t.wait_for("bytelens › ")
    t.type("learn 3\r")
    t.wait_for("Exercise: Give the view its shape back")
    t.type("reshape 2,3\r")
    t.wait_for("✓ solved: lesson 3, ")
    t.type("\x04")
    assert t.finish() == 0
    state = os.path.join(home, ".local", "state", "bytelens")
    assert sorted(os.listdir(state)) == ["history", "lessons"], os.listdir(state)
    with open(os.path.join(state, "lessons")) as f:
        assert f.read() == "shape-not-stored\n"


def test_ctrl_c_in_a_lesson_keeps_the_session_and_the_lesson(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("learn 5\r")
    t.wait_for("Exercise: Make show print the matrix the right way round.")
    t.type("reshape 2,")
    t.type("\x03")
    t.type("reshape 2,3\r")
    t.wait_for("not yet: the values are not the goal's")
    t.type("undo\r")
    t.type("hint\r")
    t.wait_for("hint 1 of 2: reshape takes an order")
    t.type("reshape 2,3 F\r")
    t.wait_for("✓ solved: lesson 5, Reading a Fortran-order file")
    t.type("\x04")
    assert t.finish() == 0


def test_piped_learn_prints_the_lesson_and_keeps_no_progress(home):
    import subprocess
    result = subprocess.run(
        [BINARY], input=b"learn 3\nreshape 2,3\n", capture_output=True,
        env={"HOME": home, "XDG_STATE_HOME": os.path.join(home, "state"), "TERM": "xterm"})
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    text = result.stdout.decode()
    assert text.startswith("Lesson 3 of "), text[:200]
    assert "\x1b[" not in text
    assert "✓ solved: lesson 3, Bytes carry no shape\n" in text
    assert not os.path.exists(os.path.join(home, "state", "bytelens", "lessons"))


def main():
    if not os.access(BINARY, os.X_OK):
        print(f"FAIL: no binary at {BINARY}")
        sys.exit(1)
    run_tests(globals(), "bytelens-lessons-")


if __name__ == "__main__":
    main()
