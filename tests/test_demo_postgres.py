"""The whole demo month (tools/demo.py: import of three batches, overlay, pre-judgment, splitting, judgments, photos,
self-check, accountability, both exports, dossiers, the periodic documents, the township round trip) on a PostGIS
package, against the same month on a GeoPackage: every algorithm takes the database package, and what they store
and export is the same (issue 17)."""
import collections
import glob
import os
import re
import subprocess
import sys

from osgeo import ogr

from pg_support import pg_cluster, pg_schema  # noqa: F401 (fixtures are found by name)
from wpzf.core.store.workpackage import WorkPackage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAMPED = {"DRSJ", "THSJ"}  # import and overlay times: the two runs differ by minutes


def run_demo(out, package=None):
    argv = [sys.executable, os.path.join(ROOT, "tools", "demo.py"), "--out", str(out)]
    if package:
        argv += ["--package", package]
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=900)
    assert result.returncode == 0, result.stdout[-3000:]
    return result.stdout


def shapefile_rows(folder):
    path = glob.glob(os.path.join(str(folder), "上报成果", "*", "矢量数据", "JCTB.shp"))[0]
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = sorted(tuple(f.GetField(n) for n in names) + (f.GetGeometryRef().ExportToWkt(),) for f in layer)
    return names, rows


def unstamped(text):
    """History text without what depends on when the run happened (times, time-stamped package ids)."""
    text = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", "<time>", str(text or ""))
    return re.sub(r"\d+-\d{8}-\d{6}", "<id>", text)  # a township package: code-date-time


def test_the_demo_month_on_postgis_stores_and_exports_what_a_geopackage_does(pg_schema, tmp_path):
    run_demo(tmp_path / "gpkg")
    log = run_demo(tmp_path / "pg", pg_schema.uri)
    assert "演示完成" in log
    # the upload package, read back with GDAL: the same rows, values (areas in 亩, Chinese text) and shapes
    names, on_file = shapefile_rows(tmp_path / "gpkg")
    assert shapefile_rows(tmp_path / "pg") == (names, on_file) and len(on_file) > 50

    gpkg = WorkPackage(str(tmp_path / "gpkg" / "示范县_2022_工作库.gpkg"))
    pg = WorkPackage(pg_schema.uri)
    a = {r["JCBH"]: r for r in gpkg.patches(split_parents=True)}
    b = {r["JCBH"]: r for r in pg.patches(split_parents=True)}
    assert set(a) == set(b)
    for key, row in a.items():
        for name, value in row.items():
            if name.startswith("_") or name in STAMPED:
                continue
            other = b[key][name]
            if isinstance(value, float) and isinstance(other, float):
                assert abs(value - other) < 1e-9, (key, name, value, other)
            else:
                assert value == other, (key, name, value, other)
    assert sorted(p["SHA256"] for p in gpkg.photos()) == sorted(p["SHA256"] for p in pg.photos())

    def history(wp):
        return collections.Counter(tuple(unstamped(h[n]) for n in ("JCBH", "FIELD", "OLD", "NEW", "ACTION", "USER"))
                                   for h in wp.history() if h["FIELD"] != "setting:files_folder")
    assert history(gpkg) == history(pg)
    assert pg.setting("files_folder") == str(tmp_path / "pg")
