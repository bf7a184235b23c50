"""判定面板: the technician's daily work — the patch list with filters, the judgment form with live self-check,
the photos, the history; the map follows the current patch.

The dock is a view: what to show and what a save changes come from core.patch_form; reading and writing go
through core.workpackage (one transaction per save, a history row per changed field).

Fits a docked panel at 1366×768 (440×590 px in QGIS with its three rows of toolbars, issue 14): a splitter with the patch list (at least ten rows with
state and judgment) over tabs 判定 | 整改 | 面积 | 照片 | 附件 | 历史 | 期限; the judgment fields head the first tab, the
pre-judgment and the self-check are one line each above them. Nothing needs a horizontal scroll bar.
Keyboard while the dock has focus: KEYS below (Ctrl+S saves the patch, not the QGIS project).
"""
import os

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeySequence
from qgis.PyQt.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox, QFileDialog,
                                 QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton,
                                 QSizePolicy, QTableWidgetItem, QWidget)
from qgis.core import Qgis, QgsApplication, QgsGeometry, QgsProject
from qgis.gui import QgsDockWidget

from ..core.store import package_io
from . import patch_form as pf
from ..core.errors import WpzfError
from ..core.photos.evidence import assess
from ..core.fieldwork import conflicts, tracking
from ..core.i18n import tr
from ..core.store.workpackage import WorkPackage
from ..rules import categories as cat
from ..rules import fields as F
from ..rules.reports import deadline_view
from ..rules.prejudge import FLAG_HOUSING, FLAG_NONAGRI
from ..rules.values import text
from .attachment_panel import AttachmentPanel
from .conflicts_dialog import ConflictsDialog
from .elided_label import ElidedLabel
from .judgment_form import JudgmentForm, area_text
from .map_view import MapView, layer_source
from .patch_model import PatchTableModel, fit_columns
from .photo_panel import PhotoPanel
from .split_panel import SplitControls
from .tasks import LinkPhotosTask
from .texts import strip_patch, translate_message, value_label
from .uiloader import load_ui

PROJECT_SCOPE, PROJECT_KEY = "wpzf", "workpackage"
SEVERITY_COLORS = {"严重": "#c80000", "警告": "#be6e00", "提示": "#5a5a5a"}
DEFAULT_LINK_DISTANCE_M = 50.0
FILTERS = ["batch", "township", "state", "judgment", "flag"]
LIST_ROWS = 10  # rows the patch list shows at least when the dock has its usual height
PREFERRED_WIDTH = 440  # 400-480 px is what a right dock gets in QGIS maximised at 1366×768
TAB_LIST_MIN_PX = 48  # a list inside a tab (history, deadlines, photos) may shrink to this
TABS_MIN_PX = 160  # the tabs keep at least this: tab bar, pre-judgment and self-check lines, three form rows
# The dock's keys (while the focus is inside the dock): action name -> key sequences, the first one shown in tooltips.
KEYS = {"save": ["Ctrl+S"], "adopt": ["Ctrl+J"], "revert": ["Esc"], "next": ["Ctrl+Down", "Ctrl+PgDown"],
        "previous": ["Ctrl+Up", "Ctrl+PgUp"]}
HISTORY_ACTIONS = {"dock": "判定面板", "dock:restore": "恢复历史值", "import": "导入", "import:reissue": "重新下发",
                   "overlay": "套合分析", "prejudge": "预判", "split": "拆分", "merge": "合并", "setting": "设置",
                   "link_photos": "关联照片", "photos:add": "添加照片", "photos:update": "照片更新",
                   "photos:remove": "移出照片", "attachment:add": "添加附件", "attachment:remove": "删除附件"}


def history_field_label(field, action=""):
    """What a history row changed, in words: a patch field's name, or the photo/import/split bookkeeping."""
    if field in F.ALIASES:
        return pf.field_label(field)
    if field == "*":  # a whole row came or went: issued, cut from a split patch, or removed by a merge
        kind = str(action or "").split(":")[0]
        return {"split": tr("（拆分）"), "merge": tr("（合并）")}.get(kind, tr("（下发导入）"))
    if field == "photo":
        return tr("照片")
    if field == "attachment":
        return tr("附件材料")
    if field.startswith("photo:"):
        name = field.split(":", 1)[1]
        return tr("照片·{}").format(pf.photo_field_label(name))
    return field


def compact_rows(table):
    """Rows one line of text high (the style's default is taller): more of a list fits the dock."""
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(table.fontMetrics().height() + 2)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 2)


