"""wpzf:overlay on hand-made cases, each checked against an independent computation.

Expected values come from shapely (exact intersections in the references' CRS) and pyproj's geodesic areas on GRS80
(CGCS2000 shares its a; its f differs by 1e-10, far below 0.01 亩), never from the code under test. Layers are written
with OGR; results are read back from the output GeoPackage with OGR.
"""
import os
import sqlite3

import pytest
from osgeo import ogr, osr
from pyproj import Geod, Transformer
from shapely import wkt as swkt
from shapely.geometry import box as sbox
from shapely.ops import transform, unary_union

ogr.UseExceptions()

GEOD = Geod(ellps="GRS80")
MU = 2000.0 / 3.0
TOL = 0.01  # 亩, per patch and field
GK = 4524  # CGCS2000 3-degree GK zone 36, zone-prefixed eastings
X0, Y0 = 36540000.0, 2530000.0  # near 108.4E 22.87N, 40 km east of the central meridian
TO_LONLAT = Transformer.from_crs(GK, 4490, always_xy=True).transform
TO_GK = Transformer.from_crs(4490, GK, always_xy=True).transform


def mu(geom_gk):
    """Geodesic area (亩) of a shapely geometry given in EPSG:4524."""
    if geom_gk.is_empty:
        return 0.0
    polys = [g for g in getattr(geom_gk, "geoms", [geom_gk]) if g.geom_type in ("Polygon", "MultiPolygon")]
    return sum(abs(GEOD.geometry_area_perimeter(transform(TO_LONLAT, g))[0]) for g in polys) / MU


