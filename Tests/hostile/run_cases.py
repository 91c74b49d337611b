"""The bad-input corpus: hostile command lines, scripts, files and dumps, and the exact error
each must give, run through the real binary under a memory cap.

    python3 Tests/hostile/run_cases.py .build/debug/bytelens

`cases.tsv` holds one case a line (`#` lines are comments):

    NAME <TAB> ARGS <TAB> STDIN <TAB> STATUS <TAB> FIRST STDERR LINE

ARGS are bytelens's arguments separated by `|`; `$FILES` is `Tests/hostile/files`, `$TMP` a
new folder for the case. STDIN is `-` for none, else a Python string literal. STATUS is the
exit status, always 0 or 1. The first line of standard error must be exactly the one given
(`-` when there must be none); `$FILES` and `$TMP` stand for those folders there too.

Every case runs under `prlimit --as` of 1 GiB and a time limit: a crash, a signal, an
allocation failure or a hang fails it. Input files must be unchanged afterwards (their
SHA-256 before and after). Ends with the line `N passed, M failed`.
"""
import ast
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/bytelens")
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
MEMORY_CAP = 1 << 30
SECONDS = 30
MINIMUM_CASES = 200


def read_cases():
    cases = []
    with open(os.path.join(HERE, "cases.tsv"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 5:
                raise SystemExit("cases.tsv line %d: %d fields, not 5" % (number, len(parts)))
            cases.append((number, *parts))
    return cases


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def file_hashes():
    return {name: digest(os.path.join(FILES, name)) for name in sorted(os.listdir(FILES))}


def run(number, name, args, stdin, status, first_error):
    tmp = tempfile.mkdtemp(prefix="bytelens-hostile-")
    try:
        argv = [a.replace("$FILES", FILES).replace("$TMP", tmp) for a in args.split("|")]
        if argv == [""]:
            argv = []
        data = None if stdin == "-" else ast.literal_eval(stdin)
        if isinstance(data, str):
            data = data.encode()
        command = ["prlimit", "--as=%d" % MEMORY_CAP, "--", BINARY, *argv]
        env = dict(os.environ, NO_COLOR="1", HOME=tmp, XDG_STATE_HOME=tmp)
        try:
            result = subprocess.run(
                command, input=data, capture_output=True, timeout=SECONDS, env=env, cwd=tmp,
                stdin=subprocess.DEVNULL if data is None else None)
        except subprocess.TimeoutExpired:
            return "timed out after %d s" % SECONDS
        first_error = first_error.replace("$FILES", FILES).replace("$TMP", tmp)
        errors = result.stderr.decode(errors="replace").split("\n")
        got_first = errors[0] if result.stderr else "-"
        problems = []
        if result.returncode not in (0, 1):
            problems.append("exit status %d (a crash or a signal?)" % result.returncode)
        elif result.returncode != int(status):
            problems.append("exit status %d, expected %s" % (result.returncode, status))
        if got_first != first_error:
            problems.append("first stderr line\n    %r\n  expected\n    %r" % (got_first, first_error))
        if result.returncode == 1 and result.stderr and not errors[0].startswith("error: "):
            problems.append("a failure's first line is not 'error: …'")
        # One error (with its hint and note) ends a run; --keep-going reports each.
        allowed = ("hint: ", "note: ", "error: ") if "--keep-going" in argv else ("hint: ", "note: ")
        extra = [l for l in errors[1:] if l and not l.startswith(allowed)]
        if result.returncode == 1 and extra:
            problems.append("more than error/hint/note lines on stderr: %r" % extra[:3])
        return "; ".join(problems)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    cases = read_cases()
    before = file_hashes()
    passed, failed = 0, 0
    names = set()
    for number, name, args, stdin, status, first_error in cases:
        if name in names:
            print("FAIL cases.tsv line %d: the name %r is used twice" % (number, name))
            failed += 1
            continue
        names.add(name)
        problem = run(number, name, args, stdin, status, first_error)
        if problem:
            failed += 1
            print("FAIL %s (cases.tsv line %d): %s" % (name, number, problem))
        else:
            passed += 1
    after = file_hashes()
    for name in before:
        if after.get(name) != before[name]:
            failed += 1
            print("FAIL the input file %s changed" % name)
    if len(cases) < MINIMUM_CASES:
        failed += 1
        print("FAIL only %d cases; the corpus keeps at least %d" % (len(cases), MINIMUM_CASES))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


sys.exit(main())
