#!/usr/bin/env python3
"""Seeded cases for the `array` literal grammar, index forms and dtype spellings, with numpy as
the oracle.  `differential.py` runs them after the view cases (same harness, same checks).

A case's script starts with `array LITERAL [as DT] [order O]`, which is
`np.array(ast.literal_eval(LITERAL), dtype=DT, order=O)`, and may go on with an index
(`[()]`, `[(0)]`, `[(0, 1)]`, `[True]`, `[False]`: `a[...]`) or a view (`as V`, `as (2,0)u1`:
`a.view(DT)`).  Families:

    text-numbers   strings for numbers: '1.5', ' 2 ', '1_0', '+inf', '１２', '1+2j' (and bad ones)
    sizeless       numbers, bools, strings and bytes into S, U, S0, U0 (numpy's widths)
    mixed          no dtype: numpy's promotion of bools, ints, big ints, floats, complex, text
    dates          dates of every precision into M8 / M8[unit] / m8, NaT in any case, signs,
                   blanks, time zones (numpy warns and converts), 'today' into years
    records        a scalar for a structured dtype fills every field; tuples per record
    index          [()], [(0)], [(i, j)], [True], [False], as V, as (2,0)u1, order K/A
    spellings      M8[ 5s], M8[+5s], M8[μs], 2,3i4, dicts with tuples and extra entries
    base-fields    ('<i8', [('a','<i4'),('b','<i4')]): fields over a base type, and its fields

    python3 Tests/numpy/literal_cases.py --cases 400 --show 20     # scripts and a histogram
"""

import argparse
import ast
import collections
import os
import random
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402

DEFAULT_COUNT = 500

# --------------------------------------------------------------------------------------------
# The oracle
# --------------------------------------------------------------------------------------------


def split_commands(script):
    """The script's commands; `;` never occurs inside the generated literals."""
    return [c.strip() for c in script.split(';') if c.strip()]


def parse_array_command(cmd):
    """`array LITERAL [as DT] [order O]` -> (value, dtype or None, order)."""
    body = cmd[len('array '):]
    order = 'C'
    if ' order ' in body:
        body, _, order = body.rpartition(' order ')
    dtype = None
    if ' as ' in body:
        body, _, dt_text = body.partition(' as ')
        dtype = cases.parse_dtype_text(dt_text)
    return ast.literal_eval(body.strip()), dtype, order.strip()


def run(script):
    """numpy's array after the script (or a numpy scalar)."""
    a = None
    for cmd in split_commands(script):
        if cmd.startswith('array '):
            value, dtype, order = parse_array_command(cmd)
            a = np.array(value, dtype=dtype, order=order)
        elif cmd.startswith('['):
            a = eval('a' + cmd, {'a': a})  # generated text: (), (0), (0, 1), True, False
        elif cmd.startswith('as '):
            a = a.view(cases.parse_dtype_text(cmd[3:]))
        else:
            raise cases.UnsupportedScript(cmd)
    return a


def evaluate(script):
    """What bytelens must print, as cases.evaluate gives it for view scripts."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            a = run(script)
        except (cases.Discard, cases.UnsupportedScript):
            raise
        except SystemError as e:
            raise cases.Discard(str(e))
        except Exception as e:
            return {'error': True, 'stage': 'script', 'message': f'{type(e).__name__}: {e}'}
        if isinstance(a, np.ndarray) and a.dtype.hasobject:
            # numpy made an object array (a Python int beyond 64 bits): bytelens refuses
            return {'error': True, 'stage': 'script', 'message': 'object array'}
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
        return out


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


def lit(value):
    """A Python value as literal text bytelens reads (and ast.literal_eval reads back)."""
    if isinstance(value, list):
        return '[' + ', '.join(lit(v) for v in value) + ']'
    if isinstance(value, tuple):
        if len(value) == 1:
            return '(' + lit(value[0]) + ',)'
        return '(' + ', '.join(lit(v) for v in value) + ')'
    if isinstance(value, float):
        return repr(value) if value == value and abs(value) != float('inf') else None
    return repr(value)


def number_text(rng):
    """A string Python's int()/float()/complex() may or may not read."""
    r = rng.random()
    if r < 0.25:
        text = str(rng.randint(-300, 300))
    elif r < 0.45:
        text = repr(rng.choice([1.5, -0.25, 1e16, 3.0e-5, 123.456, 0.1, -7.0, 2.5e300]))
    elif r < 0.55:
        text = rng.choice(['inf', '-inf', '+Infinity', 'NaN', '-nan', 'INF', 'infinit', 'nan(1)'])
    elif r < 0.65:
        text = rng.choice(['1_000', '1__0', '_1', '1_', '1e1_0', '.5', '5.', '0x10', '1e3',
                           '007', '-0', '+12', '+ 1', '1 2', '', 'abc', 'True', '１２', '٣'])
    elif r < 0.75:
        text = rng.choice(['1+2j', '(1-2j)', ' ( 3+0.5j ) ', 'j', '-j', '1e3-2.5e-1J', '1 + 2j',
                           'nan+infj', '2j', '(1)'])
    else:
        text = str(rng.randint(-2 ** 70, 2 ** 70)) if rng.random() < 0.3 else str(
            rng.choice([255, 256, -129, 65535, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64]))
    if rng.random() < 0.25:
        text = rng.choice([' ', '\\t', '\\n', '\u2003']) + text + rng.choice(['', ' ', '\\n'])
    return text


