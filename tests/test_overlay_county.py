"""wpzf:overlay on the small sample county, every patch checked against an independent computation.

The independent computation is the benchmark's (bench/bench_overlay.py: shapely intersections in the reference CRS,
pyproj geodesic areas on GRS80, the land-class table for 三大类); results are read back from the package with OGR.
"""
import importlib.util
import os

import pytest
from osgeo import ogr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOL = 0.01
FIELDS = ["JCBH", "TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ", "DLWFGMJ", "YJJBNTMJ", "STHXMJ", "PZMJ",
          "PZWH", "CKMJ", "CKZH", "SSNYDMJ", "LSYDMJ", "XZDM", "XZMC", "THBZ", "THSJ"]


def bench():
    spec = importlib.util.spec_from_file_location("wpzf_bench_overlay", os.path.join(ROOT, "bench", "bench_overlay.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def county_run(qgis_processing, sample_county, tmp_path_factory):
    from qgis.core import QgsProcessingFeedback
    folder = os.path.dirname(sample_county["reference"])
    wp = str(tmp_path_factory.mktemp("overlay county") / "示范县 工作库.gpkg")
    for batch in sample_county["batches"]:
        qgis_processing.run("wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": wp, "BATCH": batch["label"]})
    uri = lambda key: "{}|layername={}".format(sample_county["reference"], sample_county["layers"][key])  # noqa: E731
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    result = qgis_processing.run("wpzf:overlay", {
        "WORKPACKAGE": wp, "LANDUSE": uri("landuse"), "FARMLAND": uri("farmland"), "REDLINE": uri("redline"),
        "APPROVALS": uri("approvals"), "APPROVAL_FIELD": "PZWH", "MINING": uri("mining"), "MINING_FIELD": "CKZH",
        "FACILITY": uri("facility"), "TEMPORARY": uri("temporary"), "TOWNSHIPS": uri("townships"),
        "TOWNSHIP_CODE_FIELD": "XZDM", "TOWNSHIP_NAME_FIELD": "XZMC"}, feedback=Feedback())
    ds = ogr.Open(wp)
    rows = {f.GetField("JCBH"): {k: f.GetField(k) for k in FIELDS} for f in ds.GetLayerByName("patches")}
    ds = None
    return dict(wp=wp, result=result, rows=rows, warnings=warnings, folder=folder)


def test_every_patch_matches_the_independent_computation(county_run, sample_county):
    b = bench()
    rows = county_run["rows"]
    expected = b.independent(sample_county, county_run["folder"], sorted(rows), county_run["wp"])
    problems = []
    worst = b.compare(rows, expected, problems)
    assert not problems, problems[:10]
    assert len(expected) == len(rows) == county_run["result"]["PATCHES"] and worst < TOL


def test_sum_rule_and_notes(county_run, sample_county):
    rows = county_run["rows"]
    problems = []
    bench().check_sum_rule(rows, problems)
    assert not problems, problems[:10]
    for jcbh in sample_county["cases"].get("landuse_gap", []):
        assert rows[jcbh]["DLWFGMJ"] > 0.01 and "地类图层未覆盖" in rows[jcbh]["THBZ"]
    assert all(r["THSJ"] and r["THBZ"].startswith("耕地已扣除田坎") for r in rows.values())


def test_invalid_approvals_are_repaired_and_reported(county_run, sample_county):
    invalid = sample_county["invalid"]
    assert invalid  # the generator plants some
    for item in invalid:
        assert any("fid={}".format(item["fid"]) in w and item["PZWH"] in w and "修复" in w
                   for w in county_run["warnings"]), item
    for jcbh in sample_county["cases"].get("approval_invalid", []):
        row = county_run["rows"][jcbh]
        assert row["PZMJ"] > 0.01 and row["PZWH"]


def test_overlapping_approvals_count_once(county_run, sample_county):
    rows = county_run["rows"]
    for jcbh in sample_county["cases"].get("approval_overlap", []):
        row = rows[jcbh]
        assert row["PZMJ"] <= row["TBMJ"] + TOL
        assert len(row["PZWH"].split(";")) >= 2


def test_overlay_through_qgis_process(sample_county, tmp_path):
    """The same algorithm from the command line (qgis_process.bin), on one batch, into a GeoPackage."""
    import shutil
    import subprocess
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    assert exe is not None, "qgis_process is missing: make deps installs qgis"
    plugins = os.path.join(ROOT, ".build", "plugins")
    env = dict(os.environ, QGIS_PLUGINPATH=plugins, QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))  # never touch the user's own QGIS profile
    subprocess.run([exe, "plugins", "enable", "wpzf"], env=env, capture_output=True, timeout=120)
    uri = lambda key: "{}|layername={}".format(sample_county["reference"], sample_county["layers"][key])  # noqa: E731
    out = str(tmp_path / "套合结果.gpkg")
    batch = next(b for b in sample_county["batches"] if b["encoding"] == "GBK")  # a GBK shapefile without .cpg
    proc = subprocess.run([exe, "run", "wpzf:overlay", "--",
                           "INPUT={}".format(batch["path"]), "LANDUSE={}".format(uri("landuse")),
                           "APPROVALS={}".format(uri("approvals")), "APPROVAL_FIELD=PZWH",
                           "TOWNSHIPS={}".format(uri("townships")), "OUTPUT={}".format(out)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    ds = ogr.Open(out)
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == batch["count"]
    for feat in layer:
        assert feat.GetField("TBMJ") > 0 and feat.GetField("XZDM")
        assert feat.GetField("XMC") == "示范县"  # the input's own fields come through decoded
        total = sum(feat.GetField(k) or 0 for k in ("NYDMJ", "JSYDMJ", "WLYDMJ", "DLWFGMJ"))
        assert total <= feat.GetField("TBMJ") + TOL
