#!/usr/bin/env python3
"""A corpus of real files, made by real producers, read through bytelens as a user reads them.

    python3 Tests/corpus/real_files.py .build/debug/bytelens

Every file is written inside a temporary directory by the program or library that makes that
kind of file: `wave` (WAV), `sqlite3` (a database), `gzip`, `zipfile`, `tarfile` (ustar and
GNU), `np.save`/`np.savez`/`np.savez_compressed`, the C compiler (an ELF executable; `/bin/true`
or the Python interpreter when there is no compiler), and, where Python has no writer, the
format's own specification followed byte by byte with `struct` and `zlib` (PNG with real CRCs
and a real zlib stream, BMP, TIFF in both byte orders). Where file(1) is installed, it must
recognise each file as what it is.

Three oracles agree before a case passes:
  1. the spec: each header is parsed here with `struct.unpack_from` and the layout its
     specification gives, and the fields are checked against what the producer was asked for
     (22050 Hz, the page count times the page size is the file size, the CRC is zlib's …);
  2. numpy: `np.frombuffer(data, DTYPE, COUNT, OFFSET)` with a structured dtype spelling the
     same layout must read the same values as the spec parse;
  3. bytelens: `load FILE as DTYPE at OFFSET count COUNT; show; repr`, each field
     (`['name']; show`) and one record (`repr [0]`) must print exactly numpy's text.

Files numpy itself wrote are checked as numpy reads them (`load x.npy; repr` is
`repr(np.load(x))`, `load x.npz:name`, the member list of `load x.npz`); every other file,
loaded plainly, is its bytes (`repr(np.fromfile(f, 'u1'))`), never mistaken for a header
format. `info`, `hexdump`, `inspect 0`, `fields` and `layout` run on every file and view:
exit status 0, output, no `error:`. A window that does not fit the file (past its end, an
offset beyond it, a remainder that is not a whole element) is an error wherever np.frombuffer
raises one, never a shorter array.

The last line is `N passed, M failed`; the exit status is 0 only when nothing failed. Each
failure prints its name and command, then the expected and actual text.
"""

import ast
import gzip
import io
import math
import os
import platform
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tarfile
import tempfile
import wave
import zipfile
import zlib

import numpy as np

TIMEOUT_SECONDS = 10


def clip(value, limit=400):
    """One line for a failure report: text as it is (quoted when it spans lines), else repr."""
    text = value if isinstance(value, str) and '\n' not in value else repr(value)
    if isinstance(value, list):
        text = repr(value[0]) if value else '(nothing)'
    return text if len(text) <= limit else text[:limit] + '… (%d characters)' % len(text)


