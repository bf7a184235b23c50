"""Runs inside the real QGIS desktop: opens a work package in the judgment dock, selects a patch, saves a
screenshot of the main window, and quits.

    WPZF_E2E_PACKAGE=<package.gpkg> WPZF_E2E_OUT=<shot.png> QGIS_PLUGINPATH=<repo>/.build/plugins \\
        xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck --code tests/e2e/dock_script.py

With WPZF_E2E_SCREEN=1366x768 (the screen xvfb was given) the main window takes the whole screen as a maximised
QGIS does, the dock keeps the width QGIS gives it, and the report says what a technician sees (issue 14): the dock's
size, how many list rows show, whether the judgment fields are in view, any horizontal scroll bar, the text still in
Chinese when the UI is English; WPZF_E2E_KEYS=1 then types into the dock and presses Ctrl+S with QGIS's own
project-save shortcut present (the patch must be saved, the project not). The UI language is the profile's
(locale/userLocale), the screenshot shows it.

When WPZF_E2E_PACKAGE does not exist yet, a demonstration package is built there first: the sample county's
batches (tools/sample_county.py) when it can be generated, else hand-made patches, with made-up overlay figures,
the pre-judgment when wpzf:prejudge is available, and generated field photos linked by wpzf:link_photos.
A JSON report (<shot>.json) says what was shown and lists any error; QGIS exits with 0 only without errors.
"""
import os
import sys

import qgis.utils
from qgis.PyQt.QtCore import QPoint, QRect, Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QGroupBox, QScrollArea
from qgis.core import QgsApplication, QgsProject


def e2e_folder():
    """This folder: `qgis --code` runs the file's text (no __file__), so it is found beside the plugin (QGIS_PLUGINPATH)
    or under the working folder."""
    if "__file__" in globals():
        return os.path.dirname(os.path.abspath(__file__))
    bases = [b for b in os.environ.get("QGIS_PLUGINPATH", "").split(os.pathsep) if b]
    for folder in [os.path.join(b, "wpzf", "tests", "e2e") for b in bases] + [os.path.join(os.getcwd(), "tests", "e2e")]:
        if os.path.isdir(folder):
            return folder
    raise RuntimeError("tests/e2e not found: set QGIS_PLUGINPATH or run from the repository")


HERE = e2e_folder()
sys.path.insert(0, HERE)
from dock_session import Session  # noqa: E402
from sample_package import tool  # noqa: E402

OUT = os.environ.get("WPZF_E2E_OUT") or os.path.join(os.getcwd(), "wpzf_dock.png")
PACKAGE = os.environ.get("WPZF_E2E_PACKAGE") or os.path.splitext(OUT)[0] + ".gpkg"
SCREEN = os.environ.get("WPZF_E2E_SCREEN", "")
session = Session(OUT, PACKAGE)
report, step, wait = session.report, session.step, session.wait


def build_package(path):
    """A demonstration package at `path` (see the module docstring)."""
    import processing
    from wpzf.core.photos.link import link_folder
    from wpzf.core.store.workpackage import WorkPackage
    work = os.path.dirname(os.path.abspath(path))
    os.makedirs(work, exist_ok=True)

    imported = False
    try:
        manifest = tool("sample_county").generate(os.path.join(work, "sample_county"), size="small")
        for batch in manifest["batches"]:
            processing.run("wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": path,
                                                   "BATCH": batch["label"]})
        imported = True
        step("sample county imported: {} batches".format(len(manifest["batches"])))
    except Exception as exc:  # the sample county generator is optional here
        step("sample county unavailable ({}); hand-made patches instead".format(exc))
    if not imported:
        import datamaker as dm
        for month in (1, 2):
            rows = dm.batch(12, start=1 + 12 * (month - 1), lat=22.80 + 0.004 * month,
                            prefix="45019920220{}".format(month))
            src = dm.write_patches(os.path.join(work, "batch{}.shp".format(month)), rows)
            processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": path,
                                                   "BATCH": "2022-0{}".format(month)})
    wp = WorkPackage(path)
    registry = QgsApplication.processingRegistry()
    rows = wp.patches(fields=["JCBH", "TBMJ"])
    if all(row["TBMJ"] is None for row in rows):  # no overlay run: made-up figures so the form shows some
        changes = {}
        for i, row in enumerate(rows):
            tbmj = 1.0 + (i % 7) * 0.37
            farmland = tbmj * (0.8 if i % 3 else 0.0)
            changes[row["JCBH"]] = {"TBMJ": tbmj, "GDMJ": farmland, "NYDMJ": farmland, "JSYDMJ": tbmj - farmland,
                                    "WLYDMJ": 0.0, "YJJBNTMJ": tbmj * 0.3 if i % 4 == 0 else 0.0,
                                    "XZMC": ("城关镇", "石桥乡", "河西镇")[i % 3],
                                    "XZDM": ("450199100", "450199101", "450199102")[i % 3]}
        wp.update_patches(changes, action="e2e-demo", user="e2e")
    if registry.algorithmById("wpzf:prejudge") is not None:
        try:
            processing.run("wpzf:prejudge", {"WORKPACKAGE": path})
        except Exception as exc:
            step("prejudge skipped: {}".format(exc))
    photos = os.path.join(work, "外业照片")
    tool("make_photos").generate(path, photos, per_patch=3, limit=8)
    linked = link_folder(path, photos, 50.0)
    step("photos linked: " + linked.summary())
    if os.environ.get("WPZF_E2E_JUDGE"):  # a month's work under way: most patches judged (tools/simulate_judgments)
        tool("simulate_judgments").simulate(path)
        step("judgments simulated")


def cjk(value):
    return any("\u3400" <= ch <= "\u9fff" for ch in value or "")


