#!/usr/bin/env python3
"""Differential check of `find` against Python and numpy, on generated files.

    python3 Tests/numpy/find_oracle.py .build/debug/bytelens [--seed S]

It writes files with a fixed seed (`--seed`, or SEED= in the environment, explores): a few
megabytes, so that the search reads them in several chunks (1 MiB each), mostly zeros with
random islands at the start, around every chunk boundary and at the end, and planted hits —
patterns and values straddling chunk boundaries, in the file's last bytes, overlapping runs,
both byte orders, NaNs with payloads and either sign, at every alignment. Then for each query
it compares `bytelens --json FILE -c 'find … all'` (and `find … count`) with:

- byte sequences and text: a `bytes.find` loop, every start (overlapping hits too);
- typed values: numpy at every byte offset k, `np.frombuffer(data, DT, offset=k)` in each
  byte order, `a == np.array(v, DT)` (so 0.0 finds -0.0), `np.isnan(a)` for nan, and
  `(a == v) | (abs(a.astype(float64) - v) <= tol)` (long double for f16; exact integer bounds
  for integer dtypes) with a tolerance. When both orders match at one offset and the bytes
  read the same backwards, the hit is one, in order 'both'.

Also the values listed (numpy's `str` of the scalar) and the bytes of each hit. Refused
values (300 as u1, 1.5 as i4, 1e40 as f4) must fail with one error line. The last line printed
is `N passed, M failed`; the exit status is 0 only if M == 0. Fails (never skips) when numpy or
the binary is missing.
"""

import argparse
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
from fractions import Fraction

import numpy as np

CHUNK = 1 << 20
FAILURES = []
PASSED = [0]


def check(condition, what):
    if condition:
        PASSED[0] += 1
    else:
        FAILURES.append(what)
        print('FAIL: ' + what)


def run_json(binary, path, command):
    proc = subprocess.run(
        [binary, '--json', path, '-c', command], capture_output=True, timeout=300)
    if proc.returncode != 0:
        return None, proc.stderr.decode('utf-8', 'replace')
    return json.loads(proc.stdout.decode()), ''


def make_data(rng, size):
    data = bytearray(size)
    islands = [0, CHUNK - 300, 2 * CHUNK - 300, 3 * CHUNK - 300, size - 300]
    for start in islands:
        start = max(0, min(start, size - 600))
        data[start:start + 600] = rng.randbytes(600)
    return data


def byte_hits(data, pattern):
    hits = []
    start = data.find(pattern)
    while start >= 0:
        hits.append(start)
        start = data.find(pattern, start + 1)
    return hits


def check_bytes(binary, path, data, spelled, pattern, label):
    expected = byte_hits(bytes(data), pattern)
    document, error = run_json(binary, path, 'find %s all' % spelled)
    if document is None:
        check(False, '%s: find %s failed: %s' % (label, spelled, error))
        return
    got = [hit['offset'] for hit in document['hits']]
    check(got == expected, '%s: find %s: %d hits, expected %d (first difference %s)' % (
        label, spelled, len(got), len(expected),
        next((pair for pair in zip(got, expected) if pair[0] != pair[1]), None)))
    check(document['count'] == len(expected), '%s: count %d, expected %d' % (
        label, document['count'], len(expected)))
    check(all(hit['bytes'] == pattern.hex() for hit in document['hits']),
          '%s: the bytes of a hit are not the pattern' % label)
    counted, _ = run_json(binary, path, 'find %s count' % spelled)
    check(counted is not None and counted['count'] == len(expected) and 'hits' not in counted,
          '%s: find %s count' % (label, spelled))


