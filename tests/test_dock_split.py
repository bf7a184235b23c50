"""Splitting in the dock (issue 12), driven as a technician would (pytest-qt, offscreen): a line or polygon drawn
with mouse clicks on the map canvas, the automatic split along a remembered approval, merge back, the refusals.
Expected values are read from the package with sqlite3 and measured with shapely + pyproj, not taken from the code
under test."""

import pytest
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject,
                       QgsRectangle)
from qgis.gui import QgsMapToolPan
from shapely import wkb as swkb

from fake_iface import FakeIface
from test_dock import query
from test_overlay import X0, Y0, import_lonlat, mu, rect
from test_split_patches import references

TOL = 0.01  # 亩


def count(path, table="history"):
    return query(path, "SELECT COUNT(*) FROM {}".format(table))[0][0]


SHAPES = {"partly": rect(0, 0, 100, 60),  # 60 % inside the approval (x 0..60)
          "plain": rect(300, 300, 80, 60),  # no approval, filing or permit near it
          "confirmed": rect(400, 100, 50, 50)}


@pytest.fixture
def county(qgis_processing, tmp_path):
    """Three patches overlaid with land use, an approval and a facility filing (remembered by the package) and
    pre-judged; one of them already confirmed."""
    from wpzf.core.store.workpackage import WorkPackage
    lu, _cells, approvals, facility = references(tmp_path)
    wp_path = import_lonlat(qgis_processing, tmp_path, list(SHAPES.values()))
    qgis_processing.run("wpzf:overlay", {"WORKPACKAGE": wp_path, "LANDUSE": lu, "APPROVALS": approvals,
                                         "APPROVAL_FIELD": "PZWH", "FACILITY": facility})
    qgis_processing.run("wpzf:prejudge", {"WORKPACKAGE": wp_path})
    keys = dict(zip(SHAPES, sorted(WorkPackage(wp_path).jcbh_list())))
    WorkPackage(wp_path).update_patches({keys["confirmed"]: {"HSZT": "已确认", "PDLX": "违法", "PDXL": "非农化",
                                                             "XZCL": "新增"}}, action="test-setup")
    return {"wp": wp_path, "keys": keys}


@pytest.fixture
def bare(qgis_processing, tmp_path):
    """A package that was never overlaid: it remembers no reference layer."""
    folder = tmp_path / "bare"
    folder.mkdir()
    return import_lonlat(qgis_processing, folder, [SHAPES["plain"]])


@pytest.fixture
def make_dock(qtbot, monkeypatch):
    """Docks on fake ifaces, shown; an unexpected question fails the test instead of blocking it."""
    from wpzf.ui.dock import JudgmentDock
    QgsProject.instance().clear()
    made = []

    def unexpected(*args, **kwargs):
        raise AssertionError("the dock asked a question unexpectedly")

    def make(path):
        iface = FakeIface()
        dock = JudgmentDock(iface)
        for name in ("ask_unsaved", "ask_split", "ask_merge"):
            monkeypatch.setattr(dock, name, unexpected)
        iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        qtbot.addWidget(iface.window)
        iface.window.show()
        made.append(dock)
        assert dock.open_package(path)
        qtbot.wait(50)  # the canvas settles on its size and the deferred zoom to the patch
        return dock

    yield make
    for dock in made:
        dock.close_package(ask=False)
    QgsProject.instance().clear()


def answer(monkeypatch, dock, name, reply):
    """Replace the dock's question `name` by `reply`; returns the list of the questions' arguments."""
    asked = []

    def ask(*args):
        asked.append(args)
        return reply

    monkeypatch.setattr(dock, name, ask)
    return asked


