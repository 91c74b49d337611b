"""Runs the real bytelens binary's `save` against what it must not write over, and kills it.

    python3 Tests/process/save_safety.py .build/debug/bytelens

`save` and `save!` write only regular files: a FIFO, a symbolic link (dangling or not) or a
directory at the path is refused with one error line, and is still what it was afterwards.
(Devices are refused the same way; no test here writes near a real device.) A `save` killed
with SIGKILL leaves the target as it was (the previous complete file, or nothing), never a
partial file; SIGTERM, SIGHUP and a double Ctrl-C leave no `.NAME.bytelens-XXXXXX` behind.
Everything happens in temporary folders over sparse files. Ends with `N passed, M failed`.
"""
import os
import signal
import stat
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_runner import run_tests  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
MIB = 1 << 20


def run(args, folder):
    return subprocess.run([BINARY] + args, capture_output=True, cwd=folder, timeout=30)


def test_a_fifo_is_refused_and_stays_a_fifo(folder):
    fifo = os.path.join(folder, "fifo")
    os.mkfifo(fifo)
    for command in ["save!", "save"]:
        result = run(["-c", f"bytes 01 02; {command} fifo raw"], folder)
        assert result.returncode == 1 and result.stdout == b"", result
        assert result.stderr == (
            b"error: cannot write 'fifo': it is a FIFO (named pipe), not a regular file\n"
            b"hint: save writes and replaces only regular files; give the path of a file\n"
        ), result.stderr
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(folder)) == ["fifo"], os.listdir(folder)


def test_a_symbolic_link_is_refused_and_its_file_kept(folder):
    with open(os.path.join(folder, "real.bin"), "wb") as f:
        f.write(b"before")
    os.symlink("real.bin", os.path.join(folder, "link"))
    os.symlink("nowhere", os.path.join(folder, "dangling"))
    for name, destination in [("link", "real.bin"), ("dangling", "nowhere")]:
        for command in ["save!", "save"]:
            result = run(["-c", f"bytes 01 02; {command} {name} npy"], folder)
            assert result.returncode == 1, result
            assert result.stderr == (
                f"error: cannot write '{name}': it is a symbolic link (to '{destination}')\n"
                "hint: save never follows nor replaces a link; give the path of the file it "
                "names\n").encode(), result.stderr
        assert os.readlink(os.path.join(folder, name)) == destination
    with open(os.path.join(folder, "real.bin"), "rb") as f:
        assert f.read() == b"before"
    assert not os.path.exists(os.path.join(folder, "nowhere"))
    assert sorted(os.listdir(folder)) == ["dangling", "link", "real.bin"], os.listdir(folder)


def test_a_directory_is_refused(folder):
    os.mkdir(os.path.join(folder, "dir"))
    result = run(["-c", "bytes 01 02; save! dir raw"], folder)
    assert (result.returncode, result.stderr) == (1, b"error: cannot write 'dir': it is a directory\n")
    assert os.listdir(os.path.join(folder, "dir")) == []


def test_a_regular_file_is_still_replaced(folder):
    with open(os.path.join(folder, "old.bin"), "wb") as f:
        f.write(b"before")
    result = run(["-c", "bytes 01 02; save! old.bin raw"], folder)
    assert result.returncode == 0, result
    with open(os.path.join(folder, "old.bin"), "rb") as f:
        assert f.read() == b"\x01\x02"


def big_source(folder):
    """A sparse 512 MiB file; `[::-1]` of it is a strided view, saved a byte at a time."""
    path = os.path.join(folder, "huge.bin")
    with open(path, "wb") as f:
        f.truncate(512 * MIB)
        f.write(b"\x01" * 4096)
    return path


def temporaries(folder, name):
    return [n for n in os.listdir(folder) if n.startswith(f".{name}.bytelens-")]


def start_save(folder, target, previous):
    """Starts `save!` of 512 MiB to `target` (which holds `previous`, or is absent when None)
    and returns the process once the temporary file has started to fill."""
    if previous is not None:
        with open(os.path.join(folder, target), "wb") as f:
            f.write(previous)
    process = subprocess.Popen(
        [BINARY, big_source(folder), "-c", f"[::-1]; save! {target} raw; echo not reached"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder)
    deadline = time.time() + 20
    while time.time() < deadline:
        names = temporaries(folder, target)
        if names and os.path.getsize(os.path.join(folder, names[0])) > 0:
            return process
        assert process.poll() is None, process.communicate()
        time.sleep(0.01)
    process.kill()
    raise AssertionError("the save never started")


def check_target(folder, target, previous):
    path = os.path.join(folder, target)
    if previous is None:
        assert not os.path.exists(path), f"{target} exists: {os.path.getsize(path)} bytes"
    else:
        with open(path, "rb") as f:
            assert f.read() == previous, "the previous file was damaged"


def test_kill_9_leaves_the_previous_file_or_nothing(folder):
    for target, previous in [("kept.bin", b"before"), ("new.bin", None)]:
        process = start_save(folder, target, previous)
        process.kill()
        process.communicate(timeout=10)
        assert process.returncode == -signal.SIGKILL, process.returncode
        check_target(folder, target, previous)
        # SIGKILL gives no chance to clean up: the partial temporary file may stay, but it
        # never took the target's name.
        for name in temporaries(folder, target):
            os.unlink(os.path.join(folder, name))


def test_sigterm_and_sighup_leave_no_temporary_file(folder):
    for sent, target, previous in [
            (signal.SIGTERM, "kept.bin", b"before"), (signal.SIGHUP, "new.bin", None)]:
        process = start_save(folder, target, previous)
        process.send_signal(sent)
        out, err = process.communicate(timeout=10)
        # Ended by the signal, as without a handler, and nothing printed.
        assert process.returncode == -sent, process.returncode
        assert (out, err) == (b"", b""), (out, err)
        assert temporaries(folder, target) == [], os.listdir(folder)
        check_target(folder, target, previous)


def test_a_double_ctrl_c_leaves_no_temporary_file(folder):
    # The second Ctrl-C ends a batch run at once, without waiting for the command to stop.
    process = start_save(folder, "kept.bin", b"before")
    process.send_signal(signal.SIGINT)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=10)
    assert process.returncode == 130, process.returncode
    assert temporaries(folder, "kept.bin") == [], os.listdir(folder)
    check_target(folder, "kept.bin", b"before")


if __name__ == "__main__":
    run_tests(globals(), "bytelens-save-safety-")
