#!/usr/bin/env python3
"""Write Tests/ByteLensConsoleTests/Fixtures/numpy-cases.jsonl from numpy.

    python3 Tests/numpy/make_fixtures.py [--count 400] [--seed 4242] [--out PATH]

One JSON object per line:
    {"hex": "...", "script": "as <i4; reshape 2,3 F",
     "repr": "...", "str": "...", "strides": "(4, 8)", "shape": "(2, 3)"}
or, when numpy raises (bytelens must exit with status 1):
    {"hex": "...", "script": "...", "error": true, "stage": "script"|"print"}

`hex` is the content of FILE; run `bytelens FILE -c "SCRIPT; repr; show; info"` (or the
console equivalent on those bytes) and compare.  `stage` says whether numpy failed while
running the script or only while printing (e.g. generic datetime64 values).  Scripts never
use `load PATH` (the path would be unknown); `bytes HEX` appears in a few.

The cases are the curated examples from docs/numpy-behaviour.md, then generated cases chosen
greedily so that every dtype family, element kind, operation and outcome seen in a larger
pool appears at least twice, then filled up at random.  Deterministic for a seed.
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402

DEFAULT_OUT = os.path.join(HERE, '..', 'ByteLensConsoleTests', 'Fixtures', 'numpy-cases.jsonl')
MAX_LINE = 24000      # bytes of JSON per case, except the few summarised big ones
MAX_BIG_LINE = 60000
MAX_TOTAL = 1_900_000


_FEATURES = {}


def features(c):
    key = id(c)
    if key not in _FEATURES:
        _FEATURES[key] = _features(c)
    return _FEATURES[key]


def _features(c):
    t = c.tags
    f = set()
    f |= {'fam:' + x for x in t.get('families', ())}
    f |= {'kind:' + x for x in t.get('kinds', ())}
    f |= {'op:' + x for x in t.get('ops', ())}
    e = c.expected
    if e.get('error'):
        f.add('out:error-' + e['stage'])
    else:
        shape = e['shape']
        if shape == '()':
            f.add('out:scalar' if e['repr'].startswith('np.') else 'out:0d-array')
        if '...' in e['repr'] and 'shape=' in e['repr']:
            f.add('out:summarised')
        if shape.startswith('(0') or ', 0' in shape:
            f.add('out:empty')
        f.add('out:ndim%d' % (0 if shape == '()' else shape.rstrip(',)').count(',') + 1))
    return f


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--count', type=int, default=400)
    ap.add_argument('--seed', default='4242')
    ap.add_argument('--pool', type=int, default=4000, help='generated cases to choose from')
    ap.add_argument('--out', default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    opts = {'max_bytes': 6000, 'allow_file': False}
    curated = cases.generate(len(cases.CURATED), args.seed, opts)  # curated come first
    pool = cases.generate(args.pool + len(cases.CURATED), args.seed, opts)[len(cases.CURATED):]

    def line(c):
        return json.dumps(c.to_fixture(), ensure_ascii=False)

    lines = {id(c): line(c) for c in pool}
    big_budget = 12
    usable = []
    for c in pool:
        n = len(lines[id(c)].encode())
        is_big = 'out:summarised' in features(c)
        if n <= MAX_LINE or (is_big and n <= MAX_BIG_LINE):
            usable.append(c)

    chosen = list(curated)
    seen = {}
    for c in chosen:
        lines[id(c)] = line(c)
        for f in features(c):
            seen[f] = seen.get(f, 0) + 1
    # greedy: each pass takes the case adding the most features still seen < 2 times
    remaining = [c for c in usable]
    while len(chosen) < args.count:
        best, best_gain = None, 0
        for c in remaining:
            gain = sum(1 for f in features(c) if seen.get(f, 0) < 2)
            if gain > best_gain:
                best, best_gain = c, gain
        if best is None:
            break
        chosen.append(best)
        remaining.remove(best)
        for f in features(best):
            seen[f] = seen.get(f, 0) + 1
    rng = random.Random('fill-%s' % args.seed)
    rng.shuffle(remaining)
    bigs = sum(1 for c in chosen if 'out:summarised' in features(c))
    for c in list(remaining):  # summarised output is rare in a pool: take a dozen
        if bigs >= big_budget or len(chosen) >= args.count:
            break
        if 'out:summarised' in features(c):
            chosen.append(c)
            remaining.remove(c)
            bigs += 1
    for c in remaining:
        if len(chosen) >= args.count:
            break
        if 'out:summarised' in features(c):
            continue
        if c.expected.get('error') and rng.random() < 0.6:
            continue  # errors are well covered by the greedy pass
        chosen.append(c)

    total = 0
    out_lines = []
    for c in chosen:
        ln = lines[id(c)]
        total += len(ln.encode()) + 1
        out_lines.append(ln)
    if total > MAX_TOTAL:
        sys.exit('fixtures too large: %d bytes' % total)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        for ln in out_lines:
            f.write(ln + '\n')

    allf = set()
    for c in pool:
        allf |= features(c)
    missing = sorted(f for f in allf if f not in seen)
    nerr = sum(1 for c in chosen if c.expected.get('error'))
    print('wrote %d cases (%d expect an error), %d bytes -> %s' % (
        len(chosen), nerr, total, os.path.relpath(args.out)))
    if missing:
        print('features in the pool but not in the fixtures: ' + ', '.join(missing))
    cases.print_histogram(chosen)
    return 0


if __name__ == '__main__':
    sys.exit(main())
