"""Split patches in the export (issue 12): the profile's "parts" option ("rows" | "parent"), the parent row made of
its parts (rules, no QGIS), and hand-made split packages exported both ways, the shapefile read back with OGR as GBK
and the 台账 with openpyxl, the sums recomputed from the package."""
import glob
import hashlib
import json
import os

import pytest
from openpyxl import load_workbook
from osgeo import gdal, ogr

from wpzf.rules import export_profile as EP

# ----- rules: the profile key and the parent row ------------------------------------------------------------------


def profile_data(**changes):
    with open(os.path.join(EP.PROFILE_DIR, "default.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    data.update(changes)
    return data


def test_parts_option_is_validated_and_defaults_to_rows():
    assert EP.load_profile("")["parts"] == "rows"
    assert EP.validate_profile(profile_data(parts="Parent"))["parts"] == "parent"
    del_parts = profile_data()
    del_parts.pop("parts", None)
    assert EP.validate_profile(del_parts)["parts"] == "rows"
    with pytest.raises(EP.ProfileError) as err:
        EP.validate_profile(profile_data(parts="sum"))
    assert "parts" in str(err.value) and "parent" in str(err.value)


def test_the_shipped_parent_profile_is_the_default_one_row_per_issued_patch():
    default, parent = EP.load_profile("default"), EP.load_profile("parent")
    assert parent["parts"] == "parent" and default["parts"] == "rows"
    extra = [f for f in parent["fields"] if f not in default["fields"]]
    assert [(f["name"], f["source"]) for f in extra] == [("WFYDMJ", "@illegal_area"), ("WFGDMJ", "@illegal_farmland")]
    assert [f for f in parent["fields"] if f not in extra] == default["fields"]  # kept in step with the default


def part(n, **values):
    row = {"JCBH": "J1-%d" % n, "_JCBH": "J1", "ZTBBH": "J1-%d" % n, "TBZT": "拆分", "XZQDM": "450199"}
    row.update(values)
    return row


PARENT = {"JCBH": "J1", "_JCBH": "J1", "TBZT": "被拆分", "XZQDM": "450199", "MJ": 1333.3, "PC": "2022-01",
          "XZDM": "450199100", "XZMC": "城关镇", "TBMJ": 2.0, "PDLX": None, "_wkb": b"parent", "BZ": None}


def test_parts_that_agree_give_their_judgment_and_summed_figures():
    parts = [part(1, TBMJ=1.204, GDMJ=0.5, TXDKMJ=1.2, PDLX="违法", PDXL="乱占耕地建房", XZCL="新增", WFZT="村民王某",
                  ZGCS="拆除复耕", ZGZT="已整改", CCFGMJ=0.5, HSZT="已确认", PDRQ="2022-03-05", ZGRQ="2022-04-01"),
             part(2, TBMJ=0.801, GDMJ=0.3, TXDKMJ=0.8, PDLX="违法", PDXL="乱占耕地建房", XZCL="新增", WFZT="村民王某",
                  ZGCS="拆除复耕", ZGZT="已整改", CCFGMJ=0.3, HSZT="已确认", PDRQ="2022/3/9", ZGRQ="2022-04-20")]
    row = EP.merge_parts(PARENT, parts)
    assert (row["JCBH"], row["ZTBBH"], row["TBZT"], row["_wkb"]) == ("J1", None, "被拆分", b"parent")
    assert (row["MJ"], row["PC"], row["XZDM"]) == (1333.3, "2022-01", "450199100")  # issued and township: parent's
    assert row["TBMJ"] == pytest.approx(2.005) and row["GDMJ"] == pytest.approx(0.8)
    assert row["TXDKMJ"] == pytest.approx(2.0) and row["CCFGMJ"] == pytest.approx(0.8)
    assert (row["PDLX"], row["PDXL"], row["XZCL"], row["WFZT"], row["ZGCS"], row["ZGZT"], row["HSZT"]) == \
        ("违法", "乱占耕地建房", "新增", "村民王某", "拆除复耕", "已整改", "已确认")
    assert row["PDRQ"] == "2022/3/9" and row["ZGRQ"] == "2022-04-20"  # the last part's date
    assert row["BZ"] is None  # nothing to explain when they agree


def test_mixed_parts_take_the_severest_judgment_and_name_each_part():
    parts = [part(1, TBMJ=1.8, GDMJ=0.6, PDLX="合法", PDXL="批文", PZWH="桂政土批〔2021〕7号", HSZT="已确认",
                  QRRQ="2022-03-01", BZ="批文范围内"),
             part(2, TBMJ=0.3, GDMJ=0.25, PDLX="违法", PDXL="乱占耕地建房", XZCL="存量", WFZT="村民王某", ZGCS="拆除复耕",
                  ZGZT="整改中", CCFGMJ=0.1, SFLA=0, HSZT="已填报", SFFNH=1),
             part(3, TBMJ=0.5, GDMJ=0.0, PDLX="违法", PDXL="非农化", XZCL="新增", WFZT="某物流有限公司", ZGCS="补办手续",
                  ZGZT="已整改", BBGDMJ=0.0, SFLA=1, HSZT="已确认", QRRQ="2022-03-02", SFFNH=0),
             part(4, TBMJ=0.4, PDLX="其他用地", PDXL="设施农业用地", BABH="示设农备〔2019〕3号", HSZT="已确认")]
    row = EP.merge_parts(PARENT, parts)
    assert row["TBMJ"] == pytest.approx(3.0) and row["GDMJ"] == pytest.approx(0.85)
    # 违法 beats a legal majority; the subtype is the largest illegal part's; the illegal state from those parts
    assert (row["PDLX"], row["PDXL"]) == ("违法", "非农化")
    assert row["XZCL"] == "新增" and row["WFZT"] == "村民王某、某物流有限公司"
    assert row["ZGCS"] == "拆除复耕+补办手续" and row["ZGZT"] == "整改中" and row["SFLA"] == 1 and row["SFFNH"] == 1
    assert row["BABH"] is None  # the facility filing's number belongs to a part not judged the way the row is
    assert row["PZWH"] == "桂政土批〔2021〕7号"
    assert row["HSZT"] == "已填报" and row["QRRQ"] is None  # confirmed only once every part is
    assert row["BZ"].startswith("拆分：-1 合法/批文 1.80亩，耕地0.60亩；-2 违法/乱占耕地建房 0.30亩，耕地0.25亩；"
                                "-3 违法/非农化 0.50亩；-4 其他用地/设施农业用地 0.40亩")
    assert row["BZ"].endswith("；-1：批文范围内")
    assert EP.illegal_figures(row) == pytest.approx((0.8, 0.25))  # only the illegal parts
    assert EP.illegal_figures(parts[0]) == (0.0, 0.0) and EP.illegal_figures(parts[2]) == (0.5, 0.0)


def test_other_land_beats_legal_and_an_unjudged_part_leaves_the_patch_unjudged():
    legal = part(1, TBMJ=2.0, PDLX="合法", PDXL="批文", HSZT="已确认")
    facility = part(2, TBMJ=0.5, PDLX="其他用地", PDXL="设施农业用地", BABH="示设农备〔2019〕3号", HSZT="已确认")
    row = EP.merge_parts(PARENT, [legal, facility])
    assert (row["PDLX"], row["PDXL"], row["BABH"]) == ("其他用地", "设施农业用地", "示设农备〔2019〕3号")
    row = EP.merge_parts(PARENT, [legal, part(2, TBMJ=0.5, HSZT="待核查")])
    assert row["PDLX"] is None and row["PDXL"] is None and row["HSZT"] == "待核查"
    assert "-2 未判定 0.50亩" in row["BZ"] and EP.illegal_figures(row) == (None, None)


def test_restoration_dates_only_once_every_restored_part_is_accepted():
    a = part(1, TBMJ=1.0, PDLX="违法", PDXL="非农化", CCFGMJ=0.4, SJYSRQ="2022-05-01", ZZQQRRQ="2022-05-10")
    b = part(2, TBMJ=1.0, PDLX="违法", PDXL="非农化", BBGDMJ=0.3, SFLA=1)  # approved afterwards: no acceptance
    row = EP.merge_parts(PARENT, [a, b])
    assert (row["SJYSRQ"], row["ZZQQRRQ"]) == ("2022-05-01", "2022-05-10")
    c = part(3, TBMJ=1.0, PDLX="违法", PDXL="非农化", CCFGMJ=0.2)  # restored, not yet accepted
    assert EP.merge_parts(PARENT, [a, b, c])["SJYSRQ"] is None


# ----- a hand-made split package exported both ways ---------------------------------------------------------------

JUDGED = {  # keys: (shape, part number)
    ("partly", 1): {"PDLX": "合法", "PDXL": "批文", "PZWH": "桂政土批〔2021〕7号", "HSZT": "已确认", "BZ": "批文范围内"},
    ("partly", 2): {"PDLX": "违法", "PDXL": "乱占耕地建房", "XZCL": "新增", "WFZT": "村民王某", "ZGCS": "拆除复耕",
                    "ZGZT": "整改中", "SFLA": 0, "HSZT": "已判定", "SFFNH": 1, "SFLZJF": 1},
}


def fill_figures(wp):
    """What the technician fills: the overlay's figures rounded (TX*), and half the illegal farmland restored."""
    changes = {}
    for row in wp.patches():
        tb, gd = row["TBMJ"] or 0.0, row["GDMJ"] or 0.0
        changes[row["JCBH"]] = {"TXDKMJ": round(tb, 2), "TXGDMJ": round(gd, 2),
                                "TXFGNYMJ": round(max((row["NYDMJ"] or 0.0) - gd, 0.0), 2),
                                "TXJSYDMJ": round(row["JSYDMJ"] or 0.0, 2), "TXWLYDMJ": round(row["WLYDMJ"] or 0.0, 2)}
    return changes


@pytest.fixture(scope="module")
def split_package(qgis_processing, tmp_path_factory):
    """The three patches of test_split_patches, split (one into 2 parts, one into 3), judged, with photos and a
    document on the parts."""
    from test_export import make_jpeg
    from test_overlay import import_lonlat, rect
    from test_split_patches import references
    from wpzf.core.store import attachments
    from wpzf.core.store.workpackage import WorkPackage
    tmp_path = tmp_path_factory.mktemp("拆分 导出")
    lu, _cells, approvals, facility = references(tmp_path)
    shapes = {"partly": rect(0, 0, 100, 60), "two_records": rect(20, 80, 80, 40), "sliver": rect(300, 300, 50, 50)}
    wp_path = import_lonlat(qgis_processing, tmp_path, list(shapes.values()))
    qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp_path, "LANDUSE": lu, "APPROVALS": approvals,
                                         "APPROVAL_FIELD": "PZWH", "FACILITY": facility})
    qgis_processing.run("wpzf:prejudge", {"WORKPACKAGE": wp_path})
    keys = dict(zip(shapes, sorted(WorkPackage(wp_path).jcbh_list())))
    qgis_processing.run("wpzf:split_patches", {"WORKPACKAGE": wp_path})
    wp = WorkPackage(wp_path)
    changes = fill_figures(wp)
    for (shape, n), values in JUDGED.items():
        changes["{}-{}".format(keys[shape], n)].update(values)
    outside = "{}-2".format(keys["partly"])
    changes[outside]["CCFGMJ"] = round(wp.patch(outside)["GDMJ"] / 2, 2)
    wp.update_patches(changes)
    photos, digests = [], {}
    for key in sorted(k for k in wp.jcbh_list() if k.startswith(keys["partly"] + "-")):
        shape = ogr.CreateGeometryFromWkb(wp.patch(key, geometry=True)["_wkb"]).PointOnSurface()
        for k in range(2):
            path = str(tmp_path / "照片" / "{}_{}.jpg".format(key, k))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            digests.setdefault(key, []).append(make_jpeg(path, len(photos) + 1))
            photos.append({"JCBH": key, "PATH": wp.relative_path(path), "SHA256": digests[key][-1],
                           "TAKEN_AT": "2022-02-1{} 10:00:00".format(5 + k), "_x": shape.GetX(), "_y": shape.GetY()})
    wp.write_photos(add=photos)
    document = tmp_path / "情况说明.pdf"
    document.write_bytes(b"%PDF-1.4\n% a statement\n%%EOF\n")
    attachments.add(wp, outside, str(document), "情况说明", title="违法部分情况说明")
    return {"wp": wp_path, "keys": keys, "digests": digests, "folder": tmp_path}


