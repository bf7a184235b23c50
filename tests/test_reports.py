"""The periodic documents through Processing on the sample county, read back with python-docx, openpyxl, pdftoppm.

The package gets deterministic hand-made judgments (see assign()); every expected figure below is recomputed here
from those values with plain arithmetic, independently of rules/reports/ and rules/accountability.py.
"""
import collections
import os
import shutil
import subprocess
import unicodedata

import docx
import openpyxl
import pytest
from osgeo import ogr, osr

from wpzf.core.store.workpackage import WorkPackage

TODAY = "2022-04-10"
ILLEGAL_KINDS = (0, 1, 2, 3, 8)


# ---- the package ------------------------------------------------------------------------------------------------

def assign(i):
    """Judgment values of the i-th patch (by JCBH): ten kinds in turn."""
    k = i % 10
    t = round(2 + (i % 7) * 1.5 + i * 0.01, 2)
    g = round(t * 0.6, 2)
    v = {"TBMJ": t, "GDMJ": g, "YJJBNTMJ": round(g * 0.3, 2) if k in (0, 1, 2) else 0.0}
    if k == 0:
        v.update(PDLX="违法", PDXL="非农化", XZCL="新增", ZGZT="未整改", HSZT="已确认", SFLA=1)
    elif k == 1:
        v.update(PDLX="违法", PDXL="乱占耕地建房", XZCL="新增", CCFGMJ=g, ZGZT="已整改", ZGCS="拆除复耕",
                 HSZT="已确认", ZGRQ="2022-04-20")
    elif k == 2:
        v.update(PDLX="违法", PDXL="非农化", XZCL="新增", BBGDMJ=round(g / 2, 2), ZGZT="整改中", ZGCS="补办手续",
                 HSZT="已填报")
    elif k == 3:
        v.update(PDLX="违法", PDXL="非农化", XZCL="存量", ZGZT="未整改", HSZT="已确认")
    elif k == 4:
        v.update(PDLX="合法", PDXL="批文", PZWH="示政土批〔2021〕%d号" % i, HSZT="已确认")
    elif k == 5:
        v.update(PDLX="其他用地", PDXL="设施农业用地", BABH="设施备%d" % i, HSZT="已判定", YPPDLX="违法",
                 YPPDXL="非农化")
    elif k == 6:
        v.update(PDLX="合法", PDXL="批文", PZWH="示政土批〔2021〕%d号" % i, HSZT="已填报")
    elif k == 7:
        v.update(HSZT="待核查")
    elif k == 8:
        v.update(PDLX="违法", PDXL="农业项目破坏耕地", XZCL="新增", ZGZT="未整改", HSZT="已确认")
    else:
        v.update(PDLX="其他用地", PDXL="农村道路", HSZT="已确认", SFJYD=1)
    v["k"] = k
    return v


def townships_of(reference, wp):
    """XZDM/XZMC of each patch: the reference township containing a point on the patch (OGR, not our code)."""
    ds = ogr.Open(reference)
    layer = ds.GetLayerByName("townships")
    towns = [(f.GetField("XZDM"), f.GetField("XZMC"), f.GetGeometryRef().Clone()) for f in layer]
    srs = layer.GetSpatialRef()
    out = {}
    for p in wp.patches(geometry=True):
        geom = ogr.CreateGeometryFromWkb(p["_wkb"])
        point = geom.PointOnSurface()
        best = min(towns, key=lambda t: (0 if t[2].Contains(point) else 1, t[2].Distance(point)))
        out[p["JCBH"]] = (best[0], best[1])
    return out, [(t[0], t[1]) for t in sorted(towns)], srs


@pytest.fixture(scope="module")
def county(qgis_processing, sample_county, tmp_path_factory):
    folder = tmp_path_factory.mktemp("报告 工作库")
    wp_path = str(folder / "示范县_2022.gpkg")
    for batch in sample_county["batches"]:
        qgis_processing.run("wpzf:import_patches",
                            {"INPUT": batch["path"], "WORKPACKAGE": wp_path, "BATCH": batch["label"]})
    wp = WorkPackage(wp_path)
    places, towns, _srs = townships_of(sample_county["reference"], wp)
    values, changes = {}, {}
    for i, p in enumerate(sorted(wp.patches(fields=["JCBH", "PC"]), key=lambda p: p["JCBH"])):
        v = assign(i)
        v["XZDM"], v["XZMC"] = places[p["JCBH"]]
        changes[p["JCBH"]] = {k: val for k, val in v.items() if k != "k"}
        values[p["JCBH"]] = dict(v, PC=p["PC"], JCBH=p["JCBH"])
    wp.update_patches(changes)
    return {"wp": wp_path, "values": values, "towns": towns, "reference": sample_county["reference"],
            "folder": folder}


