#!/usr/bin/env python3
"""Differential tests of bytelens's file formats against numpy and the real dump tools.

    python3 Tests/numpy/npy_roundtrip.py .build/debug/bytelens [--show 20] [--only load,save]

Checks, each a numbered case:

  load      np.save of every dtype family (both byte orders, structured packed/aligned/titled/
            nested/subarray, S/U/V, datetime, long double, complex), F-order, 0-d, empty,
            summarised: `load FILE` prints repr and str exactly as numpy prints np.load(FILE),
            with numpy's shape and strides in `info`.
  npz       the same arrays through np.savez and np.savez_compressed: `load A.npz` lists every
            member, `load A.npz:NAME` prints as np.load(A)[NAME].
  errors    malformed .npy files (bad magic, version, header, keys, shape, descr, object
            arrays, short data, over-long header) make bytelens exit 1 with one `error:` line.
  save      `save OUT.npy` writes the bytes np.save writes for the same array; with order F,
            after T or byteorder swap, np.load(OUT) equals the array; `save raw` is tobytes(),
            `save meta` the tutorial's header; an existing file is refused without `save!`.
  export    `export numpy` code, run here, rebuilds the view (same repr and tobytes);
            `export c` compiles with cc; `export struct` unpacks every element as numpy reads
            it; `export json` loads as the values of a.tolist().
  dumps     a binary file dumped by xxd (several options), hexdump -C, hd, hexdump (also -c),
            od (-x, -A x -t x1z, default, -b, -c and -t x1 with each -A), hexyl (its border,
            none, ascii; with and without colour; when installed), base64, xxd -i, gdb x/…xb
            (when installed), Python repr/bytearray/escaped strings and Python sessions reads
            back to the same bytes through `load DUMP as text` and through `paste` on standard
            input, and so does each with Windows line endings (CRLF, also pasted) and old Mac
            ones (a lone CR).

The last line is `N passed, M failed`; the exit status is 0 only when nothing failed.
"""

import argparse
import ast
import io
import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile

import warnings

import numpy as np

warnings.simplefilter('ignore')

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


class Runner:
    def __init__(self, binary, show):
        self.binary = binary
        self.show = show
        self.passed = 0
        self.failures = []

    def run(self, args, stdin=None, cwd=None):
        env = dict(os.environ, NO_COLOR='1', TERM='dumb')
        try:
            proc = subprocess.run([self.binary] + args, input=stdin, capture_output=True,
                                  timeout=20, env=env, cwd=cwd)
        except subprocess.TimeoutExpired:
            return 124, '', 'timeout'
        return (proc.returncode, proc.stdout.decode('utf-8', 'replace'),
                proc.stderr.decode('utf-8', 'replace'))

    def check(self, name, ok, detail=''):
        if ok:
            self.passed += 1
        else:
            self.failures.append((name, detail))
        return ok


# ---------------------------------------------------------------------------------------------
# Arrays of every dtype family

