"""Fault suite for the work package: a locked package, a full disk, a killed writer, two writers at once.

Every case reproduces what a county office meets (another program reading the package, a full USB disk, QGIS killed
mid-import) and checks with sqlite3 — not with the code under test — that nothing was lost, nothing half-written,
and that the technician is told.
"""
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from osgeo import gdal, ogr

import datamaker as dm
from conftest import PLUGINS
from test_import import run_import, snapshot
from test_workpackage import square_wkb
from wpzf.core.store import package_io
from wpzf.core.errors import WorkPackageError
from wpzf.core.store.workpackage import WorkPackage


@pytest.fixture
def short_waits(monkeypatch):
    """Lock waits of a second instead of 15 s, so a test of a lock does not take a minute."""
    monkeypatch.setattr(package_io, "LOCK_WAIT_SECONDS", 1.0)
    monkeypatch.setattr(package_io, "BUSY_TIMEOUT_MS", 200)


@pytest.fixture
def wp(tmp_path):
    pkg = WorkPackage.create(str(tmp_path / "县 工作库.gpkg"), "EPSG:4524", county_code="450199")
    pkg.upsert_patches([{"JCBH": "A{}".format(i), "PC": "2022-01", "_wkb": square_wkb(36_500_000 + 100 * i,
                                                                                    2_520_000)}
                        for i in range(3)], user="导入员")
    return pkg


class Reader:
    """Another program holding a read transaction (a SHARED lock): no writer can commit meanwhile."""

    def __init__(self, path):
        self.con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.con.execute("BEGIN")
        self.con.execute("SELECT count(*) FROM patches").fetchall()

    def release(self):
        if self.con is not None:
            self.con.execute("COMMIT")
            self.con.close()
            self.con = None


# ----- 1. lost writes --------------------------------------------------------------------------------------------
def test_write_blocked_by_a_reader_fails_loudly_and_stores_nothing(wp, short_waits):
    before = snapshot(wp.path)
    reader = Reader(wp.path)
    try:
        started = time.monotonic()
        with pytest.raises(WorkPackageError) as err:
            wp.update_patches({"A1": {"PDLX": "违法", "WFZT": "张某"}}, user="张三")
        waited = time.monotonic() - started
    finally:
        reader.release()
    assert "正被其他程序占用" in str(err.value) and "没有保存" in str(err.value)
    assert 0.8 < waited < 6  # it retried for the bounded time, then gave up
    assert snapshot(wp.path) == before


def test_write_waits_for_a_short_lock_then_lands(wp, short_waits, monkeypatch):
    monkeypatch.setattr(package_io, "LOCK_WAIT_SECONDS", 10.0)
    reader = Reader(wp.path)
    threading.Timer(1.0, reader.release).start()
    assert wp.update_patches({"A1": {"PDLX": "违法"}}, user="张三") == 1
    con = sqlite3.connect(wp.path)
    assert con.execute("SELECT PDLX FROM patches WHERE JCBH='A1'").fetchone() == ("违法",)
    assert con.execute("SELECT count(*) FROM history WHERE JCBH='A1' AND FIELD='PDLX'").fetchone() == (1,)
    con.close()


def test_import_into_a_locked_package_is_an_error_not_a_success(qgis_processing, tmp_path, short_waits):
    from qgis.core import QgsProcessingException
    wp_path = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "a.shp"), dm.batch(2)), wp_path)
    before = snapshot(wp_path)
    src = dm.write_patches(str(tmp_path / "b.shp"), dm.batch(3, start=10))
    reader = Reader(wp_path)
    try:
        with pytest.raises(QgsProcessingException, match="正被其他程序占用"):
            run_import(qgis_processing, src, wp_path, batch="2022-02")
    finally:
        reader.release()
    assert snapshot(wp_path) == before
    assert run_import(qgis_processing, src, wp_path, batch="2022-02")["ADDED"] == 3  # once free, it lands


