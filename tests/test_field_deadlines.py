"""The dock's 期限 tab knows what was sent to which township and what has not come back (issue 16)."""
import os

from fake_iface import close_dock, open_dock
from test_field_common import build_package, send


def test_deadline_tab_lists_the_township_returns_still_owed(qgis_processing, qtbot, tmp_path):
    wp_path = build_package(qgis_processing, str(tmp_path))
    _result, folders = send(qgis_processing, wp_path, str(tmp_path / "发出"), townships="450199101")
    assert folders and all(os.path.isdir(f) for f in folders)
    dock = open_dock(qtbot)
    try:
        assert dock.open_package(wp_path)
        dock.load_deadlines()
        table = dock.ui.upcomingTable
        labels = [table.item(r, 2).text() for r in range(table.rowCount())]
        owed = [text for text in labels if "城关镇" in text and "实地核查返回" in text]
        assert owed and "3/3" in owed[0], labels
    finally:
        close_dock(dock)


def test_dock_shows_a_return_conflict_and_takes_the_townships_value(qgis_processing, qtbot, tmp_path):
    """A township's value that met a county edit: the dock offers it with both values; taking it writes it."""
    from qgis.PyQt.QtCore import QItemSelectionModel
    from test_field_common import fill, keys_of, task_list
    from wpzf.core.store.workpackage import WorkPackage
    from wpzf.ui.conflicts_dialog import ConflictsDialog
    wp_path = build_package(qgis_processing, str(tmp_path))
    _result, folders = send(qgis_processing, wp_path, str(tmp_path / "out"), townships="城关镇")
    keys = keys_of(folders[0])
    wp = WorkPackage(wp_path)
    wp.update_patches({keys[0]: {"WFZT": "县里核实：某公司"}}, user="技术员")
    fill(task_list(folders[0]), {keys[0]: {"违法主体": "村民李某"}})
    assert qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": folders[0]})["CONFLICTS"] == 1
    dock = open_dock(qtbot)
    try:
        assert dock.open_package(wp_path)
        dock.load_deadlines()
        assert not dock.conflictsButton.isHidden() and "1" in dock.conflictsButton.text()
        dialog = ConflictsDialog(dock.wp, "技术员", dock)
        cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
        assert cells[0] == keys[0] and "县里核实：某公司" in cells and "村民李某" in cells
        dialog.table.selectionModel().select(dialog.table.model().index(0, 0),
                                             QItemSelectionModel.SelectionFlag.Select
                                             | QItemSelectionModel.SelectionFlag.Rows)
        dialog.take.click()
        assert dialog.resolved == 1 and dialog.table.rowCount() == 0
        assert WorkPackage(wp_path).patch(keys[0])["WFZT"] == "村民李某"
        dialog.close()
        assert dock._show_conflicts() == 0 and dock.conflictsButton.isHidden()
    finally:
        close_dock(dock)
