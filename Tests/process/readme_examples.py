"""Every `$ bytelens …` example in README.md, run, must print exactly what the README shows.

    python3 Tests/process/readme_examples.py .build/debug/bytelens

A fenced block's lines starting with `$ ` are commands (run by bash from the repository's
folder, with the binary first on PATH as `bytelens`); the lines up to the next command or the
end of the block are their expected standard output and standard error, interleaved. Paths
under /tmp/ are moved into a temporary folder. Ends with the line `N passed, M failed`.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def examples(text):
    """(line number, command, expected output) for each `$ ` line of a fenced block."""
    found = []
    in_block = False
    current = None
    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith("```"):
            if in_block and current:
                found.append(current)
            current = None
            in_block = not in_block
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            if current:
                found.append(current)
            current = (number, line[2:], [])
        elif current:
            current[2].append(line)
    return [(number, command, "".join(l + "\n" for l in lines)) for number, command, lines in found]


def main():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        cases = examples(f.read())
    temporary = tempfile.mkdtemp(prefix="bytelens-readme-")
    bin_dir = os.path.join(temporary, "bin")
    os.mkdir(bin_dir)
    os.symlink(BINARY, os.path.join(bin_dir, "bytelens"))
    work = os.path.join(temporary, "tmp") + "/"
    os.mkdir(work)
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""), NO_COLOR="1")
    passed, failed = 0, 0
    try:
        for number, command, expected in cases:
            command = command.replace("/tmp/", work)
            expected = expected.replace("/tmp/", work)
            result = subprocess.run(
                ["bash", "-c", command + " 2>&1"], cwd=ROOT, env=env, capture_output=True,
                stdin=subprocess.DEVNULL, timeout=60)
            actual = result.stdout.decode(errors="replace")
            if actual == expected:
                passed += 1
            else:
                failed += 1
                print("FAIL README.md line %d: $ %s" % (number, command))
                print("  expected:\n" + re.sub("^", "    ", expected, flags=re.M))
                print("  actual:\n" + re.sub("^", "    ", actual, flags=re.M))
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    if passed < 10:
        print("FAIL only %d examples found in README.md" % passed)
        failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


sys.exit(main())
