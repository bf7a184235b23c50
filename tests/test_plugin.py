"""The plugin object on a fake QGIS main window (pytest-qt): its Vector menu and toolbar, the checkable 判定面板
action following the dock, dialogs that start with the open work package and the reference layers it remembers, and
the "open folder" message after a run that wrote files."""
import json
import os

import pytest
from osgeo import ogr, osr
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMenu, QPushButton

from fake_iface import FakeIface

TITLE = "卫片执法"


class PluginIface(FakeIface):
    """FakeIface plus the menus, toolbars and docks QgisInterface gives a plugin."""

    def __init__(self):
        super().__init__(1366, 768)
        self.vector_menu = self.window.menuBar().addMenu("Vector")
        self.plugin_menu = self.window.menuBar().addMenu("Plugins")
        self.docks = []

    def vectorMenu(self):  # noqa: N802
        return self.vector_menu

    def pluginMenu(self):  # noqa: N802
        return self.plugin_menu

    def _submenu(self, menu, name, create):
        for action in menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return menu.addMenu(name) if create else None

    def addPluginToVectorMenu(self, name, action):  # noqa: N802
        self._submenu(self.vector_menu, name, True).addAction(action)

    def removePluginVectorMenu(self, name, action):  # noqa: N802
        sub = self._submenu(self.vector_menu, name, False)
        if sub is not None:
            sub.removeAction(action)
            if not sub.actions():
                self.vector_menu.removeAction(sub.menuAction())

    def addPluginToMenu(self, name, action):  # noqa: N802
        self._submenu(self.plugin_menu, name, True).addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        sub = self._submenu(self.plugin_menu, name, False)
        if sub is not None:
            sub.removeAction(action)

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)
        self.docks.append(dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)
        self.docks.remove(dock)


@pytest.fixture
def plugin(qgis_processing, qtbot):
    """The plugin started as QGIS starts it: it registers its own provider (the session's is put back after)."""
    import conftest
    from qgis.core import QgsApplication, QgsProject
    from wpzf.plugin import WpzfPlugin
    from wpzf.processing.provider import WpzfProvider
    registry = QgsApplication.processingRegistry()
    registry.removeProvider(registry.providerById("wpzf"))
    QgsProject.instance().clear()
    iface = PluginIface()
    qtbot.addWidget(iface.window)
    iface.window.show()
    made = WpzfPlugin(iface)
    made.initGui()
    yield made
    made.unload()
    QgsProject.instance().clear()
    if registry.providerById("wpzf") is None:
        conftest._KEEP.append(WpzfProvider())
        registry.addProvider(conftest._KEEP[-1])


def submenu(iface):
    return iface._submenu(iface.vector_menu, TITLE, False)


# ----- menu and toolbar --------------------------------------------------------------------------------------------
def test_actions_sit_in_the_vector_menu_and_the_toolbar(plugin):
    from qgis.core import QgsApplication
    iface = plugin.iface
    menu = submenu(iface)
    assert isinstance(menu, QMenu)
    algorithms = QgsApplication.processingRegistry().providerById("wpzf").algorithms()
    names = [a.objectName() for a in menu.actions()]
    # the dock first, every algorithm of the provider once, 关于 last
    assert names[0] == "WpzfDockAction" and len(names) == len(algorithms) + 2
    assert sorted(n for n in names if n.startswith("WpzfAlg_")) == sorted("WpzfAlg_" + a.name() for a in algorithms)
    assert names.index("WpzfAlg_import_patches") < names.index("WpzfAlg_overlay") < names.index("WpzfAlg_export")
    assert menu.actions()[-1].text() == "关于卫片执法"
    assert iface.plugin_menu.actions() == []  # nothing left in the Plugins menu
    toolbar = [a.objectName() for a in plugin.toolbar.actions()]
    assert toolbar == ["WpzfDockAction", "WpzfAlg_import_patches", "WpzfAlg_overlay"]
    plugin.unload()
    assert submenu(iface) is None and plugin.toolbar is None


def test_menu_texts_follow_the_translation(qgis_processing, qtbot):
    """The submenu title, 判定面板 and 关于 come from the .ts under the context the code looks them up in."""
    from wpzf.core.i18n import tr
    en = {}
    import xml.etree.ElementTree as ET
    from conftest import ROOT
    for ctx in ET.parse(os.path.join(ROOT, "i18n", "wpzf_en.ts")).getroot().iter("context"):
        if ctx.findtext("name") == "wpzf":
            for msg in ctx.iter("message"):
                en[msg.findtext("source")] = msg.find("translation").text
    for text in (TITLE, "判定面板", "关于卫片执法"):
        assert en.get(text), text
    assert tr(TITLE) == TITLE  # and at run time the plugin asks under that same context (core.i18n.tr)
    import inspect
    from wpzf import plugin as module
    source = inspect.getsource(module)
    assert "QCoreApplication.translate(\"WpzfPlugin\"" not in source and "tr(MENU)" not in source


