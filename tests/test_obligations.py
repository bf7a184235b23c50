"""Issue 11, the plan's remaining obligations, through Processing: wpzf:interviews (约谈/启动问责 reported within 5
working days, 方案六(三)) and wpzf:city_feedback (市级反馈问题清单 tracked to 销号, 方案二(四)), both in the deadline
view. Expected dates and counts are worked out here by hand or by walking the calendar."""
import datetime
import json
import os
import sqlite3

import openpyxl
import pytest
from qgis.core import QgsProcessingException

from wpzf.core.store.workpackage import WorkPackage
from wpzf.rules import reports as P
from wpzf.rules.policy import load_policy
from test_judging_algorithms import square

POLICY = load_policy(2022)
A, B = ("450199101", "甲镇"), ("450199102", "乙镇")


@pytest.fixture
def wp(tmp_path):
    path = str(tmp_path / "示范县_2022.gpkg")
    pkg = WorkPackage.create(path, "EPSG:4524", county_code="450199", county_name="示范县", year="2022")
    towns = {"P1": A, "P2": A, "P3": B}
    pkg.upsert_patches([{"JCBH": j, "XZQDM": "450199", "XMC": "示范县", "PC": "2022-03", "_wkb": square(i)}
                        for i, j in enumerate(sorted(towns))])
    pkg.update_patches({j: {"XZDM": t[0], "XZMC": t[1]} for j, t in towns.items()}, action="test")
    return pkg


def settings_history(wp, key):
    return [h for h in wp.history() if h["FIELD"] == "setting:" + key]


# ---- 约谈/启动问责 -------------------------------------------------------------------------------------------------

def test_interview_report_due_in_five_working_days(qgis_processing, wp, tmp_path):
    # 甲镇 约谈 on Thursday 2022-04-28: 4-29 (1), 4-30..5-4 劳动节, 5-5 (2), 5-6 (3), 5-7 调休上班 (4), 5-9 (5)
    out = qgis_processing.run("wpzf:interviews", {"WORKPACKAGE": wp.path, "TOWNSHIP": "甲镇", "KIND": 0,
                                                  "DATE": "2022-04-28", "TODAY": "2022-05-05"})
    assert out["DUE"] == "2022-05-09" and out["OPEN"] == 1 and out["OVERDUE"] == 0
    # 乙镇 (by code) 启动问责 on Friday 2022-04-01: 4-2 调休上班, 4-3..4-5 清明, 4-6, 4-7, 4-8, 4-11
    xlsx = str(tmp_path / "约谈问责.xlsx")
    out = qgis_processing.run("wpzf:interviews", {"WORKPACKAGE": wp.path, "TOWNSHIP": B[0], "KIND": 1,
                                                  "DATE": "2022-04-01", "TODAY": "2022-05-05", "OUTPUT_XLSX": xlsx})
    assert out["DUE"] == "2022-04-11" and out["OPEN"] == 2 and out["OVERDUE"] == 1
    rows = list(openpyxl.load_workbook(xlsx)["约谈问责"].iter_rows(values_only=True))
    assert rows[0][:5] == ("乡镇", "类型", "约谈/启动日期", "报告期限", "报送日期")
    assert rows[1][:4] == ("乙镇", "启动问责", "2022-04-01", "2022-04-11") and rows[1][5] == "逾期 24 天未报送"
    # the deadline view of the package lists both, the overdue one first
    view = P.deadline_view(wp.patches(), datetime.date(2022, 5, 5), POLICY, settings=wp.settings())
    owed = view["obligations"]
    assert [(o["date"].isoformat(), o["overdue"]) for o in owed] == [("2022-04-11", True), ("2022-05-09", False)]
    assert view["upcoming"][0] is owed[0] and "启动问责" in owed[0]["label"]
    # the report arrives: recorded on the same entry, no longer owed
    out = qgis_processing.run("wpzf:interviews", {"WORKPACKAGE": wp.path, "TOWNSHIP": "甲镇", "KIND": 0,
                                                  "DATE": "2022-04-28", "REPORTED": "2022-05-06",
                                                  "TODAY": "2022-05-06"})
    assert out["OPEN"] == 1
    records = json.loads(wp.setting("interviews"))
    assert len(records) == 2 and records[0]["BSRQ"] == "2022-05-06"
    assert len(settings_history(wp, "interviews")) == 3  # every change is a history row


def test_interview_unknown_township_is_refused_and_nothing_written(qgis_processing, wp):
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:interviews", {"WORKPACKAGE": wp.path, "TOWNSHIP": "甲乡", "KIND": 0,
                                                "DATE": "2022-04-28"})
    assert "甲乡" in str(err.value) and "甲镇" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:interviews", {"WORKPACKAGE": wp.path, "TOWNSHIP": "甲镇", "KIND": 0,
                                                "DATE": "上周四"})
    assert "上周四" in str(err.value)
    assert wp.setting("interviews") is None


# ---- 市级反馈问题清单 --------------------------------------------------------------------------------------------