def text_numbers_case(rng):
    dt = rng.choice(['f8', '<f4', '>f4', 'f2', 'g', 'i1', 'u1', '<i2', '>i4', 'i8', 'u8',
                     'c16', '>c8', '?', 'int', 'float'])
    n = rng.randint(1, 5)
    items = []
    for _ in range(n):
        t = number_text(rng)
        items.append("b'%s'" % t if rng.random() < 0.1 and t.isascii() and '\\u' not in t
                     else "'%s'" % t)
    if rng.random() < 0.2:
        items.append(rng.choice(['1', '2.5', 'True', '1j']))
    return 'array [%s] as %s' % (', '.join(items), dt)


SCALARS = [0, 1, -5, 12345, 2 ** 63, -2 ** 63, 2 ** 64 - 1, 1.5, -0.25, 1e16, 1e-5, 100.0,
           True, False, 1j, 1 + 2j, -0.5j, 1.5 - 2j, 'a', 'abc', '', 'héllo', '\U0001F600',
           b'', b'x', b'bytes\x00', 'ab\x00', 'x' * 30]


def sizeless_case(rng):
    dt = rng.choice(['S', 'U', 'S0', 'U0', '<U', '>U', 'S3', 'U2', 'a'])
    n = rng.choice([0, 1, 2, 3, 4])
    values = [rng.choice(SCALARS) for _ in range(n)]
    if rng.random() < 0.3 and n:
        values = [values, [rng.choice(SCALARS) for _ in range(n)]]
    return 'array %s as %s' % (lit(values), dt)


def mixed_case(rng):
    pool = [True, False, 0, 7, -1, 2 ** 63, 2 ** 64, 1.5, -2.25e10, 1j, 2 - 3j, 'a', 'xyz',
            'longer text', b'b', b'bytes']
    n = rng.randint(1, 5)
    values = [rng.choice(pool) for _ in range(n)]
    return 'array %s' % lit(values)


UNIT_NAMES = ['Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us', 'ns', 'ps', 'fs', 'as']


def date_text(rng):
    y = rng.choice([1970, 2020, 1969, 1, 0, 10000, 2262, 1677, -44, 99999])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    sign = rng.choice(['', '', '', '+', '-']) if y >= 0 else '-'
    year = sign + ('%04d' % abs(y) if rng.random() < 0.8 else '%05d' % abs(y))
    parts = ['%s' % year, '%s-%02d' % (year, m), '%s-%02d-%02d' % (year, m, d),
             '%s-%02d-%02dT%02d' % (year, m, d, hh), '%s-%02d-%02d %02d:%02d' % (year, m, d, hh, mm),
             '%s-%02d-%02dT%02d:%02d:%02d' % (year, m, d, hh, mm, ss)]
    text = rng.choice(parts)
    r = rng.random()
    if r < 0.2 and text.count(':') == 2:
        text += '.' + ''.join(rng.choice('0123456789') for _ in range(rng.randint(0, 19)))
    if r > 0.85 and (':' in text or 'T' in text):
        text += rng.choice(['Z', '+01:00', '-0530', '+23', 'Z ', ' ', '+24', '+0160', 'ZZ'])
    if rng.random() < 0.08:
        text = rng.choice(['NaT', 'nat', 'NAT', 'nAt', '', 'today', 'TODAY', ' NaT',
                           '2020-02-30', '2019-02-29', '2020-13', '2020-1-1', '2020-01-01 ',
                           '\\t2020', ' -2020', '+-01-01', '-', '12', '２０２０'])
    elif rng.random() < 0.1:
        text = ' ' + text
    return text