def export(processing, package, name, parts):
    """Exported with the shipped profile "parent", or the default one with "parts" set as given."""
    profile = "parent" if parts == "parent" else str(package["folder"] / (name + ".json"))
    if parts != "parent":
        with open(profile, "w", encoding="utf-8") as fh:
            json.dump(profile_data(name=name, parts=parts), fh, ensure_ascii=False)
    result = processing.run("wpzf:export", {"WORKPACKAGE": package["wp"], "PROFILE": profile, "FORCE": True,
                                            "OUTPUT_FOLDER": str(package["folder"] / ("上报_" + name))})
    return result["PACKAGE"]


def shapefile_rows(folder):
    shp = glob.glob(os.path.join(folder, "矢量数据", "*.shp"))[0]
    ds = gdal.OpenEx(shp, gdal.OF_VECTOR, open_options=["ENCODING=CP936"])  # the provincial GBK shapefile
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    rows = [dict({n: f.GetField(n) for n in names}, _area=f.GetGeometryRef().GetArea()) for f in layer]
    ds = None
    return rows


def sheet_rows(ws):
    """Rows of a 台账 sheet as dicts by the header on row 2."""
    header = [c.value for c in ws[2]]
    return [dict(zip(header, [c.value for c in row])) for row in ws.iter_rows(min_row=3)]


