"""What the dock uses of QgisInterface, with a real canvas and message bar (tests and bench/bench_dock.py).

FakeIface(1366, 768) is laid out like QGIS maximised on a 1366×768 screen: a menu bar, two rows of toolbars and a
status bar around the canvas, so a dock on the right gets the height it gets in QGIS (~650 px). A technician's name
is set (the dock asks for one on its first save otherwise); pass operator="" to keep none.
"""
from qgis.PyQt.QtWidgets import QMainWindow, QToolBar, QWidget
from qgis.gui import QgsMapCanvas, QgsMessageBar

QGIS_TOOLBAR_ROWS = 2  # QGIS's default toolbars need two rows at 1366 px
TOOLBAR_ROW_PX = 34
DOCK_WIDTH = 440  # what a right dock gets in QGIS maximised at 1366×768 (the issue: roughly 400-480 px)
QGIS_FONT_PT = 9  # QGIS's UI font on a county PC (and under xvfb); Qt's offscreen platform would use 12 pt
_FONTS = []


class FakeIface:
    def __init__(self, width=1200, height=900, operator="测试员"):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.bar = QgsMessageBar(self.window)
        self.window.menuBar().addMenu("Project")
        for row in range(QGIS_TOOLBAR_ROWS):
            toolbar = QToolBar("toolbar {}".format(row), self.window)
            spacer = QWidget()
            spacer.setFixedSize(24, TOOLBAR_ROW_PX - 10)
            toolbar.addWidget(spacer)
            if row:
                self.window.addToolBarBreak()
            self.window.addToolBar(toolbar)
        self.window.statusBar().showMessage(" ")
        self.window.resize(width, height)
        if operator:
            from wpzf.ui.patch_form import operator_name, set_operator_name
            if not operator_name():
                set_operator_name(operator)

    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self.bar


def open_dock(qtbot, width=1366, height=768):
    """A judgment dock on a fake iface, docked on the right and shown as in QGIS at `width`×`height`; close it with
    close_dock (a clean project after)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QApplication
    from qgis.core import QgsProject
    from wpzf.ui.dock import JudgmentDock
    QgsProject.instance().clear()
    font = QApplication.font()
    _FONTS.append(QApplication.font())
    font.setPointSizeF(QGIS_FONT_PT)
    QApplication.setFont(font)
    iface = FakeIface(width, height)
    dock = JudgmentDock(iface)
    iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    qtbot.addWidget(iface.window)
    iface.window.show()
    iface.window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    qtbot.waitExposed(iface.window)
    return dock


def close_dock(dock):
    from qgis.PyQt.QtWidgets import QApplication
    from qgis.core import QgsProject
    dock.close_package(ask=False)
    QgsProject.instance().clear()
    if _FONTS:
        QApplication.setFont(_FONTS.pop())