def value_mask(a, kind, size, value, tolerance):
    """Which elements of `a` (one byte order) match, as bytelens defines it."""
    if tolerance is None:
        if value == 'nan':
            return np.isnan(a)
        if kind == 'f':
            # The value as numpy reads its text: a Python float, or a long double for f16.
            target = np.longdouble(value) if size == 16 else float(value)
        else:
            target = int(value, 0)
        return a == np.array(target, dtype=a.dtype)
    if kind in 'iu':
        low = Fraction(value) - Fraction(tolerance)
        high = Fraction(value) + Fraction(tolerance)
        info = np.iinfo(a.dtype)
        low = max(-(-low.numerator // low.denominator), info.min)
        high = min(high.numerator // high.denominator, info.max)
        if low > high:
            return np.zeros(a.shape, dtype=bool)
        return (a >= a.dtype.type(low)) & (a <= a.dtype.type(high))
    if size == 16:
        v = np.longdouble(value)
        x = a.astype(np.longdouble)
        return (x == v) | (np.abs(x - v) <= np.longdouble(tolerance))
    v = float(value)
    x = a.astype(np.float64)
    with np.errstate(invalid='ignore', over='ignore'):
        return (x == v) | (np.abs(x - v) <= float(tolerance))


def expected_value_hits(data, kind, size, orders, value, tolerance):
    """(offset, order) pairs, sorted, with 'both' for palindromes matched in both orders."""
    found = {}
    for order in orders:
        code = ('|' if size == 1 else order) + kind + str(size)
        for k in range(size):
            count = (len(data) - k) // size
            if count <= 0:
                continue
            a = np.frombuffer(data, dtype=code, count=count, offset=k)
            with np.errstate(invalid='ignore'):
                mask = value_mask(a, kind, size, value, tolerance)
            for index in np.flatnonzero(mask):
                found.setdefault(int(k + index * size), []).append(order)
    hits = []
    for offset in sorted(found):
        matched = found[offset]
        if size == 1:
            hits.append((offset, None))
        elif len(matched) == 2:
            chunk = bytes(data[offset:offset + size])
            if chunk == chunk[::-1]:
                hits.append((offset, 'both'))
            else:
                hits.extend([(offset, 'little'), (offset, 'big')])
        else:
            hits.append((offset, 'little' if matched[0] == '<' else 'big'))
    return hits


def check_value(binary, path, data, value, dtype, label, tolerance=None):
    order = dtype[0] if dtype[0] in '<>' else None
    kind, size = dtype.lstrip('<>')[0], int(dtype.lstrip('<>')[1:])
    orders = [order] if order else ['<', '>']
    expected = expected_value_hits(data, kind, size, orders, value, tolerance)
    command = 'find %s as %s%s all' % (value, dtype, '' if tolerance is None else ' tol ' + tolerance)
    document, error = run_json(binary, path, command)
    if document is None:
        check(False, '%s: %s failed: %s' % (label, command, error))
        return
    got = [(hit['offset'], hit['order']) for hit in document['hits']]
    check(got == expected, '%s: %s: %d hits, expected %d (first difference %s)' % (
        label, command, len(got), len(expected),
        next((pair for pair in zip(got, expected) if pair[0] != pair[1]),
             (got[len(expected):] or expected[len(got):])[:1])))
    check(document['count'] == len(expected), '%s: %s count' % (label, command))
    # The value and bytes of each hit, as numpy reads them there.
    for hit in document['hits'][:50]:
        hit_order = '<' if hit['order'] in ('little', 'both') else '>'
        code = ('|' if size == 1 else hit_order) + kind + str(size)
        scalar = np.frombuffer(data, dtype=code, count=1, offset=hit['offset'])[0]
        raw = bytes(data[hit['offset']:hit['offset'] + size])
        check(hit['text'] == str(scalar) and hit['bytes'] == raw.hex(),
              '%s: %s: hit at %d reads %r %s, numpy %r %s' % (
                  label, command, hit['offset'], hit['text'], hit['bytes'], str(scalar),
                  raw.hex()))


def check_refused(binary, path, command, words):
    proc = subprocess.run([binary, path, '-c', command], capture_output=True, timeout=60)
    err = proc.stderr.decode()
    check(proc.returncode == 1 and err.startswith('error: ') and words in err.splitlines()[0],
          '%s: expected an error with %r, got status %d %r' % (command, words, proc.returncode, err))


def plant(data, offset, raw):
    data[offset:offset + len(raw)] = raw


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary', nargs='?', default='.build/debug/bytelens')
    parser.add_argument('--seed', type=int, default=int(os.environ.get('SEED', 20261201)))
    options = parser.parse_args()
    if not os.access(options.binary, os.X_OK):
        raise SystemExit('find_oracle: no bytelens binary at %s (swift build first)' % options.binary)
    rng = random.Random(options.seed)
    folder = tempfile.mkdtemp(prefix='bytelens-find-')
    try:
        size = 3 * CHUNK + rng.randrange(1, 4096)
        data = make_data(rng, size)
        boundaries = [CHUNK, 2 * CHUNK, 3 * CHUNK]

        # Byte sequences: across every chunk boundary at each split, at the very end, at 0,
        # overlapping runs, a long pattern.
        patterns = {
            "b'IHDR'": b'IHDR',
            '"data"': b'data',
            '89 50 4e 47': bytes.fromhex('89504e47'),
            "b'\\x00\\x01'": b'\x00\x01',
            "b'aa'": b'aa',
        }
        plant(data, 0, b'IHDR')
        for index, boundary in enumerate(boundaries):
            plant(data, boundary - 1 - index, b'IHDR')
            plant(data, boundary - 2, b'data')
            plant(data, boundary - 3 + index, bytes.fromhex('89504e47'))
        plant(data, size - 4, b'IHDR')
        plant(data, size - 10, b'aaaaaaa')
        plant(data, CHUNK + 100, b'\x00\x01\x00\x01')
        long_pattern = bytes(rng.randrange(256) for _ in range(40))
        plant(data, 2 * CHUNK - 20, long_pattern)
        plant(data, size - 40, long_pattern)
        patterns["b'" + ''.join('\\x%02x' % b for b in long_pattern) + "'"] = long_pattern
        text = '"Grüße"'
        plant(data, 3 * CHUNK - 3, 'Grüße'.encode())
        patterns[text] = 'Grüße'.encode()
        one = bytes([rng.randrange(1, 256)])
        plant(data, size - 1, one)
        patterns[one.hex()] = one

        # Values, planted in both orders at every alignment around each boundary and the end.
        planted = [
            ('22050', 'u4'), ('-1', 'i2'), ('3.14159', 'f8'), ('-2.5', 'f4'),
            ('1000', 'i8'), ('65504', 'f2'), ('200', 'u1'), ('-7', 'i1'), ('0.1', 'f16'),
            ('123456789', 'u8'), ('-0.0', 'f8'),
        ]
        for value, dtype in planted:
            kind, size_ = dtype[0], int(dtype[1:])
            if kind == 'f':
                element = np.array(float(value) if size_ != 16 else np.longdouble(value),
                                   dtype='<' + dtype)
            else:
                element = np.array(int(value), dtype=('|' if size_ == 1 else '<') + dtype)
            little = element.tobytes()
            big = element.astype('>' + dtype if size_ > 1 else dtype).tobytes()
            for boundary in boundaries:
                start = boundary - size_ + 1 + rng.randrange(0, size_)
                plant(data, start, little)
                plant(data, start + 3 * size_ + rng.randrange(0, 5), big)
            plant(data, size - size_, big)
            plant(data, size - 2 * size_ - 1, little)
        # NaNs with payloads, both signs, both orders.
        for bits, fmt in ((0x7FF8000000000001, 'Q'), (0xFFF0000000123456, 'Q'),
                          (0x7F800001, 'I'), (0xFFC01234, 'I'), (0x7C01, 'H'), (0xFE00, 'H')):
            raw = struct.pack('<' + fmt, bits)
            for boundary in boundaries:
                plant(data, boundary - rng.randrange(1, len(raw)), raw)
                plant(data, boundary + 40 + rng.randrange(0, 8), raw[::-1])
        plant(data, size - 8, struct.pack('>Q', 0x7FF4000000000000))

        path = os.path.join(folder, 'data.bin')
        with open(path, 'wb') as f:
            f.write(data)

        for spelled, pattern in patterns.items():
            check_bytes(options.binary, path, data, spelled, pattern, 'bytes')

        queries = [
            ('22050', 'u4'), ('22050', '<u4'), ('22050', '>u4'), ('-1', 'i2'), ('-1', '>i2'),
            ('3.14159', 'f8'), ('3.14159', '>f8'), ('-2.5', 'f4'), ('1000', 'i8'),
            ('65504', 'f2'), ('200', 'u1'), ('-7', 'i1'), ('123456789', 'u8'),
            ('nan', 'f8'), ('nan', '>f4'), ('nan', 'f2'),
            ('nan', '<f4'), ('inf', 'f8'), ('0x5622', '<u4'), ('0.1', 'f16'),
        ]
        for value, dtype in queries:
            check_value(options.binary, path, data, value, dtype, 'value')
        tolerances = [
            ('3.1416', 'f8', '1e-4'), ('-2.5', 'f4', '0.01'), ('65500', 'f2', '10'),
            ('22049', 'u4', '1'), ('-3', 'i2', '2.5'), ('200', 'u1', '0'), ('0.1', 'f16', '1e-6'),
            ('1000', '>i8', '0.5'), ('123456789', 'u8', '3'),
        ]
        for value, dtype, tolerance in tolerances:
            check_value(options.binary, path, data, value, dtype, 'tol', tolerance)

        # Zeros, on random bytes with zeros planted (the file above is mostly zeros): 0.0
        # finds -0.0 too, as == does.
        small = bytearray(rng.randbytes(70000))
        for offset in range(0, len(small) - 16, 997):
            plant(small, offset, struct.pack(rng.choice(['<d', '>d', '<f', '>f', '<e']),
                                             rng.choice([0.0, -0.0])))
        small_path = os.path.join(folder, 'zeros.bin')
        with open(small_path, 'wb') as f:
            f.write(small)
        for value, dtype in (('0.0', 'f8'), ('-0.0', '<f8'), ('0', '>f4'), ('-0', 'f2'),
                             ('0', 'u4'), ('0.0', 'f16'), ('0', 'f8')):
            check_value(options.binary, small_path, small, value, dtype, 'zeros')
        check_value(options.binary, small_path, small, '0', 'f4', 'zeros', '1e-30')

        # Values numpy's cast refuses, or that would change in the cast.
        check_refused(options.binary, path, 'find 300 as u1', 'out of bounds for uint8')
        check_refused(options.binary, path, 'find -1 as u2', 'out of bounds for uint16')
        check_refused(options.binary, path, 'find 1.5 as i4', 'not an integer')
        check_refused(options.binary, path, 'find 1e40 as f4', 'overflows float32')
        check_refused(options.binary, path, 'find 70000 as f2', 'overflows float16')
        check_refused(options.binary, path, 'find 1e-50 as f4', 'underflows float32')
        check_refused(options.binary, path, 'find 1e400 as f8', 'overflows float64')
        check_refused(options.binary, path, 'find 1 as c16', 'integers and floats')
        check_refused(options.binary, path, 'find 1 as f8 tol -1', 'tolerance')
        check_refused(options.binary, path, 'find 1 as f8 tol nan', 'tolerance')
    finally:
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)
    print('%d passed, %d failed' % (PASSED[0], len(FAILURES)))
    sys.exit(1 if FAILURES else 0)


if __name__ == '__main__':
    main()
