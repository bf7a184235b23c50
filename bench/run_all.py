"""`make bench`: generate the large sample county once, then run every bench/bench_*.py on it and print their
reports (each compares wpzf against the QGIS built-in way on the same data in one run).

The data folder defaults to .build/large (override with WPZF_BENCH_DATA); a benchmark exits non-zero when its
results are wrong, and so does this runner.
"""
import glob
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/usr/bin/python3"


def main():
    data = os.environ.get("WPZF_BENCH_DATA", os.path.join(ROOT, ".build", "large"))
    if not os.path.exists(os.path.join(data, "county.json")):
        print("生成大型示范县数据（一次性）→ {}".format(data), flush=True)
        started = time.time()
        subprocess.run([PY, os.path.join(ROOT, "tools", "sample_county.py"), "--size", "large", "--out", data],
                       check=True)
        print("  用时 {:.0f} s".format(time.time() - started), flush=True)
    env = dict(os.environ, WPZF_BENCH_DATA=data, QT_QPA_PLATFORM="offscreen")
    failed = []
    for script in sorted(glob.glob(os.path.join(ROOT, "bench", "bench_*.py"))):
        print("\n=== {}".format(os.path.basename(script)), flush=True)
        if subprocess.run([PY, script], env=env).returncode != 0:
            failed.append(os.path.basename(script))
    if failed:
        print("\nFAILED: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
