#!/usr/bin/env python3
"""Differential check of the pictures (plot, image, bytemap) against numpy, on seeded data.

    python3 Tests/numpy/check_pictures.py .build/debug/bytelens [--cases 150] [--seed S]

For random arrays and files (written to a temporary FILE) it runs bytelens at a random size and
compares its whole output with a picture drawn here from numpy's values:

- `plot`: min and max (`np.where(np.isfinite(a), a, ±inf).argmin()`/`argmax()`, printed as numpy
  prints the element: integers exactly, float16/float32 as `str(np.float32(x))`, other floats as `str(np.float64(x))`), the nan and inf counts,
  and every dot: each dot column holds the min and max of the finite values of the elements it
  covers (`a.ravel()`), scaled from the min (bottom) to the max (top), joined to its neighbour;
- `image`: each cell is the mean of the finite values of its block (summed in C order), its digit
  `floor(10 * (mean - min) / (max - min))` (9 at most);
- `bytemap`: each block's class from `np.bincount` of its bytes: all zeros, 85% printable,
  entropy at least 7/8 of log2(min(n, 256)), 40% of 0x00 and 0xff, or other.

The last line printed is `N passed, M failed`; the exit status is 0 only if M == 0.
"""

import argparse
import math
import os
import random
import subprocess
import sys
import tempfile

import numpy as np

PLOT_TYPES = ['u1', 'i1', '<i2', '>u2', '<i4', '>i8', '<u8', '<f2', '>f4', '<f8', '>f8',
              '<f16', '?']
BRAILLE_BITS = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]


def f64(x):
    return str(np.float64(x))


def exact(a, i):
    """The element a.ravel()[i] as a picture's label prints it."""
    v = a.ravel()[i]
    if a.dtype.kind == 'b':
        return '1' if v else '0'
    if a.dtype.kind in 'iu':
        return str(int(v))
    if a.dtype.itemsize in (2, 4):
        return str(a.dtype.newbyteorder('=').type(v))
    return f64(float(v))


def plural(n, noun):
    return '%d %s%s' % (n, noun, '' if n == 1 else 's')


def fraction(v, lo, hi):
    if lo == hi:
        return 0.0
    with np.errstate(over='ignore', invalid='ignore'):
        span = np.float64(hi) - lo
        if np.isfinite(span):
            r = (np.float64(v) - lo) / span
        else:
            r = (np.float64(v) / 2 - lo / 2) / (np.float64(hi) / 2 - lo / 2)
    return min(max(float(r), 0.0), 1.0)


def summary(a):
    """Values as float64, finite mask, and the header facts."""
    v = a.ravel().astype(np.float64)
    finite = np.isfinite(v)
    skipped = []
    if np.isnan(v).sum():
        skipped.append('%d nan' % np.isnan(v).sum())
    if np.isinf(v).sum():
        skipped.append('%d inf' % np.isinf(v).sum())
    note = ' and '.join(skipped) + ' skipped' if skipped else None
    if not finite.any():
        return v, finite, note, None
    imin = int(np.where(finite, v, np.inf).argmin())
    imax = int(np.where(finite, v, -np.inf).argmax())
    return v, finite, note, (imin, imax)


def density(n, d):
    if n >= d:
        few, many = n // d, -(-n // d)
        span = str(few) if few == many else '%d to %d' % (few, many)
        return '1 dot column = %s value%s%s' % (span, '' if many == 1 else 's',
                                                ', their min and max drawn' if many > 1 else '')
    few, many = d // n, -(-d // n)
    span = str(few) if few == many else '%d to %d' % (few, many)
    return '1 value = %s dot columns' % span