class Runner:
    """Runs the bytelens binary in batch mode and counts the checks."""

    def __init__(self, binary):
        self.binary = binary
        self.passed = 0
        self.failures = 0

    def run(self, commands):
        env = dict(os.environ, NO_COLOR='1', TERM='dumb')
        try:
            proc = subprocess.run([self.binary, '-c', commands], capture_output=True,
                                  timeout=TIMEOUT_SECONDS, env=env, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return 124, '', 'timed out after %d s' % TIMEOUT_SECONDS
        return (proc.returncode, proc.stdout.decode('utf-8', 'replace'),
                proc.stderr.decode('utf-8', 'replace'))

    def record(self, ok, name, command, expected, actual, stderr='', diff=True):
        if ok:
            self.passed += 1
            return True
        self.failures += 1
        print('FAIL %s: %s' % (name, command))
        long_text = isinstance(expected, str) and isinstance(actual, str) and (
            '\n' in expected + actual)
        if diff and long_text:
            # Long text: the first line that differs, and where.
            want, got = expected.splitlines(), actual.splitlines()
            line = next((i for i, pair in enumerate(zip(want, got)) if pair[0] != pair[1]),
                        min(len(want), len(got)))
            expected = 'line %d of %d: %s' % (line + 1, len(want), clip(want[line:line + 1]))
            actual = 'line %d of %d: %s' % (line + 1, len(got), clip(got[line:line + 1]))
        print('  expected: %s' % clip(expected))
        print('  actual:   %s' % clip(actual))
        if stderr.strip():
            print('  stderr:   %s' % clip(stderr.strip().replace('\n', ' | ')))
        return False

    def expect_value(self, name, what, expected, actual):
        """A check of the corpus itself: the spec parse against the producer or numpy."""
        return self.record(expected == actual, name, what, expected, actual)

    def expect_output(self, name, commands, expected):
        """bytelens prints exactly `expected`, exits 0 and writes no `error:`."""
        rc, out, err = self.run(commands)
        ok = rc == 0 and out == expected and 'error:' not in err
        return self.record(ok, name, commands, expected,
                           out if rc == 0 else 'exit %d, output %r' % (rc, out), err,
                           diff=rc == 0)


class Batch:
    """Several checks run in one bytelens process: their commands are joined with an `echo` of
    a separator line, and each check judges its own part of the output. The commands of a part
    run in the session the parts before it left."""

    SEPARATOR = '@@ corpus part @@'

    def __init__(self, runner, setup):
        self.runner = runner
        self.setup = setup
        self.parts = []

    def output(self, name, commands, expected):
        """This part prints exactly `expected`."""
        self.parts.append((name, commands, lambda out: out == expected, expected))

    def runs(self, name, commands, required_lines=(), forbidden_prefixes=()):
        """This part prints something, with each required line and no forbidden one."""
        def judge(out):
            lines = out.splitlines()
            return (out.strip() != '' and all(line in lines for line in required_lines)
                    and not any(line.startswith(forbidden_prefixes) for line in lines))
        expected = 'output with the lines %r' % (list(required_lines),)
        if forbidden_prefixes:
            expected += ' and none starting %r' % (forbidden_prefixes,)
        self.parts.append((name, commands, judge, expected))

    def run(self):
        separator = '; echo %s; ' % self.SEPARATOR
        commands = self.setup + '; ' + separator.join(part[1] for part in self.parts)
        rc, out, err = self.runner.run(commands)
        pieces = out.split(self.SEPARATOR + '\n')
        clean = rc == 0 and 'error:' not in err and len(pieces) == len(self.parts)
        for index, (name, part, judge, expected) in enumerate(self.parts):
            actual = pieces[index] if index < len(pieces) else None
            ok = clean and judge(actual)
            shown = actual if rc == 0 else 'exit %d, output %r' % (rc, actual)
            self.runner.record(ok, name, '%s; %s' % (self.setup, part), expected, shown, err,
                               diff=rc == 0)


def spelling(dtype):
    """The dtype as typed after `as`: a typestring, or the Python literal of a record."""
    return dtype if isinstance(dtype, str) else repr(dtype)


def spec_fields(layout, data, offset, count, byte_order):
    """Parses COUNT records of LAYOUT (a list of (name, struct code)) with struct: the oracle."""
    fmt = byte_order + ''.join(code for _, code in layout)
    size = struct.calcsize(fmt)
    records = []
    for index in range(count):
        values = struct.unpack_from(fmt, data, offset + index * size)
        records.append(dict(zip((name for name, _ in layout), values)))
    return records


def numpy_value(record, name):
    value = record[name]
    if isinstance(value, np.ndarray):
        return value.tolist()
    return value.item() if hasattr(value, 'item') else value


def comparable(spec_value, kind):
    """numpy's `S` drops trailing NULs; the spec parse keeps them."""
    if kind == 'S' and isinstance(spec_value, bytes):
        return spec_value.rstrip(b'\0')
    return spec_value


def header_case(r, label, path, dtype, offset=0, count=1, spec=None, reshape=None):
    """Reads one header (or a table of COUNT records) three ways and checks they agree.

    `spec`, when given, is the list of dicts the struct parse produced; every field numpy reads
    must equal it. Returns numpy's array, for further checks by the caller.
    """
    with open(path, 'rb') as f:
        data = f.read()
    numpy_dtype = np.dtype(dtype)
    array = np.frombuffer(data, numpy_dtype, count, offset)
    if spec is not None:
        for index, fields in enumerate(spec):
            for name, spec_value in fields.items():
                kind = numpy_dtype.fields[name][0].kind
                r.expect_value('%s: numpy reads record %d field %s as the spec does'
                               % (label, index, name), 'np.frombuffer(...)[%d][%r]'
                               % (index, name), comparable(spec_value, kind),
                               numpy_value(array[index], name))
    load = 'load %s as %s at %d count %d' % (path, spelling(dtype), offset, count)
    shown = array
    if reshape is not None:
        load += '; reshape %s' % ','.join(str(n) for n in reshape)
        shown = array.reshape(reshape)
    batch = Batch(r, load)
    batch.output(label + ': show and repr', 'show; repr', str(shown) + '\n' + repr(shown) + '\n')
    if numpy_dtype.names:
        commands = []
        expected = ''
        for name in numpy_dtype.names:
            commands.append("['%s']; show; undo" % name)
            expected += str(shown[name]) + '\n'
        first = (0,) * shown.ndim
        last = tuple(n - 1 for n in shown.shape)
        commands.append('repr [%s]; show [%s]' % (','.join(map(str, first)),
                                                 ','.join(map(str, last))))
        expected += repr(shown[first]) + '\n' + str(shown[last]) + '\n'
        batch.output(label + ': each field, first and last record', '; '.join(commands),
                     expected)
        batch.runs(label + ': fields', 'fields')
    batch.runs(label + ': info, hexdump, layout', 'info; hexdump; layout',
               ['shape: %s' % (shown.shape,), 'strides: %s' % (shown.strides,),
                'offset: %d' % offset, 'nbytes: %d' % shown.nbytes])
    batch.run()
    return array


def plain_file_case(r, label, path):
    """A file that is not numpy's loads as its bytes, and the inspection commands run on it."""
    raw = np.fromfile(path, dtype=np.uint8)
    batch = Batch(r, 'load %s' % path)
    batch.output(label + ': plain load is the bytes', 'repr', repr(raw) + '\n')
    batch.runs(label + ': info reads the file as plain bytes', 'info',
               ['shape: (%d,)' % raw.size], ('format:', 'header:'))
    batch.runs(label + ': hexdump and inspect 0', 'hexdump; inspect 0')
    batch.run()


def file_says(r, label, path, *phrases):
    """When file(1) is installed, an independent reader: it must name the format (and the
    sizes) the way the producer meant, so a file written here by its spec is a real one."""
    tool = shutil.which('file')
    if tool is None:
        return
    done = subprocess.run([tool, '-b', path], capture_output=True, timeout=TIMEOUT_SECONDS)
    said = done.stdout.decode('utf-8', 'replace').strip()
    r.record(all(phrase in said for phrase in phrases), label + ': file(1) recognises it',
             'file -b %s' % path, ' … '.join(phrases), said)


# ---------------------------------------------------------------------------------------------
# WAV, written by Python's wave module

WAV_LAYOUT = [('chunk_id', '4s'), ('chunk_size', 'I'), ('format', '4s'),
              ('subchunk1_id', '4s'), ('subchunk1_size', 'I'), ('audio_format', 'H'),
              ('num_channels', 'H'), ('sample_rate', 'I'), ('byte_rate', 'I'),
              ('block_align', 'H'), ('bits_per_sample', 'H'), ('subchunk2_id', '4s'),
              ('subchunk2_size', 'I')]
WAV_DTYPE = [('chunk_id', 'S4'), ('chunk_size', '<u4'), ('format', 'S4'),
             ('subchunk1_id', 'S4'), ('subchunk1_size', '<u4'), ('audio_format', '<u2'),
             ('num_channels', '<u2'), ('sample_rate', '<u4'), ('byte_rate', '<u4'),
             ('block_align', '<u2'), ('bits_per_sample', '<u2'), ('subchunk2_id', 'S4'),
             ('subchunk2_size', '<u4')]


def check_wav(r, tmp):
    path = os.path.join(tmp, 'tone.wav')
    frames = 24
    samples = np.array([[round(12000 * math.sin(2 * math.pi * 440 * i / 22050)),
                         round(-8000 * math.cos(2 * math.pi * 660 * i / 22050))]
                        for i in range(frames)], dtype='<i2')
    with wave.open(path, 'wb') as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(samples.tobytes())
    with open(path, 'rb') as f:
        data = f.read()
    spec = spec_fields(WAV_LAYOUT, data, 0, 1, '<')
    head = spec[0]
    for field, want in (('chunk_id', b'RIFF'), ('format', b'WAVE'), ('subchunk1_id', b'fmt '),
                        ('subchunk1_size', 16), ('audio_format', 1), ('num_channels', 2),
                        ('sample_rate', 22050), ('byte_rate', 22050 * 4), ('block_align', 4),
                        ('bits_per_sample', 16), ('subchunk2_id', b'data'),
                        ('subchunk2_size', frames * 4), ('chunk_size', len(data) - 8)):
        r.expect_value('wav: spec field %s' % field, 'struct.unpack_from', want, head[field])
    header_case(r, 'wav header', path, WAV_DTYPE, 0, 1, spec)
    read = header_case(r, 'wav samples', path, '<i2', 44, frames * 2, reshape=(frames, 2))
    r.expect_value('wav: samples are the frames written', 'np.frombuffer(..., <i2, at 44)',
                   samples.tolist(), read.reshape(frames, 2).tolist())
    file_says(r, 'wav', path, 'WAVE audio', '16 bit, stereo 22050 Hz')
    plain_file_case(r, 'wav', path)


# ---------------------------------------------------------------------------------------------
# PNG, written by its specification: signature, IHDR, IDAT (a zlib stream), IEND, real CRCs

PNG_SIGNATURE = b'\x89PNG\r\n\x1a\n'
PNG_HEAD_LAYOUT = [('signature', '8s'), ('ihdr_length', 'I'), ('ihdr_type', '4s'),
                   ('width', 'I'), ('height', 'I'), ('bit_depth', 'B'), ('colour_type', 'B'),
                   ('compression', 'B'), ('filter', 'B'), ('interlace', 'B'), ('ihdr_crc', 'I')]
PNG_HEAD_DTYPE = [('signature', 'S8'), ('ihdr_length', '>u4'), ('ihdr_type', 'S4'),
                  ('width', '>u4'), ('height', '>u4'), ('bit_depth', 'u1'),
                  ('colour_type', 'u1'), ('compression', 'u1'), ('filter', 'u1'),
                  ('interlace', 'u1'), ('ihdr_crc', '>u4')]
PNG_CHUNK_DTYPE = [('length', '>u4'), ('type', 'S4')]
PNG_END_DTYPE = [('length', '>u4'), ('type', 'S4'), ('crc', '>u4')]


def png_chunk(kind, body):
    return (struct.pack('>I', len(body)) + kind + body
            + struct.pack('>I', zlib.crc32(kind + body)))


def write_png(path, width, height, bit_depth, colour_type, rows, level):
    ihdr = struct.pack('>IIBBBBB', width, height, bit_depth, colour_type, 0, 0, 0)
    scanlines = b''.join(b'\0' + row for row in rows)
    with open(path, 'wb') as f:
        f.write(PNG_SIGNATURE + png_chunk(b'IHDR', ihdr)
                + png_chunk(b'IDAT', zlib.compress(scanlines, level)) + png_chunk(b'IEND', b''))


def check_png(r, tmp):
    # RGB, 8 bits, 5 × 3, deflated.
    rgb = [bytes(v for x in range(5) for v in (x * 50, y * 100, (x * y * 37) % 256))
           for y in range(3)]
    # Grey, 16 bits big-endian, 4 × 3, stored (zlib level 0): the samples are visible in the
    # file, inside a DEFLATE stored block whose LEN/NLEN are little-endian.
    grey = np.array([[0, 1, 256, 65535], [4660, 43981, 32768, 7], [1000, 2000, 3000, 4000]],
                    dtype='>u2')
    cases = (('rgb8.png', 5, 3, 8, 2, rgb, 9), ('grey16.png', 4, 3, 16, 0,
                                                 [row.tobytes() for row in grey], 0))
    for name, width, height, depth, colour, rows, level in cases:
        path = os.path.join(tmp, name)
        write_png(path, width, height, depth, colour, rows, level)
        with open(path, 'rb') as f:
            data = f.read()
        label = 'png %s' % name
        spec = spec_fields(PNG_HEAD_LAYOUT, data, 0, 1, '>')
        head = spec[0]
        for field, want in (('signature', PNG_SIGNATURE), ('ihdr_length', 13),
                            ('ihdr_type', b'IHDR'), ('width', width), ('height', height),
                            ('bit_depth', depth), ('colour_type', colour), ('interlace', 0),
                            ('ihdr_crc', zlib.crc32(data[12:29]))):
            r.expect_value('%s: spec field %s' % (label, field), 'struct.unpack_from', want,
                           head[field])
        header_case(r, label + ' signature and IHDR', path, PNG_HEAD_DTYPE, 0, 1, spec)
        idat = spec_fields([('length', 'I'), ('type', '4s')], data, 33, 1, '>')
        r.expect_value(label + ': spec IDAT', 'struct.unpack_from at 33', b'IDAT',
                       idat[0]['type'])
        header_case(r, label + ' IDAT chunk', path, PNG_CHUNK_DTYPE, 33, 1, idat)
        idat_length = idat[0]['length']
        r.expect_value(label + ': IDAT inflates to the scanlines', 'zlib.decompress',
                       b''.join(b'\0' + row for row in rows),
                       zlib.decompress(data[41:41 + idat_length]))
        end = spec_fields([('length', 'I'), ('type', '4s'), ('crc', 'I')], data,
                          len(data) - 12, 1, '>')
        r.expect_value(label + ': spec IEND', 'struct.unpack_from at end - 12',
                       {'length': 0, 'type': b'IEND', 'crc': zlib.crc32(b'IEND')}, end[0])
        r.expect_value(label + ': chunks fill the file', '8 + 25 + 12 + IDAT + 12',
                       len(data), 8 + 25 + 12 + idat_length + 12)
        header_case(r, label + ' IEND chunk', path, PNG_END_DTYPE, len(data) - 12, 1, end)
        file_says(r, label, path, 'PNG image data, %d x %d' % (width, height))
        plain_file_case(r, label, path)
        if level == 0:
            # zlib header (2 bytes), then the stored block: BFINAL/BTYPE, LEN, NLEN (RFC 1951).
            stored = spec_fields([('cmf', 'B'), ('flg', 'B'), ('block_header', 'B'),
                                  ('len', 'H'), ('nlen', 'H')], data, 41, 1, '<')
            size = height * (1 + 2 * width)
            r.expect_value(label + ': stored block', 'struct.unpack_from at 41',
                           (1, size, size ^ 0xFFFF), (stored[0]['block_header'],
                                                      stored[0]['len'], stored[0]['nlen']))
            header_case(r, label + ' stored deflate block', path,
                        [('cmf', 'u1'), ('flg', 'u1'), ('block_header', 'u1'), ('len', '<u2'),
                         ('nlen', '<u2')], 41, 1, stored)
            scanlines = header_case(r, label + ' scanlines', path,
                                    [('filter', 'u1'), ('samples', '>u2', (width,))], 48, height)
            r.expect_value(label + ': scanline samples are the pixels written',
                           "np.frombuffer(...)['samples']", grey.tolist(),
                           scanlines['samples'].tolist())


# ---------------------------------------------------------------------------------------------
# ELF, compiled by the C compiler

ELF_CODE = {'<': 1, '>': 2}
ELF_MACHINES = {'x86_64': 62, 'amd64': 62, 'aarch64': 183, 'arm64': 183, 'riscv64': 243,
                'ppc64le': 21, 's390x': 22}


def elf_header_dtype(e):
    return [('ei_magic', 'S4'), ('ei_class', 'u1'), ('ei_data', 'u1'), ('ei_version', 'u1'),
            ('ei_osabi', 'u1'), ('ei_abiversion', 'u1'), ('ei_pad', 'V7'),
            ('e_type', e + 'u2'), ('e_machine', e + 'u2'), ('e_version', e + 'u4'),
            ('e_entry', e + 'u8'), ('e_phoff', e + 'u8'), ('e_shoff', e + 'u8'),
            ('e_flags', e + 'u4'), ('e_ehsize', e + 'u2'), ('e_phentsize', e + 'u2'),
            ('e_phnum', e + 'u2'), ('e_shentsize', e + 'u2'), ('e_shnum', e + 'u2'),
            ('e_shstrndx', e + 'u2')]


ELF_HEADER_LAYOUT = [('ei_magic', '4s'), ('ei_class', 'B'), ('ei_data', 'B'),
                     ('ei_version', 'B'), ('ei_osabi', 'B'), ('ei_abiversion', 'B'),
                     ('ei_pad', '7s'), ('e_type', 'H'), ('e_machine', 'H'), ('e_version', 'I'),
                     ('e_entry', 'Q'), ('e_phoff', 'Q'), ('e_shoff', 'Q'), ('e_flags', 'I'),
                     ('e_ehsize', 'H'), ('e_phentsize', 'H'), ('e_phnum', 'H'),
                     ('e_shentsize', 'H'), ('e_shnum', 'H'), ('e_shstrndx', 'H')]
ELF_PROGRAM_LAYOUT = [('p_type', 'I'), ('p_flags', 'I'), ('p_offset', 'Q'), ('p_vaddr', 'Q'),
                      ('p_paddr', 'Q'), ('p_filesz', 'Q'), ('p_memsz', 'Q'), ('p_align', 'Q')]
ELF_SECTION_LAYOUT = [('sh_name', 'I'), ('sh_type', 'I'), ('sh_flags', 'Q'), ('sh_addr', 'Q'),
                      ('sh_offset', 'Q'), ('sh_size', 'Q'), ('sh_link', 'I'), ('sh_info', 'I'),
                      ('sh_addralign', 'Q'), ('sh_entsize', 'Q')]
STRUCT_TO_DTYPE = {'B': 'u1', 'H': 'u2', 'I': 'u4', 'Q': 'u8'}


def dtype_of(layout, e):
    return [(name, e + STRUCT_TO_DTYPE[code]) for name, code in layout]


def elf_executable(tmp):
    """A tiny program compiled here, or an ELF already on the machine."""
    compiler = shutil.which('cc') or shutil.which('gcc') or shutil.which('clang')
    if compiler:
        source = os.path.join(tmp, 'hello.c')
        with open(source, 'w') as f:
            f.write('#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n')
        binary = os.path.join(tmp, 'hello')
        done = subprocess.run([compiler, '-O1', '-o', binary, source], capture_output=True,
                              timeout=30)
        if done.returncode == 0:
            return binary
    for candidate in ('/bin/true', '/bin/ls', os.path.realpath(sys.executable)):
        with open(candidate, 'rb') as f:
            if f.read(4) == b'\x7fELF':
                copy = os.path.join(tmp, 'program')
                shutil.copyfile(candidate, copy)
                return copy
    return None


def check_elf(r, tmp):
    path = elf_executable(tmp)
    if path is None:
        r.record(False, 'elf', 'cc, /bin/true, /bin/ls, python', 'an ELF executable', None)
        return
    with open(path, 'rb') as f:
        data = f.read()
    e = {1: '<', 2: '>'}.get(data[5], '<')
    head = spec_fields(ELF_HEADER_LAYOUT, data, 0, 1, e)
    h = head[0]
    machine = ELF_MACHINES.get(platform.machine().lower())
    wants = [('ei_magic', b'\x7fELF'), ('ei_class', 2), ('ei_data', ELF_CODE[e]),
             ('ei_version', 1), ('e_version', 1), ('e_ehsize', 64), ('e_phentsize', 56),
             ('e_shentsize', 64)]
    if machine is not None:
        wants.append(('e_machine', machine))
    for field, want in wants:
        r.expect_value('elf: spec field %s' % field, 'struct.unpack_from', want, h[field])
    r.expect_value('elf: e_type is EXEC or DYN', 'struct.unpack_from', True, h['e_type'] in (2, 3))
    r.expect_value('elf: the section headers end inside the file', 'e_shoff + e_shnum * 64',
                   True, h['e_shoff'] + h['e_shnum'] * 64 <= len(data))
    header_case(r, 'elf header', path, elf_header_dtype(e), 0, 1, head)

    programs = spec_fields(ELF_PROGRAM_LAYOUT, data, h['e_phoff'], h['e_phnum'], e)
    phdr = [p for p in programs if p['p_type'] == 6]
    if phdr:
        r.expect_value('elf: PT_PHDR points at the program headers', 'p_offset of PT_PHDR',
                       h['e_phoff'], phdr[0]['p_offset'])
    header_case(r, 'elf program headers', path, dtype_of(ELF_PROGRAM_LAYOUT, e), h['e_phoff'],
                h['e_phnum'], programs)

    sections = spec_fields(ELF_SECTION_LAYOUT, data, h['e_shoff'], h['e_shnum'], e)
    r.expect_value('elf: section 0 is SHT_NULL', 'struct.unpack_from', [0] * 10,
                   list(sections[0].values()))
    names = sections[h['e_shstrndx']]
    r.expect_value('elf: e_shstrndx names a STRTAB', 'sh_type', 3, names['sh_type'])
    header_case(r, 'elf section headers', path, dtype_of(ELF_SECTION_LAYOUT, e), h['e_shoff'],
                h['e_shnum'], sections)
    # The section-name table as one bytes string, and one name read where sh_name points.
    header_case(r, 'elf .shstrtab', path, 'S%d' % names['sh_size'], names['sh_offset'], 1)
    table = data[names['sh_offset']:names['sh_offset'] + names['sh_size']]
    text = [s for s in sections
            if table[s['sh_name']:].split(b'\0', 1)[0] == b'.text']
    r.expect_value('elf: a section is named .text', 'the names in .shstrtab', 1, len(text))
    if text:
        name_at = names['sh_offset'] + text[0]['sh_name']
        read = header_case(r, 'elf .text name', path, 'S6', name_at, 1)
        r.expect_value('elf: .text name', 'np.frombuffer(..., S6)', [b'.text'], read.tolist())
    file_says(r, 'elf', path, 'ELF 64-bit')
    plain_file_case(r, 'elf', path)


# ---------------------------------------------------------------------------------------------
# .npy and .npz, written by numpy

NPY_PREFIX_DTYPE = [('magic', 'S6'), ('major', 'u1'), ('minor', 'u1'), ('header_len', '<u2')]
RECORD_DTYPE = [('id', '<i4'), ('value', '>f8'), ('tag', 'S3'), ('xy', '<f4', (2,))]


def corpus_arrays():
    records = np.array([(1, 0.5, b'abc', (1.5, -2)), (2, -1.25, b'', (0, 3.25)),
                        (3, math.pi, b'x\0y', (1e-3, 1e6))], dtype=RECORD_DTYPE)
    return {
        'c_f8': np.arange(12, dtype='<f8').reshape(3, 4) * 0.25 - 1,
        'f_i2': np.asfortranarray(np.arange(-6, 18, dtype='<i2').reshape(2, 3, 4)),
        'be_f4': np.array([1.5, -0.0, float('inf'), float('nan'), 3.4e38, 1e-7], dtype='>f4'),
        'be_i8': np.array([[-1, 2 ** 62], [0, -2 ** 63]], dtype='>i8'),
        'be_fortran_u4': np.asfortranarray(np.arange(6, dtype='>u4').reshape(2, 3)),
        'records': records,
        'text': np.array(['wav', 'ζ', ''], dtype='<U3'),
    }


def check_npy(r, tmp):
    for name, array in corpus_arrays().items():
        path = os.path.join(tmp, name + '.npy')
        np.save(path, array)
        loaded = np.load(path)
        label = 'npy %s' % name
        batch = Batch(r, 'load %s' % path)
        batch.output(label + ': load, repr and show', 'repr; show',
                     repr(loaded) + '\n' + str(loaded) + '\n')
        batch.runs(label + ': info, hexdump, inspect 0', 'info; hexdump; inspect 0',
                   ['shape: %s' % (loaded.shape,), 'strides: %s' % (loaded.strides,)])
        batch.run()
        # The format's own header: magic, version, HEADER_LEN, then the header dict.
        with open(path, 'rb') as f:
            data = f.read()
        prefix = spec_fields([('magic', '6s'), ('major', 'B'), ('minor', 'B'),
                              ('header_len', 'H')], data, 0, 1, '<')
        p = prefix[0]
        header = ast.literal_eval(data[10:10 + p['header_len']].decode('latin1'))
        r.expect_value(label + ': spec prefix', 'struct.unpack_from',
                       (b'\x93NUMPY', 1, 0, 0), (p['magic'], p['major'], p['minor'],
                                                 (10 + p['header_len']) % 64))
        r.expect_value(label + ': spec header dict', 'ast.literal_eval of the header',
                       (np.lib.format.dtype_to_descr(array.dtype), array.shape,
                        array.flags.f_contiguous and not array.flags.c_contiguous),
                       (header['descr'], header['shape'], header['fortran_order']))
        header_case(r, label + ' raw prefix', path, NPY_PREFIX_DTYPE, 0, 1, prefix)
        header_case(r, label + ' raw header text', path, 'S%d' % p['header_len'], 10, 1)


def check_npz(r, tmp):
    arrays = corpus_arrays()
    for writer in (np.savez, np.savez_compressed):
        path = os.path.join(tmp, writer.__name__ + '.npz')
        writer(path, **arrays)
        label = writer.__name__
        rc, out, err = r.run('load %s' % path)
        lines = out.splitlines()
        rows = {}
        for line in lines[1:]:
            columns = re.split(r'\s{2,}', line.strip())
            if len(columns) == 4:
                rows[columns[0]] = columns
        with zipfile.ZipFile(path) as z:
            sizes = {info.filename[:-4]: info for info in z.infolist()}
        with np.load(path) as archive:
            for name in arrays:
                member = archive[name]
                info = sizes[name]
                stored = ('stored, %d bytes' % info.file_size
                          if info.compress_type == zipfile.ZIP_STORED else
                          'deflated, %d bytes to %d' % (info.compress_size, info.file_size))
                dtype_text = member.dtype.str if member.dtype.names is None else str(member.dtype)
                want = [name, dtype_text,
                        str(member.shape), stored]
                r.record(rc == 0 and rows.get(name) == want,
                         '%s: load lists member %s' % (label, name), 'load %s' % path,
                         '  '.join(want), '  '.join(rows.get(name, ['(no row)'])), err)
                r.expect_output('%s: load %s:%s' % (label, os.path.basename(path), name),
                                'load %s:%s; repr; show' % (path, name),
                                repr(member) + '\n' + str(member) + '\n')
        first_line = '%s: %d members' % (path, len(arrays))
        r.record(rc == 0 and lines[:1] == [first_line], '%s: load counts the members' % label,
                 'load %s' % path, first_line, lines[:1], err)
        # The archive is a zip: its first local file header, by the zip spec.
        with open(path, 'rb') as f:
            data = f.read()
        local = spec_fields(ZIP_LOCAL_LAYOUT, data, 0, 1, '<')
        with zipfile.ZipFile(path) as z:
            first = z.infolist()[0]
        r.expect_value(label + ': spec local header', 'struct.unpack_from',
                       (0x04034B50, first.compress_type, first.CRC, len(first.filename)),
                       tuple(local[0][k] for k in ('signature', 'compression', 'crc32',
                                                   'name_length')))
        header_case(r, label + ' zip local header', path, ZIP_LOCAL_DTYPE, 0, 1, local)
        header_case(r, label + ' first member name', path, 'S%d' % len(first.filename), 30, 1)


# ---------------------------------------------------------------------------------------------
# zip, written by zipfile

ZIP_LOCAL_LAYOUT = [('signature', 'I'), ('version_needed', 'H'), ('flags', 'H'),
                    ('compression', 'H'), ('mod_time', 'H'), ('mod_date', 'H'), ('crc32', 'I'),
                    ('compressed_size', 'I'), ('uncompressed_size', 'I'), ('name_length', 'H'),
                    ('extra_length', 'H')]
ZIP_CENTRAL_LAYOUT = [('signature', 'I'), ('version_made_by', 'H'), ('version_needed', 'H'),
                      ('flags', 'H'), ('compression', 'H'), ('mod_time', 'H'),
                      ('mod_date', 'H'), ('crc32', 'I'), ('compressed_size', 'I'),
                      ('uncompressed_size', 'I'), ('name_length', 'H'), ('extra_length', 'H'),
                      ('comment_length', 'H'), ('disk_start', 'H'),
                      ('internal_attributes', 'H'), ('external_attributes', 'I'),
                      ('local_header_offset', 'I')]
ZIP_END_LAYOUT = [('signature', 'I'), ('disk', 'H'), ('central_directory_disk', 'H'),
                  ('entries_on_disk', 'H'), ('entries', 'H'), ('central_directory_size', 'I'),
                  ('central_directory_offset', 'I'), ('comment_length', 'H')]
ZIP_LOCAL_DTYPE = dtype_of(ZIP_LOCAL_LAYOUT, '<')
ZIP_CENTRAL_DTYPE = dtype_of(ZIP_CENTRAL_LAYOUT, '<')
ZIP_END_DTYPE = dtype_of(ZIP_END_LAYOUT, '<')


def dos_time(date_time):
    year, month, day, hour, minute, second = date_time
    return (hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day)


def check_zip(r, tmp):
    path = os.path.join(tmp, 'bundle.zip')
    members = (('readme.txt', b'bytelens corpus\n', zipfile.ZIP_STORED),
               ('data/values.bin', bytes(range(256)) * 4, zipfile.ZIP_DEFLATED))
    comment = b'made by zipfile'
    with zipfile.ZipFile(path, 'w') as z:
        for name, body, method in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 2, 29, 13, 45, 58))
            info.compress_type = method
            z.writestr(info, body)
        z.comment = comment
    with open(path, 'rb') as f:
        data = f.read()
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
    end_at = len(data) - 22 - len(comment)
    end = spec_fields(ZIP_END_LAYOUT, data, end_at, 1, '<')
    r.expect_value('zip: spec end of central directory', 'struct.unpack_from',
                   (0x06054B50, 2, 2, len(comment)),
                   tuple(end[0][k] for k in ('signature', 'entries_on_disk', 'entries',
                                             'comment_length')))
    header_case(r, 'zip end of central directory', path, ZIP_END_DTYPE, end_at, 1, end)
    header_case(r, 'zip comment', path, 'S%d' % len(comment), end_at + 22, 1)
    central_at = end[0]['central_directory_offset']
    for info, (name, body, method) in zip(infos, members):
        want_time, want_date = dos_time(info.date_time)
        local = spec_fields(ZIP_LOCAL_LAYOUT, data, info.header_offset, 1, '<')
        r.expect_value('zip %s: spec local header' % name, 'struct.unpack_from',
                       (0x04034B50, method, zlib.crc32(body), info.compress_size, len(body),
                        len(name), want_time, want_date),
                       tuple(local[0][k] for k in ('signature', 'compression', 'crc32',
                                                   'compressed_size', 'uncompressed_size',
                                                   'name_length', 'mod_time', 'mod_date')))
        header_case(r, 'zip %s local header' % name, path, ZIP_LOCAL_DTYPE, info.header_offset,
                    1, local)
        header_case(r, 'zip %s local name' % name, path, 'S%d' % len(name),
                    info.header_offset + 30, 1)
        central = spec_fields(ZIP_CENTRAL_LAYOUT, data, central_at, 1, '<')
        r.expect_value('zip %s: spec central header' % name, 'struct.unpack_from',
                       (0x02014B50, info.header_offset, zlib.crc32(body)),
                       tuple(central[0][k] for k in ('signature', 'local_header_offset',
                                                     'crc32')))
        header_case(r, 'zip %s central header' % name, path, ZIP_CENTRAL_DTYPE, central_at, 1,
                    central)
        c = central[0]
        central_at += 46 + c['name_length'] + c['extra_length'] + c['comment_length']
    r.expect_value('zip: central directory ends at the end record', 'offset arithmetic',
                   end_at, central_at)
    file_says(r, 'zip', path, 'Zip archive data')
    plain_file_case(r, 'zip', path)


