"""wpzf:overlay with validity terms (issue 11): approvals, mining permits, facility filings and temporary land count
only for patches that changed while they were valid.

Same style as tests/test_overlay.py: references written with OGR, expected areas from shapely + pyproj geodesic areas,
results read back with OGR (INPUT mode) or from the package (WORKPACKAGE mode). Every patch has the imagery dates
of tests/datamaker.py: QSX 2021-12-15 (before), HSX 2022-01-20 (after).
"""
import datetime
import os

import pytest
from osgeo import gdal, ogr, osr
from shapely import wkb as swkb
from shapely.ops import transform, unary_union

import datamaker as dm
from test_overlay import GK, TO_LONLAT, TOL, landuse_grid, mu, rect, write

QSX, HSX = dm.ISSUED_DEFAULTS["QSX"], dm.ISSUED_DEFAULTS["HSX"]
MODES = ["input", "workpackage"]
APPROVAL_FIELDS = [("PZWH", ogr.OFTString), ("PZRQ", ogr.OFTString), ("YXQZ", ogr.OFTString)]
TERM_FIELDS = [("QSRQ", ogr.OFTString), ("JZRQ", ogr.OFTString)]


class Messages:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        outer = self
        self.warnings, self.infos = [], []

        class Feedback(QgsProcessingFeedback):
            def pushWarning(self, text):
                outer.warnings.append(text)

            def pushInfo(self, text):
                outer.infos.append(text)

        self.feedback = Feedback()


def jcbh(i):
    return "4501992022010{:03d}".format(i + 1)


def write_patches(tmp_path, shapes, dates=True):
    """INPUT-mode patches in EPSG:4524, with QSX/HSX text fields unless dates=False."""
    fields = [("JCBH", ogr.OFTString)] + ([("QSX", ogr.OFTString), ("HSX", ogr.OFTString)] if dates else [])
    rows = [(g, dict({"JCBH": jcbh(i)}, **({"QSX": QSX, "HSX": HSX} if dates else {}))) for i, g in enumerate(shapes)]
    path = tmp_path / "patches.gpkg"
    if path.exists():
        path.unlink()
    return write(str(path), "patches", rows, fields=fields)


def make_package(processing, tmp_path, shapes):
    """A work package with these patches (imported from lon/lat, as issued); returns (path, stored shapes)."""
    from wpzf.core.store.workpackage import WorkPackage
    rows = [{"JCBH": jcbh(i), "wkt": transform(TO_LONLAT, g).wkt} for i, g in enumerate(shapes)]
    src = dm.write_patches(str(tmp_path / "batch.shp"), rows)
    wp = str(tmp_path / "wp.gpkg")
    processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp, "BATCH": "2022-01"})
    stored = {r["JCBH"]: swkb.loads(r["_wkb"]) for r in WorkPackage(wp).patches(geometry=True)}
    return wp, [stored[jcbh(i)] for i in range(len(shapes))]


def package_rows(wp):
    from wpzf.core.store.workpackage import WorkPackage
    return {r["JCBH"]: r for r in WorkPackage(wp).patches()}


def overlay(processing, tmp_path, mode, shapes, params, messages=None):
    """Run wpzf:overlay in either mode; returns (rows by JCBH, the patch shapes as measured, package or None)."""
    feedback = messages.feedback if messages else None
    if mode == "input":
        out = str(tmp_path / "out.gpkg")
        if os.path.exists(out):
            os.remove(out)
        processing.run("wpzf:overlay", dict(params, INPUT=write_patches(tmp_path, shapes), OUTPUT=out),
                       feedback=feedback)
        ds = ogr.Open(out)
        rows = {f.GetField("JCBH"): f.items() for f in ds.GetLayer(0)}
        ds = None
        return rows, shapes, None
    wp, stored = make_package(processing, tmp_path, shapes)
    processing.run("wpzf:overlay", dict(params, WORKPACKAGE=wp), feedback=feedback)
    return package_rows(wp), stored, wp