def arrays():
    rng = np.random.default_rng(20261126)
    out = {}

    def add(name, a):
        out[name] = a

    add('bool', rng.integers(0, 2, 7).astype(bool))
    for kind in 'iu':
        for size in (1, 2, 4, 8):
            info = np.iinfo('%s%d' % (kind, size))
            values = list(rng.integers(info.min, info.max, 5, endpoint=True, dtype='%s%d' % (kind, size)))
            values += [info.min, info.max]
            for order in '<>':
                add('%s%s%d' % ('le' if order == '<' else 'be', kind, size),
                    np.array(values, dtype='%s%s%d' % (order, kind, size)))
    specials = [0.0, -0.0, 1.5, -2.25, 1e-5, 3.4e38, float('inf'), float('-inf'), float('nan')]
    for size in (2, 4, 8):
        for order in '<>':
            add('%sf%d' % ('le' if order == '<' else 'be', size),
                np.array(specials + list(rng.standard_normal(4) * 100), dtype='%sf%d' % (order, size)))
    add('longdouble', np.array([1.5, -2.0, 1e300, float('nan')], dtype='g'))
    add('longdouble_be', np.array([1.5, -2.0, 1 / 3], dtype='>g'))
    for size in (8, 16, 32):
        for order in '<>':
            add('%sc%d' % ('le' if order == '<' else 'be', size),
                np.array([1 + 2j, -0.5j, complex('nan+1j'), 3.25], dtype='%sc%d' % (order, size)))
    add('bytes', np.array([b'abc', b'', b"it's", b'a\nb\x00\xff', b'"q"'], dtype='S5'))
    add('unicode', np.array(['é', 'ab', '😀x', 'q"\''], dtype='<U3'))
    add('unicode_be', np.array(['zé', 'ω'], dtype='>U2'))
    add('void', np.frombuffer(bytes(range(12)), dtype='V4'))
    add('datetime_day', np.array(['2020-01-01', 'NaT', '1969-12-31'], dtype='M8[D]'))
    add('datetime_ms', np.array(['2021-06-01T12:30:00.250', 'NaT'], dtype='M8[ms]'))
    add('datetime_be', np.array(['2000-02-29'], dtype='>M8[D]'))
    add('timedelta', np.array([5, -3, 'NaT'], dtype='m8[5s]'))
    records = [('id', '<i4'), ('value', '<f8'), ('flag', '?')]
    rows = [(1, 0.5, True), (2, -1.25, False), (3, math.pi, True)]
    add('records', np.array(rows, dtype=records))
    add('records_aligned', np.array(rows, dtype=np.dtype(records, align=True)))
    add('records_big', np.array(rows, dtype=[('id', '>i4'), ('value', '>f8'), ('flag', '?')]))
    nested = np.dtype([(('Title', 'a'), '<i4', (2,)), ('n', [('x', '>f4'), ('y', 'u1')]),
                       ('s', 'S3'), ('u', '<U2')])
    add('records_nested', np.array([([1, 2], (0.5, 7), b'ab', 'xy'), ([3, 4], (-1, 8), b'', 'é')],
                                   dtype=nested))
    gaps = np.zeros(2, dtype={'names': ['a', 'b'], 'formats': ['<i2', '<f8'],
                              'offsets': [0, 8], 'itemsize': 24})
    gaps['a'], gaps['b'] = [1, 3], [2.5, -1]
    add('records_offsets', gaps)
    add('records_unicode_name', np.array([(1, 2)], dtype=[('é', '<i2'), ('ж', 'u1')]))
    add('f_order_2d', np.asfortranarray(np.arange(12.0).reshape(3, 4)))
    add('f_order_3d', np.asfortranarray(np.arange(24, dtype='>i2').reshape(2, 3, 4)))
    add('c_order_3d', np.arange(24, dtype='<u4').reshape(2, 3, 4))
    add('zero_d', np.array(3.25))
    add('zero_d_record', np.array((7, 0.5, False), dtype=records))
    add('empty', np.zeros(0, dtype='<f4'))
    add('empty_0x3', np.zeros((0, 3), dtype='<i8'))
    add('empty_3x0_f', np.asfortranarray(np.zeros((3, 0), dtype='>i2')))
    add('large', rng.standard_normal(1200).astype('<f4'))
    add('large_2d', rng.integers(-1000, 1000, (40, 50)).astype('<i4'))
    return out


def npy_bytes(a):
    f = io.BytesIO()
    np.save(f, a)
    return f.getvalue()


def same_array(a, b):
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def info_lines(text):
    return text.splitlines()


def split3(out):
    parts = out.split('\n@@\n', 2)
    return parts if len(parts) == 3 else None


PRINT = 'repr; echo @@; show; echo @@; info'


def check_print(r, name, args, expected):
    rc, out, err = r.run(args)
    if rc != 0:
        return r.check(name, False, 'exit %d: %s' % (rc, err.strip()[:300]))
    parts = split3(out)
    if parts is None:
        return r.check(name, False, 'no @@ separators: ' + out[:300])
    got_repr, got_str, got_info = parts
    want_repr, want_str = repr(expected), str(expected)
    if got_repr != want_repr:
        return r.check(name, False, 'repr differs:\n  numpy:    %r\n  bytelens: %r' % (want_repr, got_repr))
    if got_str != want_str:
        return r.check(name, False, 'str differs:\n  numpy:    %r\n  bytelens: %r' % (want_str, got_str))
    lines = info_lines(got_info)
    for line in ('shape: %s' % (expected.shape,), 'strides: %s' % (expected.strides,)):
        if line not in lines:
            return r.check(name, False, 'info lacks %r: %r' % (line, lines[:4]))
    return r.check(name, True)