# ---------------------------------------------------------------------------------------------
# gzip, written by the gzip module

GZIP_LAYOUT = [('id1', 'B'), ('id2', 'B'), ('cm', 'B'), ('flg', 'B'), ('mtime', 'I'),
               ('xfl', 'B'), ('os', 'B')]
GZIP_DTYPE = [('id1', 'u1'), ('id2', 'u1'), ('cm', 'u1'), ('flg', 'u1'), ('mtime', '<u4'),
              ('xfl', 'u1'), ('os', 'u1')]
GZIP_TRAILER_DTYPE = [('crc32', '<u4'), ('isize', '<u4')]


def check_gzip(r, tmp):
    body = b'Real inputs read right, or say why.\n' * 40
    named = os.path.join(tmp, 'notes.txt.gz')
    with open(named, 'wb') as raw:
        with gzip.GzipFile(filename='notes.txt', mode='wb', fileobj=raw, mtime=1700000000,
                           compresslevel=9) as g:
            g.write(body)
    bare = os.path.join(tmp, 'bare.gz')
    with open(bare, 'wb') as f:
        f.write(gzip.compress(body, compresslevel=1, mtime=0))
    for path, flags, mtime, xfl in ((named, 8, 1700000000, 2), (bare, 0, 0, 4)):
        label = 'gzip %s' % os.path.basename(path)
        with open(path, 'rb') as f:
            data = f.read()
        head = spec_fields(GZIP_LAYOUT, data, 0, 1, '<')
        r.expect_value(label + ': spec header', 'struct.unpack_from',
                       (0x1F, 0x8B, 8, flags, mtime, xfl),
                       tuple(head[0][k] for k in ('id1', 'id2', 'cm', 'flg', 'mtime', 'xfl')))
        header_case(r, label + ' header', path, GZIP_DTYPE, 0, 1, head)
        if flags & 8:
            header_case(r, label + ' FNAME', path, 'S10', 10, 1)
        trailer = spec_fields([('crc32', 'I'), ('isize', 'I')], data, len(data) - 8, 1, '<')
        r.expect_value(label + ': spec trailer', 'struct.unpack_from at end - 8',
                       {'crc32': zlib.crc32(body), 'isize': len(body)}, trailer[0])
        header_case(r, label + ' trailer', path, GZIP_TRAILER_DTYPE, len(data) - 8, 1, trailer)
        file_says(r, label, path, 'gzip compressed data')
        plain_file_case(r, label, path)