def history_action_label(action):
    action = text(action)
    return tr(HISTORY_ACTIONS[action]) if action in HISTORY_ACTIONS else action


def key_text(action):
    """The first key of a dock action, as the platform writes it (for tooltips)."""
    return QKeySequence(KEYS[action][0]).toString(QKeySequence.SequenceFormat.NativeText)


class DockKeys(QObject):
    """The dock's keyboard: while the focus is on a widget inside the dock, its keys (KEYS) act on the dock and
    nowhere else. A QShortcut on the dock is not enough: QGIS's own Ctrl+S (save project) is a window-wide
    shortcut, Qt finds two for one key and runs neither ("Ambiguous shortcut overload"). So the focused widget gets
    an event filter that claims the key at ShortcutOverride (no shortcut runs) and acts on the key press that
    follows (the widget never sees it: Ctrl+Up in the list moves through units, not rows)."""

    def __init__(self, dock, slots):
        super().__init__(dock)
        self.dock = dock
        self.target = None
        self.slots = {}
        for action, sequences in KEYS.items():
            for sequence in sequences:
                self.slots[QKeySequence(sequence)[0]] = action
        self.actions = slots  # action -> (callable, applies: callable -> bool)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old, new):
        if self.target is not None and not sip.isdeleted(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        if new is not None and not sip.isdeleted(self.dock) and (new is self.dock or self.dock.isAncestorOf(new)):
            new.installEventFilter(self)
            self.target = new

    def action_of(self, event):
        modifiers = int(event.modifiers()) & ~int(Qt.KeyboardModifier.KeypadModifier)
        action = self.slots.get(event.key() | modifiers)
        if action is None:
            return None
        run, applies = self.actions[action]
        return run if applies() else None

    def eventFilter(self, obj, event):  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and obj is self.target:
            run = self.action_of(event)
            if run is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    run()
                return True
        return False


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
        self.split_ui = SplitControls(self)  # issue 12: split / merge the current unit, a menu on the button row
        self.ui.splitButton.setMenu(self.split_ui.menu)
        self.ui.splitter.setStretchFactor(0, 0)  # a taller dock gives the form more room, the list keeps its rows
        self.ui.splitter.setStretchFactor(1, 1)
        self._reverting = False
        self.last_message = ""
        self.problems = []
        self.evidence = None
        self.history_rows = []
        self._suggestion = ("", "", "")
        self._tab_texts = {}
        self._sized = False
        self._splitter_moved = False
        self._build_info_rows()
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

    def _build_tables(self):
        """Lists that fit the dock's width: no horizontal scroll bar, the wide columns share what is left."""
        table = self.ui.patchTable
        compact_rows(table)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fit_columns(table)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        headers = [tr("时间"), tr("操作人"), tr("字段"), tr("原值"), tr("新值")]
        history = self.ui.historyTable
        history.setColumnCount(len(headers))
        history.setHorizontalHeaderLabels(headers)
        self._share_width(history, fixed=(0, 1, 2), stretch=(3, 4))
        self.ui.upcomingTable.setColumnCount(3)
        self.ui.upcomingTable.setHorizontalHeaderLabels([tr("日期"), tr("剩余天数"), tr("事项")])
        self._share_width(self.ui.upcomingTable, fixed=(0, 1), stretch=(2,))
        self.ui.overdueTable.setColumnCount(5)
        self.ui.overdueTable.setHorizontalHeaderLabels([tr("监测编号"), tr("乡镇"), tr("月清期限"), tr("逾期天数"),
                                                        tr("核查状态")])
        self._share_width(self.ui.overdueTable, fixed=(0, 2, 3), stretch=(1, 4))
        self.ui.overdueTable.cellDoubleClicked.connect(
            lambda row, _col: self.select_patch(self.ui.overdueTable.item(row, 0).text()))

    @staticmethod
    def _share_width(table, fixed, stretch):
        """`fixed` columns as wide as their contents (set by _fit_fixed once a table is filled: sizing to contents
        while items are set costs a pass over the table per item), `stretch` columns share the rest."""
        header = table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(200)
        compact_rows(table)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setProperty("wpzf_fixed", list(fixed))

    @staticmethod
    def _fit_fixed(table):
        for column in table.property("wpzf_fixed") or []:
            table.resizeColumnToContents(column)

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
        ui.restoreButton.clicked.connect(lambda: self.restore_history_value(self.ui.historyTable.currentRow()))
        ui.historyTable.customContextMenuRequested.connect(self._history_menu)
        ui.historyTable.itemSelectionChanged.connect(self._update_restore)
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
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._first_size)
        elif not self._splitter_moved:
            QTimer.singleShot(0, self.fit_list)

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

    def _update_buttons(self):
        has_patch = self.current is not None
        linking = self.link_task is not None
        splitting = self.split_ui.busy  # the parts are being overlaid: no judging of figures still to come
        self.ui.saveButton.setEnabled(has_patch and self.form.dirty and not linking and not splitting)
        self.ui.saveButton.setToolTip(tr("正在关联照片，完成后再保存") if linking else
                                      tr("正在套合子图斑，完成后再保存") if splitting else
                                      tr("保存本图斑的修改（{}），每个字段的变化记入历史").format(key_text("save")))
        self.ui.revertButton.setEnabled(has_patch and self.form.dirty)
        self.ui.adoptButton.setEnabled(has_patch and not splitting and bool(self._suggestion[0]))
        self.editor.set_enabled(has_patch and not splitting)
        self.ui.linkPhotosButton.setEnabled(self.wp is not None and not linking and not splitting)
        self.split_ui.update()
        self._update_restore()

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

    def choose_package_file(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("打开卫片执法工作库"), "", tr("工作库 (*.gpkg)"))
        return path

    def choose_photo_folder(self):
        """(folder, max distance in m) or (None, None)."""
        start = os.path.dirname(self.wp.path) if self.wp is not None else ""
        folder = QFileDialog.getExistingDirectory(self, tr("选择外业照片文件夹"), start)
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

    def open_package(self, path, add_layers=True):
        """Open a work package; the previous one is closed (asking about unsaved edits first)."""
        if not self.may_leave_current():
            return False
        try:
            recovered = package_io.recover_if_needed(os.path.abspath(path))
            wp = WorkPackage(path)
        except WpzfError as exc:
            self.say(str(exc), 2, 10)
            return False
        self.close_package(ask=False)
        self.wp = wp
        self.reader = wp.unit_reader()
        self.policy = pf.policy_of(wp)
        self._load_patches()
        self._load_photos()
        self.map.show_package(wp, add_layers=add_layers)
        QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, wp.path)
        self.ui.packageLabel.setText(os.path.basename(wp.path))
        self.ui.packageLabel.setToolTip(wp.path)
        self._set_package_enabled(True)
        self.split_ui.package_opened()
        self.apply_filter()
        self.load_deadlines()
        self.packageOpened.emit(wp.path)
        if self.model.jcbhs and self.current is None:
            self.select_patch(self.model.jcbhs[0])
        if recovered:
            self.say(recovered, 1, 15)
        return True

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
        self.cancel_link()
        self.split_ui.shutdown()
        self.photo_panel.shutdown()
        self.attachment_panel.shutdown()
        self.map.clear_highlight()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        self.wp = None
        self.plist = None
        self.current = None
        self.form = pf.FormState()
        self.model.set_rows(None, [])
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
        user = self.operator()
        if user is None:
            return False
        stored = self.wp.patch(self.current) or {}
        changed_meanwhile = [n for n in changes if not pf.same(stored.get(n), self.form.patch.get(n))]
        try:
            count = self.wp.update_patches({self.current: changes}, action=action, user=user)
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
        if changed_meanwhile:  # someone else wrote these since the form was filled; history keeps their value
            self.say(tr("图斑 {} 的 {} 在打开后被其他操作修改过，已按本次填写保存（原值见历史）").format(
                self.current, "、".join(pf.field_label(n) for n in changed_meanwhile)), 1, 10)
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
        self.ui.historyTable.setRowCount(0)
        self.history_rows = []
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
        """The current patch's changes, newest first (read only when the tab is shown): when, who, what, the old
        and the new value (as shown in the form)."""
        table = self.ui.historyTable
        rows = self.wp.history(self.current) if self.wp is not None and self.current else []
        rows = sorted(rows, key=lambda r: (text(r.get("TIME")), r["_fid"]), reverse=True)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            field, action = text(row.get("FIELD")), text(row.get("ACTION"))
            when = text(row.get("TIME"))
            values = [when[:16], row.get("USER"), history_field_label(field, action),
                      value_label(text(row.get("OLD"))), value_label(text(row.get("NEW")))]
            tip = tr("{}  {}：{}").format(when, history_action_label(action), text(row.get("USER")))
            for j, value in enumerate(values):
                item = QTableWidgetItem(text(value))
                item.setToolTip(field if j == 2 else tip if j < 2 else text(value))
                table.setItem(i, j, item)
        self._fit_fixed(table)
        self.history_rows = rows
        self._update_restore()
        return rows

    def _restorable(self, index):
        """The history row `index` when it changed a form field of the current patch, else None."""
        if not 0 <= index < len(self.history_rows) or self.current is None:
            return None
        row = self.history_rows[index]
        return row if text(row.get("FIELD")) in self.editor.widgets else None

    def _update_restore(self):
        self.ui.restoreButton.setEnabled(self._restorable(self.ui.historyTable.currentRow()) is not None
                                         and not self.split_ui.busy)

    def _history_menu(self, pos):
        index = self.ui.historyTable.rowAt(pos.y())
        row = self._restorable(index)
        if row is None:
            return None
        menu = QMenu(self.ui.historyTable)
        menu.addAction(tr("恢复此值：原值“{}”").format(value_label(text(row.get("OLD"))) or tr("（空）")),
                       lambda: self.restore_history_value(index, "OLD"))
        menu.addAction(tr("恢复此值：新值“{}”").format(value_label(text(row.get("NEW"))) or tr("（空）")),
                       lambda: self.restore_history_value(index, "NEW"))
        menu.popup(self.ui.historyTable.viewport().mapToGlobal(pos))
        return menu

    def restore_history_value(self, index, which="OLD"):
        """Write an earlier value of a field back (history row `index`: its OLD value — undo that change — or its
        NEW one), through the same save path as an edit: one transaction, its own history row (恢复历史值)."""
        row = self._restorable(index)
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
        if pf.same(pf.normalise(pf.FormState.KINDS[field], value), current):
            self.say(tr("“{}”已经是“{}”").format(pf.field_label(field), shown or tr("（空）")), 0, 3)
            return False
        if not self.ask_restore(field, value_label(text(current)), shown):
            return False
        self.editor.set_value(field, value)
        if not self.form.dirty:
            return False
        return self.save(action="dock:restore")

    # ----- 乡镇核查 conflicts (core/fieldwork) --------------------------------------------------------------------
    def _show_conflicts(self):
        """A button under the deadlines while a township return waits for a decision."""
        if getattr(self, "conflictsButton", None) is None:
            self.conflictsButton = QPushButton(self)
            self.conflictsButton.clicked.connect(self.open_conflicts)
            layout = self.ui.deadlinesSummary.parentWidget().layout()
            layout.insertWidget(layout.indexOf(self.ui.deadlinesSummary) + 1, self.conflictsButton)
        count = conflicts.open_count(self.wp) if self.wp is not None else 0
        self.conflictsButton.setText(tr("乡镇返回冲突 {} 处，点此处理…").format(count))
        self.conflictsButton.setVisible(count > 0)
        return count

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
        """What is due next and which patches are past 月清, from the policy calendar (rules/reports), and the
        township packages not yet back (core/fieldwork/tracking)."""
        if self.wp is None or self.plist is None:
            self.ui.deadlinesSummary.setText("")
            self.ui.upcomingTable.setRowCount(0)
            self.ui.overdueTable.setRowCount(0)
            return None
        view = deadline_view(self.plist.rows, self.plist.today, self.policy, settings=self.wp.settings())
        # what the townships still owe from their 乡镇核查 packages sits among the other dates
        owed = tracking.deadline_items(self.wp, self.plist.today, self.policy)
        upcoming = sorted(view["upcoming"] + owed, key=lambda item: item["date"])[:12]
        self.ui.upcomingTable.setRowCount(len(upcoming))
        for i, item in enumerate(upcoming):
            cells = [item["date"].isoformat(), str(item["days_left"]), item["label"]]
            for j, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if item["soon"]:
                    cell.setForeground(QColor("#c00000"))
                self.ui.upcomingTable.setItem(i, j, cell)
        late = view["overdue"]
        self.ui.overdueTable.setRowCount(len(late))
        for i, row in enumerate(late):
            for j, value in enumerate([row["JCBH"], row["XZMC"], row["due"].isoformat(), str(row["days_late"]),
                                       value_label(row["state"])]):
                self.ui.overdueTable.setItem(i, j, QTableWidgetItem(value))
        self._fit_fixed(self.ui.upcomingTable)
        self._fit_fixed(self.ui.overdueTable)
        self._show_conflicts()
        nxt = view["next_monthly_check"]
        self.ui.deadlinesSummary.setText(tr("今天 {}：{} 个图斑超过月清期限仍未确认；下一次月核 {}；本季度末 {}。").format(
            view["today"].isoformat(), len(late), nxt.isoformat() if nxt else tr("无"),
            view["next_quarter_end"].isoformat()))
        return view

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
        self.photo_panel.set_writable(False)
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
        self.photo_panel.set_writable(True)
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
