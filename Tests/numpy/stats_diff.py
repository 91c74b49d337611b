#!/usr/bin/env python3
"""Differential test of `stats` and `hist` against numpy on seeded random cases.

    python3 Tests/numpy/stats_diff.py .build/debug/bytelens [--cases 400] [--seed S]

Every case writes random bytes to a temporary FILE and runs

    BYTELENS --json FILE -c "as DTYPE; VIEW…; stats"      (one JSON document)
    BYTELENS FILE -c "as DTYPE; VIEW…; hist BINS"         (one bar per bin)

and compares with numpy on the same view: count, np.min/np.max (NaN when NaN is present),
np.nanmin/np.nanmax, the nan/inf/zero/subnormal counts and np.histogram(a[np.isfinite(a)])
edges and counts exactly; np.mean(a, dtype=np.float64) and np.std(a, dtype=np.float64)
within 1e-12 relative (and it reports how many agree to the last bit). Structured views are
compared field by field. A case where numpy refuses the histogram must fail in bytelens too.
SEED (environment or --seed) explores other cases. The last line is `N passed, M failed`.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np

NUMERIC = ['?', 'i1', 'u1', '<i2', '>i2', '<u2', '>u2', '<i4', '>i4', '<u4', '>u4', '<i8', '>i8',
           '<u8', '>u8', '<f2', '>f2', '<f4', '>f4', '<f8', '>f8', '<f16', '>f16']
SIZES = [0, 1, 2, 7, 8, 9, 100, 128, 129, 257, 1000, 4099, 8192, 8193, 20011]


def values_for(rng, dt, n):
    """Random values of dtype dt with the features that matter: limits, NaN, inf, subnormals."""
    dt = np.dtype(dt)
    pattern = rng.integers(0, 7)
    if dt.kind == 'b':
        return rng.integers(0, 2, n).astype(dt)
    if dt.kind in 'iu':
        info = np.iinfo(dt)
        if pattern == 0:  # near the limits
            low = rng.integers(info.min, info.min + 3, n, endpoint=True, dtype=dt.newbyteorder('='))
            high = rng.integers(info.max - 3, info.max, n, endpoint=True, dtype=dt.newbyteorder('='))
            return np.where(rng.integers(0, 2, n) == 1, low, high).astype(dt)
        if pattern == 1:
            return np.full(n, rng.integers(info.min, info.max, dtype=dt.newbyteorder('=')), dt)
        return rng.integers(info.min, info.max, n, endpoint=True,
                            dtype=dt.newbyteorder('=')).astype(dt)
    info = np.finfo(dt)
    with np.errstate(all='ignore'):
        x = rng.standard_normal(n) * 10.0 ** rng.uniform(-3, 3)
        if pattern == 0:
            x = x * 10.0 ** rng.uniform(-5, 5, n)
        a = x.astype(dt)
        if n and pattern == 1:
            a[rng.integers(0, n, max(1, n // 10))] = np.nan
        if n and pattern == 2:
            a[rng.integers(0, n, max(1, n // 20))] = rng.choice([np.inf, -np.inf])
        if n and pattern == 3:
            tiny = info.smallest_subnormal
            a[rng.integers(0, n, max(1, n // 7))] = tiny * rng.integers(-5, 6)
            a[rng.integers(0, n, max(1, n // 9))] = 0
        if n and pattern == 4 and rng.integers(0, 3) == 0:
            a[:] = np.nan
        if pattern == 5:
            a = np.full(n, x[0] if n else 0, dt)
        if n and pattern == 6:
            # Both zeros, often as the extreme: np.min/np.max return the last of equal values
            # for float32 and float64, the first for the others.
            if rng.integers(0, 2):
                a = np.abs(a).astype(dt)
            a[rng.integers(0, n, max(1, n // 3))] = 0.0
            a[rng.integers(0, n, max(1, n // 3))] = -0.0
    return a


def view_for(rng, a):
    """A random view of `a` (1-D): (bytelens commands, numpy view)."""
    n = a.size
    choice = rng.integers(0, 7)
    if choice == 1 and n >= 2:
        step = int(rng.integers(2, 5))
        return ['[::%d]' % step], a[::step]
    if choice == 2 and n >= 2:
        return ['[::-2]'], a[::-2]
    if choice == 3 and n >= 6:
        rows = [d for d in range(2, 12) if n % d == 0]
        if rows:
            r = rows[rng.integers(0, len(rows))]
            return ['reshape %d,%d' % (r, n // r), 'transpose'], a.reshape(r, n // r).T
    if choice == 4 and n >= 8:
        rows = [d for d in range(2, 12) if n % d == 0]
        if rows:
            r = rows[rng.integers(0, len(rows))]
            return (['reshape %d,%d' % (r, n // r), '[:, ::2]'], a.reshape(r, n // r)[:, ::2])
    if choice == 5 and n >= 1:
        i = int(rng.integers(0, n))
        return ['[%d]' % i], a[i]
    return [], a


def expected_value(x):
    x = x.item() if hasattr(x, 'item') and np.asarray(x).dtype.kind != 'f' else x
    return x


def same_scalar(got, want, dt):
    """got: the JSON value; want: a numpy scalar of dt (or None)."""
    if want is None:
        return got is None
    if dt.kind == 'b':
        return got is bool(want)
    if dt.kind in 'iu':
        return got == int(want)
    if dt.itemsize == 16 and dt.kind == 'f':
        if not isinstance(got, str):
            return False
        value = np.longdouble(got)
        return (np.isnan(value) and np.isnan(want)) or value == want
    value = float(got) if isinstance(got, str) else got
    if not isinstance(value, float):
        return False
    if np.isnan(want):
        return np.isnan(value)
    return value == float(want) and np.signbit(value) == np.signbit(float(want))


def is_any_zero(got, want, dt):
    """Both are a float zero, of either sign.

    Which of 0.0 and -0.0 np.min/np.max (and the histogram's outer edges, taken from them)
    return when both are present depends on the lanes of numpy's SIMD loops, which bytelens
    follows only for simple views (1-D: the last of equal values for float32/float64, the
    first for the others): a documented limit, so the sign of a zero extreme is not compared.
    """
    if dt.kind != 'f' or want is None or got is None or isinstance(got, bool):
        return False
    try:
        return float(got) == 0 and float(want) == 0
    except (TypeError, ValueError):
        return False


def close(got, want):
    got = float(got)
    if np.isnan(want) or np.isnan(got):
        return np.isnan(want) and np.isnan(got)
    if np.isinf(want) or want == 0:
        return got == want
    return abs(got - want) <= 1e-12 * abs(want)


def numpy_summary(a, bins):
    """The facts `stats` shows, from numpy, plus the histogram (or the error it raises)."""
    a = np.asarray(a)
    with warnings.catch_warnings(), np.errstate(all='ignore'):
        warnings.simplefilter('ignore')
        fact = {'count': a.size}
        fact['min'] = np.min(a) if a.size else None
        fact['max'] = np.max(a) if a.size else None
        if a.size and a.dtype.kind == 'f' and np.isnan(a).all():
            fact['nanmin'] = fact['nanmax'] = None
        else:
            fact['nanmin'] = np.nanmin(a) if a.size else None
            fact['nanmax'] = np.nanmax(a) if a.size else None
            if a.size and a.dtype.kind == 'f' and np.isnan(a).any():
                # numpy 2.4's np.fmin.reduce (under np.nanmin) can miss the extreme of a
                # float32 array holding NaNs (e.g. 879 random words, 3 of them NaN); the
                # oracle is then the min/max of the values that are not NaN.
                numbers = a[~np.isnan(a)]
                if numbers.min() != fact['nanmin'] or numbers.max() != fact['nanmax']:
                    fact['nanmin'], fact['nanmax'] = numbers.min(), numbers.max()
        fact['mean'] = np.mean(a, dtype=np.float64)
        fact['std'] = np.std(a, dtype=np.float64)
        if a.dtype.kind == 'f':
            fact['nan'] = int(np.isnan(a).sum())
            fact['posinf'] = int(np.isposinf(a).sum())
            fact['neginf'] = int(np.isneginf(a).sum())
            tiny = np.finfo(a.dtype).tiny
            fact['subnormal'] = int(((a != 0) & np.isfinite(a) & (np.abs(a) < tiny)).sum())
            finite = a[np.isfinite(a)]
        else:
            fact['nan'] = fact['posinf'] = fact['neginf'] = fact['subnormal'] = 0
            finite = a.ravel().astype(np.uint8) if a.dtype.kind == 'b' else a.ravel()
        fact['zero'] = int((a == 0).sum())
        try:
            fact['histogram'] = np.histogram(finite, bins=bins)
        except ValueError as error:
            fact['histogram'] = error
    return fact


def compare_summary(got, want, dt, problems, stats):
    for key in ['count', 'nan', 'posinf', 'neginf', 'zero', 'subnormal']:
        if got.get(key) != want[key]:
            problems.append('%s: bytelens %r, numpy %r' % (key, got.get(key), want[key]))
    for key in ['min', 'max', 'nanmin', 'nanmax']:
        want_value = want[key]
        if is_any_zero(got.get(key), want_value, dt):
            continue
        if not same_scalar(got.get(key), want_value, dt):
            problems.append('%s: bytelens %r, numpy %r' % (key, got.get(key), want[key]))
    for key in ['mean', 'std']:
        if not close(got.get(key), want[key]):
            problems.append('%s: bytelens %r, numpy %r' % (key, got.get(key), want[key]))
        else:
            stats['total'] += 1
            same = float(got[key]) == want[key] or (np.isnan(want[key]) and np.isnan(float(got[key])))
            stats['exact'] += same
    hist = want['histogram']
    if isinstance(hist, ValueError):
        if got['histogram'] is not None:
            problems.append('numpy refuses the 16-bin histogram (%s) but stats gave one' % hist)
        return
    if got['histogram'] is None:
        problems.append('stats left out the histogram numpy gives')
        return
    counts, edges = hist
    if got['histogram']['counts'] != [int(c) for c in counts]:
        problems.append('histogram counts: bytelens %r, numpy %r' % (
            got['histogram']['counts'], counts.tolist()))
    if got['histogram']['bin_dtype'] != edges.dtype.str:
        problems.append('bin dtype: bytelens %r, numpy %r' % (got['histogram']['bin_dtype'], edges.dtype.str))
    for g, w in zip(got['histogram']['edges'], edges):
        if not same_scalar(g, w, edges.dtype) and not is_any_zero(g, w, edges.dtype):
            problems.append('histogram edges: bytelens %r, numpy %r' % (got['histogram']['edges'], edges.tolist()))
            break


def hist_lines(a, bins):
    """`hist BINS` text lines' (label, count) as numpy gives them."""
    counts, edges = numpy_summary(a, bins)['histogram']
    text = [str(e) for e in edges]
    return [('[%s, %s%s' % (text[i], text[i + 1], ']' if i == bins - 1 else ')'), int(counts[i]))
            for i in range(bins)]


def unsigned_zero_label(line):
    """A `hist` line with its outer zero edges unsigned (see is_any_zero)."""
    label, count = line
    for zero in ('[-0.0,', ' -0.0]', ' -0.0)'):
        label = label.replace(zero, zero.replace('-', ''))
    return label, count


def run(binary, path, script, json_mode):
    command = [binary] + (['--json'] if json_mode else []) + [path, '-c', script]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def field_paths(dt, prefix=()):
    for name in dt.names:
        sub = dt.fields[name][0]
        base = sub.base if sub.subdtype else sub
        if base.names:
            yield from field_paths(base, prefix + (name,))
        else:
            yield prefix + (name,), base


RECORDS = [
    [('a', '<i4'), ('name', 'S3'), ('c', '>f8', (2,)), ('d', [('e', '>u2'), ('f', '<f4')])],
    [('x', '<f2'), ('t', '<M8[s]'), ('y', '>i8'), ('z', '<c8')],
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary')
    parser.add_argument('--cases', type=int, default=400)
    parser.add_argument('--seed', type=int, default=int(os.environ.get('SEED', '20261')))
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        print('no bytelens binary at %s' % args.binary)
        return 1
    rng = np.random.default_rng(args.seed)
    passed = failed = 0
    stats = {'exact': 0, 'total': 0}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'data.bin')
        for index in range(args.cases):
            problems = []
            if index % 10 == 9:
                dt = np.dtype(RECORDS[rng.integers(0, len(RECORDS))])
                n = int(rng.choice(SIZES))
                raw = rng.integers(0, 256, n * dt.itemsize, dtype=np.uint8).tobytes()
                a = np.frombuffer(raw, dt)
                commands, view = view_for(rng, a)
                script = '; '.join(['as %s' % repr(dt.descr).replace(' ', '')] + commands + ['stats'])
                with open(path, 'wb') as f:
                    f.write(raw)
                result = run(args.binary, path, script, True)
                if result.returncode != 0:
                    problems.append('exit %d: %s' % (result.returncode, result.stderr.strip()))
                else:
                    document = json.loads(result.stdout)
                    fields = {tuple(f['field']): f for f in document['fields']}
                    for names, base in field_paths(dt):
                        got = fields.get(names)
                        column = view
                        for name in names:
                            column = column[name]
                        if base.kind not in 'biuf':
                            if not got or not got.get('skipped'):
                                problems.append('field %s should be skipped' % (names,))
                            continue
                        if got is None:
                            problems.append('field %s missing' % (names,))
                            continue
                        compare_summary(got, numpy_summary(column, 16), base, problems, stats)
            else:
                dt = np.dtype(NUMERIC[rng.integers(0, len(NUMERIC))])
                n = int(rng.choice(SIZES))
                a = values_for(rng, dt, n)
                commands, view = view_for(rng, a)
                script = '; '.join(['as %s' % dt.str] + commands)
                with open(path, 'wb') as f:
                    f.write(a.tobytes())
                result = run(args.binary, path, script + '; stats', True)
                if result.returncode != 0:
                    problems.append('exit %d: %s' % (result.returncode, result.stderr.strip()))
                else:
                    compare_summary(json.loads(result.stdout), numpy_summary(view, 16), dt,
                                    problems, stats)
                bins = int(rng.choice([1, 2, 3, 10, 10, 37]))
                want = numpy_summary(view, bins)['histogram']
                result = run(args.binary, path, script + '; hist %d' % bins, False)
                if isinstance(want, ValueError):
                    if result.returncode != 1 or 'too many bins' not in result.stderr:
                        problems.append('hist: numpy refuses (%s), bytelens exit %d' % (
                            want, result.returncode))
                elif result.returncode != 0:
                    problems.append('hist exit %d: %s' % (result.returncode, result.stderr.strip()))
                else:
                    lines = [line for line in result.stdout.splitlines()
                             if not line.startswith('not counted')]
                    got = [(line.split('  ')[0].rstrip(), int(line.split()[-2] if '█' in line
                                                               else line.split()[-1]))
                           for line in lines]
                    if [unsigned_zero_label(g) for g in got] != [
                            unsigned_zero_label(w) for w in hist_lines(view, bins)]:
                        problems.append('hist %d:\n  bytelens %r\n  numpy    %r' % (
                            bins, got, hist_lines(view, bins)))
            if problems:
                failed += 1
                print('FAIL case %d (seed %d): %s\n  %s' % (index, args.seed, script,
                                                             '\n  '.join(problems)))
            else:
                passed += 1
    print('mean/std bit-exact with numpy: %d of %d' % (stats['exact'], stats['total']))
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
