"""The work package store: transactions, history, settings, reopening — read back with sqlite/OGR."""
import os
import sqlite3

import pytest
from osgeo import ogr

from test_import import snapshot
from wpzf.core.errors import WorkPackageError
from wpzf.core.store.workpackage import WorkPackage


def square_wkb(x, y, size=30.0):
    wkt = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + size, y + size)
    return bytes(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)).ExportToIsoWkb())


@pytest.fixture
def wp(tmp_path):
    pkg = WorkPackage.create(str(tmp_path / "县 工作库.gpkg"), "EPSG:4524", county_code="450199", county_name="示范县")
    pkg.upsert_patches([{"JCBH": "A{}".format(i), "XMC": "示范县", "PC": "2022-01",
                         "_wkb": square_wkb(36_500_000 + 100 * i, 2_520_000)} for i in range(3)], user="导入员")
    return pkg


def test_create_writes_layers_settings_and_aliases(wp):
    assert wp.crs == "EPSG:4524" and wp.setting("county_name") == "示范县"
    con = sqlite3.connect(wp.path)
    aliases = dict(con.execute("SELECT column_name, name FROM gpkg_data_columns WHERE table_name='patches'"))
    assert aliases["PDLX"] == "判定类型" and aliases["GDMJ"] == "耕地面积(亩)"
    con.close()
    layer = wp.patches_layer()
    assert layer.isValid() and layer.featureCount() == 3
    assert layer.fields().field("PDLX").alias() == "判定类型"
    assert not os.path.exists(wp.path + ".creating.gpkg")


def test_update_writes_one_history_row_per_changed_field(wp):
    n = wp.update_patches({"A1": {"PDLX": "违法", "PDXL": "非农化", "CCFGMJ": 0.5, "XMC": "示范县"}},
                          user="张三")
    assert n == 3  # XMC unchanged: no row
    rows = [h for h in wp.history("A1") if h["ACTION"] == "edit"]
    assert sorted((h["FIELD"], h["OLD"], h["NEW"], h["USER"]) for h in rows) == [
        ("CCFGMJ", "", "0.5", "张三"), ("PDLX", "", "违法", "张三"), ("PDXL", "", "非农化", "张三")]
    assert wp.update_patches({"A1": {"PDLX": "违法"}}) == 0  # saving again changes nothing
    reopened = WorkPackage(wp.path)
    assert reopened.patch("A1")["PDXL"] == "非农化"


def test_crash_mid_save_leaves_nothing_half_written(wp, monkeypatch):
    before = snapshot(wp.path)
    calls = {"n": 0}
    from wpzf.core.store import workpackage
    original = workpackage._HistoryRows.add

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full (simulated)")
        return original(*args, **kwargs)

    monkeypatch.setattr(workpackage._HistoryRows, "add", failing)
    with pytest.raises(OSError):
        wp.update_patches({"A0": {"PDLX": "合法", "PDXL": "批文"}, "A2": {"PDLX": "违法", "BZ": "x"}})
    assert calls["n"] == 3
    assert snapshot(wp.path) == before


def test_unknown_patch_or_field_or_bad_value_writes_nothing(wp):
    before = snapshot(wp.path)
    with pytest.raises(WorkPackageError, match="B9"):
        wp.update_patches({"A0": {"PDLX": "合法"}, "B9": {"PDLX": "违法"}})
    with pytest.raises(WorkPackageError, match="NOPE"):
        wp.update_patches({"A0": {"NOPE": 1}})
    with pytest.raises(WorkPackageError, match="A0"):
        wp.update_patches({"A0": {"CCFGMJ": "十亩"}})
    assert snapshot(wp.path) == before


def test_settings_are_versioned_in_history(wp):
    wp.set_settings({"policy_year": "2022", "reference": {"landuse": "/data/三调.gpkg|layername=dltb"}}, user="李四")
    assert wp.setting("policy_year") == "2022"
    assert "三调" in wp.setting("reference")
    keys = [h["FIELD"] for h in wp.history("") if h["ACTION"] == "setting"]
    assert "setting:reference" in keys and "setting:policy_year" in keys


def test_photos_round_trip_with_relative_paths(wp, tmp_path):
    photo = tmp_path / "照片 目录" / "a.jpg"
    rel = wp.relative_path(str(photo))
    assert rel == "照片 目录/a.jpg"
    assert wp.absolute_path(rel) == str(photo)
    fid = wp.write_photos(add=[{"JCBH": "A1", "PATH": rel, "AZIMUTH": 45.0, "_x": 36_500_110.0,
                                "_y": 2_520_010.0}])[0]
    wp.write_photos(update={fid: {"AZIMUTH": 90.0}})
    rows = wp.photos("A1")
    assert len(rows) == 1 and rows[0]["AZIMUTH"] == 90.0 and rows[0]["_x"] == 36_500_110.0
    wp.write_photos(delete=[fid])
    assert wp.photos("A1") == []
    actions = [h["ACTION"] for h in wp.history("A1")]
    assert {"photos:add", "photos:update", "photos:remove"} <= set(actions)


def test_not_a_package_is_refused(tmp_path):
    path = str(tmp_path / "other.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("something", None, ogr.wkbNone)
    ds = None
    with pytest.raises(WorkPackageError, match="不是卫片执法工作库"):
        WorkPackage(path)
    with pytest.raises(WorkPackageError, match="不存在"):
        WorkPackage(str(tmp_path / "missing.gpkg"))
    with pytest.raises(WorkPackageError, match="已存在"):
        WorkPackage.create(path, "EPSG:4524")


def test_older_package_gains_new_fields(wp):
    ds = ogr.Open(wp.path, 1)
    ds.ExecuteSQL("ALTER TABLE patches DROP COLUMN ZGRQ")
    ds = None
    assert "ZGRQ" not in wp.patch("A0")
    reopened = WorkPackage(wp.path)
    assert "ZGRQ" in reopened.patch("A0")


def test_history_keeps_quotes_lines_and_chinese_exactly(wp):
    """History rows go in by SQL in batches: a remark with quotes, a line break and Chinese comes back as typed."""
    text = "村民'张三'说：\n“已拆除”; DROP TABLE patches; --"
    assert wp.update_patches({"A1": {"BZ": text}}, user="李四") == 1
    row = [h for h in wp.history("A1") if h["FIELD"] == "BZ"][-1]
    assert (row["OLD"], row["NEW"], row["USER"], row["ACTION"]) == ("", text, "李四", "edit")
    assert WorkPackage(wp.path).patch("A1")["BZ"] == text


def test_history_records_the_operator_set_in_qgis(wp):
    """Shared county PCs log in as one account: the name the technician set (QGIS setting) goes into history."""
    from qgis.core import QgsSettings
    from wpzf.core.store.workpackage import OPERATOR_SETTING, set_operator_name
    before = QgsSettings().value(OPERATOR_SETTING, "")
    try:
        set_operator_name("王五")
        wp.update_patches({"A2": {"BZ": "核查"}})
        assert [h["USER"] for h in wp.history("A2") if h["FIELD"] == "BZ"] == ["王五"]
    finally:
        set_operator_name(before)
