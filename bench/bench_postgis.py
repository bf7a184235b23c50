"""The work package on PostGIS against the same package in a GeoPackage (issue 17), 10,000 patches:

- opening the package and reading the first patch (WorkPackage(…) + unit_reader().patch), as the dock does: in a
  freshly started process (no connection yet) and again in the same process;
- moving to the next patch (unit_reader().patch(key), the dock's read per step);
- writing the overlay results of every patch (WorkPackage.update_patches with 15 numeric fields per patch, one history
  row per changed value), the first time (every value new) and again (a month later: every value changed).

Targets: open and next patch < 100 ms on PostGIS over a local server; the overlay write ≤ 2× the GeoPackage time.
The server is the test cluster of tools/pg_cluster.py (started when needed; run as root). Exits non-zero when a
result is wrong (values not stored, history rows missing), 2 with --require-target when a target is missed, 0 with a
note when PostgreSQL is not installed.

    /usr/bin/python3 bench/bench_postgis.py [--patches 10000] [--steps 300] [--keep DIR] [--require-target]
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPEN_TARGET_MS = 100.0
STEP_TARGET_MS = 100.0
WRITE_RATIO_TARGET = 2.0
OVERLAY_FIELDS = ["TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "YJJBNTMJ", "STHXMJ", "PZMJ", "CKMJ", "SSNYDMJ",
                  "LSYDMJ", "TKMJ", "DLWFGMJ", "TXDKMJ", "TXGDMJ"]  # 15 numeric fields, as the overlay writes


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def start_cluster():
    """The test cluster's superuser URI, or None (with the reason printed) when there is no PostgreSQL."""
    result = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "pg_cluster.py"), "start"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if result.returncode != 0:
        print("bench_postgis: 跳过（PostgreSQL 测试库不可用，先运行 make db）：\n" + result.stdout.strip())
        return None
    return result.stdout.split()[0]


def build_gpkg(path, count):
    """`count` square patches (50 m, a 100-wide grid) in EPSG:4524, imported in one write."""
    from osgeo import ogr
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage.create(path, "EPSG:4524", county_code="450199", county_name="示范县", year=2022)
    records = []
    for n in range(count):
        x, y = 36500000 + 80 * (n % 100), 2520000 + 80 * (n // 100)
        geom = ogr.CreateGeometryFromWkt("MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(
            x, y, x + 50, y + 50))
        records.append({"JCBH": "4501992022{:02d}{:05d}".format(1 + n % 12, n), "XMC": "示范县", "DLMC": "旱地",
                        "PC": "2022-{:02d}".format(1 + n % 12), "_wkb": bytes(geom.ExportToIsoWkb())})
    wp.upsert_patches(records, user="bench")
    return wp


def overlay_values(keys, round_no):
    """{key: {field: value}}: 15 full-precision areas per patch, different in every round."""
    out = {}
    for i, key in enumerate(keys):
        base = 3.75 + (i % 97) * 0.0131 + round_no * 0.5
        out[key] = {name: base * (k + 1) / 16.0 + 1e-7 * i for k, name in enumerate(OVERLAY_FIELDS)}
    return out


def measure_open(path, key, runs=5):
    from wpzf.core.store.workpackage import WorkPackage
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        wp = WorkPackage(path)
        reader = wp.unit_reader()
        row = reader.patch(key)
        times.append((time.perf_counter() - t) * 1000.0)
        reader.close()
        assert row is not None and row["JCBH"] == key, (path, key, row)
    return times


def cold_open(path, key):
    """ms of open + first patch in a fresh process (QGIS started, no connection yet): the dock's first open."""
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--cold-open", path, key],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, universal_newlines=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("COLD ")]
    if out.returncode != 0 or not lines:
        raise RuntimeError("cold open of {} failed:\n{}".format(path[:60], out.stdout[-2000:]))
    return float(lines[-1].split()[1])


def _cold_open_here(path, key):
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import conftest  # noqa: F401  links the plugin as `wpzf`, starts QGIS
    ms = measure_open(path, key, runs=1)[0]
    print("COLD {:.3f}".format(ms), flush=True)
    return 0


def measure_steps(path, keys):
    from wpzf.core.store.workpackage import WorkPackage
    reader = WorkPackage(path).unit_reader()
    times, wrong = [], 0
    try:
        for key in keys:
            t = time.perf_counter()
            row = reader.patch(key)
            times.append((time.perf_counter() - t) * 1000.0)
            wrong += row is None or row["JCBH"] != key or row.get("_wkb") is None
    finally:
        reader.close()
    return times, wrong


def measure_write(path, values):
    """Seconds of one update_patches of every patch; checks every value and the history rows written."""
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(path)
    before = len(wp.history())
    t = time.perf_counter()
    changed = wp.update_patches(values, action="overlay", user="bench")
    seconds = time.perf_counter() - t
    problems = []
    if changed != len(values) * len(OVERLAY_FIELDS):
        problems.append("{}: {} values changed, expected {}".format(path[:60], changed,
                                                                    len(values) * len(OVERLAY_FIELDS)))
    stored = {r["JCBH"]: r for r in wp.patches(fields=OVERLAY_FIELDS)}
    off = [k for k, v in values.items() if any(not math.isclose(stored[k][f], x, rel_tol=1e-14, abs_tol=1e-12)
                                               for f, x in v.items())]
    if off:
        problems.append("{}: {} patches not stored as written (e.g. {})".format(path[:60], len(off), off[0]))
    if len(wp.history()) - before != changed:
        problems.append("{}: {} history rows for {} changes".format(path[:60], len(wp.history()) - before, changed))
    return seconds, problems