def approvals_scene(gpkg):
    """Approvals: expired, starting after HSX, valid, and an expired one overlapping the valid one."""
    a_expired, a_future = rect(0, 0, 150, 150), rect(250, 0, 150, 150)
    a_valid, a_old = rect(0, 250, 150, 150), rect(80, 280, 150, 100)
    uri = write(gpkg, "approvals", [
        (a_expired, {"PZWH": "桂政土批〔2019〕3号", "PZRQ": "2019-05-01", "YXQZ": "2021-06-30"}),
        (a_future, {"PZWH": "桂政土批〔2022〕9号", "PZRQ": "2022-03-01"}),
        (a_valid, {"PZWH": "桂政土批〔2020〕5号", "PZRQ": "2020-01-01", "YXQZ": "2023-12-31"}),
        (a_old, {"PZWH": "桂政土批〔2018〕1号", "PZRQ": "2018-01-01", "YXQZ": "2020-12-31"})],
        fields=APPROVAL_FIELDS)
    mining = write(gpkg, "mining", [(rect(0, 0, 150, 150), {"CKZH": "C4501002019057130148001",
                                                            "QSRQ": "2019-05-01", "JZRQ": "2021-05-01"})],
                   fields=[("CKZH", ogr.OFTString)] + TERM_FIELDS)
    shapes = [rect(20, 20, 60, 60), rect(270, 20, 60, 60), rect(40, 260, 160, 80), rect(300, 300, 60, 60)]
    return uri, mining, shapes, (a_valid, a_old)


APPROVAL_PARAMS = {"APPROVAL_FIELD": "PZWH", "APPROVAL_START_FIELD": "PZRQ", "APPROVAL_END_FIELD": "YXQZ",
                   "MINING_FIELD": "CKZH", "MINING_START_FIELD": "QSRQ", "MINING_END_FIELD": "JZRQ"}


# ----- approvals and mining permits --------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_approvals_outside_their_term_do_not_count(qgis_processing, tmp_path, mode):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    appr, mining, shapes, (a_valid, a_old) = approvals_scene(gpkg)
    messages = Messages()
    rows, measured, _wp = overlay(qgis_processing, tmp_path, mode, shapes,
                                  dict(APPROVAL_PARAMS, LANDUSE=lu, APPROVALS=appr, MINING=mining), messages)
    expired, future, mixed, outside = (rows[jcbh(i)] for i in range(4))
    # expired before QSX: not counted, named
    assert expired["PZMJ"] == pytest.approx(0.0) and expired["PZWH"] is None
    assert "批准 桂政土批〔2019〕3号 有效期至 2021-06-30，早于前时相，未计入" in expired["THBZ"]
    assert expired["CKMJ"] == pytest.approx(0.0) and expired["CKZH"] is None
    assert "采矿许可 C4501002019057130148001 有效期至 2021-05-01，早于前时相，未计入" in expired["THBZ"]
    # approved after HSX: not counted, named
    assert future["PZMJ"] == pytest.approx(0.0) and future["PZWH"] is None
    assert "批准 桂政土批〔2022〕9号 起始日期 2022-03-01，晚于后时相，未计入" in future["THBZ"]
    # one valid and one expired approval overlapping under the patch: only the valid one counts
    shape = measured[2]
    both = mu(shape.intersection(unary_union([a_valid, a_old])))
    valid_only = mu(shape.intersection(a_valid))
    assert both - valid_only > 1.0  # the expired one would add area
    assert mixed["PZMJ"] == pytest.approx(valid_only, abs=TOL)
    assert mixed["PZWH"] == "桂政土批〔2020〕5号"
    assert "桂政土批〔2018〕1号 有效期至 2020-12-31" in mixed["THBZ"]
    assert "桂政土批〔2020〕5号" not in mixed["THBZ"]
    assert outside["PZMJ"] == pytest.approx(0.0) and "未计入" not in outside["THBZ"]
    assert all(len(r["THBZ"]) <= 254 for r in rows.values())
    assert any("建设用地批准按有效期筛选" in m and "3 个图斑" in m for m in messages.infos), messages.infos


