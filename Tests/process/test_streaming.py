"""Runs the real bytelens binary on large files and checks that whole-view output streams.

    python3 Tests/process/test_streaming.py .build/debug/bytelens

`save` of a large strided view must stay in bounded memory (peak resident size measured with
wait4), write exactly numpy's `tobytes()`, and Ctrl-C (SIGINT) in a batch run must stop `save`
leaving no temporary file and the file it would replace untouched, and stop `tobytes all`
after a prefix of the literal; at the prompt, Ctrl-C stops `save` and the session goes on.
Files are sparse (mostly holes) in a temporary folder, so the
run is fast. Needs numpy. Ends with the line `N passed, M failed`.
"""
import os
import signal
import subprocess
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_runner import run_tests  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
MIB = 1 << 20
# Peak resident size allowed for a command over a 200 MiB file: the binary itself takes some
# 20 MiB; the views below span 200 MiB and hold 100 MiB, which the old code read whole.
MEMORY_BOUND = 64 * MIB


def sparse_file(folder, name, size, marks=64):
    """A file of `size` bytes, holes except `marks` 4 KiB blocks of patterned bytes."""
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.truncate(size)
        for i in range(marks):
            f.seek(i * (size // marks) + 1234)
            f.write(bytes((i * 7 + j) & 0xFF for j in range(4096)))
    return path


# Linux keeps a child's peak resident size across exec, and a child forked from this process
# (numpy loaded) starts as large as it: a bare Python without numpy starts bytelens and
# reports its peak, which is then bytelens's own.
MEASURE = """
import os, subprocess, sys
process = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(process.pid, 0)
with open(sys.argv[1], "w") as f:
    f.write("%d %d" % (os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024))
"""


def run_measured(args, cwd):
    """Runs bytelens; returns (status, stdout, stderr, peak resident bytes)."""
    report = os.path.join(cwd, "measure.txt")
    result = subprocess.run(
        [sys.executable, "-S", "-c", MEASURE, report, BINARY] + args,
        capture_output=True, cwd=cwd)
    with open(report) as f:
        status, peak = map(int, f.read().split())
    os.remove(report)
    return status, result.stdout, result.stderr, peak


def test_save_of_strided_rows_is_bounded(folder):
    path = sparse_file(folder, "big.bin", 200 * MIB)
    target = os.path.join(folder, "rows.bin")
    status, out, err, peak = run_measured(
        [path, "-c", f"reshape -1,4096; [::2]; save {target} raw"], folder)
    assert status == 0 and err == b"", (status, err)
    assert out.startswith(b"saved 104857600 bytes"), out
    assert peak < MEMORY_BOUND, f"peak resident {peak >> 20} MiB"
    print(f"     peak resident {peak / MIB:.1f} MiB")
    want = np.memmap(path, "u1", mode="r").reshape(-1, 4096)[::2].tobytes()
    with open(target, "rb") as f:
        assert f.read() == want


def test_save_of_strided_elements_is_bounded(folder):
    path = sparse_file(folder, "big.bin", 200 * MIB)
    target = os.path.join(folder, "elements.npy")
    status, out, err, peak = run_measured(
        [path, "-c", f"as V64; [::-2]; save {target} npy"], folder)
    assert status == 0 and err == b"", (status, err)
    assert peak < MEMORY_BOUND, f"peak resident {peak >> 20} MiB"
    print(f"     peak resident {peak / MIB:.1f} MiB")
    want = np.memmap(path, "V64", mode="r")[::-2]
    got = np.load(target, mmap_mode="r")
    assert got.dtype == want.dtype and got.shape == want.shape
    assert got.tobytes() == want.tobytes()


def test_tobytes_all_is_bounded_and_exact(folder):
    path = sparse_file(folder, "mid.bin", 6 * MIB, marks=16)
    status, out, err, peak = run_measured([path, "-c", "[::-3]; tobytes all F"], folder)
    assert status == 0 and err == b"", (status, err)
    data = np.fromfile(path, "u1")[::-3].tobytes()
    assert out == repr(data).encode() + b"\n" + f"{len(data)} bytes\n".encode()
    # The literal alone is 8 MiB of text, the bytes 2 MiB: neither is held whole.
    assert peak < 48 * MIB, f"peak resident {peak >> 20} MiB"
    print(f"     peak resident {peak / MIB:.1f} MiB")
    status, out, err, _ = run_measured([path, "-c", "tobytes"], folder)
    assert status == 1 and out == b""
    assert err.startswith(b"error: 'tobytes' would print 6291456 bytes, more than 1048576"), err


def wait_for(predicate, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def test_ctrl_c_stops_save_and_leaves_nothing(folder):
    path = sparse_file(folder, "huge.bin", 4096 * MIB, marks=4)
    target = os.path.join(folder, "kept.bin")
    with open(target, "wb") as f:
        f.write(b"before")
    process = subprocess.Popen(
        [BINARY, path, "-c", f"[::-1]; save! {target} raw; echo not reached"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder)
    temporary = lambda: [n for n in os.listdir(folder) if n.startswith(".kept.bin.bytelens-")]
    assert wait_for(lambda: temporary() and os.path.getsize(
        os.path.join(folder, temporary()[0])) > 0, 20), "the save never started"
    process.send_signal(signal.SIGINT)
    started = time.time()
    out, err = process.communicate(timeout=10)
    assert time.time() - started < 2, "Ctrl-C took more than 2 s"
    assert process.returncode == 130, process.returncode
    assert out == b"" and err == b"error: interrupted\n", (out, err)
    assert sorted(os.listdir(folder)) == ["huge.bin", "kept.bin"], os.listdir(folder)
    with open(target, "rb") as f:
        assert f.read() == b"before"


def test_ctrl_c_stops_tobytes_all_after_a_prefix(folder):
    path = sparse_file(folder, "huge.bin", 4096 * MIB, marks=4)
    process = subprocess.Popen(
        [BINARY, path, "-c", "tobytes all; echo not reached"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder)
    first = process.stdout.read(64 * 1024)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=10)
    out = first + out
    assert process.returncode == 130, process.returncode
    assert err == b"error: interrupted\n", err
    assert out.startswith(b"b'") and out.endswith(b"\n") and out.count(b"\n") == 1
    full = repr(np.memmap(path, "u1", mode="r")[: len(out)].tobytes()).encode()
    assert full.startswith(out[:-1]), "the output is not a prefix of the literal"


def test_ctrl_c_at_the_prompt_stops_save(folder):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "interactive"))
    from test_interactive import Terminal

    path = sparse_file(folder, "huge.bin", 4096 * MIB, marks=4)
    target = os.path.join(folder, "kept.bin")
    with open(target, "wb") as f:
        f.write(b"before")
    terminal = Terminal(folder, [path])
    terminal.wait_for("C › ")
    terminal.type(f"[::-1]; save! {target} raw\r", settle=0.5)
    started = time.time()
    terminal.type("\x03", settle=0.0)
    terminal.wait_for("error: interrupted", seconds=2.0)
    assert time.time() - started < 2.0
    terminal.wait_for("error: interrupted\nbytelens |u1 (4294967296,) strided › ")
    assert sorted(n for n in os.listdir(folder) if "bin" in n) == ["huge.bin", "kept.bin"]
    with open(target, "rb") as f:
        assert f.read() == b"before"
    terminal.type("echo still here\r")
    terminal.wait_for("still here")
    terminal.type("\x04")
    assert terminal.finish() == 0


if __name__ == "__main__":
    run_tests(globals(), "bytelens-streaming-")
