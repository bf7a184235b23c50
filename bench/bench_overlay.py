"""wpzf:overlay against QGIS's built-in Overlap analysis (native:calculatevectoroverlaps) on the large sample county.

Both run on the same patches (the county's twelve batches imported into one work package) with the same eight
reference layers, each in its own process, one after the other; printed: each one's time inside processing.run, the
ratio, and each process's peak memory. Then the results are checked and the script exits non-zero when they are wrong:
- every patch: 农用地 + 建设用地 + 未利用地 (+ unplaced land classes) + DLWFGMJ = TBMJ to 0.01 亩;
- a sample of patches (every special situation the generator planted, plus random ones) recomputed independently
  with shapely (exact intersections in the reference CRS) and pyproj (geodesic areas on GRS80 = CGCS2000 to 1e-10),
  every area field to 0.01 亩, approval/permit numbers and township;
- every patch's per-layer overlap against the built-in tool's (planar, so compared relative), as a cross-check.

Data: WPZF_BENCH_DATA, .build/large or /tmp/wpzf_large (whichever holds county.json); generated into /tmp/wpzf_large
when none exists.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_overlay.py [--sample 300] [--repeat 1] [--work DIR]
    (--require-target: also exit non-zero when slower than 5× or above 1.5 GB)
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/usr/bin/python3"
TARGET_RATIO = 5.0
TARGET_MB = 1500.0
TOLERANCE_MU = 0.01
M2_PER_MU = 2000.0 / 3.0
KEYS = ["landuse", "farmland", "redline", "approvals", "mining", "facility", "temporary", "townships"]
AREA_FIELD = {"farmland": "YJJBNTMJ", "redline": "STHXMJ", "approvals": "PZMJ", "mining": "CKMJ",
              "facility": "SSNYDMJ", "temporary": "LSYDMJ"}
SPECIAL_CASES = ["approval_overlap", "approval_invalid", "landuse_gap", "redline_hole", "township_border",
                 "mining_inside", "mining_partial", "farmland_large", "facility", "temporary", "approval_partial"]


# ----- data ----------------------------------------------------------------------------------------------------------
def data_folder():
    for folder in (os.environ.get("WPZF_BENCH_DATA"), os.path.join(ROOT, ".build", "large"), "/tmp/wpzf_large"):
        if folder and os.path.exists(os.path.join(folder, "county.json")):
            return folder
    folder = os.environ.get("WPZF_BENCH_DATA") or "/tmp/wpzf_large"
    print("生成大型示范县 → {}".format(folder), flush=True)
    subprocess.run([PY, os.path.join(ROOT, "tools", "sample_county.py"), "--size", "large", "--out", folder],
                   check=True)
    return folder


def manifest_of(folder):
    with open(os.path.join(folder, "county.json"), encoding="utf-8") as fh:
        return json.load(fh)


def reference_uri(manifest, folder, key):
    ref = manifest["reference"]
    ref = ref if os.path.isabs(ref) else os.path.join(folder, ref)
    return "{}|layername={}".format(ref, manifest["layers"][key])


def build_package(manifest, folder, work):
    wp = os.path.join(work, "bench_overlay.gpkg")
    if os.path.exists(wp):
        os.remove(wp)
    batches = [(b["path"] if os.path.isabs(b["path"]) else os.path.join(folder, b["path"]), b["label"])
               for b in manifest["batches"]]
    child("import", {"package": wp, "batches": batches})
    return wp


# ----- the two runs, each in its own process ------------------------------------------------------------------------
def child(mode, job):
    """Run this file in a fresh process for one job; returns its JSON report."""
    proc = subprocess.run([PY, os.path.abspath(__file__), "--child", mode, json.dumps(job)],
                          capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    report = None
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            report = json.loads(line[6:])
    if proc.returncode != 0 or report is None:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit("{} 运行失败（退出码 {}）".format(mode, proc.returncode))
    return report


def run_child(mode, job):
    sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))
    sys.path.insert(1, "/usr/share/qgis/python/plugins")
    plugins = os.path.join(ROOT, ".build", "plugins")
    os.makedirs(plugins, exist_ok=True)
    if not os.path.islink(os.path.join(plugins, "wpzf")):
        os.symlink(ROOT, os.path.join(plugins, "wpzf"))
    from qgis.core import QgsApplication, QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from wpzf.processing.provider import WpzfProvider
    provider = WpzfProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing
    out = {}
    if mode == "import":
        for path, label in job["batches"]:
            processing.run("wpzf:import_patches", {"INPUT": path, "WORKPACKAGE": job["package"], "BATCH": label})
    elif mode == "native":
        from qgis.core import QgsVectorLayer
        layers = [QgsVectorLayer(uri, key, "ogr") for key, uri in job["layers"].items()]  # fields named key_area
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)  # it refuses the invalid approvals
        started = time.perf_counter()
        processing.run("native:calculatevectoroverlaps", {"INPUT": job["input"], "LAYERS": layers,
                                                          "OUTPUT": job["output"]},
                       context=context, feedback=QgsProcessingFeedback())
        out["seconds"] = time.perf_counter() - started
    else:
        params = {"INPUT": job["input"], "OUTPUT": job["output"], "APPROVAL_FIELD": "PZWH", "MINING_FIELD": "CKZH",
                  "TOWNSHIP_CODE_FIELD": "XZDM", "TOWNSHIP_NAME_FIELD": "XZMC", "DEDUCT_TIANKAN": True}
        names = {"landuse": "LANDUSE", "farmland": "FARMLAND", "redline": "REDLINE", "approvals": "APPROVALS",
                 "mining": "MINING", "facility": "FACILITY", "temporary": "TEMPORARY", "townships": "TOWNSHIPS"}
        for key, uri in job["layers"].items():
            params[names[key]] = uri
        feedback = QgsProcessingFeedback()
        started = time.perf_counter()
        result = processing.run("wpzf:overlay", params, feedback=feedback)
        out["seconds"] = time.perf_counter() - started
        out["warnings"] = result.get("WARNINGS")
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("BENCH " + json.dumps(out), flush=True)
    sys.stderr.flush()
    os._exit(0)  # the report is out; QGIS teardown with live layers may crash and must not count


# ----- checks --------------------------------------------------------------------------------------------------------
def count_patches(package):
    from osgeo import ogr
    ds = ogr.Open(package)  # keep the dataset alive while its layer is used
    return ds.GetLayerByName("patches").GetFeatureCount()


def read_rows(path, fields):
    from osgeo import ogr
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    rows = {}
    for feat in layer:
        rows[feat.GetField("JCBH")] = {name: feat.GetField(name) for name in fields if feat.GetFieldIndex(name) >= 0}
    return rows


def check_sum_rule(rows, problems):
    """三大类 + unplaced + uncovered = patch area (unplaced land classes are named in THBZ with their area)."""
    import re
    worst = 0.0
    for jcbh, r in rows.items():
        unplaced = sum(float(a) for a in re.findall(r"未归类地类 \S+ ([0-9.]+) 亩", r.get("THBZ") or ""))
        total = (r["NYDMJ"] or 0) + (r["JSYDMJ"] or 0) + (r["WLYDMJ"] or 0) + (r["DLWFGMJ"] or 0) + unplaced
        gap = abs(total - (r["TBMJ"] or 0))
        worst = max(worst, gap)
        if gap > TOLERANCE_MU:
            problems.append("{}: 三大类+未归类+未覆盖 = {:.4f} 亩，图斑面积 {:.4f} 亩".format(jcbh, total, r["TBMJ"]))
    return worst


def check_against_native(ours, native_path):
    """Overlap per layer against the built-in tool: it measures planar (Gauss-Krüger) areas in m², ours are on the
    ellipsoid (within 2e-4 here), and it counts overlapping features once too, so both should agree closely.
    Returns the worst relative deviations and the patches where they disagree (the independent check decides)."""
    from osgeo import ogr
    ds = ogr.Open(native_path)
    layer = ds.GetLayer(0)
    worst, disagree = {}, {}  # worst relative deviation where they agree; the patches where they do not
    for feat in layer:
        r = ours.get(feat.GetField("JCBH"))
        if r is None:
            continue
        for key in KEYS:
            if key == "townships":
                continue
            if key == "landuse":
                mine = ((r["TBMJ"] or 0) - (r["DLWFGMJ"] or 0)) * M2_PER_MU
            else:
                mine = (r[AREA_FIELD[key]] or 0) * M2_PER_MU
            theirs = feat.GetField(key + "_area") or 0.0
            dev = abs(mine - theirs)
            if dev > 2e-4 * max(theirs, mine) + 0.5:
                disagree.setdefault(feat.GetField("JCBH"), []).append(
                    "{} {:.1f}/{:.1f} m²".format(key, mine, theirs))
            elif theirs >= 100.0:
                worst[key] = max(worst.get(key, 0.0), dev / theirs)
    return worst, disagree


def independent(manifest, folder, jcbh_list, package):
    """Every area field of these patches from scratch: shapely intersections in the reference CRS (EPSG:4524),
    pyproj geodesic areas (GRS80), the land-class table of rules/ for 三大类."""
    from osgeo import ogr
    from pyproj import Geod, Transformer
    from shapely import wkb as swkb
    from shapely.ops import transform, unary_union
    from shapely.validation import make_valid
    sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))
    from wpzf.rules import landclass
    geod = Geod(ellps="GRS80")
    to_geo = Transformer.from_crs(manifest["crs"], "EPSG:4490", always_xy=True).transform

    def ell(geom):
        if geom.is_empty:
            return 0.0
        polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
        return sum(abs(geod.geometry_area_perimeter(transform(to_geo, g))[0]) for g in polys) / M2_PER_MU

    ref_path = manifest["reference"] if os.path.isabs(manifest["reference"]) else \
        os.path.join(folder, manifest["reference"])
    ref = ogr.Open(ref_path)
    pkg = ogr.Open(package)
    patches = pkg.GetLayerByName("patches")
    out = {}
    for jcbh in jcbh_list:
        patches.SetAttributeFilter("JCBH = '{}'".format(jcbh))
        feat = patches.GetNextFeature()
        shape = make_valid(swkb.loads(bytes(feat.GetGeometryRef().ExportToIsoWkb())))
        env = shape.bounds
        expect = {"TBMJ": ell(shape)}

        def features(key):
            lyr = ref.GetLayerByName(manifest["layers"][key])
            lyr.SetSpatialFilterRect(env[0], env[1], env[2], env[3])
            for f in lyr:
                g = f.GetGeometryRef()
                if g is None:
                    continue
                yield f, make_valid(swkb.loads(bytes(g.ExportToIsoWkb())))

        sums = {"GDMJ": 0.0, "NYDMJ": 0.0, "JSYDMJ": 0.0, "WLYDMJ": 0.0, "TKMJ": 0.0}
        covered = []
        for f, g in features("landuse"):
            piece = shape.intersection(g)
            a = ell(piece)
            if a <= 0:
                continue
            covered.append(piece)
            code = f.GetField("DLBM")
            kcxs, kcmj, tbmj = f.GetField("KCXS"), f.GetField("KCMJ"), f.GetField("TBMJ")
            coef = kcxs if kcxs else (kcmj / tbmj if kcmj and tbmj else 0.0)
            cat = landclass.category(code)
            if coef:
                sums["TKMJ"] += a * coef
                sums["NYDMJ"] += a * coef
            if landclass.is_cultivated(code):
                sums["GDMJ"] += a * (1 - coef)
            if cat:
                sums[{"农用地": "NYDMJ", "建设用地": "JSYDMJ", "未利用地": "WLYDMJ"}[cat]] += a * (1 - coef)
        expect.update(sums)
        expect["DLWFGMJ"] = expect["TBMJ"] - ell(unary_union(covered)) if covered else expect["TBMJ"]
        for key, field in AREA_FIELD.items():
            pieces, numbers = [], {}
            for f, g in features(key):
                piece = shape.intersection(g)
                a = ell(piece)
                if a > 0:
                    pieces.append(piece)
                    if key in ("approvals", "mining"):
                        numbers[f.GetField("PZWH" if key == "approvals" else "CKZH")] = a
            expect[field] = ell(unary_union(pieces)) if pieces else 0.0
            if key == "approvals":
                expect["PZWH"] = {n for n, a in numbers.items() if a * M2_PER_MU >= 0.01}
            if key == "mining":
                expect["CKZH"] = {n for n, a in numbers.items() if a * M2_PER_MU >= 0.01}
        shares = {}
        for f, g in features("townships"):
            a = ell(shape.intersection(g))
            if a > 0:
                shares[f.GetField("XZDM")] = shares.get(f.GetField("XZDM"), 0.0) + a
        expect["XZDM"] = max(shares, key=shares.get) if shares else None
        out[jcbh] = expect
    return out


def compare(ours, expected, problems):
    worst = 0.0
    for jcbh, exp in expected.items():
        got = ours[jcbh]
        for field, value in exp.items():
            if field in ("PZWH", "CKZH"):
                have = set(filter(None, (got.get(field) or "").split(";")))
                if have != value:
                    problems.append("{} {}: {} ≠ 独立计算 {}".format(jcbh, field, sorted(have), sorted(value)))
            elif field == "XZDM":
                if got.get(field) != value:
                    problems.append("{} XZDM: {} ≠ 独立计算 {}".format(jcbh, got.get(field), value))
            else:
                dev = abs((got.get(field) or 0.0) - value)
                worst = max(worst, dev)
                if dev > TOLERANCE_MU:
                    problems.append("{} {}: {:.4f} ≠ 独立计算 {:.4f} 亩".format(jcbh, field, got.get(field) or 0.0,
                                                                          value))
    return worst


# ----- main ----------------------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=300, help="patches recomputed independently")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each tool (best time counts)")
    ap.add_argument("--work", help="keep the package and outputs in this folder")
    ap.add_argument("--require-target", action="store_true")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return run_child(args.child[0], json.loads(args.child[1]))
    folder = data_folder()
    manifest = manifest_of(folder)
    work = args.work or tempfile.mkdtemp(prefix="wpzf_bench_overlay_")
    os.makedirs(work, exist_ok=True)
    try:
        return measure(args, folder, manifest, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def measure(args, folder, manifest, work):
    print("数据 {}；工作目录 {}".format(folder, work), flush=True)
    package = build_package(manifest, folder, work)
    layers = {key: reference_uri(manifest, folder, key) for key in KEYS}
    job = {"input": package + "|layername=patches", "layers": layers}
    runs = {"native": [], "wpzf": []}
    for _ in range(max(1, args.repeat)):
        for mode in ("native", "wpzf"):
            out = os.path.join(work, mode + ".gpkg")
            if os.path.exists(out):
                os.remove(out)
            runs[mode].append(child(mode, dict(job, output=out)))
    native = min(runs["native"], key=lambda r: r["seconds"])
    ours = min(runs["wpzf"], key=lambda r: r["seconds"])
    ratio = native["seconds"] / ours["seconds"]
    n = count_patches(package)
    print("\n套合分析，{} 个图斑 × 8 个参考图层（{}）".format(n, ", ".join(KEYS)))
    print("  native:calculatevectoroverlaps  {:7.2f} s   峰值内存 {:6.0f} MB".format(native["seconds"],
                                                                          native["max_rss_mb"]))
    print("  wpzf:overlay                    {:7.2f} s   峰值内存 {:6.0f} MB".format(ours["seconds"],
                                                                          ours["max_rss_mb"]))
    print("  倍数 {:.1f}×（目标 ≥ {:.0f}×），wpzf 峰值内存 {:.0f} MB（目标 < {:.0f} MB）".format(
        ratio, TARGET_RATIO, ours["max_rss_mb"], TARGET_MB), flush=True)

    fields = ["TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ", "DLWFGMJ", "YJJBNTMJ", "STHXMJ", "PZMJ", "PZWH",
              "CKMJ", "CKZH", "SSNYDMJ", "LSYDMJ", "XZDM", "XZMC", "THBZ"]
    rows = read_rows(os.path.join(work, "wpzf.gpkg"), fields + ["JCBH"])
    problems = []
    if len(rows) != n:
        problems.append("输出 {} 个图斑，应为 {} 个".format(len(rows), n))
    worst_sum = check_sum_rule(rows, problems)
    rng = random.Random(7)
    chosen = []
    for case in SPECIAL_CASES:
        chosen += manifest["cases"].get(case, [])[:6]
    others = sorted(set(rows) - set(chosen))
    chosen += rng.sample(others, max(0, min(len(others), args.sample - len(chosen))))
    worst_native, disagree = check_against_native(rows, os.path.join(work, "native.gpkg"))
    chosen += sorted(disagree)  # where the two tools differ, the independent computation decides
    started = time.perf_counter()
    expected = independent(manifest, folder, sorted(set(chosen)), package)
    worst = compare(rows, expected, problems)
    print("\n核对：全部图斑三大类之和与图斑面积最大相差 {:.2e} 亩；{} 个图斑（含全部特殊情形）独立重算最大相差 {:.2e} 亩"
          "（{:.0f} s）".format(worst_sum, len(expected), worst, time.perf_counter() - started))
    print("      与内置工具逐层对比（它算平面面积，≥100 m² 的重叠相对差应在 2e-4 内）最大 {}".format(
        ", ".join("{} {:.1e}".format(k, v) for k, v in worst_native.items())))
    if disagree:
        print("      {} 个图斑与内置工具不一致，已全部独立重算（以独立计算为准），例：{}".format(
            len(disagree), "；".join("{} {}".format(k, ", ".join(v)) for k, v in sorted(disagree.items())[:3])))
    if problems:
        print("\n结果错误（{} 处）：".format(len(problems)))
        for p in problems[:40]:
            print("  - " + p)
        return 1
    print("结果正确。")
    if args.require_target and (ratio < TARGET_RATIO or ours["max_rss_mb"] >= TARGET_MB):
        print("未达到目标。")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
