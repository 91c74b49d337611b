#!/usr/bin/env python3
"""bytelens side by side with its peers (xxd, hexdump, hexyl, numpy), in one run.

For each case every tool runs once as a warm-up (which also fills the page cache), then the
tools take turns, round after round, so that a change in the machine's load falls on all of
them alike. Each run is a whole process; its wall time is measured here and its peak memory
(ru_maxrss) comes from wait4. The table gives the median wall time, the throughput, the peak
memory and the ratio of the best peer's median to bytelens's (above 1: bytelens is faster),
and whether the issue's target for that row is met. The table and the machine it ran on are
written to bench/RESULTS.md.

    python3 bench/run.py --binary .build/release/bytelens [--rounds 5] [--only hexdump]
    python3 bench/run.py --smoke --binary .build/debug/bytelens   # small data, one round
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_data  # noqa: E402

# Python is timed through the interpreter's real path, not a wrapper or a shell.
PYTHON = os.path.realpath(sys.executable)


class Case:
    def __init__(self, name, input_name, bytelens, peers, target=None, note=""):
        self.name = name
        self.input_name = input_name
        self.bytelens = bytelens          # argv
        self.peers = peers                # [(label, argv)]
        self.target = target              # (peer label or None for the best, ratio)
        self.note = note


def python(code):
    return [PYTHON, "-c", code]


def cases(binary, data, smoke):
    def path(name):
        return os.path.join(data, name)

    walk_le, walk_be = path("walk-le-1g.f8"), path("walk-be-1g.f8")
    needle = repr(float(np.memmap(walk_le, dtype="<f8", mode="r")[len(np.memmap(walk_le, dtype="<f8", mode="r")) // 3]))
    needle_be = repr(float(np.memmap(walk_be, dtype=">f8", mode="r")[len(np.memmap(walk_be, dtype=">f8", mode="r")) // 3]))
    tiny = path("tiny-16.bin")
    with open(tiny, "wb") as f:
        f.write(bytes(range(16)))
    stats_code = ("import numpy as np, sys; a = np.memmap(sys.argv[1], dtype=sys.argv[2], mode='r'); "
                  "print(a.min(), a.max(), a.mean(), a.std())")
    find_code = ("import numpy as np, sys; a = np.memmap(sys.argv[1], dtype=sys.argv[2], mode='r'); "
                 "print(np.flatnonzero(a == float(sys.argv[3]))[:20])")
    return [
        Case("hexdump all, 64 MiB, no colour", "random-64m.bin",
             [binary, "--color", "never", path("random-64m.bin"), "-c", "hexdump all"],
             [("xxd", ["xxd", path("random-64m.bin")]),
              ("hexdump -C", ["hexdump", "-C", path("random-64m.bin")])],
             target=("xxd", 3.0)),
        Case("hexdump all, 64 MiB, colour", "random-64m.bin",
             [binary, "--color", "always", path("random-64m.bin"), "-c", "hexdump all"],
             [("hexyl", ["hexyl", "--color=always", path("random-64m.bin")])],
             target=("hexyl", 10.0)),
        Case("hexdump all, 256 MiB, no colour", "random-256m.bin",
             [binary, "--color", "never", path("random-256m.bin"), "-c", "hexdump all"],
             [("xxd", ["xxd", path("random-256m.bin")]),
              ("hexdump -C", ["hexdump", "-C", path("random-256m.bin")])],
             target=(None, 1.0)),
        Case("hexdump all, 1 GiB of zeros", "zeros-1g.bin",
             [binary, "--color", "never", path("zeros-1g.bin"), "-c", "hexdump all"],
             [("hexdump -C", ["hexdump", "-C", path("zeros-1g.bin")]),
              ("xxd -a", ["xxd", "-a", path("zeros-1g.bin")])],
             target=("hexdump -C", 3.0)),
        Case("show all, 2 M <f8", "floats-2m.f8",
             [binary, path("floats-2m.f8"), "-c", "as <f8; show all"],
             [("numpy tofile(sep='\\n')",
               python("import numpy as np, sys; "
                      "np.fromfile(sys.argv[1], '<f8').tofile(sys.stdout, sep='\\n')")
               + [path("floats-2m.f8")])],
             target=(None, 5.0)),
        Case("startup + hexdump of 16 bytes", "tiny-16.bin",
             [binary, tiny, "-c", "hexdump"],
             [("xxd", ["xxd", tiny]),
              ("python + numpy", python("import numpy, sys; "
                                        "print(numpy.fromfile(sys.argv[1], 'u1'))") + [tiny])],
             target=("xxd", 1 / 3)),
        Case("stats, 1 GiB <f8", "walk-le-1g.f8",
             [binary, walk_le, "-c", "as <f8; stats"],
             [("numpy memmap", python(stats_code) + [walk_le, "<f8"])],
             target=(None, 1.0)),
        Case("stats, 1 GiB >f8", "walk-be-1g.f8",
             [binary, walk_be, "-c", "as >f8; stats"],
             [("numpy memmap", python(stats_code) + [walk_be, ">f8"])],
             target=(None, 2.0)),
        Case("find a float64, 1 GiB <f8", "walk-le-1g.f8",
             [binary, walk_le, "-c", f"find {needle} as <f8"],
             [("numpy flatnonzero", python(find_code) + [walk_le, "<f8", needle])],
             target=(None, 1.0), note="bytelens scans every byte alignment; numpy only aligned"),
        Case("find a float64, 1 GiB >f8", "walk-be-1g.f8",
             [binary, walk_be, "-c", f"find {needle_be} as >f8"],
             [("numpy flatnonzero", python(find_code) + [walk_be, ">f8", needle_be])],
             target=(None, 1.0), note="bytelens scans every byte alignment; numpy only aligned"),
        Case("repr of a (1024, -1) view of 1 GiB", "walk-le-1g.f8",
             [binary, walk_le, "-c", "as <f8; reshape 1024,-1; repr"],
             [("numpy memmap", python(
                 "import numpy as np, sys; "
                 "print(repr(np.memmap(sys.argv[1], dtype='<f8', mode='r').reshape(1024, -1)))")
               + [walk_le])],
             target=(None, 1.0)),
        Case("open an 8 GiB sparse file + info", "sparse-8g.bin",
             [binary, path("sparse-8g.bin"), "-c", "info"],
             [("numpy memmap", python(
                 "import numpy as np, sys; a = np.memmap(sys.argv[1], dtype='u1', mode='r'); "
                 "print(a.dtype, a.shape, a.strides, a.nbytes, a.flags)") + [path("sparse-8g.bin")])],
             target=(None, 1.0)),
        Case("load x.npz:member, 64 MiB deflated", "deflated-64m.npz",
             [binary, "-c", f"load {path('deflated-64m.npz')}:walk; [-1]; show"],
             [("np.load", python("import numpy as np, sys; print(np.load(sys.argv[1])['walk'][-1])")
               + [path("deflated-64m.npz")])],
             target=(None, 1.0)),
    ]


def run_once(argv):
    """Runs argv with stdout to /dev/null; returns (seconds, exit status, first error line)."""
    with open(os.devnull, "wb") as devnull:
        start = time.perf_counter()
        process = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=devnull,
                                 stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
    error = process.stderr.decode(errors="replace").strip().splitlines()[:1]
    return elapsed, process.returncode, error


def peak_memory(argv):
    """The peak resident memory of one run of argv, in KiB, from GNU time (`%M`).

    Not from this process's wait4: Linux carries the forking process's high-water mark into
    the child's ru_maxrss, so every tool would seem to use at least this Python's memory.
    GNU time is a small C program, so its own floor (about 2 MiB) is near nothing.
    """
    with open(os.devnull, "wb") as devnull:
        result = subprocess.run(["/usr/bin/time", "-f", "%M", "--"] + argv,
                                stdin=subprocess.DEVNULL, stdout=devnull,
                                stderr=subprocess.PIPE)
    try:
        return int(result.stderr.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        return 0


def input_size(data, name):
    path = os.path.join(data, name)
    if name.endswith(".npz"):
        return int(open(path + ".size").read())
    return os.path.getsize(path)


def human_bytes(n):
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024


def human_time(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def measure(case, data, rounds):
    tools = [("bytelens", case.bytelens)] + case.peers
    times = {label: [] for label, _ in tools}
    memory = {label: 0 for label, _ in tools}
    failures = {}
    for round_number in range(rounds + 1):  # round 0 is the warm-up
        order = tools if round_number % 2 else list(reversed(tools))
        for label, argv in order:
            if label in failures:
                continue
            if shutil.which(argv[0]) is None and not os.path.exists(argv[0]):
                failures[label] = f"{argv[0]} is not installed"
                continue
            elapsed, status, error = run_once(argv)
            if status != 0:
                failures[label] = f"exit status {status}: {error}"
                continue
            if round_number == 0:
                memory[label] = peak_memory(argv)
            else:
                times[label].append(elapsed)
    size = input_size(data, case.input_name)
    rows = []
    for label, _ in tools:
        if label in failures:
            rows.append({"tool": label, "failed": failures[label]})
            continue
        median = statistics.median(times[label])
        rows.append({"tool": label, "median": median, "throughput": size / median,
                     "peak_kib": memory[label]})
    return rows


def verdict(case, rows):
    ours = next(r for r in rows if r["tool"] == "bytelens")
    peers = [r for r in rows if r["tool"] != "bytelens" and "median" in r]
    if "median" not in ours or not peers:
        return None, "not measured"
    label, wanted = case.target or (None, 1.0)
    reference = (next((r for r in peers if r["tool"] == label), None) if label
                 else min(peers, key=lambda r: r["median"]))
    if reference is None:
        return None, "peer missing"
    ratio = reference["median"] / ours["median"]
    mark = "met" if ratio >= wanted else "NOT met"
    return ratio, f"{mark} (target ≥ {wanted:.2g}× {reference['tool']})"


def machine():
    def first(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "unknown"
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                memory = human_bytes(int(line.split()[1]) * 1024)
    except OSError:
        pass
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores; memory {memory}",
        f"- system: {platform.platform()}",
        f"- swift: {first(['swift', '--version'])}",
        f"- python {platform.python_version()} ({PYTHON}), numpy {np.__version__}",
        f"- xxd: {first(['xxd', '--version']) if shutil.which('xxd') else 'missing'}; "
        f"hexyl: {first(['hexyl', '--version']) if shutil.which('hexyl') else 'missing'}; "
        f"hexdump: {first(['hexdump', '--version']) if shutil.which('hexdump') else 'missing'}",
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data", default=os.path.join(HERE, ".data"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", help="run only the cases whose name contains this text")
    parser.add_argument("--smoke", action="store_true",
                        help="small data (in a separate folder), one round, no RESULTS.md")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    args = parser.parse_args(argv)
    binary = os.path.abspath(args.binary)
    data = args.data + ("-smoke" if args.smoke else "")
    make_data.main(["--dir", data] + (["--scale", "0.001"] if args.smoke else []))
    rounds = 1 if args.smoke else args.rounds
    table = []
    failed = []
    for case in cases(binary, data, args.smoke):
        if args.only and args.only not in case.name:
            continue
        print(f"{case.name} …", file=sys.stderr, flush=True)
        rows = measure(case, data, rounds)
        ratio, mark = verdict(case, rows)
        table.append((case, rows, ratio, mark))
        # A peer that is not installed is a gap in the table; in a smoke run it is no failure.
        failed += [f"{case.name}: {r['tool']}: {r['failed']}" for r in rows if "failed" in r
                   and not (args.smoke and r["failed"].endswith("is not installed"))]
    lines = ["| case | tool | median wall | throughput | peak memory | ratio | target |",
             "|---|---|---|---|---|---|---|"]
    for case, rows, ratio, mark in table:
        size = input_size(data, case.input_name)
        for index, r in enumerate(rows):
            name = f"{case.name} ({human_bytes(size)})" if index == 0 else ""
            if "failed" in r:
                lines.append(f"| {name} | {r['tool']} | failed: {r['failed']} | | | | |")
                continue
            cells = [name, r["tool"], human_time(r["median"]),
                     f"{human_bytes(r['throughput'])}/s", human_bytes(r["peak_kib"] * 1024)]
            if r["tool"] == "bytelens":
                cells += [f"{ratio:.2f}×" if ratio else "", mark + (f"; {case.note}" if case.note else "")]
            else:
                cells += ["", ""]
            lines.append("| " + " | ".join(cells) + " |")
    print("\n".join(lines))
    if not args.smoke and not args.only:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        with open(args.results, "w") as f:
            f.write("# Benchmark results\n\n")
            f.write(f"`make bench` on {stamp}: release build, page cache warm, {rounds} rounds "
                    "after a warm-up, tools alternating; medians. Ratio: the best peer's median "
                    "(or the named one's) over bytelens's; above 1, bytelens is faster.\n\n")
            f.write("\n".join(machine()) + "\n\n")
            f.write("\n".join(lines) + "\n")
        print(f"written to {args.results}", file=sys.stderr)
    if failed:
        print("\n".join(["failed runs:"] + failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
