#!/usr/bin/env python3
"""Differential check of the inspection commands against numpy, on seeded random bytes.

    python3 Tests/numpy/check_inspection.py .build/debug/bytelens [--cases 200] [--seed S]

For random bytes (written to a temporary FILE) it runs bytelens and compares what numpy says:

- `inspect OFFSET`: each value of the table (i1 … M8[s], both byte orders) is
  `str(np.frombuffer(data, DT, 1, OFFSET)[0])` (cut to 40 characters as bytelens cuts it);
- `compare DT DT …`: each column holds numpy's formatting of the elements of
  `np.frombuffer(data[:span], DT)`, as `str()` of that array formats them;
- `explain [i]`: the `value` line is `str(a[i])` and `repr(a[i])`;
- `hexdump all values`: the values beside each row are `str(a[i])`, in order;
- `layout`: every byte offset of the grid is `offset + Σ i·stride`, with numpy's strides;
- `fields`: every field's offset, size and alignment are numpy's (`dtype.fields`).

The last line printed is `N passed, M failed`; the exit status is 0 only if M == 0.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

import numpy as np

SCALAR_TYPES = ['i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4', 'f8', 'f16',
                'c8', 'c16', '?', 'M8[s]']
ORDERED = {t: t not in ('i1', 'u1', '?') for t in SCALAR_TYPES}
COMPARE_TYPES = ['<i2', '>i2', '<u4', '>i4', '<f4', '>f4', '<f8', '>f8', 'u1', 'i1', '<f2',
                 '<c8', '?', 'S3', '<i8', '>u8', '<M8[D]', '<m8[s]', 'i4,u1']
RECORD_TYPES = [
    "[('a', '<i4'), ('b', '<f8'), ('c', '?')]",
    "[('x', 'u1'), ('y', '>f4')]",
    "[('id', '<i2'), ('v', '<f8', (2,)), ('s', 'S3')]",
    "[('p', [('x', '<f4'), ('y', 'u1')]), ('q', '<i4')]",
]


def cap(text):
    return text if len(text) <= 40 else text[:28] + '… (%d characters)' % len(text)


def run(binary, path, script):
    proc = subprocess.run([binary, path, '-c', script], capture_output=True, timeout=20)
    return proc.returncode, proc.stdout.decode('utf-8', 'replace'), proc.stderr.decode()


def numpy_str(value):
    try:
        return str(value)
    except Exception as error:  # noqa: BLE001
        return 'error: %s' % error


def check_inspect(binary, path, data, offset):
    rc, out, err = run(binary, path, 'inspect %d' % offset)
    if rc != 0:
        return ['inspect %d: exit %d %s' % (offset, rc, err)]
    rows = {}
    for line in out.splitlines():
        parts = re.split(r'\s{2,}', line.strip())
        if parts and parts[0] in ('i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4',
                                  'f8', 'f16', 'c8', 'c16', 'bool', 'M8[s]'):
            rows[parts[0]] = parts[1:]
    problems = []
    for spelling in SCALAR_TYPES:
        label = 'bool' if spelling == '?' else spelling
        orders = ['<', '>'] if ORDERED[spelling] else ['']
        for column, order in enumerate(orders):
            dtype = np.dtype(order + spelling)
            if len(data) - offset < dtype.itemsize:
                expected = '(needs %d bytes)' % dtype.itemsize
            else:
                expected = cap(numpy_str(np.frombuffer(data, dtype, 1, offset)[0]))
            got = rows.get(label, [])
            got = got[column] if column < len(got) else None
            if got != expected:
                problems.append('inspect %d %s%s: numpy %r, bytelens %r' % (
                    offset, order, spelling, expected, got))
    return problems


def element_texts(array):
    """numpy's text for each element of a 1-D array, as str(array) formats them."""
    text = np.array2string(array, separator='\x01', max_line_width=10**9, threshold=10**9)
    return [part.strip() for part in text[1:-1].split('\x01')]


