"""The dock as a technician lives in it all day (issue 14), driven with pytest-qt at 1366×768 (QGIS maximised, the
dock on the right, QGIS's 9 pt UI font): what fits on the screen, the keyboard, numbers and dates typed through a
Chinese input method, restoring a value from the history, the operator's name. Expected values are read from the
package with sqlite3, not from the code under test."""
import os

import pytest
from qgis.PyQt.QtCore import QEvent, QPoint, QRect, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QAbstractScrollArea, QAction, QApplication, QScrollArea

import datamaker as dm
from fake_iface import close_dock, open_dock
from test_dock import ime_type, query

TOWNS = [("城关镇", "450199100"), ("石桥乡", "450199101"), ("河西镇", "450199102")]


@pytest.fixture
def package(qgis_processing, tmp_path):
    """Two batches, 24 patches (more than the list shows), townships, a pre-judgment on one."""
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = str(tmp_path / "示范县 工作库.gpkg")
    for batch, rows in (("2022-01", dm.batch(12)), ("2022-02", dm.batch(12, start=13, lat=22.81))):
        src = dm.write_patches(str(tmp_path / (batch + ".shp")), rows)
        qgis_processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp_path, "BATCH": batch})
    wp = WorkPackage(wp_path)
    ids = wp.jcbh_list()
    changes = {j: {"XZMC": TOWNS[i % 3][0], "XZDM": TOWNS[i % 3][1]} for i, j in enumerate(ids)}
    changes[ids[0]].update({"YPPDLX": "违法", "YPPDXL": "非农化", "YPLY": "未见批准、许可或备案覆盖",
                            "BSBZ": "非农化", "TBMJ": 1.5, "GDMJ": 1.2})
    wp.update_patches(changes, action="test-setup", user="setup")
    return wp_path


@pytest.fixture
def dock(qtbot, package):
    dock = open_dock(qtbot)
    dock.ask_unsaved = lambda *a, **k: pytest.fail("the dock asked about unsaved edits unexpectedly")
    assert dock.open_package(package)
    qtbot.waitUntil(lambda: dock.ui.splitter.sizes()[0] > 200, timeout=3000)  # fit_list runs after the show
    yield dock
    close_dock(dock)


def in_viewport(widget, area):
    """The widget's whole rectangle inside the scroll area's viewport, as it is scrolled now."""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(QPoint(0, 0), viewport.size()).contains(QRect(top_left, widget.size()))


def visible_rows(table):
    last = table.rowAt(table.viewport().height() - 1)
    return (last if last >= 0 else table.model().rowCount() - 1) - table.rowAt(0) + 1


def focus(qtbot, widget):
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def messages(dock):
    return len(dock.iface.messageBar().items())


# ----- what fits ---------------------------------------------------------------------------------------------------
def test_at_1366x768_the_list_shows_ten_rows_and_the_judgment_is_in_view(dock):
    window = dock.iface.mainWindow()
    assert (window.width(), window.height()) == (1366, 768)
    assert 400 <= dock.width() <= 480 and 600 <= dock.height() <= 700, dock.size()
    table = dock.ui.patchTable
    assert visible_rows(table) >= 10
    header = table.horizontalHeader()
    for column, title in ((1, "状态"), (2, "判定")):  # state and judgment, whole, inside the list's width
        assert dock.model.headerData(column, Qt.Orientation.Horizontal) == title
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width()
        assert header.sectionSize(column) >= table.fontMetrics().horizontalAdvance("其他用地")
    assert header.sectionSize(0) >= table.fontMetrics().horizontalAdvance(dock.current)
    assert dock.ui.tabs.currentWidget() is dock.ui.formTab
    for name in ("HSZT", "PDLX", "PDXL"):  # without scrolling
        widget = dock.editor.widgets[name]
        assert widget.isVisible() and in_viewport(widget, dock.ui.formScroll), name
        assert dock.ui.formScroll.verticalScrollBar().value() == 0
    assert dock.ui.prejudgeLabel.isVisible() and dock.ui.checkLabel.isVisible() and dock.ui.adoptButton.isVisible()