# ---------------------------------------------------------------------------------------------
# Checks

def check_load(r, tmp, arrs):
    for name, a in arrs.items():
        path = os.path.join(tmp, name + '.npy')
        with open(path, 'wb') as f:
            f.write(npy_bytes(a))
        check_print(r, 'load %s' % name, [path, '-c', PRINT], np.load(path))
    # Format versions 2.0 and 3.0 written on request (np.save picks them only for long or
    # non-Latin-1 headers).
    for version in ((2, 0), (3, 0)):
        for name in ('records_nested', 'f_order_3d', 'zero_d'):
            path = os.path.join(tmp, '%s-v%d.npy' % (name, version[0]))
            with open(path, 'wb') as f:
                np.lib.format.write_array(f, arrs[name], version=version)
            check_print(r, 'load version %d.0 %s' % (version[0], name), [path, '-c', PRINT],
                        np.load(path))


def check_npz(r, tmp, arrs):
    for compressed in (False, True):
        path = os.path.join(tmp, 'all-%s.npz' % ('compressed' if compressed else 'stored'))
        (np.savez_compressed if compressed else np.savez)(path, **arrs)
        loaded = np.load(path)
        rc, out, err = r.run(['-c', 'load ' + path])
        lines = out.splitlines()
        ok = rc == 0 and len(lines) == len(arrs) + 2
        for name, a in arrs.items():
            row = [ln for ln in lines if ln.split()[:1] == [name]]
            if not row or str(loaded[name].shape) not in row[0]:
                ok = False
        r.check('npz listing %s' % os.path.basename(path), ok, out[:400] + err[:200])
        for name in arrs:
            check_print(r, 'npz %s %s' % ('compressed' if compressed else 'stored', name),
                        ['-c', 'load %s:%s; %s' % (path, name, PRINT)], loaded[name])


