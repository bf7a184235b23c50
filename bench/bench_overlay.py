"""wpzf:overlay against QGIS's built-in Overlap analysis (native:calculatevectoroverlaps), layer by layer and with all
eight layers, on the large sample county and on the irregular county (tools/irregular_county.py).

For each county: the county's batches imported into one work package; then, each run in a fresh process (cold
start), both tools on the same patches with each reference layer alone (land use, farmland, red line, approvals,
mining, facility, temporary, townships) and with all eight at once. When wpzf:overlay refuses to run without land
use (the engine before the rewrite of issue 13 does), every other layer runs together with land use — for both
tools — and the table adds each layer's increment over land use alone. Printed per layer and for all layers: each
one's time inside processing.run, the ratio, each process's peak memory; with --repeat N the best of N runs counts
(the two tools alternate, so a busy machine slows both); a run still going after --timeout seconds (its whole
process) is stopped and shown as 超时.
Then the results are checked and the script exits non-zero when they are wrong:
- every patch: 农用地 + 建设用地 + 未利用地 (+ unplaced land classes) + DLWFGMJ = TBMJ to 0.01 亩;
- a sample of patches (every special situation the generator planted, plus random ones) recomputed independently
  with shapely (exact intersections in the reference CRS) and pyproj (geodesic areas on GRS80 = CGCS2000), every
  area field to 0.01 亩, approval/permit numbers and township;
- every patch's per-layer overlap against the built-in tool's (planar, so compared relative); where they disagree
  the patch is recomputed independently too;
- every single-layer wpzf run against the all-layer run, field by field (to 0.01 亩).
With --require-target it also exits non-zero (2) when wpzf is below 5× the built-in tool with all layers, its peak
memory reaches 1.5 GB or a run was stopped, on either county (issue 13).

Data: --data DIR (repeatable; a folder with county.json), else WPZF_BENCH_DATA (folders separated by ':'), else
.build/large (sample county) and .build/irregular (irregular county), generated there when missing.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_overlay.py [--data DIR]... [--sample 300] [--repeat 1]
        [--layers all|none|landuse,townships,...] [--timeout 600] [--work DIR] [--require-target]
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

_STARTED = time.perf_counter()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/usr/bin/python3"
TARGET_RATIO = 5.0
TARGET_MB = 1500.0
TOLERANCE_MU = 0.01
M2_PER_MU = 2000.0 / 3.0
KEYS = ["landuse", "farmland", "redline", "approvals", "mining", "facility", "temporary", "townships"]
TITLES = {"landuse": "地类图斑", "farmland": "永久基本农田", "redline": "生态保护红线", "approvals": "建设用地批准",
          "mining": "采矿许可", "facility": "设施农用地", "temporary": "临时用地", "townships": "乡镇界"}
AREA_FIELD = {"farmland": "YJJBNTMJ", "redline": "STHXMJ", "approvals": "PZMJ", "mining": "CKMJ",
              "facility": "SSNYDMJ", "temporary": "LSYDMJ"}
# the output fields each reference layer decides (TBMJ comes with every run)
LAYER_FIELDS = {"landuse": ["GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ", "DLWFGMJ"], "farmland": ["YJJBNTMJ"],
                "redline": ["STHXMJ"], "approvals": ["PZMJ", "PZWH"], "mining": ["CKMJ", "CKZH"],
                "facility": ["SSNYDMJ"], "temporary": ["LSYDMJ"], "townships": ["XZDM", "XZMC"]}
SPECIAL_CASES = ["approval_overlap", "approval_invalid", "landuse_gap", "redline_hole", "township_border",
                 "mining_inside", "mining_partial", "farmland_large", "facility", "temporary", "approval_partial"]
OUTPUT_FIELDS = ["TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ", "DLWFGMJ", "YJJBNTMJ", "STHXMJ", "PZMJ", "PZWH",
                 "CKMJ", "CKZH", "SSNYDMJ", "LSYDMJ", "XZDM", "XZMC", "THBZ"]
# the two benchmark counties: generator, folder under .build
COUNTIES = [("sample", "sample_county.py", "large"), ("irregular", "irregular_county.py", "irregular")]


# ----- data ----------------------------------------------------------------------------------------------------------
def ensure_county(kind, folder):
    """The large county of generator `kind` ("sample" or "irregular") in `folder`, generated when missing."""
    if os.path.exists(os.path.join(folder, "county.json")):
        return folder
    script = dict((k, s) for k, s, _f in COUNTIES)[kind]
    print("生成{} → {}".format("大型示范县" if kind == "sample" else "异形县（大）", folder), flush=True)
    started = time.time()
    cmd = [PY, os.path.join(ROOT, "tools", script), "--size", "large", "--out", folder]
    if subprocess.run(cmd).returncode != 0:
        raise SystemExit("生成 {} 失败".format(script))
    print("  用时 {:.0f} s".format(time.time() - started), flush=True)
    return folder


def data_folders(given=None):
    """[(name, folder)] to run on: --data, else WPZF_BENCH_DATA, else both counties under .build (made if missing)."""
    folders = list(given or [])
    if not folders and os.environ.get("WPZF_BENCH_DATA"):
        folders = [f for f in os.environ["WPZF_BENCH_DATA"].split(os.pathsep) if f]
    if folders:
        for f in folders:
            if not os.path.exists(os.path.join(f, "county.json")):
                raise SystemExit("{} 中没有 county.json".format(f))
        return [(county_label(manifest_of(f)), f) for f in folders]
    return [(kind, ensure_county(kind, os.path.join(ROOT, ".build", sub))) for kind, _s, sub in COUNTIES]


def county_label(manifest):
    kind = "irregular" if manifest.get("generator", "").endswith("irregular_county.py") else "sample"
    return "{}-{}".format(kind, manifest.get("size", "?"))


def manifest_of(folder):
    with open(os.path.join(folder, "county.json"), encoding="utf-8") as fh:
        return json.load(fh)


def reference_uri(manifest, folder, key):
    ref = manifest["reference"]
    ref = ref if os.path.isabs(ref) else os.path.join(folder, ref)
    return "{}|layername={}".format(ref, manifest["layers"][key])


def batch_paths(manifest, folder):
    return [(b["path"] if os.path.isabs(b["path"]) else os.path.join(folder, b["path"]), b["label"])
            for b in manifest["batches"]]


def build_package(manifest, folder, work, batches=None, name="bench_overlay.gpkg"):
    wp = os.path.join(work, name)
    if os.path.exists(wp):
        os.remove(wp)
    child("import", {"package": wp, "batches": batches or batch_paths(manifest, folder)})
    return wp


def overlay_params():
    return {"APPROVAL_FIELD": "PZWH", "MINING_FIELD": "CKZH", "TOWNSHIP_CODE_FIELD": "XZDM",
            "TOWNSHIP_NAME_FIELD": "XZMC", "DEDUCT_TIANKAN": True}


# ----- the runs, each in its own process ----------------------------------------------------------------------------
def child(mode, job, allow_error=False, timeout=None):
    """Run this file in a fresh process for one job; returns its JSON report (with the process's wall time).
    allow_error: a failing algorithm is reported as {"error": message} instead of ending the bench.
    timeout (s): a run still going then is stopped and reported as {"timeout": True, "seconds": inf} with the peak
    memory it had reached."""
    started = time.perf_counter()
    job = dict(job, allow_error=allow_error)
    proc = subprocess.Popen([PY, os.path.abspath(__file__), "--child", mode, json.dumps(job)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        peak = _peak_mb(proc.pid)
        proc.kill()
        proc.communicate()
        return {"timeout": True, "seconds": float("inf"), "max_rss_mb": peak,
                "process_seconds": time.perf_counter() - started}
    report = None
    for line in stdout.splitlines():
        if line.startswith("BENCH "):
            report = json.loads(line[6:])
    if proc.returncode != 0 or report is None:
        sys.stderr.write(stdout[-4000:] + stderr[-4000:])
        raise SystemExit("{} 运行失败（退出码 {}）".format(mode, proc.returncode))
    report["process_seconds"] = time.perf_counter() - started
    return report


def _peak_mb(pid):
    """Peak resident memory of a running process (VmHWM), MB; NaN when unknown."""
    try:
        with open("/proc/{}/status".format(pid)) as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


def seconds_text(report, width=8):
    if report.get("timeout"):
        return "{:>{}}".format("超时", width - 1)
    return "{:>{}.2f}".format(report["seconds"], width)


def run_child(mode, job):
    sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))
    sys.path.insert(1, "/usr/share/qgis/python/plugins")
    plugins = os.path.join(ROOT, ".build", "plugins")
    os.makedirs(plugins, exist_ok=True)
    if not os.path.islink(os.path.join(plugins, "wpzf")):
        os.symlink(ROOT, os.path.join(plugins, "wpzf"))
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from wpzf.processing.provider import WpzfProvider
    provider = WpzfProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing
    out = {}
    try:
        run_job(processing, mode, job, out)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which decides
        if not job.get("allow_error"):
            raise
        out["error"] = str(exc)
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    out["in_process_seconds"] = time.perf_counter() - _STARTED
    print("BENCH " + json.dumps(out), flush=True)
    sys.stderr.flush()
    os._exit(0)  # the report is out; QGIS teardown with live layers may crash and must not count


def run_job(processing, mode, job, out):
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback
    if mode == "import":
        for path, label in job["batches"]:
            processing.run("wpzf:import_patches", {"INPUT": path, "WORKPACKAGE": job["package"], "BATCH": label})
    elif mode == "native":
        from qgis.core import QgsVectorLayer
        layers = [QgsVectorLayer(uri, key, "ogr") for key, uri in job["layers"].items()]  # fields named key_area
        context = QgsProcessingContext()
        # it refuses the invalid approvals otherwise
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        started = time.perf_counter()
        processing.run("native:calculatevectoroverlaps", {"INPUT": job["input"], "LAYERS": layers,
                                                          "OUTPUT": job["output"]},
                       context=context, feedback=QgsProcessingFeedback())
        out["seconds"] = time.perf_counter() - started
    else:
        params = overlay_params()
        if job.get("package"):  # the package's patches, results written back (SCOPE: default = new or changed)
            params["WORKPACKAGE"] = job["package"]
            if job.get("scope") is not None:
                params["SCOPE"] = job["scope"]
        else:
            params.update(INPUT=job["input"], OUTPUT=job["output"])
        names = {"landuse": "LANDUSE", "farmland": "FARMLAND", "redline": "REDLINE", "approvals": "APPROVALS",
                 "mining": "MINING", "facility": "FACILITY", "temporary": "TEMPORARY", "townships": "TOWNSHIPS"}
        for key, uri in job["layers"].items():
            params[names[key]] = uri
        feedback = QgsProcessingFeedback()
        started = time.perf_counter()
        result = processing.run("wpzf:overlay", params, feedback=feedback)
        out["seconds"] = time.perf_counter() - started
        out["warnings"] = result.get("WARNINGS")
        out["patches"] = result.get("PATCHES")


# ----- checks --------------------------------------------------------------------------------------------------------
def count_patches(package):
    from osgeo import ogr
    ds = ogr.Open(package)  # keep the dataset alive while its layer is used
    return ds.GetLayerByName("patches").GetFeatureCount()


def read_rows(path, fields, layer_name=None, where=None):
    from osgeo import ogr
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if where:
        layer.SetAttributeFilter(where)
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


def check_against_native(ours, native_path, keys=None):
    """Overlap per layer against the built-in tool: it measures planar (Gauss-Krüger) areas in m², ours are on the
    ellipsoid (within 2e-4 here), and it counts overlapping features once too, so both should agree closely.
    Returns the worst relative deviations and the patches where they disagree (the independent check decides)."""
    from osgeo import ogr
    ds = ogr.Open(native_path)
    layer = ds.GetLayer(0)
    worst, disagree = {}, {}  # worst relative deviation where they agree; the patches where they do not
    keys = [k for k in (keys or KEYS) if k != "townships"]
    for feat in layer:
        r = ours.get(feat.GetField("JCBH"))
        if r is None:
            continue
        for key in keys:
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


def check_layer_run(all_rows, layer_rows, key, problems):
    """A run with one reference layer must give that layer's fields (and TBMJ) as the run with all of them."""
    worst = 0.0
    for jcbh, full in all_rows.items():
        one = layer_rows.get(jcbh)
        if one is None:
            problems.append("{}：单独{}图层的运行缺少这个图斑".format(jcbh, TITLES[key]))
            continue
        for field in ["TBMJ"] + LAYER_FIELDS[key]:
            a, b = full.get(field), one.get(field)
            if isinstance(a, str) or isinstance(b, str) or field in ("PZWH", "CKZH", "XZDM", "XZMC"):
                if (a or "") != (b or ""):
                    problems.append("{} {}：单独{}图层 {} ≠ 全部图层 {}".format(jcbh, field, TITLES[key], b, a))
                continue
            dev = abs((a or 0.0) - (b or 0.0))
            worst = max(worst, dev)
            if dev > TOLERANCE_MU:
                problems.append("{} {}：单独{}图层 {:.4f} ≠ 全部图层 {:.4f} 亩".format(jcbh, field, TITLES[key],
                                                                           b or 0.0, a or 0.0))
    return worst


def independent(manifest, folder, jcbh_list, package):
    """Every area field of these patches from scratch: shapely intersections in the reference CRS,
    pyproj geodesic areas (GRS80), the land-class table of rules/ for 三大类."""
    from osgeo import ogr
    from pyproj import Geod, Transformer
    from shapely import wkb as swkb
    from shapely.geometry.polygon import orient
    from shapely.ops import transform, unary_union
    from shapely.validation import make_valid
    sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))
    from wpzf.rules import landclass
    geod = Geod(ellps="GRS80")
    to_geo = Transformer.from_crs(manifest["crs"], "EPSG:4490", always_xy=True).transform

    def ell(geom):
        if geom.is_empty:
            return 0.0
        polys = [p for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")
                 for p in getattr(g, "geoms", [g])]
        # pyproj adds the rings' signed areas: rings must be oriented (shell one way, holes the other), which
        # GeoPackage geometries need not be
        return sum(abs(geod.geometry_area_perimeter(orient(transform(to_geo, p), 1.0))[0]) for p in polys) / M2_PER_MU

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


