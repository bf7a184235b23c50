"""wpzf:split_patches on hand-made patches (issue 12): parts from the overlay's references, each overlaid and
pre-judged, areas checked with shapely + pyproj, the ratio against the plan's formula, merge, re-issue, export."""
import sqlite3

import pytest
from osgeo import ogr
from shapely import wkb as swkb
from shapely.geometry import box

from test_import import run_import
from test_overlay import X0, Y0, import_lonlat, landuse_grid, mu, rect, write
from wpzf.core.store.workpackage import WorkPackage

TOL = 0.01


def references(tmp_path):
    gpkg = str(tmp_path / "ref.gpkg")
    lu, cells = landuse_grid(gpkg, ["0103", "0702"], n=6)  # cultivated and built-up squares of 100 m
    approvals = write(gpkg, "approvals", [(box(X0, Y0, X0 + 60, Y0 + 100), {"PZWH": "桂政土批〔2021〕7号"}),
                                          (box(X0 + 290, Y0, X0 + 400, Y0 + 60), {"PZWH": "桂政土批〔2021〕9号"})],
                      fields=[("PZWH", ogr.OFTString)])
    facility = write(gpkg, "facility", [(box(X0 + 60, Y0 + 75, X0 + 200, Y0 + 300), {})])
    return lu, cells, approvals, facility


@pytest.fixture
def county(qgis_processing, tmp_path):
    lu, cells, approvals, facility = references(tmp_path)
    shapes = {"partly": rect(0, 0, 100, 60), "two_records": rect(20, 80, 80, 40), "far": rect(300, 300, 50, 50),
              "two_classes": rect(150, 300, 100, 40), "sliver": rect(300, 10, 100 + 0.02 * 2000 / 3 / 40, 40)}
    wp_path = import_lonlat(qgis_processing, tmp_path, list(shapes.values()))
    qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp_path, "LANDUSE": lu, "APPROVALS": approvals,
                                         "APPROVAL_FIELD": "PZWH", "FACILITY": facility})
    qgis_processing.run("wpzf:prejudge", {"WORKPACKAGE": wp_path})
    keys = dict(zip(shapes, sorted(WorkPackage(wp_path).jcbh_list())))
    return {"wp": wp_path, "keys": keys, "cells": cells}


def stored_shapes(wp_path):
    return {r["JCBH"]: swkb.loads(r["_wkb"]) for r in WorkPackage(wp_path).patches(geometry=True, split_parents=True)}


def test_split_along_the_approval_and_the_facility_filing(qgis_processing, county):
    wp_path, keys = county["wp"], county["keys"]
    parent_before = WorkPackage(wp_path).patch(keys["partly"])
    assert "需拆分" in parent_before["BSBZ"]
    result = qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path})
    assert result["SPLIT"] == 2 and result["PARTS"] == 5
    wp = WorkPackage(wp_path)
    units = {r["JCBH"]: r for r in wp.patches()}
    partly = sorted(k for k in units if k.startswith(keys["partly"] + "-"))
    assert partly == [keys["partly"] + "-1", keys["partly"] + "-2"]
    assert keys["partly"] not in units and keys["far"] in units  # the parent is no unit now; the far one is whole
    # 0.02 亩 outside the approval: a digitising sliver, neither a part nor a reason to split; suggested 合法
    assert keys["sliver"] in units and units[keys["sliver"]]["YPPDLX"] == "合法" and keys["two_classes"] in units
    parent = wp.patch(keys["partly"])
    assert parent["TBZT"] == "被拆分" and parent["_JCBH"] == keys["partly"]
    shapes = stored_shapes(wp_path)
    inside, outside = (units[k] for k in partly)
    assert (inside["TBZT"], inside["_JCBH"], inside["ZTBBH"]) == ("拆分", keys["partly"], partly[0])
    # each part measured by the engine: areas against shapely + pyproj, and the parts add up to the parent
    for key in partly:
        assert units[key]["TBMJ"] == pytest.approx(mu(shapes[key]), abs=TOL)
    assert inside["TBMJ"] + outside["TBMJ"] == pytest.approx(parent_before["TBMJ"], abs=TOL)
    assert inside["PZMJ"] == pytest.approx(inside["TBMJ"], abs=TOL) and (outside["PZMJ"] or 0.0) < TOL
    assert (inside["YPPDLX"], inside["YPPDXL"]) == ("合法", "批文") and "桂政土批〔2021〕7号" in inside["YPLY"]
    assert outside["YPPDLX"] == "违法" and "需拆分" not in (outside["BSBZ"] or "")
    three = sorted(k for k in units if k.startswith(keys["two_records"] + "-"))
    approved = [k for k in three if (units[k]["PZMJ"] or 0.0) > TOL]
    filed = [k for k in three if (units[k]["SSNYDMJ"] or 0.0) > TOL]
    assert len(three) == 3 and len(approved) == len(filed) == 1 and approved != filed  # + one part outside both
    assert units[filed[0]]["YPPDXL"] == "设施农业用地" and units[approved[0]]["YPPDLX"] == "合法"
    history = wp.history(keys["partly"])
    assert [(h["FIELD"], h["NEW"]) for h in history if h["ACTION"] == "split"] == [("TBZT", "被拆分")]