# ----- the dock's action ---------------------------------------------------------------------------------------------
def test_dock_action_is_checkable_and_follows_the_dock(plugin, qtbot):
    action = plugin.dock_action
    assert action.isCheckable() and not action.isChecked()
    action.trigger()  # the toolbar button: the dock is made and shown
    dock = plugin.dock
    assert dock is not None and dock in plugin.iface.docks
    qtbot.waitUntil(dock.isVisible)
    assert action.isChecked()
    dock.close()  # its own close button
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert not action.isChecked()
    dock.toggleViewAction().trigger()  # View › Panels
    qtbot.waitUntil(dock.isVisible)
    assert action.isChecked()
    action.trigger()  # the button again hides it
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert not action.isChecked() and plugin.dock is dock
    plugin.toggle_dock()  # what scripts call: toggles
    qtbot.waitUntil(dock.isVisible)
    assert action.isChecked()


# ----- dialogs that know the package --------------------------------------------------------------------------------
def _polygons(path, name, fields):
    ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4524)
    layer = ds.CreateLayer(name, srs, ogr.wkbPolygon)
    for field in fields:
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((36500000 2500000,36500100 2500000,36500100 2500100,36500000 2500100,36500000 2500000))"))
    layer.CreateFeature(feature)
    ds = None


@pytest.fixture
def package(tmp_path):
    """A work package that remembers reference layers (one of them gone since) and the fields used with them."""
    from wpzf.core.store.workpackage import WorkPackage
    folder = tmp_path / "县 工作"
    folder.mkdir()
    reference = str(folder / "参考.gpkg")
    _polygons(reference, "landuse", ["DLBM"])
    _polygons(reference, "approvals", ["PZWH", "PZRQ"])
    _polygons(reference, "townships", ["XZDM", "XZMC"])
    wp = WorkPackage.create(str(folder / "工作库.gpkg"), "EPSG:4524", county_code="450199", county_name="示范县")
    wp.set_settings({
        "reference": json.dumps({"landuse": "参考.gpkg|layername=landuse", "approvals": "参考.gpkg|layername=approvals",
                                 "townships": "参考.gpkg|layername=townships",
                                 "farmland": "已删除.gpkg|layername=farmland"}, ensure_ascii=False),
        "landuse_field": "DLBM", "approval_field": "PZWH", "approval_start_field": "PZRQ",
        "township_code_field": "XZDM", "township_name_field": "XZMC", "deduct_tiankan": "0"})
    return wp


def source(wp, layer):
    return "{}|layername={}".format(os.path.join(os.path.dirname(wp.path), "参考.gpkg"), layer)


def test_package_parameters_for_each_algorithm(qgis_processing, package):
    from qgis.core import QgsApplication
    from wpzf.processing.base import package_parameters
    registry = QgsApplication.processingRegistry()

    def params(alg_id):
        return package_parameters(registry.algorithmById("wpzf:" + alg_id), package)

    overlay = params("overlay")
    assert overlay == {
        "WORKPACKAGE": package.path, "LANDUSE": source(package, "landuse"), "LANDUSE_FIELD": "DLBM",
        "DEDUCT_TIANKAN": False, "APPROVALS": source(package, "approvals"), "APPROVAL_FIELD": "PZWH",
        "APPROVAL_START_FIELD": "PZRQ", "TOWNSHIPS": source(package, "townships"), "TOWNSHIP_CODE_FIELD": "XZDM",
        "TOWNSHIP_NAME_FIELD": "XZMC"}  # FARMLAND's file is gone: not offered
    assert params("split_patches") == {"WORKPACKAGE": package.path, "LANDUSE": source(package, "landuse"),
                                       "APPROVALS": source(package, "approvals"), "APPROVAL_FIELD": "PZWH"}
    assert params("dossier") == {"WORKPACKAGE": package.path, "LANDUSE": source(package, "landuse"),
                                 "APPROVALS": source(package, "approvals")}
    assert params("battle_map") == {"WORKPACKAGE": package.path, "TOWNSHIPS": source(package, "townships"),
                                    "TOWNSHIP_CODE_FIELD": "XZDM", "TOWNSHIP_NAME_FIELD": "XZMC"}
    for alg in registry.providerById("wpzf").algorithms():
        values = package_parameters(alg, package)
        if alg.parameterDefinition("WORKPACKAGE") is not None:
            assert values["WORKPACKAGE"] == package.path, alg.id()
    assert package_parameters(registry.algorithmById("wpzf:overlay"), None) == {}