def pixel(dock, x, y):
    """Where package coordinates (offsets from X0, Y0) are on the canvas viewport (reprojected when the canvas
    shows another CRS)."""
    canvas = dock.iface.mapCanvas()
    point = QgsPointXY(X0 + x, Y0 + y)
    shown = canvas.mapSettings().destinationCrs()
    if shown != dock.map.crs:
        point = QgsCoordinateTransform(dock.map.crs, shown, QgsProject.instance()).transform(point)
    point = canvas.mapSettings().mapToPixel().transform(point)
    return QPoint(int(round(point.x())), int(round(point.y())))


def click(dock, x, y, button=Qt.MouseButton.LeftButton):
    viewport = dock.iface.mapCanvas().viewport()
    at = pixel(dock, x, y)
    QTest.mouseMove(viewport, at)
    QTest.mouseClick(viewport, button, Qt.KeyboardModifier.NoModifier, at)


def button_of(dock, action):
    """The 拆分 button's menu entry for `action`, opened and clicked as a technician would."""
    menu = dock.split_ui.menu
    assert dock.ui.splitButton.menu() is menu and action in menu.actions()
    return menu, action


def click_menu(qtbot, entry):
    menu, action = entry
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    qtbot.waitExposed(menu)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def parts_in_package(wp_path, jcbh):
    return query(wp_path, "SELECT ZTBBH, TBMJ, YPPDLX, YPPDXL, PZMJ, HSZT FROM patches WHERE JCBH = ? AND TBZT = '拆分'"
                          " ORDER BY ZTBBH", jcbh)


def stored_shape(wp_path, key):
    from wpzf.core.store.workpackage import WorkPackage
    return swkb.loads(WorkPackage(wp_path).patch(key, geometry=True)["_wkb"])


