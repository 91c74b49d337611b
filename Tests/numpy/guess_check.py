"""`guess` on generated data: the right reading must be among the top three candidates.

    python3 Tests/numpy/guess_check.py .build/debug/bytelens

Runs Tests/guess/make_guess_samples.py with several seeds and sizes into a temporary folder
(not the committed fixtures), asks `bytelens --json` for `guess` on every file, and checks
each case's known answer (`CASES`, `MAGIC` in that script): the dtype and offset of the five
kinds of data (the row width of the image, the record size and text field of the records),
and the format of every magic-number file. A file larger than the whole-read limit checks
that the guess samples and says so. Fails, never skips, when numpy or the binary is missing.
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "guess"))
import make_guess_samples as samples  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
RUNS = [(3, 1.0), (5, 0.5), (8, 1.7), (13, 0.8), (21, 1.3)]


def guess(path):
    quoted = path.replace("'", "\\'")
    result = subprocess.run(
        [BINARY, "--json", "-c", f"load '{quoted}' as u1; guess"],
        capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise AssertionError(f"{path}: exit {result.returncode}: {result.stderr}")
    return json.loads(result.stdout)


def right(candidate, name, expected):
    dtype, offset, shape, _ = expected
    if dtype.startswith("records"):
        size = int(dtype.split()[1])
        return (candidate["kind"] == "records" and candidate["itemsize"] == size
                and candidate["dtype"].startswith(shape + ",") and candidate["offset"] == offset)
    if candidate["dtype"] != dtype or candidate["offset"] != offset:
        return False
    if shape == "rows of 640":
        return candidate["shape"][-1:] == [640] and len(candidate["shape"]) == 2
    return True


def main():
    if not os.path.exists(BINARY):
        raise SystemExit(f"no binary at {BINARY}")
    failures = []
    checks = 0
    with tempfile.TemporaryDirectory() as folder:
        for seed, scale in RUNS:
            run = os.path.join(folder, f"seed{seed}")
            os.makedirs(run)
            samples.write_data(run, np.random.default_rng(seed), scale)
            samples.write_magic(run, np.random.default_rng(seed))
            for name, expected in samples.CASES.items():
                checks += 1
                document = guess(os.path.join(run, name))
                top = document["candidates"][:3]
                if not any(right(c, name, expected) for c in top):
                    failures.append(
                        f"seed {seed} scale {scale} {name}: want {expected[:3]}, top three "
                        + "; ".join(f"{c['dtype']} at {c['offset']} {c['shape']} {c['score']}"
                                    for c in top))
            for name, format_name in samples.MAGIC.items():
                checks += 1
                document = guess(os.path.join(run, name))
                found = (document["magic"] or {}).get("format")
                if found != format_name:
                    failures.append(f"seed {seed} {name}: want magic {format_name}, got {found}")
            wav = guess(os.path.join(run, "tone.wav"))["candidates"][0]
            checks += 1
            if (wav["dtype"], wav["offset"], wav["kind"]) != ("<i2", 44, "format"):
                failures.append(f"seed {seed} tone.wav: first candidate {wav}")
        # Larger than the whole-read limit: read in blocks, and said so.
        big = os.path.join(folder, "big-walk.bin")
        walk = 100 + np.cumsum(np.random.default_rng(99).normal(0, 0.5, 700_000))
        walk.astype(">f8").tofile(big)
        document = guess(big)
        checks += 1
        first = document["candidates"][0]
        if not document["sampled"] or document["bytes_read"] >= os.path.getsize(big):
            failures.append(f"big-walk.bin: not sampled: {document['bytes_read']} bytes read")
        if (first["dtype"], first["offset"]) != (">f8", 0):
            failures.append(f"big-walk.bin: first candidate {first}")
    for failure in failures:
        print("FAIL", failure)
    print(f"guess_check: {checks - len(failures)} of {checks} right")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
