#!/usr/bin/env python3
"""`stats` and `hist` on an 8 GiB sparse file, under a 1 GiB address-space cap: the file is
streamed, never held. A strided view spans the whole file (a read in every 8 MiB) and a
contiguous 16 MiB window sits past 4 GiB; values come from numpy over the same bytes.

    python3 Tests/process/stats_big_file.py .build/debug/bytelens
"""
import json
import os
import subprocess
import sys

import numpy as np

from test_runner import run_tests

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
SIZE = 8 << 30
MEMORY_CAP = 1 << 30


def bytelens(*args):
    if not os.access(BINARY, os.X_OK):
        raise AssertionError(f"no bytelens binary at {BINARY}")
    return subprocess.run(["prlimit", f"--as={MEMORY_CAP}", "--", BINARY, *args],
                          capture_output=True, text=True, timeout=600)


def sparse_file(folder):
    """8 GiB of holes, with a few float64 values written past 4 GiB."""
    path = os.path.join(folder, "big.bin")
    with open(path, "wb") as f:
        f.truncate(SIZE)
        f.seek(4 << 30)
        f.write(np.array([1.5, -2.0, np.nan, 3.0], "<f8").tobytes())
    return path


def test_strided_view_over_the_whole_file(folder):
    path = sparse_file(folder)
    step = 1 << 20  # elements: one in every 8 MiB
    result = bytelens("--json", path, "-c", f"as <f8; [::{step}]; stats")
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    count = SIZE // 8 // step
    assert got["count"] == count, got["count"]
    # Element (4 GiB / 8) / step is the 1.5 written there; every other one is 0.0.
    assert got["zero"] == count - 1 and got["max"] == 1.5 and got["min"] == 0.0, got
    view = np.zeros(count)
    view[(4 << 30) // 8 // step] = 1.5
    assert got["mean"] == np.mean(view, dtype=np.float64), got["mean"]
    assert got["std"] == np.std(view, dtype=np.float64), got["std"]


def test_contiguous_window_past_4_gib(folder):
    path = sparse_file(folder)
    count = 2 << 20  # 16 MiB of float64
    start = (4 << 30) - 8 * (count // 2)
    result = bytelens(path, "-c", f"as <f8 at {start} count {count}; stats; hist 4")
    assert result.returncode == 0, result.stderr
    values = np.zeros(count)
    values[count // 2:count // 2 + 4] = [1.5, -2.0, np.nan, 3.0]
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["count", str(count)], lines[0]
    assert lines[1].split()[:2] == ["min", "nan"] and lines[1].split()[-1] == "-2.0", lines[1]
    assert lines[5].split() == ["nan", "1"], lines[5]
    assert lines[7].split() == ["zero", str(count - 4)], lines[7]
    counts, edges = np.histogram(values[np.isfinite(values)], bins=4)
    bars = [line for line in lines if line.startswith("[")]
    assert [int(b.split()[2]) for b in bars] == counts.tolist(), bars
    assert bars[0].startswith(f"[{edges[0]}, {edges[1]})"), bars[0]
    assert lines[-1] == "not counted: 1 nan", lines[-1]


if __name__ == "__main__":
    run_tests(globals(), "bytelens-stats-big-")