def package_units(wp_path):
    from wpzf.core.store.workpackage import WorkPackage
    return {r["JCBH"]: r for r in WorkPackage(wp_path).patches()}


@pytest.fixture(scope="module")
def as_rows(qgis_processing, split_package):
    return export(qgis_processing, split_package, "rows_test", "rows")


@pytest.fixture(scope="module")
def as_parent(qgis_processing, split_package):
    return export(qgis_processing, split_package, "parent_test", "parent")


def test_rows_mode_writes_each_part_and_the_ledger_shows_the_parents(split_package, as_rows):
    keys, units = split_package["keys"], package_units(split_package["wp"])
    rows = shapefile_rows(as_rows)
    assert len(rows) == 6 and {r["TBZT"] for r in rows} == {"拆分", None}  # 2 + 3 parts and the unsplit patch
    assert sorted(r["ZTBBH"] for r in rows if r["JCBH"] == keys["partly"]) == [keys["partly"] + "-1",
                                                                               keys["partly"] + "-2"]
    wb = load_workbook(os.path.join(as_rows, "图斑台账.xlsx"))
    assert wb.sheetnames[:2] == ["图斑台账", "拆分图斑"]
    split = sheet_rows(wb["拆分图斑"])
    assert [(r["原图斑编号"], r["子图斑编号"], r["行类型"]) for r in split[:3]] == [
        (keys["partly"], None, "原图斑（合计）"), (keys["partly"], keys["partly"] + "-1", "子图斑"),
        (keys["partly"], keys["partly"] + "-2", "子图斑")]
    assert len(split) == (1 + 2) + (1 + 3) and split[0]["说明"] == "2 个子图斑之和"
    parts = [units[keys["partly"] + "-1"], units[keys["partly"] + "-2"]]
    assert split[0]["图斑面积(亩)"] == EP.round_half_up(sum(p["TBMJ"] for p in parts), 2)
    for photo in range(1, 3):  # each part's photos in its own folder
        assert os.path.isfile(os.path.join(as_rows, "举证照片", keys["partly"] + "-1",
                                           "{}-1_{}.jpg".format(keys["partly"], photo)))