def rect(x, y, w, h):
    return sbox(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def write(path, name, rows, epsg=GK, fields=()):
    """rows: (shapely geometry or WKT, {field: value}). Returns the layer's URI."""
    ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    for fname, ftype in fields:
        layer.CreateField(ogr.FieldDefn(fname, ftype))
    for geom, values in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        for k, v in values.items():
            if v is not None:
                feat.SetField(k, v)
        text = geom if isinstance(geom, str) else geom.wkt
        g = ogr.CreateGeometryFromWkt(text)
        feat.SetGeometry(ogr.ForceToMultiPolygon(g) if g.GetGeometryType() == ogr.wkbPolygon else g)
        layer.CreateFeature(feat)
    ds = None
    return "{}|layername={}".format(path, name)


LANDUSE_FIELDS = [("DLBM", ogr.OFTString), ("KCXS", ogr.OFTReal), ("KCMJ", ogr.OFTReal), ("TBMJ", ogr.OFTReal)]


def landuse_grid(path, codes, size=100.0, n=4, kcxs=None, name="landuse", holes=()):
    """n×n squares of `size` m from (0, 0); codes cycle; kcxs {cell index: coefficient}; cells in `holes` left out."""
    rows, cells = [], []
    for i in range(n * n):
        if i in holes:
            continue
        g = rect((i % n) * size, (i // n) * size, size, size)
        values = {"DLBM": codes[i % len(codes)], "KCXS": (kcxs or {}).get(i), "TBMJ": g.area}
        rows.append((g, values))
        cells.append((g, values))
    return write(path, name, rows, fields=LANDUSE_FIELDS), cells


def patches_layer(path, shapes, epsg=GK):
    rows = [(g, {"JCBH": "P{:02d}".format(i + 1)}) for i, g in enumerate(shapes)]
    return write(path, "patches", rows, epsg=epsg, fields=[("JCBH", ogr.OFTString)])


def run(processing, patches, out, **layers):
    params = {"INPUT": patches, "OUTPUT": out}
    params.update({k.upper(): v for k, v in layers.items()})
    result = processing.run("wpzf:overlay", params)
    ds = ogr.Open(out)
    rows = {f.GetField("JCBH"): f.items() for f in ds.GetLayer(0)}
    return result, rows


def landuse_expect(patch, cells, deduct=True):
    """GDMJ/NYDMJ/JSYDMJ/WLYDMJ/TKMJ/DLWFGMJ of a patch from the cells (independent: shapely + pyproj)."""
    cat = {"0101": "NYDMJ", "0102": "NYDMJ", "0103": "NYDMJ", "0301": "NYDMJ", "1203": "NYDMJ",
           "0702": "JSYDMJ", "0601": "JSYDMJ", "1101": "WLYDMJ", "0404": "WLYDMJ"}
    out = dict.fromkeys(["GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ"], 0.0)
    for g, v in cells:
        a = mu(patch.intersection(g))
        coef = (v.get("KCXS") or 0.0) if deduct else 0.0
        if v["DLBM"] in ("0101", "0102", "0103"):
            out["GDMJ"] += a * (1 - coef)
        out["TKMJ"] += a * coef
        out["NYDMJ"] += a * coef
        if v["DLBM"] in cat:
            out[cat[v["DLBM"]]] += a * (1 - coef)
    out["DLWFGMJ"] = mu(patch) - mu(patch.intersection(unary_union([g for g, _ in cells])))
    return out


def assert_close(row, expect, fields=None):
    for field in fields or expect:
        assert row[field] == pytest.approx(expect[field], abs=TOL), field


# ----- land use ----------------------------------------------------------------------------------------------------
def test_landuse_categories_and_sum_rule(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = landuse_grid(gpkg, ["0101", "0702", "1101", "0301", "0103", "0601"], kcxs={4: 0.12, 10: 0.05})
    shapes = [swkt.loads("POLYGON(({0} {1},{2} {1},{2} {3},{4} {3},{0} {1}))".format(
        X0 + 30, Y0 + 20, X0 + 330, Y0 + 260, X0 + 120)),  # a slanted quadrilateral across many cells
        rect(10, 10, 50, 50),  # inside one cell
        rect(95, 95, 10, 10)]  # on a corner of four cells
    pt = patches_layer(str(tmp_path / "p.gpkg"), shapes)
    result, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu)
    assert result["PATCHES"] == 3 and result["UNCOVERED"] == 0
    for i, shape in enumerate(shapes):
        row = rows["P{:02d}".format(i + 1)]
        assert row["TBMJ"] == pytest.approx(mu(shape), abs=1e-6)
        assert_close(row, landuse_expect(shape, cells))
        assert row["NYDMJ"] + row["JSYDMJ"] + row["WLYDMJ"] == pytest.approx(row["TBMJ"], abs=TOL)
        assert "耕地已扣除田坎（KCXS" in row["THBZ"] and row["THSJ"]


def test_tiankan_off_and_kcmj(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    cell = rect(0, 0, 200, 200)
    lu = write(gpkg, "landuse", [(cell, {"DLBM": "0103", "KCMJ": cell.area * 0.2, "TBMJ": cell.area})],
               fields=LANDUSE_FIELDS)
    shape = rect(50, 50, 100, 60)
    pt = patches_layer(str(tmp_path / "p.gpkg"), [shape])
    _r, rows = run(qgis_processing, pt, str(tmp_path / "on.gpkg"), landuse=lu)
    on = rows["P01"]
    assert on["GDMJ"] == pytest.approx(mu(shape) * 0.8, abs=TOL)  # KCMJ / TBMJ = 0.2
    assert on["TKMJ"] == pytest.approx(mu(shape) * 0.2, abs=TOL)
    assert on["NYDMJ"] == pytest.approx(mu(shape), abs=TOL)  # 田坎 counts as 农用地 (1203)
    _r, rows = run(qgis_processing, pt, str(tmp_path / "off.gpkg"), landuse=lu, deduct_tiankan=False)
    off = rows["P01"]
    assert off["GDMJ"] == pytest.approx(mu(shape), abs=TOL) and off["TKMJ"] == pytest.approx(0.0)
    assert "未扣除田坎（参数关闭）" in off["THBZ"]


def test_patch_partly_outside_landuse_is_reported(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = landuse_grid(gpkg, ["0101", "0702"], n=2, holes=(3,))  # the upper right cell is missing
    shape = rect(60, 60, 80, 80)  # a quarter of it lies over the missing cell
    pt = patches_layer(str(tmp_path / "p.gpkg"), [shape])
    result, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu)
    row = rows["P01"]
    expect = landuse_expect(shape, cells)
    assert expect["DLWFGMJ"] == pytest.approx(mu(rect(100, 100, 40, 40)), abs=1e-6)
    assert_close(row, expect)
    assert row["NYDMJ"] + row["JSYDMJ"] + row["WLYDMJ"] + row["DLWFGMJ"] == pytest.approx(row["TBMJ"], abs=TOL)
    assert result["UNCOVERED"] == 1 and "地类图层未覆盖" in row["THBZ"]


def test_unplaced_code_is_reported_not_guessed(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = landuse_grid(gpkg, ["0402", "0101"], n=2)  # 0402 沼泽草地 has no 三大类 in the table
    shape = rect(50, 20, 100, 60)
    pt = patches_layer(str(tmp_path / "p.gpkg"), [shape])
    result, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu)
    row = rows["P01"]
    unplaced = mu(shape.intersection(cells[0][0])) + mu(shape.intersection(cells[2][0]))
    assert row["NYDMJ"] + row["JSYDMJ"] + row["WLYDMJ"] == pytest.approx(row["TBMJ"] - unplaced, abs=TOL)
    assert "未归类地类 0402" in row["THBZ"] and result["WARNINGS"] >= 1


# ----- approvals, red line, townships ------------------------------------------------------------------------------
def test_approvals_inside_and_overlapping_count_once(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    a1, a2, a3 = rect(0, 0, 150, 150), rect(100, 100, 150, 150), rect(300, 0, 80, 80)
    appr = write(gpkg, "approvals", [(a1, {"PZWH": "桂政土批〔2021〕1号"}), (a2, {"PZWH": "桂政土批〔2021〕2号"}),
                                     (a3, {"PZWH": "桂政土批〔2021〕3号"})], fields=[("PZWH", ogr.OFTString)])
    inside, across, outside = rect(310, 10, 30, 30), rect(80, 80, 100, 100), rect(200, 300, 50, 50)
    pt = patches_layer(str(tmp_path / "p.gpkg"), [inside, across, outside])
    _r, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu, approvals=appr,
                   approval_field="PZWH")
    assert rows["P01"]["PZMJ"] == pytest.approx(mu(inside), abs=TOL)
    assert rows["P01"]["PZWH"] == "桂政土批〔2021〕3号"
    union = mu(across.intersection(unary_union([a1, a2])))
    pairwise = mu(across.intersection(a1)) + mu(across.intersection(a2))
    assert pairwise - union > 1.0  # the two approvals overlap under this patch
    assert rows["P02"]["PZMJ"] == pytest.approx(union, abs=TOL)
    assert set(rows["P02"]["PZWH"].split(";")) == {"桂政土批〔2021〕1号", "桂政土批〔2021〕2号"}
    assert rows["P03"]["PZMJ"] == pytest.approx(0.0) and rows["P03"]["PZWH"] is None


def test_invalid_reference_geometry_is_repaired_and_reported(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=4)
    bowtie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(X0, Y0, X0 + 200, Y0 + 200)
    appr = write(gpkg, "approvals", [(bowtie, {"PZWH": "坏批文"})], fields=[("PZWH", ogr.OFTString)])
    shape = rect(20, 120, 160, 60)  # over the upper lobe of the bow-tie
    pt = patches_layer(str(tmp_path / "p.gpkg"), [shape])
    messages = []

    class Feedback(__import__("qgis.core", fromlist=["QgsProcessingFeedback"]).QgsProcessingFeedback):
        def pushWarning(self, text):
            messages.append(text)

    out = str(tmp_path / "out.gpkg")
    qgis_processing.run("wpzf:overlay", {"INPUT": pt, "LANDUSE": lu, "APPROVALS": appr, "APPROVAL_FIELD": "PZWH",
                                         "OUTPUT": out}, feedback=Feedback())
    ds = ogr.Open(out)  # keep the dataset alive while its layer is read
    row = {f.GetField("JCBH"): f.items() for f in ds.GetLayer(0)}["P01"]
    from shapely.validation import make_valid
    fixed = make_valid(swkt.loads(bowtie))
    assert row["PZMJ"] == pytest.approx(mu(shape.intersection(fixed)), abs=TOL) and row["PZMJ"] > 1.0
    assert any("fid=1" in m and "坏批文" in m and "已自动修复" in m for m in messages)


def test_redline_hole_and_township_border(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0301"], n=4)
    outer, hole = rect(-500, -500, 1400, 1400), rect(100, 100, 150, 150)
    red = write(gpkg, "redline", [(outer.difference(hole), {})])
    west, east = rect(-500, -500, 700, 1400), rect(200, -500, 700, 1400)
    towns = write(gpkg, "townships", [(west, {"XZDM": "450199100", "XZMC": "城关镇"}),
                                      (east, {"XZDM": "450199101", "XZMC": "石桥镇"})],
                  fields=[("XZDM", ogr.OFTString), ("XZMC", ogr.OFTString)])
    on_hole, across = rect(80, 80, 100, 100), rect(150, 300, 100, 40)  # 50 m west of the border, 50 m east
    across = swkt.loads(across.wkt).union(rect(250, 300, 10, 40))  # a little more east: the east share is larger
    pt = patches_layer(str(tmp_path / "p.gpkg"), [on_hole, across])
    _r, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu, redline=red, townships=towns,
                   township_code_field="XZDM", township_name_field="XZMC")
    assert rows["P01"]["STHXMJ"] == pytest.approx(mu(on_hole.difference(hole)), abs=TOL)
    assert rows["P01"]["STHXMJ"] < rows["P01"]["TBMJ"] - 1.0
    assert rows["P02"]["XZDM"] == "450199101" and rows["P02"]["XZMC"] == "石桥镇"
    assert "跨乡镇" in rows["P02"]["THBZ"]


# ----- CRS and precision ------------------------------------------------------------------------------------------
def test_lonlat_patches_against_projected_references(qgis_processing, tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = landuse_grid(gpkg, ["0101", "0702", "1101"], n=4, size=150.0)
    farm = write(gpkg, "farmland", [(rect(0, 0, 300, 300), {})])
    lon0, lat0 = TO_LONLAT(X0 + 40, Y0 + 30)
    lonlat = swkt.loads("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        lon0, lat0, lon0 + 0.004, lat0 + 0.0035))  # ~410 m × 390 m, across farmland's edge
    pt = patches_layer(str(tmp_path / "p.gpkg"), [lonlat], epsg=4490)
    _r, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu, farmland=farm)
    row = rows["P01"]
    ring_area = abs(GEOD.geometry_area_perimeter(lonlat)[0]) / MU
    assert row["TBMJ"] == pytest.approx(ring_area, abs=TOL)
    shape = transform(TO_GK, lonlat)  # the engine, too, moves vertices and keeps edges straight in the work CRS
    assert row["YJJBNTMJ"] == pytest.approx(mu(shape.intersection(rect(0, 0, 300, 300))), abs=TOL)
    assert_close(row, landuse_expect(shape, cells))


@pytest.mark.parametrize("epsg, x, y", [(4524, 36400000.0, 2540000.0), (4545, 420000.0, 3300000.0),
                                        (4524, 36650000.0, 2200000.0)])
def test_area_scale_matches_geodesic(epsg, x, y):
    """The ellipsoid factor (core.geodesic) against pyproj's geodesic area, far from and near the central meridian."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsRectangle
    from wpzf.core.overlay.geodesic import AreaScale
    scale = AreaScale(QgsCoordinateReferenceSystem("EPSG:{}".format(epsg)), QgsRectangle(x, y, x + 8000, y + 8000),
                      QgsProject.instance().transformContext())
    to_ll = Transformer.from_crs(epsg, 4490, always_xy=True).transform
    for size in (30.0, 700.0, 3000.0):
        shape = sbox(x + 1000, y + 2000, x + 1000 + size, y + 2000 + size * 0.7)
        expect = abs(GEOD.geometry_area_perimeter(transform(to_ll, shape))[0])
        ours = scale.area_m2(QgsGeometry.fromWkt(shape.wkt))
        assert ours == pytest.approx(expect, rel=1e-7)


def test_area_m2_keeps_its_digits_on_zone_prefixed_eastings():
    """A small irregular patch at eastings of 3.65e7 m with non-integer vertices: QGIS's planar area there loses about
    1e-4 of it; core.geodesic measures on a copy near the origin."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsRectangle
    from wpzf.core.overlay.geodesic import AreaScale
    x, y = 36543210.789, 2531234.567
    scale = AreaScale(QgsCoordinateReferenceSystem("EPSG:4524"), QgsRectangle(x - 100, y - 100, x + 100, y + 100),
                      QgsProject.instance().transformContext())
    shape = swkt.loads("POLYGON(({0} {1},{2} {3},{4} {5},{6} {7},{0} {1}))".format(
        x, y, x + 17.31, y + 0.77, x + 11.13, y + 9.91, x + 2.05, y + 14.42))
    expect = abs(GEOD.geometry_area_perimeter(transform(TO_LONLAT, shape))[0])
    assert scale.area_m2(QgsGeometry.fromWkt(shape.wkt)) == pytest.approx(expect, abs=1e-3)  # old way: 1e-2 off


def test_readers_and_threads_agree(qgis_processing, tmp_path, monkeypatch):
    """The three readers (GeoPackage R-tree window, GDAL columnar for a shapefile, QGIS for a filtered layer box by
    box and over the extent) and one or two threads give the same figures, and those match the independent computation (non-convex patches, a hole,
    overlapping farmland)."""
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = landuse_grid(gpkg, ["0101", "0702", "1101", "0301"], n=6, size=70.0, kcxs={3: 0.1})
    farm_shapes = [rect(0, 0, 200, 150), rect(200, 0, 150, 150), rect(100, 100, 150, 150)]
    farm = write(gpkg, "farmland", [(g, {}) for g in farm_shapes])
    shp = str(tmp_path / "土地 利用.shp")
    ogr.GetDriverByName("ESRI Shapefile").CopyDataSource(ogr.Open(gpkg), str(tmp_path / "shp"))
    os.rename(str(tmp_path / "shp" / "landuse.shp"), shp)
    for ext in ("shx", "dbf", "prj"):
        os.rename(str(tmp_path / "shp" / "landuse.{}".format(ext)), shp[:-3] + ext)
    from qgis.core import QgsVectorLayer
    filtered = QgsVectorLayer(lu, "lu", "ogr")
    assert filtered.setSubsetString("fid > 0")
    shapes = [swkt.loads("POLYGON(({x} {y},{x2} {y},{x2} {y2},{xm} {ym},{x} {y2},{x} {y}))".format(
        x=X0 + 20 + 60 * i, y=Y0 + 30, x2=X0 + 150 + 60 * i, y2=Y0 + 300, xm=X0 + 90 + 60 * i, ym=Y0 + 120))
        for i in range(4)]  # non-convex (a notch)
    shapes.append(rect(30, 30, 300, 300).difference(rect(100, 100, 60, 60)))  # a hole
    pt = patches_layer(str(tmp_path / "p.gpkg"), shapes)
    results = []
    for n, landuse in enumerate([lu, shp, filtered]):
        _r, rows = run(qgis_processing, pt, str(tmp_path / "out{}.gpkg".format(n)), landuse=landuse, farmland=farm)
        results.append(rows)
    from wpzf.core.overlay import read as overlay_read
    monkeypatch.setattr(overlay_read, "WINDOWED_REQUESTS_MAX", 0)  # QGIS asked over the extent (a whole county)
    _r, rows = run(qgis_processing, pt, str(tmp_path / "extent.gpkg"), landuse=filtered, farmland=farm)
    results.append(rows)
    monkeypatch.setenv("WPZF_THREADS", "0")
    _r, rows = run(qgis_processing, pt, str(tmp_path / "one_thread.gpkg"), landuse=lu, farmland=farm)
    results.append(rows)
    for i, shape in enumerate(shapes):
        key = "P{:02d}".format(i + 1)
        expect = landuse_expect(shape, cells)
        expect["YJJBNTMJ"] = mu(shape.intersection(unary_union(farm_shapes)))
        for rows in results:
            assert_close(rows[key], expect)
            for field in ("TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ", "YJJBNTMJ"):
                assert rows[key][field] == pytest.approx(results[0][key][field], abs=1e-7), (key, field)


# ----- the work package -------------------------------------------------------------------------------------------
def import_lonlat(processing, tmp_path, shapes):
    import datamaker as dm
    rows = []
    for i, g in enumerate(shapes):
        rows.append({"JCBH": "4501992022010{:03d}".format(i + 1), "wkt": transform(TO_LONLAT, g).wkt})
    src = dm.write_patches(str(tmp_path / "batch.shp"), rows)
    wp = str(tmp_path / "wp.gpkg")
    processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp, "BATCH": "2022-01"})
    return wp


def snapshot(path):
    con = sqlite3.connect(path)
    try:
        return {t: sorted(map(repr, con.execute("SELECT * FROM {}".format(t)).fetchall()))
                for t in ("patches", "history", "settings")}
    finally:
        con.close()


def test_workpackage_results_settings_and_judged_pzwh(qgis_processing, tmp_path):
    from wpzf.core.store.workpackage import WorkPackage
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = landuse_grid(gpkg, ["0101", "0702"], n=4)
    appr = write(gpkg, "approvals", [(rect(0, 0, 400, 400), {"PZWH": "批文A"})], fields=[("PZWH", ogr.OFTString)])
    shapes = [rect(20, 20, 60, 60), rect(150, 150, 100, 80)]
    wp = import_lonlat(qgis_processing, tmp_path, shapes)
    first, second = WorkPackage(wp).jcbh_list()
    WorkPackage(wp).update_patches({second: {"PDLX": "合法", "PZWH": "人工填写的文号"}}, action="edit")
    result = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "LANDUSE": lu, "APPROVALS": appr,
                                                  "APPROVAL_FIELD": "PZWH"})
    assert result["PATCHES"] == 2 and result["WORKPACKAGE"] == wp
    store = WorkPackage(wp)
    a, b = store.patch(first), store.patch(second)
    # import moved the lon/lat vertices into the package's GK zone: measure what was stored
    stored = {r["JCBH"]: r for r in store.patches(geometry=True)}
    from shapely import wkb as swkb
    shape_a = swkb.loads(stored[first]["_wkb"])
    assert a["TBMJ"] == pytest.approx(mu(shape_a), abs=TOL) and a["PZMJ"] == pytest.approx(a["TBMJ"], abs=TOL)
    assert_close(a, landuse_expect(shape_a, cells))
    assert a["PZWH"] == "批文A"
    assert b["PZWH"] == "人工填写的文号"  # judged patches keep what people wrote
    assert b["PZMJ"] == pytest.approx(b["TBMJ"], abs=TOL)
    assert {h["FIELD"] for h in store.history(first) if h["ACTION"] == "overlay"} >= {"TBMJ", "GDMJ", "PZWH"}
    assert "landuse" in store.setting("reference") and store.setting("approval_field") == "PZWH"
    # the next month: only the package is given; the remembered layers are used again
    again = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "SCOPE": 1})  # 1 = all
    assert again["PATCHES"] == 2
    assert WorkPackage(wp).patch(first)["PZMJ"] == pytest.approx(a["PZMJ"], abs=1e-9)