def malformed_files():
    good_header = "{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }"

    def npy(header, version=1, data=b'\0' * 12):
        body = header.encode('latin1')
        size = 2 if version == 1 else 4
        total = -(-(6 + 2 + size + len(body) + 1) // 64) * 64
        body += b' ' * (total - 6 - 2 - size - len(body) - 1) + b'\n'
        length = struct.pack('<H' if size == 2 else '<I', len(body))
        return b'\x93NUMPY' + bytes([version, 0]) + length + body + data

    f = io.BytesIO()
    np.save(f, np.array([{'a': 1}, None], dtype=object), allow_pickle=True)
    many = np.dtype([('field_%04d' % i, '<i4') for i in range(600)])
    g = io.BytesIO()
    np.save(g, np.zeros(1, dtype=many))
    huge = np.dtype([('a_rather_long_field_name_%05d' % i, '<i4') for i in range(2000)])
    h = io.BytesIO()
    np.save(h, np.zeros(1, dtype=huge))  # a 2.0 file: the header passes 65535 bytes
    return {
        'version 4': npy(good_header)[:6] + b'\x04\x00' + npy(good_header)[8:],
        'not a literal': npy("{'descr': '<i4' 'fortran_order': False}"),
        'not a dict': npy("['descr', '<i4']"),
        'wrong keys': npy("{'descr': '<i4', 'order': False, 'shape': (3,), }"),
        'bad shape': npy("{'descr': '<i4', 'fortran_order': False, 'shape': (3.5,), }"),
        'bad fortran_order': npy("{'descr': '<i4', 'fortran_order': 'no', 'shape': (3,), }"),
        'bad descr': npy("{'descr': '<i3', 'fortran_order': False, 'shape': (3,), }"),
        'object array': f.getvalue(),
        'short data': npy(good_header, data=b'\0' * 10),
        'cut header': npy(good_header)[:40],
        'header over 10000': g.getvalue(),
        'version 2 header over 65535': h.getvalue(),
    }


def check_errors(r, tmp):
    # Recognised by its magic: a file without it is raw bytes, an archive member must have it.
    path = os.path.join(tmp, 'not-npy.npy')
    open(path, 'wb').write(b'\x93NUMPZ\x01\x00' + bytes(8))
    rc, out, err = r.run(['-c', 'load %s; info' % path])
    r.check('error bad magic: raw bytes', rc == 0 and 'dtype: |u1' in out, out + err)
    archive = os.path.join(tmp, 'bad-member.npz')
    import zipfile
    with zipfile.ZipFile(archive, 'w') as z:
        z.writestr('x.npy', b'\x93NUMPZ\x01\x00' + bytes(8))
    rc, out, err = r.run(['-c', 'load %s:x' % archive])
    r.check('error bad magic in an archive', rc == 1 and 'not a .npy file' in err, err)
    for name, data in malformed_files().items():
        path = os.path.join(tmp, 'bad-%s.npy' % name.replace(' ', '-'))
        with open(path, 'wb') as f:
            f.write(data)
        try:
            np.load(path)
            numpy_fails = False
        except Exception:
            numpy_fails = True
        rc, out, err = r.run(['-c', 'load %s; show' % path])
        lines = err.splitlines()
        ok = (numpy_fails and rc == 1 and out == '' and lines and lines[0].startswith('error: ')
              and len(lines) <= 2)
        if name == 'short data':
            ok = ok and '12 bytes' in err and '10' in err
        r.check('error %s' % name, ok, 'numpy fails: %s, exit %d, stderr %r' % (numpy_fails, rc, err))


def check_save(r, tmp, arrs):
    for name, a in arrs.items():
        src = os.path.join(tmp, name + '.npy')
        loaded = np.load(src)
        out = os.path.join(tmp, 'saved-%s.npy' % name)
        rc, _, err = r.run([src, '-c', 'save! %s' % out])
        ok = rc == 0 and open(out, 'rb').read() == npy_bytes(loaded)
        r.check('save npy %s' % name, ok, err.strip()[:300] or 'file differs from np.save')
        if loaded.ndim >= 2:
            rc, _, err = r.run([src, '-c', 'save! %s order F' % out])
            b = np.load(out) if rc == 0 else None
            ok = b is not None and np.array_equal(b.view('u1') if b.dtype.names else b, (loaded.view('u1') if loaded.dtype.names else loaded), equal_nan=b.dtype.kind in 'fc') and b.flags.f_contiguous and b.dtype == loaded.dtype
            r.check('save npy order F %s' % name, ok, err.strip()[:300])
            rc, _, err = r.run([src, '-c', 'T; save! %s' % out])
            ok = rc == 0 and open(out, 'rb').read() == npy_bytes(loaded.T)
            r.check('save npy after T %s' % name, ok, err.strip()[:300])
        if loaded.dtype.byteorder in '<>':
            rc, _, err = r.run([src, '-c', 'byteorder swap; save! %s' % out])
            want = loaded.view(loaded.dtype.newbyteorder('S'))
            ok = rc == 0 and open(out, 'rb').read() == npy_bytes(want)
            r.check('save npy byteorder swap %s' % name, ok, err.strip()[:300])
        raw = os.path.join(tmp, 'saved-%s.bin' % name)
        for order in ('C', 'F'):
            rc, _, err = r.run([src, '-c', 'save! %s raw order %s' % (raw, order)])
            ok = rc == 0 and open(raw, 'rb').read() == loaded.tobytes(order=order)
            r.check('save raw %s %s' % (order, name), ok, err.strip()[:300])
        rc, _, err = r.run([src, '-c', 'save! %s meta' % raw])
        ok = False
        if rc == 0:
            data = open(raw, 'rb').read()
            n = struct.unpack('I', data[:4])[0]
            text = data[4:4 + n].decode()
            ndim = struct.unpack('I', data[4 + n:8 + n])[0]
            shape = struct.unpack('%dI' % ndim, data[8 + n:8 + n + 4 * ndim])
            dtype = np.dtype(ast.literal_eval(text)) if text[:1] in '[{(' else np.dtype(text)
            b = np.frombuffer(data[8 + n + 4 * ndim:], dtype=dtype).reshape(shape)
            ok = b.tobytes() == loaded.tobytes() and b.shape == loaded.shape and dtype.itemsize == loaded.dtype.itemsize
            rc2, out2, err2 = r.run(['-c', 'load %s; tobytes' % raw])
            ok = ok and rc2 == 0 and ast.literal_eval(out2.splitlines()[0]) == loaded.tobytes()
        r.check('save meta %s' % name, ok, err.strip()[:300])
    # Refusals: an existing file without '!', and the file being read.
    src = os.path.join(tmp, 'records.npy')
    out = os.path.join(tmp, 'exists.bin')
    open(out, 'wb').write(b'keep')
    rc, _, err = r.run([src, '-c', 'save %s' % out])
    r.check('save refuses to overwrite', rc == 1 and open(out, 'rb').read() == b'keep'
            and 'already exists' in err, err)
    rc, _, err = r.run([src, '-c', 'save! %s' % src])
    r.check('save refuses the file it reads', rc == 1 and 'reading from it' in err
            and np.load(src).shape == (3,), err)


EXPORT_SCRIPTS = {
    'c_order_3d': ['', 'T', '[1:, ::-2]', 'reshape 4,-1 F', 'transpose 1,0,2', 'as u1',
                   'byteorder swap', 'byteswap', 'astype f4', 'copy F', 'offset 128; count 6'],
    'records': ['', "['value']", '[::-1]', 'as V13', "[['flag', 'id']]"],
    'records_nested': ['', "['n']", "['n']; ['x']"],
    'f_order_2d': ['', 'T', '[0]', 'reshape 2,6 A'],
    'zero_d': [''],
    'bef8': ['', 'byteorder little', 'as >u8'],
    'datetime_day': ['', 'as <i8'],
}
EXTRA_EXPORTS = [
    'bytes 00 00 80 3f 00 00 00 40; as <f4',
    'bytes 00010203 04050607; as >u2; reshape 2,2 F',
    'array [[1, 2, 3], [4, 5, 6]] as i4 order F',
    'array [1.5, nan, -inf] as >f8',
    "array [(1, 0.5, True)] as [('id','<i4'),('value','<f8'),('flag','?')] aligned",
    'load samples/matrix-with-header.bin',
    'load samples/matrix-with-header.bin; T',
    'load samples/grid-f-order.bin as <i8; reshape 2,3 F',
    'load samples/records.bin as [(\'id\',\'<i4\'),(\'value\',\'<f8\'),(\'flag\',\'?\')]; [1:]',
]


def check_export_numpy(r, tmp, arrs):
    jobs = []
    for name, scripts in EXPORT_SCRIPTS.items():
        src = os.path.join(tmp, name + '.npy')
        for script in scripts:
            jobs.append(('%s: %s' % (name, script or 'load'), [src], script))
    for member in ('records', 'c_order_3d'):
        for kind in ('stored', 'compressed'):
            jobs.append(('npz %s %s' % (kind, member), [], 'load %s:%s' % (
                os.path.join(tmp, 'all-%s.npz' % kind), member)))
            jobs.append(('npz raw %s %s' % (kind, member), [], 'load %s:%s as u1 at 128' % (
                os.path.join(tmp, 'all-%s.npz' % kind), member)))
    for script in EXTRA_EXPORTS:
        jobs.append((script, [], script))
    for name, args, script in jobs:
        full = (script + '; ' if script else '') + 'tobytes; echo @@; repr; echo @@; export numpy'
        rc, out, err = r.run(args + ['-c', full], cwd=ROOT)
        parts = split3(out) if rc == 0 else None
        if parts is None:
            r.check('export numpy %s' % name, False, 'exit %d: %s %s' % (rc, err[:300], out[:200]))
            continue
        got_bytes = ast.literal_eval(parts[0].splitlines()[0])
        got_repr = parts[1].rstrip('\n')
        scope = {}
        try:
            cwd = os.getcwd()
            os.chdir(ROOT)
            try:
                exec(parts[2], scope)
            finally:
                os.chdir(cwd)
            a = scope['a']
            ok = repr(a) == got_repr and np.asarray(a).tobytes() == got_bytes
            detail = 'numpy gives %r\nbytelens %r\ncode:\n%s' % (repr(a), got_repr, parts[2])
        except Exception as e:
            ok, detail = False, 'the code fails: %s\n%s' % (e, parts[2])
        r.check('export numpy %s' % name, ok, detail)


def struct_values(value):
    """a[i].item() flattened the way a struct format reads it."""
    if isinstance(value, tuple):
        out = []
        for v in value:
            out += struct_values(v)
        return out
    if isinstance(value, list):
        out = []
        for v in value:
            out += struct_values(v)
        return out
    if isinstance(value, complex):
        return [value.real, value.imag]
    return [value]


def same_values(xs, ys):
    if len(xs) != len(ys):
        return False
    for x, y in zip(xs, ys):
        if isinstance(x, float) and isinstance(y, float):
            if not (x == y or (math.isnan(x) and math.isnan(y))):
                return False
        elif x != y:
            return False
    return True


def check_export_c_struct_json(r, tmp, arrs):
    cc = shutil.which('cc') or shutil.which('gcc') or shutil.which('clang')
    for name, a in arrs.items():
        src = os.path.join(tmp, name + '.npy')
        loaded = np.load(src)
        # C
        rc, out, err = r.run([src, '-c', 'export c'])
        if cc and rc == 0:
            cfile = os.path.join(tmp, 'export-%s.c' % name)
            open(cfile, 'w').write(out)
            proc = subprocess.run([cc, '-std=c11', '-Wall', '-Werror', '-fsyntax-only', cfile],
                                  capture_output=True, text=True)
            r.check('export c %s' % name, proc.returncode == 0, out + proc.stderr)
        else:
            r.check('export c %s' % name, cc is None and rc == 0, err)
        # struct
        rc, out, err = r.run([src, '-c', 'export struct'])
        if rc == 0:
            fmt = ast.literal_eval(out.splitlines()[0])
            ok = struct.calcsize(fmt) == loaded.dtype.itemsize
            simple = loaded.dtype.names is None and loaded.dtype.kind in 'biufc' and loaded.dtype.itemsize <= 16 and loaded.dtype.char not in 'gG'
            if ok and loaded.dtype.names:
                kinds = [loaded.dtype.fields[n][0].base.kind for n in loaded.dtype.names]
                simple = all(k in 'biufc' for k in kinds) and all(
                    loaded.dtype.fields[n][0].base.char not in 'gG' and loaded.dtype.fields[n][0].names is None
                    for n in loaded.dtype.names)
            if ok and simple:
                flat = loaded.reshape(-1)
                for index in range(min(20, flat.size)):
                    element = flat[index]
                    # A slice keeps the byte order; a numpy scalar is always native.
                    got = list(struct.unpack(fmt, flat[index:index + 1].tobytes()))
                    want = struct_values(element.item() if loaded.dtype.names is None else tuple(
                        element[n].tolist() for n in loaded.dtype.names))
                    if not same_values(got, [float(w) if isinstance(g, float) else w for g, w in zip(got, want)]):
                        ok = False
                        break
            r.check('export struct %s' % name, ok, out + err)
        else:
            # Mixed byte orders and overlapping fields have no struct format.
            r.check('export struct %s' % name, rc == 1 and err.startswith('error: '), err)
        # JSON
        rc, out, err = r.run([src, '-c', 'export json'])
        try:
            got = json.loads(out)
            want = json_value(loaded.tolist(), loaded.dtype)
            ok = rc == 0 and json_equal(got, want)
        except Exception as e:
            ok, got, want = False, str(e), None
        r.check('export json %s' % name, ok, 'bytelens %r\nwanted %r %s' % (str(got)[:300], str(want)[:300], err))


def json_value(value, dtype):
    """a.tolist() in the JSON conventions bytelens documents."""
    base = dtype.base if dtype.subdtype else dtype
    if isinstance(value, np.ndarray):  # tolist() leaves subarray fields of records as arrays
        value = value.tolist()
    if isinstance(value, list):
        return [json_value(v, dtype) for v in value]
    if base.names:
        return {n: json_value(v, base.fields[n][0]) for n, v in zip(base.names, value)}
    if base.kind == 'c':
        return [float(value.real), float(value.imag)]
    if base.kind == 'S':
        return value.decode('latin1')
    if base.kind == 'V':
        return bytes(value).decode('latin1')
    if base.kind == 'M':
        return None if value is None else str(np.datetime64(value, np.datetime_data(base)[0]))
    if base.kind == 'm':
        return None if np.isnat(np.timedelta64(value) if value is not None else np.timedelta64('NaT')) else int(np.array(value, dtype=base).view('i8'))
    if base.kind == 'f':
        return float(value)
    return value


def json_equal(x, y):
    if isinstance(x, float) and isinstance(y, float):
        return x == y or (math.isnan(x) and math.isnan(y))
    if isinstance(x, list) and isinstance(y, list):
        return len(x) == len(y) and all(json_equal(a, b) for a, b in zip(x, y))
    if isinstance(x, dict) and isinstance(y, dict):
        return x.keys() == y.keys() and all(json_equal(x[k], y[k]) for k in x)
    return x == y and type(x) == type(y) or (isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool) and not isinstance(y, bool) and x == y)


