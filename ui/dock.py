"""判定面板: the technician's daily work — the patch list with filters, the judgment form with live self-check,
the photos, the history; the map follows the current patch.

The dock is a view: what to show and what a save changes come from ui/patch_form; reading and writing go through
core/store (one transaction per save, a history row per changed field; a save refused because someone else saved the
unit meanwhile shows both values: ui/save_conflict_dialog). Its parts live beside it: the photo, attachment, history
and deadline tabs (ui/*_panel.py), split and merge (ui/split_panel), the keys (ui/dock_keys), what other technicians
save (ui/change_poller), the database package dialog (ui/database_dialog).

Fits a docked panel at 1366×768 (440×590 px in QGIS with its three rows of toolbars, issue 14): a splitter with the
patch list (at least ten rows with state and judgment) over tabs 判定 | 整改 | 面积 | 照片 | 附件 | 历史 | 期限; the judgment fields head the first tab, the
pre-judgment and the self-check are one line each above them. Nothing needs a horizontal scroll bar.
Keyboard while the dock has focus: dock_keys.KEYS (Ctrl+S saves the patch, not the QGIS project).
"""
import os

from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QComboBox, QFileDialog,
                                 QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QSizePolicy,
                                 QToolButton, QWidget)
from qgis.core import Qgis, QgsApplication, QgsGeometry, QgsProject
from qgis.gui import QgsDockWidget

from ..core.store import package_io
from ..core.store import source as package_source
from . import patch_form as pf
from ..core.errors import EditConflict, WpzfError
from ..core.photos.evidence import assess
from ..core.i18n import tr
from ..core.judging import policy_for
from ..core.store.workpackage import WorkPackage, same_value
from ..rules import categories as cat
from ..rules import fields as F
from ..rules.prejudge import FLAG_HOUSING, FLAG_NONAGRI
from ..rules.values import text
from .attachment_panel import AttachmentPanel
from .change_poller import ChangePoller
from .conflicts_dialog import ConflictsDialog
from .database_dialog import DatabasePackageDialog, names_password, with_password, without_password
from .deadline_panel import DeadlinePanel
from .elided_label import ElidedLabel
from .folders import start_folder
from .history_panel import HistoryPanel
from .dock_keys import DockKeys, key_text
from .judgment_form import JudgmentForm, area_text
from .map_view import MapView, layer_source
from .patch_model import PatchTableModel, fit_columns
from .photo_panel import PhotoPanel
from .save_conflict_dialog import MINE, THEIRS, SaveConflictDialog
from .split_panel import SplitControls
from .tables import compact_rows
from .tasks import LinkPhotosTask
from .texts import strip_patch, translate_message, value_label
from .uiloader import load_ui

