#!/usr/bin/env python3
"""Seeded `astype` cases for the differential oracle: every source kind x every target kind.

Each case is bytes of one source dtype (special values: NaN with payloads, signalling NaNs,
+-inf, out-of-range floats, -0.0, subnormals, NaT, far dates, numbers written as text, bool
bytes other than 0/1), an optional slice (so numpy's strided and contiguous loops both run), and
`astype T` to bool, integers, floats, complex, S/U (sized and sizeless), V, datetime64 and
timedelta64 in several units, and subarray targets, in both byte orders.  numpy computes what
bytelens must print: `np.frombuffer(data, SRC)[INDEX].astype(T)`, or an error.

Records go both ways too: record -> record (numpy casts field by field, by position, and
refuses another number of fields), one-field record -> anything, anything -> record (the value
into every field), subarray fields (numpy's subarray broadcast).  Not generated: text to a
generic `M8` (numpy picks the unit from the values).

    python3 Tests/numpy/cast_cases.py [--cases N] [--seed S]     # a histogram of the cases
"""

import argparse
import collections
import random
import struct
import sys
import warnings

import numpy as np

import cases

SOURCES = ['?', 'i1', 'u1', '<i2', '>u2', '<i4', '>i4', '<u4', '<i8', '>u8', '<f2', '>f2', '<f4',
           '>f4', '<f8', '>f8', 'g', '<c8', '>c16', '<c16', 'S6', 'S1', '<U6', '>U4', 'V4',
           '<M8[D]', '>M8[s]', '<M8[ms]', '<M8[M]', '<M8[Y]', '<m8[s]', '>m8[ms]', '<m8[h]',
           '<m8[Y]', '<m8']
TARGETS = ['?', 'i1', 'u1', '<i2', 'u2', '<i4', '>i4', 'u4', '>u4', 'i8', 'u8', '>u8', 'f2',
           '>f2', 'f4', '>f4', 'f8', '>f8', 'c8', 'c16', '>c16', 'S', 'S3', 'S40', 'U', '>U',
           'U2', 'U4', 'U5', 'S5', 'S10', 'U40', 'V', 'V2', 'V16', 'M8[D]', 'M8[s]', '>M8[ms]', 'M8[W]', 'M8[M]', 'M8[Y]',
           'M8[3h]', 'M8', 'm8[s]', 'm8[ms]', '>m8[D]', 'm8[Y]', 'm8[M]', 'm8', '(2,)i2', '(2,)f4',
           '(3,)U2']
RECORD_SOURCES = ['>i2,<f4', "[('a','u1')]", "[('x','>f8')]", "[('s','S4')]",
                  "[('v','<i2',(2,))]", "[('a','i1'),('b',[('c','<f4')])]", "[('t','<M8[s]')]",
                  "[('u','<U3')]", "[('b','?')]", "[('c','>c8'),('d','<u2')]"]
RECORD_TARGETS = ["[('x','f4'),('y','i2')]", "[('x','>i8')]", "[('p','U5')]", "[('q','S3')]",
                  "[('v','f4',(3,))]", "[('v','i1',(1,))]", "[('a','i2'),('b',[('c','f8')])]",
                  '>i4,>f2', "[('t','M8[D]')]", "[('z','?')]", "[('w','c8')]",
                  "[('m','m8[s]'),('n','u1'),('o','V3')]"]

FLOAT_SPECIALS = [float('nan'), float('inf'), float('-inf'), 0.0, -0.0, 1.5, -1.5, 127.5,
                  128.0, 255.0, 256.0, -129.0, 32768.0, 65536.0, -32769.0, 2.0 ** 31,
                  -2.0 ** 31 - 1, 2.0 ** 32, 4294967295.5, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1e10,
                  -1e10, 1e20, -1e20, 2.0 ** 63 + 2 ** 11, -1.0, 3e38, 65504.0, 65520.0, 1e-8,
                  5e-324, 1e-40, 2.0 ** -25, 0.1, 1e16, 123456789.0, 1e300, -0.5, 0.5, 2.5]
NAN_BITS = {2: [0x7c01, 0x7e00, 0xfc01, 0x7dff, 0x7e01], 4: [0x7f800001, 0x7fc00000, 0xff800001,
            0x7fa00000, 0x7fc00001], 8: [0x7ff0000000000001, 0x7ff8000000000000,
            0xfff0000000000001, 0x7ff4000000000000, 0x7ff8000000000001, 0x7ff0040000000000]}