def test_the_ratio_counts_only_the_illegal_part(qgis_processing, county):
    wp_path, keys = county["wp"], county["keys"]
    qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "KEYS": keys["partly"]})
    wp = WorkPackage(wp_path)
    inside, outside = (keys["partly"] + "-1", keys["partly"] + "-2")
    judged = {inside: {"PDLX": "合法", "PDXL": "批文", "PZWH": "桂政土批〔2021〕7号"},
              outside: {"PDLX": "违法", "PDXL": "乱占耕地建房", "XZCL": "新增", "WFZT": "村民王某", "ZGCS": "拆除复耕",
                        "ZGZT": "未整改"}}
    wp.update_patches(judged)
    result = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp_path, "YEAR": 2022,
                                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    county_row = [f for f in result["OUTPUT"].getFeatures() if f["JB"] == "县级"][0]
    # independent: farmland (0103 cells) of each part, shapely + pyproj
    shapes = stored_shapes(wp_path)
    farmland = [g for g, v in county["cells"] if v["DLBM"] == "0103"]
    legal = sum(mu(shapes[inside].intersection(g)) for g in farmland)
    illegal = sum(mu(shapes[outside].intersection(g)) for g in farmland)
    assert county_row["WFGDMJ"] == pytest.approx(illegal, abs=TOL)
    assert county_row["XZGDMJ"] == pytest.approx(legal + illegal, abs=TOL)
    assert county_row["WFBL"] == pytest.approx(100.0 * illegal / (legal + illegal), abs=0.01)


def test_merge_back_restores_the_patch_and_keeps_the_history(qgis_processing, county):
    wp_path, keys = county["wp"], county["keys"]
    qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "KEYS": keys["partly"]})
    wp = WorkPackage(wp_path)
    wp.update_patches({keys["partly"] + "-1": {"HSZT": "已确认"}})
    with pytest.raises(Exception, match="已确认"):
        wp.merge_parts(keys["partly"])
    wp.update_patches({keys["partly"] + "-1": {"HSZT": "已判定"}})
    assert wp.merge_parts(keys["partly"]) == [keys["partly"] + "-1", keys["partly"] + "-2"]
    assert keys["partly"] in wp.jcbh_list() and wp.patch(keys["partly"])["TBZT"] is None
    con = sqlite3.connect(wp_path)
    assert con.execute("SELECT count(*) FROM patches WHERE JCBH = ?", (keys["partly"],)).fetchone() == (1,)
    removed = con.execute("SELECT JCBH FROM history WHERE ACTION = 'merge' AND FIELD = '*'").fetchall()
    assert sorted(r[0] for r in removed) == [keys["partly"] + "-1", keys["partly"] + "-2"]
    con.close()


