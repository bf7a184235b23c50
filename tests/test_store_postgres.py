"""The work package on PostgreSQL/PostGIS (issue 17) against the real test server: how a package is named, Chinese
text and geometry round trips, no lost update between two technicians (same process and two processes at once), a
connection dropped mid-write, and what a technician's role may write."""
import os
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from osgeo import ogr

from pg_support import pg_cluster, pg_schema, run_sql  # noqa: F401 (fixtures are found by name)
from wpzf.core.errors import EditConflict, WorkPackageError
from wpzf.core.store import source
from wpzf.core.store.workpackage import WorkPackage

CRS = "EPSG:4524"
PLUGINS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".build", "plugins")


def square(x, y, size=100.0):
    ring = "{0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}".format(x, y, x + size, y + size)
    return bytes(ogr.CreateGeometryFromWkt("MULTIPOLYGON((({})))".format(ring)).ExportToIsoWkb())


def package(uri, n=3):
    wp = WorkPackage.create(uri, CRS, county_code="450123", county_name="测试县", year=2022)
    wp.upsert_patches([{"JCBH": "4501232022{:06d}".format(i), "PC": "2022-01", "XZQDM": "450123",
                        "_wkb": square(36500000 + 300 * i, 2500000)} for i in range(n)])
    return wp


# ----- naming a package ----------------------------------------------------------------------------------------------
def test_sources_name_a_schema_and_hide_the_password():
    src = source.parse("postgresql://县局:p%40ss word@db.example:5433/wpzf?schema=wpzf_2026&sslmode=require")
    assert src.schema == "wpzf_2026"
    assert "host=db.example" in src.conninfo and "port=5433" in src.conninfo and "sslmode=require" in src.conninfo
    assert "password='p@ss word'" in src.conninfo
    assert "p@ss" not in src.label and "wpzf_2026" in src.label
    keyed = source.parse("service=county schema=wpzf_2025")
    assert (keyed.conninfo, keyed.schema) == ("service=county", "wpzf_2025")
    again = source.parse(src.ogr_name)  # what WorkPackage.path holds opens the same package
    assert (again.conninfo, again.schema) == (src.conninfo, src.schema)
    assert source.is_postgres("postgres://u@h/db?schema=a") and not source.is_postgres("/tmp/县 工作库.gpkg")
    with pytest.raises(WorkPackageError, match="模式名"):
        source.parse("postgresql://u@h/db")
    with pytest.raises(WorkPackageError, match="保留"):
        source.parse("postgresql://u@h/db?schema=public")


def test_a_qgis_connection_name_with_a_schema(pg_cluster):
    from qgis.core import QgsSettings
    settings = QgsSettings()
    base = "PostgreSQL/connections/县局服务器/"
    for key, value in (("host", pg_cluster.host), ("port", str(pg_cluster.port)), ("database", pg_cluster.database),
                       ("username", pg_cluster.superuser)):
        settings.setValue(base + key, value)
    try:
        assert source.is_postgres("县局服务器?schema=wpzf_2026")
        src = source.parse("县局服务器?schema=wpzf_2026")
        assert src.schema == "wpzf_2026" and "dbname={}".format(pg_cluster.database) in src.conninfo
        with pytest.raises(WorkPackageError, match="没有名为“别的服务器”"):
            source.parse("别的服务器?schema=x")
    finally:
        settings.remove("PostgreSQL/connections/县局服务器")