def dates_case(rng):
    kind = rng.random()
    n = rng.randint(1, 4)
    texts = [date_text(rng) for _ in range(n)]
    if kind < 0.75:
        dt = rng.choice(['M8', 'M8', 'datetime64', '>M8'] +
                        ['M8[%s]' % u for u in UNIT_NAMES] + ['M8[2D]', 'M8[3h]', 'M8[7s]'])
        if any(t.lower() in ('today', 'now') for t in texts) and dt not in ('M8[Y]',):
            texts = [('2021' if t.lower() in ('today', 'now') else t) for t in texts]
        items = ["'%s'" % t for t in texts]
        if rng.random() < 0.15:
            items.append(rng.choice(['5', 'True', '-1', '1.5']))
        if rng.random() < 0.1:
            items = ["b'%s'" % t if t.isascii() else "'%s'" % t for t in texts]
        return 'array [%s] as %s' % (', '.join(items), dt)
    dt = rng.choice(['m8', 'm8[s]', 'm8[D]', '>m8[ms]'])
    pool = ['5', ' -7', '+5', 'nat', 'NaT', '', '99999999999999999999', '5 ', '5.0', '1_0',
            'x', '-9223372036854775808']
    items = ["'%s'" % rng.choice(pool) for _ in range(n)]
    if rng.random() < 0.3:
        items.append(rng.choice(['5', 'True', '-3', '1.5']))
    return 'array [%s] as %s' % (', '.join(items), dt)


