"""Runs the real bytelens binary with its output piped to a reader that goes away early.

    python3 Tests/process/closed_pipe.py .build/debug/bytelens

`bytelens BIG -c 'hexdump all' | head -c 1000` on a 10 GiB file: the first rows must arrive
at once (not after the whole file is scanned), and the process must end soon after the reader
closes the pipe, even while it is scanning a long run of repeated rows that prints nothing.
Files are sparse (holes cost no disk) in a temporary folder. Ends with `N passed, M failed`.
"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_runner import run_tests  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
GIB = 1 << 30
# The first bytes must come before any whole-file pass over the 10 GiB file could end (more
# than a minute), and the process must end this soon after its reader has gone (it used to
# run to the end). Generous, so that a loaded CI machine does not fail them.
FIRST_BYTES_WITHIN = 10.0
EXIT_WITHIN = 10.0


def sparse_file(folder, size, head=b""):
    """A file of `size` bytes: `head`, then holes."""
    path = os.path.join(folder, "big.bin")
    with open(path, "wb") as f:
        f.truncate(size)
        f.write(head)
    return path


def read_then_close(args, folder, amount=1000):
    """Starts bytelens with `args`, reads `amount` bytes of its output, closes the pipe.

    Returns (seconds to the first bytes, seconds from the close to the exit, exit status,
    stderr, the bytes read)."""
    started = time.time()
    process = subprocess.Popen(
        [BINARY] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder)
    first = os.read(process.stdout.fileno(), amount)  # the first write, as soon as it comes
    first_after = time.time() - started
    while first and len(first) < amount:
        more = os.read(process.stdout.fileno(), amount - len(first))
        if not more:
            break
        first += more
    process.stdout.close()
    closed = time.time()
    try:
        status = process.wait(timeout=EXIT_WITHIN + 10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise AssertionError(f"{args}: still running {EXIT_WITHIN + 10} s after the reader left")
    exit_after = time.time() - closed
    return first_after, exit_after, status, process.stderr.read(), first


def check_stops(args, folder, amount=1000):
    first_after, exit_after, status, err, first = read_then_close(args, folder, amount)
    assert len(first) == amount, (args, first)
    assert first_after < FIRST_BYTES_WITHIN, f"{args}: first bytes after {first_after:.1f} s"
    assert exit_after < EXIT_WITHIN, f"{args}: exit {exit_after:.1f} s after the close"
    # A reader that leaves is not an error to report: nothing on stderr, status 1 (as for
    # a write that failed with EPIPE).
    assert (status, err) == (1, b""), (args, status, err)
    return first


def test_hexdump_all_of_ten_gib_stops_with_its_reader(folder):
    # Random bytes first, so 1000 bytes of rows come at once; then 10 GiB of holes, which the
    # dump collapses to one `*` and scans for minutes without writing a byte.
    path = sparse_file(folder, 10 * GIB, head=os.urandom(64 * 1024))
    first = check_stops([path, "-c", "hexdump all"], folder)
    assert first.startswith(b"'|u1' shape (10737418240,) strides (1,)"), first[:80]


def test_hexdump_all_of_zeros_shows_its_first_rows_at_once(folder):
    # All holes: the whole dump is a header, one row, a `*`, the last row — the first of it
    # must not wait for the scan of 10 GiB, nor the process outlive its reader.
    path = sparse_file(folder, 10 * GIB)
    started = time.time()
    process = subprocess.Popen(
        [BINARY, path, "-c", "hexdump all"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = os.read(process.stdout.fileno(), 1 << 16)
    assert time.time() - started < FIRST_BYTES_WITHIN, time.time() - started
    assert first.endswith(b"\n000000000 [00|00|00|00|00|00|00|00|00|00|00|00|00|00|00|00]  "
                          b"................\n*\n"), first
    process.stdout.close()
    closed = time.time()
    assert process.wait(timeout=EXIT_WITHIN + 10) == 1
    assert time.time() - closed < EXIT_WITHIN and process.stderr.read() == b""


def test_hexdump_values_stops_with_its_reader(folder):
    path = sparse_file(folder, 1 * GIB, head=os.urandom(64 * 1024))
    check_stops([path, "-c", "hexdump all values"], folder)


def test_tobytes_all_stops_with_its_reader(folder):
    # Python picks the literal's quote from all the bytes; the search for quotes must not
    # hold back the first bytes for long (256 MiB of holes), nor outlive the reader.
    path = sparse_file(folder, 256 << 20)
    first = check_stops([path, "-c", "tobytes all"], folder)
    assert first == b"b'" + b"\\x00" * 249 + b"\\x", first[:20]


def test_save_is_not_stopped_by_a_closed_output(folder):
    # save has an effect besides its output: a reader leaving does not stop it.
    path = sparse_file(folder, 8 << 20, head=b"\x01\x02")
    target = os.path.join(folder, "copy.bin")
    process = subprocess.Popen(
        [BINARY, path, "-c", f"[::-1]; save {target} raw"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder)
    process.stdout.close()
    process.wait(timeout=60)
    assert os.path.getsize(target) == 8 << 20
    with open(target, "rb") as f:
        f.seek((8 << 20) - 2)
        assert f.read() == b"\x02\x01"


def test_export_json_refuses_before_working(folder):
    path = sparse_file(folder, 10 * GIB)
    started = time.time()
    result = subprocess.run(
        [BINARY, path, "-c", "export json"], capture_output=True, cwd=folder, timeout=30)
    assert time.time() - started < FIRST_BYTES_WITHIN
    assert result.returncode == 1, result
    assert result.stderr.startswith(b"error: 'export json' would write"), result


def test_show_all_stops_with_its_reader(folder):
    # show all has no element cap: 4 Mi elements are measured (numpy's widths need all of
    # them), then written in pieces until the reader leaves.
    path = sparse_file(folder, 4 << 20)
    first = check_stops([path, "-c", "show all"], folder)
    row = b" ".join([b"0"] * 37) + b"\n"  # numpy: 37 zeros to a line of 75 columns
    assert first == (b"[" + row + (b" " + row) * 20)[:1000], first[:200]


if __name__ == "__main__":
    run_tests(globals(), "bytelens-closed-pipe-")
