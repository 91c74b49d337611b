#!/usr/bin/env python3
"""Seeded print-option cases, with numpy as the oracle.  `differential.py --print-options N`
runs them after the other cases (same harness, same checks).

A case's bytes are an array's; its script sets print options, then reads the bytes back:

    set edgeitems E; set threshold T; set linewidth L; set precision P; set suppress on|off;
    [set floatmode M; set sign S; set nanstr N; set infstr I; set formatter int F;]
    as DT; reshape S

which is one `np.set_printoptions` call per `set` (`edgeitems=E`, `threshold=T`, …,
`floatmode=M`, `sign=S`, `nanstr=N`, `infstr=I`, `formatter={'int': F}`), in order, around
`np.frombuffer(bytes, DT).reshape(S)`.  Most cases also draw the style options (floatmode,
sign, nanstr, infstr, a formatter `hex`/`oct`/`bin` under the key `int` or `int_kind`,
or any other key numpy reads or ignores, a `legacy` mode) in a random order, from a random
stream of their own so that the other options stay as they were, and then lean on long
doubles, complex, byte-swapped halves and integers at their limits.  Every numpy call resets `formatter`, so a formatter set before another option
is gone; bytelens must forget it too.  The options lean on what numpy takes and rarely sees:
`edgeitems` 0 (numpy's `a[-0:]` takes the whole array into the number format) and negative,
`threshold` negative, 0 and `inf`, `linewidth` 0 and negative, `precision` 0, large, negative
(numpy fails when it prints a float: bytelens must fail too), `suppress` on and off.  The arrays are floats with nan,
inf, tiny and huge values, complex numbers, integers of every width and sign, bools, records,
0-d, 1-d and n-d, big and little endian, small and past the threshold.

    python3 Tests/numpy/printoption_cases.py --cases 300 --show 20   # scripts and results
"""

import argparse
import os
import random
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases  # noqa: E402

DEFAULT_COUNT = 400

EDGEITEMS = [-7, -3, -2, -1, 0, 0, 0, 1, 2, 3, 3, 5, 1000000]
THRESHOLDS = [('-1', -1), ('0', 0), ('1', 1), ('5', 5), ('10', 10), ('100', 100),
              ('1000', 1000), ('inf', float('inf')), ('-inf', float('-inf'))]
LINEWIDTHS = [-5, 0, 1, 12, 40, 75, 75, 200]
PRECISIONS = [0, 1, 3, 8, 8, 12, 17, 40, -1]

FLOAT_SPECIALS = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-310, 5e-324, 1e300, -1e300, 1e-5,
                  123456789.0, 0.1, 1.5, -2.25, 1e16, 65504.0, 3.4e38]
FLOATMODES = ['fixed', 'unique', 'maxprec', 'maxprec_equal']
SIGNS = [('-', '-'), ('+', '+'), ("' '", ' '), ('space', ' ')]
# Spelled for the bytelens script (quoted where the lexer needs it) and as numpy takes it.
NANSTRS = [('NaN', 'NaN'), ('N/A', 'N/A'), ("''", ''), ("'not a number'", 'not a number'),
           ('ø', 'ø'), ('nan', 'nan')]
INFSTRS = [('Inf', 'Inf'), ('∞', '∞'), ("''", ''), ('infinity', 'infinity'), ('inf', 'inf')]
FORMATTERS = [('hex', hex), ('oct', oct), ('bin', bin)]
# Every key numpy reads (the function fails on any kind but integers: numpy raises a
# TypeError, bytelens must fail too) and keys numpy ignores.
FORMATTER_KEYS = ['all', 'bool', 'int', 'int_kind', 'timedelta', 'datetime', 'float',
                  'longfloat', 'float_kind', 'complexfloat', 'longcomplexfloat', 'complex_kind',
                  'numpystr', 'str_kind', 'void', 'object', 'str', 'foo']
STYLE_DTYPES = ['<f16', '<c32', '>f2', '<c8', '>c16', '<i8', '<u8', '>i2', '|i1', '<f4,<c8,<i2']

DTYPES = ['<f8', '>f8', '<f4', '<f2', '<c16', '<c8', '<i1', '<u1', '<i2', '>i4', '<u4',
          '<i8', '<u8', '|b1', '<i4,<f8', '<f4,(3,)<i2']


def random_values(rng, dt, n):
    """n values for dtype dt, as a numpy array."""
    if dt.names:
        a = np.zeros(n, dt)
        for name in dt.names:
            a[name] = random_values(rng, dt[name].base, n * max(1, int(np.prod(dt[name].shape)))
                                    ).reshape(a[name].shape)
        return a
    kind = dt.kind
    if kind in 'fc':
        style = rng.random()
        vals = []
        for _ in range(n):
            if style < 0.3 or rng.random() < 0.15:
                v = rng.choice(FLOAT_SPECIALS)
            elif style < 0.6:
                v = rng.randint(-1000, 1000) / rng.choice([1, 4, 8, 1000])
            else:
                v = rng.uniform(-1, 1) * 10 ** rng.randint(-12, 12)
            vals.append(v)
        with np.errstate(over='ignore', under='ignore', invalid='ignore'):
            a = np.array(vals, dtype='f8').astype(dt.newbyteorder('='))
            if kind == 'c':
                a = a + 1j * np.array(vals[::-1], 'f8').astype(a.real.dtype)
        return a.astype(dt)
    if kind == 'b':
        return np.array([rng.random() < 0.5 for _ in range(n)], dt)
    info = np.iinfo(dt)
    style = rng.random()
    if style < 0.4:
        vals = [rng.randint(max(info.min, -9), min(info.max, 99)) for _ in range(n)]
    else:
        vals = [rng.choice([info.min, info.max, 0, rng.randint(info.min, info.max)])
                for _ in range(n)]
    return np.array(vals, dtype=dt)


