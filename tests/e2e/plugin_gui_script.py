"""Runs inside the real QGIS desktop: the plugin's menu, dock button, dialogs and "open folder" message (issue 14).

    WPZF_E2E_OUT=<folder> WPZF_E2E_PACKAGE=<package.gpkg> QGIS_PLUGINPATH=<repo>/.build/plugins \\
        xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck --code tests/e2e/plugin_gui_script.py

1. The 卫片执法 submenu sits in the Vector menu (metadata: category=Vector), not in the Plugins menu.
2. The 判定面板 button is checkable and follows the dock: shown by the button, closed by the dock's own button,
   shown again from the dock's view action.
3. With the package (built as `make demo` builds it when missing, tests/e2e/sample_package.py) open in the dock, the
   dialogs the menu opens start with it and with the reference layers it remembers: what each dialog would run with
   is read back from the dialog itself; the help panel shows placeholders such as <监测编号> as text.
4. wpzf:export run from the menu's dialog (FORCE, the sample has severe self-check problems on purpose) ends with a
   message bar offering to open the output folder.
Screenshots of the overlay dialog and of the main window with the message go to the output folder; a JSON report to
<folder>/plugin_gui.json. Run in Chinese or (locale set to en_US in the profile) in English.
"""
import json
import os
import sys
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QElapsedTimer, QTimer
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QTextBrowser
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.gui import QgsProcessingAlgorithmDialogBase
from qgis.utils import iface

import wpzf  # the plugin QGIS loaded (QGIS_PLUGINPATH links it to the repository)

OUT = os.environ.get("WPZF_E2E_OUT") or os.path.join(os.getcwd(), "wpzf_plugin_gui")
PACKAGE = os.environ.get("WPZF_E2E_PACKAGE") or os.path.join(OUT, "县", "工作库.gpkg")
ROOT = os.path.realpath(os.path.dirname(wpzf.__file__))  # `qgis --code` sets no __file__
HERE = os.path.join(ROOT, "tests", "e2e")
LANG = (QgsSettings().value("locale/userLocale") or "zh_CN").split("_")[0]
report = {"language": LANG, "errors": [], "dialogs": {}, "steps": []}
_shown_exception = qgis.utils.showException


def _record(type_, value, tb, msg=None, *args, **kwargs):
    report["errors"].append("".join(traceback.format_exception(type_, value, tb)))
    return _shown_exception(type_, value, tb, msg, *args, **kwargs)


qgis.utils.showException = _record


def wait(ms):
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QApplication.processEvents()


def our_submenu(menu):
    plugin = qgis.utils.plugins["wpzf"]
    for action in menu.actions():
        if action.menu() is not None and action.menu().title() == plugin.menu:
            return action.menu()
    return None


def plain(value):
    """A parameter value as text: a layer (or the id of a project layer: the dock shows the reference layers, and
    the dialog picks them) as its source, a one-field list as the field."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, str) and QgsProject.instance().mapLayer(value) is not None:
        value = QgsProject.instance().mapLayer(value)
    if hasattr(value, "source"):
        value = value.source()
    return value if isinstance(value, (bool, int, float)) or value is None else str(value)


def step(text):
    report["steps"].append(text)


def open_from_menu(alg_id, inspect):
    """Trigger the algorithm's menu action; `inspect(dialog)` runs once the (modal) dialog is up and closes it."""
    def look():
        # Processing's dialog runs its own event loop without being application-modal
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QgsProcessingAlgorithmDialogBase) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(200, look)
            return
        dialog = dialogs[0]
        step("dialog up: {}".format(alg_id))
        try:
            inspect(dialog)
        except Exception:
            report["errors"].append(traceback.format_exc())
            dialog.close()
    QTimer.singleShot(500, look)
    step("open from the menu: {}".format(alg_id))
    menu = our_submenu(iface.vectorMenu())
    [a for a in menu.actions() if a.objectName() == "WpzfAlg_" + alg_id][0].trigger()  # returns when it closes