# ---------------------------------------------------------------------------------------------
# Dumps made by the real tools

def sample_bytes():
    data = b'Hello world.Hello, bytes!\x00\x01\xff\x80 end|>< "q" \\ 7%'
    data += bytes(48)                        # runs of zeros: '*' lines
    data += bytes(range(256))
    data += b'tail'                          # odd length
    return data


def tool_dumps(path):
    dumps = {
        'xxd': ['xxd', path], 'xxd -g1': ['xxd', '-g1', path], 'xxd -g4': ['xxd', '-g4', path],
        'xxd -e': ['xxd', '-e', path], 'xxd -e -g8': ['xxd', '-e', '-g8', path],
        'xxd -b': ['xxd', '-b', path], 'xxd -c 8': ['xxd', '-c', '8', path],
        'xxd -a': ['xxd', '-a', path], 'xxd -p': ['xxd', '-p', path], 'xxd -i': ['xxd', '-i', path],
        'xxd -s 16': ['xxd', '-s', '16', path],
        'hexdump -C': ['hexdump', '-C', path], 'hd': ['hd', path], 'hexdump': ['hexdump', path],
        'hexdump -x': ['hexdump', '-x', path], 'od -x': ['od', '-x', path],
        'od -A x -t x1z': ['od', '-A', 'x', '-t', 'x1z', path], 'od': ['od', path],
        'od -b': ['od', '-b', path], 'od -t x4': ['od', '-t', 'x4', path],
        'od -c': ['od', '-c', path], 'od -A d -c': ['od', '-A', 'd', '-c', path],
        'od -A x -c': ['od', '-A', 'x', '-c', path],
        'od -A n -v -c': ['od', '-A', 'n', '-v', '-c', path],
        'hexdump -c': ['hexdump', '-c', path],
        'od -t x1': ['od', '-t', 'x1', path], 'od -A x -t x1': ['od', '-A', 'x', '-t', 'x1', path],
        'od -A d -t x1': ['od', '-A', 'd', '-t', 'x1', path],
        'od -A n -v -t x1': ['od', '-A', 'n', '-v', '-t', 'x1', path],
        'hexyl': ['hexyl', '--color', 'never', path],
        'hexyl colour': ['hexyl', '--color', 'always', path],
        'hexyl --border none': ['hexyl', '--border', 'none', '--color', 'never', path],
        'hexyl --border none colour': ['hexyl', '--border', 'none', '--color', 'always', path],
        'hexyl --border ascii': ['hexyl', '--border', 'ascii', '--color', 'never', path],
        'hexyl -s 16': ['hexyl', '-s', '16', '--color', 'never', path],
        'base64': ['base64', path],
    }
    out = {}
    for name, cmd in dumps.items():
        if shutil.which(cmd[0]):
            proc = subprocess.run(cmd, capture_output=True)
            if proc.returncode == 0:
                out[name] = proc.stdout.decode('latin1')
    return out


