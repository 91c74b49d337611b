#!/usr/bin/env python3
"""Seeded random cases for the bytelens/NumPy differential oracle.

A case is raw bytes (the FILE bytelens is run on) plus a script in the bytelens command
language.  `evaluate(data, script)` interprets the script with numpy -- every command maps to
exactly one numpy call -- and returns what bytelens must print:

    {"repr": repr(a), "str": str(a), "strides": str(a.strides), "shape": str(a.shape)}

or {"error": True, "stage": "script"|"print", "message": ...} when numpy raises (then bytelens
must exit with status 1).

Commands and their numpy meaning (state: `data`, a window (dtype, offset, count) and the
current array `a`; the window is "plain" until the first command that is not as/offset/count):

    as DT [aligned]      plain window: the same bytes read again, counted in DT:
                                       a = np.frombuffer(data, DT, count*old.itemsize//DT.itemsize,
                                                         offset)
                         otherwise:    a = a.view(DT)
    view DT [aligned]    same as `as`
    offset N / count N   plain window only: re-read frombuffer(data, dt, count, offset)
    load $FILE as DT at OFF count N   a = np.frombuffer(data, DT, count=N, offset=OFF)
    bytes HEX            data = bytes.fromhex(HEX); a = np.frombuffer(data, 'u1')
    reshape 2,-1 [C|F|A] a = a.reshape((2, -1), order=...)
    transpose [AXES] / T a = a.transpose(AXES) / a.T
    [INDEX]              a = a[INDEX]          (ints, slices, ..., field names)
    byteorder little|big|native|swap   a = a.view(a.dtype.newbyteorder('<'|'>'|'='|'S'))
    byteswap             a = a.byteswap()
    astype DT            a = a.astype(DT)      (numeric kinds only)
    copy C|F             a = a.copy(order)

Run `python3 cases.py [--cases N] [--seed S]` for a histogram of what the generator covers.
"""

import argparse
import ast
import collections
import math
import random
import struct
import sys
import unicodedata
import warnings

import numpy as np

DEFAULT_SEED = 20240601
NATIVE = '<' if sys.byteorder == 'little' else '>'

# --------------------------------------------------------------------------------------------
# The interpreter: bytelens script -> numpy
# --------------------------------------------------------------------------------------------


class Discard(Exception):
    """The case depends on behaviour that is undefined or platform garbage; do not use it."""


class UnsupportedScript(Exception):
    """The script uses a sequence whose bytelens meaning is ambiguous (generator bug)."""


def split_script(script):
    return [c.strip() for c in script.split(';') if c.strip()]


def parse_dtype_text(text):
    """A dtype written as text, exactly as a user types it after `as`/`view`/`astype`."""
    text = text.strip()
    align = False
    if text.endswith(' aligned') or text == 'aligned':
        align = True
        text = text[: -len('aligned')].strip()
    obj = text
    if text[:1] in '[{(':
        try:
            obj = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            obj = text  # e.g. '(2,3)i4' is a plain numpy string
        if isinstance(obj, (int, float)):
            obj = text
    return np.dtype(obj, align=align)


def _conv_index_node(node):
    if isinstance(node, ast.Tuple):
        return tuple(_conv_index_node(e) for e in node.elts)
    if isinstance(node, ast.Slice):
        def part(p):
            return None if p is None else _conv_index_node(p)
        return slice(part(node.lower), part(node.upper), part(node.step))
    if isinstance(node, ast.Constant) and (
        isinstance(node.value, (int, str)) or node.value is Ellipsis
    ) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        v = _conv_index_node(node.operand)
        if isinstance(v, int):
            return -v
    if isinstance(node, ast.List) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    ):
        return [e.value for e in node.elts]
    raise UnsupportedScript('index not supported: ' + ast.dump(node))


def parse_index(text):
    tree = ast.parse('_' + text.strip(), mode='eval').body
    if not isinstance(tree, ast.Subscript):
        raise UnsupportedScript('not an index: ' + text)
    return _conv_index_node(tree.slice)


def covered_bytes(dt, base=0, acc=None):
    """The byte offsets inside one item that some field actually covers."""
    acc = set() if acc is None else acc
    if dt.names:
        for name in dt.names:
            fdt, off = dt.fields[name][:2]
            covered_bytes(fdt, base + off, acc)
    elif dt.subdtype:
        sub, shape = dt.subdtype
        for i in range(int(np.prod(shape))):
            covered_bytes(sub, base + i * sub.itemsize, acc)
    else:
        acc.update(range(base, base + dt.itemsize))
    return acc


def has_gaps(dt):
    return bool(dt.names) and len(covered_bytes(dt)) < dt.itemsize


BYTEORDER_WORDS = {'little': '<', 'big': '>', 'native': '=', 'swap': 'S'}


class Session:
    """numpy state for one bytelens run."""

    def __init__(self, data, loader=None):
        self.file_data = data  # what `load $FILE` reads unless a loader is given
        self.loader = loader
        self._load(data)

    def _load(self, data):
        self.data = data
        self.win_dt = np.dtype('u1')
        self.win_offset = 0
        self.win_count = -1
        self.plain = True
        self.tainted = False
        self.zone = True  # only as/view/byteorder since the window was read
        self.a = np.frombuffer(self.data, 'u1')

    def _reread(self):
        if self.win_dt.hasobject:
            raise TypeError('cannot create an object array from bytes')
        self.a = np.frombuffer(self.data, self.win_dt, count=self.win_count,
                               offset=self.win_offset)

    def run(self, script):
        for cmd in split_script(script):
            self.command(cmd)
        return self.a

    def command(self, cmd):
        word = cmd.partition(' ')[0]
        if word not in ('as', 'view', 'byteorder', 'offset', 'count', 'load', 'bytes'):
            self.zone = False
        before = self.a
        self._command(cmd, word)
        # numpy copies structured arrays field by field: padding bytes of the new buffer are
        # uninitialised memory.  Looking at them through another dtype is not reproducible.
        if (isinstance(self.a, np.ndarray) and isinstance(before, np.ndarray)
                and word not in ('load', 'bytes') and self.a is not before
                and has_gaps(before.dtype) and self.a.size
                and not np.may_share_memory(self.a, before)):
            self.tainted = True

    def _command(self, cmd, word):
        if word in ('load', 'bytes'):
            self.tainted = False
        if cmd.startswith('['):
            self.plain = False
            self.a = self.a[parse_index(cmd)]
            return
        word, _, rest = cmd.partition(' ')
        rest = rest.strip()
        a = self.a
        if word in ('as', 'view'):
            dt = parse_dtype_text(rest)
            if self.plain and dt.kind == 'V' and dt.itemsize == 0 and not dt.names:
                # an unsized void (`V`, `(2,0)u1`) takes the current itemsize: a.view(DT)
                self.plain = False
                self.a = a.view(dt)
            elif self.plain:
                # a.view(DT) over the window's bytes: the window is read again, counted in DT
                if self.win_count != -1:
                    nbytes = self.win_count * self.win_dt.itemsize
                    if dt.itemsize == 0 or nbytes % dt.itemsize:
                        raise ValueError('%d bytes are not whole %r' % (nbytes, dt))
                    self.win_count = nbytes // dt.itemsize
                self.win_dt = dt
                self._reread()
            else:
                if dt.hasobject:
                    raise TypeError('cannot view as an object dtype')
                if self.tainted:
                    raise Discard('view of uninitialised padding bytes')
                self.a = a.view(dt)
        elif word in ('offset', 'count'):
            if not self.plain:
                raise UnsupportedScript('offset/count after a view-changing command')
            if word == 'offset':
                self.win_offset = int(rest, 0)
            else:
                self.win_count = int(rest, 0)
            self._reread()
        elif word == 'load':
            # load PATH [as DT] [at OFF] [count N]; PATH is the case's own bytes
            toks = rest.split(' ')
            path, toks = toks[0], toks[1:]
            words = ' '.join(toks)
            dt_text, off, cnt = 'u1', 0, -1
            if ' count ' in ' ' + words:
                words, _, c = (' ' + words).rpartition(' count ')
                cnt = int(c, 0)
                words = words.strip()
            if ' at ' in ' ' + words:
                words, _, o = (' ' + words).rpartition(' at ')
                off = int(o, 0)
                words = words.strip()
            if words.startswith('as '):
                dt_text = words[3:]
            elif words:
                raise UnsupportedScript('bad load: ' + cmd)
            self._load(self.loader(path) if self.loader else self.file_data)
            self.win_dt = parse_dtype_text(dt_text)
            self.win_offset, self.win_count = off, cnt
            self._reread()
        elif word == 'bytes':
            self._load(bytes.fromhex(rest))
        elif word == 'reshape':
            parts = rest.split(' ')
            shape = tuple(int(x) for x in parts[0].split(','))
            order = parts[1] if len(parts) > 1 else 'C'
            self.plain = False
            self.a = a.reshape(shape, order=order)
        elif word in ('transpose', 'T'):
            self.plain = False
            if word == 'T':
                self.a = a.T
            elif rest:
                self.a = a.transpose(tuple(int(x) for x in rest.split(',')))
            else:
                self.a = a.transpose()
        elif word == 'byteorder':
            self.plain = False
            if self.tainted:
                raise Discard('byte order change over uninitialised padding bytes')
            self.a = a.view(a.dtype.newbyteorder(BYTEORDER_WORDS[rest]))
        elif word == 'byteswap':
            self.plain = False
            if self.tainted:
                raise Discard('byteswap moves uninitialised padding bytes into values')
            self.a = a.byteswap()
        elif word == 'astype':
            self.plain = False
            dt = parse_dtype_text(rest)
            src = a.dtype
            if src.kind not in 'biufc' or dt.kind not in 'biufc' or src.fields or dt.fields:
                raise UnsupportedScript('astype outside numeric kinds')
            check_cast_defined(a, dt)
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                self.a = a.astype(dt)
            if (dt.kind, dt.itemsize) in (('f', 16), ('c', 32)) and dt != src:
                # a cast stores 10 bytes per x87 value; bytes 10..15 are uninitialised memory
                self.tainted = True
        elif word == 'copy':
            self.plain = False
            self.a = a.copy(rest or 'C')
        else:
            raise UnsupportedScript('unknown command: ' + cmd)


