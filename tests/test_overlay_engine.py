"""The overlay engine's own paths (issue 13): big features cut to the patch box, irregular non-convex shapes, a GEOS
failure retried and reported, curved geometries read through QGIS, a month read through the R-tree, and the clear
message when shapely 2 is missing. Expected values come from shapely + pyproj (tests/test_overlay.py helpers)."""
import math
import random

import numpy as np
import pytest
import shapely
from osgeo import ogr
from shapely.geometry import Polygon
from shapely.ops import unary_union

from test_overlay import (TOL, X0, Y0, assert_close, landuse_expect, mu, patches_layer, rect, run, write)


def blob(cx, cy, radius, n, rng, notch=0.6):
    """An irregular, non-convex polygon around (cx, cy): radii jitter and every third vertex pulled in."""
    pts = []
    for k in range(n):
        a = 2 * math.pi * k / n
        r = radius * rng.uniform(0.75, 1.0) * (notch if k % 3 == 0 else 1.0)
        pts.append((X0 + cx + r * math.cos(a), Y0 + cy + r * math.sin(a)))
    return Polygon(pts)


def voronoi_landuse(path, rng, n=120, size=1200.0):
    """Voronoi cells of random seeds clipped to a square: a land use of irregular polygons with exact shared edges."""
    from shapely.geometry import MultiPoint
    from shapely.ops import voronoi_diagram
    seeds = MultiPoint([(X0 + rng.uniform(0, size), Y0 + rng.uniform(0, size)) for _ in range(n)])
    frame = rect(0, 0, size, size)
    codes = ["0101", "0702", "1101", "0301", "0103"]
    cells = []
    for i, cell in enumerate(voronoi_diagram(seeds, envelope=frame).geoms):
        cell = cell.intersection(frame)
        if not cell.is_empty:
            cells.append((cell, {"DLBM": codes[i % len(codes)], "KCXS": 0.05 if i % 7 == 0 else None,
                                 "TBMJ": cell.area}))
    fields = [("DLBM", ogr.OFTString), ("KCXS", ogr.OFTReal), ("KCMJ", ogr.OFTReal), ("TBMJ", ogr.OFTReal)]
    return write(path, "landuse", cells, fields=fields), cells


def test_irregular_patches_on_voronoi_land_use_and_a_big_red_line(qgis_processing, tmp_path):
    """Non-convex patches (one with a hole, one multipart) on Voronoi land use, a red line of ~2,000 vertices with a
    hole (cut to each patch's box before the intersection) and overlapping approvals: every figure against shapely."""
    rng = random.Random(13)
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = voronoi_landuse(gpkg, rng)
    red_shape = blob(600, 600, 520, 2000, rng, notch=0.97).difference(blob(650, 620, 90, 40, rng))
    assert len(red_shape.exterior.coords) > 1000
    red = write(gpkg, "redline", [(red_shape, {})])
    approvals = [blob(300, 300, 150, 30, rng), blob(380, 320, 150, 30, rng)]  # overlapping
    appr = write(gpkg, "approvals", [(g, {"PZWH": "批{}".format(i)}) for i, g in enumerate(approvals)],
                 fields=[("PZWH", ogr.OFTString)])
    shapes = [blob(rng.uniform(150, 1050), rng.uniform(150, 1050), rng.uniform(40, 120), rng.randint(9, 30), rng)
              for _ in range(12)]
    shapes.append(blob(640, 620, 140, 24, rng).difference(blob(640, 620, 30, 12, rng)))  # a hole, on the red hole
    shapes.append(blob(100, 1000, 40, 12, rng).union(blob(1000, 100, 40, 12, rng)))  # multipart
    shapes.append(blob(330, 310, 80, 20, rng))  # inside both approvals
    assert sum(1 for s in shapes if not s.equals(s.convex_hull)) >= len(shapes) - 1
    pt = patches_layer(str(tmp_path / "p.gpkg"), shapes)
    _r, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu, redline=red, approvals=appr,
                   approval_field="PZWH")
    appr_union = unary_union(approvals)
    for i, shape in enumerate(shapes):
        row = rows["P{:02d}".format(i + 1)]
        assert row["TBMJ"] == pytest.approx(mu(shape), abs=TOL)
        assert_close(row, landuse_expect(shape, cells))
        assert row["STHXMJ"] == pytest.approx(mu(shape.intersection(red_shape)), abs=TOL)
        assert row["PZMJ"] == pytest.approx(mu(shape.intersection(appr_union)), abs=TOL)
    assert set(rows["P15"]["PZWH"].split(";")) == {"批0", "批1"}