PROJECT_SCOPE, PROJECT_KEY = "wpzf", "workpackage"
SEVERITY_COLORS = {"严重": "#c80000", "警告": "#be6e00", "提示": "#5a5a5a"}
DEFAULT_LINK_DISTANCE_M = 50.0
BANNER_STYLE = "background: #fff3cd; color: #6b4f00; padding: 3px; border: 1px solid #e0c36c;"
FILTERS = ["batch", "township", "state", "judgment", "flag"]
LIST_ROWS = 10  # rows the patch list shows at least when the dock has its usual height
PREFERRED_WIDTH = 440  # 400-480 px is what a right dock gets in QGIS maximised at 1366×768
TAB_LIST_MIN_PX = 48  # a list inside a tab (history, deadlines, photos) may shrink to this
TABS_MIN_PX = 160  # the tabs keep at least this: tab bar, pre-judgment and self-check lines, three form rows
class JudgmentDock(QgsDockWidget):
    packageOpened = pyqtSignal(str)
    patchShown = pyqtSignal(str)
    patchSaved = pyqtSignal(str)
    photosLinked = pyqtSignal(object)  # the LinkPhotosTask, finished

    def __init__(self, iface, parent=None):
        super().__init__(tr("卫片执法 · 判定面板"), parent if parent is not None else iface.mainWindow())
        self.title = self.windowTitle()
        self.setObjectName("WpzfJudgmentDock")
        self.toggleViewAction().setText(tr("判定面板"))
        self.iface = iface
        self.ui = load_ui("dock.ui", QWidget(self))
        self._one_line_labels()
        self.setWidget(self.ui)
        self.wp = None
        self.package_text = None  # what the project remembers: the GeoPackage path, or the database package unsecretly
        self.privileges = None
        self.others = ChangePoller(self)  # what other technicians save, shown as it happens
        self.reader = None
        self.policy = None
        self.plist = None
        self.current = None
        self.form = pf.FormState()
        self.geometry_of_current = None
        self.photos_by_patch = {}
        self.hashes = {}
        self.today = None  # None = the real date; tests pin it
        self.link_task = None
        self.map = MapView(iface)
        self.model = PatchTableModel(self)
        self.ui.patchTable.setModel(self.model)
        self.ui.patchTable.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.editor = JudgmentForm({"judgment": self.ui.editLayout, "rectification": self.ui.rectificationLayout,
                                    "areas": self.ui.areaLayout}, self)
        self.editor.edited.connect(self._edited)
        self.editor.left.connect(self._field_left)
        self.photo_panel = PhotoPanel(self.ui.photoTab)
        self.ui.photoTabLayout.addWidget(self.photo_panel)
        self.photo_panel.photosChanged.connect(self._photos_changed)
        self.photo_panel.message.connect(lambda text_, level: self.say(text_, level))
        self.attachment_panel = AttachmentPanel(self.ui.tabs)  # issue 11: its own tab, right after the photos
        self.attachment_panel.operator = self.operator
        self.ui.tabs.insertTab(self.ui.tabs.indexOf(self.ui.photoTab) + 1, self.attachment_panel, tr("附件"))
        self.attachment_panel.message.connect(lambda text_, level: self.say(text_, level))
        self.attachment_panel.attachmentsChanged.connect(self._attachments_changed)
        self.history = HistoryPanel(self.ui.historyTab)
        self.ui.historyTabLayout.addWidget(self.history)
        self.history.restoreRequested.connect(self.restore_history_value)
        self.deadlines = DeadlinePanel(self.ui.deadlinesTab)
        self.ui.deadlinesTabLayout.addWidget(self.deadlines)
        self.deadlines.patchWanted.connect(self.select_patch)
        self.deadlines.conflictsWanted.connect(self.open_conflicts)
        self.ui.upcomingTable = self.deadlines.upcomingTable  # where tests/test_field_deadlines.py looks
        self.split_ui = SplitControls(self)  # issue 12: split / merge the current unit, a menu on the button row
        self.ui.splitButton.setMenu(self.split_ui.menu)
        self.ui.splitter.setStretchFactor(0, 0)  # a taller dock gives the form more room, the list keeps its rows
        self.ui.splitter.setStretchFactor(1, 1)
        self._reverting = False
        self.last_message = ""
        self.problems = []
        self.evidence = None
        self._suggestion = ("", "", "")
        self._tab_texts = {}
        self._sized = False
        self._splitter_moved = False
        self._build_info_rows()
        self._build_open_menu()
        self._build_role_banner()
        self._build_tables()
        self._build_tabs()
        self._build_filters()
        self._connect()
        self.keys = DockKeys(self, {
            "save": (self.save, lambda: True),
            "adopt": (self.adopt_prejudgment, lambda: self.ui.adoptButton.isEnabled()),
            "revert": (self.revert, lambda: self.form.dirty),
            "next": (self.next_patch, lambda: self.plist is not None),
            "previous": (self.previous_patch, lambda: self.plist is not None)})
        self._key_tooltips()
        self._show_operator()
        self._set_package_enabled(False)
        self.follow_project()

    # ----- building ---------------------------------------------------------------------------------------------
    def _one_line_labels(self):
        """The counts, the pre-judgment and the self-check summary: one line each, cut to the dock's width (the
        whole text in the tooltip). The current patch is named in the dock's title bar, which costs no line."""
        for name in ("countLabel", "prejudgeLabel", "checkLabel"):
            old = getattr(self.ui, name)
            new = ElidedLabel(old.parentWidget())
            new.setObjectName(name)
            new.setToolTip(old.toolTip())
            new.setText(old.text())
            old.parentWidget().layout().replaceWidget(old, new)
            old.hide()
            old.deleteLater()
            setattr(self.ui, name, new)
        self.ui.checkLabel.setCursor(Qt.CursorShape.PointingHandCursor)

    def _build_info_rows(self):
        self.info_labels = {}
        for layout, names in ((self.ui.infoLayout, pf.INFO_FIELDS), (self.ui.overlayLayout, pf.OVERLAY_FIELDS)):
            layout.setRowWrapPolicy(layout.RowWrapPolicy.WrapLongRows)
            for name in names:
                label = QLabel()
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                layout.addRow(pf.field_label(name), label)
                self.info_labels[name] = label

    def _build_open_menu(self):
        """The open button opens a GeoPackage; its menu also opens a package in a PostgreSQL database (issue 17)."""
        button = self.ui.openButton
        menu = QMenu(button)
        menu.addAction(tr("打开 GeoPackage 工作库…"), self.choose_and_open)
        menu.addAction(tr("打开数据库工作库（PostgreSQL）…"), self.choose_and_open_database)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolTip(tr("打开卫片执法工作库（GeoPackage）；点右侧箭头可打开 PostgreSQL 数据库中的工作库"))
        self.open_menu = menu

    def _build_role_banner(self):
        """A line over the list when the login may not judge (a township viewer): what it may not do, and why."""
        self.roleBanner = QLabel(self.ui)
        self.roleBanner.setObjectName("roleBanner")
        self.roleBanner.setWordWrap(True)
        self.roleBanner.setStyleSheet(BANNER_STYLE)
        self.roleBanner.setVisible(False)
        self.ui.layout().insertWidget(1, self.roleBanner)

    def _build_tables(self):
        """The patch list fits the dock's width: no horizontal scroll bar, the wide columns share what is left."""
        table = self.ui.patchTable
        compact_rows(table)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fit_columns(table)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def _build_tabs(self):
        """Every tab title in the dock's width (longer English titles are cut with "…" rather than scrolled), and
        no page that would keep the list from its rows: the lists inside the tabs may shrink to a few lines."""
        for area in self.ui.tabs.findChildren(QAbstractScrollArea):
            area.setMinimumHeight(TAB_LIST_MIN_PX)
        bar = self.ui.tabs.tabBar()
        self.ui.tabs.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        bar.setExpanding(False)
        bar.setStyleSheet("QTabBar::tab { padding: 3px 6px; }")  # the style's own padding leaves no room in English

    def _build_filters(self):
        for combo in self._combos().values():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ui.searchEdit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ui.searchEdit.setMinimumWidth(60)
        for column in range(3):
            self.ui.filterLayout.setColumnStretch(column, 1)

    def _key_tooltips(self):
        ui = self.ui
        self._link_tip = ui.linkPhotosButton.toolTip()
        ui.adoptButton.setToolTip(tr("把预判类型和子类填入判定（仍需保存）（{}）").format(key_text("adopt")))
        ui.revertButton.setToolTip(tr("放弃本图斑未保存的修改（{}）").format(key_text("revert")))
        ui.prevButton.setToolTip(tr("上一个图斑（{}）").format(key_text("previous")))
        ui.nextButton.setToolTip(tr("下一个图斑（{}）").format(key_text("next")))

    def _connect(self):
        ui = self.ui
        ui.openButton.clicked.connect(self.choose_and_open)
        ui.reloadButton.clicked.connect(self.reload)
        ui.linkPhotosButton.clicked.connect(self.choose_and_link_photos)
        ui.cancelTaskButton.clicked.connect(self.cancel_link)
        ui.operatorButton.clicked.connect(self.change_operator)
        ui.prevButton.clicked.connect(self.previous_patch)
        ui.nextButton.clicked.connect(self.next_patch)
        ui.saveButton.clicked.connect(lambda _checked=False: self.save())
        ui.revertButton.clicked.connect(self.revert)
        ui.adoptButton.clicked.connect(self.adopt_prejudgment)
        ui.tabs.currentChanged.connect(self._tab_changed)
        ui.splitter.splitterMoved.connect(lambda *_: setattr(self, "_splitter_moved", True))
        ui.checkLabel.clicked.connect(self.show_checks)
        for combo in self._combos().values():
            combo.activated.connect(self.apply_filter)
        ui.overdueCheck.toggled.connect(self.apply_filter)
        ui.searchEdit.textChanged.connect(self.apply_filter)
        ui.clearFilterButton.clicked.connect(self.clear_filter)
        project = QgsProject.instance()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        project.layerWillBeRemoved.connect(self.map.forget)

    def _combos(self):
        ui = self.ui
        return {"batch": ui.batchCombo, "township": ui.townshipCombo, "state": ui.stateCombo,
                "judgment": ui.judgmentCombo, "flag": ui.flagCombo}

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.others.resume()
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._first_size)
        elif not self._splitter_moved:
            QTimer.singleShot(0, self.fit_list)

    def hideEvent(self, event):  # noqa: N802
        super().hideEvent(event)
        self.others.pause()  # nobody looks: no polling (closing the dock hides it)

    def _first_size(self):
        """Once per session, a docked panel narrower than PREFERRED_WIDTH gets it (QGIS gives a new dock what its
        neighbours leave: 364 px at 1366×768, where the list's columns would be cut); the user's own resizing
        later is kept."""
        window = self.iface.mainWindow()
        if not self.isFloating() and self.width() < PREFERRED_WIDTH and hasattr(window, "resizeDocks"):
            window.resizeDocks([self], [PREFERRED_WIDTH], Qt.Orientation.Horizontal)
        self.fit_list()

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if not self._splitter_moved:  # QGIS lays its window out in steps: the list keeps its rows through them
            QTimer.singleShot(0, self.fit_list)

    def fit_list(self):
        """Give the list LIST_ROWS rows (with its header) and the tabs the rest of the splitter (but never less
        than what shows the judgment fields under the tab bar). Once the technician drags the splitter, theirs."""
        table, splitter = self.ui.patchTable, self.ui.splitter
        wanted = (table.horizontalHeader().sizeHint().height() + LIST_ROWS * table.verticalHeader().defaultSectionSize()
                  + 2 * table.frameWidth() + 2)
        total = sum(splitter.sizes())
        if total > 0:
            form = max(total - wanted, min(TABS_MIN_PX, total // 2))
            splitter.setSizes([total - form, form])

    def _set_package_enabled(self, enabled):
        for widget in (self.ui.filterBox, self.ui.reloadButton, self.ui.linkPhotosButton, self.ui.prevButton,
                       self.ui.nextButton):
            widget.setEnabled(enabled)
        self._update_buttons()

    @property
    def may_judge(self):
        """The login may save judgments, photos and attachments (a GeoPackage: when the file is writable)."""
        return self.privileges is None or self.privileges.may_judge

    @property
    def may_admin(self):
        """The login may split, merge, import and settle township returns (PostgreSQL role wpzf_admin)."""
        return self.privileges is None or self.privileges.may_admin

    def role_text(self):
        """Who the package thinks we are, for the banner and tooltips."""
        role = self.privileges.role if self.privileges is not None else ""
        return tr("数据库角色 {}").format(role) if role else tr("只读的工作库文件")

    def _update_buttons(self):
        has_patch = self.current is not None
        linking = self.link_task is not None
        splitting = self.split_ui.busy  # the parts are being overlaid: no judging of figures still to come
        judge = self.may_judge
        self.ui.saveButton.setEnabled(has_patch and self.form.dirty and not linking and not splitting and judge)
        self.ui.saveButton.setToolTip(self.read_only_reason() if not judge else
                                      tr("正在关联照片，完成后再保存") if linking else
                                      tr("正在套合子图斑，完成后再保存") if splitting else
                                      tr("保存本图斑的修改（{}），每个字段的变化记入历史").format(key_text("save")))
        self.ui.revertButton.setEnabled(has_patch and self.form.dirty)
        self.ui.adoptButton.setEnabled(has_patch and not splitting and bool(self._suggestion[0]) and judge)
        self.editor.set_enabled(has_patch and not splitting and judge)
        self.ui.linkPhotosButton.setEnabled(self.wp is not None and not linking and not splitting and judge)
        self.ui.linkPhotosButton.setToolTip(self.read_only_reason() if not judge else self._link_tip)
        self.photo_panel.set_writable(judge and not linking)
        self.attachment_panel.set_writable(judge)
        self.deadlines.conflictsButton.setEnabled(self.may_admin)
        self.deadlines.conflictsButton.setToolTip(
            "" if self.may_admin else self.admin_only_reason(tr("处理乡镇返回冲突")))
        self.split_ui.update()
        self.history.set_allowed(not splitting and judge)

    def read_only_reason(self):
        return tr("{} 只能查看，不能保存判定、照片和附件（需要技术员角色 wpzf_technician）").format(self.role_text())

    def admin_only_reason(self, what):
        return tr("{} 不能{}：需要管理员角色（wpzf_admin）").format(self.role_text(), what)

    def _show_role(self):
        """The banner over the list while the login may not judge (hidden for a technician or a writable file)."""
        if self.wp is not None and not self.may_judge:
            self.roleBanner.setText(tr("只读：{}。可以查看图斑、照片、历史和期限，不能修改判定。").format(
                self.read_only_reason()))
            self.roleBanner.setVisible(True)
        else:
            self.roleBanner.setVisible(False)

    def refresh_buttons(self):
        """Enable what applies now (after a background task started or ended)."""
        self._update_buttons()

    def _set_tab_text(self, widget, value):
        """Tab titles change only when they must (a tab bar relayout on every patch costs time)."""
        if self._tab_texts.get(widget) != value:
            self._tab_texts[widget] = value
            self.ui.tabs.setTabText(self.ui.tabs.indexOf(widget), value)

    # ----- messages and questions (tests replace the asking methods) --------------------------------------------
    def say(self, message, level=0, duration=6):
        bar = self.iface.messageBar()
        levels = Qgis.MessageLevel
        level = {0: levels.Info, 1: levels.Warning, 2: levels.Critical, 3: levels.Success}.get(level, level)
        bar.pushMessage(tr("卫片执法"), message, level, duration)
        self.last_message = message

    def ask_unsaved(self, jcbh, allow_cancel=True):
        """'save', 'discard' or 'cancel' for unsaved edits of `jcbh`."""
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        if allow_cancel:
            buttons |= QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(self, tr("未保存的修改"),
                                      tr("图斑 {} 有未保存的修改。保存吗？").format(jcbh), buttons,
                                      QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel" if allow_cancel else "discard"

    def ask_operator(self, current=""):
        """The technician's name for the history (a small dialog), or None when not given."""
        name, ok = QInputDialog.getText(
            self, tr("操作人"), tr("您的姓名（写入每条修改历史；以后可点面板顶部的姓名修改）："),
            QLineEdit.EchoMode.Normal, current)
        name = name.strip()
        return name if ok and name else None

    def ask_password(self, label):
        """The database password for `label` (this session only: it is never written to the project), or None."""
        password, ok = QInputDialog.getText(
            self, tr("数据库密码"), tr("连接工作库 {} 需要密码（只用于本次连接，不保存在项目中）：").format(label),
            QLineEdit.EchoMode.Password)
        return password if ok and password else None

    def ask_restore(self, field, current, value):
        """True when the technician confirms writing `value` back into `field` (now `current`)."""
        answer = QMessageBox.question(
            self, tr("恢复此值"), tr("把图斑 {} 的“{}”从“{}”恢复为“{}”？\n\n立即保存，并作为一次修改记入历史。").format(
                self.current, pf.field_label(field), current or tr("（空）"), value or tr("（空）")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def ask_split(self, key, parts, names):
        """True when the technician confirms splitting `key` into `parts` (split.Part, package CRS) named `names`."""
        lines = [tr("{}：{:.2f} 亩").format(name, part.area_m2 * F.MU_PER_M2) for name, part in zip(names, parts)]
        message = "\n\n".join([tr("把图斑 {} 拆分为 {} 个子图斑？").format(key, len(parts)), "\n".join(lines),
                                tr("面积为平面面积，供核对；拆分后各子图斑按椭球面积重新套合、预判。"
                                   "判定确认前可用“合并子图斑”撤销拆分。")])
        answer = QMessageBox.question(self, tr("拆分图斑"), message,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_merge(self, jcbh, parts):
        """True when the technician confirms merging `parts` back into split patch `jcbh`."""
        message = tr("把子图斑 {} 合并回图斑 {}？\n\n子图斑及其判定将删除（历史中保留），照片回到原图斑，"
                     "原图斑恢复拆分前的套合结果和预判。").format("、".join(parts), jcbh)
        answer = QMessageBox.question(self, tr("合并子图斑"), message,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_database_package(self, current=""):
        """The package text of a database package (a small dialog), or "" when canceled."""
        dialog = DatabasePackageDialog(self, current)
        return dialog.package_text() if dialog.exec() else ""

    def ask_save_conflict(self, key, edits, loaded, conflict):
        """MINE, THEIRS or CANCEL for a save the store refused because `key` was saved by someone else meanwhile."""
        dialog = SaveConflictDialog(key, edits, loaded, conflict, self)
        self.conflict_dialog = dialog  # tests and the screenshot reach it while it is open
        dialog.exec()
        self.conflict_dialog = None
        return dialog.choice

    def choose_package_file(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("打开卫片执法工作库"), "", tr("工作库 (*.gpkg)"))
        return path

    def choose_photo_folder(self):
        """(folder, max distance in m) or (None, None)."""
        folder = QFileDialog.getExistingDirectory(self, tr("选择外业照片文件夹"), start_folder(self.wp))
        if not folder:
            return None, None
        distance, ok = QInputDialog.getDouble(self, tr("关联照片"), tr("图斑外照片的最大关联距离（米）"),
                                              DEFAULT_LINK_DISTANCE_M, 0.0, 10000.0, 1)
        return (folder, distance) if ok else (None, None)

    # ----- the operator (操作人) ----------------------------------------------------------------------------------
    def operator(self):
        """The name every write of the dock records; asked once when none is set (None: the technician declined,
        nothing is written)."""
        name = pf.operator_name()
        if not name:
            name = self.ask_operator("")
            if name:
                pf.set_operator_name(name)
                self._show_operator()
        if not name:
            self.say(tr("没有操作人姓名，未写入工作库：请填写姓名后再操作"), 1)
        return name or None

    def change_operator(self):
        name = self.ask_operator(pf.operator_name())
        if name:
            pf.set_operator_name(name)
            self._show_operator()
        return name

    def _show_operator(self):
        name = pf.operator_name()
        self.ui.operatorButton.setText(name or tr("操作人？"))

    # ----- the package ------------------------------------------------------------------------------------------
    def choose_and_open(self):
        path = self.choose_package_file()
        if path:
            self.open_package(path)

    def choose_and_open_database(self):
        """A package in a PostgreSQL schema (a QGIS connection and a schema, or an address)."""
        remembered = self.package_text if self.wp is not None and self.wp.is_postgres else ""
        package = self.choose_database_package(remembered)
        if package:
            return self.open_package(package)
        return False

    def open_package(self, path, add_layers=True):
        """Open a work package; the previous one is closed (asking about unsaved edits first)."""
        if not self.may_leave_current():
            return False
        database = package_source.is_postgres(path)
        try:
            recovered = None if database else package_io.recover_if_needed(os.path.abspath(path))
            try:
                wp = WorkPackage(path)
            except WpzfError as exc:
                typed = self._password_for(path, exc) if database else None
                if typed is None:
                    raise
                wp = WorkPackage(with_password(path, typed))
                package_source.remember_password(path, typed)  # algorithms run from QGIS open it without asking
            policy = policy_for(None, wp)  # the algorithms' lookup: a year without rules is said, never replaced
            privileges = wp.privileges()
        except WpzfError as exc:
            self.say(str(exc), 2, 15)
            return False
        self.close_package(ask=False)
        self.wp = wp
        self.package_text = without_password(path) if database else wp.path
        self.privileges = privileges
        self.reader = wp.unit_reader()
        self.policy = policy
        self._load_patches()
        self._load_photos()
        self.map.show_package(wp, add_layers=add_layers)
        QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, self.package_text)  # never a password
        self.ui.packageLabel.setText(wp.source.schema if database else os.path.basename(wp.path))
        self.ui.packageLabel.setToolTip(wp.label)
        self._show_role()
        self._set_package_enabled(True)
        self.split_ui.package_opened()
        self.apply_filter()
        self.load_deadlines()
        self.packageOpened.emit(self.package_text)
        if self.model.jcbhs and self.current is None:
            self.select_patch(self.model.jcbhs[0])
        if recovered:
            self.say(recovered, 1, 15)
        self.others.start()
        return True

    def _password_for(self, package, error):
        """The password typed for a database package the server refused without one (a package remembered by the
        project carries none); None when it carries one already, cannot take one, or the technician declines."""
        if names_password(package) or with_password(package, "x") == without_password(package):
            return None
        if "password" not in str(error).lower() and "密码" not in str(error):
            return None
        return self.ask_password(package_source.parse(package).label)

    def _load_patches(self):
        rows = self.wp.list_rows(pf.LIST_FIELDS)
        self.plist = pf.PatchList(rows, self.policy, self.today)

    def _load_photos(self):
        self.photos_by_patch = {}
        all_photos = self.wp.photos()
        for photo in all_photos:
            self.photos_by_patch.setdefault(text(photo.get("JCBH")), []).append(photo)
        self.hashes = pf.shared_hashes(all_photos)

    def reload(self):
        """Read the package again (after other tools changed it); the current patch stays if unchanged here."""
        if self.wp is None or not self.may_leave_current():
            return
        keep = self.current
        self.split_ui.package_opened()  # another tool may have overlaid with other layers
        self._reread()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_patch(keep)
        elif self.model.jcbhs:
            self.select_patch(self.model.jcbhs[0])

    def _reread(self, issued=None, deadlines=True):
        """List, photos and map from the package again (of the list only what is issued as `issued`, when given: a
        split or merge changes nothing else); no unit is current afterwards."""
        if issued is None:
            self._load_patches()
        else:
            self.plist.replace_issued(issued, self.wp.list_rows(pf.LIST_FIELDS, issued))
        self._load_photos()
        self.map.refresh_patches()
        self.map.refresh_photos()
        self.current = None
        self.form = pf.FormState()
        self.apply_filter()
        if issued is None:
            self.load_deadlines()
        elif deadlines:  # after a split or merge: the list and form first; the calendar (~0.5 s for 10k units) next
            QTimer.singleShot(0, self.load_deadlines)

    def show_units(self, prefer=None, issued=None, deadlines=True):
        """After a split or merge of the patch issued as `issued`: read the package again and show `prefer` — a unit,
        or for a split patch its first part. A filter hiding it is cleared (showing another patch instead would be
        confusing). deadlines=False: nothing the calendar reads changed (only overlay figures and suggestions)."""
        if self.wp is None:
            return False
        self._reread(issued, deadlines)
        key = self.plist.first_unit(prefer) if prefer is not None else None
        if key is not None and self.model.row_of(key) < 0:
            self.clear_filter()
        if key is None:
            key = self.model.jcbhs[0] if self.model.jcbhs else None
        return self.select_patch(key) if key is not None else False

    def close_package(self, ask=True):
        """Forget the package (layers stay in the project). Unsaved edits are asked about, never dropped."""
        if ask and self.form.dirty and self.current is not None:
            if self.ask_unsaved(self.current, allow_cancel=False) == "save":
                self.save()
        self.others.stop()
        self.cancel_link()
        self.split_ui.shutdown()
        self.photo_panel.shutdown()
        self.attachment_panel.shutdown()
        self.map.clear_highlight()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        self.wp = None
        self.package_text = None
        self.privileges = None
        self.plist = None
        self.current = None
        self.form = pf.FormState()
        self.model.set_rows(None, [])
        self._show_role()
        self.ui.packageLabel.setText(tr("未打开工作库"))
        self._clear_form()
        self._set_package_enabled(False)

    def follow_project(self):
        """Open the package the project names (or whose layers it holds)."""
        project = QgsProject.instance()
        path, found = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        candidates = [path] if found and path else []
        for layer in project.mapLayers().values():
            layer_path, name = layer_source(layer)
            if layer_path and name == F.LAYER_PATCHES and layer_path.lower().endswith(".gpkg"):
                candidates.append(layer_path)
        for candidate in candidates:
            if package_source.is_postgres(candidate):  # a database package: open it or say why not
                if self.wp is None or self.package_text != candidate:
                    return self.open_package(candidate)
                continue
            if os.path.exists(candidate) and (self.wp is None or self.wp.path != os.path.abspath(candidate)):
                try:
                    WorkPackage(candidate)
                except WpzfError:
                    continue
                return self.open_package(candidate)
        return False

    def _project_read(self, *args):
        self.follow_project()

    def _project_cleared(self):
        if self.wp is not None:
            self.close_package(ask=True)

    # ----- filters ----------------------------------------------------------------------------------------------
    def current_filter(self):
        values = {name: combo.currentData() for name, combo in self._combos().items()}
        return pf.PatchFilter(overdue=self.ui.overdueCheck.isChecked(), search=self.ui.searchEdit.text(), **values)

    @staticmethod
    def _filter_all(name):
        return {"batch": tr("全部批次"), "township": tr("全部乡镇"), "state": tr("全部状态"),
                "judgment": tr("全部判定"), "flag": tr("全部标识")}[name]

    @staticmethod
    def _filter_value(name, value):
        """A filter choice as shown: the empty judgment is 未判定, as in the counts."""
        if value:
            return value_label(value)
        return tr("未判定") if name == "judgment" else tr("（空）")

    def refresh_filters(self):
        """Choices with counts, given the other filters; the current choice is kept."""
        if self.plist is None:
            return
        choices = self.plist.choices(self.current_filter())
        for name, combo in self._combos().items():
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            total = sum(n for _v, n in choices[name]) if name != "flag" else None
            combo.addItem(self._filter_all(name) + (" ({})".format(total) if total is not None else ""), pf.ALL)
            values = [v for v, _n in choices[name]]
            for value, count in choices[name]:
                combo.addItem("{} ({})".format(self._filter_value(name, value), count), value)
            if keep is not pf.ALL and keep not in values:
                combo.addItem("{} (0)".format(self._filter_value(name, keep)), keep)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not pf.ALL else 0)
            combo.blockSignals(False)

    def set_filter(self, name, value):
        """Choose a filter value as the user would (value None = all)."""
        combo = self._combos()[name]
        index = combo.findData(value) if value is not pf.ALL else 0
        if index < 0:
            raise ValueError("{} has no choice {!r}".format(name, value))
        combo.setCurrentIndex(index)
        self.apply_filter()

    def clear_filter(self):
        for combo in self._combos().values():
            combo.setCurrentIndex(0)
        self.ui.overdueCheck.blockSignals(True)
        self.ui.overdueCheck.setChecked(False)
        self.ui.overdueCheck.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.apply_filter()

    def apply_filter(self, *args):
        if self.plist is None:
            return
        shown = self.plist.filter(self.current_filter())
        self.model.set_rows(self.plist, shown)
        fit_columns(self.ui.patchTable)
        self.refresh_filters()
        self._show_counts(shown)
        row = self.model.row_of(self.current) if self.current else -1
        if row >= 0:
            self._select_quietly(row)
        self.model.set_dirty(self.current if self.form.dirty else None)

    def _show_counts(self, shown):
        c = self.plist.summary(shown)
        self.ui.countLabel.setText(tr("显示 {} / 共 {} 个图斑：合法 {}，违法 {}，其他用地 {}，未判定 {}；月清逾期 {}").format(
            c["total"], len(self.plist.rows), c[cat.LEGAL], c[cat.ILLEGAL], c[cat.OTHER], c["not_judged"],
            c["overdue"]))
        self.ui.countLabel.setToolTip(self.ui.countLabel.text())

    # ----- moving between patches -------------------------------------------------------------------------------
    def shown_jcbhs(self):
        return list(self.model.jcbhs)

    def select_row(self, row):
        """Make `row` of the list current (asks about unsaved edits first). Returns True when it moved."""
        if self.model.jcbh(row) is None:  # outside the list, or the row of a split patch (not a unit)
            return False
        index = self.model.index(row, 0)
        self.ui.patchTable.setCurrentIndex(index)
        self.ui.patchTable.scrollTo(index)
        return self.current == self.model.jcbh(row)

    def select_patch(self, jcbh):
        row = self.model.row_of(jcbh)
        if row < 0:
            return False
        return self.select_row(row)

    def next_patch(self):
        return self._step(+1)

    def previous_patch(self):
        return self._step(-1)

    def _step(self, delta):
        """Next/previous unit of the list (the rows of split patches are passed over)."""
        units = self.model.jcbhs
        if not units:
            return False
        place = self.model.unit_index(self.current) if self.current else -1
        if place < 0:
            target = 0 if delta > 0 else len(units) - 1
        else:
            target = place + delta
        if not 0 <= target < len(units):
            self.say(tr("已经是最后一个图斑") if delta > 0 else tr("已经是第一个图斑"), 0, 2)
            return False
        return self.select_patch(units[target])

    def _select_quietly(self, row):
        model = self.ui.patchTable.selectionModel()
        self._reverting = True
        try:
            model.setCurrentIndex(self.model.index(row, 0),
                                  model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows)
        finally:
            self._reverting = False

    def _current_row_changed(self, current, previous):
        if self._reverting:
            return
        jcbh = self.model.jcbh(current.row())
        if jcbh is None or jcbh == self.current:
            return
        if not self.may_leave_current():
            back = self.model.row_of(self.current)
            if back >= 0:
                self._select_quietly(back)
            return
        self.show_patch(jcbh)

    def may_leave_current(self):
        """True when the current patch may be left: no edits, or the user saved or discarded them."""
        if not self.form.dirty or self.current is None:
            return True
        answer = self.ask_unsaved(self.current)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.form = pf.FormState(self.form.patch)
            self.model.set_dirty(None)
            return True
        return False

    # ----- the form ---------------------------------------------------------------------------------------------
    def show_patch(self, jcbh):
        """Fill the form with the stored patch (read fresh), zoom and highlight it, show its photos."""
        fresh = self.reader.patch(jcbh) if self.reader is not None else None
        if fresh is None:
            self.say(tr("工作库中已没有图斑 {}，请刷新").format(jcbh), 1)
            return False
        wkb = fresh.pop("_wkb", None)
        fresh.pop("_fid", None)
        self.current = jcbh
        self.form = pf.FormState(fresh)
        if self.plist.update(jcbh, fresh):  # changed by another tool since the list was read
            self.model.refresh(jcbh)  # (a row's refresh repaints the whole list: only when needed)
        self.model.set_dirty(None)
        self._fill_form()
        geometry = None
        if wkb:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
        self.geometry_of_current = geometry
        if self.map.crs is not None and geometry is not None:
            self.map.show_patch(geometry, self.map.crs)
        photos = self.photos_by_patch.get(jcbh, [])
        self.photo_panel.show_photos(self.wp, jcbh, photos)
        self._set_tab_text(self.ui.photoTab, tr("照片 ({})").format(len(photos)) if photos else tr("照片"))
        self._show_attachments()
        if self.ui.tabs.currentWidget() is self.ui.historyTab:
            self.load_history()
        self._update_buttons()
        self.patchShown.emit(jcbh)
        return True

    def _fill_form(self):
        values = self.form.values()
        self.setWindowTitle(self.title + " · " + "  ".join(
            v for v in (self.current, pf.township(values), text(values.get("PC"))) if v))
        for name, label in self.info_labels.items():
            value = values.get(name)
            if name in pf.OVERLAY_FIELDS and isinstance(value, float):
                label.setText("%.2f" % value)
                label.setToolTip(area_text(value))
            else:
                label.setText(value_label(text(value)) if name == "TBZT" else text(value))
        self._show_prejudgment(values)
        self.editor.set_values(values)
        self._refresh_checks()

    def _show_prejudgment(self, values):
        pdlx, pdxl, reasons, flags, live = pf.prejudgment(values, self.policy)
        head = " / ".join(value_label(v) for v in (pdlx, pdxl) if v) or tr("无")
        if live:
            head += tr("（按当前套合结果实时预判，未保存）")
        flags_shown = tr("、").join(value_label(f) for f in pf.flags_of({"BSBZ": flags}))
        if flags:
            head += "  " + tr("标识：{}").format(flags_shown)
        shown_reasons = [translate_message(r) for r in reasons]
        self.ui.prejudgeLabel.setText(tr("预判：{}").format(head))
        self.ui.prejudgeLabel.setToolTip("\n".join("• " + r for r in shown_reasons))
        self.ui.reasonsLabel.setText("\n".join("• " + r for r in shown_reasons))
        self._suggestion = (pdlx, pdxl, flags)

    def _check_values(self):
        """The patch as the checks see it: a date still being typed counts with its stored value until it is left."""
        values = self.form.values()
        for name in self.editor.typing:
            if name in self.form.invalid:
                values[name] = self.form.patch.get(name)
        return values

    def _refresh_checks(self):
        values = self._check_values()
        photos = self.photos_by_patch.get(self.current, [])
        problems = pf.live_checks(values, photos, self.policy, self.plist.today if self.plist else None)
        lines, by_field = [], {}
        for severity, rule, message, field in problems:
            shown = translate_message(strip_patch(message))
            lines.append('<span style="color:{}">【{}】{}</span> {}'.format(
                SEVERITY_COLORS.get(severity, "#000000"), value_label(severity), rule, _html(shown)))
            if field:
                by_field.setdefault(field, []).append(shown)
        severe = sum(1 for p in problems if p[0] == "严重")
        self.ui.checkText.setText("<br>".join(lines) if lines else tr("未发现问题"))
        self.ui.checkGroup.setTitle(tr("自检（随填随查）：严重 {}，共 {}").format(severe, len(problems)))
        if problems:
            first = translate_message(strip_patch(problems[0][2]))
            self.ui.checkLabel.setText(tr("自检：严重 {}，共 {}").format(severe, len(problems)) + "  " + first)
            color = SEVERITY_COLORS.get(problems[0][0], "#000000")
        else:
            self.ui.checkLabel.setText(tr("自检：未发现问题") if self.current else "")
            color = "#006400"
        style = "color: {}; text-decoration: underline;".format(color)
        if self.ui.checkLabel.styleSheet() != style:
            self.ui.checkLabel.setStyleSheet(style)
        self.ui.checkLabel.setToolTip(tr("自检（随填随查）：点击查看全部问题") + "\n" + "\n".join(
            translate_message(strip_patch(p[2])) for p in problems[:20]))
        self.problems = problems
        invalid = dict(self.form.reasons)
        severe_fields = {f: by_field[f] for f in by_field if any(p[0] == "严重" and p[3] == f for p in problems)}
        self.editor.mark(invalid, severe_fields)
        self._show_evidence(values, photos)

    def show_checks(self):
        """The full self-check list (the one-line summary was clicked)."""
        self.ui.tabs.setCurrentWidget(self.ui.formTab)
        self.ui.formScroll.ensureWidgetVisible(self.ui.checkGroup)

    def _show_evidence(self, values, photos):
        self.evidence = assess(values, photos, self.policy, self.hashes)
        rows = ['<tr><td>{}</td><td style="color:{}">{} {}</td></tr>'.format(
            _html(label), "#000000" if ok else "#b40000", "✔" if ok else "✘", _html(value))
            for label, value, ok in self.evidence.items]
        self.ui.evidenceText.setText("<table>{}</table>".format("".join(rows)))
        self.ui.evidenceGroup.setTitle(tr("举证完整性：{}").format(tr("完整") if self.evidence.complete
                                                                    else tr("不完整")))

    def _edited(self, name, raw):
        """A field changed: recorded (valid or not) and checked; a refused value is marked on the field, never
        announced in the message bar."""
        if self.current is None:
            return
        self.form.set(name, raw)
        self.model.set_dirty(self.current if self.form.dirty else None)
        self._refresh_checks()
        self._update_buttons()

    def _field_left(self, name):
        """A text field was left: its value is final — a refused date is marked now, an accepted number or date is
        shown as it will be stored ("1。5" → 1.5, 2022/3/5 → 2022-03-05)."""
        if self.current is None:
            return
        if name in self.form.edits and self.editor.kinds[name] in ("area", "date"):
            self.editor.show_value(name, self.form.edits[name])
        self._refresh_checks()

    def adopt_prejudgment(self):
        pdlx, pdxl, flags = getattr(self, "_suggestion", ("", "", ""))
        if not pdlx:
            self.say(tr("没有可采用的预判"), 1, 3)
            return
        self.editor.set_value("PDLX", pdlx)
        if pdxl:
            self.editor.set_value("PDXL", pdxl)
        # 二(二): the two marks travel with the judgment they belong to
        if pdlx == cat.ILLEGAL:
            for field, mark in (("SFFNH", FLAG_NONAGRI), ("SFLZJF", FLAG_HOUSING)):
                if field in self.editor.widgets:
                    self.editor.set_value(field, mark in flags)

    def revert(self):
        if self.current is None:
            return
        self.form = pf.FormState(self.form.patch)
        self.model.set_dirty(None)
        self._fill_form()
        self._update_buttons()

    def save(self, action="dock"):
        """Write the current patch's edits: one transaction, a history row per changed field."""
        if self.current is None or self.wp is None:
            return False
        if self.link_task is not None:
            self.say(tr("正在关联照片，完成后再保存"), 1)
            return False
        if self.split_ui.busy:
            self.say(tr("正在套合子图斑，完成后再保存"), 1)
            return False
        self.editor.typing.clear()  # a date still being typed is checked now
        try:
            changes = self.form.changes()
        except ValueError as exc:
            self.say(str(exc), 2)
            self._refresh_checks()
            return False
        if not changes:
            return True
        if not self.may_judge:
            self.say(self.read_only_reason(), 1, 10)
            return False
        user = self.operator()
        if user is None:
            return False
        key = self.current
        expected = {key: self.form.patch.get(F.ROWVER)}  # the version the form read: a save by someone else refuses
        overridden = None  # (who, their fields) when the technician chose to save over another's save
        while True:
            try:
                count = self.wp.update_patches({key: changes}, action=action, user=user, expected=expected)
                break
            except EditConflict as exc:
                conflict = exc.conflicts.get(key) or next(iter(exc.conflicts.values()))
                theirs = conflict.get("theirs") or {}
                choice = self.ask_save_conflict(key, changes, self.form.patch, conflict)
                if choice == MINE:  # again, over the version now stored (a third save meanwhile asks again)
                    expected = {key: theirs.get(F.ROWVER)}
                    overridden = (conflict.get("by") or tr("其他人"), [
                        n for n in changes if not same_value(theirs.get(n), self.form.patch.get(n))])
                    continue
                if choice == THEIRS:
                    self.form = pf.FormState(self.form.patch)  # the edits are dropped, as chosen
                    self.show_patch(key)
                    self.say(tr("已采用 {} 保存的图斑 {}，你的修改已放弃").format(conflict.get("by") or tr("其他人"), key),
                             0, 6)
                    return False
                self.say(tr("图斑 {} 未保存：{} 已于 {} 保存过它。你的修改仍在表单中，保存时会再次让你选择。").format(
                    key, conflict.get("by") or tr("其他人"), conflict.get("at") or ""), 1, 10)
                return False
            except WpzfError as exc:
                self.say(str(exc), 2, 10)
                return False
        fresh = self.reader.patch(self.current)
        fresh.pop("_fid", None)
        fresh.pop("_wkb", None)
        self.form.saved(fresh)
        self.plist.update(self.current, fresh)
        self.model.set_dirty(None)
        self.model.refresh(self.current)
        self.refresh_filters()
        self._show_counts(self.model.jcbhs)
        self._fill_form()
        self.map.refresh_patches()
        if self.ui.tabs.currentWidget() is self.ui.historyTab:
            self.load_history()
        self.load_deadlines()  # the patch may just have been confirmed
        self._update_buttons()
        if overridden is not None and overridden[1]:  # the technician chose it; their values stay in the history
            self.say(tr("已保存图斑 {}：以你的值为准，覆盖了 {} 保存的 {}（对方的值见历史）").format(
                self.current, overridden[0], "、".join(pf.field_label(n) for n in overridden[1])), 1, 10)
        else:
            self.say(tr("已保存图斑 {}：{} 个字段").format(self.current, count), 3, 3)
        self.patchSaved.emit(self.current)
        return True

    def _clear_form(self):
        self.setWindowTitle(self.title + " · " + tr("未选择图斑"))
        for label in self.info_labels.values():
            label.setText("")
        self.ui.prejudgeLabel.setText("")
        self.ui.reasonsLabel.setText("")
        self.ui.checkLabel.setText("")
        self.ui.checkText.setText("")
        self.history.clear()
        self._suggestion = ("", "", "")
        self.load_deadlines()
        self.editor.set_values({})
        self.editor.mark({}, {})
        self.photo_panel.show_photos(None, None, [])
        self.attachment_panel.show_patch(None, None)

    # ----- history ----------------------------------------------------------------------------------------------
    def _tab_changed(self, index):
        if self.ui.tabs.widget(index) is self.ui.historyTab:
            self.load_history()
        elif self.ui.tabs.widget(index) is self.ui.deadlinesTab:
            self.load_deadlines()

    def load_history(self):
        """The current unit's changes in the history tab (read only when the tab is shown)."""
        return self.history.show_history(self.wp, self.current, self.editor.widgets)

    def restore_history_value(self, index, which="OLD"):
        """Write an earlier value of a field back (history row `index`: its OLD value — undo that change — or its
        NEW one), through the same save path as an edit: one transaction, its own history row (恢复历史值)."""
        row = self.history.restorable(index)
        if row is None:
            return False
        field = text(row.get("FIELD"))
        if self.form.dirty:
            self.say(tr("请先保存或撤销当前的修改，再恢复历史值"), 1)
            return False
        try:
            value = pf.history_value(field, row.get(which))
        except pf.InputRejected as exc:
            self.say(tr("“{}”不能恢复为“{}”：{}").format(pf.field_label(field), text(row.get(which)), exc), 1)
            return False
        current = self.form.patch.get(field)
        shown = value_label(value) if isinstance(value, str) else (tr("是") if value else tr("否"))
        if same_value(pf.normalise(pf.FormState.KINDS[field], value), current):
            self.say(tr("“{}”已经是“{}”").format(pf.field_label(field), shown or tr("（空）")), 0, 3)
            return False
        if not self.ask_restore(field, value_label(text(current)), shown):
            return False
        self.editor.set_value(field, value)
        if not self.form.dirty:
            return False
        return self.save(action="dock:restore")

    # ----- 乡镇核查 conflicts (core/fieldwork) --------------------------------------------------------------------
    @property
    def conflictsButton(self):  # noqa: N802 - the button of the deadlines tab (tests press it)
        return self.deadlines.conflictsButton

    def _show_conflicts(self):
        return self.deadlines.show_conflicts(self.wp)

    def open_conflicts(self):
        user = self.operator()
        if user is None:
            return
        dialog = ConflictsDialog(self.wp, user, self)
        dialog.exec()
        if dialog.resolved:
            self.reload()  # the values taken are in the package now
        self._show_conflicts()

    # ----- deadlines (月清, 月核, quarter ends, 6-20 / 6-30 / 2-28) -----------------------------------------------
    def load_deadlines(self):
        """The deadlines tab for the open package (the calendar view, None without a package)."""
        plist = self.plist
        return self.deadlines.show_deadlines(self.wp if plist is not None else None, plist.rows if plist else None,
                                             plist.today if plist else None, self.policy)

    # ----- photos -----------------------------------------------------------------------------------------------
    def _photos_changed(self):
        self._load_photos()
        self.map.refresh_photos()
        if self.current is not None:
            photos = self.photos_by_patch.get(self.current, [])
            self.photo_panel.show_photos(self.wp, self.current, photos)
            self._set_tab_text(self.ui.photoTab, tr("照片 ({})").format(len(photos)) if photos else tr("照片"))
            self._refresh_checks()
            if self.ui.tabs.currentWidget() is self.ui.historyTab:
                self.load_history()

    # ----- attachments (附件材料) ---------------------------------------------------------------------------------
    def _show_attachments(self):
        count = self.attachment_panel.show_patch(self.wp, self.current)
        self._set_tab_text(self.attachment_panel, tr("附件 ({})").format(count) if count else tr("附件"))

    def _attachments_changed(self):
        self._show_attachments()
        if self.ui.tabs.currentWidget() is self.ui.historyTab:
            self.load_history()

    def choose_and_link_photos(self):
        if self.wp is None:
            return None
        folder, distance = self.choose_photo_folder()
        if not folder:
            return None
        return self.link_photos(folder, distance)

    def link_photos(self, folder, max_distance=DEFAULT_LINK_DISTANCE_M):
        """Link a folder of photos in the background (QgsTask): progress and cancel in the dock and the task bar."""
        if self.wp is None or self.link_task is not None:
            return None
        task = LinkPhotosTask(self.wp.path, folder, max_distance, self._link_done)
        self.link_task = task
        self.ui.taskProgress.setValue(0)
        self.ui.taskProgress.setVisible(True)
        self.ui.cancelTaskButton.setVisible(True)
        task.progressChanged.connect(self._link_progress)  # a slot of the dock: queued into the GUI thread
        self._update_buttons()
        QgsApplication.taskManager().addTask(task)
        return task

    def _link_progress(self, value):
        self.ui.taskProgress.setValue(int(value))

    def cancel_link(self):
        if self.link_task is not None:
            self.link_task.cancel()

    def _link_done(self, task):
        if task is not self.link_task:
            return
        self.link_task = None
        self.ui.taskProgress.setVisible(False)
        self.ui.cancelTaskButton.setVisible(False)
        self._update_buttons()
        if task.report is not None:
            report = task.report
            problems = report.problems()
            level = 1 if problems else 3
            self.say(report.summary() + ("\n" + "\n".join(problems[:10]) if problems else ""), level, 15)
            if self.wp is not None:
                self._photos_changed()
        elif task.canceled_by_user:
            self.say(task.error, 1)
        else:
            self.say(tr("照片关联失败：{}").format(task.error), 2, 15)
        self.photosLinked.emit(task)


def _html(value):
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
