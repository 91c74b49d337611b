"""Streams read as data, checked through the real binary and real shell plumbing.

    python3 Tests/process/streams.py .build/debug/bytelens

Pipes, `-`, `/dev/stdin`, a FIFO made by mkfifo, bash process substitution, a file whose size
reads 0 (/proc), character devices with and without a count, a stream large enough to be
spooled to a temporary file, dumps piped in, and `cmd | bytelens -` handing the keyboard back
to an interactive session. Every case checks the exact output and exit status. Writes only
inside a temporary folder. Ends with the line `N passed, M failed`.
"""
import os
import pty
import random
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x07|\r")

passed = 0
failures = []


def case(function):
    """Runs one check, counting it; an exception or a failed assert is a failure."""
    global passed
    try:
        function()
        passed += 1
    except Exception:  # noqa: BLE001 - every failure is reported with its traceback
        failures.append((function.__name__, traceback.format_exc()))
    return function


def run(args, stdin=None, shell=False, timeout=60):
    """Runs bytelens (or a bash line naming it as $B) and returns (status, stdout, stderr)."""
    env = dict(os.environ, B=BINARY, NO_COLOR="1")
    if shell:
        command = ["bash", "-c", args]
    else:
        command = [BINARY, *args]
    result = subprocess.run(
        command, input=stdin, capture_output=True, timeout=timeout, env=env,
        stdin=None if stdin is not None else subprocess.DEVNULL)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def expect(actual, expected):
    assert actual == expected, "expected\n%r\ngot\n%r" % (expected, actual)


TMP = tempfile.mkdtemp(prefix="bytelens-streams-")
DATA = bytes(random.Random(8).getrandbits(8) for _ in range(64))
DATA_PATH = os.path.join(TMP, "data.bin")
with open(DATA_PATH, "wb") as f:
    f.write(DATA)


def info_lines(n, source):
    return (
        "dtype: |u1 (uint8), itemsize 1, alignment 1\n"
        "shape: (%d,)\nstrides: (1,)\noffset: 0\nnbytes: %d\n"
        "flags: C_CONTIGUOUS F_CONTIGUOUS ALIGNED\nsource: %s\n" % (n, n, source))


@case
def dev_stdin_reads_a_pipe():
    status, out, err = run(["/dev/stdin", "-c", "info"], stdin=DATA)
    expect((status, out, err), (0, info_lines(64, "/dev/stdin, 64 bytes, read from a pipe"), ""))


@case
def dash_reads_a_pipe():
    status, out, err = run(["-", "-c", "info; tobytes"], stdin=DATA)
    expected = info_lines(64, "<stdin>, 64 bytes, read from a pipe")
    expected += repr(DATA) + "\n64 bytes\n"
    expect((status, out, err), (0, expected, ""))


@case
def dash_after_head_in_a_real_pipeline():
    status, out, err = run('head -c 16 "%s" | "$B" - -c "as <u4; show"' % DATA_PATH, shell=True)
    import numpy as np
    expect((status, out, err), (0, str(np.frombuffer(DATA[:16], "<u4")) + "\n", ""))


@case
def dash_with_a_redirected_file_reads_the_file():
    with open(DATA_PATH, "rb") as f:
        result = subprocess.run(
            [BINARY, "-", "-c", "info"], stdin=f, capture_output=True, timeout=30)
    expect(
        (result.returncode, result.stdout.decode()),
        (0, info_lines(64, "<stdin>, 64 bytes")))


@case
def an_empty_file_redirected_is_an_empty_array():
    empty = os.path.join(TMP, "empty.bin")
    open(empty, "wb").close()
    with open(empty, "rb") as f:
        result = subprocess.run([BINARY, "-", "-c", "repr"], stdin=f, capture_output=True)
    expect((result.returncode, result.stdout), (0, b"array([], dtype=uint8)\n"))
    status, out, err = run([empty, "-c", "repr"])
    expect((status, out, err), (0, "array([], dtype=uint8)\n", ""))