# ---- independent expectations -----------------------------------------------------------------------------------

def month_of(pc):
    return tuple(int(x) for x in pc.split("-")[:2])


def clear_due(pc):
    """月清: end of the month after the batch month, as text (yyyy-mm-dd compares as dates do)."""
    y, m = month_of(pc)
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    last = {2: 29 if y % 4 == 0 else 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(m, 31)
    return "%04d-%02d-%02d" % (y, m, last)


def expected_towns(values, last_month, period_months):
    rows = collections.OrderedDict()
    for v in sorted(values.values(), key=lambda v: v["XZDM"]):
        if month_of(v["PC"]) > last_month:
            continue
        r = rows.setdefault(v["XZMC"], collections.Counter())
        k = v["k"]
        r["LJXF"] += 1
        r["BQXF"] += month_of(v["PC"]) in period_months
        r["YPD"] += k != 7
        r["YTB"] += v["HSZT"] in ("已填报", "已确认")
        r["YQR"] += v["HSZT"] == "已确认"
        r["YQS"] += v["HSZT"] != "已确认" and TODAY > clear_due(v["PC"])
        if k in ILLEGAL_KINDS:
            cc, bb = v.get("CCFGMJ", 0.0), v.get("BBGDMJ", 0.0)
            r["WFTBS"] += 1
            r["WFMJ"] += v["TBMJ"]
            r["WFGD"] += v["GDMJ"]
            r["WFJBNT"] += v["YJJBNTMJ"]
            r["CCFG"] += cc
            r["BBSX"] += bb
            r["LAS"] += k == 0
            r["YZG"] += k == 1
            r["WZG"] += k != 1
            r["SYGD"] += v["GDMJ"] - cc - bb
        # accountability: 合法 and 新增 illegal (not 农业项目破坏耕地) in the base, deductions as DESIGN.md says
        if k in (4, 6):
            r["base"] += v["GDMJ"]
        if k in (0, 1, 2):
            r["base"] += v["GDMJ"] - v.get("CCFGMJ", 0.0)
            r["illegal"] += v["GDMJ"] - v.get("CCFGMJ", 0.0) - v.get("BBGDMJ", 0.0)
    for r in rows.values():
        r["WFBL"] = 100.0 * r["illegal"] / r["base"] if r["base"] > 1e-6 else 0.0
    return rows


def total(rows):
    out = collections.Counter()
    for r in rows.values():
        out.update(r)
    out["WFBL"] = 100.0 * out["illegal"] / out["base"] if out["base"] > 1e-6 else 0.0
    return out


# ---- reading documents back ---------------------------------------------------------------------------------------

def docx_tables(path):
    """{caption title: [rows of cell texts]} using the '表N  标题' paragraph before each table."""
    document = docx.Document(path)
    body = document.element.body
    captions, tables, last = {}, {}, None
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            if text.startswith("表"):
                last = text.split("  ", 1)[-1]
        elif tag == "tbl" and last:
            captions[len(captions)] = last
    for i, table in enumerate(document.tables):
        tables[captions[i]] = [[c.text for c in row.cells] for row in table.rows]
    return tables, document


def by_first(rows, column=0):
    header, body = rows[0], rows[1:]
    return header, {r[column]: dict(zip(header, r)) for r in body}


def sheet_rows(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    header, body = rows[0], []
    for r in rows[1:]:
        if all(c is None for c in r):
            break  # the notes under the table follow a blank row
        body.append(dict(zip(header, r)))
    return header, body


def num(text):
    return float(text.replace(",", ""))


def run(processing, alg, params):
    return processing.run("wpzf:" + alg, params)


# ---- bulletin ----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bulletin(qgis_processing, county):
    out = str(county["folder"] / "通报")
    result = run(qgis_processing, "bulletin", {"WORKPACKAGE": county["wp"], "PERIOD": "2022-03",
                                                "OUTPUT_FOLDER": out, "DATE": TODAY})
    result["values"] = county["values"]
    return result, expected_towns(county["values"], (2022, 3), [(2022, 3)])


def county_values(bulletin):
    return bulletin[0]["values"]


def test_bulletin_files(bulletin):
    result, _ = bulletin
    assert os.path.basename(result["DOCX"]) == "卫片执法通报_2022-03.docx"
    assert os.path.exists(result["DOCX"]) and os.path.exists(result["XLSX"])
    charts = result["CHARTS"].split(";")
    assert len(charts) == 2 and all(os.path.getsize(c) > 10000 for c in charts)
    assert not [n for n in os.listdir(os.path.dirname(result["DOCX"])) if n.startswith(".")]  # no temp left


def test_bulletin_docx_progress_and_illegal_tables(bulletin):
    result, expected = bulletin
    tables, document = docx_tables(result["DOCX"])
    _h, progress = by_first(tables["各乡镇图斑核查判定进度"])
    _h, illegal = by_first(tables["各乡镇违法用地及查处整改情况"])
    assert set(progress) - {"全县合计"} == set(expected)
    for name, e in list(expected.items()) + [("全县合计", total(expected))]:
        row = progress[name]
        assert [int(row[h]) for h in ("本期下发", "累计下发", "已判定", "已填报", "已确认", "超月清期限")] == \
            [e["BQXF"], e["LJXF"], e["YPD"], e["YTB"], e["YQR"], e["YQS"]], name
        assert num(row["确认率（%）"]) == pytest.approx(100.0 * e["YQR"] / e["LJXF"], abs=0.006)
        row = illegal[name]
        assert [int(row[h]) for h in ("违法图斑", "立案查处", "已整改", "未整改到位")] == \
            [e["WFTBS"], e["LAS"], e["YZG"], e["WZG"]], name
        for header, key in (("违法用地面积（亩）", "WFMJ"), ("占用耕地（亩）", "WFGD"), ("占用永久基本农田（亩）", "WFJBNT"),
                            ("拆除复耕（亩）", "CCFG"), ("补办手续（亩）", "BBSX"), ("剩余未整改耕地（亩）", "SYGD")):
            assert num(row[header]) == pytest.approx(e[key], abs=0.006), (name, header)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "关于2022年3月全县卫片执法工作进展情况的通报" in text and "示范县卫片办〔2022〕3号" in text
    assert "全县累计下发监测图斑%d个" % total(expected)["LJXF"] in text
    assert len(document.inline_shapes) == 2  # both charts embedded


def test_bulletin_ranking_matches_independent_ratio(bulletin):
    result, expected = bulletin
    tables, _doc = docx_tables(result["DOCX"])
    _h, ranking = by_first(tables["各乡镇违法占用耕地排名"], column=1)
    # 本县规定: ranked by the illegal farmland after deductions, then by the ratio
    ordered = sorted(expected, key=lambda n: (-round(expected[n]["illegal"], 6), -round(expected[n]["WFBL"], 6)))
    for name, e in expected.items():
        row = ranking[name]
        assert num(row["违法占用耕地比例（%）"]) == pytest.approx(e["WFBL"], abs=0.006), name
        assert num(row["扣减后违法占用耕地（亩）"]) == pytest.approx(e["illegal"], abs=0.006)
        assert num(row["扣减后新增建设占用耕地（亩）"]) == pytest.approx(e["base"], abs=0.006)
        better = sum(1 for n in ordered if (round(expected[n]["illegal"], 6), round(expected[n]["WFBL"], 6))
                     > (round(e["illegal"], 6), round(e["WFBL"], 6)))
        assert int(row["排名"]) == better + 1, name
        assert row["达到问责条件"] == ("是" if e["illegal"] >= 100 and e["WFBL"] >= 15 else "否")
    assert num(ranking["全县合计"]["违法占用耕地比例（%）"]) == pytest.approx(total(expected)["WFBL"], abs=0.006)


def test_bulletin_xlsx_equals_docx_figures(bulletin):
    result, expected = bulletin
    header, rows = sheet_rows(result["XLSX"], "违法与整改")
    assert header[:3] == ("乡镇", "违法图斑", "违法用地面积(亩)")
    got = {r["乡镇"]: r for r in rows}
    for name, e in list(expected.items()) + [("全县合计", total(expected))]:
        assert got[name]["违法图斑"] == e["WFTBS"]
        assert got[name]["占用耕地(亩)"] == pytest.approx(e["WFGD"], abs=1e-6)
        assert got[name]["剩余未整改耕地(亩)"] == pytest.approx(e["SYGD"], abs=1e-6)
    _h, ranking = sheet_rows(result["XLSX"], "排名")
    ratios = {r["乡镇"]: r["违法占用耕地比例(%)"] for r in ranking}
    for name, e in expected.items():
        assert ratios[name] == pytest.approx(e["WFBL"], abs=1e-6)
    _h, trend = sheet_rows(result["XLSX"], "比例趋势")
    assert [r["截至月份"] for r in trend] == ["2022-01", "2022-02", "2022-03"]
    assert trend[-1]["违法占用耕地比例(%)"] == pytest.approx(total(expected)["WFBL"], abs=1e-6)


def test_bulletin_warning_list(bulletin):
    result, expected = bulletin
    tables, _doc = docx_tables(result["DOCX"])
    warned = {n for n, e in expected.items() if e["YQS"] or (e["base"] > 0 and e["WFBL"] >= 15)}
    assert warned, "the sample data should cross a warning line somewhere"
    _h, rows = by_first(tables["触及警戒线的乡镇及拟发函件"])
    assert set(rows) == warned
    assert result["WARNINGS"] == len(warned)
    # 本县规定: accountable townships, and those over the 15 % line this period and the last, get the 监督建议函
    # (no illegal patch is yet 3 months past its 月清 on 2022-04-10); the others the 警示提醒函
    before = expected_towns(county_values(bulletin), (2022, 2), [(2022, 2)])
    for name in warned:
        e, b = expected[name], before.get(name, {"base": 0, "WFBL": 0})
        over = e["base"] > 0 and e["WFBL"] >= 15
        heavy = (e["illegal"] >= 100 and over) or (over and b["base"] > 0 and b["WFBL"] >= 15)
        assert rows[name]["拟发函件"] == ("自然资源执法监督建议函" if heavy else "警示提醒函"), name


def test_bulletin_refuses_year_period_and_writes_nothing(qgis_processing, county):
    from qgis.core import QgsProcessingException
    out = str(county["folder"] / "错误")
    with pytest.raises(QgsProcessingException) as err:
        run(qgis_processing, "bulletin", {"WORKPACKAGE": county["wp"], "PERIOD": "2022", "OUTPUT_FOLDER": out})
    assert "2022-03" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        run(qgis_processing, "bulletin", {"WORKPACKAGE": county["wp"], "PERIOD": "2022-13", "OUTPUT_FOLDER": out})
    assert "1–12" in str(err.value)
    assert not os.path.exists(out) or os.listdir(out) == []


def test_bad_batch_label_names_the_patch_and_nothing_is_written(qgis_processing, county, tmp_path):
    wp_path = str(tmp_path / "bad.gpkg")
    shutil.copy(county["wp"], wp_path)
    victim = sorted(county["values"])[3]
    WorkPackage(wp_path).update_patches({victim: {"PC": "第三批"}})
    out = str(tmp_path / "out")
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as err:
        run(qgis_processing, "bulletin", {"WORKPACKAGE": wp_path, "PERIOD": "2022-03", "OUTPUT_FOLDER": out,
                                          "DATE": TODAY})
    assert victim in str(err.value) and "第三批" in str(err.value)
    assert not os.path.exists(out) or os.listdir(out) == []


# ---- quarterly review ------------------------------------------------------------------------------------------

def test_quarterly_review(qgis_processing, county):
    out = str(county["folder"] / "季度小结")
    result = run(qgis_processing, "quarterly_review", {"WORKPACKAGE": county["wp"], "PERIOD": "2022Q1",
                                                        "OUTPUT_FOLDER": out, "DATE": TODAY})
    values = county["values"]
    tables, document = docx_tables(result["DOCX"])
    _h, differ = by_first(tables["预判与最终判定不一致的图斑"])
    assert set(differ) == {j for j, v in values.items() if v["k"] == 5}
    assert all(r["预判结果"] == "违法/非农化" and r["最终判定"] == "其他用地/设施农业用地" for r in differ.values())
    assert all(r["改判依据"].startswith("备案/批准编号 设施备") for r in differ.values())
    _h, rect = by_first(tables["整改真实性存疑的图斑"])
    assert set(rect) == {j for j, v in values.items() if v["k"] == 1}  # rectified, no photo after 2022-04-20
    _h, towns = by_first(tables["各乡镇季度审核情况"])
    expected = collections.defaultdict(collections.Counter)
    for v in values.values():
        expected[v["XZMC"]]["LJXF"] += 1
        expected[v["XZMC"]]["YPD"] += v["k"] != 7
        expected[v["XZMC"]]["BYZ"] += v["k"] == 5
    for name, e in expected.items():
        assert (int(towns[name]["累计下发"]), int(towns[name]["已判定"]), int(towns[name]["预判不一致"])) == \
            (e["LJXF"], e["YPD"], e["BYZ"])
    text = "\n".join(p.text for p in document.paragraphs)
    judged = sum(1 for v in values.values() if v["k"] != 7)
    assert "季度小结" in text and "已判定%d个" % judged in text
    assert len(document.inline_shapes) == 1
    _h, problems = sheet_rows(result["XLSX"], "问题清单")
    assert len(problems) == result["PROBLEMS"] > 0


def test_quarterly_review_needs_a_quarter(qgis_processing, county):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as err:
        run(qgis_processing, "quarterly_review", {"WORKPACKAGE": county["wp"], "PERIOD": "2022-03",
                                                  "OUTPUT_FOLDER": str(county["folder"] / "q")})
    assert "2022Q1" in str(err.value)


# ---- half-year / annual -----------------------------------------------------------------------------------------

def test_half_year_report(qgis_processing, county):
    out = str(county["folder"] / "半年")
    result = run(qgis_processing, "annual_report", {"WORKPACKAGE": county["wp"], "PERIOD": "2022H1",
                                                     "OUTPUT_FOLDER": out, "DATE": "2022-06-25"})
    values = county["values"]
    tables, document = docx_tables(result["DOCX"])
    rows = tables["图斑判定情况（按类型和子类）"]
    got = {(r[0], r[1]): int(r[2]) for r in rows[1:]}
    expected = collections.Counter((v.get("PDLX", "（未判定）"), v.get("PDXL", "—")) for v in values.values())
    for key, count in expected.items():
        assert got[key] == count, key
    assert got[("合计", "")] == len(values)
    e = expected_towns(values, (2022, 6), [])
    county_e = total(e)
    assert result["RATIO"] == pytest.approx(county_e["WFBL"], abs=1e-6)
    assert result["ACCOUNTABLE"] == (1 if county_e["illegal"] >= 100 and county_e["WFBL"] >= 15 else 0)
    _h, acc = by_first(tables["问责比例评估"], column=1)
    for name, t in e.items():
        assert num(acc[name]["违法占用耕地比例（%）"]) == pytest.approx(t["WFBL"], abs=0.006)
    # 增违挂钩: frozen = new illegal farmland for construction (kinds 0, 1, 2). Nothing is released (no city
    # acceptance or region confirmation dates) and nothing deducted (kind 2's approvals have no case, SFLA)
    _h, quota = sheet_rows(result["XLSX"], "增违挂钩")
    last = quota[-1]
    new = [v for v in values.values() if v["k"] in (0, 1, 2)]
    assert last["冻结指标(亩)"] == pytest.approx(sum(v["GDMJ"] for v in new), abs=1e-6)
    assert last["解冻指标(亩)"] == 0 and last["扣减指标(亩)"] == 0
    assert last["仍冻结：拆除复耕待市级验收(亩)"] == pytest.approx(sum(v.get("CCFGMJ", 0) for v in new), abs=1e-6)
    assert last["仍冻结：已补办待查处(亩)"] == pytest.approx(sum(v.get("BBGDMJ", 0) for v in new), abs=1e-6)
    assert last["仍冻结：已补办待查处图斑数"] == sum(1 for v in new if v.get("BBGDMJ"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "示范县2022年上半年卫片执法工作报告" in text
    assert len(document.inline_shapes) == 2
    wb = openpyxl.load_workbook(result["XLSX"])
    assert {"批次下发", "判定分类", "违法用地", "查处整改", "问责计算明细", "增违挂钩", "说明"} <= set(wb.sheetnames)


# ---- 军用土地登记表 ----------------------------------------------------------------------------------------------

def test_military_register(qgis_processing, county):
    out = str(county["folder"] / "军用")
    result = run(qgis_processing, "military_register", {"WORKPACKAGE": county["wp"], "OUTPUT_FOLDER": out})
    flagged = sorted(j for j, v in county["values"].items() if v["k"] == 9)
    assert result["COUNT"] == len(flagged) > 0
    assert os.path.basename(result["XLSX"]) == "军用土地登记表_全部.xlsx"
    _h, rows = sheet_rows(result["XLSX"], "军用土地登记表")
    body = [r for r in rows if r["序号"] is not None]
    assert [r["监测编号"] for r in body] == flagged
    # centre point: the patch's point on surface in CGCS2000, computed here with OGR
    wp = WorkPackage(county["wp"])
    target = osr.SpatialReference()
    target.ImportFromEPSG(4490)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    for r in body:
        p = wp.patch(r["监测编号"], geometry=True)
        geom = ogr.CreateGeometryFromWkb(p["_wkb"])
        source = osr.SpatialReference()
        source.SetFromUserInput(wp.crs)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        geom.AssignSpatialReference(source)
        geom.TransformTo(target)
        assert geom.Contains(ogr.CreateGeometryFromWkt("POINT (%s %s)" % (r["中心点经度(°)"], r["中心点纬度(°)"])))
        assert r["图斑面积(亩)"] == pytest.approx(county["values"][r["监测编号"]]["TBMJ"])


# ---- 挂图作战 ----------------------------------------------------------------------------------------------------

def test_battle_map_atlas(qgis_processing, county):
    from qgis.core import QgsVectorLayer
    towns = QgsVectorLayer(county["reference"] + "|layername=townships", "乡镇界", "ogr")
    assert towns.isValid()
    pdf = str(county["folder"] / "挂图作战.pdf")
    result = run(qgis_processing, "battle_map", {"WORKPACKAGE": county["wp"], "TOWNSHIPS": towns, "DATE": TODAY,
                                                  "OUTPUT": pdf})
    assert result["PAGES"] == len(county["towns"])
    png = str(county["folder"] / "atlas")
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", pdf, png], check=True)
    from PIL import Image
    image = Image.open(png + "-1.png").convert("RGB")
    pixels = list(image.getdata())
    coloured = sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60)
    dark = sum(1 for r, g, b in pixels if r + g + b < 200)
    assert coloured > 50 and dark > 500  # patches in state colours, text and lines
    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    assert printed("挂图作战", text) and printed("图斑状态（个）", text)
    for _code, name in county["towns"]:
        assert printed("挂图作战图 · " + name, text)
    # the due table: patches past 月清 on the date appear with their number
    late = [j for j, v in county["values"].items() if v["HSZT"] != "已确认" and TODAY > clear_due(v["PC"])]
    assert late and all(j in text for j in late[:5])


def printed(words, pdf_text):
    """Whether `words` appear in text extracted from our PDF, compared as the glyphs the CJK font draws: Qt's PDF
    writer names a glyph shared by a radical and an ideograph (⻰/龙, ⽚/片) by the lower code point, which NFKC
    does not always undo."""
    from qgis.PyQt.QtGui import QFont, QRawFont
    font = QRawFont.fromFont(QFont("Noto Sans CJK SC"))

    def glyphs(s):
        s = unicodedata.normalize("NFKC", "".join(s.split()))
        return tuple(font.glyphIndexesForString(s))

    want, have = glyphs(words), glyphs(pdf_text)
    return any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


def test_quarter_bulletin_counts_the_whole_quarter(qgis_processing, county):
    out = str(county["folder"] / "季度通报")
    result = run(qgis_processing, "bulletin", {"WORKPACKAGE": county["wp"], "PERIOD": "2022Q1",
                                                "OUTPUT_FOLDER": out, "DATE": TODAY})
    tables, document = docx_tables(result["DOCX"])
    _h, progress = by_first(tables["各乡镇图斑核查判定进度"])
    quarter = [(2022, 1), (2022, 2), (2022, 3)]
    expected = expected_towns(county["values"], (2022, 3), quarter)
    for name, e in expected.items():
        assert int(progress[name]["本期下发"]) == e["BQXF"] == e["LJXF"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "关于2022年第一季度全县卫片执法工作进展情况的通报" in text
    _h, ranking = by_first(tables["各乡镇违法占用耕地排名"], column=1)
    assert all(r["上期排名"] == "—" for r in ranking.values())  # the first quarter has no previous period
