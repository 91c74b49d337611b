#!/usr/bin/env python3
"""Writes the benchmark's input files, seeded, into a data folder (default bench/.data).

Each file is written once and kept: a second run only checks the sizes. `--scale` shrinks every
size (the smoke run uses a small scale so the harness itself can be checked in seconds).
"""
import argparse
import os
import sys
import zipfile

import numpy as np

MIB = 1 << 20
GIB = 1 << 30
SEED = 20261201


def files(scale):
    """name -> (size in bytes, writer). Sizes are the issue's; scale divides them."""
    def size(n):
        return max(4096, int(n * scale) // 4096 * 4096)

    return {
        "random-64m.bin": (size(64 * MIB), write_random_bytes),
        "random-256m.bin": (size(256 * MIB), write_random_bytes),
        "zeros-1g.bin": (size(GIB), write_zeros),
        "walk-le-1g.f8": (size(GIB), lambda path, n: write_walk(path, n, "<f8")),
        "walk-be-1g.f8": (size(GIB), lambda path, n: write_walk(path, n, ">f8")),
        "floats-2m.f8": (2_000_000 * 8 if scale >= 1 else size(16 * MIB), write_floats),
        "sparse-8g.bin": (size(8 * GIB), write_sparse),
        "deflated-64m.npz": (size(64 * MIB), write_npz),
    }


def write_random_bytes(path, n):
    rng = np.random.default_rng(SEED)
    with open(path, "wb") as f:
        left = n
        while left:
            chunk = min(left, 16 * MIB)
            f.write(rng.integers(0, 256, chunk, dtype=np.uint8).tobytes())
            left -= chunk


def write_zeros(path, n):
    # Real zeros on disk (not a hole): the page cache then holds them like any file.
    block = bytes(16 * MIB)
    with open(path, "wb") as f:
        left = n
        while left:
            chunk = min(left, len(block))
            f.write(block[:chunk])
            left -= chunk


def write_walk(path, n, dtype):
    """A random walk of float64 measurements, the kind of file `stats` and `find` read."""
    rng = np.random.default_rng(SEED + 1)
    count = n // 8
    start = 20.0
    with open(path, "wb") as f:
        done = 0
        while done < count:
            chunk = min(count - done, 2 * MIB)
            steps = rng.normal(0.0, 0.01, chunk)
            values = start + np.cumsum(steps)
            start = values[-1]
            f.write(values.astype(dtype).tobytes())
            done += chunk


def write_floats(path, n):
    rng = np.random.default_rng(SEED + 2)
    values = rng.normal(0.0, 1e3, n // 8) * 10.0 ** rng.integers(-5, 5, n // 8)
    values.astype("<f8").tofile(path)


def write_sparse(path, n):
    with open(path, "wb") as f:
        f.truncate(n)


def write_npz(path, n):
    """A .npz whose member `walk` is n bytes of float64, deflated (np.savez_compressed)."""
    rng = np.random.default_rng(SEED + 3)
    values = np.round(np.cumsum(rng.normal(0.0, 1.0, n // 8)), 3)
    np.savez_compressed(path, walk=values)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", default=os.path.join(os.path.dirname(__file__), ".data"))
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    os.makedirs(args.dir, exist_ok=True)
    for name, (size, writer) in files(args.scale).items():
        path = os.path.join(args.dir, name)
        if name.endswith(".npz"):
            # The archive's size is not the member's: keep a marker of the size it was made for.
            marker = path + ".size"
            if os.path.exists(path) and os.path.exists(marker) and open(marker).read() == str(size):
                continue
            print(f"writing {name} ({size} bytes of float64, deflated)", file=sys.stderr)
            writer(path, size)
            with open(marker, "w") as f:
                f.write(str(size))
            continue
        if os.path.exists(path) and os.path.getsize(path) == size:
            continue
        print(f"writing {name} ({size} bytes)", file=sys.stderr)
        writer(path, size)


if __name__ == "__main__":
    main()
