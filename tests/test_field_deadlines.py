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
