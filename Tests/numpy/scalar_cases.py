#!/usr/bin/env python3
"""Seeded cases for numpy scalars: indexing down to one element, then operations on it.

numpy gives a *scalar* when integer indexing leaves no dimensions (`a[0]` of a 1-d array,
`a[1, 2]`, a field of a record element, `a[()]` of a 0-d array), and its methods keep it a
scalar (`astype`, `view`, `newbyteorder` views, `byteswap`, `copy`, `T`, `transpose`, `reshape`
to `()`), in native byte order for numbers, text and times; a void scalar keeps its dtype.
`a[..., ]`-style indexing, `reshape` to a shape with dimensions and 0-d arrays stay arrays.
Each case reads bytes of one dtype (numbers, bools, complex, f2, byte-swapped, datetimes,
timedeltas, bytes, text, void, records), indexes and runs a few operations:

    [set legacy MODE;] as DT; [reshape R;] INDEX; OP; OP; ...

and numpy's `repr(x)` / `str(x)` / strides / shape are what bytelens must print.  numpy's
`byteswap()` of a bytes_, str_ or void *scalar* reads the wrong memory (its result changes from
run to run), so those are not generated.

    python3 Tests/numpy/scalar_cases.py [--cases N] [--seed S] [--show K]
"""

import argparse
import collections
import os
import random
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402

DEFAULT_COUNT = 600

SOURCES = ['?', 'i1', 'u1', '<i2', '>i2', '<u2', '>u4', '<i4', '>i8', '<u8', '<f2', '>f2',
           '<f4', '>f4', '<f8', '>f8', '<c8', '>c8', '<c16', '>c16', 'S3', 'S1', '<U2', '>U2',
           'V4', 'V2', '<M8[D]', '>M8[s]', '<M8[ms]', '<m8[s]', '>m8[h]', 'i4,f4', '>i2,>u2',
           "[('a','<f4'),('b','?')]", "[('x','<i2'),('y',[('p','u1'),('q','>i1')])]",
           'u1,(2,)>i2', "[('t','<M8[D]'),('s','S2')]", "[('c','>c8')]"]

# astype targets, by the kinds they suit; numpy decides which casts work.
ASTYPE_TARGETS = ['?', 'i1', 'u1', '<i2', '>i2', 'u4', '>i4', 'i8', '>u8', 'f2', '>f2', 'f4',
                  '>f4', 'f8', '>f8', 'c8', '>c16', 'S', 'S4', 'U', 'U3', '>U3', 'V', 'V8',
                  'M8[D]', 'M8[s]', '>M8[ms]', 'm8[s]', 'm8[ms]', 'i4,f4', '>i2,>u2',
                  "[('x','f8')]", "[('x','<i2'),('y',[('p','u1'),('q','>i1')])]", '(2,)i2',
                  "[('a','<f4'),('b','?')]", "[('v','i2',(2,))]"]

# np.set_printoptions(legacy=...) values bytelens follows ('1.13' it refuses).
LEGACY_MODES = ['1.21', '1.25', '2.1', '2.2', 'false']

# views of each itemsize: numpy views a scalar only with the same itemsize (else it refuses).
VIEWS = {1: ['u1', 'i1', '?', 'S1', 'V1'],
         2: ['<u2', '>i2', '<f2', '>f2', 'S2', 'V2', '(2,)u1', 'u1,u1', '(1,)>i2'],
         3: ['S3', 'V3', 'u1,(2,)u1', '(3,)u1'],
         4: ['<u4', '>i4', '<f4', '>f4', '<U1', '>U1', 'S4', 'V4', '(2,)<i2', 'i2,>u2',
             "[('a','<f4')]", '(4,)u1'],
         6: ['S6', 'V6', 'i4,i2', '(3,)>i2'],
         8: ['<i8', '>u8', '<f8', '>f8', '<c8', '>c8', '<M8[s]', '>m8[ms]', 'S8', 'V8', '<U2',
             '(2,)f4', 'f4,f4', "[('x','<i4'),('y',[('p','u1'),('q','u1'),('r','<i2')])]"],
         16: ['<c16', '>c16', '<f8,<f8', '(2,)<i8', 'S16', 'V16', '<U4', '>M8[D],<m8[s]']}
VIEWS_ANY = ['u1', 'V', '<i4', '(0,)u1', 'S0']

BYTEORDERS = ['little', 'big', 'native', 'swap']

INT_VALUES = [0, 1, -1, 2, 5, 7, 100, 127, -128, 255, 1000, -1234, 65535, 70000, 2 ** 31 - 1]
FLOAT_VALUES = [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e-5, 3.5e8, 1e20, 65504.0, 1e-8,
                float('inf'), float('-inf'), float('nan'), 123.456, -7.0, 2.5e-300]
TEXT_VALUES = ['', 'a', 'ab', '12', '1.5', '-3', 'x y', 'é', 'nan', '2020-01-01', 'True', '7']
TIME_VALUES = [0, 1, -1, 5, 18262, -7, 1500, 50 * 365, None]