def describe(alg_id, dialog, expected):
    shown = {k: plain(v) for k, v in dialog.createProcessingParameters().items()}
    helps = [w.toPlainText() for w in dialog.findChildren(QTextBrowser) if len(w.toPlainText()) > 100]
    report["dialogs"][alg_id] = {
        "expected": {k: plain(v) for k, v in expected.items()},
        "shown": {k: shown.get(k) for k in expected},
        "help_has_placeholder": any(("<监测编号>" if LANG == "zh" else "<JCBH>") in h for h in helps)
        if alg_id in ("export", "dossier") else None,
        "help_raw_markdown": any("**" in h or "`" in h for h in helps)}


def write_report():
    with open(os.path.join(OUT, "plugin_gui.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=1)


def watchdog():
    """A dialog nobody answers must not keep QGIS open: say which, and quit."""
    shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible() and w is not iface.mainWindow()]
    report["errors"].append("timed out; open windows: {}".format(shown))
    write_report()
    os._exit(3)


def run():
    try:
        from wpzf.ui.patch_form import set_operator_name
        set_operator_name("E2E")  # the dock asks for the technician's name on first use otherwise
        plugin = qgis.utils.plugins["wpzf"]
        iface.mainWindow().resize(1400, 900)
        wait(500)
        # 1. the menu
        ours = our_submenu(iface.vectorMenu())
        report["menu_title"] = plugin.menu
        report["vector_menu"] = [a.text() for a in ours.actions()] if ours is not None else []
        report["in_plugins_menu"] = our_submenu(iface.pluginMenu()) is not None
        report["algorithms"] = len(QgsApplication.processingRegistry().providerById("wpzf").algorithms())
        # 2. the dock's button
        action = plugin.dock_action
        steps = {"checkable": action.isCheckable(), "at_start": action.isChecked()}
        action.trigger()
        wait(800)
        dock = plugin.dock
        steps["after_button"] = [dock.isVisible(), action.isChecked()]
        dock.close()
        wait(300)
        steps["after_dock_closed"] = [dock.isVisible(), action.isChecked()]
        dock.toggleViewAction().trigger()
        wait(300)
        steps["after_view_action"] = [dock.isVisible(), action.isChecked()]
        report["dock_button"] = steps
        # 3. dialogs with the package
        sys.path.insert(0, HERE)
        import sample_package
        sample_package.build(PACKAGE)
        step("package built")
        dock.open_package(PACKAGE)
        wait(1500)
        step("package open in the dock")
        from wpzf.processing.base import package_parameters
        registry = QgsApplication.processingRegistry()
        for alg_id in ("overlay", "split_patches", "dossier", "battle_map", "selfcheck"):
            expected = package_parameters(registry.algorithmById("wpzf:" + alg_id), dock.wp)

            def inspect(dialog, alg_id=alg_id, expected=expected):
                describe(alg_id, dialog, expected)
                if alg_id == "overlay":
                    dialog.grab().save(os.path.join(OUT, "dialog_overlay_{}.png".format(LANG)))
                dialog.close()
            open_from_menu(alg_id, inspect)
        # 4. a run from the menu, and the message after it
        target = os.path.join(OUT, "成果 输出")
        done = {}

        def run_export(dialog):
            describe("export", dialog, package_parameters(registry.algorithmById("wpzf:export"), dock.wp))
            values = dialog.createProcessingParameters()
            values.update({"OUTPUT_FOLDER": target, "FORCE": True})
            dialog.setParameters(values)

            def finished(ok, results):
                done.update(ok=ok, package=results.get("PACKAGE"))
                QTimer.singleShot(500, dialog.close)
            dialog.algorithmFinished.connect(finished)
            dialog.runButton().click()
        open_from_menu("export", run_export)
        wait(500)
        buttons = [b for item in iface.messageBar().items() for b in item.findChildren(QPushButton, "WpzfOpenFolder")]
        report["export"] = dict(done, buttons=[b.property("folder") for b in buttons],
                                folder_exists=[os.path.isdir(b.property("folder") or "") for b in buttons])
        iface.mainWindow().grab().save(os.path.join(OUT, "open_folder_{}.png".format(LANG)))
    except Exception:
        report["errors"].append(traceback.format_exc())
    write_report()
    QgsApplication.exit(0)


os.makedirs(OUT, exist_ok=True)
QTimer.singleShot(1500, run)
QTimer.singleShot(int(os.environ.get("WPZF_E2E_TIMEOUT") or 600) * 1000, watchdog)
