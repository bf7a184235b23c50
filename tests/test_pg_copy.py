"""wpzf:copy_workpackage: GeoPackage → PostGIS → GeoPackage, read back with sqlite3 and psycopg2 (not the plugin).

The sample package of test_export (two batches, judged, photos, a formula and a 360-character remark, Chinese text
everywhere) plus attachments (BLOBs) goes to PostGIS and back; every table, row, value and shape must survive.
"""
import hashlib
import math
import os
import sqlite3

import pytest
from osgeo import ogr

from pg_support import pg_cluster, pg_schema, run_sql  # noqa: F401
from test_export import LONG_REMARK, build_package

STANDARD = ("patches", "photos", "history", "settings")


@pytest.fixture(scope="module")
def source(qgis_processing, tmp_path_factory):
    """The sample package with two attachments (BLOBs in a table the store makes only on the first add)."""
    from wpzf.core.store import attachments as A
    folder = tmp_path_factory.mktemp("复制 copy")
    path = build_package(qgis_processing, str(folder))
    doc = folder / "情况说明.pdf"
    doc.write_bytes(b"%PDF-1.4\n% \xe6\x83\x85\xe5\x86\xb5\n" + os.urandom(3000))
    A.add(path, "4501992022010001", str(doc), "情况说明", title="村委会情况说明", user="李四")
    A.add(path, "4501992022010002", str(doc), "举证材料", user="王五")
    return path


def sqlite_rows(path, table):
    """Every row of `table` ordered by fid, geometry blobs left out (their header is the driver's business)."""
    con = sqlite3.connect(path)
    try:
        cols = [r[1] for r in con.execute('PRAGMA table_info("{}")'.format(table)) if r[1] != "geom"]
        rows = con.execute('SELECT {} FROM "{}" ORDER BY fid'.format(", ".join('"{}"'.format(c) for c in cols),
                                                                     table)).fetchall()
        return cols, rows
    finally:
        con.close()


def sqlite_tables(path):
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT table_name FROM gpkg_contents"))
    finally:
        con.close()


def ogr_shapes(path, table):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(table)
    return {f.GetFID(): bytes(f.GetGeometryRef().ExportToIsoWkb()) for f in layer if f.GetGeometryRef() is not None}


def same(row_a, row_b):
    """Rows equal value for value; numbers to the 15 significant digits GDAL writes to PostgreSQL (1e-15 of the
    value: 0.30000000000000004 is stored as 0.3)."""
    assert len(row_a) == len(row_b)
    for a, b in zip(row_a, row_b):
        if isinstance(a, float) or isinstance(b, float):
            assert "%.15g" % a == "%.15g" % b and a == pytest.approx(b, rel=1e-14)
        else:
            assert a == b
    return True


def pg_rows(schema, table, cols):
    return run_sql('SELECT {} FROM {}."{}" ORDER BY fid'.format(", ".join('"{}"'.format(c) for c in cols),
                                                               schema, table))