def test_no_horizontal_scroll_bar_on_any_tab(dock, qtbot):
    dock.select_patch(dock.shown_jcbhs()[0])
    for index in range(dock.ui.tabs.count()):
        dock.ui.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        for area in dock.findChildren(QAbstractScrollArea):
            if not area.isVisible():
                continue
            assert not area.horizontalScrollBar().isVisible(), (dock.ui.tabs.tabText(index), area.objectName())
            if isinstance(area, QScrollArea) and area.widget() is not None:  # nothing cut off on the right either
                assert area.widget().minimumSizeHint().width() <= area.viewport().width(), area.objectName()
        bar = dock.ui.tabs.tabBar()
        assert all(bar.tabRect(i).right() < dock.ui.tabs.width() for i in range(bar.count()))


def test_history_shows_old_and_new_values(dock):
    target = dock.current
    dock.editor.widgets["PDLX"].setCurrentText("违法")
    assert dock.save()
    dock.ui.tabs.setCurrentWidget(dock.ui.historyTab)
    table = dock.history.historyTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[3:5] == ["原值", "新值"]
    row = next(i for i in range(table.rowCount()) if table.item(i, 2).toolTip() == "PDLX")
    assert (table.item(row, 3).text(), table.item(row, 4).text(), table.item(row, 1).text()) == ("", "违法", "测试员")
    assert query(dock.wp.path, "SELECT USER FROM history WHERE JCBH = ? AND FIELD = 'PDLX'", target) == [("测试员",)]


