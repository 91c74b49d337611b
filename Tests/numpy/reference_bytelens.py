#!/usr/bin/env python3
"""A reference bytelens in Python, for checking the oracle itself.

    python3 reference_bytelens.py FILE -c "as <f8; reshape 2,-1; repr; show; info"

Understands exactly the commands the generated cases use (see cases.py) plus the output
commands repr, show, info, tobytes [C|F|A|K] and echo.  It is the oracle's own interpretation
run as a program: `differential.py --self-test` runs the whole harness against it, which must
report no failures.  It is not bytelens and does not try to print bytelens's messages.
"""

import sys
import warnings

import numpy as np

import cases


def main(argv):
    if len(argv) != 4 or argv[2] != '-c':
        print('usage: reference_bytelens.py FILE -c SCRIPT', file=sys.stderr)
        return 2
    with open(argv[1], 'rb') as f:
        data = f.read()

    def loader(path):
        with open(path, 'rb') as f:
            return f.read()

    out = []
    warnings.simplefilter('ignore')
    try:
        s = cases.Session(data, loader=loader)
        for cmd in cases.split_script(argv[3]):
            word, _, rest = cmd.partition(' ')
            a = s.a
            if word == 'repr':
                out.append(repr(a))
            elif word == 'show':
                out.append(str(a))
            elif word == 'echo':
                out.append(rest)
            elif word == 'info':
                out.append('dtype: %s' % (a.dtype.str,))
                out.append('shape: %s' % (tuple(a.shape),))
                out.append('strides: %s' % (tuple(a.strides),))
            elif word == 'tobytes':
                b = np.asarray(a).tobytes(rest or 'C')
                out.append(repr(b))
                out.append('%d bytes' % len(b))
            else:
                s.command(cmd)
    except Exception as e:  # noqa: BLE001 - every failure is a user error here
        sys.stdout.write(''.join(line + '\n' for line in out))
        print('error: %s' % e, file=sys.stderr)
        return 1
    sys.stdout.write(''.join(line + '\n' for line in out))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