@pytest.mark.parametrize("mode", MODES)
def test_without_date_fields_every_feature_counts_as_before(qgis_processing, tmp_path, mode):
    """No date field: the engine's results are those of every feature (independent check), terms never mentioned;
    patches no dated feature touches are identical with and without date fields."""
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    appr, mining, shapes, (a_valid, a_old) = approvals_scene(gpkg)
    temp = write(gpkg, "temporary", [(rect(300, 300, 100, 100), {"QSRQ": "2021-01-01", "JZRQ": "2022-12-31"})],
                 fields=TERM_FIELDS)
    base = {"LANDUSE": lu, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH", "MINING": mining, "MINING_FIELD": "CKZH",
            "TEMPORARY": temp}
    messages = Messages()
    plain, measured, _wp = overlay(qgis_processing, tmp_path, mode, shapes, base, messages)
    assert plain[jcbh(0)]["PZMJ"] == pytest.approx(mu(measured[0]), abs=TOL)
    assert plain[jcbh(0)]["PZWH"] == "桂政土批〔2019〕3号" and plain[jcbh(0)]["CKZH"]
    assert plain[jcbh(1)]["PZMJ"] == pytest.approx(mu(measured[1]), abs=TOL)
    assert plain[jcbh(2)]["PZMJ"] == pytest.approx(mu(measured[2].intersection(unary_union([a_valid, a_old]))),
                                                    abs=TOL)
    assert set(plain[jcbh(2)]["PZWH"].split(";")) == {"桂政土批〔2020〕5号", "桂政土批〔2018〕1号"}
    for row in plain.values():
        assert "未计入" not in row["THBZ"] and row["LSYDQX"] is None and row["SSNYDQX"] is None
    assert not any("有效期" in m for m in messages.infos + messages.warnings)
    folder = tmp_path / "dated"
    folder.mkdir()
    dated, _m, _wp = overlay(qgis_processing, folder, mode, shapes, dict(base, **APPROVAL_PARAMS))
    untouched = jcbh(3)  # under temporary land only (no term field given for it)
    for field in ("TBMJ", "GDMJ", "NYDMJ", "PZMJ", "PZWH", "CKMJ", "LSYDMJ", "LSYDQX", "THBZ"):
        assert dated[untouched][field] == plain[untouched][field], field


# ----- temporary land and facility filings -------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_temporary_and_facility_terms(qgis_processing, tmp_path, mode):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    t1, t2, t_expired = rect(0, 0, 200, 150), rect(100, 0, 200, 150), rect(0, 300, 100, 100)
    temp = write(gpkg, "temporary", [(t1, {"QSRQ": "2021-07-01", "JZRQ": "2023-06-30"}),
                                     (t2, {"QSRQ": "2021/7/1", "JZRQ": "20240115"}),
                                     (t_expired, {"QSRQ": "2019-01-01", "JZRQ": "2021-01-01"})], fields=TERM_FIELDS)
    f1 = rect(250, 250, 150, 150)
    fac = write(gpkg, "facility", [(f1, {"QSRQ": "2021-03-01", "JZRQ": "2026-02-28"})], fields=TERM_FIELDS)
    shapes = [rect(50, 20, 200, 100), rect(20, 320, 60, 60), rect(280, 280, 60, 60), rect(20, 180, 40, 40)]
    rows, measured, _wp = overlay(qgis_processing, tmp_path, mode, shapes, {
        "LANDUSE": lu, "TEMPORARY": temp, "TEMPORARY_START_FIELD": "QSRQ", "TEMPORARY_END_FIELD": "JZRQ",
        "FACILITY": fac, "FACILITY_START_FIELD": "QSRQ", "FACILITY_END_FIELD": "JZRQ"})
    both, expired, facility, neither = (rows[jcbh(i)] for i in range(4))
    assert both["LSYDMJ"] == pytest.approx(mu(measured[0].intersection(t1.union(t2))), abs=TOL)
    assert both["LSYDQX"] == "2024-01-15"  # the latest end among the valid features covering the patch
    assert both["SSNYDQX"] is None
    assert expired["LSYDMJ"] == pytest.approx(0.0) and expired["LSYDQX"] is None
    assert "临时用地 fid=3 有效期至 2021-01-01，早于前时相，未计入" in expired["THBZ"]
    assert facility["SSNYDMJ"] == pytest.approx(mu(measured[2].intersection(f1)), abs=TOL)
    assert facility["SSNYDQX"] == "2026-02-28" and facility["LSYDQX"] is None
    assert neither["LSYDQX"] is None and neither["SSNYDQX"] is None and neither["LSYDMJ"] == pytest.approx(0.0)