def check_compare(binary, path, data, types):
    rc, out, err = run(binary, path, 'compare ' + ' '.join(types))
    if rc != 0:
        return ['compare %s: exit %d %s' % (types, rc, err)]
    dtypes = [np.dtype(t) for t in types]
    sizes = [d.itemsize for d in dtypes]
    step = 0
    for size in sizes:
        step = np.gcd(step, size)
    span = min(len(data), max(16 * step, max(sizes)))
    lines = out.splitlines()[2:]
    problems = []
    expected_rows = {}
    for column, dtype in enumerate(dtypes):
        count = span // dtype.itemsize
        if count == 0:
            continue
        texts = element_texts(np.frombuffer(data[:span], dtype, count))
        for index, text in enumerate(texts):
            expected_rows.setdefault(index * dtype.itemsize, {})[column] = text.strip()
    row_offsets = []
    for line in lines:
        match = re.match(r'\s+(\d+)\s', line)
        if not match:
            break
        row_offsets.append(int(match.group(1)))
        for column, text in expected_rows.get(int(match.group(1)), {}).items():
            if text not in line:
                problems.append('compare %s at %s col %d: numpy %r not in %r' % (
                    types, match.group(1), column, text, line))
    if row_offsets != list(range(0, span, step)):
        problems.append('compare %s: rows %s, expected %s' % (
            types, row_offsets, list(range(0, span, step))))
    return problems


def check_explain(binary, path, data, spelling):
    dtype = np.dtype(eval(spelling) if spelling.startswith('[') else spelling)  # noqa: S307
    count = len(data) // dtype.itemsize
    if count == 0:
        return []
    data = data[:count * dtype.itemsize]
    with open(path, 'wb') as handle:
        handle.write(data)
    array = np.frombuffer(data, dtype, count)
    index = random.randrange(count)
    rc, out, err = run(binary, path, 'as %s; explain [%d]' % (spelling, index))
    expected = numpy_str(array[index])
    if expected.startswith('error:'):
        return [] if rc == 1 else ['explain %s [%d]: numpy fails, bytelens %d' % (spelling, index, rc)]
    if rc != 0:
        return ['explain %s [%d]: exit %d %s' % (spelling, index, rc, err)]
    last = out.splitlines()[-1]
    want = '  value     %s   repr %s' % (expected, repr(array[index]))
    if last != want:
        return ['explain %s [%d]: numpy %r, bytelens %r' % (spelling, index, want, last)]
    return []


def check_hexdump_values(binary, path, data, spelling, step):
    dtype = np.dtype(spelling)
    count = len(data) // dtype.itemsize
    if count == 0:
        return []
    data = data[:count * dtype.itemsize]
    with open(path, 'wb') as handle:
        handle.write(data)
    array = np.frombuffer(data, dtype, count)[::step]
    rc, out, err = run(binary, path, 'as %s; [::%d]; hexdump all values' % (spelling, step))
    if rc != 0:
        return ['hexdump %s: exit %d %s' % (spelling, rc, err)]
    got = []
    width = 16
    for line in out.splitlines()[2:]:
        if not re.match(r'[0-9a-f]{8} ', line):
            continue
        rest = line[8 + 1 + 3 * width + 1 + 2 + width:]
        got += rest.split()
    expected = []
    for value in (array if step > 0 else array[::-1]):
        expected += numpy_str(value).split()
    if got != expected:
        return ['hexdump values %s [::%d]: numpy %s, bytelens %s' % (
            spelling, step, expected[:8], got[:8])]
    return []