def test_a_split_parent_issued_again_keeps_its_parts_and_asks_for_review(qgis_processing, county, tmp_path):
    import datamaker as dm
    from test_overlay import TO_LONLAT
    from shapely.ops import transform
    wp_path, keys = county["wp"], county["keys"]
    qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "KEYS": keys["partly"]})
    WorkPackage(wp_path).update_patches({keys["partly"] + "-1": {"PDLX": "合法", "PDXL": "批文", "HSZT": "已确认"}})
    bigger = transform(TO_LONLAT, rect(0, 0, 120, 60)).wkt
    run_import(qgis_processing, dm.write_patches(str(tmp_path / "again.shp"), [{"JCBH": keys["partly"],
                                                                               "wkt": bigger}]),
               wp_path, batch="2022-04")
    wp = WorkPackage(wp_path)
    parts = [r for r in wp.patches() if r["_JCBH"] == keys["partly"]]
    assert len(parts) == 2 and all("拆分的子图斑保持原样" in r["XFBG"] for r in parts)
    assert {r["JCBH"]: r["HSZT"] for r in parts}[keys["partly"] + "-1"] == "待核查"
    out = qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp_path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                 "TODAY": "2022-04-10"})["OUTPUT"]
    flagged = {f["JCBH"] for f in out.getFeatures() if f["GZBH"] == "R01"}
    assert {keys["partly"] + "-1", keys["partly"] + "-2"} <= flagged


def test_export_writes_parts_under_the_parent_number(qgis_processing, county, tmp_path):
    wp_path, keys = county["wp"], county["keys"]
    qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "KEYS": keys["partly"]})
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(tmp_path / "上报"),
                                                 "FORCE": True})
    import glob
    import os
    shp = glob.glob(os.path.join(result["OUTPUT_FOLDER"], "**", "*.shp"), recursive=True)[0]
    from osgeo import gdal
    ds = gdal.OpenEx(shp, gdal.OF_VECTOR, open_options=["ENCODING=CP936"])  # the provincial GBK shapefile
    rows = [(f.GetField("JCBH"), f.GetField("ZTBBH"), f.GetField("TBZT")) for f in ds.GetLayer(0)]
    ds = None
    ours = sorted(r for r in rows if r[0] == keys["partly"])
    assert ours == [(keys["partly"], keys["partly"] + "-1", "拆分"), (keys["partly"], keys["partly"] + "-2", "拆分")]
    assert len(rows) == 6  # two parts + the four patches that were not split; never the parent


def test_selfcheck_s01_finds_parts_that_no_longer_cover_the_patch(qgis_processing, county):
    wp_path, keys = county["wp"], county["keys"]
    qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "KEYS": keys["partly"]})

    def s01():
        out = qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp_path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                     "TODAY": "2022-02-10"})["OUTPUT"]
        return [f["WTMS"] for f in out.getFeatures() if f["GZBH"] == "S01"]

    assert s01() == []
    wp = WorkPackage(wp_path)
    part = wp.patch(keys["partly"] + "-2", geometry=True)
    smaller = ogr.CreateGeometryFromWkb(part["_wkb"]).Buffer(-3)  # an edit that shrank one part by 3 m all round
    ds = ogr.Open(wp_path, 1)
    layer = ds.GetLayerByName("patches")
    feat = layer.GetFeature(part["_fid"])
    feat.SetGeometry(ogr.ForceToMultiPolygon(smaller))
    layer.SetFeature(feat)
    ds = None
    found = s01()
    assert len(found) == 2 and any("缝隙" in m for m in found) and any("面积之和" in m for m in found)


def test_batch_flag_and_land_class_options(qgis_processing, county):
    wp_path, keys = county["wp"], county["keys"]
    none = qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "BATCH": "2021-12"})
    assert none["SPLIT"] == 0
    flagged = qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "ONLY_FLAGGED": True})
    assert flagged["SPLIT"] == 2  # the two partly covered ones the pre-judgment flagged 需拆分
    by_class = qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path, "KEYS": keys["two_classes"],
                                                          "BY_LANDCLASS": True})
    assert by_class["PARTS"] == 2
    units = {r["JCBH"]: r for r in WorkPackage(wp_path).patches()}
    halves = [units[keys["two_classes"] + "-{}".format(n)] for n in (1, 2)]
    assert sorted(round(h["GDMJ"] or 0.0, 2) > 0 for h in halves) == [False, True]  # a farmland half, a built half
    shapes = stored_shapes(wp_path)
    assert sum(h["TBMJ"] for h in halves) == pytest.approx(mu(shapes[keys["two_classes"]]), abs=TOL)