def gdb_dump(tmp, data):
    if not (shutil.which('gdb') and (shutil.which('cc') or shutil.which('gcc'))):
        return None
    cc = shutil.which('cc') or shutil.which('gcc')
    src = os.path.join(tmp, 'buffer.c')
    exe = os.path.join(tmp, 'buffer')
    body = ', '.join('0x%02x' % b for b in data)
    open(src, 'w').write('unsigned char buf[%d] = {%s};\nint main(void) { return buf[0]; }\n' % (len(data), body))
    if subprocess.run([cc, '-g', '-O0', '-o', exe, src]).returncode != 0:
        return None
    proc = subprocess.run(['gdb', '-batch', '-nx', '-ex', 'x/%dxb buf' % len(data), exe],
                          capture_output=True, text=True)
    return proc.stdout if proc.returncode == 0 and proc.stdout.startswith('0x') else None


def check_dumps(r, tmp):
    data = sample_bytes()
    path = os.path.join(tmp, 'sample.bin')
    open(path, 'wb').write(data)
    dumps = tool_dumps(path)
    dumps['xxd -s 16'] = None if 'xxd -s 16' not in dumps else dumps['xxd -s 16']
    gdb = gdb_dump(tmp, data)
    if gdb:
        dumps['gdb x/xb'] = gdb
    dumps['python repr'] = repr(data)
    dumps['python bytearray'] = repr(bytearray(data))
    dumps['python adjacent'] = '(' + '\n '.join(repr(data[i:i + 20]) for i in range(0, len(data), 20)) + ')'
    dumps['escaped C string'] = '"' + ''.join('\\x%02x' % b for b in data) + '";'
    dumps['python session'] = (">>> data = open('sample.bin', 'rb').read()\n>>> data\n"
                               + repr(data) + '\n>>> \n')
    import pprint
    dumps['python session pprint'] = (">>> import pprint\n>>> pprint.pprint(data,\n"
                                      "...               width=60)\n"
                                      + pprint.pformat(data, width=60) + '\n')
    # The same dumps as saved on Windows (CRLF) and on old Macs (a lone CR).
    for name, text in list(dumps.items()):
        if text is not None:
            dumps[name + ' CRLF'] = text.replace('\n', '\r\n')
            dumps[name + ' CR'] = text.replace('\n', '\r')
    for name, text in dumps.items():
        if text is None:
            continue
        base = name.replace(' CRLF', '').replace(' CR', '')
        want = data[16:] if base in ('xxd -s 16', 'hexyl -s 16') else data
        dump = os.path.join(tmp, 'dump-%s.txt' % name.replace(' ', '_').replace('/', '_'))
        open(dump, 'w', encoding='latin1').write(text)
        rc, out, err = r.run(['-c', 'load %s as text; tobytes' % dump])
        ok = rc == 0 and ast.literal_eval(out.splitlines()[0]) == want
        r.check('dump %s (load as text)' % name, ok, 'exit %d %s %s' % (rc, err[:300], out[:100]))
        if name.endswith(' CR'):
            continue  # standard input is read in lines ending at \n; a file may use \r alone
        ending = '\r\n' if name.endswith(' CRLF') else '\n'
        body = text.rstrip('\r\n')
        stdin = ('paste' + ending + body + ending + ending + 'tobytes' + ending).encode('latin1')
        rc, out, err = r.run([], stdin=stdin)
        ok = rc == 0 and ast.literal_eval(out.splitlines()[0]) == want
        r.check('dump %s (paste)' % name, ok, 'exit %d %s %s' % (rc, err[:300], out[:100]))