def test_dock_keeps_unsaved_edits_when_the_save_cannot_commit(qgis_processing, qtbot, tmp_path, short_waits):
    from fake_iface import close_dock, open_dock
    wp_path = str(tmp_path / "示范县 工作库.gpkg")
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "a.shp"), dm.batch(3)), wp_path)
    dock = open_dock(qtbot)
    try:
        assert dock.open_package(wp_path)
        target = dock.current
        dock.editor.widgets["PDLX"].setCurrentText("违法")
        reader = Reader(wp_path)
        try:
            assert dock.save() is False
        finally:
            reader.release()
        assert "没有保存" in dock.last_message
        assert dock.form.dirty and dock.form.edits.get("PDLX") == "违法"
        assert dock.editor.widgets["PDLX"].currentText() == "违法"
        con = sqlite3.connect(wp_path)
        assert con.execute("SELECT PDLX FROM patches WHERE JCBH=?", (target,)).fetchone() == (None,)
        con.close()
        assert dock.save() is True  # the same edits, once the package is free
        con = sqlite3.connect(wp_path)
        assert con.execute("SELECT PDLX FROM patches WHERE JCBH=?", (target,)).fetchone() == ("违法",)
        con.close()
    finally:
        close_dock(dock)


# ----- full disk ---------------------------------------------------------------------------------------------------
@pytest.fixture
def disk_nearly_full():
    """SQLite's max_page_count caps the file at its current size: writes fail as on a full disk."""
    def cap(path):
        pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
        gdal.SetConfigOption("OGR_SQLITE_PRAGMA", "max_page_count={}".format(pages))
    yield cap
    gdal.SetConfigOption("OGR_SQLITE_PRAGMA", None)


def test_full_disk_write_fails_with_the_reason_and_changes_nothing(wp, disk_nearly_full):
    before = snapshot(wp.path)
    disk_nearly_full(wp.path)
    changes = {"A{}".format(i): {"BZ": "很长的备注" * 400, "WFZT": "某" * 50} for i in range(3)}
    with pytest.raises(WorkPackageError, match="磁盘空间不足"):
        wp.update_patches(changes)
    gdal.SetConfigOption("OGR_SQLITE_PRAGMA", None)
    assert snapshot(wp.path) == before


def test_new_package_on_a_full_disk_leaves_no_file(tmp_path):
    gdal.SetConfigOption("OGR_SQLITE_PRAGMA", "max_page_count=8")
    try:
        with pytest.raises(WorkPackageError, match="磁盘空间不足"):
            WorkPackage.create(str(tmp_path / "新 工作库.gpkg"), "EPSG:4524")
    finally:
        gdal.SetConfigOption("OGR_SQLITE_PRAGMA", None)
    assert os.listdir(str(tmp_path)) == []


@pytest.fixture
def small_disk(tmp_path):
    """A real 1 MB file system (tmpfs); skipped where mounting is not allowed."""
    mount = tmp_path / "小磁盘"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here (needs root)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_real_full_disk_import_fails_and_keeps_the_package(qgis_processing, tmp_path, small_disk):
    from qgis.core import QgsProcessingException
    wp_path = str(small_disk / "工作库.gpkg")
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "a.shp"), dm.batch(2)), wp_path)
    before = snapshot(wp_path)
    with open(str(small_disk / "填充"), "wb") as fh:  # fill what is left, as another program would
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    many = dm.batch(400, start=100)
    with pytest.raises(QgsProcessingException, match="磁盘空间不足|不可写|失败"):
        run_import(qgis_processing, dm.write_patches(str(tmp_path / "big.shp"), many), wp_path, batch="2022-02")
    os.remove(str(small_disk / "填充"))
    assert snapshot(wp_path) == before


# ----- 3. killed writer --------------------------------------------------------------------------------------------
KILLED_WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from osgeo import ogr
    from wpzf.core.store import package_io
    def body(ds):
        ds.ExecuteSQL("PRAGMA cache_size = 10")  # spill pages into the file before the commit, as big writes do
        layer = ds.GetLayerByName("patches")
        for feat in layer:
            feat.SetField("BZ", "写了一半" * 50)
            layer.SetFeature(feat)
        history = ds.GetLayerByName("history")
        for i in range(3000):
            row = ogr.Feature(history.GetLayerDefn())
            row.SetField("FIELD", "BZ")
            history.CreateFeature(row)
        ds.FlushCache()
        open(sys.argv[3], "w").close()  # tell the test we are mid-write
        time.sleep(600)
    package_io.write(sys.argv[2], body)