def test_a_pair_geos_cannot_cut_is_retried_then_reported(monkeypatch):
    """A chunk that raises is redone pair by pair; a pair that fails on the fine grid too is reported, not dropped."""
    from wpzf.core.overlay import measure as om
    patches = np.array([shapely.box(0, 0, 10, 10), shapely.box(20, 0, 30, 10)], dtype=object)
    features = np.array([shapely.box(5, 5, 15, 15), shapely.box(25, 5, 35, 15)], dtype=object)
    real = shapely.intersection
    calls = {"n": 0}

    def flaky(a, b, grid_size=None, **kw):
        calls["n"] += 1
        if np.ndim(a) or calls["n"] == 1:  # the whole chunk fails
            raise shapely.errors.GEOSException("TopologyException: side location conflict")
        if a.equals(patches[1]):  # this pair fails on the grid too
            raise shapely.errors.GEOSException("TopologyException")
        return real(a, b, grid_size=grid_size)

    monkeypatch.setattr(om.shapely, "intersection", flaky)
    cutter = om.Cutter.__new__(om.Cutter)
    cutter.failed = []
    out = cutter._intersection(patches, features, np.array([0, 1]), np.array([0, 1]))
    assert shapely.area(out[0]) == pytest.approx(25.0) and out[1] is None
    assert cutter.failed == [(1, 1)]


def test_curved_reference_is_read_through_qgis(qgis_processing, tmp_path):
    """A GeoPackage holding a curve polygon: shapely cannot read it, so QGIS reads and segmentises it."""
    gpkg = str(tmp_path / "ref.gpkg")
    lu = write(gpkg, "landuse", [(rect(0, 0, 400, 400), {"DLBM": "0101"})], fields=[("DLBM", ogr.OFTString)])
    ds = ogr.Open(gpkg, 1)
    layer = ds.CreateLayer("farmland", ds.GetLayerByName("landuse").GetSpatialRef(), ogr.wkbCurvePolygon)
    feat = ogr.Feature(layer.GetLayerDefn())
    cx, cy = X0 + 200, Y0 + 200
    feat.SetGeometry(ogr.CreateGeometryFromWkt(
        "CURVEPOLYGON(CIRCULARSTRING({0} {1},{2} {3},{0} {1}))".format(cx - 100, cy, cx + 100, cy)))
    layer.CreateFeature(feat)
    ds = None
    patch = rect(100, 100, 200, 200)
    pt = patches_layer(str(tmp_path / "p.gpkg"), [patch])
    _r, rows = run(qgis_processing, pt, str(tmp_path / "out.gpkg"), landuse=lu,
                   farmland="{}|layername=farmland".format(gpkg))
    circle = shapely.Point(cx, cy).buffer(100, 256)
    assert rows["P01"]["YJJBNTMJ"] == pytest.approx(mu(patch.intersection(circle)), rel=2e-3)


def test_missing_shapely_2_says_how_to_install(monkeypatch):
    from wpzf.core.overlay import shapely_check
    from wpzf.core.errors import InputError
    monkeypatch.setattr(shapely_check, "shapely", None)
    monkeypatch.setattr(shapely_check, "OLD_VERSION", "1.8.5")
    with pytest.raises(InputError, match="Shapely 2.0.*1.8.5.*pip install"):
        shapely_check.require_shapely()


def test_gpkg_reader_joins_the_rtree_with_patch_boxes(tmp_path):
    """A few patch boxes read a few features of a 2,500-feature layer (not the layer's whole extent)."""
    from wpzf.core.overlay.read import _read_gpkg
    gpkg = str(tmp_path / "参考 数据.gpkg")
    rows = [(rect((i % 50) * 40, (i // 50) * 40, 40, 40), {"DLBM": "0101"}) for i in range(2500)]
    write(gpkg, "landuse", rows, fields=[("DLBM", ogr.OFTString)])
    info = {"path": gpkg, "layer_name": "landuse", "layer_id": None, "encoding": "UTF-8"}
    boxes = np.array([[X0 + 10, Y0 + 10, X0 + 50, Y0 + 30], [X0 + 1810, Y0 + 1810, X0 + 1820, Y0 + 1820]])
    fids, wkb, cols, how = _read_gpkg(info, ["DLBM"], boxes)
    assert how == "gpkg-rtree" and len(fids) == 3 and cols[0] == ["0101"] * 3
    geoms = shapely.from_wkb(wkb)
    assert all(shapely.intersects(shapely.box(*boxes[0]), g) or shapely.intersects(shapely.box(*boxes[1]), g)
               for g in geoms)
