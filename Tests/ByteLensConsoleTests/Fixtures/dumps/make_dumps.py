#!/usr/bin/env python3
"""Writes sample.bin and its dumps by the real tools, for DumpFixtureTests.

    python3 Tests/ByteLensConsoleTests/Fixtures/dumps/make_dumps.py

Each NAME.txt is the unedited output of the command in DUMPS (run on this machine: xxd
2022-01-14, util-linux 2.38 hexdump/hd, GNU coreutils 9.1 od and base64, hexyl 0.8.0, GNU gdb
13), or of Python's repr, or a Python session (python-session.txt: what `python3 -i` shows
when the prompt lines are typed, pprint wrapping the long repr over lines). wireshark.txt is written by this script in the layout of Wireshark's
"Copy … as Hex Dump" (Wireshark is not installed here). The sample has every byte value,
a run of zeros (so the tools print '*' lines) and an odd length.
"""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

DATA = (b'Hello world.Hello, bytes!\x00\x01\xff\x80 end|>< "q" \\ 7%' + bytes(48)
        + bytes(range(256)) + b'tail')

DUMPS = {
    'xxd': ['xxd', 'sample.bin'],
    'xxd-g1': ['xxd', '-g1', 'sample.bin'],
    'xxd-g4': ['xxd', '-g4', 'sample.bin'],
    'xxd-e': ['xxd', '-e', 'sample.bin'],
    'xxd-b': ['xxd', '-b', 'sample.bin'],
    'xxd-a': ['xxd', '-a', 'sample.bin'],
    'xxd-p': ['xxd', '-p', 'sample.bin'],
    'xxd-i': ['xxd', '-i', 'sample.bin'],
    'hexdump-C': ['hexdump', '-C', 'sample.bin'],
    'hd': ['hd', 'sample.bin'],
    'hexdump': ['hexdump', 'sample.bin'],
    'od-x': ['od', '-x', 'sample.bin'],
    'od-Ax-tx1z': ['od', '-A', 'x', '-t', 'x1z', 'sample.bin'],
    'od': ['od', 'sample.bin'],
    'base64': ['base64', 'sample.bin'],
    'od-c': ['od', '-c', 'sample.bin'],
    'od-Ad-c': ['od', '-A', 'd', '-c', 'sample.bin'],
    'od-An-v-c': ['od', '-A', 'n', '-v', '-c', 'sample.bin'],
    'od-tx1': ['od', '-t', 'x1', 'sample.bin'],
    'od-Ax-tx1': ['od', '-A', 'x', '-t', 'x1', 'sample.bin'],
    'od-An-v-tx1': ['od', '-A', 'n', '-v', '-t', 'x1', 'sample.bin'],
    'hexdump-c': ['hexdump', '-c', 'sample.bin'],
    'hexyl': ['hexyl', '--color', 'never', 'sample.bin'],
    'hexyl-border-none': ['hexyl', '--color', 'never', '--border', 'none', 'sample.bin'],
    'hexyl-color': ['hexyl', '--color', 'always', 'sample.bin'],
    'hexyl-border-ascii': ['hexyl', '--color', 'never', '--border', 'ascii', 'sample.bin'],
}


def wireshark(data):
    lines = []
    for offset in range(0, len(data), 16):
        chunk = data[offset:offset + 16]
        hex_part = ' '.join('%02x' % b for b in chunk)
        text = ''.join(chr(b) if 0x20 <= b < 0x7f else '.' for b in chunk)
        lines.append('%04x   %-47s   %s' % (offset, hex_part, text))
    return '\n'.join(lines) + '\n'


def python_session(data):
    import pprint
    lines = [">>> data = open('sample.bin', 'rb').read()", '>>> import pprint',
             '>>> pprint.pprint(data,', '...               width=70)']
    return '\n'.join(lines) + '\n' + pprint.pformat(data, width=70) + '\n>>> \n'


def gdb(data):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'buffer.c')
        exe = os.path.join(tmp, 'buffer')
        with open(src, 'w') as f:
            f.write('unsigned char buf[%d] = {%s};\nint main(void) { return buf[0]; }\n'
                    % (len(data), ', '.join('0x%02x' % b for b in data)))
        subprocess.run(['cc', '-g', '-O0', '-o', exe, src], check=True)
        proc = subprocess.run(['gdb', '-batch', '-nx', '-ex', 'x/%dxb buf' % len(data), exe],
                              capture_output=True, text=True, check=True)
        return proc.stdout


def main():
    with open(os.path.join(HERE, 'sample.bin'), 'wb') as f:
        f.write(DATA)
    for name, cmd in DUMPS.items():
        out = subprocess.run(cmd, cwd=HERE, capture_output=True, check=True).stdout
        with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
            f.write(out)
    extra = {
        'python-repr': repr(DATA) + '\n',
        'python-bytearray': repr(bytearray(DATA)) + '\n',
        'python-adjacent': '(' + '\n '.join(repr(DATA[i:i + 24]) for i in range(0, len(DATA), 24)) + ')\n',
        'c-string': '\n'.join('"%s"' % ''.join('\\x%02x' % b for b in DATA[i:i + 16])
                              for i in range(0, len(DATA), 16)) + ';\n',
        'wireshark': wireshark(DATA),
        'python-session': python_session(DATA),
    }
    if shutil.which('gdb') and shutil.which('cc'):
        extra['gdb-x-xb'] = gdb(DATA)
    for name, text in extra.items():
        with open(os.path.join(HERE, name + '.txt'), 'w', encoding='latin1') as f:
            f.write(text)


if __name__ == '__main__':
    main()