def patch_shapes(package):
    """How hard the patches are: share that is convex, multipart, with holes; mean vertices."""
    from osgeo import ogr
    from shapely import wkb as swkb
    ds = ogr.Open(package)
    n = convex = multi = holes = verts = 0
    for feat in ds.GetLayerByName("patches"):
        g = swkb.loads(bytes(feat.GetGeometryRef().ExportToIsoWkb()))
        parts = list(getattr(g, "geoms", [g]))
        n += 1
        convex += g.convex_hull.area <= g.area * 1.002
        multi += len(parts) > 1
        holes += any(p.interiors for p in parts)
        verts += sum(len(p.exterior.coords) + sum(len(r.coords) for r in p.interiors) for p in parts)
    return dict(n=n, convex=convex / max(n, 1), multi=multi, holes=holes, vertices=verts / max(n, 1))


# ----- main ----------------------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", action="append", help="county folder (county.json); repeatable")
    ap.add_argument("--sample", type=int, default=300, help="patches recomputed independently per county")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each tool per configuration (best time counts)")
    ap.add_argument("--layers", default="all", help="single-layer runs: all, none or a comma list of layer keys")
    ap.add_argument("--work", help="keep the packages and outputs in this folder")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds after which a run is stopped and reported as too slow (default 600)")
    ap.add_argument("--require-target", action="store_true")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return run_child(args.child[0], json.loads(args.child[1]))
    singles = KEYS if args.layers == "all" else [] if args.layers == "none" else \
        [k.strip() for k in args.layers.split(",") if k.strip()]
    unknown = sorted(set(singles) - set(KEYS))
    if unknown:
        raise SystemExit("未知图层：{}（可选 {}）".format(", ".join(unknown), ", ".join(KEYS)))
    counties = data_folders(args.data)
    work_root = args.work or tempfile.mkdtemp(prefix="wpzf_bench_overlay_")
    os.makedirs(work_root, exist_ok=True)
    results = []
    try:
        for name, folder in counties:
            work = os.path.join(work_root, name)
            os.makedirs(work, exist_ok=True)
            results.append(measure(args, name, folder, manifest_of(folder), work, singles))
    finally:
        if not args.work:
            shutil.rmtree(work_root, ignore_errors=True)
    return summary(results, args.require_target)