def check_layout(binary, path, data):
    shapes = [(2, 3), (3, 2, 2), (4,), (2, 6)]
    shape = random.choice(shapes)
    size = int(np.prod(shape))
    data = data[:len(data) // 2 * 2] + bytes(2 * size)
    with open(path, 'wb') as handle:
        handle.write(data)
    array = np.frombuffer(data, '<i2', size).reshape(shape, order=random.choice('CF'))
    transform = random.choice(['', 'T', '[::-1]', '[..., ::2]'])
    script = 'as <i2; count %d; reshape %s %s' % (
        size, ','.join(map(str, shape)), 'F' if array.flags.f_contiguous and not array.flags.c_contiguous else 'C')
    view = array
    if transform == 'T':
        view, script = array.T, script + '; T'
    elif transform == '[::-1]':
        view, script = array[::-1], script + '; [::-1]'
    elif transform == '[..., ::2]':
        view, script = array[..., ::2], script + '; [..., ::2]'
    if view.ndim > 3 or view.size == 0:
        return []
    rc, out, err = run(binary, path, script + '; layout')
    if rc != 0:
        return ['layout %s: exit %d %s' % (script, rc, err)]
    base = view.__array_interface__['data'][0] - np.frombuffer(data, 'u1').__array_interface__['data'][0]
    expected = 'shape %s, strides %s, itemsize 2, offset %d' % (
        str(view.shape).replace(',)', ',)'), str(view.strides), base)
    if out.splitlines()[0] != expected:
        return ['layout %s: numpy %r, bytelens %r' % (script, expected, out.splitlines()[0])]
    # The memory strip lists every element (there are at most 16) with its offset.
    strip = re.findall(r'(\d+): \[([\d, ]*)\]', out)
    for offset, index in strip:
        position = tuple(int(i) for i in index.split(', ')) if index else ()
        want = base + sum(i * s for i, s in zip(position, view.strides))
        if int(offset) != want:
            return ['layout %s: %s at %s, numpy %d' % (script, position, offset, want)]
    if len(strip) != view.size:
        return ['layout %s: %d elements in the strip, numpy %d' % (script, len(strip), view.size)]
    return []


def check_fields(binary, path, spelling):
    dtype = np.dtype(eval(spelling), align=random.random() < 0.5)  # noqa: S307 (our own list)
    aligned = ' aligned' if dtype.isalignedstruct else ''
    size = dtype.itemsize
    with open(path, 'wb') as handle:
        handle.write(bytes(2 * size))
    rc, out, err = run(binary, path, 'as %s%s; fields' % (spelling, aligned))
    if rc != 0:
        return ['fields %s: exit %d %s' % (spelling, rc, err)]
    problems = []
    if not out.startswith('%d field' % len(dtype.names)) or (
            ', itemsize %d, alignment %d,' % (size, dtype.alignment)) not in out.splitlines()[0]:
        problems.append('fields %s%s: header %r, numpy itemsize %d alignment %d' % (
            spelling, aligned, out.splitlines()[0], size, dtype.alignment))
    for name in dtype.names:
        sub, offset = dtype.fields[name][:2]
        pattern = r'\s%s\s+\S+(?: \(\d+(?:, \d+)*,?\))?\s+%d\s+%d\s+%d' % (
            re.escape(name), offset, sub.itemsize, sub.alignment)
        if not re.search(pattern, out):
            problems.append('fields %s%s: no row %s at %d size %d align %d' % (
                spelling, aligned, name, offset, sub.itemsize, sub.alignment))
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary')
    parser.add_argument('--cases', type=int, default=200)
    parser.add_argument('--seed', type=int, default=4)
    arguments = parser.parse_args()
    random.seed(arguments.seed)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, 'data.bin')
        for case in range(arguments.cases):
            length = random.choice([1, 3, 8, 16, 24, 40, 64, 100])
            kind = random.random()
            if kind < 0.3:
                data = bytes(random.getrandbits(8) for _ in range(length))
            elif kind < 0.6:
                values = np.array([random.choice([0, 1, -1, 0.5, 2.5, 1e300, 65504, np.nan, np.inf])
                                   for _ in range(length // 8 + 1)])
                data = values.tobytes()[:length] if length else b''
            else:
                data = bytes(random.choice(b'\x00\x01\x7f\x80\xffAz\n') for _ in range(length))
            with open(path, 'wb') as handle:
                handle.write(data)
            which = case % 6
            if which == 0:
                problems = check_inspect(arguments.binary, path, data, random.randrange(len(data)))
            elif which == 1:
                types = random.sample(COMPARE_TYPES, random.randint(2, 4))
                problems = check_compare(arguments.binary, path, data, types)
            elif which == 2:
                spelling = random.choice(COMPARE_TYPES + RECORD_TYPES)
                problems = check_explain(arguments.binary, path, data, spelling)
            elif which == 3:
                spelling = random.choice(['<i2', '>u4', '<f4', '>f8', 'u1', '<c8', '?', '<M8[s]'])
                problems = check_hexdump_values(
                    arguments.binary, path, data, spelling, random.choice([1, 2, -1, -3]))
            elif which == 4:
                problems = check_layout(arguments.binary, path, data)
            else:
                problems = check_fields(arguments.binary, path, random.choice(RECORD_TYPES))
            if problems:
                failed += 1
                for problem in problems[:3]:
                    print('FAIL', problem)
            else:
                passed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