def city_list(path, header, rows, title="XX市2022年4月卫片执法问题反馈清单"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([title])
    sheet.append(header)
    for r in rows:
        sheet.append(r)
    book.save(path)
    return path


HEADER = ["序 号", "图斑编号", "存在问题", "整改意见", "整改期限（日期）"]
ROWS = [
    [1, "P1", "举证照片不足两张", "补拍不同方向照片", datetime.datetime(2022, 5, 1)],
    [2, "P3", "填报耕地面积与套合不一致", "按套合结果更正", "2022年5月20日"],
    [3, "", "台账缺少3月批次", "补齐台账", 44696],           # Excel's day number of 2022-05-15
    [4, "X9", "图斑不在本县", "核实后说明", "2022-04-30"],
]


def test_city_feedback_import_track_and_report(qgis_processing, wp, tmp_path):
    src = city_list(str(tmp_path / "4月反馈.xlsx"), HEADER, ROWS)
    xlsx = str(tmp_path / "整改情况.xlsx")
    out = qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "INPUT": src, "DATE": "2022-05-05",
                                                     "OUTPUT_XLSX": xlsx})
    # overdue on 5-5: item 1 (5-1) and item 4 (4-30); open: all four
    assert (out["ITEMS"], out["ADDED"], out["OPEN"], out["OVERDUE"]) == (4, 4, 4, 2)
    items = json.loads(wp.setting("city_feedback"))
    assert [(i["ID"], i["QX"], i["ZT"]) for i in items] == [
        ("4月反馈-1", "2022-05-01", "未整改"), ("4月反馈-2", "2022-05-20", "未整改"),
        ("4月反馈-3", "2022-05-15", "未整改"), ("4月反馈-4", "2022-04-30", "未整改")]
    book = openpyxl.load_workbook(xlsx)
    rows = list(book["问题清单"].iter_rows(values_only=True))
    header = rows[0]
    body = {r[header.index("序号")]: dict(zip(header, r)) for r in rows[1:5]}
    assert body["1"]["乡镇"] == "甲镇" and body["1"]["逾期/剩余"] == "逾期 4 天"
    assert body["4"]["备注"] == "监测编号不在工作库中" and body["3"]["逾期/剩余"] == "剩余 10 天"
    summary = {r[0]: r for r in book["按乡镇汇总"].iter_rows(values_only=True)}
    assert summary["合计"][1:] == (4, 4, 2, 0, 0)
    # the deadline view shows the open items with their deadlines
    view = P.deadline_view(wp.patches(), datetime.date(2022, 5, 5), POLICY, settings=wp.settings())
    assert [o["kind"] for o in view["obligations"]] == ["city_feedback:4月反馈-4", "city_feedback:4月反馈-1",
                                                       "city_feedback:4月反馈-3", "city_feedback:4月反馈-2"]

    # item 1 rectified: a note is required
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "ITEM": "1", "STATE": 2})
    assert "整改说明" in str(err.value)
    out = qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "ITEM": "P1", "STATE": 2,
                                                     "NOTE": "已补拍4张照片", "DATE": "2022-05-05"})
    assert (out["OPEN"], out["OVERDUE"], out["UPDATED"]) == (4, 1, 1)
    # 销号 needs its date
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "ITEM": "4月反馈-1", "STATE": 3})
    assert "销号日期" in str(err.value)
    out = qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "ITEM": "4月反馈-1", "STATE": 3,
                                                     "CLOSE_DATE": "2022-05-08", "DATE": "2022-05-10"})
    assert (out["OPEN"], out["OVERDUE"]) == (3, 1)  # item 4 still overdue
    view = P.deadline_view(wp.patches(), datetime.date(2022, 5, 10), POLICY, settings=wp.settings())
    assert "city_feedback:4月反馈-1" not in [o["kind"] for o in view["obligations"]]

    # the status report filled in and imported again: item 2 rectified by the township
    report = str(tmp_path / "整改情况2.xlsx")
    qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "OUTPUT_XLSX": report, "DATE": "2022-05-10"})
    book = openpyxl.load_workbook(report)
    sheet = book["问题清单"]
    header = [c.value for c in sheet[1]]
    for r in range(2, sheet.max_row + 1):
        if sheet.cell(r, header.index("编号") + 1).value == "4月反馈-2":
            sheet.cell(r, header.index("状态") + 1).value = "已整改"
            sheet.cell(r, header.index("整改说明") + 1).value = "已按套合结果更正填报"
    book.save(report)
    out = qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "INPUT": report, "DATE": "2022-05-10"})
    assert (out["ITEMS"], out["ADDED"], out["UPDATED"]) == (4, 0, 1)
    items = {i["ID"]: i for i in json.loads(wp.setting("city_feedback"))}
    assert items["4月反馈-2"]["ZT"] == "已整改" and items["4月反馈-1"]["ZT"] == "已销号"


def test_city_feedback_missing_columns_named_and_nothing_written(qgis_processing, wp, tmp_path):
    src = city_list(str(tmp_path / "缺列.xlsx"), ["序号", "监测编号", "问题"], [[1, "P1", "举证不足"]])
    before = sqlite3.connect(wp.path).execute("SELECT COUNT(*) FROM history").fetchone()
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "INPUT": src})
    assert "缺少列：整改要求、期限" in str(err.value) and "缺列.xlsx" in str(err.value)
    assert sqlite3.connect(wp.path).execute("SELECT COUNT(*) FROM history").fetchone() == before
    assert wp.setting("city_feedback") is None


def test_city_feedback_bad_deadline_names_the_row(qgis_processing, wp, tmp_path):
    rows = [list(ROWS[0]), [2, "P3", "面积不符", "更正", "下周五"]]
    src = city_list(str(tmp_path / "坏期限.xlsx"), HEADER, rows)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path, "INPUT": src})
    assert "第 4 行" in str(err.value) and "下周五" in str(err.value)
    assert wp.setting("city_feedback") is None


def test_city_feedback_needs_something_to_do(qgis_processing, wp):
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:city_feedback", {"WORKPACKAGE": wp.path})
    assert "INPUT" in str(err.value)