def check_cast_defined(a, dt):
    """float/complex -> int casts of NaN, inf or out-of-range values are C undefined behaviour
    (x86 gives INT_MIN, or a value truncated through int32): never compare those."""
    check_longdouble_valid(a)
    if a.dtype.kind in 'fc' and dt.kind in 'iu':
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            x = np.asarray(a).real.astype('g')
            if x.size == 0:
                return
            if not np.all(np.isfinite(x)):
                raise Discard('float->int cast of nan/inf')
            t = np.trunc(x)
            info = np.iinfo(dt)
            if t.min() < info.min or t.max() > info.max:
                raise Discard('float->int cast out of range')


# --- validity of the bytes the final result shows ---------------------------------------------


def iter_leaves(a):
    """(dtype, array) for every scalar leaf of an array or numpy scalar."""
    arr = np.asarray(a)
    dt = arr.dtype
    if dt.names:
        for name in dt.names:
            yield from iter_leaves(arr[name])
    else:
        yield dt, arr


def _ld_halves(arr, nbytes):
    raw = np.ascontiguousarray(arr).view('u1').reshape(-1, nbytes)
    order = arr.dtype.byteorder
    if order == '>' or (order == '=' and NATIVE == '>'):
        raw = raw.reshape(-1, nbytes // 16, 16)[:, :, ::-1].reshape(-1, nbytes)
    return raw.reshape(-1, 16)


def check_longdouble_valid(a):
    """x87 80-bit encodings that are not valid numbers (unnormals, pseudo-denormals,
    pseudo-NaN/inf): numpy prints them inconsistently (array 'nan', scalar huge digits)."""
    for dt, arr in iter_leaves(a):
        if arr.size and dt.kind in 'fc' and dt.itemsize in (16, 32) and (
            dt.kind == 'f' or dt.itemsize == 32
        ):
            q = _ld_halves(arr, dt.itemsize)
            exp = (q[:, 9].astype(np.int64) & 0x7F) << 8 | q[:, 8]
            intbit = q[:, 7] >> 7
            ok = np.where(exp == 0, intbit == 0, intbit == 1)
            if not np.all(ok):
                raise Discard('invalid x87 long double encoding')


def check_printable(a):
    check_longdouble_valid(a)
    for dt, arr in iter_leaves(a):
        if not arr.size:
            continue
        if dt.kind == 'U' and dt.itemsize:
            u = np.ascontiguousarray(arr).view(np.dtype('u4').newbyteorder(dt.byteorder))
            if u.size and int(u.max()) > 0x10FFFF:
                raise Discard('code point beyond U+10FFFF (numpy SystemError / garbage)')
            # repr escapes what str.isprintable() rejects; for unassigned code points that
            # depends on the Unicode version of the Python running numpy: keep out of tests
            for cp in np.unique(u).tolist():
                if unicodedata.category(chr(cp)) == 'Cn':
                    raise Discard('unassigned code point U+%04X' % cp)
        if dt.kind in 'Mm' and np.datetime_data(dt)[0] == 'generic' and not dt.isnative:
            # numpy's isnat/max/min read non-native generic-unit values in the wrong byte
            # order, so NaT detection and column widths are garbage (a numpy bug)
            raise Discard('non-native generic datetime64/timedelta64')
        if dt.kind == 'M':
            unit, mult = np.datetime_data(dt)
            if unit == 'generic':
                continue
            k = mult * (7 if unit == 'W' else 1)
            v = np.ascontiguousarray(arr).view(np.dtype('i8').newbyteorder(dt.byteorder))
            v = v[v != np.iinfo('i8').min].astype(object)
            if v.size and max(abs(int(x)) for x in v.ravel()) * k > 2 ** 61:
                raise Discard('datetime beyond int64 arithmetic in numpy printing')


def evaluate(data, script):
    """What bytelens must print after running `script` on `data` (see module docstring).
    Raises Discard for cases that must not be used."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        s = Session(data)
        try:
            a = s.run(script)
        except (Discard, UnsupportedScript):
            raise
        except SystemError as e:  # numpy internal failure (e.g. a U code point > U+10FFFF)
            raise Discard(str(e))
        except Exception as e:  # numpy raised: bytelens must fail too
            return {'error': True, 'stage': 'script', 'message': f'{type(e).__name__}: {e}'}
        check_printable(a)
        try:
            out = {
                'repr': repr(a),
                'str': str(a),
                'strides': str(tuple(a.strides)),
                'shape': str(tuple(a.shape)),
            }
        except SystemError as e:
            raise Discard(str(e))
        except Exception as e:
            return {'error': True, 'stage': 'print', 'message': f'{type(e).__name__}: {e}'}
        try:
            (out['repr'] + out['str']).encode('utf-8')
        except UnicodeEncodeError:
            # str() of a U scalar holding a lone surrogate: no UTF-8 output can show it
            raise Discard('output not encodable as UTF-8')
        return out


# --------------------------------------------------------------------------------------------
# Dtype spellings
# --------------------------------------------------------------------------------------------

NAMES = {
    ('b', 1): ['bool', 'bool_'],
    ('i', 1): ['int8', 'byte'], ('i', 2): ['int16', 'short'], ('i', 4): ['int32', 'intc'],
    ('i', 8): ['int64', 'long', 'longlong', 'intp', 'int_', 'int'],
    ('u', 1): ['uint8', 'ubyte'], ('u', 2): ['uint16', 'ushort'], ('u', 4): ['uint32', 'uintc'],
    ('u', 8): ['uint64', 'ulong', 'ulonglong', 'uintp', 'uint'],
    ('f', 2): ['float16', 'half'], ('f', 4): ['float32', 'single'],
    ('f', 8): ['float64', 'double', 'float'], ('f', 16): ['float128', 'longdouble'],
    ('c', 8): ['complex64', 'csingle'], ('c', 16): ['complex128', 'cdouble', 'complex'],
    ('c', 32): ['complex256', 'clongdouble'],
}
ONECHAR = {
    ('b', 1): ['?'], ('i', 1): ['b'], ('u', 1): ['B'], ('i', 2): ['h'], ('u', 2): ['H'],
    ('i', 4): ['i'], ('u', 4): ['I'], ('i', 8): ['l', 'q', 'p', 'n'],
    ('u', 8): ['L', 'Q', 'P', 'N'], ('f', 2): ['e'], ('f', 4): ['f'], ('f', 8): ['d'],
    ('f', 16): ['g'], ('c', 8): ['F'], ('c', 16): ['D'], ('c', 32): ['G'], ('S', 1): ['c'],
}
SIZES = {'b': [1], 'i': [1, 2, 4, 8], 'u': [1, 2, 4, 8], 'f': [2, 4, 8, 16], 'c': [8, 16, 32]}
UNITS = ['Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us', 'ns', 'ps', 'fs', 'as']
FIELD_NAMES = ['id', 'value', 'flag', 'x', 'y', 'z', 'a', 'b', 'c', 'name', 't', 'pos', 'vel',
               'data', 'hdr', 'lo', 'hi', 'kind', 'temp', 'n', 'w', 'rgb', 'ts', 'key']
TITLES = ['Title', 'Temperature (K)', 'ID number', 'x axis', 'T']
INVALID_DTYPES = ['i3', 'f3', 'u16', 'i16', 'c4', 'b2', 'i0', 'S-1', '<M4', 'f8[2]', 'Int32',
                  'd8', 'h2', '?1', 'F8', 'q8', '<<i4', 'i4,,f8', 'int0', 'str0', 'bytes0',
                  'void0', 'float8', 'M8[xs]', 'm8[3]', 'S0', 'V0', 'U0', 'S', 'V', 'U', 'str',
                  'bytes', 'void', '>2<i4', "[('a','i4'),('a','f8')]", "[('a',)]",
                  "[('a','i4',-1)]", "{'names':['a','b'],'formats':['i4','f8'],'itemsize':4}",
                  'i4 f8', '(2,-1)i4', 'xyz', 'datetime64[zz]']
OBJECT_DTYPES = ['O', 'object', '|O', 'i4,O', "[('a','<i4'),('o','O')]", '(2,)O', 'O8']

KIND_WEIGHTS = [('b', 5), ('i', 12), ('u', 9), ('f', 18), ('c', 10), ('S', 7), ('U', 7),
                ('V', 4), ('M', 7), ('m', 5)]


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


class DT:
    """A generated dtype spelling: its text and what it exercises."""

    def __init__(self, text, families, align=False):
        self.text = text
        self.families = set(families)
        self.align = align

    def full(self):
        return self.text + (' aligned' if self.align else '')


def order_char(rng, size):
    return wchoice(rng, [('', 3), ('<', 4), ('>', 4), ('=', 1), ('|', 1 if size == 1 else 0.3)])


def gen_datetime(rng, kind=None, style=None):
    kind = kind or rng.choice('Mm')
    r = rng.random()
    if r < 0.04:
        unit = ''  # generic
    elif r < 0.06 and kind == 'M':
        unit = '[s/2]'
    else:
        mult = wchoice(rng, [(1, 8), (2, 1), (3, 1), (5, 1), (10, 1), (25, 0.5), (100, 0.5)])
        unit = '[' + ('' if mult == 1 else str(mult)) + rng.choice(UNITS) + ']'
    fam = ['datetime' if kind == 'M' else 'timedelta']
    style = style or wchoice(rng, [('ts', 6), ('name', 2)])
    if style == 'name':
        return DT(('datetime64' if kind == 'M' else 'timedelta64') + unit, fam + ['name'])
    return DT(rng.choice(['', '<', '>', '=']) + kind + '8' + unit, fam + ['typestring'])


def gen_scalar(rng, kind=None, style=None, allow_flexible=True):
    """One scalar type spelling (typestring, one-char code or name)."""
    if kind is None:
        pairs = KIND_WEIGHTS if allow_flexible else [p for p in KIND_WEIGHTS if p[0] not in 'SUV']
        kind = wchoice(rng, pairs)
    if kind in 'Mm':
        return gen_datetime(rng, kind)
    if kind in 'SUV':
        n = wchoice(rng, [(1, 3), (2, 3), (3, 3), (4, 3), (5, 2), (6, 1), (8, 2), (12, 1)])
        if style == 'onechar' and kind == 'S' and n == 1:
            return DT('c', [kind, 'onechar'])
        o = rng.choice(['', '<', '>', '|']) if kind == 'U' else rng.choice(['', '', '|', '<', '>'])
        fam = [kind, 'typestring']
        if kind == 'S' and rng.random() < 0.1:
            return DT(o + 'S' + str(n), fam)
        return DT(o + kind + str(n), fam)
    size = rng.choice(SIZES[kind])
    if style is None:
        style = wchoice(rng, [('typestring', 6), ('onechar', 2), ('name', 2)])
    fam = [{'b': 'bool', 'i': 'int', 'u': 'uint', 'f': 'float', 'c': 'complex'}[kind]]
    if kind == 'f' and size == 2:
        fam.append('f2')
    if (kind, size) in (('f', 16), ('c', 32)):
        fam.append('longdouble')
    if style == 'onechar':
        code = rng.choice(ONECHAR[(kind, size)])
        pre = rng.choice(['', '', '', '<', '>', '='])
        return DT(pre + code, fam + ['onechar'])
    if style == 'name':
        return DT(rng.choice(NAMES[(kind, size)]), fam + ['name'])
    k = 'b' if kind == 'b' else kind
    return DT(order_char(rng, size) + k + str(size), fam + ['typestring'])


def _fmt_shape(rng, shape):
    if len(shape) == 1 and rng.random() < 0.4:
        return str(shape[0])
    return '(' + ','.join(str(s) for s in shape) + (',' if len(shape) == 1 else '') + ')'


def gen_subshape(rng):
    return rng.choice([(2,), (3,), (2, 3), (4,), (2, 2), (1,), (3, 2), (2, 1, 2)])


def py_str(s, q):
    return q + s + q


def gen_field_format(rng, depth, fams):
    """A format for a field of a list/dict struct: scalar, nested struct or comma string."""
    r = rng.random()
    if depth < 2 and r < 0.12:
        fams.add('nested')
        return gen_list_struct(rng, depth + 1, fams, want_text=False)
    if depth < 2 and r < 0.15:
        fams.add('nested')
        fams.add('comma')
        return gen_comma(rng, fams, nfields=rng.randint(1, 3)).text
    sc = gen_scalar(rng)
    fams.update(sc.families)
    return sc.text


def gen_list_struct(rng, depth, fams, want_text=True):
    """[(name, fmt[, shape]), ...] as a Python literal (text) or nested object."""
    q = rng.choice(["'", "'", '"'])
    sep = rng.choice([', ', ','])
    n = rng.randint(1, 4 if depth == 0 else 3)
    names = rng.sample(FIELD_NAMES, n)
    items = []
    for i, name in enumerate(names):
        fmt = gen_field_format(rng, depth, fams)
        if not fmt.startswith('['):
            fmt = py_str(fmt, q)
        if rng.random() < 0.08 and depth == 0:
            name = ''  # numpy names it f{i}
            fams.add('empty-name')
        nm = py_str(name, q)
        if rng.random() < 0.08:
            fams.add('titles')
            nm = '(' + py_str(rng.choice(TITLES), q) + sep + nm + ')'
        parts = [nm, fmt]
        if rng.random() < 0.15:
            fams.add('subarray-field')
            parts.append(_fmt_shape(rng, gen_subshape(rng)).replace(',)', ',)'))
            if not parts[2].startswith('('):
                parts[2] = parts[2]
        items.append('(' + sep.join(parts) + ')')
    text = '[' + sep.join(items) + ']'
    return text


def gen_comma(rng, fams, nfields=None):
    n = nfields or rng.randint(1, 4)
    items = []
    order = rng.choice(['', '', '<', '>'])
    for i in range(n):
        sc = gen_scalar(rng, style=wchoice(rng, [('typestring', 6), ('onechar', 3)]))
        t = sc.text
        fams.update(sc.families)
        if t[:1] in '<>=|':
            t = t[1:]
        if sc.families & {'datetime', 'timedelta'} and '[' not in t:
            pass
        o = order if rng.random() < 0.8 else rng.choice(['<', '>', ''])
        rep = ''
        if rng.random() < 0.15:
            fams.add('subarray-field')
            shp = gen_subshape(rng)
            rep = str(shp[0]) if len(shp) == 1 else '(' + ','.join(map(str, shp)) + ')'
        if rep and rng.random() < 0.3:
            items.append(rep + o + t)
        else:
            items.append(o + rep + t)
    text = ','.join(items)
    if n == 1:
        text += ','
    return DT(text, fams | {'comma'})


def gen_dict_struct(rng, fams):
    q = rng.choice(["'", "'", '"'])
    n = rng.randint(1, 4)
    names = rng.sample(FIELD_NAMES, n)
    fmts = []
    for _ in names:
        sc = gen_scalar(rng)
        fams.update(sc.families)
        fmts.append(sc.text)
    dts = [np.dtype(f) for f in fmts]
    parts = ['%snames%s: [%s]' % (q, q, ', '.join(py_str(x, q) for x in names)),
             '%sformats%s: [%s]' % (q, q, ', '.join(py_str(x, q) for x in fmts))]
    end = sum(d.itemsize for d in dts)
    r = rng.random()
    if r < 0.6:
        fams.add('offsets')
        offs, pos = [], 0
        mode = rng.random()
        for d in dts:
            if mode < 0.15:
                o = 0  # a union: all fields overlap
            elif mode < 0.3 and offs:
                o = max(0, pos - rng.randint(0, d.itemsize))  # some overlap
            else:
                o = pos + rng.choice([0, 0, 1, 2, 3, 4, 8])
            offs.append(o)
            pos = max(pos, o + d.itemsize)
        if rng.random() < 0.15 and len(offs) > 1:
            fams.add('offsets-unordered')
            rng.shuffle(offs)
        end = max(o + d.itemsize for o, d in zip(offs, dts))
        parts.append('%soffsets%s: [%s]' % (q, q, ', '.join(map(str, offs))))
    if rng.random() < 0.2:
        fams.add('titles')
        titles = [py_str(t, q) if rng.random() < 0.6 else 'None'
                  for t in rng.sample(TITLES, n)]
        parts.append('%stitles%s: [%s]' % (q, q, ', '.join(titles)))
    if rng.random() < 0.5:
        fams.add('itemsize-pad')
        extra = rng.choice([0, 1, 3, 4, 8]) if rng.random() > 0.07 else -1
        parts.append('%sitemsize%s: %d' % (q, q, max(0, end + extra)))
    sep = rng.choice([', ', ','])
    return DT('{' + sep.join(parts) + '}', fams | {'dict'})


def gen_dtype(rng):
    """Any dtype spelling from the whole grammar."""
    fam = wchoice(rng, [('typestring', 24), ('onechar', 8), ('name', 8), ('datetime', 10),
                        ('comma', 9), ('subarray', 6), ('list', 15), ('dict', 8),
                        ('tuple', 2)])
    if fam in ('typestring', 'onechar', 'name'):
        return gen_scalar(rng, style=fam)
    if fam == 'datetime':
        return gen_datetime(rng)
    fams = set()
    if fam == 'subarray':
        sc = gen_scalar(rng, style=wchoice(rng, [('typestring', 5), ('onechar', 2)]))
        shp = gen_subshape(rng)
        if len(shp) == 1 and rng.random() < 0.5:
            text = str(shp[0]) + sc.text
        else:
            text = '(' + ','.join(map(str, shp)) + (',' if len(shp) == 1 else '') + ')' + sc.text
        return DT(text, sc.families | {'subarray'})
    if fam == 'tuple':
        sc = gen_scalar(rng)
        shp = gen_subshape(rng)
        return DT("(%r, %s)" % (sc.text, _fmt_shape(rng, shp)), sc.families | {'subarray', 'tuple'})
    if fam == 'comma':
        d = gen_comma(rng, fams)
    elif fam == 'list':
        d = DT(gen_list_struct(rng, 0, fams), fams | {'list'})
    else:
        d = gen_dict_struct(rng, fams)
    if rng.random() < 0.25:
        d.align = True
        d.families.add('aligned')
    return d


def try_dtype(d):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            return parse_dtype_text(d.full())
    except Exception:
        return None


# --------------------------------------------------------------------------------------------
# Bytes, built deliberately
# --------------------------------------------------------------------------------------------

FLOAT_FMT = {2: ('e', 'H', 10, 5), 4: ('f', 'I', 23, 8), 8: ('d', 'Q', 52, 11)}
ASCII_WORDS = [b'abc', b'hello', b'NumPy', b'x', b"it's", b'a"b', b'\\', b'a\nb', b'tab\t',
               b'', b'0123', b'ZZ', b'@@', b' sp ', b'\x7f', b'\xff\xfe', b'\x00ab', b'caf\xc3\xa9']
UCHARS = (['a', 'b', 'Z', '0', ' ', "'", '"', '\\', '\n', '\t', '\x01', '\x7f', '\xa0', 'é', 'ß',
           'Ω', 'ж', '中', '文', '€', '\u200b', '\u0301', '😀', '𝄞', '\U0001F600', '\ud800',
           '\ufffd', '\x00'])


def float_bits(rng, size, cls):
    fch, uch, mant, expb = FLOAT_FMT[size]
    sign = rng.getrandbits(1) << (size * 8 - 1)
    emax = (1 << expb) - 1
    if cls == 'nan':
        m = rng.getrandbits(mant) or 1
        if rng.random() < 0.5:
            m |= 1 << (mant - 1)  # quiet
        return sign | emax << mant | m
    if cls == 'inf':
        return sign | emax << mant
    if cls == 'zero':
        return sign
    if cls == 'sub':
        return sign | (rng.getrandbits(mant) or 1)
    if cls == 'max':
        return sign | (emax - 1) << mant | ((1 << mant) - 1)
    if cls == 'minnorm':
        return sign | 1 << mant
    return rng.getrandbits(size * 8)  # bits


def to_bits(x, size):
    fch, uch, _, _ = FLOAT_FMT[size]
    try:
        return struct.unpack('<' + uch, struct.pack('<' + fch, x))[0]
    except OverflowError:
        return struct.unpack('<' + uch, struct.pack('<' + fch, math.copysign(math.inf, x)))[0]


NICE_VALUES = [0.0, 1.0, -1.0, 0.5, 2.5, -3.25, 0.1, 0.25, 10.0, 100.0, 1.5, 3.0, -0.0, 7.0,
               0.125, 42.0, 999.0, 1001.0, 12.75, 0.2, 0.3]
EDGE_VALUES = [1e8, 99999999.0, 1e-4, 9.9999e-5, 1e16, 1e15, 1e3, 1e6, 65504.0, 1e-5,
               1 / 3, 2 / 3, 1e300, 1e-300, 5e-324, 2.0 ** 53, 123456789.0, 0.1 + 0.2]


def float_value(rng, size, regime):
    lo, hi = {2: (-7, 4.8), 4: (-44, 38), 8: (-320, 308), 16: (-320, 308)}[size]
    if regime == 'nice':
        r = rng.random()
        if r < 0.3:
            return rng.choice(NICE_VALUES)
        if r < 0.7:
            return rng.randint(-200, 200) / rng.choice([1, 2, 4, 8, 10, 100])
        return float(rng.randint(-99999, 99999)) / rng.choice([1, 1000])
    if regime == 'wide':
        e = rng.uniform(lo, hi) if rng.random() < 0.5 else rng.uniform(-6, 9)
        return rng.choice([-1, 1]) * 10.0 ** e
    if regime == 'edge':
        return rng.choice(EDGE_VALUES) * rng.choice([1, 1, -1])
    return rng.choice(NICE_VALUES)


def fill_float(arr, rng, regime):
    size = arr.dtype.itemsize
    n = arr.size
    if size == 16:
        vals = []
        for _ in range(n):
            r = rng.random()
            if regime == 'special' and r < 0.4:
                vals.append(np.longdouble(rng.choice(
                    [math.inf, -math.inf, math.nan, -0.0, 0.0])) if r < 0.3 else rng.choice(
                    [np.finfo(np.longdouble).smallest_subnormal, np.finfo(np.longdouble).max,
                     -np.finfo(np.longdouble).tiny]))
            elif r < 0.15:
                vals.append(np.longdouble(rng.randint(-1000, 1000)) / np.longdouble(
                    rng.choice([3, 7, 10, 1024])))
            else:
                vals.append(np.longdouble(float_value(rng, 16, regime if regime in (
                    'nice', 'wide', 'edge') else rng.choice(['nice', 'wide']))))
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            v = np.array(vals, dtype='g').reshape(arr.shape)
        raw = v.view('u1').reshape(-1, 16).copy()
        raw[:, 10:] = 0  # numpy leaves the 6 padding bytes uninitialised: make them zero
        if arr.dtype.byteorder == '>':
            raw = raw[:, ::-1]
        arr.view('V16')[...] = np.frombuffer(raw.tobytes(), 'V16').reshape(arr.shape)
        return
    bits = []
    for _ in range(n):
        if regime == 'bits':
            bits.append(float_bits(rng, size, 'bits'))
        elif regime == 'special' and rng.random() < 0.45:
            bits.append(float_bits(rng, size, rng.choice(
                ['nan', 'nan', 'inf', 'zero', 'sub', 'sub', 'max', 'minnorm'])))
        else:
            bits.append(to_bits(float_value(rng, size, regime if regime != 'special' else
                                            rng.choice(['nice', 'wide', 'edge'])), size))
    u = np.dtype('u%d' % size).newbyteorder(arr.dtype.byteorder)
    arr.view(u)[...] = np.array(bits, dtype='u%d' % size).reshape(arr.shape)


def int_values(rng, kind, size, regime, n):
    bits = size * 8
    lo, hi = (0, (1 << bits) - 1) if kind == 'u' else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    out = []
    for _ in range(n):
        if regime == 'nice':
            v = rng.randint(-50, 300) if kind == 'i' else rng.randint(0, 300)
        elif regime == 'special':
            v = rng.choice([lo, hi, 0, 1, -1, lo + 1, hi - 1, 127, 128, 255, 256, -128, 65535])
        elif regime == 'wide':
            v = rng.choice([-1, 1]) * rng.getrandbits(rng.randint(1, bits))
        else:
            v = rng.getrandbits(bits) + lo
        out.append(min(hi, max(lo, v)))
    return out


def dt_values(rng, dt, regime, n):
    unit, mult = np.datetime_data(dt)
    nat = -(1 << 63)
    if unit == 'generic':
        return [nat if (dt.kind == 'M' or rng.random() < 0.3) else rng.randint(-99, 99)
                for _ in range(n)] if rng.random() < 0.7 or dt.kind == 'm' else \
            [rng.choice([nat, 0, 5]) for _ in range(n)]
    per_year = {'Y': 1, 'M': 12, 'W': 52, 'D': 365, 'h': 8766, 'm': 525960, 's': 31557600,
                'ms': 3.15576e10, 'us': 3.15576e13, 'ns': 3.15576e16, 'ps': 3.15576e19,
                'fs': 3.15576e22, 'as': 3.15576e25}[unit] / mult
    limit = (1 << 61) // (mult * (7 if unit == 'W' else 1))
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.12:
            v = nat
        elif r < 0.2:
            v = rng.choice([0, 1, -1])
        elif regime == 'bits' and r < 0.6:
            v = rng.getrandbits(64) - (1 << 63)
        elif r < 0.75 or regime == 'nice':
            v = int(rng.uniform(-60, 80) * per_year)  # 1910..2050
        elif r < 0.9:
            v = int(rng.uniform(-3000, 9000) * per_year)
        else:
            v = rng.choice([-1, 1]) * rng.getrandbits(rng.randint(1, 62))
        if v != nat and abs(v) > limit:
            v = int(math.copysign(limit, v)) if rng.random() < 0.5 else v % 1000
        out.append(max(nat + 1, min((1 << 63) - 1, v)) if v != nat else nat)
    return out


def fill_leaf(arr, rng, regime):
    dt = arr.dtype
    if arr.size == 0 or dt.itemsize == 0:
        return
    k = dt.kind
    if k == 'b':
        u = [rng.choice([0, 1]) if rng.random() > 0.04 else rng.choice([2, 255, 16])
             for _ in range(arr.size)]
        arr.view('u1')[...] = np.array(u, 'u1').reshape(arr.shape)
    elif k in 'iu':
        vals = int_values(rng, k, dt.itemsize, regime, arr.size)
        arr[...] = np.array(vals, dtype=dt.newbyteorder('=')).reshape(arr.shape)
    elif k == 'f':
        fill_float(arr, rng, regime)
    elif k == 'c':
        fill_float(arr.real, rng, regime)
        fill_float(arr.imag, rng, regime if rng.random() < 0.7 else 'nice')
    elif k in 'Mm':
        vals = dt_values(rng, dt, regime, arr.size)
        arr.view(np.dtype('i8').newbyteorder(dt.byteorder))[...] = np.array(
            vals, 'i8').reshape(arr.shape)
    elif k == 'S':
        vals = []
        for _ in range(arr.size):
            w = rng.choice(ASCII_WORDS) if rng.random() < 0.8 else bytes(
                rng.getrandbits(8) for _ in range(dt.itemsize))
            vals.append(w[: dt.itemsize])
        arr[...] = np.array(vals, dtype='S%d' % dt.itemsize).reshape(arr.shape)
    elif k == 'U':
        n = dt.itemsize // 4
        vals = []
        for _ in range(arr.size):
            if rng.random() < 0.5:
                s = rng.choice(['abc', 'hello', 'NumPy', '', 'x', "it's", 'é', '中文', 'a b'])
            else:
                s = ''.join(rng.choice(UCHARS) if rng.random() < 0.5 else chr(rng.randint(32, 126))
                            for _ in range(rng.randint(0, n)))
            vals.append(s[:n])
        arr[...] = np.array(vals, dtype='<U%d' % n).reshape(arr.shape)
    elif k == 'V':
        vals = [bytes(rng.getrandbits(8) if rng.random() < 0.7 else rng.choice([0, 0x41, 0xff])
                      for _ in range(dt.itemsize)) for _ in range(arr.size)]
        arr.view('S%d' % dt.itemsize)[...] = np.array(vals, 'S%d' % dt.itemsize).reshape(arr.shape)


def fill(arr, rng, regime):
    dt = arr.dtype
    if dt.names:
        for name in dt.names:
            sub = arr[name]
            fill(sub, rng, regime if rng.random() < 0.8 else rng.choice(REGIMES))
    else:
        fill_leaf(arr, rng, regime)


REGIMES = ['nice', 'nice', 'wide', 'special', 'bits', 'edge']


def build_body(rng, dt, n):
    """n elements of dt as bytes, with values chosen per leaf; sometimes a whole-buffer regime."""
    size = dt.itemsize * n
    r = rng.random()
    if r < 0.05:
        return bytes(size), 'zeros'
    if r < 0.09:
        text = b'The quick brown fox jumps over the lazy dog. 0123456789 NumPy! '
        return (text * (size // len(text) + 1))[:size], 'ascii'
    if r < 0.13:
        return bytes(rng.getrandbits(8) for _ in range(size)), 'noise'
    regime = rng.choice(REGIMES)
    arr = np.zeros(n, dtype=dt)  # a subarray dtype expands into trailing dimensions
    fill(arr, rng, regime)
    data = arr.tobytes()
    base = dt.subdtype[0] if dt.subdtype else dt
    if (base.kind, base.itemsize) in (('f', 16), ('c', 32)) and rng.random() < 0.5:
        data = randomize_ld_padding(rng, data, base)
    return data, regime


def randomize_ld_padding(rng, data, dt):
    """Bytes 10..15 of an x87 long double are padding numpy ignores: put junk there."""
    b = bytearray(data)
    big = dt.byteorder == '>'
    for start in range(0, len(b), 16):
        rng_pad = range(start, start + 6) if big else range(start + 10, start + 16)
        for i in rng_pad:
            b[i] = rng.getrandbits(8)
    return bytes(b)


# --------------------------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------------------------


def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


def gen_reshape(rng, a):
    size = a.size
    if size == 0:
        shape = rng.choice([[0], [0, 3], [2, 0], [-1, 0], [0, -1], [3, 0, 2], [1, 0]])
    else:
        ndim = wchoice(rng, [(1, 2), (2, 5), (3, 3), (4, 1)])
        shape, rem = [], size
        for i in range(ndim - 1):
            ds = divisors(rem)
            d = rng.choice(ds[: max(1, len(ds))])
            shape.append(d)
            rem //= d
        shape.append(rem)
        rng.shuffle(shape)
        if rng.random() < 0.4:
            shape[rng.randrange(len(shape))] = -1
        if rng.random() < 0.07:
            shape[rng.randrange(len(shape))] += rng.choice([1, 2, -1]) if size > 2 else 3
        if rng.random() < 0.02:
            shape = [-1, -1]
    order = wchoice(rng, [('', 4), (' C', 1), (' F', 3), (' A', 2)])
    return 'reshape ' + ','.join(map(str, shape)) + order


def gen_transpose(rng, a):
    nd = a.ndim
    r = rng.random()
    if r < 0.3:
        return 'T'
    if r < 0.5 or nd < 2:
        return 'transpose'
    axes = list(range(nd))
    rng.shuffle(axes)
    axes = [x - nd if rng.random() < 0.2 else x for x in axes]
    if rng.random() < 0.06:
        axes[0] = axes[-1] if nd > 1 else 5
    return 'transpose ' + ','.join(map(str, axes))


def fmt_slice(start, stop, step):
    s = ('' if start is None else str(start)) + ':' + ('' if stop is None else str(stop))
    if step is not None:
        s += ':' + str(step)
    return s


def gen_index(rng, a):
    dt = a.dtype
    if dt.names and rng.random() < 0.5:
        names = list(dt.names)
        if rng.random() < 0.15 and len(names) > 1:
            sel = rng.sample(names, rng.randint(1, len(names)))
            return '[[' + ', '.join(repr(x) for x in sel) + ']]', 'multifield'
        if rng.random() < 0.3:
            titled = [f[2] for f in dt.fields.values() if len(f) > 2 and isinstance(f[2], str)]
            if titled:
                return '[%r]' % rng.choice(titled), 'field-title'
        if rng.random() < 0.03:
            return "['nosuchfield']", 'field'
        return '[%r]' % rng.choice(names), 'field'
    nd = a.ndim
    comps = []
    n_idx = rng.randint(1, max(1, nd)) if nd else 1
    ell = nd >= 1 and rng.random() < 0.15
    kind = 'slice'
    for i in range(min(n_idx, max(nd, 1))):
        dim = a.shape[i] if i < nd else 1
        r = rng.random()
        if r < 0.25 and nd > 0:
            if dim == 0 or rng.random() < 0.03:
                comps.append(str(dim + rng.randint(0, 2)))
            else:
                comps.append(str(rng.randint(-dim, dim - 1)))
            kind = 'int'
        else:
            def bound():
                if rng.random() < 0.45:
                    return None
                return rng.randint(-dim - 2, dim + 2)
            step = None
            if rng.random() < 0.55:
                step = rng.choice([-1, -1, -2, -3, 2, 3, 1])
            comps.append(fmt_slice(bound(), bound(), step))
            if step and step < 0:
                kind = 'slice-neg'
    if ell:
        if rng.random() < 0.5:
            comps.insert(0, '...')
        else:
            comps.append('...')
        kind = 'ellipsis'
    if nd == 0:
        comps = ['...']
        kind = 'ellipsis'
    return '[' + ', '.join(comps) + ']', kind


class ViewPool:
    """Dtype spellings bucketed by itemsize, for view changes."""

    def __init__(self, rng):
        self.by_size = collections.defaultdict(list)
        for _ in range(700):
            d = gen_dtype(rng) if rng.random() < 0.45 else gen_scalar(rng)
            dt = try_dtype(d)
            if dt is not None and dt.itemsize and not dt.hasobject:
                self.by_size[dt.itemsize].append(d)

    def pick(self, rng, size):
        lst = self.by_size.get(size)
        return rng.choice(lst) if lst else None


def view_is_unambiguous(sess, a, target):
    """While only dtype changes have happened since the window was read, bytelens may treat
    `as DT` as a re-read of the window (frombuffer) rather than a.view(DT).  Allow it only
    where both give the same array."""
    if not sess.zone:
        return True
    if sess.win_offset != 0 or sess.win_count != -1 or sess.win_dt.subdtype or a.ndim != 1:
        return False
    t = try_dtype(target)
    if t is None or t.subdtype or not t.itemsize:
        return False
    s1, s2 = a.dtype.itemsize, t.itemsize
    return s2 >= s1 or s1 % s2 == 0


def gen_view(rng, a, pool):
    s = a.dtype.itemsize
    r = rng.random()
    if r < 0.45:
        want = s
    elif r < 0.7:
        ds = [d for d in divisors(s) if d < s] or [s]
        want = rng.choice(ds)
    elif r < 0.95:
        want = s * rng.choice([2, 2, 3, 4])
    else:
        want = rng.choice(list(pool.by_size))
    d = pool.pick(rng, want) or pool.pick(rng, s) or gen_scalar(rng)
    return rng.choice(['as', 'view']) + ' ' + d.full(), d


NUMERIC_TARGETS = ['<i1', 'u1', '<i2', '>i2', '<u2', '<i4', '>i4', 'uint32', '<i8', '>u8', 'f2',
                   '>f2', '<f4', '>f4', 'float32', '<f8', '>f8', 'float64', 'f16', 'g', '>g',
                   'c8', '>c8', '<c16', 'complex', 'c32', '?', 'bool', 'int', 'd', 'e', 'H']


def gen_astype(rng, a):
    t = rng.choice(NUMERIC_TARGETS)
    return 'astype ' + t


def gen_ops(rng, sess, pool, fams, ops_hist, max_ops):
    cmds = []
    for _ in range(max_ops):
        a = sess.a
        if not isinstance(a, np.ndarray):
            break  # a numpy scalar: stop here
        choices = [('reshape', 20), ('transpose', 12 if a.ndim >= 2 else 3), ('index', 22),
                   ('view', 16), ('byteorder', 7), ('byteswap', 6), ('copy', 7)]
        if a.dtype.kind in 'biufc' and not a.dtype.names:
            choices.append(('astype', 10))
        op = wchoice(rng, choices)
        tag = op
        if op == 'reshape':
            cmd = gen_reshape(rng, a)
            tag = 'reshape' + (cmd.split(' ')[2] if cmd.count(' ') == 2 else '')
        elif op == 'transpose':
            cmd = gen_transpose(rng, a)
            tag = 'transpose' if cmd != 'T' else 'T'
        elif op == 'index':
            cmd, tag = gen_index(rng, a)
            tag = 'index-' + tag
        elif op == 'view':
            for _ in range(20):
                cmd, d = gen_view(rng, a, pool)
                if view_is_unambiguous(sess, a, d):
                    break
            else:
                cmd, d = 'byteorder swap', DT('', [])
                tag = 'byteorder-swap'
            fams.update('view:' + f for f in d.families)
            if sess.zone:
                tag = 'view-on-window'
        elif op == 'byteorder':
            cmd = 'byteorder ' + rng.choice(['little', 'big', 'native', 'swap'])
            tag = cmd.replace(' ', '-')
        elif op == 'byteswap':
            cmd = 'byteswap'
        elif op == 'astype':
            cmd = gen_astype(rng, a)
        else:
            cmd = 'copy ' + rng.choice(['C', 'F'])
            tag = cmd.replace(' ', '-')
        cmds.append(cmd)
        ops_hist.append(tag)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                sess.command(cmd)
        except (Discard, UnsupportedScript):
            raise
        except Exception:
            ops_hist.append('op-error')
            break
    return cmds


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------


class Case:
    def __init__(self, data, script, tags, expected=None):
        self.data = data
        self.script = script
        self.tags = tags  # dict: families, ops, kinds
        self.expected = expected

    @property
    def needs_file(self):
        return '$FILE' in self.script

    def to_fixture(self):
        d = {'hex': self.data.hex(), 'script': self.script}
        e = self.expected
        if e.get('error'):
            d['error'] = True
            d['stage'] = e['stage']
        else:
            d.update({k: e[k] for k in ('repr', 'str', 'strides', 'shape')})
        return d


def leaf_kinds(dt):
    if dt.names:
        out = set()
        for n in dt.names:
            out |= leaf_kinds(dt.fields[n][0])
        return out | {'struct'}
    if dt.subdtype:
        return leaf_kinds(dt.subdtype[0]) | {'subarray'}
    k = dt.kind
    if k == 'f' and dt.itemsize == 2:
        return {'f2'}
    if k == 'f' and dt.itemsize == 16:
        return {'f16'}
    if k == 'c':
        return {'c%d' % dt.itemsize}
    return {k}


def gen_case(rng, pool, opts):
    """One case (maybe raising Discard)."""
    max_bytes = opts.get('max_bytes', 40000)
    allow_file = opts.get('allow_file', True)
    fams, ops = set(), []
    mode = wchoice(rng, [('normal', 82), ('invalid', 4), ('object', 1.2), ('raw', 3),
                         ('bytes', 3), ('big', 8)])
    if mode in ('invalid', 'object'):
        text = rng.choice(INVALID_DTYPES if mode == 'invalid' else OBJECT_DTYPES)
        data = bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 8, 16, 24, 48])))
        script = 'as ' + text
        if rng.random() < 0.3:
            script += '; reshape -1'
        return Case(data, script, {'families': {mode}, 'ops': ['as'], 'kinds': set()})
    if mode == 'raw':
        n = rng.choice([0, 1, 6, 12, 24, 40, 1200])
        body, regime = build_body(rng, np.dtype('u1'), n)
        sess = Session(body)
        cmds = gen_ops(rng, sess, pool, fams, ops, rng.randint(1, 4))
        return Case(body, '; '.join(cmds), {'families': fams | {'raw-u1'}, 'ops': ops,
                                            'kinds': {'u'}, 'regime': regime})
    d = gen_dtype(rng)
    dt = try_dtype(d)
    if dt is None or dt.hasobject:
        # numpy rejects this spelling: keep a few as error cases
        if rng.random() < 0.15:
            return Case(bytes(16), 'as ' + d.full(), {'families': d.families | {'invalid'},
                                                      'ops': ['as'], 'kinds': set()})
        raise Discard('unparsable dtype')
    fams |= d.families
    s = dt.itemsize
    if s == 0:
        return Case(bytes(8), 'as ' + d.full(), {'families': fams | {'itemsize0'},
                                                 'ops': ['as'], 'kinds': set()})
    if mode == 'big':
        per = max(1, math.prod(dt.shape))
        lo = 1001 // per + 1
        hi = max(lo, min(max_bytes // s, 3 * lo))
        n = rng.randint(lo, hi)
        if n * s > max_bytes:
            raise Discard('too big')
    else:
        n = wchoice(rng, [(0, 3), (1, 8), (2, 6), (3, 6), (4, 8), (5, 3), (6, 10), (8, 6),
                          (12, 8), (16, 4), (24, 5), (30, 3), (60, 3), (120, 2)])
        if n * s > max_bytes:
            n = max(1, max_bytes // s // 4)
    body, regime = build_body(rng, dt, n)
    kinds = leaf_kinds(dt)
    prefix = b''
    suffix = b''
    win = []
    r = rng.random()
    file_form = None
    if mode == 'bytes':
        if len(body) > 4096 or not body:
            raise Discard('too long for a command line, or empty')
        data = b'unused file bytes'
        hexcmd = 'bytes ' + body.hex()
        win = [hexcmd, 'as ' + d.full()]
        ops += ['bytes', 'as']
        body_data = body
    elif r < 0.55 or n == 0:
        if rng.random() < 0.04:
            suffix = bytes(rng.randint(1, s - 1)) if s > 1 else b''
        win = ['as ' + d.full()]
        ops.append('as')
    elif r < 0.68:
        # as; count k
        k = rng.randint(0, n) if rng.random() < 0.92 else n + rng.randint(1, 3)
        win = ['as ' + d.full(), 'count %d' % k]
        ops += ['as', 'count']
        if rng.random() < 0.3:
            # then the window's bytes under another dtype: a.view(DT)
            win.append('as ' + rng.choice(['u1', '<u2', '>i4', 'S%d' % s, '(2,)u1']))
            ops.append('as')
    elif r < 0.8:
        # as; offset p  (p a multiple of the itemsize so that the plain `as` succeeds)
        m = rng.randint(0, 3)
        prefix = bytes(rng.getrandbits(8) for _ in range(m * s))
        p = m * s if rng.random() < 0.93 else len(prefix) + len(body) + rng.randint(1, 9)
        win = ['as ' + d.full(), 'offset %d' % p]
        ops += ['as', 'offset']
    elif r < 0.9 or not allow_file:
        # as; count k; offset p  (misaligned offsets allowed: count fixes the size)
        p = rng.randint(0, 2 * s + 3)
        prefix = bytes(rng.getrandbits(8) for _ in range(p))
        tot = p + len(body)
        suffix = bytes(rng.getrandbits(8) for _ in range((-tot) % s))
        k = rng.randint(0, n) if rng.random() < 0.9 else n + 1
        win = ['as ' + d.full(), 'count %d' % k, 'offset %d' % p]
        ops += ['as', 'count', 'offset']
        if rng.random() < 0.3:
            win.append('as ' + rng.choice(['u1', '>u2', '<f4', 'V%d' % s]))
            ops.append('as')
    else:
        p = rng.randint(0, 2 * s + 3)
        prefix = bytes(rng.getrandbits(8) for _ in range(p))
        suffix = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, s)))
        k = rng.randint(0, n) if rng.random() < 0.9 else n + 1
        cmd = '$FILE as ' + d.full()
        if p or rng.random() < 0.5:
            cmd += ' at %d' % p
        if rng.random() < 0.85:
            cmd += ' count %d' % k
        elif (len(prefix) + len(body) + len(suffix) - p) % s:
            suffix = b''
        win = ['load ' + cmd]
        ops.append('load')
    if mode != 'bytes':
        data = prefix + body + suffix
    sess = Session(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            for c in win:
                sess.command(c)
        ok = True
    except (Discard, UnsupportedScript):
        raise
    except Exception:
        ok = False
        ops.append('op-error')
    cmds = list(win)
    if ok:
        nops = wchoice(rng, [(0, 3), (1, 4), (2, 4), (3, 3), (4, 2), (5, 1)])
        if mode == 'big':
            nops = max(nops, 1) if rng.random() < 0.7 else nops
        cmds += gen_ops(rng, sess, pool, fams, ops, nops)
    return Case(data, '; '.join(cmds), {'families': fams, 'ops': ops, 'kinds': kinds,
                                        'regime': regime})


CURATED = [
    # (numpy-built bytes, script) -- the documented examples, fixed so they are always run
    (np.array([1., 2.5, -3.25]), 'as <f8'),
    (np.array([0.1, 1 / 3]), 'as float64'),
    (np.array([1e15, 1.5]), 'as d'),
    (np.array([1e-4, 1.]), 'as <f8'),
    (np.array([1., 999.]), 'as <f8'),
    (np.array([1., 1001.]), 'as <f8'),
    (np.array([np.nan, np.inf, -np.inf, 1.5]), 'as <f8'),
    (np.array([-0., 0.]), 'as <f8'),
    (np.array([1 / 3, 2], 'f4'), 'as <f4'),
    (np.array([0.1, 1, 65504], 'f2'), 'as f2'),
    (np.array([1 + 2j, -3.5 - 0.25j, 0]), 'as <c16'),
    (np.array([1, -20, 300], 'i4'), 'as <i4'),
    (np.array([1, 256, -2], '<i4'), 'as <i4; byteswap'),
    (np.array([1, 256, -2], '<i4'), 'as <i4; byteorder big'),
    (np.array([1, 256, -2], '<i4'), 'as <i4; astype >i4'),
    (np.array([b'abc', b'', b'\x00\xffz', b"it's", b'a\nb'], 'S4'), 'as S4'),
    (np.frombuffer(b'\x00\x01\x7f\x80\xff\x41', 'V3'), 'as V3'),
    (np.array(['2020-01-01', 'NaT', '1969-12-31'], 'M8[D]'), 'as M8[D]'),
    (np.array([(1, 2.5, b'ab', True), (-3, np.nan, b'', False)], 'i4,f8,S2,?'), 'as i4,f8,S2,?'),
    (np.arange(1001), 'as <i8'),
    # `as` keeps the bytes a window spans: frombuffer(b, '<i4', 2).view('u1') has 8 bytes
    (np.arange(3, dtype='<i4'), 'as <i4; count 2; as u1'),
    (np.arange(4, dtype='<i2'), 'as <i2; count 3; offset 2; as >u2'),
    (np.arange(4, dtype='<i2'), 'as <i2; count 3; as <i4'),
    (np.arange(12), 'as <i8; reshape 2,2,3'),
    (np.arange(6, dtype='<i4'), 'as <i4; reshape 2,3 F'),
    (np.arange(6, dtype='<i4'), 'as <i4; reshape 2,3; T'),
    (np.arange(24, dtype='<i2'), 'as <i2; reshape 2,3,4 F'),
    (np.arange(24, dtype='u1'), 'reshape 4,6; view <u2'),
    (np.arange(24, dtype='u1'), 'reshape 4,6; view <i4'),
    (np.arange(24, dtype='u1'), 'reshape 4,6; T; view <u2'),
    (np.arange(24, dtype='u1'), 'as (2,)u2'),
    (np.zeros(3, np.dtype('u1,f8,i2', align=True)), 'as u1,f8,i2 aligned'),
    (np.zeros(3, np.dtype('u1,f8,i2', align=True)), 'as u1,f8,i2'),
    (np.arange(10, dtype='u1'), 'as <i4'),
    (np.arange(10, dtype='u1'), 'as <i2; offset 11'),
    (np.arange(10, dtype='u1'), 'as <i2; count 6'),
    (np.arange(6, dtype='<i4'), 'as <i4; reshape 4,2'),
    (np.arange(6, dtype='<i4'), 'as <i4; reshape -1,-1'),
    (np.arange(6, dtype='<i4'), 'as <i4; reshape 2,3; transpose 0,0'),
    (np.arange(6, dtype='<i4'), 'as <i4; [0]'),
    (np.arange(6, dtype='<i4'), 'as <i4; [..., 0]'),
    (np.arange(6, dtype='<i4'), 'as <i4; [::-1]'),
    (np.arange(6, dtype='<i4'), 'as <i4; [4:1]'),
    (np.arange(3000, dtype='<f4') / 7, 'as <f4; reshape 30,-1'),
    (np.arange(2000, dtype='<i2'), 'as >i2; reshape 10,10,20 F'),
    (np.array([1.5], 'g'), 'as g; [0]'),
    (np.array([1.5 + 2j], 'G'), 'as G'),
    (np.array([True, False]), 'as ?; [1]'),
    (np.zeros(2, [('a', '<i4'), ('b', '<f8')]), "as [('a','<i4'),('b','<f8')]; [0]"),
    (np.array(['2020-01-01T12:00'], 'M8[m]'), 'as M8[m]; [0]'),
    (np.array([5, -1, -2**63], 'i8'), 'as m8[5s]'),
    (np.array([5, -2**63], 'i8'), 'as M8'),
    (np.array([-2**63], 'i8'), 'as M8'),
    (np.array([-2**63, 7], 'i8'), 'as m8'),
    (np.array([0, 1], 'i8'), "as M8[s/2]"),
    (np.frombuffer(b'abcdefgh', 'u1'), 'as O'),
    (np.frombuffer(b'abcdefgh', 'u1'), 'as S0'),
    (np.frombuffer(b'abcdefgh', 'u1'), "as {'names':['a','b'],'formats':['<i4','>f8'],"
                                       "'offsets':[0,8],'itemsize':24}"),
    (np.zeros(2, {'names': ['a', 'b'], 'formats': ['<i4', '>f8'], 'offsets': [0, 8],
                  'itemsize': 24}),
     "as {'names':['a','b'],'formats':['<i4','>f8'],'offsets':[0,8],'itemsize':24}"),
    (np.zeros(2, [(('title', 'name'), '<i4')]), "as [(('title','name'),'<i4')]; ['title']"),
    (np.zeros(2, [('a', '<i2', (2, 3))]), "as [('a','<i2',(2,3))]"),
    (np.zeros(2, [('a', '<i2', (2, 3))]), "as [('a','<i2',(2,3))]; ['a']"),
    (np.array(['ab', 'c\u00e9', '\U0001F600'], '<U2'), 'as <U2'),
    (np.array(['ab', 'c\u00e9'], '>U3'), 'as >U3; [::-1]'),
    (np.array([1, 2, 3], 'i4'), 'as <i4; astype f2'),
]


def curated_cases():
    out = []
    for arr, script in CURATED:
        if arr.dtype.kind in 'fc' and arr.dtype.itemsize in (16, 32):
            raw = arr.view('u1').reshape(-1, 16).copy()
            raw[:, 10:] = 0  # uninitialised x87 padding
            data = raw.tobytes()
        else:
            data = arr.tobytes()
        out.append(Case(data, script, {'families': {'curated'}, 'ops': [], 'kinds': set()}))
    return out


def generate(n, seed=DEFAULT_SEED, opts=None, include_curated=True):
    """n cases (curated ones first), deterministic for a seed; each has .expected."""
    opts = opts or {}
    pool = ViewPool(random.Random('pool-%s' % seed))
    cases = []
    if include_curated:
        for c in curated_cases():
            c.expected = evaluate(c.data, c.script)
            cases.append(c)
    i = 0
    while len(cases) < n:
        attempt = 0
        while True:
            rng = random.Random('%s-%d-%d' % (seed, i, attempt))
            attempt += 1
            try:
                c = gen_case(rng, pool, opts)
                if not opts.get('allow_file', True) and c.needs_file:
                    continue
                c.expected = evaluate(c.data, c.script)
                break
            except Discard:
                continue
        cases.append(c)
        i += 1
    return cases[:n]


def histogram(cases):
    h = {k: collections.Counter() for k in ('families', 'kinds', 'ops', 'outcome', 'regime')}
    for c in cases:
        t = c.tags
        h['families'].update(t.get('families', ()))
        h['kinds'].update(t.get('kinds', ()))
        h['ops'].update(t.get('ops', ()))
        if 'regime' in t:
            h['regime'][t['regime']] += 1
        e = c.expected
        if e.get('error'):
            h['outcome']['error-' + e['stage']] += 1
        else:
            h['outcome']['ok'] += 1
            shape = e['shape']
            if shape == '()':
                h['outcome']['0-d/scalar' if e['repr'].startswith('np.') else '0-d array'] += 1
            if '0,' in shape.replace(' ', '') + ',' and shape != '()' and (
                    '(0' in shape or ' 0' in shape):
                h['outcome']['empty'] += 1
            if 'shape=' in e['repr'] and '...' in e['repr']:
                h['outcome']['summarised'] += 1
            nd = shape.count(',') if shape != '()' else 0
            if shape.endswith(',)'):
                nd = 1
            elif shape != '()':
                nd = shape.count(',') + 1
            h['outcome']['ndim=%d' % nd] += 1
    return h


def print_histogram(cases, out=sys.stdout):
    h = histogram(cases)
    for k, cnt in h.items():
        print('== %s' % k, file=out)
        for name, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
            print('  %-28s %6d' % (name, v), file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cases', type=int, default=2000)
    ap.add_argument('--seed', default=DEFAULT_SEED)
    ap.add_argument('--show', type=int, default=0, help='print the first N scripts')
    args = ap.parse_args(argv)
    cases = generate(args.cases, args.seed)
    for c in cases[: args.show]:
        print(repr(c.script), '->', 'ERROR' if c.expected.get('error') else c.expected['shape'])
    print_histogram(cases)


if __name__ == '__main__':
    main()