# ---------------------------------------------------------------------------------------------
# sqlite, written by the sqlite3 module: the 100-byte database header and page 1's b-tree header

SQLITE_LAYOUT = [('magic', '16s'), ('page_size', 'H'), ('write_version', 'B'),
                 ('read_version', 'B'), ('reserved_space', 'B'), ('max_payload_fraction', 'B'),
                 ('min_payload_fraction', 'B'), ('leaf_payload_fraction', 'B'),
                 ('change_counter', 'I'), ('page_count', 'I'), ('freelist_trunk', 'I'),
                 ('freelist_count', 'I'), ('schema_cookie', 'I'), ('schema_format', 'I'),
                 ('default_cache_size', 'I'), ('largest_root_page', 'I'),
                 ('text_encoding', 'I'), ('user_version', 'I'), ('incremental_vacuum', 'I'),
                 ('application_id', 'I'), ('reserved', '20s'), ('version_valid_for', 'I'),
                 ('sqlite_version_number', 'I')]
SQLITE_DTYPE = ([('magic', 'S16'), ('page_size', '>u2')]
                + [(name, 'u1') for name, _ in SQLITE_LAYOUT[2:8]]
                + [(name, '>u4') for name, _ in SQLITE_LAYOUT[8:20]]
                + [('reserved', 'V20'), ('version_valid_for', '>u4'),
                   ('sqlite_version_number', '>u4')])