def test_every_menu_algorithm_opens_with_the_package(plugin, package, monkeypatch):
    import processing
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg_id, params=None: opened.append((alg_id, params)))
    for action in submenu(plugin.iface).actions():  # without a package: empty dialogs, as before
        if action.objectName().startswith("WpzfAlg_"):
            action.trigger()
    assert opened and all(params == {} for _a, params in opened)
    opened.clear()
    plugin.toggle_dock()
    plugin.dock.open_package(package.path, add_layers=False)
    for action in submenu(plugin.iface).actions():
        if action.objectName().startswith("WpzfAlg_"):
            action.trigger()
    by_id = dict(opened)
    assert len(by_id) == len([a for a in submenu(plugin.iface).actions() if a.objectName().startswith("WpzfAlg_")])
    assert all(params.get("WORKPACKAGE") == package.path for alg_id, params in by_id.items()
               if alg_id != "wpzf:link_photos" or "WORKPACKAGE" in params)
    assert by_id["wpzf:overlay"]["LANDUSE"] == source(package, "landuse")
    assert by_id["wpzf:battle_map"]["TOWNSHIPS"] == source(package, "townships")


def test_the_dialog_takes_the_values(qgis_processing, qtbot, package):
    """Processing's own dialog shows what the plugin hands it (layers not in the project included) and runs with it."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication
    from wpzf.processing.base import package_parameters
    alg = QgsApplication.processingRegistry().createAlgorithmById("wpzf:overlay")
    values = package_parameters(alg, package)
    dialog = AlgorithmDialog(alg)
    qtbot.addWidget(dialog)
    dialog.setParameters(values)
    shown = dialog.createProcessingParameters()
    for name, value in values.items():
        got = shown.get(name)
        if isinstance(got, list) and len(got) == 1:
            got = got[0]
        if hasattr(got, "source"):
            got = got.source()
        assert got == value, (name, got, value)
    assert shown.get("FARMLAND") in (None, "")


# ----- open the folder after a run -----------------------------------------------------------------------------------
@pytest.fixture
def gui_iface(plugin, monkeypatch):
    import qgis.utils
    monkeypatch.setattr(qgis.utils, "iface", plugin.iface)
    return plugin.iface


def _buttons(bar):
    return [b for item in bar.items() for b in item.findChildren(QPushButton, "WpzfOpenFolder")]


@pytest.mark.parametrize("alg_id, results, expected", [
    ("export", {"OUTPUT_FOLDER": "{tmp}"}, "{tmp}"),
    ("dossier", {"OUTPUT_FOLDER": "{tmp}", "COUNT": 3}, "{tmp}"),
    ("battle_map", {"OUTPUT": "{tmp}/挂图作战.pdf", "PAGES": 7}, "{tmp}"),
])
def test_a_run_that_wrote_files_offers_to_open_the_folder(gui_iface, qtbot, tmp_path, monkeypatch, alg_id, results,
                                                          expected):
    from qgis.PyQt.QtGui import QDesktopServices
    from qgis.core import QgsApplication
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    out = tmp_path / "成果 输出"
    out.mkdir()
    results = {k: v.format(tmp=out) if isinstance(v, str) else v for k, v in results.items()}
    alg = QgsApplication.processingRegistry().createAlgorithmById("wpzf:" + alg_id)
    dialog = alg.createCustomParametersWidget(gui_iface.mainWindow())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.algorithmFinished.emit(False, {})  # a failed run says nothing
    assert _buttons(gui_iface.messageBar()) == [] and _buttons(dialog.messageBar()) == []
    dialog.algorithmFinished.emit(True, results)
    buttons = _buttons(gui_iface.messageBar())
    assert len(buttons) == 1 and len(_buttons(dialog.messageBar())) == 1  # main window, and the open dialog
    assert buttons[0].text() == "打开文件夹"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert opened == [expected.format(tmp=out)]


def test_no_file_no_message_and_the_standard_dialog(gui_iface, qtbot):
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()
    assert registry.createAlgorithmById("wpzf:overlay").createCustomParametersWidget(None) is None
    dialog = registry.createAlgorithmById("wpzf:export").createCustomParametersWidget(None)
    qtbot.addWidget(dialog)
    dialog.algorithmFinished.emit(True, {"OUTPUT_FOLDER": "/no/such/folder"})
    assert _buttons(gui_iface.messageBar()) == []


def test_a_real_run_from_the_plugins_dialog(gui_iface, qtbot, package, tmp_path, monkeypatch):
    """wpzf:military_register through the dialog processing.createAlgorithmDialog gives the plugin: the package is
    filled in, the run writes its files, the message offers their folder."""
    import processing
    import processing.tools.general as general
    from qgis.core import QgsApplication
    from wpzf.processing.base import package_parameters
    monkeypatch.setattr(general, "iface", gui_iface)  # bound when Processing was imported (None in tests)
    alg = QgsApplication.processingRegistry().algorithmById("wpzf:military_register")
    params = package_parameters(alg, package)
    assert params == {"WORKPACKAGE": package.path}
    params["OUTPUT_FOLDER"] = str(tmp_path / "报表")
    params["PERIOD"] = "2022"
    dialog = processing.createAlgorithmDialog("wpzf:military_register", params)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.algorithmFinished, timeout=60000) as finished:
        dialog.runButton().click()
    ok, results = finished.args
    assert ok, results
    buttons = _buttons(gui_iface.messageBar())
    assert [b.property("folder") for b in buttons] == [os.path.abspath(str(tmp_path / "报表"))]
