"""Drives the real bytelens binary through a pseudo-terminal, as a person would type.

    python3 Tests/interactive/test_interactive.py .build/debug/bytelens

Checks the prompt, Tab completion (a command, a dtype, a path, a quoted path with a blank under
~, a .npz member, a field closed with ']'), history across a
restart, Ctrl-R, ~/.editrc, Ctrl-C on a line and during a long command, Ctrl-D, colour rules,
pictures that fill the window (and follow a resize),
and that piped input prints only results. Uses only the standard library (pty, select), so it
runs in CI, which has no terminal of its own. Ends with the line `N passed, M failed`.
"""
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "process"))
from test_runner import run_tests  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x07|\r")


class Terminal:
    """One bytelens process on a pty, with a home and state folder of its own."""

    def __init__(self, home, args=(), env=None):
        self.home = home
        self.output = b""
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "TERM": "xterm",
            "HOME": home,
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "LANG": "C.UTF-8",
            "COLUMNS": "100",
        }
        environment.update(env or {})
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(ROOT)
            os.execve(BINARY, ["bytelens", *args], environment)

    def read(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                self.output += chunk

    def wait_for(self, text, seconds=5.0):
        """Reads until `text` appears in the visible output (escape codes removed)."""
        end = time.time() + seconds
        while time.time() < end:
            if text in self.screen():
                return True
            self.read(0.05)
        raise AssertionError(f"did not see {text!r}; screen so far:\n{self.screen()[-1500:]}")

    def type(self, keys, settle=0.3):
        os.write(self.fd, keys.encode() if isinstance(keys, str) else keys)
        self.read(settle)

    def screen(self):
        return ANSI.sub("", self.output.decode("utf-8", errors="replace"))

    def finish(self, seconds=5.0):
        """Waits for the process to end; returns its exit status."""
        end = time.time() + seconds
        while time.time() < end:
            self.read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("bytelens did not exit")


def test_prompt_shows_where_you_are(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("array [[1, 2, 3], [4, 5, 6]] as <f8\r")
    t.wait_for("bytelens <f8 (2, 3) C › ")
    t.type("copy F\r")
    t.wait_for("bytelens <f8 (2, 3) F › ")
    t.type("[:, ::2]\r")
    t.wait_for("bytelens <f8 (2, 2) strided › ")
    t.type("\x04")
    assert t.finish() == 0


def test_completes_a_command(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("array [1, 2, 3, 4, 5, 6] as i2; resh\t")
    t.type("2,3\r")
    t.wait_for("bytelens <i2 (2, 3) C › ")
    t.type("\x04")
    assert t.finish() == 0


def test_lists_float_typestrings(home):
    t = Terminal(home, ["samples/int32-1to5.bin"])
    t.wait_for("C › ")
    t.type("as >f\t")
    t.wait_for(">f16  >f2   >f4   >f8")
    t.type("4\r")  # the line still reads `as >f`; one more character finishes it
    t.wait_for("bytelens >f4 (5,) C › ")
    t.type("quit\r")
    assert t.finish() == 0


def test_completes_a_path(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("load sam\t")
    t.wait_for("load samples/")
    t.type("int32-1\t")
    t.wait_for("load samples/int32-1to5.bin ")
    t.type("as <i4\r")
    t.type("show\r")
    t.wait_for("[1 2 3 4 5]")
    t.type("\x04")
    assert t.finish() == 0


def test_completes_a_path_with_a_space_in_the_home_directory(home):
    with open(os.path.join(home, "my data.bin"), "wb") as f:
        f.write(bytes([1, 0, 0, 0, 2, 0, 0, 0]))
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("load ~/my\t")  # quoted, so that the blank is part of the path; `~` is $HOME
    t.type("\x0c")  # Ctrl-L redraws the line whole, as the screen shows it
    t.wait_for("bytelens › load '~/my data.bin' ")
    t.type("as <i4\r")
    t.wait_for("bytelens <i4 (2,) C › ")
    t.type("show\r")
    t.wait_for("[1 2]")
    t.type("load '~/my d\t")  # inside an open quote: kept, and closed after the file
    t.type("\x0c")
    t.wait_for("C › load '~/my data.bin' ")
    t.type("\r")
    t.wait_for("bytelens |u1 (8,) C › ")
    t.type("\x04")
    assert t.finish() == 0


def test_completes_a_npz_member(home):
    shutil.copy(os.path.join(ROOT, "Tests/ByteLensConsoleTests/Fixtures/npy/arrays.npz"), home)
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("load ~/arrays.npz:\t")
    t.wait_for("~/arrays.npz:grid   ~/arrays.npz:names")
    t.type("g\t")
    t.wait_for("load ~/arrays.npz:grid ")
    t.type("\r")
    t.wait_for("bytelens <f8 (2, 3) C › ")
    t.type("\x04")
    assert t.finish() == 0


def test_completes_a_field_name(home):
    t = Terminal(home, ["samples/records.bin"])
    t.wait_for("C › ")
    t.type("as [('id','<i4'),('value','<f8'),('flag','?')]\r")
    t.wait_for("|V13 (3,) C › ")
    t.type("['va\t")  # a single field name closes its quote and bracket
    t.wait_for("› ['value']")
    t.type("\r")
    t.wait_for("bytelens <f8 (3,) strided › ")
    t.type("show\r")
    t.wait_for("[ 0.5        -1.25        3.14159265]")
    t.type("\x04")
    assert t.finish() == 0


def test_history_survives_a_restart(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("echo first line\r")
    t.type("echo remembered line\r")
    t.type("echo remembered line\r")  # a consecutive duplicate is kept once
    t.type("\x04")
    assert t.finish() == 0
    history = open(os.path.join(home, "state", "bytelens", "history")).read()
    assert history.count("remembered") == 1, history
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("\x1b[A")  # Up
    t.type("\r")
    t.wait_for("remembered line\r\n".replace("\r", ""))
    t.type("\x12first\r")  # Ctrl-R searches backwards
    t.wait_for("first line\nbytelens")
    t.type("\x04")
    assert t.finish() == 0


def test_editrc_binds_keys(home):
    with open(os.path.join(home, ".editrc"), "w") as f:
        f.write("bytelens:bind -s ^Y 'echo bound by editrc'\n")
    t = Terminal(home, env={"EDITRC": os.path.join(home, ".editrc")})
    t.wait_for("bytelens › ")
    t.type("\x19\r")
    t.wait_for("bound by editrc\nbytelens")
    t.type("\x04")
    assert t.finish() == 0


def test_ctrl_c_discards_the_line(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("echo discarded")
    t.type("\x03")
    t.type("echo kept\r")
    t.wait_for("kept\nbytelens › ")
    assert "discarded\n" not in t.screen().replace("echo discarded", "")
    t.type("\x04")
    assert t.finish() == 0


def test_ctrl_c_stops_a_long_command(home):
    path = os.path.join(home, "zeros.bin")
    with open(path, "wb") as f:
        f.write(bytes(8_000_000))
    t = Terminal(home, [path])
    t.wait_for("C › ")
    t.type("show all\r", settle=0.5)
    started = time.time()
    t.type("\x03", settle=0.0)
    t.wait_for("error: interrupted", seconds=0.5 + 1.0)
    assert time.time() - started < 0.5 + 1.0
    t.wait_for("bytelens |u1 (8000000,) C › ")
    t.type("echo still here\r")
    t.wait_for("still here")
    t.type("\x04")
    assert t.finish() == 0


def test_ctrl_c_stops_hexdump_all_on_a_gigabyte(home):
    path = os.path.join(home, "gigabyte.bin")
    block = bytes(range(256)) * 4096  # 1 MiB whose rows all differ from their neighbours
    with open(path, "wb") as f:
        for _ in range(1024):
            f.write(block)
    t = Terminal(home, [path])
    t.wait_for("C › ")
    t.type("hexdump all\r", settle=0.5)
    started = time.time()
    t.type("\x03", settle=0.0)
    t.wait_for("error: interrupted", seconds=0.5 + 1.0)
    assert time.time() - started < 0.5 + 1.0
    t.wait_for("bytelens |u1 (1073741824,) C › ")
    t.type("\x04")
    assert t.finish() == 0


def test_ctrl_d_on_an_empty_line_exits(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("echo x")
    t.type("\x04")  # not empty: nothing happens
    t.type("\x01\x0b")  # Ctrl-A, Ctrl-K: now it is empty
    t.type("\x04")
    assert t.finish() == 0


def test_a_missing_file_is_an_error_at_the_prompt(home):
    t = Terminal(home, ["no-such-file.bin"])
    t.wait_for("error: cannot open 'no-such-file.bin': No such file or directory")
    t.wait_for("bytelens › ")
    t.type("quit\r")
    assert t.finish() == 0


def test_colour_only_when_wanted(home):
    t = Terminal(home)
    t.wait_for("bytelens › ")
    t.type("array [1] as i2; info\r")
    t.wait_for("source:")
    t.type("\x04")
    t.finish()
    assert "\x1b[" in t.output.decode() and "\x1b[32m<i2" in t.output.decode()
    for env, args in [({"NO_COLOR": "1"}, []), ({}, ["--color", "never"])]:
        t = Terminal(home, args, env=env)
        t.wait_for("bytelens › ")
        t.type("array [1] as i2; info\r")
        t.wait_for("source:")
        t.type("\x04")
        t.finish()
        assert "\x1b[32m" not in t.output.decode(), (env, args)


def test_pictures_fill_the_terminal(home):
    import fcntl
    import struct
    import termios
    t = Terminal(home, ["--color", "never"])
    # A 100 x 30 window, then 60 x 30 after a resize: each plot fills the width it has then.
    fcntl.ioctl(t.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    t.wait_for("bytelens › ")
    t.type("array [0, 1, 2, 3] as u1; plot\r")
    # Labels 3, 1.5 and 0 take 3 columns and ' ┤' 2: the axis has 100 - 5 = 95.
    t.wait_for(" └" + "─" * 95 + "\n")
    fcntl.ioctl(t.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 60, 0, 0))
    t.type("plot\r")
    t.wait_for(" └" + "─" * 55 + "\n")
    # 30 rows: a chart of 30 / 2 - 1 = 14, made odd: 13 rows.
    assert t.screen().count("│") >= 2 * 10, t.screen()
    t.type("\x04")
    assert t.finish() == 0


def test_piped_input_prints_only_results(home):
    result = subprocess.run(
        [BINARY], input=b"array [1,2] as i2\nshow\n", capture_output=True, cwd=ROOT,
        env={"HOME": home, "XDG_STATE_HOME": os.path.join(home, "state"), "TERM": "xterm"})
    assert result.stdout == b"[1 2]\n", result.stdout
    assert result.stderr == b"" and result.returncode == 0
    assert not os.path.exists(os.path.join(home, "state", "bytelens", "history"))


def test_without_libedit_the_session_goes_on(home):
    # libedit is loaded when a session on a terminal starts; when it cannot be, one line says
    # so and lines are read plainly.
    t = Terminal(home, env={"BYTELENS_LIBEDIT": "/nonexistent/libedit.so.2"})
    t.wait_for(
        "error: cannot load libedit (/nonexistent/libedit.so.2: cannot open shared object "
        "file: No such file or directory): no line editing, history or completion\n")
    t.type("echo still here\r")
    t.wait_for("still here\n")
    assert t.screen().count("error:") == 1, t.screen()
    t.type("\x04")
    assert t.finish() == 0


def test_a_batch_run_does_not_load_libedit(home):
    environment = {"HOME": home, "LD_DEBUG": "libs", "PATH": os.environ.get("PATH", "/usr/bin")}
    result = subprocess.run(
        [BINARY, "-c", "echo x"], capture_output=True, cwd=ROOT, env=environment)
    assert result.stdout == b"x\n" and result.returncode == 0, result
    loaded = result.stderr.decode(errors="replace")
    assert "calling init" in loaded, loaded  # the loader did report what it loaded
    assert "libedit" not in loaded, loaded


def main():
    run_tests(globals(), "bytelens-pty-")


if __name__ == "__main__":
    main()