def layout_report(dock):
    """What the dock shows at this size (see the module docstring)."""
    table = dock.ui.patchTable
    last = table.rowAt(table.viewport().height() - 1)
    rows = (last if last >= 0 else table.model().rowCount() - 1) - table.rowAt(0) + 1
    scroll = dock.ui.formScroll
    in_view = {}
    for name in ("HSZT", "PDLX", "PDXL"):
        widget = dock.editor.widgets[name]
        corner = widget.mapTo(scroll.viewport(), QPoint(0, 0))
        in_view[name] = widget.isVisible() and QRect(QPoint(0, 0), scroll.viewport().size()).contains(
            QRect(corner, widget.size()))
    bars = []
    for index in range(dock.ui.tabs.count()):
        dock.ui.tabs.setCurrentIndex(index)
        wait(100)
        for area in dock.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.horizontalScrollBar().isVisible():
                bars.append("{}: {}".format(dock.ui.tabs.tabText(index), area.objectName()))
            if area.isVisible() and isinstance(area, QScrollArea) and area.widget() is not None and \
                    area.widget().minimumSizeHint().width() > area.viewport().width():
                bars.append("{}: {} cut".format(dock.ui.tabs.tabText(index), area.objectName()))
    dock.ui.tabs.setCurrentWidget(dock.ui.formTab)
    wait(100)
    # the dock's own words (package, township and land-class names are data and stay as they are)
    shown = [dock.ui.tabs.tabText(i) for i in range(dock.ui.tabs.count())]
    shown += [dock.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dock.model.columnCount())]
    shown += [label.text() for label in dock.editor.labels.values()]
    shown += [b.text() for b in dock.findChildren(QAbstractButton)  # (calendar pop-ups are windows of their own)
              if b is not dock.ui.operatorButton and b.window() is dock.window()]
    shown += [g.title() for g in dock.findChildren(QGroupBox)]
    shown += [combo.itemText(0) for combo in dock._combos().values()]
    shown += [dock.ui.countLabel.text(), dock.title]
    return {"window": [dock.iface.mainWindow().width(), dock.iface.mainWindow().height()],
            "dock": [dock.width(), dock.height()], "list_rows": rows, "splitter": dock.ui.splitter.sizes(),
            "row_px": table.verticalHeader().defaultSectionSize(), "judgment_in_view": in_view,
            "horizontal_scroll_bars": bars, "tab_bar_fits": tabs_fit(dock.ui.tabs),
            "chinese_ui_texts": [t for t in shown if cjk(t)]}


def tabs_fit(tabs):
    """Every tab of the tab widget inside its width (no scroll arrows, no tab out of sight)."""
    bar = tabs.tabBar()
    return all(bar.tabRect(i).right() < tabs.width() for i in range(bar.count()))


def keyboard_check(dock):
    """Ctrl+S in the dock with QGIS's project-save shortcut present: the patch is saved, the project is not."""
    from qgis.PyQt.QtTest import QTest
    project_file = os.path.splitext(OUT)[0] + "_project.qgz"
    QgsProject.instance().setFileName(project_file)  # QGIS's save would write it without asking
    widget = dock.editor.widgets["WFZT"]
    dock.iface.mainWindow().activateWindow()
    widget.setFocus()
    wait(200)
    expected = widget.text() + "E2E"
    QTest.keyClicks(widget, "E2E")
    QTest.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait(300)
    stored = dock.wp.patch(dock.current) or {}
    result = {"focus_in_dock": dock.isAncestorOf(QApplication.focusWidget() or dock),
              "saved": not dock.form.dirty and stored.get("WFZT") == expected,
              "project_written": os.path.exists(project_file)}
    QgsProject.instance().setFileName("")
    return result


def run(session):
    iface = qgis.utils.iface
    if not os.path.exists(PACKAGE):
        build_package(PACKAGE)
    if os.environ.get("WPZF_E2E_OPERATOR"):  # the technician's name (the dock would ask on the first save)
        from wpzf.ui.patch_form import set_operator_name
        set_operator_name(os.environ["WPZF_E2E_OPERATOR"])
    plugin, dock = session.open_dock(iface)
    dock.ask_operator = lambda current="": current or "E2E"
    with_photos = [j for j in dock.shown_jcbhs() if len(dock.photos_by_patch.get(j, [])) >= 3]
    target = with_photos[0] if with_photos else dock.shown_jcbhs()[min(2, len(dock.shown_jcbhs()) - 1)]
    dock.select_patch(target)
    report["patch"] = dock.current
    report["photos"] = len(dock.photos_by_patch.get(dock.current, []))
    report["checks"] = [p[1] for p in dock.problems]
    window = iface.mainWindow()
    if SCREEN:  # a maximised QGIS on that screen (xvfb has no window manager to maximise it)
        window.setGeometry(QApplication.primaryScreen().availableGeometry())
        window.showMaximized()
    else:
        window.resize(1600, 1000)
        window.showMaximized()
        dock.setMinimumWidth(460)
    wait(300)
    iface.mapCanvas().refresh()
    wait(2500)  # map drawing and thumbnails (a QgsTask) finish
    if dock.current != target:
        raise RuntimeError("dock shows {} instead of {}".format(dock.current, target))
    report["canvas_layers"] = [layer.name() for layer in iface.mapCanvas().layers()]
    if SCREEN:
        report["layout"] = layout_report(dock)
        wait(500)
    session.screenshot(iface.mainWindow())
    if os.environ.get("WPZF_E2E_KEYS"):
        report["keys"] = keyboard_check(dock)
    if plugin is not None:  # unloading with the dock open and a package loaded must be clean
        qgis.utils.unloadPlugin("wpzf")
        wait(300)
        report["unloaded"] = "wpzf" not in qgis.utils.active_plugins
        step("plugin unloaded")


session.run_later(run)