def fill(rng, dt, n):
    """n elements of dt with values worth printing (bytes for `as DT` to read)."""
    a = np.zeros(n, dt)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for path, sub in leaves(dt):
            target = a
            for name in path or []:
                target = target[name]
            for i in range(n):
                if sub.shape:
                    element = target[i].reshape(-1)
                    for j in range(element.size):
                        element[j] = value_for(rng, sub.base)
                else:
                    target[i] = value_for(rng, sub)
    return a.tobytes()


def leaves(dt, prefix=None):
    """(field path, dtype) of every leaf of a (structured) dtype; the path is a list or None."""
    if not dt.names:
        return [(prefix, dt)]
    out = []
    for name in dt.names:
        path = (prefix or []) + [name]
        sub = dt.fields[name][0]
        if sub.names:
            out += leaves(sub, path)
        else:
            out.append((path, sub))
    return out


def value_for(rng, dt):
    k = dt.kind
    if k == 'b':
        return rng.random() < 0.5
    if k in 'iu':
        info = np.iinfo(dt)
        v = rng.choice(INT_VALUES)
        return min(max(v, int(info.min)), int(info.max))
    if k == 'f':
        return rng.choice(FLOAT_VALUES)
    if k == 'c':
        return complex(rng.choice(FLOAT_VALUES), rng.choice(FLOAT_VALUES))
    if k == 'S':
        return rng.choice(TEXT_VALUES).encode('utf-8')[: dt.itemsize]
    if k == 'U':
        return rng.choice(TEXT_VALUES)[: dt.itemsize // 4]
    if k == 'V':
        return bytes(rng.choice([0, 0x31, 0x41, 0x7f, 0xff]) for _ in range(dt.itemsize))
    if k in 'Mm':
        v = rng.choice(TIME_VALUES)
        unit = np.datetime_data(dt)[0]
        return np.datetime64('NaT') if k == 'M' and v is None else (
            np.timedelta64('NaT') if v is None else
            (np.datetime64(v, unit) if k == 'M' else np.timedelta64(v, unit)))
    raise ValueError(dt)


# --------------------------------------------------------------------------------------------
# The oracle: the script run in numpy, literally
# --------------------------------------------------------------------------------------------


def run(data, script):
    """numpy's value (array or scalar) after the script."""
    a = None
    copied = False  # a copy was made: padding bytes of records are uninitialised there
    for cmd in cases.split_script(script):
        word, _, rest = cmd.partition(' ')
        rest = rest.strip()
        if word == 'as' and copied and cases.has_gaps(a.dtype):
            raise cases.Discard('view of uninitialised padding bytes')
        copied = copied or word in ('astype', 'byteswap', 'copy', 'reshape')
        if word == 'set' and rest.startswith('legacy '):
            mode = rest.split()[1]
            np.set_printoptions(legacy=False if mode == 'false' else mode)
        elif cmd.startswith('['):
            a = eval('a' + cmd, {'a': a})  # generated index text
        elif word == 'as' and a is None:
            a = np.frombuffer(data, cases.parse_dtype_text(rest))
        elif word == 'as':
            a = a.view(cases.parse_dtype_text(rest))
        elif word == 'astype':
            target = cases.parse_dtype_text(rest)
            check_cast(a, target)
            a = a.astype(target)
        elif word == 'byteorder':
            a = a.view(a.dtype.newbyteorder(cases.BYTEORDER_WORDS[rest]))
        elif word == 'byteswap':
            if isinstance(a, np.generic) and a.dtype.kind in 'SUV':
                raise cases.Discard('numpy byteswaps a bytes_/str_/void scalar from wrong memory')
            a = a.byteswap()
        elif word == 'copy':
            a = a.copy(order=rest or 'C')
        elif word == 'T':
            a = a.T
        elif word == 'transpose':
            a = a.transpose()
        elif word == 'reshape':
            a = a.reshape(tuple(int(x) for x in rest.split(',')))
        else:
            raise cases.UnsupportedScript(cmd)
    return a


def check_cast(a, target):
    """Casts whose result numpy leaves undefined: never compared."""
    src = a.dtype
    if cases.has_gaps(target) or cases.has_gaps(src):
        raise cases.Discard('records with padding: numpy leaves the gaps uninitialised')
    if src.kind in 'fc' and target.kind in 'iuMm' or src.kind in 'Mm' and target.kind in 'Mm':
        raise cases.Discard('float->int and time-unit casts: cast_cases.py covers them')
    if (src.names or target.names) and any(
            d.kind in 'Mm' for _, d in leaves(src) + leaves(target)):
        raise cases.Discard('times inside records: cast_cases.py covers time casts')


def evaluate(data, script):
    with np.printoptions():  # a `set legacy` in the script ends with the case
        return evaluate_with_options(data, script)


def evaluate_with_options(data, script):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            a = run(data, script)
        except (cases.Discard, cases.UnsupportedScript):
            raise
        except SystemError as e:
            raise cases.Discard(str(e))
        except Exception as e:
            return {'error': True, 'stage': 'script', 'message': f'{type(e).__name__}: {e}'}
        cases.check_printable(a)
        try:
            out = {'repr': repr(a), 'str': str(a), 'strides': str(tuple(a.strides)),
                   'shape': str(tuple(a.shape))}
        except SystemError as e:
            raise cases.Discard(str(e))
        except Exception as e:
            return {'error': True, 'stage': 'print', 'message': f'{type(e).__name__}: {e}'}
        try:
            (out['repr'] + out['str']).encode('utf-8')
        except UnicodeEncodeError:
            raise cases.Discard('output not encodable as UTF-8')
        if any(ord(c) < 0x20 and c not in '\n\t' or 0x7F <= ord(c) <= 0x9F for c in out['str']):
            raise cases.Discard('control characters: the terminal layer escapes them')
        return out


# --------------------------------------------------------------------------------------------
# Scripts
# --------------------------------------------------------------------------------------------


def index_text(rng, dt, ndim):
    """An index that usually leaves one element: a scalar, or a 0-d array."""
    names = list(dt.names or [])
    forms = []
    if ndim == 1:
        forms += ['[0]', '[-1]', '[1]', '[0, ...]', '[1][()]', '[...][0]', '[()]', '[2]']
    else:
        forms += ['[1, 2]', '[0][1]', '[-1, 0]', '[0, 1, ...]', '[0, 1][()]', '[0, -1][...]',
                  '[1]']
    if names:
        first = names[0]
        forms += ["['%s'][0]" % first, "[0]['%s']" % names[-1], '[0][[%r]]' % first]
        if ndim == 2:
            forms += ["[1, 0]['%s']" % first]
    return rng.choice(forms)


def operation(rng, itemsize):
    kind = rng.choice(['astype', 'astype', 'as', 'as', 'byteorder', 'byteswap', 'copy', 'T',
                       'transpose', 'reshape', 'index'])
    if kind == 'astype':
        return 'astype ' + rng.choice(ASTYPE_TARGETS)
    if kind == 'as':
        pool = VIEWS.get(itemsize, []) if rng.random() < 0.85 else VIEWS_ANY
        return 'as ' + rng.choice(pool or VIEWS_ANY)
    if kind == 'byteorder':
        return 'byteorder ' + rng.choice(BYTEORDERS)
    if kind == 'copy':
        return rng.choice(['copy', 'copy', 'copy F'])
    if kind == 'reshape':
        return 'reshape ' + rng.choice(['1', '1,1', '-1'])
    if kind == 'index':
        return rng.choice(['[()]', '[...]', '[()][()]'])
    return kind


def gen_case(rng):
    src = rng.choice(SOURCES)
    dt = cases.parse_dtype_text(src)
    shape = rng.choice([(3,), (4,), (2, 3), (3, 4)])
    n = int(np.prod(shape))
    data = fill(rng, dt, n)
    parts = ['as ' + src]
    if rng.random() < 0.25:  # numpy <= 1.25 printed scalars as Python values, <= 2.2 f2/f4 wider
        parts.insert(0, 'set legacy ' + rng.choice(LEGACY_MODES))
    if len(shape) == 2:
        parts.append('reshape %d,%d' % shape)
    parts.append(index_text(rng, dt, len(shape)))
    script = '; '.join(parts)
    with warnings.catch_warnings(), np.printoptions():
        warnings.simplefilter('ignore')
        for _ in range(rng.randint(1, 3)):
            current = run(data, script)
            script += '; ' + operation(rng, current.dtype.itemsize)
        expected = evaluate(data, script)
        final = None if expected.get('error') else run(data, script)
    families = {'scalar' if isinstance(final, np.generic) else
                'error' if final is None else '0-d' if final.ndim == 0 else 'array'}
    return cases.Case(data, script, {'families': families, 'ops': [],
                                     'kinds': {dt.kind}}, expected)


def generate(n=DEFAULT_COUNT, seed=cases.DEFAULT_SEED):
    """n cases, deterministic for a seed; each has .expected."""
    out = []
    i = 0
    while len(out) < n:
        for attempt in range(50):
            rng = random.Random('scalars-%s-%d-%d' % (seed, i, attempt))
            try:
                out.append(gen_case(rng))
                break
            except (cases.Discard, cases.UnsupportedScript):
                continue
            except Exception:
                continue  # the prefix itself fails in numpy: try another
        i += 1
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cases', type=int, default=DEFAULT_COUNT)
    ap.add_argument('--seed', default=cases.DEFAULT_SEED)
    ap.add_argument('--show', type=int, default=0, help='print the first N scripts')
    args = ap.parse_args(argv)
    generated = generate(args.cases, args.seed)
    for c in generated[: args.show]:
        print(repr(c.script), '->', 'ERROR' if c.expected.get('error') else c.expected['repr'])
    counts = collections.Counter()
    for c in generated:
        for f in c.tags['families']:
            counts[f] += 1
    for family, k in sorted(counts.items()):
        print('  %-8s %5d' % (family, k))


if __name__ == '__main__':
    main()