""")


def kill_mid_write(wp_path, tmp_path):
    marker = str(tmp_path / "mid-write")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, PLUGINS, wp_path, marker])
    deadline = time.monotonic() + 60
    while not os.path.exists(marker):
        assert proc.poll() is None and time.monotonic() < deadline, "the writer did not start"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def open_read_only(path):
    """(opened, GDAL's message): gdal.UseExceptions() may be on (test_sample_county switches it on)."""
    gdal.ErrorReset()
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError as exc:
        return False, str(exc)
    return ds is not None, gdal.GetLastErrorMsg()


def test_killed_writer_leaves_a_package_that_reopens_intact(wp, tmp_path):
    before = snapshot(wp.path)
    kill_mid_write(wp.path, tmp_path)
    # what the technician met: a hot journal that a read-only open cannot roll back
    assert package_io.has_journal(wp.path)
    opened, message = open_read_only(wp.path)
    assert not opened and "readonly" in message
    reopened = WorkPackage(wp.path)  # read-only first: must recover instead of failing
    assert open_read_only(wp.path)[0]
    assert snapshot(wp.path) == before
    assert len(reopened.patches()) == 3


def test_algorithms_after_a_killed_writer_say_what_happened(qgis_processing, wp, tmp_path):
    from qgis.core import QgsProcessingFeedback
    kill_mid_write(wp.path, tmp_path)

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 (QGIS API)
            self.warnings.append(text)

    feedback = Recorder()
    qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp.path, "OUTPUT": "TEMPORARY_OUTPUT"},
                        feedback=feedback)
    assert any("上次写入被中断" in w and "完好" in w for w in feedback.warnings)
    assert len(WorkPackage(wp.path).patches()) == 3


# ----- 7. two writers at once ------------------------------------------------------------------------------------
CONCURRENT_IMPORT = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from osgeo import ogr
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(sys.argv[2])
    start = int(sys.argv[3])
    def wkb(i):
        x, y = 36500000 + 50 * i, 2520000
        wkt = "MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(x, y, x + 30, y + 30)
        return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb())
    for chunk in range(5):
        recs = [{"JCBH": "P{}".format(start + chunk * 200 + i), "PC": "2022-02", "BZ": "x",
                 "_wkb": wkb(start + chunk * 200 + i)} for i in range(200)]
        wp.upsert_patches(recs, action="import:" + sys.argv[3])
