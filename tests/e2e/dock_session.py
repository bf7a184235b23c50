"""What the dock's e2e scripts share (dock_script.py, dock_split_script.py), inside the real QGIS desktop
(`qgis --code <script>`): a JSON report beside the screenshot (<shot>.json) that collects every exception QGIS shows
and the steps taken, waiting while QGIS works, the plugin and the test helpers importable, the dock opened through the
plugin on the package, the screenshot, and QGIS's exit — 0 only without errors.

    session = Session(out, package)
    session.run_later(lambda s: ...)      # after QGIS has started; the report is written and QGIS exits afterwards
"""
import json
import os
import sys
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QElapsedTimer, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.core import QgsApplication, QgsProject

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)  # datamaker.py lives here
ROOT = os.path.dirname(TESTS)
START_DELAY_MS = 2000  # QGIS finishes starting (plugins loaded, window shown) first


class Session:
    def __init__(self, out, package):
        self.out, self.package = out, package
        self.report = {"package": package, "screenshot": out, "errors": [], "steps": []}
        self._shown_exception = qgis.utils.showException
        qgis.utils.showException = self._record
        importable()

    def _record(self, type_, value, tb, msg=None, *args, **kwargs):
        self.report["errors"].append("".join(traceback.format_exception(type_, value, tb)))
        return self._shown_exception(type_, value, tb, msg, *args, **kwargs)

    def step(self, text):
        self.report["steps"].append(text)
        QApplication.processEvents()

    @staticmethod
    def wait(ms):
        """Let QGIS work (draw the map, finish tasks) for `ms` milliseconds."""
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            QApplication.processEvents()

    def open_dock(self, iface, plugin_required=False):
        """(plugin or None, dock) with the package open: the dock through the plugin's toolbar action, or made
        directly when the plugin is not loaded (unless `plugin_required`). Nothing is edited here, so nothing that
        would ask blocks."""
        plugin = qgis.utils.plugins.get("wpzf")
        if plugin is not None:
            plugin.toggle_dock()
            dock = plugin.dock
            self.step("dock opened through the plugin")
        elif plugin_required:
            raise RuntimeError("the plugin is not loaded")
        else:
            from wpzf.ui.dock import JudgmentDock
            dock = JudgmentDock(iface)
            iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.step("dock created directly (plugin not loaded)")
        dock.ask_unsaved = lambda *a, **k: "discard"
        if dock.wp is None or dock.wp.path != os.path.abspath(self.package):
            if not dock.open_package(self.package):
                raise RuntimeError("open_package failed: " + dock.last_message)
        self.step("package opened")
        return plugin, dock

    def screenshot(self, window):
        os.makedirs(os.path.dirname(os.path.abspath(self.out)), exist_ok=True)
        if not window.grab().save(self.out):
            raise RuntimeError("could not write " + self.out)
        self.step("screenshot saved")

    def run_later(self, body):
        """body(session) once QGIS has started; then the report is written and QGIS exits (0 only without errors)."""
        def run():
            code = 1
            try:
                body(self)
                code = 0 if not self.report["errors"] else 1
            except Exception:
                self.report["errors"].append(traceback.format_exc())
            with open(os.path.splitext(self.out)[0] + ".json", "w", encoding="utf-8") as fh:
                json.dump(self.report, fh, ensure_ascii=False, indent=1)
            QgsProject.instance().setDirty(False)
            QgsApplication.exit(code)
        QTimer.singleShot(START_DELAY_MS, run)


def importable():
    """The plugin as package `wpzf` (QGIS_PLUGINPATH normally provides it; else .build/plugins links the checkout)
    and the test helpers."""
    plugins = os.environ.get("QGIS_PLUGINPATH", "").split(os.pathsep)[0] or os.path.join(ROOT, ".build", "plugins")
    if not os.path.exists(os.path.join(plugins, "wpzf")):
        os.makedirs(plugins, exist_ok=True)
        os.symlink(ROOT, os.path.join(plugins, "wpzf"))
    for path in (plugins, TESTS):
        if path not in sys.path:
            sys.path.insert(0, path)