BTREE_LAYOUT = [('page_type', 'B'), ('first_freeblock', 'H'), ('cell_count', 'H'),
                ('content_start', 'H'), ('fragmented_bytes', 'B')]
BTREE_DTYPE = [('page_type', 'u1'), ('first_freeblock', '>u2'), ('cell_count', '>u2'),
               ('content_start', '>u2'), ('fragmented_bytes', 'u1')]


def check_sqlite(r, tmp):
    path = os.path.join(tmp, 'corpus.sqlite')
    connection = sqlite3.connect(path)
    connection.execute('PRAGMA user_version = 7')
    connection.execute('PRAGMA application_id = 1112101971')
    connection.execute('CREATE TABLE samples (id INTEGER PRIMARY KEY, name TEXT, value REAL)')
    connection.executemany('INSERT INTO samples (name, value) VALUES (?, ?)',
                           [('sample %d' % i * 3, i * 0.5) for i in range(400)])
    connection.execute('CREATE INDEX by_value ON samples (value)')
    connection.commit()
    page_size = connection.execute('PRAGMA page_size').fetchone()[0]
    page_count = connection.execute('PRAGMA page_count').fetchone()[0]
    schema_rows = connection.execute('SELECT count(*) FROM sqlite_master').fetchone()[0]
    connection.close()
    with open(path, 'rb') as f:
        data = f.read()
    head = spec_fields(SQLITE_LAYOUT, data, 0, 1, '>')
    h = head[0]
    major, minor, patch = sqlite3.sqlite_version_info
    for field, want in (('magic', b'SQLite format 3\0'), ('page_size', page_size),
                        ('page_count', page_count), ('text_encoding', 1),
                        ('user_version', 7), ('application_id', 1112101971),
                        ('schema_format', 4), ('max_payload_fraction', 64),
                        ('min_payload_fraction', 32), ('leaf_payload_fraction', 32),
                        ('sqlite_version_number', major * 1000000 + minor * 1000 + patch)):
        r.expect_value('sqlite: spec field %s' % field, 'struct.unpack_from', want, h[field])
    r.expect_value('sqlite: page count × page size is the file size', 'len(file)',
                   len(data), h['page_count'] * h['page_size'])
    header_case(r, 'sqlite database header', path, SQLITE_DTYPE, 0, 1, head)
    btree = spec_fields(BTREE_LAYOUT, data, 100, 1, '>')
    r.expect_value('sqlite: page 1 is a leaf table b-tree holding the schema',
                   'struct.unpack_from at 100', (13, schema_rows),
                   (btree[0]['page_type'], btree[0]['cell_count']))
    header_case(r, 'sqlite page 1 b-tree header', path, BTREE_DTYPE, 100, 1, btree)
    header_case(r, 'sqlite page size alone', path, '>u2', 16, 1)
    header_case(r, 'sqlite page count and more', path, '>u4', 28, 4)
    file_says(r, 'sqlite', path, 'SQLite 3.x database')
    plain_file_case(r, 'sqlite', path)