# ----- keyboard ----------------------------------------------------------------------------------------------------
def test_ctrl_s_saves_the_patch_not_the_project(dock, qtbot):
    """QGIS's own Ctrl+S (save project) is a window-wide action: inside the dock Ctrl+S saves the patch and the
    project action does not run (no "Ambiguous shortcut overload")."""
    window = dock.iface.mainWindow()
    project_saves = []
    save_project = QAction("Save Project", window)
    save_project.setShortcut(QKeySequence("Ctrl+S"))
    save_project.triggered.connect(lambda: project_saves.append(1))
    window.addAction(save_project)
    target = dock.current
    widget = dock.editor.widgets["WFZT"]
    focus(qtbot, widget)
    qtbot.keyClicks(widget, "Zhang")
    assert dock.form.edits == {"WFZT": "Zhang"}
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dock.form.dirty and project_saves == []
    assert query(dock.wp.path, "SELECT WFZT FROM patches WHERE JCBH = ?", target) == [("Zhang",)]
    # outside the dock the key is QGIS's again
    focus(qtbot, dock.iface.mapCanvas())
    qtbot.keyClick(dock.iface.mapCanvas(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert project_saves == [1]
    window.removeAction(save_project)


def test_keys_adopt_revert_and_step_from_any_field(dock, qtbot):
    ids = dock.shown_jcbhs()
    assert dock.current == ids[0]
    field = dock.editor.widgets["BZ"]  # a multi-line field: Ctrl+Up/Down would move its cursor otherwise
    focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # 采用预判
    assert dock.form.edits == {"PDLX": "违法", "PDXL": "非农化", "SFFNH": 1}
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # revert
    assert not dock.form.dirty and dock.editor.widgets["PDLX"].currentText() == ""
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert dock.current == ids[1]
    qtbot.keyClick(field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dock.current == ids[2]
    qtbot.keyClick(field, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dock.current == ids[1]
    table = dock.ui.patchTable  # in the list too, one unit per key (the list does not also move)
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert dock.current == ids[2]
    # the keys are in the tooltips
    assert "Ctrl+S" in dock.ui.saveButton.toolTip() and "Ctrl+J" in dock.ui.adoptButton.toolTip()
    assert "Esc" in dock.ui.revertButton.toolTip()
    assert "Ctrl+Down" in dock.ui.nextButton.toolTip() and "Ctrl+Up" in dock.ui.prevButton.toolTip()


def test_escape_without_edits_is_left_to_others(dock, qtbot):
    field = dock.editor.widgets["WFZT"]
    focus(qtbot, field)
    override = QKeySequence("Esc")[0]
    from qgis.PyQt.QtGui import QKeyEvent
    event = QKeyEvent(QEvent.Type.ShortcutOverride, override, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(field, event)
    assert not event.isAccepted()  # nothing to revert: a dialog or map tool may use Esc


# ----- typed numbers and dates -------------------------------------------------------------------------------------
def test_what_typed_text_means():
    from wpzf.ui.patch_form import InputRejected, parse_area, parse_form_date
    for typed, meant in (("1。5", 1.5), ("1，5", 1.5), ("1，50", 1.5), ("１５", 15.0), ("１．２５", 1.25), (".5", 0.5),
                         ("5。", 5.0), (" 2 ", 2.0), ("", None), ("　", None)):
        assert parse_area(typed) == meant, typed
    for typed in ("1,5", "1,500", "1,500.5", "1，500", "1.5.2", "1。5，2", "1e3", "1 5", "+1", "-0.5", "五"):
        with pytest.raises(InputRejected):
            parse_area(typed)
    for typed, meant in (("2022-03-05", "2022-03-05"), ("2022/3/5", "2022-03-05"), ("2022.3.5", "2022-03-05"),
                         ("2022年3月5日", "2022-03-05"), ("20220305", "2022-03-05"), ("２０２２－０３－０５", "2022-03-05"),
                         ("", None)):
        assert parse_form_date(typed) == meant, typed
    for typed in ("2022-13-01", "2022-02-30", "2022-3", "3/5/2022", "2022-03-05 10:00", "0202-03-05"):
        with pytest.raises(InputRejected):
            parse_form_date(typed)


@pytest.mark.parametrize("typed", ["1。5", "1，5", "1．5", "１.５", "１．５", "1.5"])
def test_decimal_marks_of_a_chinese_input_method_store_one_and_a_half(dock, qtbot, typed):
    target = dock.current
    widget = dock.editor.widgets["CCFGMJ"]
    focus(qtbot, widget)
    before = messages(dock)
    ime_type(widget, typed)
    assert dock.form.edits == {"CCFGMJ": 1.5} and not dock.form.invalid
    assert dock.editor.marked("CCFGMJ") is None or dock.editor.marked("CCFGMJ")[0] != "invalid"
    focus(qtbot, dock.editor.widgets["BBGDMJ"])  # leaving the field shows what will be stored
    assert widget.text() == "1.5"
    assert messages(dock) == before  # nothing announced while typing
    assert dock.save()
    assert query(dock.wp.path, "SELECT CCFGMJ FROM patches WHERE JCBH = ?", target) == [(1.5,)]


def test_latin_keys_type_numbers_too(dock, qtbot):
    widget = dock.editor.widgets["BBGDMJ"]
    focus(qtbot, widget)
    qtbot.keyClicks(widget, "0.35")
    assert dock.form.edits == {"BBGDMJ": 0.35}


@pytest.mark.parametrize("typed,why", [("1,500.5", "逗号"), ("1,5", "逗号"), ("1.5.2", "两个小数点"),
                                       ("1。5.2", "两个小数点"), ("1，500", "三位"), ("1.5亩", "只能填数字"),
                                       ("abc", "只能填数字"), ("-1", "不能为负")])
def test_an_ambiguous_number_is_refused_on_the_field_and_never_stored(dock, qtbot, typed, why):
    target = dock.current
    widget = dock.editor.widgets["CCFGMJ"]
    focus(qtbot, widget)
    before_messages, before_history = messages(dock), query(dock.wp.path, "SELECT COUNT(*) FROM history")
    ime_type(widget, typed)
    assert "CCFGMJ" not in dock.form.edits and dock.form.invalid == {"CCFGMJ": typed}
    assert dock.editor.marked("CCFGMJ")[0] == "invalid" and why in dock.editor.marked("CCFGMJ")[1]
    assert "border" in widget.styleSheet() and why in widget.toolTip()
    assert messages(dock) == before_messages
    focus(qtbot, dock.editor.widgets["BBGDMJ"])
    assert widget.text() == typed  # kept as typed, to be corrected
    assert dock.save() is False
    assert "拆除复耕耕地面积(亩)" in dock.last_message and typed in dock.last_message
    assert query(dock.wp.path, "SELECT CCFGMJ FROM patches WHERE JCBH = ?", target) == [(None,)]
    assert query(dock.wp.path, "SELECT COUNT(*) FROM history") == before_history
    ime_type(widget, "")  # corrected: the mark goes
    widget.clear()
    dock.editor.widgets["CCFGMJ"].textEdited.emit("")
    assert dock.editor.marked("CCFGMJ") is None and not dock.form.dirty


def test_a_date_is_checked_when_the_field_is_left_not_per_keystroke(dock, qtbot):
    target = dock.current
    widget = dock.editor.widgets["HCRQ"]
    focus(qtbot, widget)
    before = messages(dock)
    qtbot.keyClicks(widget, "2022-3")  # half typed: no message, no mark yet
    assert messages(dock) == before and dock.editor.marked("HCRQ") is None and "HCRQ" in dock.form.invalid
    focus(qtbot, dock.editor.widgets["WFZT"])  # left: marked on the field
    assert dock.editor.marked("HCRQ")[0] == "invalid" and "YYYY-MM-DD" in widget.toolTip()
    assert messages(dock) == before
    focus(qtbot, widget)
    widget.clear()
    qtbot.keyClicks(widget, "2022/3/5")  # the spellings people type are taken and shown as stored
    focus(qtbot, dock.editor.widgets["WFZT"])
    assert widget.text() == "2022-03-05" and dock.editor.marked("HCRQ") is None
    ime_type(dock.editor.widgets["PDRQ"], "２０２２年３月６日")
    assert dock.form.edits == {"HCRQ": "2022-03-05", "PDRQ": "2022-03-06"}
    assert messages(dock) == before
    assert dock.save()
    assert query(dock.wp.path, "SELECT HCRQ, PDRQ FROM patches WHERE JCBH = ?", target) == [("2022-03-05",
                                                                                            "2022-03-06")]


def test_a_date_picked_in_the_calendar(dock, qtbot):
    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtWidgets import QCalendarWidget
    widget = dock.editor.widgets["ZGRQ"]
    calendar = widget.findChild(QCalendarWidget)
    assert calendar is not None
    calendar.clicked.emit(QDate(2022, 4, 30))
    assert widget.text() == "2022-04-30" and dock.form.edits == {"ZGRQ": "2022-04-30"}


def test_a_stored_value_shows_as_stored(dock):
    from wpzf.core.store.workpackage import WorkPackage
    target = dock.shown_jcbhs()[3]
    WorkPackage(dock.wp.path).update_patches({target: {"CCFGMJ": 0.1234567, "HCRQ": "2022-03-05"}})
    dock.reload()
    dock.select_patch(target)
    assert dock.editor.widgets["CCFGMJ"].text() == "0.123457" and dock.editor.widgets["HCRQ"].text() == "2022-03-05"
    assert not dock.form.dirty  # showing is no edit, and nothing is rounded on save of another field
    ime_type(dock.editor.widgets["WFZT"], "某公司")
    assert dock.save()
    assert query(dock.wp.path, "SELECT CCFGMJ FROM patches WHERE JCBH = ?", target) == [(0.1234567,)]


# ----- restore from the history ------------------------------------------------------------------------------------
def test_restore_an_earlier_value_from_the_history(dock, qtbot):
    target = dock.current
    w = dock.editor.widgets
    w["PDLX"].setCurrentText("违法")
    w["XZCL"].setCurrentText("新增")
    assert dock.save()
    w["PDLX"].setCurrentText("其他用地")
    assert dock.save()
    dock.ui.tabs.setCurrentWidget(dock.ui.historyTab)
    table = dock.history.historyTable
    asked = []
    dock.ask_restore = lambda field, current, value: asked.append((field, current, value)) or True
    row = next(i for i in range(table.rowCount())  # the change 违法 → 其他用地 (newest first)
               if table.item(i, 2).toolTip() == "PDLX" and table.item(i, 3).text() == "违法")
    table.selectRow(row)
    assert dock.history.restoreButton.isEnabled()
    before = query(dock.wp.path, "SELECT COUNT(*) FROM history WHERE JCBH = ?", target)[0][0]
    qtbot.mouseClick(dock.history.restoreButton, Qt.MouseButton.LeftButton)
    assert asked == [("PDLX", "其他用地", "违法")]
    assert query(dock.wp.path, "SELECT PDLX, XZCL FROM patches WHERE JCBH = ?", target) == [("违法", "新增")]
    rows = query(dock.wp.path, "SELECT FIELD, OLD, NEW, ACTION, USER FROM history WHERE JCBH = ? ORDER BY fid",
                 target)
    assert len(rows) == before + 1 and rows[-1] == ("PDLX", "其他用地", "违法", "dock:restore", "测试员")
    assert w["PDLX"].currentText() == "违法" and not dock.form.dirty
    # the restore is in the table at once, and can itself be undone
    assert table.item(0, 2).toolTip() == "PDLX" and table.item(0, 4).text() == "违法"
    menu = dock.history.menu_at(table.visualItemRect(table.item(0, 0)).center())
    assert [a.text() for a in menu.actions()][0].startswith("恢复此值")
    menu.actions()[0].trigger()  # the original value of that row: 其他用地
    assert query(dock.wp.path, "SELECT PDLX FROM patches WHERE JCBH = ?", target) == [("其他用地",)]
    menu.close()


def test_restore_waits_for_unsaved_edits_and_skips_rows_that_are_no_form_field(dock):
    target = dock.current
    dock.ask_restore = lambda *a: pytest.fail("asked although nothing may be restored")
    dock.ui.tabs.setCurrentWidget(dock.ui.historyTab)
    table = dock.history.historyTable
    imported = next(i for i in range(table.rowCount()) if table.item(i, 2).toolTip() == "*")
    table.selectRow(imported)
    assert not dock.history.restoreButton.isEnabled() and dock.restore_history_value(imported) is False
    xzmc = next(i for i in range(table.rowCount()) if table.item(i, 2).toolTip() == "XZMC")
    assert dock.restore_history_value(xzmc) is False  # 乡镇 is no form field: not restored here
    ime_type(dock.editor.widgets["WFZT"], "甲")
    assert dock.save()
    row = next(i for i in range(table.rowCount()) if table.item(i, 2).toolTip() == "WFZT")
    ime_type(dock.editor.widgets["BZ"], "未保存")
    assert dock.restore_history_value(row) is False and "先保存" in dock.last_message
    assert query(dock.wp.path, "SELECT WFZT, BZ FROM patches WHERE JCBH = ?", target) == [("甲", None)]


# ----- the operator ------------------------------------------------------------------------------------------------
def test_the_operator_is_asked_once_and_recorded_instead_of_the_login(dock, monkeypatch):
    from wpzf.ui.patch_form import operator_name, set_operator_name
    target = dock.current
    set_operator_name("")
    dock._show_operator()
    assert dock.ui.operatorButton.text() == "操作人？"
    asked = []
    monkeypatch.setattr(dock, "ask_operator", lambda current="": asked.append(current) or None)
    ime_type(dock.editor.widgets["WFZT"], "乙")
    assert dock.save() is False and dock.form.dirty  # no name: nothing written, the edit kept
    assert "操作人" in dock.last_message
    monkeypatch.setattr(dock, "ask_operator", lambda current="": asked.append(current) or "李技术员")
    assert dock.save() and asked == ["", ""]
    assert operator_name() == "李技术员" and dock.ui.operatorButton.text() == "李技术员"
    ime_type(dock.editor.widgets["WFZT"], "丙")
    assert dock.save() and len(asked) == 2  # asked once only
    assert {r[0] for r in query(dock.wp.path, "SELECT USER FROM history WHERE JCBH = ? AND FIELD = 'WFZT'",
                                target)} == {"李技术员"}
    monkeypatch.setattr(dock, "ask_operator", lambda current="": "王工")
    dock.ui.operatorButton.click()  # editable at any time
    assert operator_name() == "王工"
    set_operator_name("测试员")


# ----- small things ------------------------------------------------------------------------------------------------
def test_the_unjudged_filter_and_the_count_say_the_same(dock):
    combo = dock.ui.judgmentCombo
    index = combo.findData("")
    assert combo.itemText(index).startswith("未判定 (") and "未判定 24" in dock.ui.countLabel.text()
    assert "（空）" not in combo.itemText(index)


def test_the_dock_toggle_action_follows_the_dock(dock, qtbot):
    action = dock.toggleViewAction()
    assert action.isCheckable() and action.isChecked()
    dock.hide()
    assert not action.isChecked()
    action.trigger()
    assert dock.isVisible() and action.isChecked()


def test_thumbnail_captions_show_the_end_of_the_file_name(dock):
    from wpzf.ui.photo_panel import caption
    panel = dock.photo_panel
    names = ["4501992022010001_东侧_{}.jpg".format(n) for n in range(3)]
    shown = [caption({"PATH": "照片/" + n}, fit=panel.fit_name).split("\n")[0] for n in names]
    assert len(set(shown)) == 3 and all(s.endswith("_{}.jpg".format(n)) for n, s in enumerate(shown))
    width = panel.thumbList.gridSize().width()
    assert all(panel.thumbList.fontMetrics().horizontalAdvance(s) <= width for s in shown)
    long_name = "x" * 200 + "_7.jpg"
    assert caption({"PATH": long_name}, fit=panel.fit_name).startswith("…")


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch):
    """A modal question would block the run: every one the dock might ask fails the test instead."""
    from qgis.PyQt.QtWidgets import QInputDialog, QMessageBox
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("unexpected question"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest.fail("unexpected question"))
    yield


def test_package_fixture_is_larger_than_the_list(package):
    assert query(package, "SELECT COUNT(*) FROM patches")[0][0] > 10
    assert os.path.exists(package)
