"""Judgments audited against the 2022 plan (issue 11), through the Processing algorithms on a hand-made package.

Each case is a patch written in the plan's terms: a loophole (a judgment that hides farmland from the ratio or
contradicts the plan) must be caught by wpzf:selfcheck, its corrected twin must pass; a false alarm (correct data)
must not block; the pre-judgment must never call a partly approved patch 合法 as a whole.
"""
import os

import pytest
from osgeo import ogr
from shapely.geometry import box

from test_judging_algorithms import square, table_rows
from wpzf.core.store.workpackage import WorkPackage

BASE = dict(XZDM="450199101", XZMC="甲镇", TBMJ=3.0, GDMJ=2.0, NYDMJ=2.5, JSYDMJ=0.5, WLYDMJ=0.0, TBLX="20",
            DLBM="0103", CZCSXM="203", QSX="2021-12-15", HSX="2022-02-20",
            TXDKMJ=3.0, TXGDMJ=2.0, TXFGNYMJ=0.5, TXJSYDMJ=0.5, TXWLYDMJ=0.0)
ILLEGAL = dict(PDLX="违法", PDXL="非农化", SFFNH=1, XZCL="新增", WFZT="张三", ZGCS="拆除复耕", ZGZT="整改中",
               HSZT="已判定")
OTHER = dict(PDLX="其他用地", HSZT="已判定", BABH="备〔2022〕1号")

# JCBH -> (patch values, the rule that must fire or None for a twin that must pass it, that rule)
CASES = {
    # false alarms: correct data must not be blocked
    "F1": (dict(OTHER, PDXL="实地未变化", BZ="实地仍为旱地，影像变化为地膜反光"), None, "C03"),
    "F2": (dict(PDLX="合法", PDXL="批文", PZWH="桂政土批〔2021〕1号", PZMJ=2.97, HSZT="已判定"), None, "C02"),
    # loopholes
    "L1": (dict(OTHER, PDXL="光伏用地"), "C10", None),
    "L1ok": (dict(OTHER, PDXL="光伏用地", GDMJ=0.0, TXGDMJ=0.0, TXFGNYMJ=2.5), None, "C10"),
    "L2": (dict(OTHER, PDXL="设施农业用地", SSNYDMJ=0.0), "C11", None),
    "L2ok": (dict(OTHER, PDXL="设施农业用地", SSNYDMJ=3.0), None, "C11"),
    "L3": (dict(OTHER, PDXL="临时用地", LSYDMJ=3.0, LSYDQX="2022-01-31"), "C11", None),
    "L3ok": (dict(OTHER, PDXL="临时用地", LSYDMJ=3.0, LSYDQX="2023-12-31"), None, "C11"),
    "L4": (dict(ILLEGAL, PDXL="乱占耕地建房", SFLZJF=1, ZDJCSS=1, ZDXMWH="发改〔2021〕1号"), "C12", None),
    "L5": (dict(ILLEGAL, ZDJCSS=1), "C12", None),
    "L5ok": (dict(ILLEGAL, ZDJCSS=1, ZDXMWH="桂发改交通〔2021〕88号"), None, "C12"),
    "L6": (dict(ILLEGAL, ZGCS="立案查处", SFLA=0), "C13", None),
    "L6ok": (dict(ILLEGAL, ZGCS="立案查处", SFLA=1), None, "C13"),
    "L7": (dict(ILLEGAL, ZGCS="立案查处", SFLA=1, ZGZT="已整改"), "C04", None),
    "L8": (dict(ILLEGAL, TXDKMJ=None, TXGDMJ=None, TXFGNYMJ=None, TXJSYDMJ=None, TXWLYDMJ=None), "J50", None),
    "L9": (dict(PDLX="合法", PDXL="采矿许可", CKZH="C4500002010", CKMJ=3.0, HSZT="已判定"), "C14", None),
    "L9ok": (dict(PDLX="合法", PDXL="采矿许可", CKZH="C4500002010", CKMJ=3.0, HSZT="已判定", TBLX="CK"), None,
             "C14"),
    "L10": (dict(ILLEGAL, XZCL="存量"), "J23", None),
    "L10late": (dict(ILLEGAL, XZCL="存量", JSSJ="2022-01-10", JSSJYJ="村委证明"), "J23", None),
    "L10ok": (dict(ILLEGAL, XZCL="存量", JSSJ="2019-05-01", JSSJYJ="2019 年度变更调查影像已有建筑"), None, "J23"),
    "L11": (dict(ILLEGAL, JTHS=1, HSZT="已确认"), "J60", None),
    "L11ok": (dict(ILLEGAL, JTHS=1, HSZT="已确认", HSRQ="2022-03-20", HSJG="维持违法", HSJYBH="纪要〔2022〕3号"),
              None, "J60"),
}


def package(folder, cases):
    path = os.path.join(str(folder), "会审 工作库.gpkg")
    wp = WorkPackage.create(path, "EPSG:4524", county_code="450199", county_name="示范县", year="2022")
    wp.upsert_patches([{"JCBH": j, "PC": "2022-03", "_wkb": square(i)} for i, j in enumerate(sorted(cases))])
    wp.update_patches({j: dict(BASE, **values) for j, (values, _fire, _not) in cases.items()}, action="test")
    return wp


def photo_rows(wp, jcbh, n=3):
    return [{"JCBH": jcbh, "PATH": "照片/{}_{}.jpg".format(jcbh, i), "SHA256": "{:064x}".format(hash((jcbh, i)) & 0xff),
             "AZIMUTH": 120.0 * i, "TAKEN_AT": "2022:03:05 10:00:00", "DIST_M": 3.0, "_x": 36500000.0,
             "_y": 2520000.0} for i in range(n)]