# ---------------------------------------------------------------------------------------------
# tar, written by tarfile (ustar and GNU)

TAR_LAYOUT = [('name', '100s'), ('mode', '8s'), ('uid', '8s'), ('gid', '8s'), ('size', '12s'),
              ('mtime', '12s'), ('chksum', '8s'), ('typeflag', '1s'), ('linkname', '100s'),
              ('magic', '6s'), ('version', '2s'), ('uname', '32s'), ('gname', '32s'),
              ('devmajor', '8s'), ('devminor', '8s'), ('prefix', '155s'), ('pad', '12s')]
TAR_DTYPE = [(name, 'S%s' % code[:-1]) for name, code in TAR_LAYOUT[:-1]] + [('pad', 'V12')]


def octal(field):
    text = field.split(b'\0', 1)[0].strip()
    return int(text, 8) if text else 0


def check_tar(r, tmp):
    body = b'hello, tar\n'
    for form, magic, version in ((tarfile.USTAR_FORMAT, b'ustar\0', b'00'),
                                 (tarfile.GNU_FORMAT, b'ustar ', b' \0')):
        name = 'ustar' if form == tarfile.USTAR_FORMAT else 'gnu'
        path = os.path.join(tmp, 'corpus-%s.tar' % name)
        with tarfile.open(path, 'w', format=form) as t:
            folder = tarfile.TarInfo('docs')
            folder.type, folder.mode, folder.mtime = tarfile.DIRTYPE, 0o755, 1700000000
            folder.uname = folder.gname = 'corpus'
            t.addfile(folder)
            member = tarfile.TarInfo('docs/hello.txt')
            member.size, member.mode, member.mtime = len(body), 0o644, 1700000123
            member.uid, member.gid, member.uname, member.gname = 1000, 100, 'corpus', 'users'
            t.addfile(member, io.BytesIO(body))
        with open(path, 'rb') as f:
            data = f.read()
        label = 'tar %s' % name
        headers = spec_fields(TAR_LAYOUT, data, 0, 2, '')
        for index, (h, want_name, want_type, want_size, want_mode) in enumerate(
                zip(headers, (b'docs/', b'docs/hello.txt'), (b'5', b'0'), (0, len(body)),
                    (0o755, 0o644))):
            block = bytearray(data[index * 512:(index + 1) * 512])
            block[148:156] = b' ' * 8
            r.expect_value('%s header %d: spec fields' % (label, index), 'struct.unpack_from',
                           (want_name, want_type, want_size, want_mode, magic, version,
                            sum(block)),
                           (h['name'].rstrip(b'\0'), h['typeflag'], octal(h['size']),
                            octal(h['mode']), h['magic'], h['version'], octal(h['chksum'])))
        # A directory has no data: the two headers are adjacent, one array of two records.
        header_case(r, label + ' headers', path, TAR_DTYPE, 0, 2, headers)
        header_case(r, label + ' member data', path, 'S%d' % len(body), 1024, 1)
        file_says(r, label, path, 'tar archive')
        plain_file_case(r, label, path)


