#!/usr/bin/env python3
"""`show all` against numpy's `str(a)` with summarisation off, on seeded random cases.

    python3 Tests/numpy/show_all_diff.py .build/debug/bytelens [--cases 300] [--seed S]

Each case writes random bytes (with planted special values: zeros, nan, inf, powers of ten,
exact halves, subnormals) to a temporary file, views them with a dtype (native or swapped),
a shape and a slice (strided, reversed, transposed), sets print options (linewidth,
precision, suppress, and the style options floatmode, sign, nanstr, infstr and an integer
formatter), and runs

    BYTELENS FILE -c "as DT; reshape SHAPE; VIEW; set ...; show all"

whose output must be `str(a)` under `np.printoptions(threshold=sys.maxsize, ...)`, byte for
byte. Arrays are larger than the default threshold, so the streaming path is what runs.
The last line is `N passed, M failed`; the exit status is 0 only if M == 0. It fails, never
skips, when numpy or the binary is missing.
"""

import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np

DTYPES = ["<f8", ">f8", "<f4", ">f4", "<f2", "<c16", ">c8", "<i8", ">i2", "<u4", "|u1", "|b1",
          "<g", "|S3", "<U2", "<M8[s]", ">m8[ms]", "<i2,>f4", "u1,(2,)<f8"]
FLOATMODES = ["fixed", "unique", "maxprec", "maxprec_equal"]
# Spelled for the bytelens script (quoted where the lexer needs it) and as numpy takes them.
SIGNS = [("-", "-"), ("+", "+"), ("' '", " ")]
NANSTRS = [("NaN", "NaN"), ("N/A", "N/A"), ("\u00f8", "\u00f8")]
INFSTRS = [("Inf", "Inf"), ("\u221e", "\u221e"), ("infinity", "infinity")]
FORMATTERS = [("hex", hex), ("oct", oct), ("bin", bin)]
SPECIALS = [0.0, -0.0, np.nan, np.inf, -np.inf, 1.0, 0.1, 1e-5, 1e10, 0.5, 2.5, 1e16, 5e-324,
            1e-300, 123456789.0, 9.999999999e-5, 0.125]


def make_case(rng, index):
    dtype = np.dtype(str(rng.choice(DTYPES)))
    count = int(rng.integers(1200, 4000))
    raw = bytearray(rng.integers(0, 256, count * dtype.itemsize, dtype=np.uint8).tobytes())
    a = np.frombuffer(raw, dtype=dtype).copy()
    kind = dtype.kind if dtype.fields is None else "V"
    if kind in "fc":
        # Mixtures of magnitudes: normal values scaled by powers of ten, plus specials.
        scale = 10.0 ** rng.integers(-6, 9, count)
        values = rng.normal(0, 1, count) * scale
        if rng.random() < 0.5:
            values = np.round(values, int(rng.integers(0, 6)))
        with np.errstate(all="ignore"):
            a[...] = values.astype(dtype)
            for i in rng.integers(0, count, 8):
                a[i] = rng.choice(SPECIALS)
    elif kind in "iu":
        a[...] = rng.integers(-1000, 1000, count).astype(dtype)
    elif kind == "U":
        a[...] = rng.choice(["a", "\u00fc", "\u20acx", "", "zz"], count)
    elif kind == "M" or kind == "m":
        a[...] = rng.integers(-10 ** 6, 10 ** 6, count).astype(dtype)
        a[int(rng.integers(0, count))] = np.array("NaT", dtype=dtype)
    raw = a.tobytes()
    shape = [count]
    script = [f"as {dtype.str if dtype.fields is None else dtype_text(dtype)}"]
    view = a
    if rng.random() < 0.5:
        rows = int(rng.choice([2, 3, 4, 6]))
        usable = count - count % (rows * 2)
        view = a[:usable].reshape(rows, 2, usable // rows // 2)
        script += [f"[:{usable}]", f"reshape {rows},2,{usable // rows // 2}"]
        choice = rng.integers(0, 3)
        if choice == 1:
            view = view.transpose(2, 0, 1)
            script.append("transpose 2,0,1")
        elif choice == 2:
            view = view[::-1, :, ::3]
            script.append("[::-1, :, ::3]")
    elif rng.random() < 0.5:
        view = a[::-2]
        script.append("[::-2]")
    options = {}
    spelled = {}
    if rng.random() < 0.4:
        options["linewidth"] = int(rng.choice([20, 75, 120]))
    if rng.random() < 0.4:
        options["precision"] = int(rng.integers(0, 12))
    if rng.random() < 0.3:
        options["suppress"] = True
    for name, value in options.items():
        spelled[name] = str(int(value))
    if rng.random() < 0.5:
        options["floatmode"] = spelled["floatmode"] = str(rng.choice(FLOATMODES))
    for name, choices, chance in [("sign", SIGNS, 0.4), ("nanstr", NANSTRS, 0.25),
                                  ("infstr", INFSTRS, 0.25)]:
        if rng.random() < chance:
            spelled[name], options[name] = choices[int(rng.integers(0, len(choices)))]
    for name, value in spelled.items():
        script.append(f"set {name} {value}")
    # Last: every other option set afterwards would forget it, as np.set_printoptions does.
    if rng.random() < 0.2:
        name, function = FORMATTERS[int(rng.integers(0, len(FORMATTERS)))]
        options["formatter"] = {"int": function}
        script.append(f"set formatter int {name}")
    script.append("show all")
    with np.printoptions(threshold=sys.maxsize, **options):
        expected = str(view) + "\n"
    return raw, "; ".join(script), expected, shape


def dtype_text(dtype):
    return ",".join(field_text(dtype.fields[name][0]) for name in dtype.names)


def field_text(field):
    if field.subdtype is not None:
        base, shape = field.subdtype
        return "(" + ",".join(map(str, shape)) + ",)" + base.str
    return field.str


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"error: no bytelens binary at {args.binary}")
        return 1
    rng = np.random.default_rng(args.seed)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="bytelens-show-all-") as folder:
        path = os.path.join(folder, "case.bin")
        for index in range(args.cases):
            raw, script, expected, _ = make_case(rng, index)
            with open(path, "wb") as f:
                f.write(raw)
            result = subprocess.run([args.binary, path, "-c", script], capture_output=True,
                                    timeout=120)
            actual = result.stdout.decode("utf-8", "replace")
            if result.returncode == 0 and actual == expected:
                passed += 1
                continue
            failed += 1
            if failed <= 5:
                print(f"case {index}: {script}\n  status {result.returncode} "
                      f"{result.stderr.decode()[:200]}")
                for n, (x, y) in enumerate(zip(expected.splitlines(), actual.splitlines())):
                    if x != y:
                        print(f"  line {n}\n  numpy:    {x!r}\n  bytelens: {y!r}")
                        break
                else:
                    print(f"  lengths differ: numpy {len(expected)}, bytelens {len(actual)}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
