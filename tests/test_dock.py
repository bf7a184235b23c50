"""The judgment dock driven as a technician would (pytest-qt, offscreen): open a package, filter, step through
patches, edit, save, reopen; link a folder of generated photos. Expected values are read from the package with
sqlite/OGR, not from the code under test."""
import datetime
import os
import sqlite3

import pytest
from osgeo import ogr
from qgis.PyQt.QtCore import Qt
from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle

import datamaker as dm
from fake_iface import FakeIface
from conftest import load_tool

BATCH1, BATCH2 = "2022-01", "2022-02"
TODAY = datetime.date(2022, 3, 10)  # batch 2022-01 is past its 月清 (2022-02-28), 2022-02 is not


def query(path, sql, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def package(qgis_processing, tmp_path):
    """Two batches (5 + 4 patches), townships and a pre-judgment on some, overlay figures on one."""
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = str(tmp_path / "示范县 工作库.gpkg")
    for batch, rows in ((BATCH1, dm.batch(5)), (BATCH2, dm.batch(4, start=6, lat=22.81))):
        src = dm.write_patches(str(tmp_path / (batch + ".shp")), rows)
        qgis_processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp_path, "BATCH": batch})
    wp = WorkPackage(wp_path)
    ids = wp.jcbh_list()
    town = {j: ("甲镇", "450199101") if i % 3 else ("乙乡", "450199102") for i, j in enumerate(ids)}
    changes = {j: {"XZMC": t[0], "XZDM": t[1]} for j, t in town.items()}
    changes[ids[1]].update({"YPPDLX": "违法", "YPPDXL": "非农化", "YPLY": "图斑面积 1.00 亩；未见批准、许可或备案覆盖",
                            "BSBZ": "非农化、涉永久基本农田"})
    changes[ids[2]].update({"TBMJ": 1.5, "GDMJ": 1.2, "NYDMJ": 1.2, "JSYDMJ": 0.3, "WLYDMJ": 0.0, "PZMJ": 0.0,
                            "TBLX": "20"})
    changes[ids[3]].update({"HSZT": "已确认", "PDLX": "合法", "PDXL": "批文", "PZWH": "桂政土批〔2021〕1号"})
    wp.update_patches(changes, action="test-setup", user="setup")
    return wp_path


@pytest.fixture
def make_dock(qtbot, monkeypatch):
    """Docks on fake ifaces; an unexpected question fails the test instead of blocking it."""
    from wpzf.ui.dock import JudgmentDock
    QgsProject.instance().clear()
    made = []

    def unexpected(*args, **kwargs):
        raise AssertionError("the dock asked about unsaved edits unexpectedly")

    def make(path=None, today=TODAY):
        iface = FakeIface()
        dock = JudgmentDock(iface)
        monkeypatch.setattr(dock, "ask_unsaved", unexpected)
        monkeypatch.setattr(dock, "ask_save_conflict", lambda *a: pytest.fail("unexpected save conflict"))
        dock.today = today
        iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        qtbot.addWidget(iface.window)
        iface.window.show()
        made.append(dock)
        if path:
            assert dock.open_package(path)
        return dock

    yield make
    for dock in made:
        dock.close_package(ask=False)
    QgsProject.instance().clear()


def ime_type(widget, text):
    """Chinese arrives through the input method (QTest key clicks are Latin-1 only)."""
    from qgis.PyQt.QtGui import QInputMethodEvent
    from qgis.PyQt.QtWidgets import QApplication
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def combo_counts(combo):
    """{value: count} read from the combo texts 'value (n)'."""
    out = {}
    for i in range(1, combo.count()):
        label = combo.itemText(i)
        out[combo.itemData(i)] = int(label.rsplit("(", 1)[1].rstrip(")"))
    return out


