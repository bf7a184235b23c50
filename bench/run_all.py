"""`make bench`: generate the two large benchmark counties once, then run every bench/bench_*.py and print their
reports (each compares wpzf against the QGIS built-in way on the same data in one run).

Counties: the large sample county (tools/sample_county.py) in .build/large and the irregular county
(tools/irregular_county.py: Voronoi parcels with jagged shared edges, huge red-line polygons, patches that are almost
never convex) in .build/irregular. The overlay benches (bench_overlay.py, bench_overlay_monthly.py) run on both;
the others on the sample county (WPZF_BENCH_DATA overrides its folder). A benchmark exits non-zero when its
results are wrong, and so does this runner; with --require-target also when the overlay benches miss issue 13's
targets (≥ 5× the built-in tool on the full county with all layers, ≥ 3× on a month's new patches, < 1.5 GB).

    /usr/bin/python3 bench/run_all.py [--require-target] [--repeat N] [--timeout 600] [--only overlay,overlay_monthly]
"""
import argparse
import glob
import importlib.util
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/usr/bin/python3"
OVERLAY_BENCHES = ("bench_overlay.py", "bench_overlay_monthly.py")  # they take --data/--repeat/--require-target


def _bench_overlay():
    spec = importlib.util.spec_from_file_location("wpzf_bench_overlay",
                                                  os.path.join(ROOT, "bench", "bench_overlay.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--require-target", action="store_true", help="missed targets of the overlay benches fail")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement in the overlay benches (best counts)")
    ap.add_argument("--timeout", type=float, default=600.0, help="overlay benches: seconds before a run is stopped")
    ap.add_argument("--only", help="comma list of benches to run, e.g. overlay,overlay_monthly (default: all)")
    args = ap.parse_args(argv)
    bench = _bench_overlay()
    sample = os.environ.get("WPZF_BENCH_DATA") or os.path.join(ROOT, ".build", "large")
    sample = bench.ensure_county("sample", sample)
    irregular = bench.ensure_county("irregular", os.path.join(ROOT, ".build", "irregular"))
    env = dict(os.environ, WPZF_BENCH_DATA=sample, QT_QPA_PLATFORM="offscreen")
    only = {"bench_{}.py".format(name.strip()) for name in args.only.split(",")} if args.only else None
    failed, missed, timing = [], [], []
    for script in sorted(glob.glob(os.path.join(ROOT, "bench", "bench_*.py"))):
        name = os.path.basename(script)
        if only and name not in only:
            continue
        cmd = [PY, script]
        if name in OVERLAY_BENCHES:
            cmd += ["--data", sample, "--data", irregular, "--repeat", str(args.repeat), "--timeout", str(args.timeout)]
            if args.require_target:
                cmd.append("--require-target")
        print("\n##### {}".format(" ".join([name] + cmd[2:])), flush=True)
        started = time.time()
        code = subprocess.run(cmd, env=env).returncode
        timing.append((name, time.time() - started, code))
        if code == 2 and name in OVERLAY_BENCHES:
            missed.append(name)
        elif code != 0:
            failed.append(name)
    print("\n##### 汇总")
    for name, seconds, code in timing:
        print("  {:<28} {:>6.0f} s  {}".format(name, seconds, {0: "通过", 2: "结果正确，未达到目标"}.get(
            code, "失败（退出码 {}）".format(code))))
    if failed:
        print("FAILED: " + ", ".join(failed))
        return 1
    if missed:
        print("MISSED TARGETS: " + ", ".join(missed))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