def test_many_left_out_features_keep_thbz_short(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    rows = [(rect(10 * i, 0, 40, 200), {"PZWH": "桂政土批〔2015〕{}号 某某县城乡建设用地增减挂钩项目".format(i + 1),
                                        "YXQZ": "2016-01-{:02d}".format(i + 1)}) for i in range(12)]
    appr = write(gpkg, "approvals", rows, fields=APPROVAL_FIELDS)
    got, _m, _wp = overlay(qgis_processing, tmp_path, "input", [rect(5, 20, 150, 150)], {
        "LANDUSE": lu, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH", "APPROVAL_END_FIELD": "YXQZ"})
    row = got[jcbh(0)]
    assert row["PZMJ"] == pytest.approx(0.0) and row["PZWH"] is None
    assert len(row["THBZ"]) <= 254 and "有效期至 2016-01" in row["THBZ"]


# ----- date formats ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expect", [
    ("2021-06-30", datetime.date(2021, 6, 30)), ("2021/6/3", datetime.date(2021, 6, 3)),
    ("20210630", datetime.date(2021, 6, 30)), (20210630, datetime.date(2021, 6, 30)),
    (20210630.0, datetime.date(2021, 6, 30)), ("2021年6月30日", datetime.date(2021, 6, 30)),
    ("2021-06-30 00:00:00", datetime.date(2021, 6, 30)), (datetime.date(2021, 6, 30), datetime.date(2021, 6, 30)),
    (None, None), ("", None), ("  ", None), (0, None), ("长期", None), ("NULL", None)])
def test_parse_date_formats(value, expect):
    from wpzf.core.overlay.validity import parse_date
    assert parse_date(value) == expect


@pytest.mark.parametrize("value", ["2021-02-30", "待定", "2021-06", "202106301", 123, 2021.5])
def test_parse_date_rejects(value):
    from wpzf.core.overlay.validity import NOT_A_DATE, parse_date
    assert parse_date(value) is NOT_A_DATE


def test_parse_date_qt_values():
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime
    from qgis.core import NULL
    from wpzf.core.overlay.validity import parse_date
    assert parse_date(QDate(2021, 6, 30)) == datetime.date(2021, 6, 30)
    assert parse_date(QDateTime(QDate(2021, 6, 30), QTime(8, 0))) == datetime.date(2021, 6, 30)
    assert parse_date(QDate()) is None and parse_date(NULL) is None


FORMAT_ENDS = [  # (text, integer, counts?) against QSX 2021-12-15; an end on QSX itself still counts
    ("2021-06-30", 20210630, False), ("2021/12/15", 20211215, True), ("20211214", 20211214, False),
    ("2022-1-5", 20220105, True)]


def test_text_and_integer_dates(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    features = [(rect(100 * i, 0, 100, 100), {"PZWH": "批文{}".format(i + 1), "YXQZ": text, "YXQZI": number})
                for i, (text, number, _c) in enumerate(FORMAT_ENDS)]
    appr = write(gpkg, "approvals", features,
                 fields=[("PZWH", ogr.OFTString), ("YXQZ", ogr.OFTString), ("YXQZI", ogr.OFTInteger)])
    shapes = [rect(100 * i + 20, 20, 60, 60) for i in range(len(FORMAT_ENDS))]
    for field in ("YXQZ", "YXQZI"):
        rows, measured, _wp = overlay(qgis_processing, tmp_path, "input", shapes, {
            "LANDUSE": lu, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH", "APPROVAL_END_FIELD": field})
        for i, (_t, _n, counts) in enumerate(FORMAT_ENDS):
            row = rows[jcbh(i)]
            assert row["PZMJ"] == pytest.approx(mu(measured[i]) if counts else 0.0, abs=TOL), (field, i)
            assert ("未计入" in row["THBZ"]) is not counts, (field, i)


def test_date_field_in_a_shapefile(qgis_processing, tmp_path):
    """A Date-typed field (DBF type D), start dates around HSX 2022-01-20: a start on HSX still counts."""
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    shp = str(tmp_path / "批文.shp")
    starts = [(2022, 1, 20, True), (2022, 1, 21, False), (2020, 5, 1, True)]
    gdal.SetConfigOption("SHAPE_ENCODING", "UTF-8")
    try:
        ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(shp)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(GK)
        layer = ds.CreateLayer("批文", srs, ogr.wkbPolygon, options=["ENCODING=UTF-8"])
        layer.CreateField(ogr.FieldDefn("PZWH", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("PZRQ", ogr.OFTDate))
        for i, (y, m, d, _c) in enumerate(starts):
            feat = ogr.Feature(layer.GetLayerDefn())
            feat.SetField("PZWH", "批文{}".format(i + 1))
            feat.SetField("PZRQ", y, m, d, 0, 0, 0, 0)
            feat.SetGeometry(ogr.CreateGeometryFromWkt(rect(100 * i, 0, 100, 100).wkt))
            layer.CreateFeature(feat)
        ds = None
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", None)
    check = ogr.Open(shp)
    assert check.GetLayer(0).GetLayerDefn().GetFieldDefn(1).GetType() == ogr.OFTDate
    check = None
    shapes = [rect(100 * i + 20, 20, 60, 60) for i in range(len(starts))]
    rows, measured, _wp = overlay(qgis_processing, tmp_path, "input", shapes, {
        "LANDUSE": lu, "APPROVALS": shp, "APPROVAL_FIELD": "PZWH", "APPROVAL_START_FIELD": "PZRQ"})
    for i, (_y, _m, _d, counts) in enumerate(starts):
        assert rows[jcbh(i)]["PZMJ"] == pytest.approx(mu(measured[i]) if counts else 0.0, abs=TOL), i
    assert "批准 批文2 起始日期 2022-01-21，晚于后时相，未计入" in rows[jcbh(1)]["THBZ"]


@pytest.mark.parametrize("mode", MODES)
def test_unparsable_date_is_reported_and_counts(qgis_processing, tmp_path, mode):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    appr = write(gpkg, "approvals", [(rect(0, 0, 200, 200), {"PZWH": "桂政土批〔2020〕7号", "YXQZ": "待定"}),
                                     (rect(300, 300, 50, 50), {"PZWH": "远处批文", "YXQZ": "2021-02-30"})],
                 fields=APPROVAL_FIELDS)
    messages = Messages()
    rows, measured, _wp = overlay(qgis_processing, tmp_path, mode, [rect(20, 20, 100, 100)], {
        "LANDUSE": lu, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH", "APPROVAL_END_FIELD": "YXQZ"}, messages)
    row = rows[jcbh(0)]
    assert row["PZMJ"] == pytest.approx(mu(measured[0]), abs=TOL) and row["PZWH"] == "桂政土批〔2020〕7号"
    reported = [m for m in messages.warnings if "日期无法识别" in m]
    assert len(reported) == 1 and "fid=1" in reported[0] and "待定" in reported[0]
    assert "按在有效期内计入" in reported[0]
    assert "fid=2" not in reported[0]  # a feature no patch meets is not worth a warning


def test_patches_without_imagery_dates_are_not_filtered(qgis_processing, tmp_path):
    """No QSX/HSX fields on the patch layer: nothing filtered, said so; an unreadable QSX only drops its condition."""
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    appr = write(gpkg, "approvals", [(rect(0, 0, 400, 200), {"PZWH": "旧批文", "YXQZ": "2000-01-01"})],
                 fields=APPROVAL_FIELDS)
    params = {"LANDUSE": lu, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH", "APPROVAL_END_FIELD": "YXQZ"}
    shapes = [rect(20, 20, 100, 100), rect(220, 20, 100, 100)]
    out = str(tmp_path / "out.gpkg")
    messages = Messages()
    qgis_processing.run("wpzf:overlay", dict(params, INPUT=write_patches(tmp_path, shapes, dates=False), OUTPUT=out),
                        feedback=messages.feedback)
    ds = ogr.Open(out)
    rows = {f.GetField("JCBH"): f.items() for f in ds.GetLayer(0)}
    ds = None
    assert rows[jcbh(0)]["PZMJ"] == pytest.approx(mu(shapes[0]), abs=TOL) and rows[jcbh(0)]["PZWH"] == "旧批文"
    assert any("2 个图斑没有前/后时相" in m and jcbh(0) in m for m in messages.warnings)
    dated = write(str(tmp_path / "dated.gpkg"), "patches", [
        (shapes[0], {"JCBH": jcbh(0), "QSX": "去年", "HSX": HSX}), (shapes[1], {"JCBH": jcbh(1), "QSX": QSX, "HSX": HSX})],
        fields=[("JCBH", ogr.OFTString), ("QSX", ogr.OFTString), ("HSX", ogr.OFTString)])
    out = str(tmp_path / "out2.gpkg")
    messages = Messages()
    qgis_processing.run("wpzf:overlay", dict(params, INPUT=dated, OUTPUT=out), feedback=messages.feedback)
    ds = ogr.Open(out)
    rows = {f.GetField("JCBH"): f.items() for f in ds.GetLayer(0)}
    ds = None
    assert rows[jcbh(0)]["PZMJ"] == pytest.approx(mu(shapes[0]), abs=TOL)  # its end cannot be compared: counts
    assert rows[jcbh(1)]["PZMJ"] == pytest.approx(0.0) and "旧批文 有效期至 2000-01-01" in rows[jcbh(1)]["THBZ"]
    assert any("时相日期无法识别" in m and "去年" in m and jcbh(0) in m for m in messages.warnings)


# ----- remembered in the package -----------------------------------------------------------------------------------
def test_date_fields_are_remembered(qgis_processing, tmp_path):
    from wpzf.core.store.workpackage import WorkPackage
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    appr, _mining, shapes, _a = approvals_scene(gpkg)
    temp = write(gpkg, "temporary", [(rect(300, 300, 100, 100), {"QSRQ": "2021-01-01", "JZRQ": "2022-12-31"})],
                 fields=TERM_FIELDS)
    rows, _measured, wp = overlay(qgis_processing, tmp_path, "workpackage", shapes, {
        "LANDUSE": lu, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH", "APPROVAL_START_FIELD": "PZRQ",
        "APPROVAL_END_FIELD": "YXQZ", "TEMPORARY": temp, "TEMPORARY_END_FIELD": "JZRQ"})
    store = WorkPackage(wp)
    assert store.setting("approval_start_field") == "PZRQ" and store.setting("approval_end_field") == "YXQZ"
    assert store.setting("temporary_end_field") == "JZRQ" and store.setting("temporary_start_field") is None
    assert rows[jcbh(3)]["LSYDQX"] == "2022-12-31"
    # the next month: only the package; the remembered layers come with their date fields
    store.update_patches({jcbh(i): {"PZMJ": None, "LSYDQX": None, "THBZ": None} for i in range(4)}, action="edit")
    again = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "SCOPE": 1})  # 1 = all
    assert again["PATCHES"] == 4
    second = package_rows(wp)
    assert second[jcbh(0)]["PZMJ"] == pytest.approx(0.0) and "有效期至 2021-06-30" in second[jcbh(0)]["THBZ"]
    assert second[jcbh(1)]["PZMJ"] == pytest.approx(0.0)
    assert second[jcbh(2)]["PZMJ"] == pytest.approx(rows[jcbh(2)]["PZMJ"], abs=1e-9)
    assert second[jcbh(3)]["LSYDQX"] == "2022-12-31"
    # approvals given again without date fields: every approval counts, and the old date fields are forgotten
    qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH"})
    assert package_rows(wp)[jcbh(0)]["PZMJ"] > 1.0
    assert WorkPackage(wp).setting("approval_end_field") is None
    assert WorkPackage(wp).setting("temporary_end_field") == "JZRQ"  # remembered layer, remembered fields
    # a date field given for a remembered layer is used (and remembered)
    qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "APPROVAL_END_FIELD": "YXQZ"})
    assert package_rows(wp)[jcbh(0)]["PZMJ"] == pytest.approx(0.0)
    assert WorkPackage(wp).setting("approval_end_field") == "YXQZ"


def test_missing_date_field_is_refused(qgis_processing, tmp_path):
    from qgis.core import QgsProcessingException
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=2)
    appr = write(gpkg, "approvals", [(rect(0, 0, 100, 100), {"PZWH": "批文"})], fields=APPROVAL_FIELDS)
    with pytest.raises(QgsProcessingException, match="YXQZX"):
        qgis_processing.run("wpzf:overlay", {"INPUT": write_patches(tmp_path, [rect(10, 10, 20, 20)]),
                                             "OUTPUT": str(tmp_path / "o.gpkg"), "LANDUSE": lu, "APPROVALS": appr,
                                             "APPROVAL_END_FIELD": "YXQZX"})