# ---------------------------------------------------------------------------------------------

CHECKS = {
    'load': lambda r, tmp, arrs: check_load(r, tmp, arrs),
    'npz': lambda r, tmp, arrs: check_npz(r, tmp, arrs),
    'errors': lambda r, tmp, arrs: check_errors(r, tmp),
    'save': lambda r, tmp, arrs: check_save(r, tmp, arrs),
    'export': lambda r, tmp, arrs: (check_export_numpy(r, tmp, arrs),
                                    check_export_c_struct_json(r, tmp, arrs)),
    'dumps': lambda r, tmp, arrs: check_dumps(r, tmp),
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('binary', help='path to the bytelens executable')
    ap.add_argument('--show', type=int, default=20, help='failures to print in full')
    ap.add_argument('--only', help='comma-separated checks: ' + ','.join(CHECKS))
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(errors='backslashreplace')
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        ap.error('not an executable: %s' % args.binary)
    r = Runner(binary, args.show)
    chosen = args.only.split(',') if args.only else list(CHECKS)
    arrs = arrays()
    with tempfile.TemporaryDirectory(prefix='bytelens-npy-') as tmp:
        # load and npz write the files the other checks read, so they always run.
        for name in ['load', 'npz'] + [c for c in chosen if c not in ('load', 'npz')]:
            CHECKS[name](r, tmp, arrs)
    for name, detail in r.failures[:args.show]:
        print('FAIL %s\n  %s' % (name, detail.replace('\n', '\n  ')))
    if len(r.failures) > args.show:
        print('... %d more failures' % (len(r.failures) - args.show))
    print('%d passed, %d failed' % (r.passed, len(r.failures)))
    return 0 if not r.failures else 1


if __name__ == '__main__':
    sys.exit(main())
