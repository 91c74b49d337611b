#!/usr/bin/env python3
"""Differential test: bytelens against numpy on seeded random cases.

    python3 Tests/numpy/differential.py .build/debug/bytelens [--cases 2000] [--seed S]
    python3 Tests/numpy/differential.py BYTELENS --fixtures Tests/ByteLensConsoleTests/Fixtures/numpy-cases.jsonl
    python3 Tests/numpy/differential.py --self-test      # the harness against its own reference

For every case the raw bytes go to a temporary FILE and bytelens runs once:

    BYTELENS FILE -c "SCRIPT; repr; echo @@; show; echo @@; info"

Success cases must exit 0 with stdout starting byte for byte with
`repr(a) \\n @@ \\n str(a) \\n @@ \\n`, followed by `info` output that contains the lines
`strides: (...)` and `shape: (...)` exactly.  Cases where numpy raises must exit with status 1.
A crash (signal / status >= 128), a timeout (5 s) or any other status is a failure.

The last line printed is `N passed, M failed`; the exit status is 0 only if M == 0.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402
import literal_cases  # noqa: E402

SUFFIX = '; repr; echo @@; show; echo @@; info'


class Result:
    def __init__(self, index, case, ok, kind='', detail=''):
        self.index = index
        self.case = case
        self.ok = ok
        self.kind = kind  # crash, timeout, status, repr, str, info, ...
        self.detail = detail


def short_diff(expected, got, limit=14):
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    lines = list(difflib.unified_diff(exp_lines, got_lines, 'numpy', 'bytelens', n=1,
                                      lineterm=''))[2:]
    if not lines:  # differs only in trailing newline / whitespace at the end
        lines = ['- %r' % expected[-40:], '+ %r' % got[-40:]]
    if len(lines) > limit:
        lines = lines[:limit] + ['  ... (%d more diff lines)' % (len(lines) - limit)]
    return '\n'.join('      ' + ln for ln in lines)


def check(expected, proc):
    """(ok, kind, detail) for one finished process."""
    rc = proc.returncode
    out = proc.stdout.decode('utf-8', 'replace')
    err = proc.stderr.decode('utf-8', 'replace').strip()
    if rc < 0 or rc >= 128:
        return False, 'crash', 'exit status %d; stderr: %s' % (rc, err[-300:])
    if expected.get('error'):
        if rc == 1:
            return True, '', ''
        return False, 'no-error', (
            'numpy raises (%s) but bytelens exited %d; stdout:\n%s' % (
                expected.get('message', expected.get('stage', '')), rc,
                '\n'.join('      ' + ln for ln in out.splitlines()[:8])))
    if rc != 0:
        return False, 'status', 'exit status %d; stderr: %s' % (rc, err[-300:])
    parts = out.split('\n@@\n', 2)
    if len(parts) < 3:
        return False, 'format', 'no two "@@" separator lines in stdout:\n' + '\n'.join(
            '      ' + ln for ln in out.splitlines()[:12])
    got_repr, got_str, got_info = parts
    if got_repr != expected['repr']:
        return False, 'repr', short_diff(expected['repr'], got_repr)
    if got_str != expected['str']:
        return False, 'str', short_diff(expected['str'], got_str)
    info_lines = got_info.splitlines()
    missing = [ln for ln in ('strides: ' + expected['strides'], 'shape: ' + expected['shape'])
               if ln not in info_lines]
    if missing:
        return False, 'info', 'info lacks %s; got:\n%s' % (
            ' and '.join(repr(m) for m in missing),
            '\n'.join('      ' + ln for ln in info_lines[:10]))
    return True, '', ''


def run_case(binary, index, case, tmpdir, timeout):
    path = os.path.join(tmpdir, 'case-%05d.bin' % index)
    with open(path, 'wb') as f:
        f.write(case.data)
    script = case.script.replace('$FILE', path)
    full = (script + SUFFIX) if script.strip() else SUFFIX.lstrip('; ')
    env = dict(os.environ, NO_COLOR='1', TERM='dumb')
    cmd = list(binary) + [path, '-c', full]
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return Result(index, case, False, 'timeout', 'no exit within %g s' % timeout)
    except OSError as e:
        return Result(index, case, False, 'exec', str(e))
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
    ok, kind, detail = check(case.expected, proc)
    return Result(index, case, ok, kind, detail)


def load_fixtures(path):
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            exp = ({'error': True, 'stage': d.get('stage', '?')} if d.get('error') else
                   {k: d[k] for k in ('repr', 'str', 'strides', 'shape')})
            out.append(cases.Case(bytes.fromhex(d['hex']), d['script'], {}, exp))
    return out


def describe(r):
    c = r.case
    data = c.data
    hx = data[:24].hex() + ('…' if len(data) > 24 else '')
    script = c.script if len(c.script) <= 400 else c.script[:400] + '…'
    return ('FAIL #%d [%s]\n  script: %s\n  bytes:  %d: %s\n%s' % (
        r.index, r.kind, script, len(data), hx, r.detail))


def main(argv=None):
    ap = argparse.ArgumentParser(description='bytelens vs numpy differential test')
    ap.add_argument('binary', nargs='?', help='path to the bytelens executable')
    ap.add_argument('--cases', type=int, default=2000)
    ap.add_argument('--seed', default=str(cases.DEFAULT_SEED))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--timeout', type=float, default=5.0)
    ap.add_argument('--show', type=int, default=25, help='mismatches to print in full')
    ap.add_argument('--fixtures', help='run a numpy-cases.jsonl file instead of generating')
    ap.add_argument('--self-test', action='store_true',
                    help='run against reference_bytelens.py (checks the harness)')
    ap.add_argument('--no-curated', action='store_true', help='skip the fixed curated cases')
    ap.add_argument('--casts', type=int, default=0,
                    help='also run N astype cases from cast_cases.py (every kind to every kind)')
    ap.add_argument('--literal-cases', type=int, default=literal_cases.DEFAULT_COUNT,
                    help='array-literal, index and spelling cases (literal_cases.py) to add')
    ap.add_argument('--print-options', type=int, default=0,
                    help='also run N print-option cases from printoption_cases.py')
    ap.add_argument('--scalar-cases', type=int, default=0,
                    help='also run N numpy-scalar cases from scalar_cases.py')
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(errors='backslashreplace')

    if args.self_test:
        binary = [sys.executable, os.path.join(HERE, 'reference_bytelens.py')]
    elif args.binary:
        binary = [os.path.abspath(args.binary)]
        if not os.access(binary[0], os.X_OK):
            ap.error('not an executable: %s' % args.binary)
    else:
        ap.error('give the bytelens binary (or --self-test)')

    if args.fixtures:
        todo = load_fixtures(args.fixtures)
    else:
        todo = cases.generate(args.cases, args.seed, include_curated=not args.no_curated)
        if args.casts:
            import cast_cases
            todo += cast_cases.generate(args.casts, args.seed)
        todo += literal_cases.generate(args.literal_cases, args.seed)
        if args.print_options:
            import printoption_cases
            todo += printoption_cases.generate(args.print_options, args.seed)
        if args.scalar_cases:
            import scalar_cases
            todo += scalar_cases.generate(args.scalar_cases, args.seed)

    results = []
    with tempfile.TemporaryDirectory(prefix='bytelens-diff-') as tmpdir:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futs = [pool.submit(run_case, binary, i, c, tmpdir, args.timeout)
                    for i, c in enumerate(todo)]
            for fut in futs:
                results.append(fut.result())

    failed = [r for r in results if not r.ok]
    for r in failed[: args.show]:
        print(describe(r))
    if len(failed) > args.show:
        print('... %d more failures not shown (--show N)' % (len(failed) - args.show))
    if failed:
        by_kind = {}
        for r in failed:
            by_kind[r.kind] = by_kind.get(r.kind, 0) + 1
        print('failures by kind: ' + ', '.join('%s %d' % kv for kv in sorted(by_kind.items())))
    print('%d passed, %d failed' % (len(results) - len(failed), len(failed)))
    return 0 if not failed else 1


if __name__ == '__main__':
    sys.exit(main())