def test_selfcheck_catches_every_loophole_and_no_false_alarm(qgis_processing, tmp_path):
    wp = package(tmp_path, CASES)
    wp.write_photos(add=[row for j in CASES for row in photo_rows(wp, j)])
    result = qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp.path, "TODAY": "2022-03-25",
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    found = {}
    for row in table_rows(result["OUTPUT"]):
        found.setdefault(row["JCBH"], {})[row["GZBH"]] = (row["YZCD"], row["WTMS"])
    for jcbh, (_values, fires, passes) in CASES.items():
        got = found.get(jcbh, {})
        if fires:
            assert fires in got and got[fires][0] == "严重", (jcbh, fires, got)
        if passes:
            assert passes not in got, (jcbh, passes, got[passes])
    assert "临时用地期限至 2022-01-31，已过期" in found["L3"]["C11"][1]
    assert "乱占耕地建房" in found["L4"]["C12"][1] and "立项文号" in found["L5"]["C12"][1]
    assert "不早于前时相" in found["L10late"]["J23"][1]


def test_a_false_detection_on_a_building_needs_proof_not_another_type(qgis_processing, tmp_path):
    cases = {"G1": (dict(OTHER, PDXL="实地未变化"), "C03", None)}
    wp = package(tmp_path, cases)

    def c03():
        out = qgis_processing.run("wpzf:selfcheck", {"WORKPACKAGE": wp.path, "TODAY": "2022-03-25",
                                                     "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        return [r["WTMS"] for r in table_rows(out) if r["GZBH"] == "C03"]

    first = c03()
    assert len(first) == 1 and "照片" in first[0] and "情况说明" in first[0]
    wp.write_photos(add=photo_rows(wp, "G1"))
    assert "照片" not in c03()[0]
    wp.update_patches({"G1": {"BZ": "实地为旱地未变化，影像上的白色为地膜"}})
    assert c03() == []  # TBLX stays 20 as issued: the proof clears it


# ----- pre-judgment on a real overlay ---------------------------------------------------------------------------------
def test_partly_approved_patch_is_split_not_legal_and_a_sliver_is_legal(qgis_processing, tmp_path):
    from test_overlay import X0, Y0, import_lonlat, landuse_grid, mu, rect, write
    gpkg = str(tmp_path / "ref.gpkg")
    lu, _cells = landuse_grid(gpkg, ["0103"], n=4)
    partly, sliver = rect(20, 20, 100, 60), rect(200, 200, 60, 60)
    approvals = write(gpkg, "approvals", [(box(X0 + 20, Y0 + 20, X0 + 80, Y0 + 80), {"PZWH": "批文甲"}),
                                          (box(X0 + 200, Y0 + 200, X0 + 259.5, Y0 + 260), {"PZWH": "批文乙"})],
                      fields=[("PZWH", ogr.OFTString)])
    wp_path = import_lonlat(qgis_processing, tmp_path, [partly, sliver])
    qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp_path, "LANDUSE": lu, "APPROVALS": approvals,
                                         "APPROVAL_FIELD": "PZWH"})
    qgis_processing.run("wpzf:prejudge", {"WORKPACKAGE": wp_path})
    rows = {r["JCBH"]: r for r in WorkPackage(wp_path).patches()}
    first, second = sorted(rows)
    a, b = rows[first], rows[second]
    inside = mu(partly.intersection(box(X0 + 20, Y0 + 20, X0 + 80, Y0 + 80)))
    assert a["PZMJ"] == pytest.approx(inside, abs=0.01) and inside / a["TBMJ"] == pytest.approx(0.6, abs=0.01)
    assert (a["YPPDLX"], a["YPPDXL"]) == ("违法", "乱占耕地建房") and "需拆分" in a["BSBZ"]
    assert "审批范围内 {:.2f} 亩可拆分判定为合法/批文；范围外 {:.2f} 亩".format(a["PZMJ"], a["TBMJ"] - a["PZMJ"]) \
        in a["YPLY"]
    outside = b["TBMJ"] - b["PZMJ"]
    assert 0.01 < outside < 0.05  # 0.5 m × 60 m = 30 m² ≈ 0.045 亩: a digitising sliver
    assert (b["YPPDLX"], b["YPPDXL"]) == ("合法", "批文") and "需拆分" not in (b["BSBZ"] or "")
    assert "不超过拆分容差 0.05 亩（本县规定）" in b["YPLY"]


def test_the_dock_will_not_confirm_a_reviewed_patch_without_its_review_record(qgis_processing, qtbot, tmp_path):
    import sqlite3
    from fake_iface import close_dock, open_dock
    wp = package(tmp_path, {"H1": (dict(ILLEGAL, JTHS=1, HSZT="已判定"), None, None)})
    dock = open_dock(qtbot)
    try:
        assert dock.open_package(wp.path) and dock.current == "H1"
        widgets = dock.editor.widgets
        widgets["HSZT"].setCurrentText("已确认")
        assert dock.save() is False
        assert "还不能确认" in dock.last_message and "会审日期" in dock.last_message
        assert sqlite3.connect(wp.path).execute("SELECT HSZT FROM patches WHERE JCBH='H1'").fetchone() == ("已判定",)
        from test_dock import ime_type
        qtbot.keyClicks(widgets["HSRQ"], "2022-03-20")
        ime_type(widgets["HSJG"], "维持违法判定")
        ime_type(widgets["HSJYBH"], "卫片会审纪要〔2022〕3号")
        assert dock.save() is True
        stored = sqlite3.connect(wp.path).execute("SELECT HSZT, HSRQ, HSJYBH FROM patches WHERE JCBH='H1'").fetchone()
        assert stored == ("已确认", "2022-03-20", "卫片会审纪要〔2022〕3号")
    finally:
        close_dock(dock)