def test_parent_mode_writes_one_row_per_split_patch_with_summed_figures(split_package, as_parent):
    from test_overlay import mu
    from test_split_patches import stored_shapes
    keys, units = split_package["keys"], package_units(split_package["wp"])
    rows = {r["JCBH"]: r for r in shapefile_rows(as_parent)}
    assert sorted(rows) == sorted(keys.values())  # one row per issued patch, never a part
    for shape in ("partly", "two_records"):
        row = rows[keys[shape]]
        parts = [u for k, u in units.items() if u["_JCBH"] == keys[shape]]
        assert row["TBZT"] == "被拆分" and row["ZTBBH"] is None and len(parts) == (2 if shape == "partly" else 3)
        for name in ("TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "PZMJ", "TXDKMJ", "TXGDMJ", "TXFGNYMJ", "CCFGMJ", "BBGDMJ"):
            values = [p[name] for p in parts if p[name] is not None]
            expected = EP.round_half_up(sum(values), 2) if values else None  # nothing filled stays empty, not 0
            assert row[name] == pytest.approx(expected, abs=1e-9), (shape, name)
        # and against the patch itself: the parts' areas add up to the parent measured independently
        parent_shape = stored_shapes(split_package["wp"])[keys[shape]]
        assert row["TBMJ"] == pytest.approx(mu(parent_shape), abs=0.01)
        assert row["MJ"] == pytest.approx(units[parts[0]["JCBH"]]["MJ"], abs=0.01)  # issued: the parent's
        assert row["_area"] == pytest.approx(parent_shape.area, rel=1e-9)  # the parent's outline, not a part's
    partly = rows[keys["partly"]]
    assert (partly["PDLX"], partly["PDXL"], partly["XZCL"], partly["ZGZT"]) == ("违法", "乱占耕地建房", "新增", "整改中")
    assert partly["HSZT"] == "已判定" and partly["ZPSL"] == 4
    assert partly["BZ"].startswith("拆分：-1 合法/批文") and "-2 违法/乱占耕地建房" in partly["BZ"]
    illegal = units[keys["partly"] + "-2"]  # the row is 违法 as a whole; the illegal part's own figures beside
    assert (partly["WFYDMJ"], partly["WFGDMJ"]) == (EP.round_half_up(illegal["TBMJ"], 2),
                                                    EP.round_half_up(illegal["GDMJ"], 2))
    assert partly["WFGDMJ"] < partly["GDMJ"]


def test_parent_mode_ledger_photos_and_documents(split_package, as_parent):
    keys = split_package["keys"]
    units = package_units(split_package["wp"])
    wb = load_workbook(os.path.join(as_parent, "图斑台账.xlsx"))
    main = {r["监测编号"]: r for r in sheet_rows(wb["图斑台账"])}
    split = sheet_rows(wb["拆分图斑"])
    partly = [r for r in split if r["原图斑编号"] == keys["partly"]]
    assert [r["子图斑编号"] for r in partly] == [None, keys["partly"] + "-1", keys["partly"] + "-2"]
    # the parent's row in the sheet is the row written, and its parts' rounded figures add up to it within rounding
    assert partly[0]["图斑面积(亩)"] == main[keys["partly"]]["图斑面积(亩)"]
    assert abs(sum(r["图斑面积(亩)"] for r in partly[1:]) - partly[0]["图斑面积(亩)"]) <= 0.01
    assert [r["判定类型"] for r in partly] == ["违法", "合法", "违法"]
    assert [r["举证照片数"] for r in partly] == [4, 2, 2]
    assert partly[2]["拆除复耕耕地面积(亩)"] == pytest.approx(units[keys["partly"] + "-2"]["CCFGMJ"])
    # photos of both parts under the parent's number, part by part, each the file linked
    folder = os.path.join(as_parent, "举证照片", keys["partly"])
    names = sorted(os.listdir(folder))
    assert names == ["{}_{}.jpg".format(keys["partly"], n) for n in range(1, 5)]
    digests = split_package["digests"][keys["partly"] + "-1"] + split_package["digests"][keys["partly"] + "-2"]
    for n, digest in enumerate(digests, 1):
        with open(os.path.join(folder, "{}_{}.jpg".format(keys["partly"], n)), "rb") as fh:
            assert hashlib.sha256(fh.read()).hexdigest() == digest
    assert not os.path.exists(os.path.join(as_parent, "举证照片", keys["partly"] + "-1"))
    documents = os.listdir(os.path.join(as_parent, "附件材料", keys["partly"]))
    assert documents == ["{}-2_1_违法部分情况说明.pdf".format(keys["partly"])]
    with open(os.path.join(as_parent, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    assert (manifest["parts"], manifest["split_patch_count"], manifest["part_count"]) == ("parent", 2, 5)
    assert manifest["patch_count"] == 3


def test_a_military_part_keeps_its_whole_patch_out_of_a_parent_mode_export(qgis_processing, split_package):
    from wpzf.core.store.workpackage import WorkPackage
    keys = split_package["keys"]
    wp = WorkPackage(split_package["wp"])
    military = keys["two_records"] + "-1"
    wp.update_patches({military: {"SFJYD": 1}})
    try:
        rows = shapefile_rows(export(qgis_processing, split_package, "parent_military", "parent"))
        assert sorted(r["JCBH"] for r in rows) == sorted([keys["partly"], keys["sliver"]])
        rows = shapefile_rows(export(qgis_processing, split_package, "rows_military", "rows"))
        assert military not in {r["ZTBBH"] for r in rows} and len(rows) == 5
    finally:
        wp.update_patches({military: {"SFJYD": None}})
