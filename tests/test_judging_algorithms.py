"""wpzf:prejudge, wpzf:selfcheck, wpzf:accountability through processing.run, on a small hand-made work package."""
import os
import sqlite3

import pytest
from openpyxl import load_workbook
from osgeo import ogr
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from wpzf.core.store.workpackage import WorkPackage

TOWN_A, TOWN_B = ("450199101", "甲镇"), ("450199102", "乙镇")


def square(i, size=40.0):
    x0, y0 = 36500000.0 + 100 * i, 2520000.0
    ring = ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        x0, y0, x0 + size, y0 + size))
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    multi.AddGeometry(ring)
    return bytes(multi.ExportToIsoWkb())


# JCBH -> (township, overlay values, judgment values)
PATCHES = {
    "P01": (TOWN_A, dict(TBMJ=120.0, GDMJ=110.0, PZMJ=0.0, TBLX="20", DLBM="0103", CZCSXM="203"),
            dict(PDLX="违法", PDXL="乱占耕地建房", XZCL="新增", WFZT="张三", ZGCS="拆除复耕", ZGZT="整改中",
                 CCFGMJ=10.0)),
    "P02": (TOWN_A, dict(TBMJ=300.0, GDMJ=290.0, PZMJ=300.0, PZWH="桂政土批〔2021〕1号", TBLX="20", DLBM="0103"),
            dict(PDLX="合法", PDXL="批文")),
    "P03": (TOWN_B, dict(TBMJ=30.0, GDMJ=20.0, TBLX="YH", DLBM="0102", CZCSXM="201"),
            dict(PDLX="违法", PDXL="非农化", XZCL="新增", WFZT="某公司", ZGCS="补办手续", ZGZT="已整改",
                 BBGDMJ=20.0)),
    "P04": (TOWN_B, dict(TBMJ=50.0, GDMJ=40.0, TBLX="20", DLBM="0101"),
            dict(PDLX="违法", PDXL="非农化", XZCL="存量", WFZT="李四", ZGCS="立案查处", ZGZT="未整改")),
    "P05": (TOWN_B, dict(TBMJ=10.0, GDMJ=0.0, TBLX="ND", DLBM="1006"), dict(PDLX="其他用地", PDXL="农村道路")),
    "P06": (TOWN_B, dict(TBMJ=5.0, GDMJ=4.0, TBLX="20", DLBM="0103", CZCSXM="203"), dict()),
}


def make_package(folder, judged=True):
    path = os.path.join(str(folder), "示范县 2022.gpkg")
    wp = WorkPackage.create(path, "EPSG:4524", county_code="450199", county_name="示范县", year="2022")
    records = []
    for i, jcbh in enumerate(sorted(PATCHES)):
        records.append({"JCBH": jcbh, "XZQDM": "450199", "XMC": "示范县", "PC": "2022-03", "HSX": "2022-02-20",
                        "_wkb": square(i)})
    wp.upsert_patches(records)
    changes = {}
    for jcbh, ((code, name), overlay, judgment) in PATCHES.items():
        changes[jcbh] = dict(overlay, XZDM=code, XZMC=name, **(judgment if judged else {}))
    wp.update_patches(changes, action="test")
    return wp


def table_rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


