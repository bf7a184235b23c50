"""The irregular benchmark county (tools/irregular_county.py), small size: it is what it claims to be, and the
plugin runs on it.

Every check recomputes the fact from the written files (OGR + shapely), not from the generator's internals: land use
tiles the county (no overlaps, no gaps beyond the planted one), patches are almost never convex, the red line is a
few very large polygons, the manifest has the sample county's layout, and wpzf:import_patches + wpzf:overlay give
三大类 sums equal to TBMJ (and the bench's independent recomputation) to 0.01 亩.
"""
import importlib.util
import os

import pytest
from osgeo import gdal, ogr, osr
from shapely import wkb as shapely_wkb
from shapely.ops import unary_union

from conftest import ROOT, load_tool

gdal.UseExceptions()

M2_PER_MU = 2000.0 / 3.0
# the manifest keys tools/sample_county.py documents (readers of either county rely on them)
MANIFEST_KEYS = {"county_code", "county_name", "crs", "patch_crs", "reference", "layers", "key_fields", "batches",
                 "size", "seed", "townships", "invalid", "reissued", "gap", "overlapping_approvals", "unplaced_codes",
                 "counts", "cases", "split", "shortfall"}
BATCH_KEYS = {"label", "path", "format", "encoding", "count"}


def _bench():
    spec = importlib.util.spec_from_file_location("wpzf_bench_overlay_irr",
                                                  os.path.join(ROOT, "bench", "bench_overlay.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    out = tmp_path_factory.mktemp("异形县 small")  # a space and Chinese in the path on purpose
    return load_tool("irregular_county").generate(str(out), size="small")


def _geoms(path, layer_name=None, fields=()):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    out = []
    for feat in layer:
        out.append((shapely_wkb.loads(bytes(feat.GetGeometryRef().ExportToIsoWkb())),
                    {f: feat.GetField(f) for f in fields}))
    return out


def _vertices(g):
    return sum(len(p.exterior.coords) - 1 + sum(len(r.coords) - 1 for r in p.interiors)
               for p in getattr(g, "geoms", [g]))


def test_manifest_has_the_sample_layout(county):
    sample = load_tool("sample_county")
    assert MANIFEST_KEYS <= set(county)
    assert county["layers"] == sample.LAYERS and county["key_fields"] == sample.KEY_FIELDS
    assert county["size"] == "small" and county["patch_crs"] == "EPSG:4490" and not county["shortfall"]
    ds = ogr.Open(county["reference"])
    specs = {"townships": sample.F_TOWNSHIPS, "landuse": sample.F_LANDUSE, "farmland": sample.F_FARMLAND,
             "redline": sample.F_REDLINE, "approvals": sample.F_APPROVALS, "mining": sample.F_MINING,
             "facility": sample.F_FACILITY, "temporary": sample.F_TEMPORARY}
    for key, spec in specs.items():
        layer = ds.GetLayerByName(county["layers"][key])
        defn = layer.GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == [f[0] for f in spec], key
        assert layer.GetFeatureCount() == county["counts"][key] > 0, key
        srs = layer.GetSpatialRef()
        srs.AutoIdentifyEPSG()
        assert "EPSG:" + srs.GetAuthorityCode(None) == county["crs"]
        assert srs.IsProjected() and "Gauss" in srs.GetAttrValue("PROJECTION") + srs.GetName()
    issued = [f[0] for f in sample.ISSUED]
    for batch in county["batches"]:
        assert set(batch) == BATCH_KEYS and os.path.exists(batch["path"])
        options = ["ENCODING=CP936"] if batch["encoding"] == "GBK" else []
        src = gdal.OpenEx(batch["path"], gdal.OF_VECTOR, open_options=options if batch["format"] != "GPKG" else [])
        layer = src.GetLayer(0)
        defn = layer.GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == issued
        assert layer.GetFeatureCount() == batch["count"]
        names = {f.GetField("XMC") for f in layer}
        assert names == {county["county_name"]}, names  # GBK batches read right with their code page
    assert {b["format"] for b in county["batches"]} == {"ESRI Shapefile", "GPKG"}
    gbk = [b for b in county["batches"] if b["encoding"] == "GBK"]
    assert gbk and not os.path.exists(os.path.splitext(gbk[0]["path"])[0] + ".cpg")
    bench = _bench()
    for case in bench.SPECIAL_CASES:  # every situation the overlay bench checks is planted
        assert county["cases"].get(case), case


def test_land_use_tiles_the_county(county):
    landuse = [g for g, _v in _geoms(county["reference"], "landuse")]
    townships = [g for g, _v in _geoms(county["reference"], "townships")]
    assert all(g.is_valid for g in landuse + townships)
    assert 1500 <= len(landuse) <= 2600  # ~2k parcels in the small size
    mean = sum(_vertices(g) for g in landuse) / len(landuse)
    assert 25 <= mean <= 45, mean  # ~33 vertices, jagged edges
    union = unary_union(landuse)
    overlaps = sum(g.area for g in landuse) - union.area
    assert overlaps < 1.0, overlaps  # m² over the whole county: shared edges match exactly
    county_shape = unary_union(townships)
    assert sum(t.area for t in townships) - county_shape.area < 1.0  # townships do not overlap either
    holes = county_shape.difference(union)
    assert union.difference(county_shape).area < 1.0
    gap = county["gap"]["area_m2"]
    assert abs(holes.area - gap) < 1.0, (holes.area, gap)  # the only hole is the planted gap
    assert county_shape.convex_hull.area > 1.1 * county_shape.area  # a non-convex county outline


def test_patches_are_irregular_and_spread(county):
    patches = []
    for batch in county["batches"]:
        patches += [g for g, _v in _geoms(batch["path"])]
    assert len(patches) >= 200
    assert all(g.is_valid for g in patches)
    convex = sum(1 for g in patches if g.convex_hull.area <= g.area * 1.002)
    assert convex <= 0.02 * len(patches), convex  # almost never convex
    assert sum(1 for g in patches if g.geom_type == "MultiPolygon" or len(getattr(g, "geoms", [g])) > 1) >= 2
    assert sum(1 for g in patches for p in getattr(g, "geoms", [g]) if p.interiors) >= 3
    # over the whole county: every township has patches, and some patches cross a township border
    ct = osr.CoordinateTransformation(_srs(county["patch_crs"]), _srs(county["crs"]))
    projected = []
    for g in patches:
        og = ogr.CreateGeometryFromWkb(g.wkb)
        og.Transform(ct)
        projected.append(shapely_wkb.loads(bytes(og.ExportToIsoWkb())))
    townships = [g for g, _v in _geoms(county["reference"], "townships")]
    hits = [sum(1 for p in projected if p.intersects(t)) for t in townships]
    assert min(hits) >= 3, hits
    crossing = sum(1 for p in projected if sum(p.intersection(t).area > 0.05 * p.area for t in townships) >= 2)
    assert crossing >= 4


def _srs(authid):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(authid)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_red_line_is_a_few_very_large_polygons(county):
    red = _geoms(county["reference"], "redline", ["HXBH"])
    assert 1 <= len(red) <= 6
    patches = [g for g, _v in _geoms(county["batches"][0]["path"])]
    big = 1000 if county["size"] == "large" else 500  # the small county's red line is smaller: still hundreds
    assert all(_vertices(g) >= big for g, _v in red), [_vertices(g) for g, _v in red]
    assert sum(len(p.interiors) for g, _v in red for p in g.geoms) >= 1
    landuse_mean = sum(g.area for g, _v in _geoms(county["reference"], "landuse")) / county["counts"]["landuse"]
    assert all(g.area > (50 if county["size"] == "large" else 10) * landuse_mean for g, _v in red), \
        [round(g.area / landuse_mean) for g, _v in red]
    assert all(g.is_valid for g, _v in red) and patches


def test_invalid_and_overlapping_approvals_as_listed(county):
    approvals = _geoms(county["reference"], "approvals", ["PZWH"])
    for item in county["invalid"]:
        g, values = approvals[item["fid"] - 1]
        assert not g.is_valid and values["PZWH"] == item["PZWH"]
    for a, b in county["overlapping_approvals"]:
        assert approvals[a - 1][0].intersection(approvals[b - 1][0]).area > 1.0


def test_import_and_overlay_on_it(county, qgis_processing, tmp_path):
    wp = str(tmp_path / "岭溪县 工作库.gpkg")
    for batch in county["batches"]:
        qgis_processing.run("wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": wp,
                                                    "BATCH": batch["label"]})
    uri = lambda key: "{}|layername={}".format(county["reference"], county["layers"][key])  # noqa: E731
    result = qgis_processing.run("wpzf:overlay", {
        "WORKPACKAGE": wp, "LANDUSE": uri("landuse"), "FARMLAND": uri("farmland"), "REDLINE": uri("redline"),
        "APPROVALS": uri("approvals"), "APPROVAL_FIELD": "PZWH", "MINING": uri("mining"), "MINING_FIELD": "CKZH",
        "FACILITY": uri("facility"), "TEMPORARY": uri("temporary"), "TOWNSHIPS": uri("townships"),
        "TOWNSHIP_CODE_FIELD": "XZDM", "TOWNSHIP_NAME_FIELD": "XZMC"})
    bench = _bench()
    rows = bench.read_rows(wp, bench.OUTPUT_FIELDS + ["JCBH"], layer_name="patches")
    issued = sum(b["count"] for b in county["batches"]) - len(county["reissued"])
    assert len(rows) == issued == result["PATCHES"]
    problems = []
    worst = bench.check_sum_rule(rows, problems)
    assert not problems and worst < 0.01, problems[:5]
    assert all(r["TBMJ"] and r["TBMJ"] > 0 for r in rows.values())
    # the planted situations recomputed independently (shapely + pyproj on GRS80), as the bench does
    chosen = sorted({j for case in bench.SPECIAL_CASES for j in county["cases"][case]} & set(rows))
    folder = os.path.dirname(county["reference"])
    expected = bench.independent(county, folder, chosen, wp)
    assert bench.compare(rows, expected, problems) < 0.01 and not problems, problems[:5]
    for jcbh in county["cases"]["landuse_gap"]:
        assert rows[jcbh]["DLWFGMJ"] > 0.01
