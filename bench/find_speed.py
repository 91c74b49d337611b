#!/usr/bin/env python3
"""How fast `find` is beside numpy on a large file: a benchmark, not a test (nothing is asserted).

    python3 bench/find_speed.py .build/release/bytelens [--mib 1024]

Writes MIB mebibytes of random float64 values to a temporary file (read once first, so that
both tools read it from the page cache), plants a value in it, and prints the wall time of:

- numpy, one alignment: `np.flatnonzero(np.memmap(path, '<f8') == v)`;
- numpy, every alignment: the same at each of the 8 byte offsets;
- bytelens: `find V as <f8 count` (every byte offset), and `find V as f8 count` (both orders),
  and `find V as <f8 tol 1e-9 count` (a tolerance: every offset decoded);

with the throughput in GiB/s. The issue's goal: bytelens at every alignment at least as fast as
numpy's one alignment.
"""
import argparse
import os
import subprocess
import tempfile
import time

import numpy as np


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary', nargs='?', default='.build/release/bytelens')
    parser.add_argument('--mib', type=int, default=1024)
    options = parser.parse_args()
    value = 3.14159
    folder = tempfile.mkdtemp(prefix='bytelens-bench-')
    path = os.path.join(folder, 'values.f8')
    try:
        rng = np.random.default_rng(1)
        count = options.mib * (1 << 20) // 8
        with open(path, 'wb') as f:
            for start in range(0, count, 1 << 24):
                f.write(rng.standard_normal(min(1 << 24, count - start)).tobytes())
        with open(path, 'r+b') as f:
            for offset in (0, 1000003, os.path.getsize(path) - 8):
                f.seek(offset)
                f.write(np.array(value, '<f8').tobytes())
        with open(path, 'rb') as f:
            while f.read(1 << 24):
                pass
        gib = os.path.getsize(path) / (1 << 30)

        def numpy_one():
            return np.flatnonzero(np.memmap(path, '<f8', mode='r') == value).size

        def numpy_all():
            total = 0
            size = os.path.getsize(path)
            for k in range(8):
                a = np.memmap(path, '<f8', mode='r', offset=k, shape=((size - k) // 8,))
                total += np.flatnonzero(a == value).size
            return total

        def bytelens(command):
            return lambda: subprocess.run(
                [options.binary, path, '-c', command], capture_output=True, check=True
            ).stdout.decode().strip()

        rows = [
            ('numpy flatnonzero(a == v), one alignment', numpy_one),
            ('numpy, all 8 alignments', numpy_all),
            ('bytelens find v as <f8 count', bytelens('find %r as <f8 count' % value)),
            ('bytelens find v as f8 count (both orders)', bytelens('find %r as f8 count' % value)),
            ('bytelens find v as <f8 tol 1e-9 count', bytelens('find %r as <f8 tol 1e-9 count' % value)),
        ]
        for name, function in rows:
            seconds, result = timed(function)
            print('%-45s %7.3f s  %6.2f GiB/s  (%s)' % (name, seconds, gib / seconds, result))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(folder)


if __name__ == '__main__':
    main()
