"""Plugin object: translations, Processing provider, menu and toolbar. unload() removes all of it."""
import os

from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox
from qgis.core import QgsApplication, QgsSettings

from .core import log

PLUGIN_DIR = os.path.dirname(__file__)
MENU = "卫片执法"

# (algorithm id, icon) shown in the menu in working order; missing ones are skipped.
MENU_ALGORITHMS = ["import_patches", "overlay", "prejudge", "split_patches", "link_photos", "selfcheck",
                   "accountability",
                   "city_feedback", "interviews", "bulletin", "quarterly_review", "annual_report",
                   "military_register", "battle_map",
                   "export", "dossier"]


def tr(text):
    return QCoreApplication.translate("WpzfPlugin", text)


def icon(name):
    return QIcon(os.path.join(PLUGIN_DIR, "icons", name))


class WpzfPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.actions = []
        self.toolbar = None
        self.dock = None
        self._install_translator()

    # ----- i18n -----------------------------------------------------------------------------------------------
    def _install_translator(self):
        locale = str(QgsSettings().value("locale/userLocale", "zh_CN") or "zh_CN")
        for candidate in (locale, locale.split("_")[0]):
            path = os.path.join(PLUGIN_DIR, "i18n", "wpzf_{}.qm".format(candidate))
            if os.path.exists(path):
                self.translator = QTranslator()
                if self.translator.load(path):
                    QCoreApplication.installTranslator(self.translator)
                    return
                self.translator = None

    # ----- Processing -----------------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (called by qgis_process too)
        from .processing.provider import WpzfProvider
        if self.provider is None:
            self.provider = WpzfProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # ----- GUI ------------------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("卫片执法"))
        self.toolbar.setObjectName("WpzfToolbar")
        dock_action = self._add_action("dock.svg", tr("判定面板"), self.toggle_dock, toolbar=True)
        dock_action.setObjectName("WpzfDockAction")
        for alg_id in MENU_ALGORITHMS:
            alg = QgsApplication.processingRegistry().algorithmById("wpzf:" + alg_id)
            if alg is None:
                continue
            action = self._add_action(None, alg.displayName(), lambda _=False, a=alg_id: self.run_algorithm(a),
                                      toolbar=alg_id in ("import_patches", "overlay"))
            action.setIcon(alg.icon())
            action.setObjectName("WpzfAlg_" + alg_id)
        self._add_action(None, tr("关于卫片执法"), self.about)

    def _add_action(self, icon_name, text, slot, toolbar=False):
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(tr(MENU), action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def run_algorithm(self, alg_id):
        import processing
        processing.execAlgorithmDialog("wpzf:" + alg_id)
        if self.dock is not None and self.dock.wp is not None:
            self.dock.reload()  # the algorithm may have written to the open package

    def toggle_dock(self):
        try:
            from .ui.dock import JudgmentDock
        except ImportError as exc:
            log.warning(tr("判定面板不可用：{}").format(exc))
            self.iface.messageBar().pushWarning(tr("卫片执法"), tr("判定面板不可用：{}").format(exc))
            return
        if self.dock is None:
            self.dock = JudgmentDock(self.iface)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            return
        self.dock.setVisible(not self.dock.isVisible())

    def about(self):
        meta = os.path.join(PLUGIN_DIR, "metadata.txt")
        version = ""
        with open(meta, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("version="):
                    version = line.split("=", 1)[1].strip()
        QMessageBox.about(self.iface.mainWindow(), tr("关于卫片执法"),
                          tr("卫片执法 (WPZF) {}\n县级自然资源卫片执法：导入、套合、判定、举证、自检、问责、卷宗、上报。").format(version))

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU), action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
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
            self.translator = None
