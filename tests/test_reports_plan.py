"""Issue 11 in the periodic documents, through Processing: a ratio next to its verdict or warning line is never
rounded onto the wrong side of it, the county's own rules are labelled 本县规定, townships are ranked by the
county's basis, the letters are chosen by the county's rules, and 增违挂钩 follows 方案四(二).

Expected figures are recomputed here by plain arithmetic from the values below."""
import os

import docx
import openpyxl
import pytest

from wpzf.core.store.workpackage import WorkPackage
from test_judging_algorithms import square

TODAY = "2022-04-10"
A, B, C = ("450199101", "甲镇"), ("450199102", "乙镇"), ("450199103", "丙镇")
DONE = dict(HSZT="已确认")
ILLEGAL = dict(PDLX="违法", PDXL="非农化", XZCL="新增", ZGZT="未整改", **DONE)
LEGAL = dict(PDLX="合法", PDXL="批文", PZWH="示政土批〔2021〕1号", **DONE)
PATCHES = {
    # 甲镇: 149.9993 / 1000 = 14.99993 % — below the line, 150 亩 ≥ 100: not accountable only because of the ratio
    "N1": (A, dict(ILLEGAL, TBMJ=150.0, GDMJ=149.9993)),
    "N2": (A, dict(LEGAL, TBMJ=851.0, GDMJ=850.0007)),
    # 乙镇: (120 − 20 + 10 − 10) / (120 + 200 + 10 − 20) = 100 / 310: accountable
    "M1": (B, dict(ILLEGAL, TBMJ=125.0, GDMJ=120.0, CCFGMJ=20.0, ZGZT="整改中", ZGCS="拆除复耕",
                   SJYSRQ="2022-05-10", ZZQQRRQ="2022-06-20")),
    "M2": (B, dict(LEGAL, TBMJ=210.0, GDMJ=200.0)),
    "M3": (B, dict(ILLEGAL, TBMJ=11.0, GDMJ=10.0, BBGDMJ=10.0, ZGZT="已整改", ZGCS="补办手续")),
    # 丙镇: 0.92 / 1 = 92 %, but 0.92 亩
    "S1": (C, dict(ILLEGAL, TBMJ=1.0, GDMJ=0.92)),
    "S2": (C, dict(LEGAL, TBMJ=1.0, GDMJ=0.08)),
}


def expected():
    """Illegal, base and ratio per township and county after the plan's deductions (by hand, DESIGN.md)."""
    out = {}
    for jcbh, (town, v) in PATCHES.items():
        e = out.setdefault(town[1], {"illegal": 0.0, "base": 0.0})
        cc, bb = v.get("CCFGMJ", 0.0), v.get("BBGDMJ", 0.0)
        e["base"] += v["GDMJ"] - cc
        if v["PDLX"] == "违法":
            e["illegal"] += v["GDMJ"] - cc - bb
    out["全县"] = {"illegal": sum(e["illegal"] for e in out.values()), "base": sum(e["base"] for e in out.values())}
    for e in out.values():
        e["ratio"] = 100.0 * e["illegal"] / e["base"]
    return out


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    folder = tmp_path_factory.mktemp("问责文件")
    path = str(folder / "示范县_2022.gpkg")
    wp = WorkPackage.create(path, "EPSG:4524", county_code="450199", county_name="示范县", year="2022")
    wp.upsert_patches([{"JCBH": j, "XZQDM": "450199", "XMC": "示范县", "PC": "2022-03", "HSX": "2022-02-20",
                        "_wkb": square(i)} for i, j in enumerate(sorted(PATCHES))])
    wp.update_patches({j: dict(v, XZDM=t[0], XZMC=t[1]) for j, (t, v) in PATCHES.items()}, action="test")
    return {"wp": path, "folder": folder}


def paragraphs(path):
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def docx_table(path, title):
    """Rows (cell texts) of the table whose caption is '表N  <title>'."""
    document = docx.Document(path)
    captions = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            if text.startswith("表"):
                captions.append(text.split("  ", 1)[-1])
    index = captions.index(title)
    return [[c.text for c in row.cells] for row in document.tables[index].rows]


def by_name(rows, column):
    header = rows[0]
    return {r[column]: dict(zip(header, r)) for r in rows[1:]}


@pytest.fixture(scope="module")
def bulletin(qgis_processing, package):
    out = str(package["folder"] / "通报")
    return qgis_processing.run("wpzf:bulletin", {"WORKPACKAGE": package["wp"], "PERIOD": "2022-03",
                                                 "OUTPUT_FOLDER": out, "DATE": TODAY})


def test_bulletin_ratio_below_the_line_stays_below_it(bulletin):
    e = expected()
    assert "%.2f" % e["甲镇"]["ratio"] == "15.00" and e["甲镇"]["ratio"] < 15
    ranking = by_name(docx_table(bulletin["DOCX"], "各乡镇违法占用耕地排名"), 1)
    assert ranking["甲镇"]["违法占用耕地比例（%）"] == "14.9999" and ranking["甲镇"]["达到问责条件"] == "否"
    assert ranking["乙镇"]["达到问责条件"] == "是"
    assert float(ranking["乙镇"]["违法占用耕地比例（%）"]) == pytest.approx(e["乙镇"]["ratio"], abs=0.006)
    # the county's figure in the text carries its verdict words
    county = e["全县"]
    assert "违法占用耕地比例%.2f%%（达到 15%%）" % county["ratio"] in paragraphs(bulletin["DOCX"])
    # Excel: the full value, displayed with the digits that agree with 否
    book = openpyxl.load_workbook(bulletin["XLSX"])
    sheet = book["排名"]
    headers = [c.value for c in sheet[1]]
    col = headers.index("违法占用耕地比例(%)") + 1
    cells = {sheet.cell(r, 2).value: sheet.cell(r, col) for r in range(2, sheet.max_row + 1)}
    assert cells["甲镇"].value == pytest.approx(e["甲镇"]["ratio"]) and cells["甲镇"].number_format == "0.0000"
    assert cells["乙镇"].number_format == "0.00"


