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
    t.type("learn\r")
    t.wait_for(" ✓  1  An array is bytes plus a dtype")
    t.type("\x04")
    assert t.finish() == 0
    assert sorted(os.listdir(state)) == ["history", "lessons"], os.listdir(state)
    assert os.listdir(os.path.join(state, "lessons")) == []


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
