"""乡镇核查 end to end through Processing: packages out, task lists filled, returns in, history, tracking."""
import datetime
import os
import sqlite3

import pytest

from test_field_common import build_package, fill, keys_of, send, task_list

TODAY = datetime.date.today()


def history(wp_path, action_like):
    with sqlite3.connect(wp_path) as db:
        return db.execute("SELECT JCBH, FIELD, OLD, NEW, USER, ACTION FROM history WHERE ACTION LIKE ?",
                          (action_like,)).fetchall()


def test_round_trip_through_processing(qgis_processing, tmp_path):
    from wpzf.core.fieldwork import tracking
    from wpzf.core.store.workpackage import WorkPackage
    processing = qgis_processing
    wp_path = build_package(processing, str(tmp_path))
    due = (TODAY + datetime.timedelta(days=5)).isoformat()
    result, folders = send(processing, wp_path, str(tmp_path / "out"), DUE=due)
    assert result["TOWNSHIP_COUNT"] == 2 and result["UNITS"] == 6
    by_town = {os.path.basename(f).split("_")[0]: f for f in folders}
    assert set(by_town) == {"城关镇", "龙溪乡"}
    town = by_town["城关镇"]
    keys = keys_of(town)
    assert len(keys) == 3
    illegal, unjudged = keys[0], keys[2]
    fill(task_list(town), {
        illegal: {"核查日期": TODAY - datetime.timedelta(days=2), "实地核查人": "李明", "实地现状": "已复耕复绿",
                  "违法主体": "村民王某", "整改措施": "拆除复耕", "整改状态": "已整改",
                  "整改完成日期": TODAY - datetime.timedelta(days=3), "拆除复耕耕地面积(亩)": 1.25, "备注": "已拆除"},
        unjudged: {"核查日期": "2022/6/1", "实地现状": "在建", "备注": "现场在建，已下达停工通知"},
    })
    out = processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    assert out["CHANGED"] == 12 and out["CONFLICTS"] == 0 and out["SKIPPED"] == 0
    wp = WorkPackage(wp_path)
    unit = wp.patch(illegal)
    assert unit["ZGZT"] == "已整改" and unit["WFZT"] == "村民王某" and unit["SDXZ"] == "已复耕复绿"
    assert unit["ZGRQ"] == (TODAY - datetime.timedelta(days=3)).isoformat()
    assert unit["CCFGMJ"] == pytest.approx(1.25)
    assert wp.patch(unjudged)["HCRQ"] == "2022-06-01" and wp.patch(unjudged)["BZ"] == "现场在建，已下达停工通知"
    rows = history(wp_path, "field_import:%")
    assert len(rows) == 12
    assert {r[4] for r in rows} == {"城关镇（乡镇核查）"}  # the township is the source
    assert {r[5] for r in rows} == {"field_import:450199101"}
    assert (illegal, "ZGZT", "未整改", "已整改") in {r[:4] for r in rows}
    # what was sent to whom, and what has not come back
    sent = {p["XZMC"]: p for p in tracking.sent_packages(wp_path, TODAY)}
    assert sent["城关镇"]["STATE"] == "部分返回" and sent["城关镇"]["missing"] == [keys[1]]
    assert sent["龙溪乡"]["STATE"] == "已发出" and len(sent["龙溪乡"]["missing"]) == 3
    items = tracking.deadline_items(wp_path, TODAY + datetime.timedelta(days=6), {"deadlines": {"warn_days_before": 7}})
    assert len(items) == 2 and all(i["overdue"] and i["days_left"] == -1 for i in items)
    assert any("城关镇" in i["label"] and "1/3" in i["label"] for i in items)
    # the same return again: nothing new is written
    again = processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": task_list(town)})
    assert again["CHANGED"] == 0 and again["CONFLICTS"] == 0
    assert len(history(wp_path, "field_import:%")) == 12


def test_nothing_to_verify_and_unknown_township(qgis_processing, tmp_path):
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = build_package(qgis_processing, str(tmp_path))
    with pytest.raises(Exception) as err:
        send(qgis_processing, wp_path, str(tmp_path / "out"), townships="青山镇")
    assert "青山镇" in str(err.value) and "城关镇" in str(err.value)
    wp = WorkPackage(wp_path)
    wp.update_patches({k: {"HSZT": "已确认", "PDLX": "合法"} for k in wp.jcbh_list()})
    with pytest.raises(Exception) as err:
        send(qgis_processing, wp_path, str(tmp_path / "out"), townships="城关镇")
    assert "没有需要核查的图斑" in str(err.value)
    result, folders = send(qgis_processing, wp_path, str(tmp_path / "out"), townships="城关镇", ALL_UNITS=True)
    assert result["UNITS"] == 3 and len(folders) == 1
