"""Plugin object: translations, Processing provider, the 卫片执法 submenu of the Vector menu (metadata: category
Vector) and the toolbar. unload() removes all of it.

An algorithm opened from the menu starts with the work package open in the judgment dock and the reference layers
that package remembers (processing/base.package_parameters); after a run that wrote files its dialog offers to open
the folder (processing/base.py). The 判定面板 action is checkable and follows the dock: shown, closed with its own
button, or hidden from the View menu.
"""
import os
import tempfile

from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMessageBox
from qgis.core import QgsApplication, QgsSettings

try:  # Qt6 (QGIS 4) moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

from .core import log
from .core.i18n import tr
from .core.version import plugin_version

PLUGIN_DIR = os.path.dirname(__file__)

# Algorithms in the menu in working order; missing ones are skipped, any other algorithm of the provider follows.
MENU_ALGORITHMS = ["import_patches", "overlay", "prejudge", "split_patches", "link_photos",
                   "field_package", "field_import", "selfcheck", "accountability",
                   "city_feedback", "interviews", "bulletin", "quarterly_review", "annual_report",
                   "military_register", "battle_map",
                   "export", "dossier"]


def menu_algorithm_ids():
    """The provider's algorithms: those of MENU_ALGORITHMS in its order, then the others."""
    provider = QgsApplication.processingRegistry().providerById("wpzf")
    present = [a.name() for a in provider.algorithms()] if provider is not None else []
    return [a for a in MENU_ALGORITHMS if a in present] + sorted(a for a in present if a not in MENU_ALGORITHMS)


def icon(name):
    return QIcon(os.path.join(PLUGIN_DIR, "icons", name))


class WpzfPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.translator_file = None
        self.actions = []
        self.toolbar = None
        self.menu = None  # the submenu's title as translated when it was made (unload removes that one)
        self.dock = None
        self.dock_action = None
        self._install_translator()

    # ----- i18n -----------------------------------------------------------------------------------------------
    def _install_translator(self):
        """The plugin's translation for the user's locale (then its language). Qt maps the .qm file into memory:
        it loads a private copy, so rewriting the plugin's file while QGIS runs (`make i18n`, an upgrade in place)
        cannot pull it from under the running translator."""
        locale = str(QgsSettings().value("locale/userLocale", "zh_CN") or "zh_CN")
        for candidate in (locale, locale.split("_")[0]):
            path = os.path.join(PLUGIN_DIR, "i18n", "wpzf_{}.qm".format(candidate))
            if not os.path.exists(path):
                continue
            try:
                handle, copy = tempfile.mkstemp(prefix="wpzf_", suffix=".qm")
                with os.fdopen(handle, "wb") as out, open(path, "rb") as source:
                    out.write(source.read())
            except OSError:  # no writable temporary folder: the plugin's own file then
                copy = None
            translator = QTranslator()
            if translator.load(copy or path):
                QCoreApplication.installTranslator(translator)
                self.translator, self.translator_file = translator, copy
                return
            if copy:
                os.remove(copy)

    # ----- Processing -----------------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (called by qgis_process too)
        from .processing.provider import WpzfProvider
        if self.provider is None:
            self.provider = WpzfProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # ----- GUI ------------------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.menu = tr("卫片执法")
        self.toolbar = self.iface.addToolBar(tr("卫片执法"))
        self.toolbar.setObjectName("WpzfToolbar")
        self.dock_action = self._add_action("dock.svg", tr("判定面板"), self.toggle_dock, toolbar=True)
        self.dock_action.setObjectName("WpzfDockAction")
        self.dock_action.setCheckable(True)
        self.dock_action.setChecked(self.dock is not None and self.dock.isVisible())
        for alg_id in menu_algorithm_ids():
            alg = QgsApplication.processingRegistry().algorithmById("wpzf:" + alg_id)
            action = self._add_action(None, alg.displayName(), lambda _=False, a=alg_id: self.run_algorithm(a),
                                      toolbar=alg_id in ("import_patches", "overlay"))
            action.setIcon(alg.icon())
            action.setObjectName("WpzfAlg_" + alg_id)
        self._add_action(None, tr("关于卫片执法"), self.about)

    def _add_action(self, icon_name, text, slot, toolbar=False):
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.iface.addPluginToVectorMenu(self.menu, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def package(self):
        """The work package open in the judgment dock, or None."""
        return getattr(self.dock, "wp", None) if self.dock is not None else None

    def initial_parameters(self, alg_id):
        """The dialog's starting values: the open package and the reference layers it remembers."""
        from .processing.base import package_parameters
        alg = QgsApplication.processingRegistry().algorithmById("wpzf:" + alg_id)
        if alg is None:
            return {}
        try:
            return package_parameters(alg, self.package(), getattr(self.dock, "package_text", None))
        except Exception as exc:  # noqa: BLE001 - an unreadable package must not keep the dialog from opening
            log.warning(tr("无法从工作库读取算法参数：{}").format(exc))
            return {}

    def run_algorithm(self, alg_id):
        import processing
        processing.execAlgorithmDialog("wpzf:" + alg_id, self.initial_parameters(alg_id))
        if self.package() is not None:
            self.dock.reload()  # the algorithm may have written to the open package

    def toggle_dock(self, checked=None):
        """Show or hide the judgment dock (made on first use); `checked` is the action's new state (None: toggle)."""
        if checked is None:
            checked = self.dock is None or not self.dock.isVisible()
        if self.dock is None:
            if not checked:
                return
            try:
                from .ui.dock import JudgmentDock
            except ImportError as exc:
                log.warning(tr("判定面板不可用：{}").format(exc))
                self.iface.messageBar().pushWarning(tr("卫片执法"), tr("判定面板不可用：{}").format(exc))
                self._dock_shown(False)
                return
            self.dock = JudgmentDock(self.iface)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            # the dock's own view action (View › Panels, its close button) drives the toolbar button's state
            self.dock.toggleViewAction().toggled.connect(self._dock_shown)
        self.dock.setVisible(checked)
        if checked:
            self.dock.raise_()
        self._dock_shown(checked)

    def _dock_shown(self, shown):
        if self.dock_action is not None and self.dock_action.isChecked() != shown:
            self.dock_action.setChecked(shown)

    def about(self):
        version = plugin_version("")
        QMessageBox.about(self.iface.mainWindow(), tr("关于卫片执法"),
                          tr("卫片执法 (WPZF) {}\n县级自然资源卫片执法：导入、套合、判定、举证、自检、问责、卷宗、上报。").format(version))

    def unload(self):
        for action in self.actions:
            self.iface.removePluginVectorMenu(self.menu, action)
            action.deleteLater()
        self.actions = []
        self.dock_action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.dock.toggleViewAction().toggled.disconnect(self._dock_shown)
            self.iface.removeDockWidget(self.dock)
            if hasattr(self.dock, "close_package"):
                self.dock.close_package()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None  # deleted: the copy is no longer mapped
        if self.translator_file is not None:
            try:
                os.remove(self.translator_file)
            except OSError:
                pass
            self.translator_file = None