def test_round_trip_gpkg_postgis_gpkg(qgis_processing, source, pg_schema, tmp_path):
    from wpzf.core.store.copy_package import copy_package
    from wpzf.core.store.workpackage import WorkPackage
    tables = sqlite_tables(source)
    assert set(STANDARD) | {"attachments"} <= set(tables)

    report = copy_package(source, pg_schema.uri)
    assert [name for name, _rows in report.tables][:4] == list(STANDARD)
    assert sorted(name for name, _rows in report.tables) == tables

    # PostGIS, read with psycopg2: every table, every value (Chinese text, full-precision areas, BLOBs)
    pg_tables = sorted(r[0] for r in run_sql("SELECT tablename FROM pg_tables WHERE schemaname = %s",
                                             (pg_schema.name,)))
    # the store makes its own tables with every PostgreSQL package (the township round trip's): there, empty
    assert set(pg_tables) >= set(tables)
    for extra in set(pg_tables) - set(tables):
        assert run_sql('SELECT count(*) FROM {}."{}"'.format(pg_schema.name, extra)) == [(0,)]
    for table in tables:
        cols, rows = sqlite_rows(source, table)
        got = pg_rows(pg_schema.name, table, cols)
        if table == "settings":  # the shared folder photos stay in is recorded, nothing else changes
            folder = os.path.dirname(source)
            assert sorted(got) == sorted(rows + [(max(r[0] for r in rows) + 1, "files_folder", folder)])
            continue
        assert len(got) == len(rows), table
        for mine, theirs in zip(rows, got):
            assert same(tuple(bytes(v) if isinstance(v, memoryview) else v for v in theirs), mine), table
    # the areas to 1e-9 亩 and the shapes (PostGIS's own area against OGR's on the GeoPackage)
    tbmj = run_sql('SELECT sum("TBMJ"), sum(ST_Area(geom)), count(*) FROM {}.patches'.format(pg_schema.name))[0]
    con = sqlite3.connect(source)
    assert tbmj[0] == pytest.approx(con.execute("SELECT sum(TBMJ) FROM patches").fetchone()[0], abs=1e-9)
    con.close()
    shapes = ogr_shapes(source, "patches")
    area = math.fsum(ogr.CreateGeometryFromWkb(w).GetArea() for w in shapes.values())
    assert tbmj[1] == pytest.approx(area, abs=1e-6) and tbmj[2] == len(shapes)
    remark = run_sql('SELECT "BZ", "XZMC" FROM {}.patches WHERE "JCBH" = %s'.format(pg_schema.name),
                     ("4501992022010002",))
    assert remark == [(LONG_REMARK, "城关镇")]

    # the store opens it and reads what the GeoPackage holds
    gp, pg = WorkPackage(source), WorkPackage(pg_schema.uri)
    strip = lambda rows: sorted((r["JCBH"], r["PDLX"], "%.15g" % r["TBMJ"], r["BZ"]) for r in rows)  # noqa: E731
    assert strip(pg.patches()) == strip(gp.patches())
    assert len(pg.history()) == len(gp.history())
    # new rows after the copy get new ids (the sequences continue after the copied fids)
    jcbh = sorted(gp.jcbh_list())[0]
    pg.write_photos(add=[{"JCBH": jcbh, "PATH": "照片/新.JPG", "_x": 36500000.0, "_y": 2520000.0}], user="张三")
    assert len(pg.photos()) == len(gp.photos()) + 1

    # and back into a GeoPackage: identical to the original, row for row (the new photo included)
    back = str(tmp_path / "回传 back.gpkg")
    copy_package(pg_schema.uri, back)
    assert sqlite_tables(back) == pg_tables
    for table in tables:
        cols, rows = sqlite_rows(source, table)
        back_cols, back_rows = sqlite_rows(back, table)
        assert back_cols[:len(cols)] == cols or set(cols) <= set(back_cols)
        index = [back_cols.index(c) for c in cols]
        back_rows = [tuple(r[i] for i in index) for r in back_rows]
        extra = {"photos": 1, "history": 1, "settings": 1}.get(table, 0)  # the new photo, its history, files_folder
        assert len(back_rows) == len(rows) + extra, table
        if table == "settings":
            assert set(rows) < set(back_rows)
            continue
        for mine, theirs in zip(rows, back_rows):
            assert same(theirs, mine), table
    for table in ("patches", "photos"):
        before, after = ogr_shapes(source, table), ogr_shapes(back, table)
        assert {k: after[k] for k in before} == before
    digest = lambda p: [hashlib.sha256(bytes(r[0])).hexdigest() for r in sqlite3.connect(p).execute(  # noqa: E731
        "SELECT DATA FROM attachments ORDER BY fid")]
    assert digest(back) == digest(source)