@case
def load_dash_inside_commands():
    status, out, err = run(["-c", "load - as >u2 count 2; show; export numpy"], stdin=DATA)
    import numpy as np
    values = str(np.frombuffer(DATA, ">u2", 2))
    expected = (
        values + "\nimport numpy as np\nimport sys\ndata = sys.stdin.buffer.read(4)\n"
        "a = np.frombuffer(data, dtype=np.dtype('>u2'), count=2)\n")
    expect((status, out, err), (0, expected, ""))


@case
def an_empty_stream_is_an_error_not_an_empty_array():
    status, out, err = run(["-", "-c", "info"], stdin=b"")
    expect((status, out, err), (1, "", "error: '<stdin>' gave no bytes: a pipe that ended at once\n"))


@case
def standard_input_is_read_once_and_kept():
    status, out, err = run(["-", "-c", "load -; show; load - count 2; show"], stdin=b"abcd")
    expect((status, out, err), (0, "[ 97  98  99 100]\n[97 98]\n", ""))
    status, out, err = run(["-c", "load - count 2; show; load - count 1; show; load -"],
                           stdin=b"abcdef")
    expect((status, out), (1, "[97 98]\n[97]\n"))
    expect(err, (
        "error: standard input was read up to 2 bytes by an earlier 'load -', and a stream "
        "cannot be read again\nhint: load it with the larger count first\n"))


@case
def an_endless_pipe_is_read_up_to_the_count():
    status, out, err = run('yes | "$B" -c "load - count 8; tobytes"', shell=True)
    expect((status, out, err), (0, "b'y\\ny\\ny\\ny\\n'\n8 bytes\n", ""))


@case
def process_substitution():
    status, out, err = run(
        '"$B" <(printf "\\x01\\x00\\x02\\x00") -c "as <i2; show; info"', shell=True)
    assert status == 0 and err == "", (status, err)
    assert out.startswith("[1 2]\ndtype: <i2 (int16)"), out
    assert re.search(r"\nsource: /dev/fd/\d+, 4 bytes, read from a pipe\n$", out), out


@case
def a_fifo_made_by_mkfifo():
    fifo = os.path.join(TMP, "fifo")
    os.mkfifo(fifo)

    def writer():
        with open(fifo, "wb") as f:
            f.write(b"\x01\x00\x00\x00\x02\x00\x00\x00")

    thread = threading.Thread(target=writer)
    thread.start()
    status, out, err = run(["-c", "load %s as <i4; show; info" % fifo])
    thread.join(10)
    assert status == 0 and err == "", (status, err)
    assert out.startswith("[1 2]\n"), out
    assert out.endswith("source: %s, 8 bytes, read from a pipe\n" % fifo), out


@case
def a_proc_file_whose_size_reads_zero():
    status, out, err = run(["/proc/self/cmdline", "-c", "tobytes"])
    text = b"\0".join([BINARY.encode(), b"/proc/self/cmdline", b"-c", b"tobytes"]) + b"\0"
    expect((status, out, err), (0, "%r\n%d bytes\n" % (text, len(text)), ""))


@case
def a_character_device_needs_a_count():
    status, out, err = run(["/dev/zero", "-c", "info"])
    expect((status, out), (1, ""))
    expect(err, (
        "error: '/dev/zero' is a character device, which may have no end: it is read only up "
        "to a count\nhint: say how many bytes to read: load /dev/zero count 4096\n"))


@case
def a_character_device_with_a_count():
    status, out, err = run(["-c", "load /dev/zero as <u2 count 3; show; info"])
    assert (status, err) == (0, ""), (status, err)
    expect(out.splitlines()[0], "[0 0 0]")
    expect(
        out.splitlines()[-1],
        "source: /dev/zero, 6 bytes, read from a character device up to the count asked for")
    status, out, err = run(["-c", "load /dev/urandom count 16; info"])
    assert status == 0 and "shape: (16,)" in out, (status, out, err)


