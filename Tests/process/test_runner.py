"""The runner the process tests share: each `test_*(folder)` function of a script runs in a
new temporary folder, removed afterwards; the last line is `N passed, M failed`.

    if __name__ == "__main__":
        run_tests(globals(), "bytelens-closed-pipe-")
"""
import shutil
import sys
import tempfile
import time
import traceback


def run_tests(namespace, prefix):
    """Runs the `test_*` functions of `namespace` in name order and exits with 1 if any failed."""
    tests = [(name, f) for name, f in sorted(namespace.items()) if name.startswith("test_")]
    passed = failed = 0
    for name, test in tests:
        folder = tempfile.mkdtemp(prefix=prefix)
        started = time.time()
        try:
            test(folder)
            passed += 1
            print(f"ok   {name} ({time.time() - started:.1f} s)")
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