""")


def test_two_imports_at_once_both_land(wp):
    procs = [subprocess.Popen([sys.executable, "-c", CONCURRENT_IMPORT, PLUGINS, wp.path, str(start)],
                              stderr=subprocess.PIPE) for start in (1000, 5000)]
    errors = [p.communicate(timeout=240)[1].decode("utf-8", "replace") for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    con = sqlite3.connect(wp.path)
    assert con.execute("SELECT count(*) FROM patches").fetchone() == (3 + 2000,)
    assert con.execute("SELECT count(*) FROM history WHERE FIELD='*'").fetchone() == (3 + 2000,)
    con.close()


# ----- 4. a patch issued again with another shape -----------------------------------------------------------------
def test_reissued_shape_clears_old_figures_reopens_the_judgment_and_is_flagged(qgis_processing, tmp_path):
    import re
    wp_path = str(tmp_path / "wp.gpkg")
    first = dm.batch(2)
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "a.shp"), first), wp_path)
    wp = WorkPackage(wp_path)
    jcbh, other = first[0]["JCBH"], first[1]["JCBH"]
    judged = {"TBMJ": 17.1, "GDMJ": 0.76, "YPPDLX": "合法", "PDLX": "合法", "PDXL": "批文", "PZWH": "桂政土批〔2021〕1号",
              "PZMJ": 17.1, "HSZT": "已确认", "QRRQ": "2022-02-10"}
    wp.update_patches({jcbh: judged, other: judged}, user="技术员")
    second = [dict(first[0], wkt=dm.square(108.30, 22.80, size_deg=0.003)), first[1]]  # 9 times the area
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "b.shp"), second), wp_path, batch="2022-03")

    con = sqlite3.connect(wp_path)
    row = con.execute("SELECT TBMJ, GDMJ, PZMJ, YPPDLX, PDLX, PZWH, HSZT, XFBG FROM patches WHERE JCBH=?",
                      (jcbh,)).fetchone()
    assert row[:4] == (None, None, None, None)  # measured on the old shape: gone until the next overlay
    assert row[4:7] == ("合法", "桂政土批〔2021〕1号", "待核查")  # the person's judgment kept, its confirmation not
    old_mu, new_mu = [float(v) for v in re.findall(r"面积 ([\d.]+) → ([\d.]+) 亩", row[7])[0]]
    assert 8.5 < new_mu / old_mu < 9.5
    changes = dict(con.execute("SELECT FIELD, OLD || ' > ' || NEW FROM history WHERE JCBH=? AND ACTION=?",
                               (jcbh, "import:2022-03:reissue")))
    assert changes["HSZT"] == "已确认 > 待核查" and changes["TBMJ"] == "17.1 > " and "geom" in changes
    untouched = con.execute("SELECT TBMJ, HSZT, XFBG FROM patches WHERE JCBH=?", (other,)).fetchone()
    assert untouched == (17.1, "已确认", None)  # issued again unchanged: nothing reopened
    con.close()

    def r01():
        result = qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp_path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                        "TODAY": "2022-03-05"})
        return [(f["JCBH"], f["YZCD"], f["WTMS"]) for f in result["OUTPUT"].getFeatures() if f["GZBH"] == "R01"]

    found = r01()
    assert [(j, level) for j, level, _m in found] == [(jcbh, "严重")] and "重新运行套合" in found[0][2]
    wp.update_patches({jcbh: {"TBMJ": 153.9}})  # the overlay ran again
    assert "复核" in r01()[0][2]
    wp.update_patches({jcbh: {"HSZT": "已确认"}})  # reviewed and confirmed on the new shape
    assert r01() == []


# ----- 2. an output that would destroy the package or another file ---------------------------------------------------
@pytest.fixture
def county_package(qgis_processing, tmp_path):
    wp_path = str(tmp_path / "示范县 工作库.gpkg")
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "a.shp"), dm.batch(3)), wp_path)
    WorkPackage(wp_path).update_patches({dm.batch(1)[0]["JCBH"]: {"PDLX": "违法", "XZMC": "甲镇", "XZDM": "1"}})
    return wp_path


def townships(tmp_path):
    path = str(tmp_path / "乡镇.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = ds.CreateLayer("townships", srs, ogr.wkbPolygon)
    for name in ("XZDM", "XZMC"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetField("XZDM", "1")
    feat.SetField("XZMC", "甲镇")
    feat.SetGeometry(ogr.CreateGeometryFromWkt(dm.square(108.2, 22.7, 0.3)))
    layer.CreateFeature(feat)
    ds = None
    return path


DESTROYERS = [  # (algorithm, the parameter pointed at the package, other parameters)
    ("selfcheck", "OUTPUT", {}),
    ("selfcheck", "OUTPUT_XLSX", {"OUTPUT": "TEMPORARY_OUTPUT"}),
    ("accountability", "OUTPUT", {"YEAR": 2022}),
    ("accountability", "OUTPUT_XLSX", {"YEAR": 2022, "OUTPUT": "TEMPORARY_OUTPUT"}),
    ("battle_map", "OUTPUT", {"DATE": "2022-03-10"}),
    ("prejudge", "OUTPUT", {}),
]


@pytest.mark.parametrize("alg,param,extra", DESTROYERS, ids=["{}-{}".format(a, p) for a, p, _e in DESTROYERS])
def test_an_output_pointed_at_the_package_is_refused(qgis_processing, county_package, tmp_path, alg, param, extra):
    from qgis.core import QgsProcessingException
    params = dict(extra, WORKPACKAGE=county_package)
    if alg == "battle_map":
        params["TOWNSHIPS"] = townships(tmp_path) + "|layername=townships"
    params[param] = county_package
    before = snapshot(county_package)
    with pytest.raises(QgsProcessingException, match="就是工作库本身"):
        qgis_processing.run("wpzf:" + alg, params)
    assert snapshot(county_package) == before
    params[param] = "ogr:dbname='{}' table=\"problems\" (geom)".format(county_package)
    if param == "OUTPUT" and alg != "battle_map":  # a table inside the package is refused too
        with pytest.raises(QgsProcessingException, match="就是工作库本身"):
            qgis_processing.run("wpzf:" + alg, params)
        assert snapshot(county_package) == before


def layer_names(path):
    ds = ogr.Open(path)
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]


def test_a_geopackage_with_other_layers_is_not_overwritten(qgis_processing, county_package, tmp_path):
    from qgis.core import QgsProcessingException
    reference = townships(tmp_path)
    with pytest.raises(QgsProcessingException, match="含有其他图层（townships）"):
        qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": county_package, "OUTPUT": reference})
    assert layer_names(reference) == ["townships"]
    with pytest.raises(QgsProcessingException, match="不是以前生成的 xlsx"):
        qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": county_package, "OUTPUT": "TEMPORARY_OUTPUT",
                                               "OUTPUT_XLSX": reference})
    assert layer_names(reference) == ["townships"]
    notes = tmp_path / "说明.pdf"
    notes.write_text("不是 PDF")
    with pytest.raises(QgsProcessingException, match="不是 pdf"):
        qgis_processing.run("wpzf:battle_map", {"WORKPACKAGE": county_package, "DATE": "2022-03-10",
                                                "TOWNSHIPS": reference + "|layername=townships",
                                                "OUTPUT": str(notes)})
    assert notes.read_text() == "不是 PDF"


def test_an_earlier_output_of_the_same_kind_is_replaced(qgis_processing, county_package, tmp_path):
    problems, xlsx = str(tmp_path / "问题表.gpkg"), str(tmp_path / "问题清单.xlsx")
    params = {"WORKPACKAGE": county_package, "OUTPUT": problems, "OUTPUT_XLSX": xlsx, "TODAY": "2022-03-10"}
    first = qgis_processing.run("wpzf:selfcheck", params)
    second = qgis_processing.run("wpzf:selfcheck", params)  # the monthly re-run writes over its own files
    written = ogr.Open(problems)
    count = written.GetLayer(0).GetFeatureCount()
    assert count == first["SEVERE"] + first["WARNING"] + first["INFO"] == \
        second["SEVERE"] + second["WARNING"] + second["INFO"] > 0
    import openpyxl
    assert openpyxl.load_workbook(xlsx).sheetnames


# ----- 10. careless references ---------------------------------------------------------------------------------------
def point_layer(path):
    from osgeo import osr
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4524)
    layer = ds.CreateLayer("farmland_points", srs, ogr.wkbPoint)
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt("POINT(36540050 2530050)"))
    layer.CreateFeature(feat)
    ds = None
    return path + "|layername=farmland_points"


def test_a_point_layer_or_the_patches_themselves_are_refused_as_references(qgis_processing, tmp_path):
    from qgis.core import QgsProcessingException
    from test_overlay import import_lonlat, landuse_grid, patches_layer, rect
    lu, _cells = landuse_grid(str(tmp_path / "ref.gpkg"), ["0101"], n=4)
    wp = import_lonlat(qgis_processing, tmp_path, [rect(20, 20, 60, 60)])
    before = snapshot(wp)
    with pytest.raises(QgsProcessingException, match="是点图层"):
        qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "LANDUSE": lu,
                                             "FARMLAND": point_layer(str(tmp_path / "点.gpkg"))})
    with pytest.raises(QgsProcessingException, match="就是监测图斑本身"):
        qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "LANDUSE": lu, "FARMLAND": wp + "|layername=patches"})
    assert snapshot(wp) == before
    patches = patches_layer(str(tmp_path / "p.gpkg"), [rect(10, 10, 20, 20)])
    with pytest.raises(QgsProcessingException, match="就是监测图斑本身"):
        qgis_processing.run("wpzf:overlay", {"INPUT": patches, "LANDUSE": lu, "REDLINE": patches,
                                             "OUTPUT": str(tmp_path / "o.gpkg")})


def test_remembered_references_are_kept_relative_to_the_package(qgis_processing, tmp_path, monkeypatch):
    import json
    import shutil
    from test_overlay import import_lonlat, landuse_grid, rect
    county = tmp_path / "县 文件夹"
    (county / "基础数据").mkdir(parents=True)
    landuse_grid(str(county / "基础数据" / "三调.gpkg"), ["0101", "0702"], n=4)
    wp = import_lonlat(qgis_processing, tmp_path, [rect(20, 20, 60, 60)])
    wp = shutil.move(wp, str(county / "工作库.gpkg"))
    monkeypatch.chdir(str(county))  # qgis_process run from the county folder with a relative path
    first = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": "工作库.gpkg",
                                                 "LANDUSE": "基础数据/三调.gpkg|layername=landuse"})
    stored = json.loads(WorkPackage(wp).setting("reference"))
    assert stored["landuse"] == "基础数据/三调.gpkg|layername=landuse"
    moved = shutil.move(str(county), str(tmp_path / "搬走后"))  # the folder moves to another disk/PC
    monkeypatch.chdir(str(tmp_path))
    again = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": os.path.join(moved, "工作库.gpkg"),
                                                 "SCOPE": 1})  # all: recompute with the moved layers
    assert again["PATCHES"] == first["PATCHES"] == 1
    assert WorkPackage(os.path.join(moved, "工作库.gpkg")).patches()[0]["GDMJ"] > 0
    from wpzf.core.dossier.map import styled_reference_layers
    layers, warnings = styled_reference_layers(WorkPackage(os.path.join(moved, "工作库.gpkg")))
    assert [layer.isValid() for _title, layer in layers] == [True] and warnings == []


def test_the_dock_opens_a_package_after_a_killed_writer_and_says_so(qgis_processing, qtbot, wp, tmp_path):
    from fake_iface import close_dock, open_dock
    before = snapshot(wp.path)
    kill_mid_write(wp.path, tmp_path)
    dock = open_dock(qtbot)
    try:
        assert dock.open_package(wp.path)
        assert "上次写入被中断" in dock.last_message and "完好" in dock.last_message
        assert len(dock.shown_jcbhs()) == 3
    finally:
        close_dock(dock)
    assert snapshot(wp.path) == before


RAISING_GDAL = textwrap.dedent("""
    import sqlite3, sys
    sys.path.insert(0, sys.argv[1])
    from osgeo import gdal
    gdal.UseExceptions()  # as another plugin may do for the whole QGIS process
    from wpzf.core.store import package_io
    from wpzf.core.errors import WorkPackageError
    from wpzf.core.store.workpackage import WorkPackage
    package_io.LOCK_WAIT_SECONDS, package_io.BUSY_TIMEOUT_MS = 1.0, 200
    wp = WorkPackage(sys.argv[2])
    reader = sqlite3.connect(wp.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM patches").fetchall()
    try:
        wp.update_patches({"A1": {"PDLX": "违法"}})
        print("STORED?")
    except WorkPackageError as exc:
        print("REFUSED", "正被其他程序占用" in str(exc))
    reader.execute("COMMIT")
    print("SAVED", wp.update_patches({"A1": {"BZ": "x"}}))
""")


def test_writes_are_verified_when_another_plugin_makes_gdal_raise(wp):
    """gdal.UseExceptions() may be on for the whole QGIS process (other plugins, our own tests): same result."""
    before = snapshot(wp.path)
    out = subprocess.run([sys.executable, "-c", RAISING_GDAL, PLUGINS, wp.path], capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.split() == ["REFUSED", "True", "SAVED", "1"], out.stderr
    after = snapshot(wp.path)
    assert after["patches"] != before["patches"]
    con = sqlite3.connect(wp.path)
    assert con.execute("SELECT PDLX, BZ FROM patches WHERE JCBH='A1'").fetchone() == (None, "x")
    con.close()