def test_refuses_a_target_with_data(qgis_processing, source, pg_schema, tmp_path):
    from wpzf.core.errors import WorkPackageError
    from wpzf.core.store.copy_package import copy_package
    copy_package(source, pg_schema.uri)
    before = run_sql("SELECT count(*) FROM {}.history".format(pg_schema.name))
    with pytest.raises(WorkPackageError, match="已有数据"):
        copy_package(source, pg_schema.uri)
    assert run_sql("SELECT count(*) FROM {}.history".format(pg_schema.name)) == before
    with pytest.raises(WorkPackageError, match="已存在，不会覆盖"):
        copy_package(pg_schema.uri, source)
    with pytest.raises(WorkPackageError, match="相同"):
        copy_package(source, source)


def test_an_empty_schema_prepared_by_an_admin_is_filled(qgis_processing, source, pg_schema):
    from wpzf.core.store.copy_package import copy_package
    run_sql("CREATE SCHEMA {}".format(pg_schema.name))
    copy_package(source, pg_schema.uri)
    assert run_sql("SELECT count(*) FROM {}.patches".format(pg_schema.name))[0][0] > 0


class Canceling:
    def __init__(self, after):
        self.calls, self.after, self.progress = 0, after, []

    def isCanceled(self):  # noqa: N802
        self.calls += 1
        return self.calls > self.after

    def setProgress(self, value):  # noqa: N802
        self.progress.append(value)

    def pushInfo(self, text):  # noqa: N802
        pass


def test_cancel_and_a_wrong_copy_leave_no_target(qgis_processing, source, pg_schema, tmp_path, monkeypatch):
    from wpzf.core.errors import Canceled, WorkPackageError
    from wpzf.core.store import copy_package as CP
    with pytest.raises(Canceled):
        CP.copy_package(source, pg_schema.uri, feedback=Canceling(after=2))
    assert run_sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE %s", (pg_schema.name + "%",)) == [(0,)]
    target = str(tmp_path / "取消.gpkg")
    with pytest.raises(Canceled):
        CP.copy_package(source, target, feedback=Canceling(after=3))
    assert os.listdir(str(tmp_path)) == []

    original = CP._copy_rows_in_transaction

    def lossy(dst, src_layer, dst_layer, progress):  # a copy that loses the last history row
        original(dst, src_layer, dst_layer, progress)
        if dst_layer.GetName() == "history":
            dst.ExecuteSQL('DELETE FROM history WHERE fid = (SELECT max(fid) FROM history)')
    monkeypatch.setattr(CP, "_copy_rows_in_transaction", lossy)
    with pytest.raises(WorkPackageError, match="history"):
        CP.copy_package(source, pg_schema.uri)
    assert run_sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE %s", (pg_schema.name + "%",)) == [(0,)]
    with pytest.raises(WorkPackageError, match="history"):
        CP.copy_package(source, target)
    assert os.listdir(str(tmp_path)) == []


def test_the_algorithm(qgis_processing, source, pg_schema, tmp_path):
    result = qgis_processing.run("wpzf:copy_workpackage", {"INPUT": source, "OUTPUT": pg_schema.uri})
    assert result["OUTPUT"] == pg_schema.uri
    assert result["PATCHES"] == len(sqlite_rows(source, "patches")[1])
    assert result["HISTORY"] == len(sqlite_rows(source, "history")[1])
    back = str(tmp_path / "回传.gpkg")
    result = qgis_processing.run("wpzf:copy_workpackage", {"INPUT": pg_schema.uri, "OUTPUT": back})
    assert result["OUTPUT"] == back and os.path.isfile(back)