def measure(args, name, folder, manifest, work, singles):
    print("\n=== {}：{} {}（{}），数据 {}".format(name, manifest["county_name"], manifest["county_code"],
                                            manifest.get("size", ""), folder), flush=True)
    package = build_package(manifest, folder, work)
    n = count_patches(package)
    shapes = patch_shapes(package)
    counts = manifest.get("counts", {})
    print("  {} 个图斑（凸多边形 {:.1%}，多部件 {}，带洞 {}，平均 {:.0f} 个顶点）；参考图层：{}".format(
        n, shapes["convex"], shapes["multi"], shapes["holes"], shapes["vertices"],
        "，".join("{} {}".format(TITLES[k], counts.get(k, "?")) for k in KEYS)))
    if manifest.get("shapes"):
        s = manifest["shapes"]
        print("  地类图斑平均 {} 个顶点，永农 {}，红线 {} 个顶点".format(
            s.get("landuse_mean_vertices"), s.get("farmland_mean_vertices"), s.get("redline_vertices")))
    alone = alone_ok(manifest, folder, package, work, singles)
    if singles and not alone and "landuse" not in singles:
        singles = ["landuse"] + singles  # the increments are measured against land use alone
    configs = [("all", KEYS)] + [(key, [key] if alone or key == "landuse" else ["landuse", key]) for key in singles]
    runs = {(c, tool): [] for c, _k in configs for tool in ("native", "wpzf")}
    for rep in range(max(1, args.repeat)):
        for config, keys in configs:
            job = {"input": package + "|layername=patches",
                   "layers": {k: reference_uri(manifest, folder, k) for k in keys}}
            for tool in (("native", "wpzf") if rep % 2 == 0 else ("wpzf", "native")):
                if any(r.get("timeout") for r in runs[(config, tool)]):
                    continue  # too slow once: not run again
                out = os.path.join(work, "{}_{}.gpkg".format(config, tool))
                if os.path.exists(out):
                    os.remove(out)
                report = child(tool, dict(job, output=out), timeout=args.timeout)
                if report.get("timeout") and os.path.exists(out):
                    os.remove(out)  # a partial output must not be checked
                runs[(config, tool)].append(report)
                print("  . {} {} {}".format(config, tool, "超过 {:.0f} s，已停止（峰值 {:.0f} MB）".format(
                    args.timeout, report["max_rss_mb"]) if report.get("timeout") else "{:.1f} s".format(
                    report["seconds"])), flush=True)
    best = {key: min(reports, key=lambda r: r["seconds"]) for key, reports in runs.items()}
    table = print_table(name, n, counts, configs, best, alone, max(1, args.repeat), args.timeout)
    allw, alln = best[("all", "wpzf")], best[("all", "native")]
    timed_out = sorted("{} {}".format(c, t) for (c, t), r in best.items() if r.get("timeout"))

    problems = []
    if allw.get("timeout"):
        print("\n  wpzf 全部图层的运行超时，结果无法核对。")
        return dict(name=name, table=table, problems=problems, ratio=table[-1]["ratio"], wpzf_mb=allw["max_rss_mb"],
                    wpzf_s=allw["seconds"], native_s=alln["seconds"], unchecked=True, timed_out=timed_out)
    rows = read_rows(os.path.join(work, "all_wpzf.gpkg"), OUTPUT_FIELDS + ["JCBH"])
    if len(rows) != n:
        problems.append("输出 {} 个图斑，应为 {} 个".format(len(rows), n))
    worst_sum = check_sum_rule(rows, problems)
    worst_layer = {}
    for config, keys in configs[1:]:
        if best[(config, "wpzf")].get("timeout"):
            continue
        layer_rows = read_rows(os.path.join(work, "{}_wpzf.gpkg".format(config)), OUTPUT_FIELDS + ["JCBH"])
        worst_layer[config] = max(check_layer_run(rows, layer_rows, key, problems) for key in keys)
    rng = random.Random(7)
    chosen = []
    for case in SPECIAL_CASES:
        chosen += [j for j in manifest["cases"].get(case, []) if j in rows][:6]
    others = sorted(set(rows) - set(chosen))
    chosen += rng.sample(others, max(0, min(len(others), args.sample - len(chosen))))
    worst_native, disagree = {}, {}
    if not alln.get("timeout"):
        worst_native, disagree = check_against_native(rows, os.path.join(work, "all_native.gpkg"))
    chosen += sorted(disagree)  # where the two tools differ, the independent computation decides
    started = time.perf_counter()
    expected = independent(manifest, folder, sorted(set(j for j in chosen if j in rows)), package)
    worst = compare(rows, expected, problems)
    missing = [c for c in SPECIAL_CASES if not manifest["cases"].get(c)]
    print("\n  核对：全部图斑三大类之和与图斑面积最大相差 {:.2e} 亩；{} 个图斑（含全部特殊情形）独立重算最大相差 {:.2e} 亩"
          "（{:.0f} s）".format(worst_sum, len(expected), worst, time.perf_counter() - started))
    if missing:
        print("  （此县没有这些特殊情形：{}）".format(", ".join(missing)))
    if worst_layer:
        print("  单图层运行与全部图层运行逐字段最大相差 {:.2e} 亩".format(max(worst_layer.values())))
    print("  与内置工具逐层对比（它算平面面积，≥100 m² 的重叠相对差应在 2e-4 内）最大 {}".format(
        ", ".join("{} {:.1e}".format(k, v) for k, v in worst_native.items())))
    if disagree:
        print("  {} 个图斑与内置工具不一致，已全部独立重算（以独立计算为准），例：{}".format(
            len(disagree), "；".join("{} {}".format(k, ", ".join(v)) for k, v in sorted(disagree.items())[:3])))
    if problems:
        print("\n  结果错误（{} 处）：".format(len(problems)))
        for p in problems[:40]:
            print("    - " + p)
    else:
        print("  结果正确。")
    return dict(name=name, table=table, problems=problems, ratio=table[-1]["ratio"], wpzf_mb=allw["max_rss_mb"],
                wpzf_s=allw["seconds"], native_s=alln["seconds"], unchecked=False, timed_out=timed_out)