def records_case(rng):
    dt = rng.choice(['i4,i4', 'i4,f8', 'u1,(2,)i2', "[('a','<f4'),('b','?')]", 'i2,S3',
                     "[('x','i4'),('y',[('p','u1'),('q','u1')])]"])
    pool = [1, 2, -3, 7, 1.5, True, (1, 2), (3, 4.5), (1,), (1, 2, 3), '5', ((1, 2), 3)]
    values = [rng.choice(pool) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.2:
        values = [values]
    return 'array %s as %s' % (lit(values), dt)


def index_case(rng):
    shape = rng.choice([(), (3,), (2, 3), (2, 0), (0,)])
    size = int(np.prod(shape)) if shape else 1
    flat = list(range(1, size + 1))
    value = np.array(flat).reshape(shape).tolist() if shape else 7
    dt = rng.choice(['i4', 'u1', '>i2', 'f8', 'c8', 'S2'])
    start = 'array %s as %s' % (lit(value), dt)
    if shape and len(shape) == 2 and rng.random() < 0.3:
        start += ' order ' + rng.choice(['K', 'A', 'F', 'C', 'k', 'a'])
    ops = ['[()]', '[(0)]', '[(0, 1)]', '[(0,)]', '[True]', '[False]', '[True][()]', '[(-1)]',
           'as V', 'as V0', 'as (2,0)u1', 'as (0,)i4', '[(1, 0)]']
    if shape:
        ops.append('[()][True]')  # a numpy scalar takes no boolean index
    op = rng.choice(ops)
    return start + '; ' + op


def spellings_case(rng):
    spelling = rng.choice([
        'M8[ 5s]', 'M8[+5s]', 'M8[\t5s]', 'M8[ +5s]', 'M8[05s]', 'M8[μs]', 'M8[µs]', 'M8[5 s]',
        'M8[-5s]', 'M8[1000000000000000s]', 'M8[2147483647s]', 'M8[2147483648s]', 'M8[+ 5s]',
        'm8[ 3ms]', '2,3i4', '2,i4', '1,2,2u1', '2,3i4,f8',
        "{'names':('a','b'),'formats':('i4','f8')}",
        "{'names':['a'],'formats':['i4'],'titles':['t','u']}",
        "{'names':['a'],'formats':['i4'],'offsets':[4,0],'itemsize':8}",
        "{'names':['a'],'formats':['i4'],'foo':1}",
        "{'names':['a'],'formats':['i4','f8']}",
        "{'names':['a','b'],'formats':['i4']}",
        "{'names':['a','b'],'formats':['i4','u1'],'offsets':[0]}",
        "{'names':('x',),'formats':('<u2',),'titles':('T',)}",
    ])
    if spelling.startswith(('M8', 'm8')):
        values = [rng.randint(-5, 5) for _ in range(rng.randint(1, 3))]
    elif spelling.startswith('{'):
        values = [(rng.randint(0, 9),) if 'b' not in spelling else (1, 2)
                  for _ in range(rng.randint(1, 2))]
    else:
        values = [rng.randint(0, 9) for _ in range(rng.randint(1, 2))]
    return 'array %s as %s' % (lit(values), spelling.replace('\t', ' '))


# numpy's (base, fields): fields laid over a scalar type, which prints, indexes and views as
# the base; its fields index; sizes that differ, a void base or a new type without fields
# follow numpy's _use_inherit.
BASE_FIELDS = ["('<i8', [('a','<i4'),('b','<i4')])", "('>i8', [('a','<i4'),('b','>i4')])",
               "('u1', [('x','i1')])", "('<i4', [('a','<i8')])", "('<f8', [('a','u1',(8,))])",
               "('<i8', {'names':['a'],'formats':['i4'],'offsets':[4]})",
               "('<i8', 'i4,i4')", "('<M8[D]', [('a','<i8')])", "('<i4', 'f4')",
               "('<i4', 'u1')", "('V8', [('a','<i8')])", "('<i2', [('lo','u1'),('hi','i1')])",
               "('S', [('a','<i4')])", "('<u4', [('r','u1'),('g','u1'),('b','u1'),('a','u1')])",
               "('<c8', [('re','<f4'),('im','<f4')])", "('<i4', [])", "('?', [('a','u1')])"]


def base_fields_case(rng):
    spelling = rng.choice(BASE_FIELDS)
    if 'M8' in spelling:
        values = [rng.randint(-5, 5) for _ in range(rng.randint(1, 3))]
    elif "'S'" in spelling:
        values = [rng.choice(['ab', '', 'xyz1']) for _ in range(rng.randint(1, 3))]
    elif "'V8'" in spelling:
        values = [(rng.randint(0, 9),) for _ in range(rng.randint(1, 2))]
    else:
        values = [rng.randint(-200, 200) for _ in range(rng.randint(0, 3))]
        if "'?'" in spelling or "'u" in spelling:
            values = [abs(v) % 2 if "'?'" in spelling else abs(v) for v in values]
    script = 'array %s as %s' % (lit(values), spelling)
    ops = []
    if rng.random() < 0.6:
        names = [n for n in ('a', 'b', 'x', 'lo', 'hi', 're', 'g', 'f0', 'zz') if "'%s'" % n in spelling]
        name = rng.choice(names + ['zz'])
        ops.append(rng.choice(["['%s']" % name, '[0]', "[['%s']]" % name]))
    elif rng.random() < 0.5:
        ops.append('as ' + rng.choice(['<i8', '<u4', "('<u8', [('p','<u2'),('q','<u2'),('r','<i4')])"]))
    return '; '.join([script] + ops)


FAMILIES = [('text-numbers', text_numbers_case, 20), ('sizeless', sizeless_case, 15),
            ('mixed', mixed_case, 10), ('dates', dates_case, 25), ('records', records_case, 8),
            ('index', index_case, 14), ('spellings', spellings_case, 8),
            ('base-fields', base_fields_case, 6)]


def generate(n=DEFAULT_COUNT, seed=cases.DEFAULT_SEED):
    """n cases, deterministic for a seed; each has .expected."""
    out = []
    i = 0
    while len(out) < n:
        attempt = 0
        while True:
            rng = random.Random('literals-%s-%d-%d' % (seed, i, attempt))
            attempt += 1
            family, make = cases.wchoice(rng, [((f, g), w) for f, g, w in FAMILIES])
            script = make(rng)
            try:
                expected = evaluate(script)
            except cases.Discard:
                continue
            break
        out.append(cases.Case(b'', script, {'families': {family}, 'ops': [], 'kinds': set()},
                              expected))
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
        print(repr(c.script), '->', 'ERROR' if c.expected.get('error') else c.expected['shape'])
    counts = collections.Counter()
    for c in generated:
        for f in c.tags['families']:
            counts[(f, 'error' if c.expected.get('error') else 'ok')] += 1
    for (family, outcome), k in sorted(counts.items()):
        print('  %-14s %-6s %5d' % (family, outcome, k))


if __name__ == '__main__':
    main()