def index_axis(n, columns, across):
    d = columns * across

    def column(i):
        dot = i * d // n if n >= d else (i * d + n - 1) // n
        return dot // across

    line = [' '] * columns
    taken = []

    def place(i, start):
        label = str(i)
        start = min(max(0, start), columns - len(label))
        if start < 0:
            return
        span = (max(0, start - 1), min(columns, start + len(label) + 1))
        if any(a < span[1] and span[0] < b for a, b in taken):
            return
        line[start:start + len(label)] = list(label)
        taken.append((start, start + len(label)))

    place(0, 0)
    if n > 1:
        place(n - 1, column(n - 1) + 1 - len(str(n - 1)))
        mid = (n - 1) // 2
        if mid > 0:
            place(mid, column(mid) - len(str(mid)) // 2)
    return ''.join(line).rstrip(' ')


def plot(a, size, style):
    cols, rows_screen = size
    n = a.size
    v, finite, note, where = summary(a)
    out = ["plot of %s of '%s'" % (plural(n, 'value'), a.dtype.str)]
    if where:
        imin, imax = where
        out[0] += '\nmin %s at index %d, max %s at index %d' % (exact(a, imin), imin,
                                                               exact(a, imax), imax)
    if a.ndim > 1:
        out.append('flattened in C order from shape %s, as a.ravel() does' % (a.shape,))
    if note:
        out.append(note)
    if not where:
        out.append('nothing to draw: no value is finite')
        return '\n'.join(out) + '\n'
    lo, hi = v[imin], v[imax]
    lo_text, hi_text = exact(a, imin), exact(a, imax)
    if a.dtype.kind in 'biu':
        s = int(a.ravel()[imin]) + int(a.ravel()[imax])
        mid = str(s // 2) if s % 2 == 0 else f64(s / 2)
    elif a.dtype.itemsize in (2, 4):
        mid = str(a.dtype.newbyteorder('=').type(lo / 2 + hi / 2))
    else:
        mid = f64(lo / 2 + hi / 2)
    half = max(3, rows_screen // 2 - 1)
    rows = half if half % 2 else half - 1
    labels = ['', mid, ''] if lo == hi else [hi_text, mid, lo_text]
    gutter = max(len(x) for x in labels)
    columns = max(8, cols - gutter - 2)
    across, down = (2, 4) if style == 'braille' else (1, 2)
    d, height = columns * across, rows * down
    buckets = min(n, d)
    low = [math.inf] * buckets
    high = [-math.inf] * buckets
    for k in np.flatnonzero(finite):
        b = int(k) * buckets // n
        low[b] = min(low[b], v[k])
        high[b] = max(high[b], v[k])
    dots = [[False] * d for _ in range(height)]  # dots[y][x], y from the bottom

    def pos(x):
        if lo == hi:
            return (height - 1) // 2
        return math.floor(fraction(x, lo, hi) * (height - 1) + 0.5)

    previous = None
    for x in range(d):
        b = x if buckets == d else x * n // d
        if low[b] > high[b]:
            previous = None
            continue
        a0, b0 = pos(low[b]), pos(high[b])
        f, t = a0, b0
        if previous:
            if f > previous[1] + 1:
                f = previous[1] + 1
            if t < previous[0] - 1:
                t = previous[0] - 1
        for y in range(f, t + 1):
            dots[y][x] = True
        previous = (a0, b0)
    out.append(density(n, d))
    for row in range(rows):
        label = labels[0] if row == 0 else labels[2] if row == rows - 1 else \
            labels[1] if row == rows // 2 else ''
        chars = []
        for c in range(columns):
            if style == 'braille':
                bits = 0
                for dx in range(2):
                    for dy in range(4):
                        if dots[height - 1 - (row * 4 + dy)][c * 2 + dx]:
                            bits |= BRAILLE_BITS[dx][dy]
                chars.append(chr(0x2800 + bits) if bits else ' ')
            else:
                up = dots[height - 1 - row * 2][c]
                dn = dots[height - 1 - (row * 2 + 1)][c]
                chars.append({(1, 1): '█', (1, 0): '▀', (0, 1): '▄', (0, 0): ' '}[(up, dn)])
        out.append((label.rjust(gutter) + (' ┤' if label else ' │') + ''.join(chars)).rstrip(' '))
    out.append(' ' * gutter + ' └' + '─' * columns)
    out.append((' ' * (gutter + 2) + index_axis(n, columns, across)).rstrip(' '))
    return '\n'.join(out) + '\n'


def image(a, size):
    cols, rows_screen = size
    r, c = a.shape
    text_rows = max(2, rows_screen - 4)
    factor = max(1, -(-r // text_rows), -(-c // cols))
    cr, cc = -(-r // factor), -(-c // factor)
    v, finite, note, where = summary(a)
    v = v.reshape(a.shape)
    out = ["image of %s '%s': %d × %d cells, 1 cell = %s" % (
        (r, c), a.dtype.str, cr, cc,
        '1 value' if factor == 1 else 'the mean of %d × %d values' % (factor, factor))]
    if note:
        out.append(note)
    if not where:
        out.append('nothing to draw: no value is finite')
        return '\n'.join(out) + '\n'
    imin, imax = where
    lo, hi = v.ravel()[imin], v.ravel()[imax]
    out.append('min %s at [%d, %d], max %s at [%d, %d]' % (
        exact(a, imin), imin // c, imin % c, exact(a, imax), imax // c, imax % c))
    if lo == hi:
        out.append('every finite value the same: every cell 0, ? = no finite value')
    else:
        out.append('0 = lowest tenth … 9 = highest, ? = no finite value')
    for i in range(cr):
        line = ''
        for j in range(cc):
            block = v[i * factor:(i + 1) * factor, j * factor:(j + 1) * factor]
            total, count = 0.0, 0
            for x in block.ravel():  # in C order, one by one, as bytelens adds them
                if np.isfinite(x):
                    total += float(x)
                    count += 1
            if count == 0:
                line += '?'
            else:
                line += str(min(9, int(fraction(total / count, lo, hi) * 10)))
        out.append(line)
    return '\n'.join(out) + '\n'


def classify(block):
    h = np.bincount(np.frombuffer(block, 'u1'), minlength=256)
    total = len(block)
    if h[0] == total:
        return '.'
    printable = int(h[9] + h[10] + h[13] + h[32:127].sum())
    if printable * 100 >= total * 85:
        return 't'
    entropy = 0.0
    for count in h:
        if count > 0:
            p = count / total
            entropy -= p * math.log2(p)
    if entropy >= 0.875 * math.log2(min(total, 256)) and total > 1:
        return '#'
    if (h[0] + h[255]) * 100 >= total * 40:
        return 'i'
    return '+'


def bytemap(data, name, size):
    cols, rows_screen = size
    count = len(data)
    digits = max(8, len('%x' % (count - 1)))
    per_row = 1
    while per_row * 2 <= cols - digits - 1:
        per_row *= 2
    cells = per_row * max(1, min(rows_screen - 5, 4096 // per_row))  # 4096 cells at most
    needed = -(-count // cells)
    block = 16
    while block < needed:
        block *= 2
    out = ['bytemap of %s: %s, 1 cell = %s, %d cells a row' % (
        name, plural(count, 'byte'), plural(block, 'byte'), per_row)]
    if block > 16384:
        out.append('sampled: 16384 bytes of each cell, in 4 pieces spread evenly')
    out.append('. zeros  t text  # random or compressed  i small integers  + other')
    starts = list(range(0, count, block))
    for row in range(0, len(starts), per_row):
        line = '%0*x ' % (digits, starts[row])
        for s in starts[row:row + per_row]:
            length = min(block, count - s)
            if length <= 16384:
                piece = data[s:s + length]
            else:
                piece = b''.join(data[s + (length - 4096) * k // 3:][:4096] for k in range(4))
            line += classify(piece)
        out.append(line)
    return '\n'.join(out) + '\n'


def random_values(rng, dtype, n):
    dt = np.dtype(dtype)
    if dt.kind == 'b':
        return rng.random(n) < 0.5
    if dt.kind in 'iu':
        info = np.iinfo(dt)
        pick = rng.random()
        native = dt.newbyteorder('=')
        if pick < 0.3:
            return rng.integers(info.min, info.max, n, dtype=native, endpoint=True).astype(dt)
        walk = np.cumsum(rng.integers(-3, 4, n)) + (0 if dt.kind == 'i' else 1000)
        return np.clip(walk, max(info.min, -2**62), min(info.max, 2**62)).astype(dt)
    x = np.cumsum(rng.normal(size=n)) * 10.0 ** int(rng.integers(-3, 4))
    if rng.random() < 0.5:
        x[rng.integers(0, n, rng.integers(0, 4))] = np.nan
    if rng.random() < 0.3:
        x[rng.integers(0, n, rng.integers(0, 3))] = np.inf * rng.choice([-1, 1])
    if rng.random() < 0.1:
        x[:] = x[0]
    with np.errstate(over='ignore'):
        return x.astype(dt)


def run(binary, path, commands):
    result = subprocess.run([binary, path, '-c', commands], capture_output=True, timeout=120)
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary')
    parser.add_argument('--cases', type=int, default=150)
    parser.add_argument('--seed', type=int, default=int(os.environ.get('SEED', 20261201)))
    options = parser.parse_args()
    if not os.access(options.binary, os.X_OK):
        sys.exit('the bytelens binary is missing: %s' % options.binary)
    rng = np.random.default_rng(options.seed)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='bytelens-pictures-') as folder:
        path = os.path.join(folder, 'data.bin')
        for case in range(options.cases):
            kind = case % 3
            size = (int(rng.integers(20, 200)), int(rng.integers(4, 60)))
            if kind == 0:
                dtype = PLOT_TYPES[rng.integers(len(PLOT_TYPES))]
                n = int(rng.integers(1, 4000))
                a = random_values(rng, dtype, n)
                commands = 'as %s' % dtype
                if rng.random() < 0.25 and n >= 6:
                    a = a[:n - n % 3].reshape(3, -1)
                    commands += '; count %d; reshape 3,-1' % a.size
                style = 'blocks' if rng.random() < 0.3 else 'braille'
                commands += '; plot %s %dx%d' % (style, size[0], size[1])
                a.tofile(path)
                want = plot(a, size, style)
            elif kind == 1:
                dtype = PLOT_TYPES[rng.integers(len(PLOT_TYPES))]
                r, c = int(rng.integers(1, 300)), int(rng.integers(1, 300))
                a = random_values(rng, dtype, r * c).reshape(r, c)
                a.tofile(path)
                commands = 'as %s; reshape %d,%d' % (dtype, r, c)
                if rng.random() < 0.3:
                    a = a.T
                    commands += '; T'
                commands += '; image %dx%d' % size
                want = image(a, size)
            else:
                parts = []
                for _ in range(int(rng.integers(1, 6))):
                    length = int(rng.integers(1, 40000))
                    what = rng.integers(5)
                    if what == 0:
                        parts.append(bytes(length))
                    elif what == 1:
                        parts.append(bytes(rng.integers(32, 127, length, dtype='u1')))
                    elif what == 2:
                        parts.append(bytes(rng.integers(0, 256, length, dtype='u1')))
                    elif what == 3:
                        parts.append(rng.integers(0, 300, -(-length // 4)).astype('<i4').tobytes())
                    else:
                        parts.append(rng.normal(size=-(-length // 8)).astype('<f8').tobytes())
                data = b''.join(parts)
                with open(path, 'wb') as f:
                    f.write(data)
                commands = 'bytemap %dx%d' % size
                want = bytemap(data, path, size)
            status, got, errors = run(options.binary, path, commands)
            if status == 0 and got == want:
                passed += 1
                continue
            failed += 1
            print('case %d: %s' % (case, commands))
            print(errors, end='')
            wl, gl = want.split('\n'), got.split('\n')
            for index in range(max(len(wl), len(gl))):
                w = wl[index] if index < len(wl) else '<none>'
                g = gl[index] if index < len(gl) else '<none>'
                if w != g:
                    print('  line %d\n  numpy:    %r\n  bytelens: %r' % (index + 1, w, g))
                    break
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