# ----- the package ---------------------------------------------------------------------------------------------------
def test_create_round_trips_text_geometry_and_refuses_to_overwrite(pg_schema):
    wp = package(pg_schema.uri)
    again = WorkPackage(wp.path)
    assert again.settings()["county_name"] == "测试县" and again.crs == CRS
    wp.update_patches({"4501232022000001": {"BZ": "当事人：某建材公司（已电话核实）", "PDLX": "违法", "CCFGMJ": 1.2345678}})
    row = again.patch("4501232022000001", geometry=True)
    assert row["BZ"] == "当事人：某建材公司（已电话核实）" and row["CCFGMJ"] == 1.2345678
    assert ogr.CreateGeometryFromWkb(row["_wkb"]).GetArea() == pytest.approx(10000.0, abs=1e-6)
    fast = wp.unit_reader().patch("4501232022000001")
    assert {k: fast[k] for k in ("JCBH", "BZ", "ROWVER", "_fid")} == {k: row[k] for k in ("JCBH", "BZ", "ROWVER",
                                                                                          "_fid")}
    listed = {r["JCBH"]: r for r in wp.list_rows(["JCBH", "PDLX", "TBZT", "ZTBBH"])}
    assert listed["4501232022000001"]["PDLX"] == "违法" and len(listed) == 3
    # what the database holds, read without the plugin: upper-case columns, one history row per changed value
    assert run_sql('SELECT "BZ", "ROWVER" FROM {}.patches WHERE "JCBH" = %s'.format(pg_schema.name),
                   ("4501232022000001",)) == [("当事人：某建材公司（已电话核实）", 2)]
    assert run_sql('SELECT count(*) FROM {}.history WHERE "JCBH" = %s AND "ACTION" = %s'.format(pg_schema.name),
                   ("4501232022000001", "edit")) == [(3,)]
    with pytest.raises(WorkPackageError, match="已存在"):
        WorkPackage.create(pg_schema.uri, CRS)
    layer = wp.patches_layer()
    assert layer.isValid() and layer.featureCount() == 3 and layer.fields().indexOf("JCBH") >= 0


def test_a_stale_save_is_refused_and_nothing_is_written(pg_schema):
    mine, theirs = package(pg_schema.uri), WorkPackage(pg_schema.uri)
    key = "4501232022000002"
    read = mine.patch(key)
    theirs.update_patches({key: {"PDLX": "合法", "PDXL": "批文"}}, user="李四")
    history = len(mine.history(key))
    with pytest.raises(EditConflict) as caught:
        mine.update_patches({key: {"PDLX": "违法"}}, user="张三", expected={key: read["ROWVER"]})
    conflict = caught.value.conflicts[key]
    assert conflict["theirs"]["PDLX"] == "合法" and conflict["by"] == "李四" and "李四" in str(caught.value)
    assert mine.patch(key)["PDLX"] == "合法" and len(mine.history(key)) == history
    # saving again on top of theirs, knowing their version, is the technician's choice and goes through
    mine.update_patches({key: {"PDLX": "违法"}}, user="张三", expected={key: conflict["theirs"]["ROWVER"]})
    assert mine.patch(key)["PDLX"] == "违法" and mine.patch(key)["ROWVER"] == read["ROWVER"] + 2


def test_watch_sees_units_another_technician_wrote(pg_schema):
    wp = package(pg_schema.uri)
    watch = wp.watch()
    assert watch.poll() == {}
    WorkPackage(pg_schema.uri).update_patches({"4501232022000000": {"BZ": "外业已核"}}, user="李四")
    changed = watch.poll()
    assert list(changed) == ["4501232022000000"] and changed["4501232022000000"][0] == "李四"
    assert watch.poll() == {}


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from qgis.core import QgsApplication
    app = QgsApplication([], False); app.initQgis()
    from wpzf.core.errors import EditConflict
    from wpzf.core.store.workpackage import WorkPackage
    wp, me, key = WorkPackage(sys.argv[2]), sys.argv[3], sys.argv[4]
    retries = 0
    for n in range(int(sys.argv[5])):
        while True:  # as the dock does: read, edit, save with the version read; on a conflict read again
            row = wp.patch(key)
            try:
                wp.update_patches({key: {"BZ": (row["BZ"] or "") + "{}{};".format(me, n)}}, user=me,
                                  expected={key: row["ROWVER"]})
                break
            except EditConflict:
                retries += 1
        wp.update_patches({key: {"ZGCS": "{}-{}".format(me, n)}}, user=me)  # a blind write, as an algorithm's
    print("retries", retries)