def test_cancel_leaves_the_package_unchanged(qgis_processing, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101", "0702"], n=8, size=60.0)
    wp = import_lonlat(qgis_processing, tmp_path, [rect(10 + 40 * i, 10, 30, 30) for i in range(10)])
    before = snapshot(wp)

    class CancelSoon(QgsProcessingFeedback):
        def setProgress(self, value):
            super().setProgress(value)
            if value > 3:
                self.cancel()

    with pytest.raises(QgsProcessingException):
        qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "LANDUSE": lu}, feedback=CancelSoon())
    assert snapshot(wp) == before


def test_input_and_workpackage_both_or_neither_is_an_error(qgis_processing, tmp_path):
    from qgis.core import QgsProcessingException
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101"], n=2)
    pt = patches_layer(str(tmp_path / "p.gpkg"), [rect(10, 10, 20, 20)])
    with pytest.raises(QgsProcessingException):
        qgis_processing.run("wpzf:overlay", {"LANDUSE": lu, "OUTPUT": str(tmp_path / "o.gpkg")})
    with pytest.raises(QgsProcessingException, match="LANDUSE|地类"):
        qgis_processing.run("wpzf:overlay", {"INPUT": pt, "OUTPUT": str(tmp_path / "o2.gpkg")})


def test_references_in_other_crs_and_gbk_shapefile(qgis_processing, tmp_path):
    """Land use in the central-meridian form of the zone (EPSG:4545), farmland zone-prefixed, approvals a GBK
    shapefile without .cpg: all transformed or decoded, areas unchanged."""
    from osgeo import gdal
    to_cm = Transformer.from_crs(GK, 4545, always_xy=True).transform
    gpkg = str(tmp_path / "ref.gpkg")
    cells = []
    for i in range(9):
        g = rect((i % 3) * 120, (i // 3) * 120, 120, 120)
        cells.append((g, {"DLBM": ["0101", "0702", "0301"][i % 3]}))
    lu = write(gpkg, "landuse", [(transform(to_cm, g), v) for g, v in cells], epsg=4545,
               fields=[("DLBM", ogr.OFTString)])
    farm = write(gpkg, "farmland", [(rect(0, 0, 200, 360), {})])
    shp = str(tmp_path / "批文.shp")
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "CP936")
    try:
        ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(shp)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(GK)
        layer = ds.CreateLayer("批文", srs, ogr.wkbPolygon, options=["ENCODING=CP936"])
        layer.CreateField(ogr.FieldDefn("PZWH", ogr.OFTString))
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("PZWH", "桂政土批〔2021〕88号")
        feat.SetGeometry(ogr.CreateGeometryFromWkt(rect(100, 100, 200, 200).wkt))
        layer.CreateFeature(feat)
        ds = None
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    for ext in (".cpg", ".CPG"):
        if os.path.exists(shp[:-4] + ext):
            os.remove(shp[:-4] + ext)
    shape = rect(60, 70, 200, 150)
    pt = patches_layer(str(tmp_path / "p.gpkg"), [shape])
    result, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu, farmland=farm, approvals=shp,
                       approval_field="PZWH")
    row = rows["P01"]
    assert_close(row, landuse_expect(shape, cells, deduct=False), ["NYDMJ", "JSYDMJ", "WLYDMJ", "GDMJ"])
    assert row["YJJBNTMJ"] == pytest.approx(mu(shape.intersection(rect(0, 0, 200, 360))), abs=TOL)
    assert row["PZMJ"] == pytest.approx(mu(shape.intersection(rect(100, 100, 200, 200))), abs=TOL)
    assert row["PZWH"] == "桂政土批〔2021〕88号"
    assert "无 KCXS/KCMJ" in row["THBZ"]


