"""Runs inside the real QGIS desktop (qgis --code): checks the plugin, reloads it twice, saves a screenshot.

Writes a JSON report to $WPZF_E2E_OUT/report.json and quits QGIS. Driven by tests/test_e2e_qgis.py.
"""
import json
import os
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QToolBar
from qgis.core import QgsApplication
from qgis.utils import iface

OUT = os.environ["WPZF_E2E_OUT"]
report = {"errors": [], "checks": {}}
_original_show = qgis.utils.showException


def _record(type_, value, tb, msg=None, *args, **kwargs):
    report["errors"].append("".join(traceback.format_exception(type_, value, tb)))
    return _original_show(type_, value, tb, msg, *args, **kwargs)


qgis.utils.showException = _record


def state():
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("wpzf")
    menu_texts = []
    for action in iface.vectorMenu().actions():  # metadata.txt: category=Vector
        if action.menu() is not None and "卫片执法" in action.text():
            menu_texts = [a.text() for a in action.menu().actions()]
    toolbars = [t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == "WpzfToolbar"]
    return {
        "active": "wpzf" in qgis.utils.active_plugins,
        "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
        "menu": menu_texts,
        "toolbars": len(toolbars),
        "toolbar_actions": len(toolbars[0].actions()) if toolbars else 0,
    }


def settle():
    """Let Qt run pending deleteLater() calls, as the event loop would between user actions."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def run():
    try:
        report["checks"]["loaded"] = state()
        for i in range(2):
            qgis.utils.reloadPlugin("wpzf")
            settle()
            report["checks"]["reload_{}".format(i + 1)] = state()
        qgis.utils.unloadPlugin("wpzf")
        settle()
        report["checks"]["unloaded"] = state()
        qgis.utils.loadPlugin("wpzf")
        qgis.utils.startPlugin("wpzf")
        settle()
        report["checks"]["restarted"] = state()
        toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if toolbox is not None:
            toolbox.show()
            search = toolbox.findChild(object, "searchBox")
            if search is not None and hasattr(search, "setText"):
                search.setText("wpzf")
        iface.mainWindow().resize(1400, 850)
        QApplication.processEvents()
        iface.mainWindow().grab().save(os.path.join(OUT, "qgis_plugin.png"))
    except Exception:
        report["errors"].append(traceback.format_exc())
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(1500, run)