""")


def test_two_writers_in_two_processes_lose_no_update(pg_schema, tmp_path):
    wp = package(pg_schema.uri)
    key, rounds = "4501232022000001", 15
    start = wp.patch(key)["ROWVER"]
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, str(script), PLUGINS, wp.path, who, key, str(rounds)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
             for who in ("甲", "乙")]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    tokens = [t for t in wp.patch(key)["BZ"].split(";") if t]
    assert sorted(tokens) == sorted("{}{}".format(w, n) for w in "甲乙" for n in range(rounds))
    assert wp.patch(key)["ROWVER"] == start + 4 * rounds  # every write raised the version once
    edits = [h for h in wp.history(key) if h["FIELD"] == "BZ"]
    assert len(edits) == 2 * rounds


KILLED = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from qgis.core import QgsApplication
    app = QgsApplication([], False); app.initQgis()
    from wpzf.core.errors import WorkPackageError
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(sys.argv[2])
    def stall(ds):
        print("written, not committed", flush=True)
        for _ in range(150):  # until the server drops this connection (the test does), at most 30 s
            time.sleep(0.2)
            probe = ds.ExecuteSQL("SELECT 1")
            if probe is None:
                break
            ds.ReleaseResultSet(probe)
    try:
        wp.update_patches({k: {"PDLX": "违法", "BZ": "中途断线"} for k in wp.jcbh_list()}, also=stall)
    except WorkPackageError as exc:
        print("refused:", exc, flush=True)
        sys.exit(3)
    print("stored", flush=True)
""")


def test_a_connection_dropped_mid_write_leaves_nothing_half_written(pg_schema, tmp_path):
    wp = package(pg_schema.uri)
    before = (sorted((r["JCBH"], r["PDLX"], r["BZ"], r["ROWVER"]) for r in wp.patches()), len(wp.history()))
    script = tmp_path / "killed.py"
    script.write_text(KILLED, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), PLUGINS, wp.path], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, universal_newlines=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PGAPPNAME="wpzf-killed-writer"))
    for line in proc.stdout:  # QGIS may say something first
        if "written, not committed" in line:
            break
    else:
        pytest.fail("the writer ended before its write: " + str(proc.wait()))
    # the writer's connections (its patch rows updated, history rows being copied, nothing committed) are dropped
    killed = run_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE application_name = 'wpzf-killed-writer'")
    assert killed and all(k[0] for k in killed)
    output = proc.communicate(timeout=120)[0]
    assert proc.returncode == 3, output
    assert "连接中断" in output and "没有保存" in output
    after = (sorted((r["JCBH"], r["PDLX"], r["BZ"], r["ROWVER"]) for r in wp.patches()), len(wp.history()))
    assert after == before


def test_a_technician_judges_but_may_not_import(pg_schema):
    package(pg_schema.uri)
    tech = WorkPackage(pg_schema.uri_as("technician"))
    rights = tech.privileges()
    assert rights.may_judge and not rights.may_admin
    tech.update_patches({"4501232022000000": {"PDLX": "违法", "PDXL": "非农化", "BZ": "技术员判定"}})
    assert WorkPackage(pg_schema.uri).patch("4501232022000000")["PDXL"] == "非农化"
    with pytest.raises(WorkPackageError, match="wpzf_admin"):
        tech.update_patches({"4501232022000000": {"TBMJ": 99.0}})  # an overlay figure is the admin's
    with pytest.raises(WorkPackageError, match="wpzf_admin"):
        rights.require(True, "导入监测图斑")
    viewer = WorkPackage(pg_schema.uri_as("viewer"))
    assert not viewer.privileges().may_judge
    with pytest.raises(WorkPackageError, match="wpzf_viewer"):
        viewer.update_patches({"4501232022000001": {"PDLX": "合法"}})
    assert WorkPackage(pg_schema.uri).patch("4501232022000001")["PDLX"] is None


def test_a_stale_save_is_refused_on_a_geopackage_too(tmp_path):
    mine = package(str(tmp_path / "县 工作库.gpkg"))
    theirs = WorkPackage(mine.path)
    key = "4501232022000000"
    read = mine.patch(key)
    theirs.update_patches({key: {"BZ": "李四的备注"}}, user="李四")
    with pytest.raises(EditConflict):
        mine.update_patches({key: {"BZ": "张三的备注"}}, expected={key: read["ROWVER"]})
    assert mine.patch(key)["BZ"] == "李四的备注"


def test_a_password_typed_once_opens_the_package_named_without_it():
    text = "postgresql://县局技术员@db.example:5433/wpzf?schema=wpzf_2026"
    assert "password" not in source.parse(text).conninfo
    source.remember_password(text, "秘 密'1")
    try:
        src = source.parse("host=db.example port=5433 dbname=wpzf user=县局技术员 schema=wpzf_2026")
        assert "password='秘 密\\'1'" in src.conninfo and "秘" not in src.label
        assert "password" not in source.parse("postgresql://别人@db.example:5433/wpzf?schema=a").conninfo
    finally:
        source._SESSION_PASSWORDS.clear()