TEXTS = ['12', ' 12 ', '+7', '-0', '1e3', '1.5', '0x10', '1_000', '1__0', '', '  ', ' nan', 'inf',
         '-inf', 'NaN', '1e400', '99999999999999999999', '-129', '256', 'True', '\t7\n', '1+2j',
         '(3-1j)', 'j', '2020-01-01', '1969-12-31T23:59', 'NaT', 'nat', '5', '-1', '65535',
         '4294967296', '18446744073709551615', '-9223372036854775808', 'é', 'ab', '.5', '5.',
         '1e', 'Infinity', '+nan', '٣', '1_0.5']


DATE_TEXTS = {'2020-01-01', '1969-12-31T23:59', 'NaT', '', '2020-01', '1969-1', '2020-01-01T10'}


def bits_of(x, size):
    ch = {2: 'e', 4: 'f', 8: 'd'}[size]
    try:
        return struct.unpack('<' + {2: 'H', 4: 'I', 8: 'Q'}[size], struct.pack('<' + ch, x))[0]
    except OverflowError:
        return None


def fill(rng, dt, n):
    """n elements of dt, mostly special values."""
    if dt.names:
        return fill_record(rng, dt, n)
    a = np.zeros(n, dt)
    k = dt.kind
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for i in range(n):
            if k == 'b':
                a.view('u1')[i] = rng.choice([0, 1, 1, 0, 2, 255])
            elif k in 'iu':
                info = np.iinfo(dt)
                v = rng.choice([0, 1, -1 if k == 'i' else 2, info.min, info.max, 127, 128, 255,
                                256, 65535, rng.randint(info.min, info.max)])
                a[i] = min(max(v, int(info.min)), int(info.max))
            elif k in 'fc' and dt.itemsize in (2, 4, 8) or (k == 'c' and dt.itemsize in (8, 16)):
                size = dt.itemsize if k == 'f' else dt.itemsize // 2
                u = np.dtype('u%d' % size).newbyteorder(dt.byteorder)
                view = a.view(u).reshape(n, -1)
                for j in range(view.shape[1]):
                    if rng.random() < 0.25:
                        b = rng.choice(NAN_BITS[size])
                    else:
                        b = bits_of(rng.choice(FLOAT_SPECIALS), size)
                        if b is None:
                            b = bits_of(float('inf'), size)
                    if j == 1 and rng.random() < 0.5:
                        b = 0
                    view[i, j] = b
            elif k == 'f':  # long double
                a[i] = np.longdouble(rng.choice([v for v in FLOAT_SPECIALS if abs(v) < 1e300]))
            elif k in 'SU':
                t = rng.choice(TEXTS if rng.random() < 0.7 else sorted(DATE_TEXTS))
                if k == 'S':
                    t = t.encode('utf-8')
                a[i] = t[: dt.itemsize if k == 'S' else dt.itemsize // 4]
            elif k == 'V':
                a.view('u1').reshape(n, -1)[i] = [rng.choice([0, 0x31, 0x32, 0x41, 0xff])
                                                  for _ in range(dt.itemsize)]
            elif k in 'Mm':
                nat = -(1 << 63)
                v = rng.choice([nat, 0, 1, -1, 5, -1500, 1500, 18336, -7, 13, 50 * 365,
                                rng.randint(-10 ** 6, 10 ** 6)])
                a.view(np.dtype('i8').newbyteorder(dt.byteorder))[i] = v
    if (dt.kind, dt.itemsize) in (('f', 16),):
        raw = a.view('u1').reshape(-1, 16).copy()
        raw[:, 10:] = 0
        return raw.tobytes()
    return a.tobytes()


def fill_record(rng, dt, n):
    """n records, each field filled as `fill` fills its dtype."""
    a = np.zeros(n, dt)
    for name in dt.names:
        sub = dt.fields[name][0]
        count = n * int(np.prod(sub.shape))
        values = np.frombuffer(fill(rng, sub.base, count), sub.base)
        a[name] = values.reshape((n,) + sub.shape)
    return a.tobytes()


def leaf_dtypes(dt):
    """The plain dtypes inside a dtype: fields (recursively) and subarray bases."""
    if dt.names:
        return [leaf for name in dt.names for leaf in leaf_dtypes(dt.fields[name][0])]
    return [dt.base]


def check_record_cast(src, target):
    """Record casts whose numpy answer depends on which inner loop numpy picks."""
    if not (src.names or target.names):
        return
    sources, targets = leaf_dtypes(src), leaf_dtypes(target)
    if any(d.kind in 'fc' for d in sources) and any(d.kind == 'u' and d.itemsize == 4
                                                    for d in targets):
        raise cases.Discard('float -> uint32 inside records: numpy picks its loop per field')
    if any(d.kind in 'SU' for d in sources) and any(d.kind == 'M' for d in targets):
        raise cases.Discard('text -> datetime inside records: the date grammar is elsewhere')


def evaluate(data, prefix, target):
    """numpy's answer for `PREFIX; astype TARGET` (the prefix run by cases.Session)."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            a = cases.Session(data).run(prefix)
            st = [abs(x) for x, n in zip(a.strides, a.shape) if n > 1]
            t = cases.parse_dtype_text(target)
            if t.subdtype and a.size and st != sorted(st, reverse=True):
                # numpy lays the result out in F order and fills it as if in C order: its
                # values are wrong, some uninitialised memory
                raise cases.Discard('subarray cast of a non-C-ordered array')
            check_record_cast(a.dtype, t)
            r = a.astype(t)
        except SystemError as e:
            raise cases.Discard(str(e))
        except cases.Discard:
            raise
        except Exception as e:
            return {'error': True, 'stage': 'script', 'message': f'{type(e).__name__}: {e}'}
        if t.kind == 'f' and t.itemsize == 16 or t.kind == 'c' and t.itemsize == 32:
            raise cases.Discard('x87 padding is uninitialised')
        for leaf, values in cases.iter_leaves(r):
            if leaf.kind in 'Mm' and values.size:
                v = np.ascontiguousarray(values).view(np.dtype('i8').newbyteorder(leaf.byteorder))
                v = v[v != np.iinfo('i8').min]
                if v.size and int(np.abs(v.astype(object)).max()) > 2 ** 50:
                    raise cases.Discard('datetime overflow garbage')
        cases.check_printable(r)
        try:
            out = {'repr': repr(r), 'str': str(r), 'strides': str(tuple(r.strides)),
                   'shape': str(tuple(r.shape))}
        except Exception as e:
            return {'error': True, 'stage': 'print', 'message': f'{type(e).__name__}: {e}'}
        try:
            (out['repr'] + out['str']).encode('utf-8')
        except UnicodeEncodeError:
            raise cases.Discard('not UTF-8')
        return out


def gen_case(rng):
    records = rng.random() < 0.3
    src = rng.choice(RECORD_SOURCES if records and rng.random() < 0.7 else SOURCES)
    target = rng.choice(RECORD_TARGETS if records and rng.random() < 0.7 else TARGETS)
    dt = cases.parse_dtype_text(src)
    target_dt = cases.parse_dtype_text(target)
    n = rng.choice([1, 2, 3, 4, 5, 6, 7, 9, 13, 17, 24, 130, 131, 260])
    data = fill(rng, dt, n)
    # Strided, reversed, 2-D and transposed views: numpy's contiguous and strided loops (and its
    # 128-element buffer for byte-swapped sources) give different float -> uint32 answers.
    ops = ['', '', '', '[::2]', '[::-1]', '[1:]']
    if n % 2 == 0:
        ops += ['reshape 2,-1; [:, 1:]', 'reshape 2,-1; T', 'reshape -1,2; [::2]',
                'reshape 2,-1 F; [:, ::-1]']
    index = rng.choice(ops)
    if dt.kind in 'SU' and target_dt.kind == 'M':
        if np.datetime_data(target_dt)[0] == 'generic':
            raise cases.Discard('text to generic M8: numpy picks the unit from the values')
        # The date grammar (years alone, signs, spaces, 'nat', 'today') is the array literal's
        # (issue 13, item 5); here only ISO dates, NaT and empty text.
        texts = np.frombuffer(data, src).tolist()
        if any((t.decode('latin-1') if isinstance(t, bytes) else t) not in DATE_TEXTS
               for t in texts):
            raise cases.Discard('date text outside the ISO forms')
    prefix = 'as %s%s' % (src, '; ' + index if index else '')
    script = '%s; astype %s' % (prefix, target)
    c = cases.Case(data, script, {'families': {'cast'}, 'ops': ['astype'],
                                  'kinds': {dt.kind + '>' + target_dt.kind}})
    c.expected = evaluate(data, prefix, target)
    return c


def generate(n, seed=cases.DEFAULT_SEED):
    out = []
    i = 0
    while len(out) < n:
        for attempt in range(50):
            rng = random.Random('cast-%s-%d-%d' % (seed, i, attempt))
            try:
                out.append(gen_case(rng))
                break
            except cases.Discard:
                continue
        i += 1
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cases', type=int, default=600)
    ap.add_argument('--seed', default=cases.DEFAULT_SEED)
    args = ap.parse_args(argv)
    cs = generate(args.cases, args.seed)
    cases.print_histogram(cs)


if __name__ == '__main__':
    main()