def alone_ok(manifest, folder, package, work, singles):
    """Can wpzf:overlay run with one reference layer other than land use? (The current engine requires LANDUSE;
    then every other layer is run together with land use, by both tools, and its increment reported.)"""
    other = [k for k in singles if k != "landuse"]
    if not other:
        return True
    out = os.path.join(work, "probe.gpkg")
    report = child("wpzf", {"input": package + "|layername=patches", "output": out,
                            "layers": {other[0]: reference_uri(manifest, folder, other[0])}}, allow_error=True)
    if os.path.exists(out):
        os.remove(out)
    if "error" in report:
        print("  wpzf:overlay 不能不带地类图层运行（{}）：其他图层都与地类图层同跑（两个工具一样），并列出比单独地类多用的时间。"
              .format(report["error"].strip().splitlines()[-1][:80]), flush=True)
        return False
    return True


def ratio_of(native, ours, timeout):
    """Built-in time over wpzf time; a run that was stopped counts as `timeout` seconds, the ratio then being an
    upper bound (wpzf stopped) or a lower bound (the built-in tool stopped). Returns (value, text)."""
    if ours.get("timeout") and native.get("timeout"):
        return float("nan"), "—"
    if ours.get("timeout"):
        value = native["seconds"] / timeout
        return value, "<{:.1f}×".format(value)
    if native.get("timeout"):
        value = timeout / ours["seconds"]
        return value, ">{:.1f}×".format(value)
    value = native["seconds"] / ours["seconds"]
    return value, "{:.1f}×".format(value)