@case
def a_large_stream_is_spooled_to_a_temporary_file():
    size = 70 * 1024 * 1024
    big = os.path.join(TMP, "big.bin")
    with open(big, "wb") as f:
        f.write(b"\xab" * (size - 4) + b"\x01\x02\x03\x04")
    status, out, err = run('cat "%s" | "$B" - -c "[-4:]; tobytes; undo; info"' % big, shell=True)
    os.remove(big)
    assert (status, err) == (0, ""), (status, err)
    expect(out.splitlines()[:2], ["b'\\x01\\x02\\x03\\x04'", "4 bytes"])
    expect(
        out.splitlines()[-1],
        "source: <stdin>, %d bytes, read from a pipe, kept in a temporary file" % size)


@case
def a_dump_piped_in():
    status, out, err = run(
        'xxd "%s" | "$B" -c "load - as text; tobytes; info"' % DATA_PATH, shell=True)
    assert (status, err) == (0, ""), (status, err)
    expect(out.splitlines()[:2], [repr(DATA), "64 bytes"])
    assert "\nsource: <stdin> (xxd), 64 bytes\n" in out, out


@case
def a_script_from_process_substitution():
    status, out, err = run(
        '"$B" "%s" -f <(echo "as <u4; count 1; show")' % DATA_PATH, shell=True)
    import numpy as np
    expect((status, out, err), (0, str(np.frombuffer(DATA, "<u4", 1)) + "\n", ""))


@case
def standard_input_cannot_hold_commands_and_data():
    status, out, err = run([], stdin=b"load -\n")
    expect((status, out), (1, ""))
    expect(err, (
        "error: standard input holds the commands, so '-' cannot also be read as data\n"
        "hint: give the commands with -c or -f: cat FILE | bytelens - -c 'info'\n"))
    status, out, err = run([], stdin=b"load /dev/stdin\n")
    expect(status, 1)
    assert err.startswith("error: standard input holds the commands, so '/dev/stdin'"), err


@case
def data_on_a_pipe_and_no_terminal_for_commands():
    status, out, err = run(["-"], stdin=b"xx")
    expect((status, out), (1, ""))
    expect(err, (
        "error: '-' reads data from standard input, which is a pipe, and no commands were "
        "given\nhint: give the commands with -c or -f: cmd | bytelens - -c 'hexdump'\n"))


@case
def piped_data_then_the_keyboard():
    """`cmd | bytelens -` on a terminal: the data is read, then commands come from /dev/tty."""
    read_end, write_end = os.pipe()
    pid, fd = pty.fork()
    if pid == 0:
        os.dup2(read_end, 0)
        os.close(read_end)
        os.close(write_end)
        env = {"PATH": "/usr/bin:/bin", "TERM": "dumb", "HOME": TMP,
               "XDG_STATE_HOME": os.path.join(TMP, "state"), "LANG": "C.UTF-8"}
        os.execve(BINARY, ["bytelens", "-"], env)
    os.close(read_end)
    os.write(write_end, b"\x01\x00\x02\x00")
    os.close(write_end)
    output = b""

    def wait_for(text, seconds=10):
        nonlocal output
        end = time.time() + seconds
        while time.time() < end:
            if text in ANSI.sub("", output.decode(errors="replace")):
                return
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    output += os.read(fd, 65536)
                except OSError:
                    break
        raise AssertionError("never saw %r in %r" % (text, output))

    try:
        wait_for("› ")
        os.write(fd, b"as <i2\r")
        wait_for("<i2")
        os.write(fd, b"show\r")
        wait_for("[1 2]")
        os.write(fd, b"quit\r")
        _, status = os.waitpid(pid, 0)
        expect(os.WEXITSTATUS(status), 0)
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except OSError:
            pass
        os.close(fd)


shutil.rmtree(TMP, ignore_errors=True)
for name, trace in failures:
    print("FAIL %s\n%s" % (name, trace))
print("%d passed, %d failed" % (passed, len(failures)))
sys.exit(1 if failures else 0)