# ----- prejudge ------------------------------------------------------------------------------------------------------
def test_prejudge_writes_suggestions_and_keeps_judgments(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    before = {p["JCBH"]: p["PDLX"] for p in wp.patches()}
    result = qgis_processing.run("wpzf:prejudge", {"WORKPACKAGE": wp.path})
    after = {p["JCBH"]: p for p in wp.patches()}
    assert {j: p["PDLX"] for j, p in after.items()} == before
    assert (after["P01"]["YPPDLX"], after["P01"]["YPPDXL"]) == ("违法", "乱占耕地建房")
    assert "耕地≥50亩需领导小组实地核查" in after["P01"]["BSBZ"] and "非农化" in after["P01"]["BSBZ"]
    assert (after["P02"]["YPPDLX"], after["P02"]["YPPDXL"]) == ("合法", "批文")
    assert "桂政土批〔2021〕1号" in after["P02"]["YPLY"]
    assert after["P05"]["YPPDXL"] == "农村道路"
    assert result["LEGAL"] == 1 and result["ILLEGAL"] == 4 and result["OTHER"] == 1
    history = [h for h in wp.history() if h["ACTION"] == "prejudge"]
    assert {h["FIELD"] for h in history} == {"YPPDLX", "YPPDXL", "YPLY", "BSBZ"}


def test_prejudge_bad_value_writes_nothing(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    # a farmland area larger than the patch cannot come from the overlay; the package must stay as it was
    wp.update_patches({"P04": {"GDMJ": 80.0}})
    before = sqlite3.connect(wp.path).execute("SELECT JCBH, YPPDLX FROM patches ORDER BY JCBH").fetchall()
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:prejudge", {"WORKPACKAGE": wp.path})
    assert "P04" in str(err.value) and "GDMJ" in str(err.value)
    after = sqlite3.connect(wp.path).execute("SELECT JCBH, YPPDLX FROM patches ORDER BY JCBH").fetchall()
    assert after == before and all(v is None for _j, v in after)


def test_prejudge_on_a_layer_outputs_a_copy(qgis_processing):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4524", "p", "memory")
    layer.dataProvider().addAttributes([QgsField("JCBH", QVariant.String), QgsField("TBMJ", QVariant.Double),
                                        QgsField("GDMJ", QVariant.Double), QgsField("TBLX", QVariant.String),
                                        QgsField("LSYDMJ", QVariant.Double)])
    layer.updateFields()
    for jcbh, gd, ls in (("L1", 2.0, None), ("L2", 0.0, 3.0)):
        f = QgsFeature(layer.fields())
        f.setAttributes([jcbh, 3.0, gd, "20", ls])
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 1,0 0))"))
        layer.dataProvider().addFeature(f)
    out = qgis_processing.run("wpzf:prejudge", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    rows = {r["JCBH"]: r for r in table_rows(out)}
    assert rows["L1"]["YPPDLX"] == "违法" and rows["L2"]["YPPDXL"] == "临时用地"
    assert out.featureCount() == 2 and rows["L1"]["TBMJ"] == 3.0


def test_prejudge_needs_exactly_one_source(qgis_processing, tmp_path):
    with pytest.raises(QgsProcessingException):
        qgis_processing.run("wpzf:prejudge", {})


# ----- selfcheck -----------------------------------------------------------------------------------------------------
def test_selfcheck_problem_table_and_workbook(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    xlsx = str(tmp_path / "问题清单.xlsx")
    result = qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp.path, "TODAY": "2022-05-20",
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_XLSX": xlsx})
    rows = table_rows(result["OUTPUT"])
    found = {(r["JCBH"], r["GZBH"]) for r in rows}
    assert ("P06", "J01") in found            # not judged
    assert ("P03", "C04") not in found        # 已整改 with its 20 亩 approved: nothing remains
    assert ("P01", "E01") in found            # no photos in this package
    assert ("P01", "D01") in found            # batch 2022-03: 月清 due 2022-04-30, not confirmed
    assert ("P02", "J11") not in found and ("P02", "C01") not in found
    assert ("P05", "J30") not in found        # a rural road needs no record number
    assert all(r["XZMC"] in ("甲镇", "乙镇", "全县") for r in rows)
    assert result["SEVERE"] == sum(1 for r in rows if r["YZCD"] == "严重")
    book = load_workbook(xlsx)
    assert book.sheetnames == ["问题清单", "按规则汇总", "按乡镇汇总"]
    sheet = book["问题清单"]
    assert sheet.freeze_panes == "A2" and sheet.cell(1, 1).value == "监测编号"
    assert sheet.max_row >= len(rows) + 1
    per_rule = {r[0].value: r[3].value for r in book["按规则汇总"].iter_rows(min_row=2)}
    assert per_rule["E01"] == sum(1 for r in rows if r["GZBH"] == "E01")


def test_selfcheck_on_a_layer_without_photos_skips_evidence(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    layer = wp.patches_layer()
    out = qgis_processing.run("wpzf:selfcheck", {"INPUT": layer, "TODAY": "2022-04-01",
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    rules = {r["GZBH"] for r in table_rows(out)}
    assert not any(r.startswith("E") for r in rules) and "J01" in rules


def test_selfcheck_rejects_an_unreadable_date(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp.path, "TODAY": "下周",
                                               "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "下周" in str(err.value)


# ----- accountability ------------------------------------------------------------------------------------------------
def expected_county():
    """Independent arithmetic over PATCHES: 存量 P04 and 其他用地 P05 out, unjudged P06 out."""
    illegal = 110.0 + 20.0            # P01, P03
    base = illegal + 290.0            # + legal P02
    illegal -= 10.0 + 20.0            # P01 demolished (both), P03 approved (numerator only)
    base -= 10.0
    return illegal, base


def test_accountability_table_and_workbook(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    xlsx = str(tmp_path / "out" / "问责比例.xlsx")
    result = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "YEAR": 2022,
                                                         "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_XLSX": xlsx})
    rows = {r["DWDM"]: r for r in table_rows(result["OUTPUT"])}
    assert set(rows) == {"450199101", "450199102", "450199"}
    illegal, base = expected_county()
    county = rows["450199"]
    assert county["WFGDMJ"] == pytest.approx(illegal) and county["XZGDMJ"] == pytest.approx(base)
    assert county["WFBL"] == pytest.approx(100 * illegal / base)
    assert result["RATIO"] == pytest.approx(100 * illegal / base)
    town_a = rows["450199101"]
    # 甲镇: illegal 110-10 = 100 亩 (exactly the threshold), base 400-10 = 390 → 25.6 %: accountable
    assert town_a["WFGDMJ"] == pytest.approx(100.0) and town_a["SFWZ"] == 1 and town_a["PM"] == 1
    assert rows["450199102"]["CLWFMJ"] == pytest.approx(40.0) and rows["450199102"]["KJBBMJ"] == pytest.approx(20.0)
    book = load_workbook(xlsx)
    assert book.sheetnames == ["乡镇排名", "扣减明细", "模拟整改", "增违挂钩", "增违挂钩按月", "本县规定"]
    rank = book["乡镇排名"]
    headers = [c.value for c in rank[1]]
    assert "违法占用耕地(扣减后)(亩)" in headers and "违法占用耕地比例(%)" in headers
    assert rank.freeze_panes == "A2"
    col = headers.index("违法占用耕地(扣减后)(亩)") + 1
    assert rank.cell(2, col).number_format == "#,##0.00"
    assert rank.cell(2, 2).value == "甲镇"  # ranked first
    whatif = book["模拟整改"]
    assert [c.value for c in whatif[1]][-1] == "比例降至阈值以下需补办手续(亩)"


def test_accountability_county_threshold_edge(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    # county: illegal 100 亩 exactly; base 390 + 20 (P03's farmland stays in base) = 410 → 24.4 %
    illegal, base = expected_county()
    assert illegal == pytest.approx(100.0)
    out = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "OUTPUT": "TEMPORARY_OUTPUT"})
    county = [r for r in table_rows(out["OUTPUT"]) if r["DWDM"] == "450199"][0]
    assert county["SFWZ"] == 1 and out["ACCOUNTABLE"] == 1


def test_accountability_month_range_outside_batches_is_empty(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    out = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "MONTH_FROM": 4, "MONTH_TO": 6,
                                                      "OUTPUT": "TEMPORARY_OUTPUT"})
    assert out["OUTPUT"].featureCount() == 0


@pytest.mark.parametrize("change,words", [({"PDLX": "非法"}, "PDLX"), ({"CCFGMJ": -3.0}, "CCFGMJ"),
                                          ({"BBGDMJ": 500.0}, "BBGDMJ")])
def test_accountability_bad_input_writes_nothing(qgis_processing, tmp_path, change, words):
    wp = make_package(tmp_path)
    wp.update_patches({"P03": change})
    xlsx = str(tmp_path / "never.xlsx")
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "OUTPUT_XLSX": xlsx})
    assert "P03" in str(err.value) and words in str(err.value)
    assert not os.path.exists(xlsx)


def test_accountability_missing_policy_year(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "YEAR": 2031,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "2031" in str(err.value) and "2022" in str(err.value)


# ----- accountability: ratio beside its verdict, 增违挂钩 steps, county rules (issue 11) ----------------------------
class Messages:
    """A feedback that keeps what the algorithm said."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(inner):
                super().__init__()
                inner.lines = []

            def pushInfo(inner, text):
                inner.lines.append(text)
                super().pushInfo(text)

        self.feedback = _Feedback()

    @property
    def text(self):
        return "\n".join(self.feedback.lines)


def custom_package(folder, patches, name="示范县 定制.gpkg"):
    """patches: {JCBH: (township, values)} on squares of 40 m."""
    path = os.path.join(str(folder), name)
    wp = WorkPackage.create(path, "EPSG:4524", county_code="450199", county_name="示范县", year="2022")
    wp.upsert_patches([{"JCBH": j, "XZQDM": "450199", "XMC": "示范县", "PC": "2022-03", "HSX": "2022-02-20",
                        "_wkb": square(i)} for i, j in enumerate(sorted(patches))])
    wp.update_patches({j: dict(v, XZDM=t[0], XZMC=t[1]) for j, (t, v) in patches.items()}, action="test")
    return wp


def test_accountability_ratio_just_below_the_line_is_printed_below_it(qgis_processing, tmp_path):
    # 149.9993 / (149.9993 + 850.0007) = 14.99993 %: under the 15 % line, whatever two decimals would say
    wp = custom_package(tmp_path, {
        "N1": (TOWN_A, dict(TBMJ=150.0, GDMJ=149.9993, PDLX="违法", PDXL="非农化", XZCL="新增")),
        "N2": (TOWN_A, dict(TBMJ=851.0, GDMJ=850.0007, PDLX="合法", PDXL="批文")),
    })
    ratio = 100 * 149.9993 / 1000.0
    assert 14.9999 < ratio < 15.0 and "%.2f" % ratio == "15.00"
    xlsx = str(tmp_path / "问责比例.xlsx")
    log = Messages()
    result = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                         "OUTPUT_XLSX": xlsx}, feedback=log.feedback)
    assert result["ACCOUNTABLE"] == 0 and result["RATIO"] == pytest.approx(ratio)
    assert "= 14.9999%（低于 15%），未纳入问责" in log.text and "15.00%" not in log.text
    sheet = load_workbook(xlsx)["乡镇排名"]
    headers = [c.value for c in sheet[1]]
    col, verdict = headers.index("违法占用耕地比例(%)") + 1, headers.index("是否纳入问责(1=是)") + 1
    for row in range(2, 4):
        assert sheet.cell(row, col).value == pytest.approx(ratio)
        assert sheet.cell(row, col).number_format == "0.0000"  # Excel shows 14.9999, not 15.00
        assert sheet.cell(row, verdict).value == 0


def test_accountability_quota_follows_the_plans_steps(qgis_processing, tmp_path):
    wp = make_package(tmp_path)
    # P01: 10 亩 demolished, accepted by the city 2022-05-10, confirmed by the region 2022-06-20; P03: 20 亩 approved
    # without a case (SFLA empty) → still frozen
    wp.update_patches({"P01": {"SJYSRQ": "2022-05-10", "ZZQQRRQ": "2022-06-20"}})
    xlsx = str(tmp_path / "挂钩.xlsx")
    out = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                      "OUTPUT_XLSX": xlsx})
    county = [r for r in table_rows(out["OUTPUT"]) if r["DWDM"] == "450199"][0]
    frozen = 110.0 + 20.0  # new illegal farmland of P01 and P03 (P04 is 存量)
    assert county["DJZB"] == pytest.approx(frozen) and county["JDZB"] == pytest.approx(10.0)
    assert county["KJZB"] == 0 and county["DJDCC"] == pytest.approx(20.0) and county["TSDCC"] == 1
    assert county["SYDJ"] == pytest.approx(frozen - 10.0)
    assert "已补办待查处 1 个图斑 20.00 亩" in county["DJYY"]
    _h, *body = list(load_workbook(xlsx)["增违挂钩按月"].iter_rows(values_only=True))
    assert body[0][_h.index("仍冻结原因")] == county["DJYY"]
    # a cut-off before the region's confirmation: nothing released; P03 filed (SFLA=1): deducted
    wp.update_patches({"P03": {"SFLA": 1}})
    out = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                      "DATE": "2022-06-19"})
    county = [r for r in table_rows(out["OUTPUT"]) if r["DWDM"] == "450199"][0]
    assert county["JDZB"] == 0 and county["DJDQR"] == pytest.approx(10.0) and county["KJZB"] == pytest.approx(20.0)
    # the ratio itself is the plan's: the demolished 10 亩 is deducted whatever the quota steps
    illegal, base = expected_county()
    assert county["WFGDMJ"] == pytest.approx(illegal) and county["XZGDMJ"] == pytest.approx(base)


def test_accountability_ranks_by_area_and_labels_the_county_rules(qgis_processing, tmp_path):
    wp = custom_package(tmp_path, {
        "S1": (TOWN_B, dict(TBMJ=1.0, GDMJ=0.92, PDLX="违法", PDXL="非农化", XZCL="新增")),
        "S2": (TOWN_B, dict(TBMJ=1.0, GDMJ=0.08, PDLX="合法", PDXL="批文")),
        "S3": (TOWN_A, dict(TBMJ=60.0, GDMJ=50.0, PDLX="违法", PDXL="非农化", XZCL="新增")),
        "S4": (TOWN_A, dict(TBMJ=460.0, GDMJ=450.0, PDLX="合法", PDXL="批文")),
    })
    xlsx = str(tmp_path / "排名.xlsx")
    out = qgis_processing.run("wpzf:accountability", {"WORKPACKAGE": wp.path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                      "OUTPUT_XLSX": xlsx})
    rows = {r["DWDM"]: r for r in table_rows(out["OUTPUT"])}
    assert rows[TOWN_B[0]]["WFBL"] == pytest.approx(92.0) and rows[TOWN_B[0]]["PM"] == 2
    assert rows[TOWN_A[0]]["PM"] == 1 and rows[TOWN_A[0]]["MJYZ"] == 100
    book = load_workbook(xlsx)
    notes = [r[0] for r in book["乡镇排名"].iter_rows(values_only=True) if r[0] and "本县规定" in str(r[0])]
    assert any("乡镇面积阈值 100 亩" in n for n in notes) and any("乡镇排名" in n for n in notes)
    local = list(book["本县规定"].iter_rows(values_only=True))
    local = local[:local.index((None, None, None, None))]  # the note follows a blank row
    assert local[0] == ("项目", "取值", "来源", "说明")
    assert {r[0] for r in local[1:]} == {"乡镇问责面积阈值（亩）", "乡镇排名依据"}
    assert all(r[2] == "本县规定" for r in local[1:])