# ----- drawing -----------------------------------------------------------------------------------------------------
def test_a_line_drawn_across_the_patch_splits_it_overlays_and_prejudges_the_parts(make_dock, county, qtbot,
                                                                                  monkeypatch):
    wp_path, key = county["wp"], county["keys"]["plain"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    whole = query(wp_path, "SELECT TBMJ FROM patches WHERE JCBH = ?", key)[0][0]
    asked = answer(monkeypatch, dock, "ask_split", True)
    assert dock.split_ui.line_action.isEnabled() and not dock.split_ui.merge_action.isEnabled()
    click_menu(qtbot, button_of(dock, dock.split_ui.line_action))
    assert dock.iface.mapCanvas().mapTool() is dock.split_ui.tool
    click(dock, 340, 290)  # a line across the 80 × 60 m patch at its middle, from below to above
    click(dock, 340, 370)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        click(dock, 340, 370, Qt.MouseButton.RightButton)  # finishes
        # the split is written at once; only the overlay of the parts runs in the background, the form read-only
        assert dock.split_ui.busy and not dock.editor.widgets["PDLX"].isEnabled()
    assert dock.iface.mapCanvas().mapTool() is None  # the tool that was active before (none) is back

    # the question showed the parts with their planar areas and numbers
    (asked_key, parts, names), = asked
    assert asked_key == key and names == [key + "-1", key + "-2"]
    assert [p.area_m2 for p in parts] == pytest.approx([2400.0, 2400.0], rel=0.01)

    rows = parts_in_package(wp_path, key)
    assert [r[0] for r in rows] == [key + "-1", key + "-2"]
    assert query(wp_path, "SELECT TBZT FROM patches WHERE JCBH = ? AND (ZTBBH IS NULL OR ZTBBH = '')", key) == \
        [("被拆分",)]
    shapes = [stored_shape(wp_path, r[0]) for r in rows]
    assert sum(s.area for s in shapes) == pytest.approx(stored_shape(wp_path, key).area, rel=1e-9)
    for (part_key, tbmj, yppdlx, _xl, _pz, hszt), shape in zip(rows, shapes):
        assert tbmj == pytest.approx(mu(shape), abs=TOL)  # overlaid: the engine's area, checked with pyproj
        assert yppdlx == "违法" and hszt == "待核查"  # pre-judged: no approval covers it
    assert sum(r[1] for r in rows) == pytest.approx(whole, abs=TOL)
    history = query(wp_path, "SELECT JCBH, FIELD, NEW, ACTION FROM history WHERE ACTION IN ('split', 'overlay',"
                             " 'prejudge') AND JCBH IN (?, ?, ?) ORDER BY fid", key, key + "-1", key + "-2")
    assert (key, "TBZT", "被拆分", "split") in history
    assert {(k, "*", "split") for k in (key + "-1", key + "-2")} <= {(h[0], h[1], h[3]) for h in history}
    assert {(k, "TBMJ", "overlay") for k in (key + "-1", key + "-2")} <= {(h[0], h[1], h[3]) for h in history}
    assert {(k, "YPPDLX", "prejudge") for k in (key + "-1", key + "-2")} <= {(h[0], h[1], h[3]) for h in history}

    # the dock shows the first part; the list has the parts under a grey, unselectable row for the patch
    assert dock.current == key + "-1" and "已套合并预判" in dock.last_message
    model = dock.model
    parent_row = [i for i, (k, is_parent) in enumerate(model.entries) if is_parent]
    assert [model.entries[i][0] for i in parent_row] == [key]
    row = parent_row[0]
    assert model.jcbh(row) is None and not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert [model.data(model.index(row + n, 0)) for n in (1, 2)] == ["  └ " + key + "-1", "  └ " + key + "-2"]
    assert "2" in model.data(model.index(row, 4))  # 已拆分为 2 个子图斑
    assert "共 4 个图斑" in dock.ui.countLabel.text()  # units: two patches and two parts, not the split patch
    assert abs(dock.map.band.asGeometry().area() - shapes[0].area) < 1e-6 * shapes[0].area
    assert "%.2f" % rows[0][1] == dock.info_labels["TBMJ"].text()
    # a part cannot be split again, it can be merged
    ui = dock.split_ui
    assert not ui.line_action.isEnabled() and not ui.auto_action.isEnabled() and ui.merge_action.isEnabled()
    assert "合并" in ui.line_action.toolTip()
    # stepping through the list passes over the split patch's row
    dock.select_patch(key + "-2")
    assert dock.previous_patch() and dock.current == key + "-1"
    assert dock.previous_patch() and dock.current == county["keys"]["partly"]
    # the part's history tab says where it came from
    dock.select_patch(key + "-1")
    dock.ui.tabs.setCurrentWidget(dock.ui.historyTab)
    table = dock.history.historyTable
    shown = {(table.item(i, 2).text(), table.item(i, 4).text()) for i in range(table.rowCount())}
    assert ("（拆分）", "拆分自 " + key) in shown


def test_a_polygon_drawn_over_a_corner_cuts_it_off(make_dock, county, qtbot, monkeypatch):
    wp_path, key = county["wp"], county["keys"]["plain"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    answer(monkeypatch, dock, "ask_split", True)
    dock.split_ui.polygon_action.trigger()
    for x, y in ((360, 340), (400, 340), (400, 380), (360, 380)):  # covers the patch's top right 20 × 20 m
        click(dock, x, y)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        QTest.keyClick(dock.iface.mapCanvas(), Qt.Key.Key_Return)
    rows = parts_in_package(wp_path, key)
    areas = sorted(stored_shape(wp_path, r[0]).area for r in rows)
    assert areas == pytest.approx([400.0, 4400.0], rel=0.02)


def test_escape_cancels_the_drawing_and_writes_nothing(make_dock, county, qtbot, monkeypatch):
    wp_path, key = county["wp"], county["keys"]["plain"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    before = (count(wp_path), count(wp_path, "patches"))
    dock.split_ui.line_action.trigger()
    tool = dock.split_ui.tool
    click(dock, 340, 290)
    click(dock, 340, 370)
    assert len(tool.points) == 2 and tool.band.numberOfVertices() == 2
    QTest.keyClick(dock.iface.mapCanvas(), Qt.Key.Key_Escape)
    assert dock.split_ui.tool is None and dock.iface.mapCanvas().mapTool() is None  # ask_split would have failed
    assert "已取消" in dock.last_message
    assert (count(wp_path), count(wp_path, "patches")) == before
    assert dock.current == key and not dock.split_ui.busy


def test_a_line_drawn_on_a_map_in_lon_lat_is_taken_into_the_package_crs(make_dock, county, qtbot, monkeypatch):
    wp_path, key = county["wp"], county["keys"]["plain"]
    dock = make_dock(wp_path)
    canvas = dock.iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    dock.select_patch(key)
    dock.map.show_patch(dock.geometry_of_current, dock.map.crs)  # zoomed again in the new CRS
    answer(monkeypatch, dock, "ask_split", True)
    dock.split_ui.line_action.trigger()
    click(dock, 320, 290)  # 20 m from the patch's west edge
    click(dock, 320, 370)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        click(dock, 320, 370, Qt.MouseButton.RightButton)
    areas = [stored_shape(wp_path, r[0]).area for r in parts_in_package(wp_path, key)]
    assert sorted(areas) == pytest.approx([1200.0, 3600.0], rel=0.02)


def test_picking_another_map_tool_drops_the_drawing(make_dock, county):
    wp_path, key = county["wp"], county["keys"]["plain"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    before = count(wp_path)
    dock.split_ui.polygon_action.trigger()
    click(dock, 360, 340)
    click(dock, 400, 340)
    canvas = dock.iface.mapCanvas()
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    assert dock.split_ui.tool is None and canvas.mapTool() is pan and count(wp_path) == before


def test_a_line_that_does_not_cross_the_patch_is_refused(make_dock, county, monkeypatch):
    wp_path, key = county["wp"], county["keys"]["plain"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    before = count(wp_path)
    dock.split_ui.line_action.trigger()
    click(dock, 320, 320)  # inside the patch, never leaving it
    click(dock, 330, 330)
    click(dock, 330, 330, Qt.MouseButton.RightButton)
    assert "没有把图斑分成" in dock.last_message and count(wp_path) == before and not dock.split_ui.busy


def combo_counts(combo):
    """{value: count} read from the combo texts 'value (n)'."""
    return {combo.itemData(i): int(combo.itemText(i).rsplit("(", 1)[1].rstrip(")")) for i in range(1, combo.count())}


def test_the_list_counts_units_and_finds_parts_by_the_patch_number(make_dock, county):
    from wpzf.core.split.run import split_unit_by_geometry
    wp_path, keys = county["wp"], county["keys"]
    line = QgsGeometry.fromWkt("LINESTRING({} {}, {} {})".format(X0 + 340, Y0 + 290, X0 + 340, Y0 + 370))
    split_unit_by_geometry(wp_path, keys["plain"], line)
    dock = make_dock(wp_path)
    units = [keys["partly"], keys["plain"] + "-1", keys["plain"] + "-2", keys["confirmed"]]
    assert dock.shown_jcbhs() == units  # the parts where the patch stood; the patch itself is no unit
    assert combo_counts(dock.ui.batchCombo) == {"2022-01": 4}
    assert combo_counts(dock.ui.stateCombo) == dict(query(
        wp_path, "SELECT HSZT, COUNT(*) FROM patches WHERE TBZT IS NULL OR TBZT <> '被拆分' GROUP BY HSZT"))
    dock.set_filter("state", "已确认")
    assert dock.shown_jcbhs() == [keys["confirmed"]] and not any(p for _k, p in dock.model.entries)
    dock.clear_filter()
    dock.ui.searchEdit.setText(keys["plain"])  # the number the patch was issued under finds its parts
    assert dock.shown_jcbhs() == units[1:3] and dock.model.entries[0] == (keys["plain"], True)
    assert "显示 2 / 共 4" in dock.ui.countLabel.text()
    dock.ui.patchTable.setCurrentIndex(dock.model.index(0, 0))  # choosing the split patch's row changes nothing
    assert dock.current == keys["partly"] and dock.select_row(0) is False
    assert dock.select_row(1) and dock.current == units[1]


# ----- automatic split, merge, refusals ----------------------------------------------------------------------------
def test_the_automatic_split_cuts_along_the_approval(make_dock, county, qtbot):
    wp_path, key = county["wp"], county["keys"]["partly"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    whole = query(wp_path, "SELECT TBMJ FROM patches WHERE JCBH = ?", key)[0][0]
    assert dock.split_ui.auto_action.isEnabled()
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        click_menu(qtbot, button_of(dock, dock.split_ui.auto_action))
    rows = parts_in_package(wp_path, key)
    assert [r[0] for r in rows] == [key + "-1", key + "-2"]
    inside, outside = rows
    assert (inside[2], inside[3]) == ("合法", "批文") and inside[4] == pytest.approx(inside[1], abs=TOL)
    assert outside[2] == "违法" and (outside[4] or 0.0) < TOL
    assert inside[1] + outside[1] == pytest.approx(whole, abs=TOL)
    assert inside[1] / whole == pytest.approx(0.6, abs=0.01)
    assert dock.current == key + "-1" and "自动拆分" in dock.last_message


def test_the_automatic_split_says_when_nothing_cuts_the_patch(make_dock, county, qtbot):
    wp_path, key = county["wp"], county["keys"]["plain"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    before = count(wp_path)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        dock.split_ui.auto_action.trigger()
    assert "未拆分" in dock.last_message and count(wp_path) == before and dock.current == key


def test_merge_back_restores_the_patch(make_dock, county, qtbot, monkeypatch):
    wp_path, key = county["wp"], county["keys"]["partly"]
    before = query(wp_path, "SELECT TBMJ, PZMJ, YPPDLX, BSBZ, HSZT FROM patches WHERE JCBH = ?", key)
    dock = make_dock(wp_path)
    dock.select_patch(key)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        dock.split_ui.auto_action.trigger()
    dock.select_patch(key + "-2")
    asked = answer(monkeypatch, dock, "ask_merge", True)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=10000):
        click_menu(qtbot, button_of(dock, dock.split_ui.merge_action))
    assert asked == [(key, [key + "-1", key + "-2"])]
    assert query(wp_path, "SELECT TBMJ, PZMJ, YPPDLX, BSBZ, HSZT FROM patches WHERE JCBH = ?", key) == before
    assert query(wp_path, "SELECT TBZT FROM patches WHERE JCBH = ?", key) == [(None,)]
    removed = query(wp_path, "SELECT JCBH FROM history WHERE ACTION = 'merge' AND FIELD = '*' ORDER BY JCBH")
    assert removed == [(key + "-1",), (key + "-2",)]
    assert dock.current == key and not any(parent for _k, parent in dock.model.entries)
    assert dock.split_ui.line_action.isEnabled() and not dock.split_ui.merge_action.isEnabled()


def test_merge_is_refused_while_a_part_is_confirmed(make_dock, county, qtbot):
    wp_path, key = county["wp"], county["keys"]["partly"]
    dock = make_dock(wp_path)
    dock.select_patch(key)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        dock.split_ui.auto_action.trigger()
    dock.select_patch(key + "-1")  # judged and confirmed in the form, as a technician does
    w = dock.editor.widgets
    w["PDLX"].setCurrentText("合法")
    w["PDXL"].setCurrentText("批文")
    w["HSZT"].setCurrentText("已确认")
    assert dock.save()
    dock.select_patch(key + "-2")
    before = (count(wp_path), count(wp_path, "patches"))
    assert dock.split_ui.merge_action.isEnabled()
    dock.split_ui.merge_action.trigger()  # ask_merge is not even asked (it would fail the test)
    assert "已确认" in dock.last_message and "不能合并" in dock.last_message
    assert (count(wp_path), count(wp_path, "patches")) == before
    assert len(parts_in_package(wp_path, key)) == 2 and dock.current == key + "-2"


def test_a_confirmed_patch_cannot_be_split(make_dock, county):
    dock = make_dock(county["wp"])
    dock.select_patch(county["keys"]["confirmed"])
    ui = dock.split_ui
    assert not any(a.isEnabled() for a in (ui.auto_action, ui.line_action, ui.polygon_action, ui.merge_action))
    assert "已确认" in ui.line_action.toolTip()


def test_without_remembered_layers_a_drawn_split_is_written_and_the_overlay_asked_for(make_dock, bare, qtbot,
                                                                                     monkeypatch):
    dock = make_dock(bare)
    key = dock.current
    assert not dock.split_ui.auto_action.isEnabled() and "套合分析" in dock.split_ui.auto_action.toolTip()
    answer(monkeypatch, dock, "ask_split", True)
    dock.split_ui.line_action.trigger()
    click(dock, 340, 290)
    click(dock, 340, 370)
    with qtbot.waitSignal(dock.split_ui.changed, timeout=60000):
        QTest.keyClick(dock.iface.mapCanvas(), Qt.Key.Key_Enter)
    rows = parts_in_package(bare, key)
    assert [r[0] for r in rows] == [key + "-1", key + "-2"] and all(r[1] is None and r[2] is None for r in rows)
    assert "套合分析" in dock.last_message and dock.current == key + "-1"


# ----- the same without widgets ------------------------------------------------------------------------------------
def test_split_unit_by_geometry_without_the_dock(county, bare):
    from wpzf.core.errors import InputError
    from wpzf.core.split.run import split_unit_by_geometry
    line = QgsGeometry.fromWkt("LINESTRING({} {}, {} {})".format(X0 + 330, Y0 + 290, X0 + 350, Y0 + 370))
    wp_path, key = county["wp"], county["keys"]["plain"]
    done = split_unit_by_geometry(wp_path, key, line)
    assert done.keys == [key + "-1", key + "-2"] and done.overlaid and done.note == ""
    rows = parts_in_package(wp_path, key)
    assert all(r[1] is not None and r[2] == "违法" for r in rows)
    with pytest.raises(InputError, match="子图斑"):  # a part is not split again
        split_unit_by_geometry(wp_path, key + "-1", line)
    with pytest.raises(InputError, match="已确认"):
        split_unit_by_geometry(wp_path, county["keys"]["confirmed"], QgsGeometry.fromWkt(
            "LINESTRING({} {}, {} {})".format(X0 + 425, Y0 + 90, X0 + 425, Y0 + 160)))
    plain = query(bare, "SELECT JCBH FROM patches")[0][0]
    done = split_unit_by_geometry(bare, plain, line)
    assert len(done.keys) == 2 and not done.overlaid and "套合分析" in done.note


def test_the_questions_name_the_parts_and_their_areas(make_dock, county, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox
    from wpzf.core.split.geometry import Part
    from wpzf.ui import dock as dock_module
    dock = make_dock(county["wp"])
    monkeypatch.undo()  # the real questions, with QMessageBox answering instead of a person
    shown = []

    def question(parent, title, message, buttons, default):
        shown.append((title, message))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(dock_module.QMessageBox, "question", question)
    parts = [Part(QgsGeometry.fromRect(QgsRectangle(0, 0, 40, 60)), "outside"),
             Part(QgsGeometry.fromRect(QgsRectangle(40, 0, 80, 60)), "outside")]
    assert dock.ask_split("X", parts, ["X-1", "X-2"])
    assert dock.ask_merge("X", ["X-1", "X-2"])
    (split_title, split_text), (merge_title, merge_text) = shown
    assert "X-1：3.60 亩" in split_text and "X-2：3.60 亩" in split_text and "平面面积" in split_text
    assert "X-1、X-2" in merge_text and "历史中保留" in merge_text