def test_copying_a_package_in_use_takes_one_snapshot(qgis_processing, source, pg_schema, tmp_path, monkeypatch):
    """A technician saves while the package is copied out: the copy is the package as it was when the copy began,
    checked against that same state (not refused as different, not half old and half new)."""
    from wpzf.core.store import copy_package as CP
    CP.copy_package(source, pg_schema.uri)
    history = run_sql("SELECT count(*) FROM {}.history".format(pg_schema.name))[0][0]
    original = CP._copy_rows_in_transaction

    def busy(dst, src_layer, dst_layer, progress):
        original(dst, src_layer, dst_layer, progress)
        if dst_layer.GetName() == "patches":  # someone saves a judgment meanwhile
            run_sql('UPDATE {0}.patches SET "PDLX" = \'合法\' WHERE "JCBH" = \'4501992022010001\';'
                    'INSERT INTO {0}.history ("JCBH", "FIELD", "NEW") VALUES (\'4501992022010001\', \'PDLX\','
                    ' \'合法\')'.format(pg_schema.name))
    monkeypatch.setattr(CP, "_copy_rows_in_transaction", busy)
    out = str(tmp_path / "快照.gpkg")
    report = CP.copy_package(pg_schema.uri, out)
    assert report.history_rows == history
    con = sqlite3.connect(out)
    assert con.execute("SELECT PDLX FROM patches WHERE JCBH = '4501992022010001'").fetchone() == ("违法",)
    assert con.execute("SELECT count(*) FROM history").fetchone() == (history,)
    con.close()
    assert run_sql("SELECT count(*) FROM {}.history".format(pg_schema.name)) == [(history + 1,)]


def test_a_field_and_a_table_the_store_does_not_know_are_copied(qgis_processing, source, pg_schema, tmp_path):
    """A county's own column on patches and its own table come along both ways."""
    import shutil
    from wpzf.core.store.copy_package import copy_package
    mine = str(tmp_path / "自加字段.gpkg")
    shutil.copy(source, mine)
    ds = ogr.Open(mine, 1)
    patches = ds.GetLayerByName("patches")
    patches.CreateField(ogr.FieldDefn("XMBZ", ogr.OFTString))
    for feat in patches:
        feat.SetField("XMBZ", "县里自加：{}".format(feat.GetField("JCBH")))
        patches.SetFeature(feat)
    notes = ds.CreateLayer("county_notes", None, ogr.wkbNone, options=["FID=fid"])
    notes.CreateField(ogr.FieldDefn("TEXT", ogr.OFTString))
    notes.CreateField(ogr.FieldDefn("N", ogr.OFTInteger64))
    for i, text in enumerate(("第一条", "第二条 “引号”")):
        feat = ogr.Feature(notes.GetLayerDefn())
        feat.SetField("TEXT", text)
        feat.SetField("N", 2 ** 40 + i)
        notes.CreateFeature(feat)
    ds = None
    copy_package(mine, pg_schema.uri)
    assert run_sql('SELECT "XMBZ" FROM {}.patches WHERE "JCBH" = %s'.format(pg_schema.name),
                   ("4501992022010001",)) == [("县里自加：4501992022010001",)]
    assert run_sql('SELECT "TEXT", "N" FROM {}.county_notes ORDER BY fid'.format(pg_schema.name)) == \
        [("第一条", 2 ** 40), ("第二条 “引号”", 2 ** 40 + 1)]
    back = str(tmp_path / "回来.gpkg")
    copy_package(pg_schema.uri, back)
    assert sqlite_rows(back, "county_notes")[1] == sqlite_rows(mine, "county_notes")[1]
    con = sqlite3.connect(back)
    assert con.execute("SELECT XMBZ FROM patches WHERE JCBH = '4501992022010002'").fetchone() == \
        ("县里自加：4501992022010002",)
    con.close()


def test_the_algorithm_copies_the_open_package(qgis_processing, source, tmp_path):
    """From the plugin's menu the open package arrives as WORKPACKAGE; INPUT, when given, is the source."""
    from qgis.core import QgsProcessingException
    out = str(tmp_path / "打开的.gpkg")
    result = qgis_processing.run("wpzf:copy_workpackage", {"WORKPACKAGE": source, "OUTPUT": out})
    assert result["PATCHES"] == len(sqlite_rows(source, "patches")[1]) and os.path.isfile(out)
    with pytest.raises(QgsProcessingException, match="源工作库"):
        qgis_processing.run("wpzf:copy_workpackage", {"OUTPUT": str(tmp_path / "无源.gpkg")})
    assert not os.path.exists(str(tmp_path / "无源.gpkg"))