# ---------------------------------------------------------------------------------------------
# BMP, written by its specification (BITMAPFILEHEADER + BITMAPINFOHEADER)

BMP_FILE_LAYOUT = [('type', '2s'), ('file_size', 'I'), ('reserved1', 'H'), ('reserved2', 'H'),
                   ('data_offset', 'I')]
BMP_FILE_DTYPE = [('type', 'S2'), ('file_size', '<u4'), ('reserved1', '<u2'),
                  ('reserved2', '<u2'), ('data_offset', '<u4')]
BMP_INFO_LAYOUT = [('header_size', 'I'), ('width', 'i'), ('height', 'i'), ('planes', 'H'),
                   ('bits_per_pixel', 'H'), ('compression', 'I'), ('image_size', 'I'),
                   ('x_pixels_per_metre', 'i'), ('y_pixels_per_metre', 'i'),
                   ('colours_used', 'I'), ('colours_important', 'I')]
BMP_INFO_DTYPE = [('header_size', '<u4'), ('width', '<i4'), ('height', '<i4'),
                  ('planes', '<u2'), ('bits_per_pixel', '<u2'), ('compression', '<u4'),
                  ('image_size', '<u4'), ('x_pixels_per_metre', '<i4'),
                  ('y_pixels_per_metre', '<i4'), ('colours_used', '<u4'),
                  ('colours_important', '<u4')]