def random_shape(rng):
    r = rng.random()
    if r < 0.1:
        return ()
    if r < 0.5:
        return (rng.choice([1, 2, 5, 6, 7, 12, 30, 1001, 1500]),)
    if r < 0.85:
        return (rng.randint(1, 9), rng.randint(1, 12))
    return (rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 7))


def make_case(rng):
    options = {'edgeitems': rng.choice(EDGEITEMS), 'linewidth': rng.choice(LINEWIDTHS),
               'precision': rng.choice(PRECISIONS), 'suppress': rng.random() < 0.4}
    threshold_text, options['threshold'] = rng.choice(THRESHOLDS)
    dt = np.dtype(rng.choice(DTYPES))
    shape = random_shape(rng)
    count = int(np.prod(shape)) if shape else 1
    a = random_values(rng, dt, count).reshape(shape)
    commands = ['set edgeitems %d' % options['edgeitems'], 'set threshold ' + threshold_text,
                'set linewidth %d' % options['linewidth'],
                'set precision %d' % options['precision'],
                'set suppress ' + ('on' if options['suppress'] else 'off')]
    calls = [{name: options[name]} for name in
             ('edgeitems', 'threshold', 'linewidth', 'precision', 'suppress')]
    style_commands, style_calls, style_dtype = style_options(
        random.Random('style-%s' % rng.random()))
    commands += style_commands
    calls += style_calls
    if style_dtype is not None:
        dt = np.dtype(style_dtype)
        a = random_values(rng, dt, count).reshape(shape)
    commands.append('as ' + dt_text(dt))
    if len(shape) != 1:
        commands.append('reshape ' + (','.join(map(str, shape)) if shape else '()'))
    return a.tobytes(), '; '.join(commands), a, calls


def style_options(rng):
    """The style commands, their `np.set_printoptions` calls and perhaps a dtype that shows
    them best; ([], [], None) for a case without them."""
    if rng.random() < 0.2:
        return [], [], None
    pairs = []
    if rng.random() < 0.8:
        mode = rng.choice(FLOATMODES)
        pairs.append(('set floatmode ' + mode, {'floatmode': mode}))
    if rng.random() < 0.6:
        text, sign = rng.choice(SIGNS)
        pairs.append(('set sign ' + text, {'sign': sign}))
    if rng.random() < 0.4:
        text, nanstr = rng.choice(NANSTRS)
        pairs.append(('set nanstr ' + text, {'nanstr': nanstr}))
    if rng.random() < 0.4:
        text, infstr = rng.choice(INFSTRS)
        pairs.append(('set infstr ' + text, {'infstr': infstr}))
    if rng.random() < 0.25:
        mode = rng.choice(['1.21', '1.25', '2.1', '2.2', 'false'])
        pairs.append(('set legacy ' + mode, {'legacy': False if mode == 'false' else mode}))
    if rng.random() < 0.35:
        name, function = rng.choice(FORMATTERS)
        key = rng.choice(['int', 'int', 'int_kind'] if rng.random() < 0.6 else FORMATTER_KEYS)
        pairs.append(('set formatter %s %s' % (key, name), {'formatter': {key: function}}))
        # Mostly last, where it survives; sometimes earlier, where numpy resets it.
        if rng.random() < 0.3:
            rng.shuffle(pairs)
    dtype = rng.choice(STYLE_DTYPES) if rng.random() < 0.35 else None
    return [c for c, _ in pairs], [k for _, k in pairs], dtype


def dt_text(dt):
    if dt.names:
        return ','.join(dt[name].str if not dt[name].shape else
                        '(%s,)%s' % (','.join(map(str, dt[name].shape)), dt[name].base.str)
                        for name in dt.names)
    return dt.str


def evaluate(a, calls):
    """What bytelens must print after `np.set_printoptions(**call)` for each call in order:
    repr, str, strides and shape, or that it must fail."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            with np.printoptions():  # restores the options on leaving
                for call in calls:
                    np.set_printoptions(**call)
                out = {'repr': repr(a), 'str': str(a)}
        except Exception as e:
            return {'error': True, 'stage': 'print', 'message': f'{type(e).__name__}: {e}'}
    out['strides'] = str(tuple(a.strides))
    out['shape'] = str(tuple(a.shape))
    return out


def generate(n=DEFAULT_COUNT, seed=cases.DEFAULT_SEED):
    """n cases, deterministic for a seed; each has .expected."""
    out = []
    for i in range(n):
        rng = random.Random('printoptions-%s-%d' % (seed, i))
        data, script, a, calls = make_case(rng)
        out.append(cases.Case(data, script, {'families': {'printoptions'}, 'ops': [],
                                             'kinds': set()}, evaluate(a, calls)))
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
    errors = sum(1 for c in generated if c.expected.get('error'))
    print('%d cases, %d where numpy fails' % (len(generated), errors))


if __name__ == '__main__':
    main()