def line(name, gpkg, pg, unit="ms"):
    ratio = pg / gpkg if gpkg else float("inf")
    print("  {:<30} GeoPackage {:9.1f} {u}   PostGIS {:9.1f} {u}   PostGIS/GeoPackage {:5.2f}×".format(
        name, gpkg, pg, ratio, u=unit))
    return ratio


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patches", type=int, default=10_000)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--keep", help="folder for the GeoPackage (kept; default a temporary folder)")
    ap.add_argument("--require-target", action="store_true", help="exit 2 when a target is missed")
    ap.add_argument("--cold-open", nargs=2, metavar=("PACKAGE", "KEY"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.cold_open:
        return _cold_open_here(*args.cold_open)
    url = start_cluster()
    if url is None:
        return 0
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import conftest  # noqa: F401  links the plugin as `wpzf`, starts QGIS
    import pg_support
    from wpzf.core.store.copy_package import copy_package

    work = args.keep or tempfile.mkdtemp(prefix="wpzf_bench_pg_")
    os.makedirs(work, exist_ok=True)
    gpkg = os.path.join(work, "bench_{}.gpkg".format(args.patches))
    schema = pg_support.unique_schema_name("bench")
    pg = "{}?schema={}".format(url, schema)
    problems, missed = [], False
    try:
        t = time.perf_counter()
        if os.path.exists(gpkg):
            os.remove(gpkg)
        wp = build_gpkg(gpkg, args.patches)
        built = time.perf_counter() - t
        t = time.perf_counter()
        copy_package(gpkg, pg)
        copied = time.perf_counter() - t
        keys = sorted(wp.jcbh_list())
        print("bench_postgis: {} 个图斑；GeoPackage 建库 {:.1f} s，复制到 PostGIS {:.1f} s（{}，本机 127.0.0.1）".format(
            len(keys), built, copied, schema))

        open_g, open_p = measure_open(gpkg, keys[0]), measure_open(pg, keys[0])
        cold_g, cold_p = cold_open(gpkg, keys[0]), cold_open(pg, keys[0])
        print("打开工作库并读第一个图斑（新启动的进程中第一次；同一进程中再打开 {} 次的中位）：".format(len(open_g)))
        line("open + first patch, cold", cold_g, cold_p)
        line("open + first patch, again", statistics.median(open_g), statistics.median(open_p))
        step_keys = keys[:args.steps]
        steps_g, wrong_g = measure_steps(gpkg, step_keys)
        steps_p, wrong_p = measure_steps(pg, step_keys)
        if wrong_g or wrong_p:
            problems.append("next patch read a wrong patch: GeoPackage {}, PostGIS {}".format(wrong_g, wrong_p))
        print("下一个图斑（unit_reader().patch，{} 步）：".format(len(step_keys)))
        line("next patch, median", statistics.median(steps_g), statistics.median(steps_p))
        line("next patch, P95", percentile(steps_g, 95), percentile(steps_p, 95))

        print("写入 {} 个图斑的套合结果（每个 {} 个数值字段，每个变化一行修改记录）：".format(len(keys), len(OVERLAY_FIELDS)))
        ratios = []
        for round_no, title in ((1, "overlay write, first"), (2, "overlay write, again")):
            values = overlay_values(keys, round_no)
            seconds_g, found_g = measure_write(gpkg, values)
            seconds_p, found_p = measure_write(pg, values)
            problems += found_g + found_p
            ratios.append(line(title, seconds_g, seconds_p, unit="s "))

        open_ms, step_p95 = max(cold_p, statistics.median(open_p)), percentile(steps_p, 95)
        missed = open_ms >= OPEN_TARGET_MS or step_p95 >= STEP_TARGET_MS or max(ratios) > WRITE_RATIO_TARGET
        print("目标：PostGIS 打开 {:.1f} ms {} {:.0f} ms；下一个图斑 P95 {:.1f} ms {} {:.0f} ms；写入 {:.2f}× {} {:.1f}×".format(
            open_ms, "<" if open_ms < OPEN_TARGET_MS else "≥（未达标）", OPEN_TARGET_MS,
            step_p95, "<" if step_p95 < STEP_TARGET_MS else "≥（未达标）", STEP_TARGET_MS,
            max(ratios), "≤" if max(ratios) <= WRITE_RATIO_TARGET else ">（未达标）", WRITE_RATIO_TARGET))
    finally:
        pg_support.drop_schema(schema)
    for problem in problems:
        print("错误：" + problem)
    if problems:
        return 1
    return 2 if missed and args.require_target else 0


if __name__ == "__main__":
    sys.exit(main())