def test_workpackage_overlay_touches_only_what_is_new_or_changed(qgis_processing, tmp_path):
    import datamaker as dm
    from test_import import run_import
    from wpzf.core.store.workpackage import WorkPackage
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0101", "0702"], n=6)
    wp = import_lonlat(qgis_processing, tmp_path, [rect(20, 20, 60, 60), rect(150, 150, 100, 80)])
    first = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "LANDUSE": lu})
    assert first["PATCHES"] == 2

    def history_rows():
        return sqlite3.connect(wp).execute("SELECT count(*) FROM history WHERE ACTION = 'overlay'").fetchone()[0]

    rows_before = history_rows()
    nothing = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp})  # next month, nothing new yet
    assert nothing["PATCHES"] == 0 and history_rows() == rows_before
    again_all = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "SCOPE": 1})
    assert again_all["PATCHES"] == 2 and history_rows() == rows_before  # same figures: no THSJ, no history rows
    new = [{"JCBH": "4501992022020001", "wkt": transform(TO_LONLAT, rect(320, 320, 50, 50)).wkt}]
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "feb.shp"), new), wp, batch="2022-02")
    monthly = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp})
    assert monthly["PATCHES"] == 1 and WorkPackage(wp).patch("4501992022020001")["TBMJ"] > 0
    by_batch = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "SCOPE": 2, "BATCH": "2022-02"})
    assert by_batch["PATCHES"] == 1
    other = landuse_grid(str(tmp_path / "ref2.gpkg"), ["0103", "0702"], n=6)[0]
    changed = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "LANDUSE": other})  # a new land-use layer
    assert changed["PATCHES"] == 3
    keys = WorkPackage(wp).jcbh_list()[:2]
    chosen = qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "SCOPE": 3, "KEYS": "，".join(keys)})
    assert chosen["PATCHES"] == 2
    with pytest.raises(Exception, match="4509999"):
        qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp, "SCOPE": 3, "KEYS": keys[0] + " 4509999"})
