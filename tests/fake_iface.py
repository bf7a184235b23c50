"""What the dock uses of QgisInterface, with a real canvas and message bar (tests and bench/bench_dock.py)."""
from qgis.PyQt.QtWidgets import QMainWindow
from qgis.gui import QgsMapCanvas, QgsMessageBar


class FakeIface:
    def __init__(self, width=1200, height=900):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.bar = QgsMessageBar(self.window)
        self.window.resize(width, height)

    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self.bar


def open_dock(qtbot):
    """A judgment dock on a fake iface, docked and shown; close it with close_dock (a clean project after)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.core import QgsProject
    from wpzf.ui.dock import JudgmentDock
    QgsProject.instance().clear()
    iface = FakeIface()
    dock = JudgmentDock(iface)
    iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    qtbot.addWidget(iface.window)
    return dock


def close_dock(dock):
    from qgis.core import QgsProject
    dock.close_package(ask=False)
    QgsProject.instance().clear()