def write_bmp(path, pixels, bits, top_down):
    """pixels: rows of (b, g, r[, a]) tuples, top row first."""
    height, width = len(pixels), len(pixels[0])
    row_bytes = (width * bits // 8 + 3) // 4 * 4
    rows = pixels if top_down else pixels[::-1]
    image = b''.join(bytes(v for px in row for v in px).ljust(row_bytes, b'\0') for row in rows)
    info = struct.pack('<IiiHHIIiiII', 40, width, -height if top_down else height, 1, bits, 0,
                       len(image), 2835, 2835, 0, 0)
    head = struct.pack('<2sIHHI', b'BM', 14 + 40 + len(image), 0, 0, 54)
    with open(path, 'wb') as f:
        f.write(head + info + image)
    return row_bytes


def check_bmp(r, tmp):
    bgr = [[(x * 40, y * 90, 255 - x * 40) for x in range(5)] for y in range(3)]
    bgra = [[(x, y, x + y, 255 - x * 60) for x in range(4)] for y in range(2)]
    for name, pixels, bits, top_down in (('rgb24.bmp', bgr, 24, False),
                                         ('rgba32.bmp', bgra, 32, True)):
        path = os.path.join(tmp, name)
        row_bytes = write_bmp(path, pixels, bits, top_down)
        height, width = len(pixels), len(pixels[0])
        with open(path, 'rb') as f:
            data = f.read()
        label = 'bmp %s' % name
        file_head = spec_fields(BMP_FILE_LAYOUT, data, 0, 1, '<')
        r.expect_value(label + ': spec file header', 'struct.unpack_from',
                       (b'BM', len(data), 54), tuple(file_head[0][k] for k in (
                           'type', 'file_size', 'data_offset')))
        header_case(r, label + ' file header', path, BMP_FILE_DTYPE, 0, 1, file_head)
        info = spec_fields(BMP_INFO_LAYOUT, data, 14, 1, '<')
        r.expect_value(label + ': spec info header', 'struct.unpack_from',
                       (40, width, -height if top_down else height, 1, bits),
                       tuple(info[0][k] for k in ('header_size', 'width', 'height', 'planes',
                                                  'bits_per_pixel')))
        header_case(r, label + ' info header', path, BMP_INFO_DTYPE, 14, 1, info)
        if bits == 24:
            rows = header_case(r, label + ' pixel rows', path,
                               [('bgr', 'u1', (width, 3)), ('pad', 'V%d' % (row_bytes - 15))],
                               54, height)
            r.expect_value(label + ': rows bottom-up', "np.frombuffer(...)['bgr']",
                           [[list(px) for px in row] for row in bgr[::-1]],
                           rows['bgr'].tolist())
        else:
            quads = header_case(r, label + ' pixels', path,
                                [('b', 'u1'), ('g', 'u1'), ('r', 'u1'), ('a', 'u1')], 54,
                                width * height, reshape=(height, width))
            r.expect_value(label + ': pixels top-down', 'np.frombuffer(...).tolist()',
                           [list(px) for row in bgra for px in row],
                           [list(q) for q in quads.tolist()])
        file_says(r, label, path, 'PC bitmap', '%d x %d x %d' % (
            width, -height if top_down else height, bits))
        plain_file_case(r, label, path)


# ---------------------------------------------------------------------------------------------
# TIFF, written by its specification in both byte orders

TIFF_SHORT, TIFF_LONG = 3, 4


def write_tiff(path, order, pixels, width, height):
    e = '<' if order == b'II' else '>'
    entries = [(256, TIFF_SHORT, width), (257, TIFF_SHORT, height), (258, TIFF_SHORT, 8),
               (259, TIFF_SHORT, 1), (262, TIFF_SHORT, 1), (273, TIFF_LONG, 0),
               (277, TIFF_SHORT, 1), (278, TIFF_SHORT, height),
               (279, TIFF_LONG, width * height)]
    strip_at = 8 + 2 + 12 * len(entries) + 4
    ifd = struct.pack(e + 'H', len(entries))
    for tag, kind, value in entries:
        if tag == 273:
            value = strip_at
        # A value that fits in 4 bytes is stored in the entry, left-justified (TIFF 6.0 §2).
        packed = struct.pack(e + 'HH', value, 0) if kind == TIFF_SHORT else struct.pack(
            e + 'I', value)
        ifd += struct.pack(e + 'HHI', tag, kind, 1) + packed
    with open(path, 'wb') as f:
        f.write(order + struct.pack(e + 'HI', 42, 8) + ifd + struct.pack(e + 'I', 0) + pixels)
    return len(entries), strip_at


def check_tiff(r, tmp):
    width, height = 4, 3
    pixels = bytes(range(0, 240, 20))
    for order in (b'II', b'MM'):
        e = '<' if order == b'II' else '>'
        path = os.path.join(tmp, 'grey-%s.tif' % order.decode().lower())
        count, strip_at = write_tiff(path, order, pixels, width, height)
        with open(path, 'rb') as f:
            data = f.read()
        label = 'tiff %s' % order.decode()
        head = spec_fields([('byte_order', '2s'), ('magic', 'H'), ('ifd_offset', 'I')], data, 0,
                           1, e)
        r.expect_value(label + ': spec header', 'struct.unpack_from', (order, 42, 8),
                       tuple(head[0].values()))
        header_case(r, label + ' header', path,
                    [('byte_order', 'S2'), ('magic', e + 'u2'), ('ifd_offset', e + 'u4')], 0, 1,
                    head)
        header_case(r, label + ' entry count', path, e + 'u2', 8, 1)
        entries = spec_fields([('tag', 'H'), ('type', 'H'), ('count', 'I'), ('value_short', 'H'),
                               ('pad', 'H')], data, 10, count, e)
        for entry, raw in zip(entries, (data[10 + 12 * i + 8:10 + 12 * i + 12]
                                        for i in range(count))):
            entry['value_long'] = struct.unpack(e + 'I', raw)[0]
            del entry['pad']
        values = {x['tag']: x['value_short'] if x['type'] == TIFF_SHORT else x['value_long']
                  for x in entries}
        r.expect_value(label + ': spec IFD', 'struct.unpack_from at 10',
                       {256: width, 257: height, 258: 8, 259: 1, 262: 1, 273: strip_at, 277: 1,
                        278: height, 279: width * height}, values)
        # SHORT and LONG values share the entry's last four bytes: overlapping fields.
        entry_dtype = {'names': ['tag', 'type', 'count', 'value_short', 'value_long'],
                       'formats': [e + 'u2', e + 'u2', e + 'u4', e + 'u2', e + 'u4'],
                       'offsets': [0, 2, 4, 8, 8], 'itemsize': 12}
        header_case(r, label + ' IFD entries', path, entry_dtype, 10, count, entries)
        header_case(r, label + ' next IFD offset', path, e + 'u4', 10 + 12 * count, 1)
        strip = header_case(r, label + ' strip', path, 'u1', strip_at, width * height,
                            reshape=(height, width))
        r.expect_value(label + ': strip is the pixels', 'np.frombuffer(..., u1)',
                       list(pixels), strip.tolist())
        file_says(r, label, path, 'TIFF image data, %s-endian' % (
            'little' if order == b'II' else 'big'), 'height=%d' % height, 'width=%d' % width)
        plain_file_case(r, label, path)


# ---------------------------------------------------------------------------------------------
# Windows that do not fit the file: an error where numpy raises one, never fewer bytes

def frombuffer_case(r, label, path, dtype, offset, count):
    """`load PATH as DTYPE at OFFSET [count N]` against np.frombuffer: the same array, or, where
    numpy raises, exit status 1, nothing on standard output and an `error:` line."""
    with open(path, 'rb') as f:
        data = f.read()
    numpy_dtype = np.dtype(dtype)
    command = 'load %s as %s at %d' % (path, spelling(dtype), offset)
    if count is not None:
        command += ' count %d' % count
    command += '; repr'
    try:
        array = np.frombuffer(data, numpy_dtype, -1 if count is None else count, offset)
    except ValueError as error:
        rc, out, err = r.run(command)
        first = err.splitlines()[:1]
        r.record(rc == 1 and out == '' and first and first[0].startswith('error: '), label,
                 command, 'exit 1, no output, error: (numpy: %s)' % error,
                 'exit %d, %r' % (rc, out), err)
        return
    r.expect_output(label, command, repr(array) + '\n')


def check_windows(r, tmp):
    """Windows over the WAV and the database written above."""
    path = os.path.join(tmp, 'tone.wav')
    size = os.path.getsize(path)
    for label, dtype, offset, count in (
            ('wav header twice: past the end', WAV_DTYPE, 0, 2),
            ('wav header at the last 40 bytes', WAV_DTYPE, size - 40, 1),
            ('u4 past the end by one byte', '<u4', size - 3, 1),
            ('u4 from an odd offset to the end', '<u4', 1, None),
            ('i2 from 44 to the end', '<i2', 44, None),
            ('i2 from 44, count -1 (all)', '<i2', 44, -1),
            ('u1 at the end, no count', 'u1', size, None),
            ('u1 at the end, count 0', 'u1', size, 0),
            ('one byte beyond the end', 'u1', size + 1, None),
            ('far beyond the end', '>u8', 1 << 40, 1)):
        frombuffer_case(r, 'window: ' + label, path, dtype, offset, count)
    database = os.path.join(tmp, 'corpus.sqlite')
    size = os.path.getsize(database)
    frombuffer_case(r, 'window: sqlite header over the last 99 bytes', database, SQLITE_DTYPE,
                    size - 99, 1)
    frombuffer_case(r, 'window: sqlite pages as >u4, whole', database, '>u4', 0, None)


# ---------------------------------------------------------------------------------------------

def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        print('not an executable: %s' % binary, file=sys.stderr)
        return 2
    r = Runner(binary)
    with tempfile.TemporaryDirectory(prefix='bytelens-corpus-') as tmp:
        for check in (check_wav, check_png, check_elf, check_npy, check_npz, check_zip,
                      check_gzip, check_sqlite, check_tar, check_bmp, check_tiff, check_windows):
            check(r, tmp)
    print('%d passed, %d failed' % (r.passed, r.failures))
    return 1 if r.failures else 0


if __name__ == '__main__':
    sys.exit(main())