def print_table(name, n, counts, configs, best, alone, repeat, timeout):
    print("\n  {}，{} 个图斑，每次运行一个新进程（冷启动），{} 次取最快".format(name, n, repeat))
    head = "  {:<24} {:>8} {:>8} {:>8} {:>7} {:>8} {:>8}".format("参考图层", "要素数", "wpzf s", "内置 s", "倍数",
                                                               "wpzf MB", "内置 MB")
    if not alone:
        head += "   {:>9} {:>9} {:>7}".format("增量wpzf", "增量内置", "增量倍数")
    print(head)
    table = []
    base = (best.get(("landuse", "wpzf")), best.get(("landuse", "native")))
    for config, keys in configs[1:] + configs[:1]:
        ours, theirs = best[(config, "wpzf")], best[(config, "native")]
        if config == "all":
            label = "全部 8 个图层（一次运行）"
        elif len(keys) > 1:
            label = "地类+{} {}".format(config, TITLES[config])
        else:
            label = "{} {}".format(config, TITLES[config])
        feats = sum(counts.get(k, 0) for k in keys)
        ratio, ratio_text = ratio_of(theirs, ours, timeout)
        row = dict(config=config, keys=keys, wpzf=ours["seconds"], native=theirs["seconds"], ratio=ratio,
                   wpzf_mb=ours["max_rss_mb"], native_mb=theirs["max_rss_mb"])
        line = "  {:<24} {:>8} {} {} {:>7} {:>8.0f} {:>8.0f}".format(
            label, feats, seconds_text(ours), seconds_text(theirs), ratio_text, ours["max_rss_mb"],
            theirs["max_rss_mb"])
        runs = (ours, theirs) + tuple(base)
        if not alone and config != "all" and len(keys) > 1 and base[0] and not any(r.get("timeout") for r in runs):
            dw, dn = ours["seconds"] - base[0]["seconds"], theirs["seconds"] - base[1]["seconds"]
            row.update(inc_wpzf=dw, inc_native=dn)
            line += "   {:>9.2f} {:>9.2f} {:>7}".format(dw, dn, "{:.1f}×".format(dn / dw) if dw > 0.05 else "—")
        table.append(row)
        print(line)
    singles = [c for c, _k in configs[1:]]
    if singles and not any(best[(c, t)].get("timeout") for c in singles for t in ("wpzf", "native")):
        sw = sum(best[(c, "wpzf")]["seconds"] for c in singles)
        sn = sum(best[(c, "native")]["seconds"] for c in singles)
        print("  {:<24} {:>8} {:>8.2f} {:>8.2f} {:>6.1f}×".format("单图层运行之和", "", sw, sn, sn / sw))
    allw, alln = best[("all", "wpzf")], best[("all", "native")]
    print("  （全部图层，进程总时长含 QGIS 启动：wpzf {:.1f} s，内置 {:.1f} s；“超时”= 超过 {:.0f} s 被停止）".format(
        allw["process_seconds"], alln["process_seconds"], timeout), flush=True)
    return table


def summary(results, require_target):
    print("\n=== 目标（issue 13）：全部图层 ≥ {:.0f}× 内置工具，wpzf 峰值内存 < {:.0f} MB".format(TARGET_RATIO, TARGET_MB))
    missed = False
    for r in results:
        ok = r["ratio"] >= TARGET_RATIO and r["wpzf_mb"] < TARGET_MB and not r["timed_out"]
        missed |= not ok
        notes = []
        if r["problems"]:
            notes.append("结果错误")
        if r["unchecked"]:
            notes.append("结果未核对")
        if r["timed_out"]:
            notes.append("超时：" + "，".join(r["timed_out"]))
        print("  {:<16} wpzf {}  内置 {}  {:>6}  {:5.0f} MB  {}{}".format(
            r["name"], seconds_text({"seconds": r["wpzf_s"], "timeout": r["wpzf_s"] == float("inf")}),
            seconds_text({"seconds": r["native_s"], "timeout": r["native_s"] == float("inf")}),
            "{:.1f}×".format(r["ratio"]), r["wpzf_mb"], "达到" if ok else "未达到",
            "；" + "；".join(notes) if notes else ""))
    if any(r["problems"] for r in results):
        return 1
    if require_target and missed:
        print("未达到目标。")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