# ----- list, filters, counts -------------------------------------------------------------------------------------
def test_open_lists_all_patches_and_filters_count_right(make_dock, package):
    dock = make_dock(package)
    all_ids = [r[0] for r in query(package, "SELECT JCBH FROM patches ORDER BY JCBH")]
    assert dock.shown_jcbhs() == all_ids
    assert dock.current == all_ids[0]  # the first patch is shown at once
    assert "显示 9 / 共 9" in dock.ui.countLabel.text()
    by_batch = dict(query(package, "SELECT PC, COUNT(*) FROM patches GROUP BY PC"))
    assert combo_counts(dock.ui.batchCombo) == by_batch
    dock.set_filter("batch", BATCH2)
    assert dock.shown_jcbhs() == [r[0] for r in query(
        package, "SELECT JCBH FROM patches WHERE PC = ? ORDER BY JCBH", BATCH2)]
    # township choices now count within batch 2 only
    assert combo_counts(dock.ui.townshipCombo) == dict(query(
        package, "SELECT XZMC, COUNT(*) FROM patches WHERE PC = ? GROUP BY XZMC", BATCH2))
    dock.set_filter("township", "乙乡")
    assert dock.shown_jcbhs() == [r[0] for r in query(
        package, "SELECT JCBH FROM patches WHERE PC = ? AND XZMC = '乙乡' ORDER BY JCBH", BATCH2)]
    dock.clear_filter()
    dock.set_filter("judgment", "")  # not judged
    assert dock.shown_jcbhs() == [r[0] for r in query(
        package, "SELECT JCBH FROM patches WHERE PDLX IS NULL OR PDLX = '' ORDER BY JCBH")]
    dock.clear_filter()
    dock.set_filter("state", "已确认")
    assert len(dock.shown_jcbhs()) == query(package, "SELECT COUNT(*) FROM patches WHERE HSZT = '已确认'")[0][0]
    dock.clear_filter()
    dock.set_filter("flag", "涉永久基本农田")
    assert dock.shown_jcbhs() == [r[0] for r in query(
        package, "SELECT JCBH FROM patches WHERE BSBZ LIKE '%涉永久基本农田%'")]
    dock.clear_filter()
    qtbot_type(dock.ui.searchEdit, "010007")
    assert dock.shown_jcbhs() == [j for j in all_ids if "010007" in j]


def qtbot_type(line_edit, text):
    line_edit.setText(text)  # textChanged drives the filter, as typing does


def test_overdue_filter_follows_the_monthly_deadline(make_dock, package):
    dock = make_dock(package)
    dock.ui.overdueCheck.setChecked(True)
    # 2022-01 is due 2022-02-28 (< TODAY); 2022-02 is due 2022-03-31; confirmed patches are never overdue
    want = [r[0] for r in query(package, "SELECT JCBH FROM patches WHERE PC = ? AND (HSZT IS NULL OR HSZT != '已确认')"
                                         " ORDER BY JCBH", BATCH1)]
    assert dock.shown_jcbhs() == want
    assert "月清逾期 {}".format(len(want)) in dock.ui.countLabel.text()


