"""wpzf:import_patches through Processing, and the work package it writes, read back with OGR/sqlite."""
import os
import sqlite3

import pytest
from osgeo import ogr
from pyproj import Geod

import datamaker as dm

GEOD = Geod(ellps="GRS80")  # CGCS2000 and GRS80 share a and differ in f by 1e-10: far below 0.01 亩


def snapshot(path):
    """Every row of every table of the package: equal snapshots mean nothing changed."""
    if not os.path.exists(path):
        return None
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in ("patches", "photos", "history", "settings"):
            out[table] = sorted(map(repr, con.execute("SELECT * FROM {}".format(table)).fetchall()))
        return out
    finally:
        con.close()


def run_import(processing, path, wp, batch="2022-01", **extra):
    params = {"INPUT": path, "WORKPACKAGE": wp, "BATCH": batch}
    params.update(extra)
    return processing.run("wpzf:import_patches", params)


def read_patches(wp):
    ds = ogr.Open(wp)
    layer = ds.GetLayerByName("patches")
    rows = {}
    for feat in layer:
        rows[feat.GetField("JCBH")] = (feat.items(), feat.GetGeometryRef().Clone())
    return rows, layer.GetSpatialRef().GetAuthorityCode(None)


def test_import_lonlat_utf8_creates_package_in_gk_zone(qgis_processing, tmp_path):
    src = dm.write_patches(str(tmp_path / "2022-01.shp"), dm.batch(5))
    wp = str(tmp_path / "工作 库" / "wpzf.gpkg")  # Chinese and a space in the path
    result = run_import(qgis_processing, src, wp)
    assert result["ADDED"] == 5 and result["REISSUED"] == 0
    rows, epsg = read_patches(wp)
    assert epsg == "4524"  # 108.3E lies in 3-degree zone 36 -> EPSG:4524
    assert set(rows) == {"4501992022010{:03d}".format(i) for i in range(1, 6)}
    items, geom = rows["4501992022010001"]
    assert items["XMC"] == "示范县" and items["DLMC"] == "旱地"
    assert items["PC"] == "2022-01" and items["HSZT"] == "待核查"
    assert items["QSX"] == "2021-12-15"
    # projected geometry keeps the ellipsoidal area of the lon/lat square (within GK distortion, < 0.1%)
    lon, lat = 108.30, 22.80
    ring_area, _ = GEOD.polygon_area_perimeter([lon, lon + .001, lon + .001, lon], [lat, lat, lat + .001, lat + .001])
    assert geom.GetArea() == pytest.approx(abs(ring_area), rel=1e-3)
    assert geom.GetEnvelope()[0] > 36_000_000  # zone-prefixed easting


def test_gbk_without_cpg_reads_correct_chinese(qgis_processing, tmp_path):
    rows = dm.batch(3)
    rows[0]["DLMC"] = "水浇地"
    src = dm.write_patches(str(tmp_path / "gbk.shp"), rows, encoding="GBK", keep_cpg=False)
    assert not os.path.exists(str(tmp_path / "gbk.cpg"))
    with open(str(tmp_path / "gbk.dbf"), "rb") as fh:
        raw = fh.read()
    assert "示范县".encode("gbk") in raw and "示范县".encode("utf-8") not in raw
    wp = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, src, wp)
    got, _ = read_patches(wp)
    assert got["4501992022010001"][0]["XMC"] == "示范县"
    assert got["4501992022010001"][0]["DLMC"] == "水浇地"


def test_encoding_parameter_overrides_detection(qgis_processing, tmp_path):
    src = dm.write_patches(str(tmp_path / "gbk.shp"), dm.batch(1), encoding="GBK", keep_cpg=False)
    wp = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, src, wp, ENCODING=2)  # GBK
    assert read_patches(wp)[0]["4501992022010001"][0]["XMC"] == "示范县"