def test_bulletin_ranks_by_illegal_area_and_says_it_is_the_countys_rule(bulletin):
    e = expected()
    ranking = by_name(docx_table(bulletin["DOCX"], "各乡镇违法占用耕地排名"), 1)
    order = sorted(["甲镇", "乙镇", "丙镇"], key=lambda n: -e[n]["illegal"])
    assert [int(ranking[n]["排名"]) for n in order] == [1, 2, 3]
    assert e["丙镇"]["ratio"] == pytest.approx(92.0)  # the highest ratio, yet ranked last
    text = paragraphs(bulletin["DOCX"])
    assert "按扣减后违法占用耕地面积由大到小排名，相同时依次按违法占用耕地比例（本县规定）" in text
    local = by_name(docx_table(bulletin["DOCX"], "本通报采用的本县规定"), 0)
    assert set(local) == {"乡镇问责面积阈值（亩）", "乡镇排名依据", "通报比例警戒线（%）", "月清后应整改到位的月数", "发函条件"}
    assert all(r["来源"] == "本县规定" for r in local.values())
    assert "本县规定" in openpyxl.load_workbook(bulletin["XLSX"]).sheetnames


def test_bulletin_lists_which_letter_each_township_gets(bulletin):
    letters = by_name(docx_table(bulletin["DOCX"], "触及警戒线的乡镇及拟发函件"), 0)
    # 乙镇 accountable → 监督建议函; 丙镇 92 % over the line → 警示提醒函; 甲镇 below every line → none
    assert letters["乙镇"]["拟发函件"] == "自然资源执法监督建议函"
    assert letters["丙镇"]["拟发函件"] == "警示提醒函"
    assert "甲镇" not in letters
    text = paragraphs(bulletin["DOCX"])
    assert "按本县发函条件（本县规定），拟发自然资源执法监督建议函：乙镇；拟发警示提醒函：丙镇" in text
    assert "达到 15% 警戒线（本县规定）" in letters["丙镇"]["触及警戒线的情形"]
    assert bulletin["WARNINGS"] == 2


def test_half_year_report_ratio_quota_and_county_rules(qgis_processing, package):
    out = str(package["folder"] / "半年")
    result = qgis_processing.run("wpzf:annual_report", {"WORKPACKAGE": package["wp"], "PERIOD": "2022H1",
                                                         "OUTPUT_FOLDER": out, "DATE": "2022-06-30"})
    e = expected()
    acc = by_name(docx_table(result["DOCX"], "问责比例评估"), 1)
    assert acc["甲镇"]["违法占用耕地比例（%）"] == "14.9999" and acc["甲镇"]["是否纳入问责"] == "否"
    assert acc["乙镇"]["是否纳入问责"] == "是"
    text = paragraphs(result["DOCX"])
    assert "乡镇面积阈值100亩（本县规定）" in text and "乙镇（100.00亩，%.2f%%）" % e["乙镇"]["ratio"] in text
    # 增违挂钩 by 6-30: M1's 20 亩 accepted 5-10 and confirmed 6-20 → released; M3's 10 亩 approved without a case
    frozen = 149.9993 + 120.0 + 10.0 + 0.92
    assert "按月冻结补充耕地指标%.2f亩" % frozen in text
    assert "解冻20.00亩" in text and "扣减0.00亩" in text
    assert "已补办待查处 1 个图斑 10.00 亩" in text
    quota = docx_table(result["DOCX"], "增违挂钩补充耕地指标冻结与解冻")
    assert quota[0][-1] == "仍冻结原因"
    assert by_name(docx_table(result["DOCX"], "本报告采用的本县规定"), 0)["乡镇排名依据"]["来源"] == "本县规定"
    book = openpyxl.load_workbook(result["XLSX"])
    assert "本县规定" in book.sheetnames
    sheet = book["问责计算明细"]
    headers = [c.value for c in sheet[1]]
    col = headers.index("违法占用耕地比例(%)") + 1
    formats = {sheet.cell(r, 2).value: sheet.cell(r, col).number_format for r in range(2, sheet.max_row + 1)}
    assert formats["甲镇"] == "0.0000"


def test_half_year_release_needs_the_confirmation_by_the_period_end(qgis_processing, package, tmp_path):
    import shutil
    path = str(tmp_path / "copy.gpkg")
    shutil.copy(package["wp"], path)
    WorkPackage(path).update_patches({"M1": {"ZZQQRRQ": "2022-07-02"}})  # confirmed after 6-30
    result = qgis_processing.run("wpzf:annual_report", {"WORKPACKAGE": path, "PERIOD": "2022H1",
                                                         "OUTPUT_FOLDER": str(tmp_path / "out"), "DATE": "2022-07-05"})
    text = paragraphs(result["DOCX"])
    assert "解冻0.00亩" in text and "市级已验收待自治区确认 1 个图斑 20.00 亩" in text
    result = qgis_processing.run("wpzf:annual_report", {"WORKPACKAGE": path, "PERIOD": "2022",
                                                         "OUTPUT_FOLDER": str(tmp_path / "year"),
                                                         "DATE": "2023-02-20"})
    assert "解冻20.00亩" in paragraphs(result["DOCX"])