# ----- map -------------------------------------------------------------------------------------------------------
def test_selecting_a_patch_zooms_and_highlights_it(make_dock, package):
    dock = make_dock(package)
    target = dock.shown_jcbhs()[4]
    dock.select_patch(target)
    assert dock.current == target
    ds = ogr.Open(package)
    layer = ds.GetLayerByName("patches")
    layer.SetAttributeFilter("JCBH = '{}'".format(target))
    feat = next(iter(layer))
    minx, maxx, miny, maxy = feat.GetGeometryRef().GetEnvelope()
    area = feat.GetGeometryRef().GetArea()
    canvas = dock.iface.mapCanvas()
    to_canvas = QgsCoordinateTransform(dock.map.crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    box = to_canvas.transformBoundingBox(QgsRectangle(minx, miny, maxx, maxy))
    assert canvas.extent().contains(box)
    assert canvas.extent().width() < box.width() * 5 + 200  # zoomed to it, not the whole county
    band = dock.map.band.asGeometry()
    assert band.area() == pytest.approx(area, rel=1e-6)
    assert band.boundingBox().contains(box.center())


# ----- editing ---------------------------------------------------------------------------------------------------
def test_keyboard_moves_through_the_list(make_dock, package, qtbot):
    dock = make_dock(package)
    ids = dock.shown_jcbhs()
    dock.activateWindow()
    dock.ui.patchTable.setFocus()
    qtbot.waitUntil(lambda: dock.ui.patchTable.hasFocus() or dock.isActiveWindow(), timeout=2000)
    qtbot.keyClick(dock.ui.patchTable, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert dock.current == ids[1]
    qtbot.keyClick(dock.ui.patchTable, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert dock.current == ids[2]
    qtbot.keyClick(dock.ui.patchTable, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dock.current == ids[1]
    qtbot.mouseClick(dock.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dock.current == ids[2]
    qtbot.mouseClick(dock.ui.prevButton, Qt.MouseButton.LeftButton)
    assert dock.current == ids[1]
    dock.select_row(len(ids) - 1)
    assert dock.next_patch() is False and dock.current == ids[-1]


def test_edit_save_reopen_shows_values_and_history(make_dock, package, qtbot):
    dock = make_dock(package)
    target = dock.shown_jcbhs()[4]
    dock.select_patch(target)
    w = dock.editor.widgets
    w["PDLX"].setCurrentText("违法")
    assert "J20" in [p[1] for p in dock.problems]  # illegal without 新增/存量: reported as you type
    w["PDXL"].setCurrentText("乱占耕地建房")
    w["XZCL"].setCurrentText("新增")
    ime_type(w["WFZT"], "张某")
    w["ZGCS"].setCurrentText("拆除复耕")
    qtbot.keyClicks(w["CCFGMJ"], "0.35")
    w["JTHS"].setChecked(True)
    ime_type(w["BZ"], "村民建房")
    assert "J20" not in [p[1] for p in dock.problems] and "J21" not in [p[1] for p in dock.problems]
    assert dock.form.dirty and dock.ui.saveButton.isEnabled()
    assert dock.model.data(dock.model.index(dock.model.row_of(target), 0)).endswith("*")
    before = query(package, "SELECT COUNT(*) FROM history")[0][0]
    qtbot.mouseClick(dock.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not dock.form.dirty
    stored = query(package, "SELECT PDLX, PDXL, XZCL, WFZT, ZGCS, CCFGMJ, JTHS, BZ FROM patches WHERE JCBH = ?",
                   target)[0]
    assert stored == ("违法", "乱占耕地建房", "新增", "张某", "拆除复耕", 0.35, 1, "村民建房")
    rows = query(package, "SELECT FIELD, OLD, NEW, ACTION, TIME FROM history WHERE fid > ? ORDER BY fid", before)
    assert sorted(r[0] for r in rows) == sorted(["PDLX", "PDXL", "XZCL", "WFZT", "ZGCS", "CCFGMJ", "JTHS", "BZ"])
    assert {r[3] for r in rows} == {"dock"} and len({r[4] for r in rows}) == 1  # one save, one moment

    again = make_dock(package)
    again.select_patch(target)
    w2 = again.editor.widgets
    assert (w2["PDLX"].currentText(), w2["PDXL"].currentText(), w2["WFZT"].text(), w2["CCFGMJ"].text(),
            w2["JTHS"].isChecked(), w2["BZ"].toPlainText()) == ("违法", "乱占耕地建房", "张某", "0.35", True, "村民建房")
    again.ui.tabs.setCurrentWidget(again.ui.historyTab)
    table = again.history.historyTable
    shown = {(table.item(i, 2).toolTip(), table.item(i, 4).text()) for i in range(table.rowCount())}
    assert ("PDLX", "违法") in shown and ("WFZT", "张某") in shown and ("CCFGMJ", "0.35") in shown
    assert table.rowCount() == query(package, "SELECT COUNT(*) FROM history WHERE JCBH = ?", target)[0][0]


def test_switching_with_unsaved_edits_asks(make_dock, package, monkeypatch):
    dock = make_dock(package)
    ids = dock.shown_jcbhs()
    answers = []

    def ask(jcbh, allow_cancel=True):
        answers.append(jcbh)
        return reply

    monkeypatch.setattr(dock, "ask_unsaved", ask)
    ime_type(dock.editor.widgets["WFZT"], "李某")
    reply = "cancel"
    assert dock.next_patch() is False
    assert dock.current == ids[0] and dock.form.edits == {"WFZT": "李某"} and answers == [ids[0]]
    assert dock.model.jcbh(dock.ui.patchTable.currentIndex().row()) == ids[0]  # the list stays on it too
    reply = "discard"
    assert dock.next_patch() and dock.current == ids[1]
    assert query(package, "SELECT WFZT FROM patches WHERE JCBH = ?", ids[0])[0][0] is None
    ime_type(dock.editor.widgets["WFZT"], "王某")
    reply = "save"
    assert dock.select_patch(ids[3]) and dock.current == ids[3]
    assert query(package, "SELECT WFZT FROM patches WHERE JCBH = ?", ids[1])[0][0] == "王某"
    # closing the package (QGIS unloading the plugin) asks too, and saving then works
    ime_type(dock.editor.widgets["WFZT"], "赵某")
    dock.close_package()
    assert query(package, "SELECT WFZT FROM patches WHERE JCBH = ?", ids[3])[0][0] == "赵某"


def test_invalid_value_is_not_saved(make_dock, package, qtbot):
    dock = make_dock(package)
    target = dock.current
    before = query(package, "SELECT COUNT(*) FROM history")[0][0]
    qtbot.keyClicks(dock.editor.widgets["HCRQ"], "2022-13-45")
    assert "HCRQ" in dock.form.invalid
    assert dock.save() is False
    assert "核查日期" in dock.last_message
    assert query(package, "SELECT HCRQ FROM patches WHERE JCBH = ?", target)[0][0] is None
    assert query(package, "SELECT COUNT(*) FROM history")[0][0] == before
    dock.revert()
    assert not dock.form.dirty and dock.editor.widgets["HCRQ"].text() == ""


def test_subtype_choices_follow_the_judgment(make_dock, package):
    from wpzf.rules import categories as cat
    dock = make_dock(package)
    combo = dock.editor.widgets["PDXL"]
    dock.editor.widgets["PDLX"].setCurrentText("其他用地")
    assert [combo.itemText(i) for i in range(1, combo.count())] == cat.subtypes("其他用地")
    combo.setCurrentText("农村道路")
    dock.editor.widgets["PDLX"].setCurrentText("合法")  # 农村道路 is no 合法 subtype: cleared
    assert combo.currentText() == "" and dock.form.value("PDXL") in (None, "")


def test_prejudgment_reasons_are_shown_and_can_be_adopted(make_dock, package):
    dock = make_dock(package)
    ids = dock.shown_jcbhs()
    dock.select_patch(ids[1])
    assert "违法 / 非农化" in dock.ui.prejudgeLabel.text() and "涉永久基本农田" in dock.ui.prejudgeLabel.text()
    assert "未见批准、许可或备案覆盖" in dock.ui.reasonsLabel.text()
    dock.adopt_prejudgment()
    assert dock.form.edits == {"PDLX": "违法", "PDXL": "非农化", "SFFNH": 1}  # the mark comes along (二(二))
    dock.revert()
    dock.select_patch(ids[2])  # overlay figures but no stored suggestion: computed on the fly, marked unsaved
    assert "实时预判" in dock.ui.prejudgeLabel.text()
    assert "1.20" in dock.info_labels["GDMJ"].text() and "1.50" in dock.info_labels["TBMJ"].text()
    assert query(package, "SELECT YPPDLX FROM patches WHERE JCBH = ?", ids[2])[0][0] is None


# ----- photos ----------------------------------------------------------------------------------------------------
def test_link_photos_from_the_dock_then_view_add_remove(make_dock, package, qtbot, monkeypatch, tmp_path):
    from wpzf.core.store.workpackage import WorkPackage
    dock = make_dock(package)
    folder = str(tmp_path / "照片")
    manifest = load_tool("make_photos").generate(package, folder, per_patch=3, limit=4)
    monkeypatch.setattr(dock, "choose_photo_folder", lambda: (folder, 50.0))
    with qtbot.waitSignal(dock.photosLinked, timeout=60000) as blocker:
        dock.choose_and_link_photos()
        assert not dock.ui.saveButton.isEnabled() and dock.ui.taskProgress.isVisible()
    task = blocker.args[0]
    assert task.report is not None and len(task.report.no_gps) == 2 and len(task.report.corrupt) == 1
    assert query(package, "SELECT COUNT(*) FROM photos")[0][0] == len(manifest)
    assert not dock.ui.taskProgress.isVisible()

    first = dock.shown_jcbhs()[0]
    dock.select_patch(first)
    linked = query(package, "SELECT PATH FROM photos WHERE JCBH = ?", first)
    panel = dock.photo_panel
    assert panel.thumbList.count() == 0 and panel.task is None  # the tab is hidden: nothing read yet
    dock.ui.tabs.setCurrentWidget(dock.ui.photoTab)
    assert panel.thumbList.count() == len(linked) >= 3
    qtbot.waitUntil(lambda: panel.task is None, timeout=20000)
    assert all(dock.wp.absolute_path(p[0]) in panel.cache for p in linked)
    assert not any(panel.cache[dock.wp.absolute_path(p[0])].isNull() for p in linked)
    assert "照片数量" in dock.ui.evidenceText.text()

    viewer = panel.open_viewer(0)
    qtbot.addWidget(viewer)
    assert viewer.counterLabel.text() == "1 / {}".format(len(linked))
    viewer.next()
    assert viewer.index == 1 and viewer.image is not None and not viewer.image.isNull()
    viewer.previous()
    assert viewer.index == 0
    viewer.close()

    panel.thumbList.item(0).setSelected(True)
    removed_path = panel.photos[0]["PATH"]
    assert panel.remove_selected() == 1
    row = query(package, "SELECT JCBH, NOTE FROM photos WHERE PATH = ?", removed_path)[0]
    assert row[0] is None and first in row[1]
    assert panel.thumbList.count() == len(linked) - 1

    no_gps = os.path.join(folder, "nogps_1.jpg")
    monkeypatch.setattr(panel, "choose_photo_files", lambda: [no_gps])
    assert panel.add_photos() == 1
    rel = WorkPackage(package).relative_path(no_gps)
    assert query(package, "SELECT JCBH FROM photos WHERE PATH = ?", rel)[0][0] == first
    assert panel.thumbList.count() == len(linked)
    dock.ui.tabs.setCurrentWidget(dock.ui.historyTab)
    table = dock.history.historyTable
    shown = [(table.item(i, 2).text(), table.item(i, 4).text()) for i in range(table.rowCount())]
    assert ("照片·监测编号", first) in shown  # the hand-made link is in the patch's history
    # both the removal (JCBH emptied) and the hand-made link are in that patch's history
    changes = query(package, "SELECT OLD, NEW FROM history WHERE JCBH = ? AND FIELD = 'photo:JCBH' ORDER BY fid", first)
    assert changes == [(first, ""), ("", first)]


def test_linking_can_be_canceled_and_leaves_the_package_unchanged(make_dock, package, qtbot, tmp_path):
    dock = make_dock(package)
    folder = str(tmp_path / "照片")
    load_tool("make_photos").generate(package, folder, per_patch=4, limit=9)
    before = query(package, "SELECT COUNT(*) FROM history")[0][0]
    with qtbot.waitSignal(dock.photosLinked, timeout=60000) as blocker:
        dock.link_photos(folder, 50.0)
        qtbot.mouseClick(dock.ui.cancelTaskButton, Qt.MouseButton.LeftButton)
    task = blocker.args[0]
    assert task.canceled_by_user and task.report is None
    assert query(package, "SELECT COUNT(*) FROM photos")[0][0] == 0
    assert query(package, "SELECT COUNT(*) FROM history")[0][0] == before
    assert "取消" in dock.last_message and dock.ui.linkPhotosButton.isEnabled()


def test_save_over_a_value_changed_elsewhere_asks_and_keeps_history(make_dock, package, monkeypatch):
    """Another tool saved the unit after the form read it: the save shows both values; 以我的为准 writes ours over
    theirs, and the history keeps both."""
    from wpzf.core.store.workpackage import WorkPackage
    from wpzf.ui.save_conflict_dialog import MINE
    dock = make_dock(package)
    target = dock.current
    ime_type(dock.editor.widgets["WFZT"], "甲公司")
    WorkPackage(package).update_patches({target: {"WFZT": "乙公司"}}, user="colleague")  # another tool, meanwhile
    asked = []
    monkeypatch.setattr(dock, "ask_save_conflict", lambda key, edits, loaded, conflict: asked.append(
        (key, dict(edits), conflict["theirs"]["WFZT"], conflict["by"])) or MINE)
    assert dock.save()
    assert asked == [(target, {"WFZT": "甲公司"}, "乙公司", "colleague")]
    assert "colleague" in dock.last_message and "覆盖" in dock.last_message
    assert query(package, "SELECT WFZT FROM patches WHERE JCBH = ?", target)[0][0] == "甲公司"
    assert query(package, "SELECT OLD, NEW FROM history WHERE JCBH = ? AND FIELD = 'WFZT' ORDER BY fid",
                 target) == [("", "乙公司"), ("乙公司", "甲公司")]


def test_rotated_photo_thumbnail_is_upright(make_dock, package, tmp_path):
    from qgis.PyQt.QtCore import QSize
    from wpzf.ui.tasks import load_image
    folder = str(tmp_path / "p")
    manifest = load_tool("make_photos").generate(package, folder, per_patch=1, limit=2)
    rotated = next(e for e in manifest if e["kind"] == "rotated")
    image = load_image(os.path.join(folder, rotated["file"]), QSize(128, 128))
    assert image.height() == 128 and image.width() == 80  # stored 320x200, orientation 6: shown 200x320


def test_dock_follows_the_project_package(make_dock, package):
    QgsProject.instance().writeEntry("wpzf", "workpackage", package)
    dock = make_dock()
    assert dock.wp is not None and dock.wp.path == os.path.abspath(package)


def test_bad_package_is_reported_not_raised(make_dock, tmp_path):
    dock = make_dock()
    bogus = tmp_path / "not a package.gpkg"
    dm.write_patches(str(bogus), dm.batch(1), driver="GPKG")
    assert dock.open_package(str(bogus)) is False
    assert "不是卫片执法工作库" in dock.last_message and dock.wp is None


def test_reference_layers_of_the_overlay_come_along_once(make_dock, package, sample_county):
    """The layers the overlay recorded in the package settings appear, styled, in a sub-group under the
    package's layers; opening the package again adds nothing twice."""
    from wpzf.core.store.workpackage import WorkPackage
    ref = sample_county["reference"]
    WorkPackage(package).set_settings({"reference": {
        "landuse": ref + "|layername=landuse", "farmland": ref + "|layername=farmland",
        "approvals": ref + "|layername=approvals"}})
    dock = make_dock(package)
    group = QgsProject.instance().layerTreeRoot().findGroup("套合参考图层")
    assert group is not None
    names = [node.layer().name() for node in group.findLayers()]
    assert names == ["建设用地批准范围", "永久基本农田", "土地利用现状（三调）"]  # drawn top to bottom
    landuse = group.findLayers()[-1].layer()
    assert landuse.hasScaleBasedVisibility() and landuse.minimumScale() == 50000
    assert landuse.renderer().type() == "RuleRenderer"
    dock.close_package(ask=False)
    assert dock.open_package(package)
    assert len(QgsProject.instance().layerTreeRoot().findGroup("套合参考图层").findLayers()) == 3
    assert sum(1 for layer in QgsProject.instance().mapLayers().values()
               if layer.source().endswith("layername=landuse")) == 1


def test_deadlines_tab_lists_what_is_due_and_what_is_late(make_dock, package, qtbot):
    dock = make_dock(package)
    late = [r[0] for r in query(package, "SELECT JCBH FROM patches WHERE PC = ? AND (HSZT IS NULL OR HSZT != '已确认')"
                                         " ORDER BY JCBH", BATCH1)]
    table = dock.deadlines.overdueTable
    shown = sorted(table.item(i, 0).text() for i in range(table.rowCount()))
    assert shown == late and late
    assert {table.item(i, 2).text() for i in range(table.rowCount())} == {"2022-02-28"}
    assert {table.item(i, 3).text() for i in range(table.rowCount())} == {str((TODAY - datetime.date(2022, 2, 28)).days)}
    upcoming = dock.deadlines.upcomingTable
    firsts = [(upcoming.item(i, 0).text(), upcoming.item(i, 2).text()) for i in range(upcoming.rowCount())]
    assert firsts[0][0] == "2022-03-15" and "月核" in firsts[0][1]  # 月核 of February's data by the 15th
    assert any(d == "2022-03-31" for d, _ in firsts) and any(d == "2022-06-30" for d, _ in firsts)
    assert "下一次月核 2022-03-15" in dock.deadlines.deadlinesSummary.text()
    assert "{} 个图斑超过月清期限".format(len(late)) in dock.deadlines.deadlinesSummary.text()
    # double-click goes to the patch; confirming it there takes it off the list
    table.cellDoubleClicked.emit(0, 0)
    target = late[0]
    assert dock.current == target
    dock.editor.widgets["HSZT"].setCurrentText("已确认")
    assert dock.save()
    remaining = sorted(table.item(i, 0).text() for i in range(table.rowCount()))
    assert remaining == late[1:]