def test_geopackage_projected_input(qgis_processing, tmp_path):
    from osgeo import osr
    rows = []
    for i in range(3):
        x, y = 36_500_000 + 100 * i, 2_520_000
        rows.append({"JCBH": "P{}".format(i), "wkt": "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            x, y, x + 50, y + 40)})
    src = dm.write_patches(str(tmp_path / "p.gpkg"), rows, epsg=4524, driver="GPKG")
    wp = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, src, wp)
    got, epsg = read_patches(wp)
    assert epsg == "4524"
    assert got["P1"][1].GetArea() == pytest.approx(2000.0, abs=1e-6)
    assert osr  # imported for symmetry with the writer


def test_invalid_geometry_is_repaired_and_reported(qgis_processing, tmp_path):
    rows = dm.batch(2)
    rows[1]["wkt"] = dm.bowtie(108.31, 22.80)
    src = dm.write_patches(str(tmp_path / "bad.shp"), rows)
    wp = str(tmp_path / "wp.gpkg")
    result = run_import(qgis_processing, src, wp)
    assert result["REPAIRED"] == 1 and result["ADDED"] == 2
    geom = read_patches(wp)[0]["4501992022010002"][1]
    assert geom.IsValid() and geom.GetArea() > 0
    # the bow-tie's two triangles hold half the square's area
    sq = read_patches(wp)[0]["4501992022010001"][1]
    assert geom.GetArea() == pytest.approx(sq.GetArea() / 2, rel=1e-3)


@pytest.mark.parametrize("case, expected", [
    ("missing_jcbh", "JCBH 为空"),
    ("duplicate", "重复"),
    ("no_crs", "没有坐标参考系"),
    ("empty", "空图层"),
    ("no_field", "缺少字段 JCBH"),
    ("lonlat_declared_projected", "坐标值像经纬度"),
])
def test_bad_batch_is_rejected_and_package_unchanged(qgis_processing, tmp_path, case, expected):
    from qgis.core import QgsProcessingException
    wp = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "ok.shp"), dm.batch(2)), wp)
    before = snapshot(wp)
    rows = dm.batch(3, start=10)
    kwargs = {}
    if case == "missing_jcbh":
        rows[1]["JCBH"] = None
    elif case == "duplicate":
        rows[2]["JCBH"] = rows[0]["JCBH"]
    elif case == "no_crs":
        kwargs["epsg"] = None
    elif case == "empty":
        rows = []
    elif case == "no_field":
        kwargs["fields"] = ["BH", "XMC"]
    elif case == "lonlat_declared_projected":
        kwargs["epsg"] = 4524
    src = dm.write_patches(str(tmp_path / "bad 批次.shp"), rows, **kwargs)
    with pytest.raises(QgsProcessingException) as err:
        run_import(qgis_processing, src, wp, batch="2022-02")
    assert expected in str(err.value)
    if case == "missing_jcbh":
        assert "第 2 个要素" in str(err.value)
    if case == "duplicate":
        assert rows[0]["JCBH"] in str(err.value)
    assert snapshot(wp) == before


def test_bad_batch_into_new_package_creates_nothing(qgis_processing, tmp_path):
    from qgis.core import QgsProcessingException
    rows = dm.batch(2)
    rows[1]["JCBH"] = rows[0]["JCBH"]
    wp = str(tmp_path / "new.gpkg")
    with pytest.raises(QgsProcessingException):
        run_import(qgis_processing, dm.write_patches(str(tmp_path / "dup.shp"), rows), wp)
    assert not os.path.exists(wp)


def test_reissued_patch_keeps_judgment_photos_and_history(qgis_processing, tmp_path):
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "a.shp"), dm.batch(3)), wp_path)
    wp = WorkPackage(wp_path)
    jcbh = "4501992022010002"
    wp.update_patches({jcbh: {"PDLX": "违法", "PDXL": "非农化", "GDMJ": 1.2345, "BZ": "=HYPERLINK(\"x\")"}},
                      user="tester")
    wp.write_photos(add=[{"JCBH": jcbh, "PATH": "照片/a.jpg", "_x": 36_500_000.0, "_y": 2_520_000.0}])
    history_before = len(wp.history(jcbh))
    rows = dm.batch(3)[1:]  # 002 and 003 issued again with the same outline
    rows[0]["TBLX"] = "YH"
    result = run_import(qgis_processing, dm.write_patches(str(tmp_path / "b.shp"), rows), wp_path, batch="2022-03")
    assert result["REISSUED"] == 2 and result["ADDED"] == 0
    p = wp.patch(jcbh)
    assert (p["PDLX"], p["PDXL"], p["GDMJ"], p["BZ"]) == ("违法", "非农化", 1.2345, "=HYPERLINK(\"x\")")
    assert p["TBLX"] == "YH" and p["PC"] == "2022-03"
    assert "图斑类型 20 → YH" in p["XFBG"]  # an issued field changed: recorded and flagged for review
    assert len(wp.photos(jcbh)) == 1
    hist = wp.history(jcbh)
    assert [(h["FIELD"], h["OLD"], h["NEW"]) for h in hist[history_before:]][:2] == [
        ("PC", "2022-01", "2022-03"), ("TBLX", "20", "YH")]
    assert {h["ACTION"] for h in hist[history_before:]} == {"import:2022-03:reissue"}
    unchanged = wp.patch("4501992022010003")
    assert unchanged["XFBG"] is None
    assert [h["FIELD"] for h in wp.history("4501992022010003")][-1] == "PC"
    assert wp.count() == 3
