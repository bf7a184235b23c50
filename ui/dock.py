"""判定面板: the technician's daily work — the patch list with filters, the judgment form with live self-check,
the photos, the history; the map follows the current patch.

The dock is a view: what to show and what a save changes come from core.patch_form; reading and writing go
through core.workpackage (one transaction per save, a history row per changed field).
"""
import os

from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QKeySequence
from qgis.PyQt.QtWidgets import (QFileDialog, QInputDialog, QLabel, QListWidgetItem, QMessageBox, QShortcut,
                                 QTableWidgetItem, QWidget)
from qgis.core import Qgis, QgsApplication, QgsGeometry, QgsProject
from qgis.gui import QgsDockWidget

from ..core import package_io
from ..core import patch_form as pf
from ..core.errors import WpzfError
from ..core.evidence import assess
from ..core.i18n import tr
from ..core.workpackage import WorkPackage
from ..rules import categories as cat
from ..rules import fields as F
from ..rules.periodic import deadline_view
from ..rules.prejudge import FLAG_HOUSING, FLAG_NONAGRI
from ..rules.values import text
from .attachment_panel import AttachmentPanel
from .judgment_form import JudgmentForm, area_text
from .map_view import MapView, layer_source
from .patch_model import PatchTableModel
from .photo_panel import PhotoPanel
from .split_panel import SplitControls
from .tasks import LinkPhotosTask
from .uiloader import load_ui

PROJECT_SCOPE, PROJECT_KEY = "wpzf", "workpackage"
SEVERITY_COLORS = {"严重": QColor(200, 0, 0), "警告": QColor(190, 110, 0), "提示": QColor(90, 90, 90)}
DEFAULT_LINK_DISTANCE_M = 50.0
FILTERS = ["batch", "township", "state", "judgment", "flag"]


def history_field_label(field, action=""):
    """What a history row changed, in words: a patch field's Chinese name, or the photo/import/split bookkeeping."""
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


class JudgmentDock(QgsDockWidget):
    packageOpened = pyqtSignal(str)
    patchShown = pyqtSignal(str)
    patchSaved = pyqtSignal(str)
    photosLinked = pyqtSignal(object)  # the LinkPhotosTask, finished

    def __init__(self, iface, parent=None):
        super().__init__(tr("卫片执法 · 判定面板"), parent if parent is not None else iface.mainWindow())
        self.setObjectName("WpzfJudgmentDock")
        self.iface = iface
        self.ui = load_ui("dock.ui", QWidget(self))
        self.setWidget(self.ui)
        self.wp = None
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
        self.editor = JudgmentForm(self.ui.editLayout, self)
        self.editor.edited.connect(self._edited)
        self.photo_panel = PhotoPanel(self.ui.photoTab)
        self.ui.photoTabLayout.addWidget(self.photo_panel)
        self.ui.splitter.setStretchFactor(0, 2)  # list and form share the height, the form a bit more
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([240, 360])
        self.photo_panel.photosChanged.connect(self._photos_changed)
        self.photo_panel.message.connect(lambda text_, level: self.say(text_, level))
        self.attachment_panel = AttachmentPanel(self.ui.tabs)  # issue 11: its own tab, right after the photos
        self.ui.tabs.insertTab(self.ui.tabs.indexOf(self.ui.photoTab) + 1, self.attachment_panel, tr("附件材料"))
        self.attachment_panel.message.connect(lambda text_, level: self.say(text_, level))
        self.attachment_panel.attachmentsChanged.connect(self._attachments_changed)
        # issue 12: split / merge the current unit, a compact row right above the list they change
        self.split_ui = SplitControls(self)
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.splitter), self.split_ui.bar)
        self._reverting = False
        self.last_message = ""
        self.problems = []
        self.evidence = None
        self.history_rows = []
        self._suggestion = ("", "", "")
        self._build_info_rows()
        self._build_history_table()
        self._build_deadline_tables()
        self._connect()
        self._set_package_enabled(False)
        self.follow_project()

    # ----- building ---------------------------------------------------------------------------------------------
    def _build_info_rows(self):
        self.info_labels = {}
        for layout, names in ((self.ui.infoLayout, pf.INFO_FIELDS), (self.ui.overlayLayout, pf.OVERLAY_FIELDS)):
            for name in names:
                label = QLabel()
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                layout.addRow(pf.field_label(name), label)
                self.info_labels[name] = label

    def _build_history_table(self):
        headers = [tr("时间"), tr("操作人"), tr("字段"), tr("原值"), tr("新值"), tr("操作")]
        self.ui.historyTable.setColumnCount(len(headers))
        self.ui.historyTable.setHorizontalHeaderLabels(headers)

    def _connect(self):
        ui = self.ui
        ui.openButton.clicked.connect(self.choose_and_open)
        ui.reloadButton.clicked.connect(self.reload)
        ui.linkPhotosButton.clicked.connect(self.choose_and_link_photos)
        ui.cancelTaskButton.clicked.connect(self.cancel_link)
        ui.prevButton.clicked.connect(self.previous_patch)
        ui.nextButton.clicked.connect(self.next_patch)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.adoptButton.clicked.connect(self.adopt_prejudgment)
        ui.tabs.currentChanged.connect(self._tab_changed)
        for combo in self._combos().values():
            combo.activated.connect(self.apply_filter)
        ui.overdueCheck.toggled.connect(self.apply_filter)
        ui.searchEdit.textChanged.connect(self.apply_filter)
        ui.clearFilterButton.clicked.connect(self.clear_filter)
        self.shortcuts = []
        for keys, slot in (("Ctrl+Down", self.next_patch), ("Ctrl+PgDown", self.next_patch),
                           ("Ctrl+Up", self.previous_patch), ("Ctrl+PgUp", self.previous_patch),
                           (QKeySequence.StandardKey.Save, self.save)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        project = QgsProject.instance()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        project.layerWillBeRemoved.connect(self.map.forget)

    def _combos(self):
        ui = self.ui
        return {"batch": ui.batchCombo, "township": ui.townshipCombo, "state": ui.stateCombo,
                "judgment": ui.judgmentCombo, "flag": ui.flagCombo}

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
                                      tr("保存本图斑的修改（Ctrl+S），每个字段的变化记入历史"))
        self.ui.revertButton.setEnabled(has_patch and self.form.dirty)
        self.ui.adoptButton.setEnabled(has_patch and not splitting)
        self.editor.set_enabled(has_patch and not splitting)
        self.ui.linkPhotosButton.setEnabled(self.wp is not None and not linking and not splitting)
        self.split_ui.update()

    def refresh_buttons(self):
        """Enable what applies now (after a background task started or ended)."""
        self._update_buttons()

    # ----- messages and questions (tests replace the asking methods) --------------------------------------------
    def say(self, message, level=0, duration=6):
        bar = self.iface.messageBar()
        level = {0: Qgis.Info, 1: Qgis.Warning, 2: Qgis.Critical, 3: Qgis.Success}.get(level, level)
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
        self.ui.patchTable.resizeColumnToContents(0)
        if recovered:
            self.say(recovered, 1, 15)
        return True

    def _load_patches(self):
        rows = pf.read_list_rows(self.wp)
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
            self.plist.replace_issued(issued, pf.read_list_rows(self.wp, issued))
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
            combo.addItem(tr("全部") + (" ({})".format(total) if total is not None else ""), pf.ALL)
            values = [v for v, _n in choices[name]]
            for value, count in choices[name]:
                combo.addItem("{} ({})".format(value if value else tr("（空）"), count), value)
            if keep is not pf.ALL and keep not in values:
                combo.addItem("{} (0)".format(keep if keep else tr("（空）")), keep)
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
        fresh = self.wp.patch(jcbh, geometry=True)
        if fresh is None:
            self.say(tr("工作库中已没有图斑 {}，请刷新").format(jcbh), 1)
            return False
        wkb = fresh.pop("_wkb", None)
        fresh.pop("_fid", None)
        self.current = jcbh
        self.form = pf.FormState(fresh)
        self.plist.update(jcbh, fresh)
        self.model.refresh(jcbh)
        self.model.set_dirty(None)
        self._fill_form()
        geometry = None
        if wkb:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
        self.geometry_of_current = geometry
        if self.map.crs is not None and geometry is not None:
            self.map.show_patch(geometry, self.map.crs)
        self.photo_panel.show_photos(self.wp, jcbh, self.photos_by_patch.get(jcbh, []))
        self.ui.tabs.setTabText(1, tr("照片 ({})").format(len(self.photos_by_patch.get(jcbh, []))))
        self._show_attachments()
        if self.ui.tabs.currentWidget() is self.ui.historyTab:
            self.load_history()
        self._update_buttons()
        self.patchShown.emit(jcbh)
        return True

    def _fill_form(self):
        values = self.form.values()
        self.ui.titleLabel.setText(tr("图斑 {}  {}").format(self.current, pf.township(values)))
        for name, label in self.info_labels.items():
            value = values.get(name)
            if name in pf.OVERLAY_FIELDS and isinstance(value, float):
                label.setText("%.2f" % value)
                label.setToolTip(area_text(value))
            else:
                label.setText(text(value))
        self._show_prejudgment(values)
        self.editor.set_values(values)
        self._refresh_checks()

    def _show_prejudgment(self, values):
        pdlx, pdxl, reasons, flags, live = pf.prejudgment(values, self.policy)
        head = " / ".join(v for v in (pdlx, pdxl) if v) or tr("无")
        if live:
            head += tr("（按当前套合结果实时预判，未保存）")
        if flags:
            head += "\n" + tr("标识：{}").format(flags)
        self.ui.prejudgeLabel.setText(tr("预判：{}").format(head))
        self.ui.reasonsLabel.setText("\n".join("• " + r for r in reasons))
        self._suggestion = (pdlx, pdxl, flags)

    def _refresh_checks(self):
        values = self.form.values()
        photos = self.photos_by_patch.get(self.current, [])
        problems = pf.live_checks(values, photos, self.policy, self.plist.today if self.plist else None)
        self.ui.checkList.clear()
        for severity, rule, message, _field in problems:
            item = QListWidgetItem("【{}】{} {}".format(severity, rule, message.split("：", 1)[-1]))
            item.setForeground(QBrush(SEVERITY_COLORS.get(severity, QColor(0, 0, 0))))
            item.setToolTip(message)
            self.ui.checkList.addItem(item)
        if not problems:
            self.ui.checkList.addItem(tr("未发现问题"))
        severe = sum(1 for p in problems if p[0] == "严重")
        self.ui.checkGroup.setTitle(tr("自检（随填随查）：严重 {}，共 {}").format(severe, len(problems)))
        self.problems = problems
        self.editor.mark(set(self.form.invalid), {p[3] for p in problems if p[0] == "严重"})
        self._show_evidence(values, photos)

    def _show_evidence(self, values, photos):
        layout = self.ui.evidenceLayout
        while layout.rowCount():
            layout.removeRow(0)
        self.evidence = assess(values, photos, self.policy, self.hashes)
        for label, value, ok in self.evidence.items:
            widget = QLabel(("✔ " if ok else "✘ ") + value)
            widget.setWordWrap(True)
            widget.setStyleSheet("" if ok else "color: #b40000;")
            layout.addRow(label, widget)
        self.ui.evidenceGroup.setTitle(tr("举证完整性：{}").format(tr("完整") if self.evidence.complete
                                                                    else tr("不完整")))

    def _edited(self, name, raw):
        if self.current is None:
            return
        ok = self.form.set(name, raw)
        if not ok:
            self.say(tr("“{}”的值“{}”无效").format(pf.field_label(name), raw), 1, 3)
        self.model.set_dirty(self.current if self.form.dirty else None)
        self._refresh_checks()
        self._update_buttons()

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

    def save(self):
        """Write the current patch's edits: one transaction, a history row per changed field."""
        if self.current is None or self.wp is None:
            return False
        if self.link_task is not None:
            self.say(tr("正在关联照片，完成后再保存"), 1)
            return False
        if self.split_ui.busy:
            self.say(tr("正在套合子图斑，完成后再保存"), 1)
            return False
        try:
            changes = self.form.changes()
        except ValueError as exc:
            self.say(str(exc), 2)
            return False
        if not changes:
            return True
        stored = self.wp.patch(self.current) or {}
        changed_meanwhile = [n for n in changes if not pf.same(stored.get(n), self.form.patch.get(n))]
        try:
            count = self.wp.update_patches({self.current: changes}, action="dock")
        except WpzfError as exc:
            self.say(str(exc), 2, 10)
            return False
        fresh = self.wp.patch(self.current)
        fresh.pop("_fid", None)
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
        self.ui.titleLabel.setText(tr("未选择图斑"))
        for label in self.info_labels.values():
            label.setText("")
        self.ui.prejudgeLabel.setText("")
        self.ui.reasonsLabel.setText("")
        self.ui.checkList.clear()
        self.ui.historyTable.setRowCount(0)
        self.load_deadlines()
        self.editor.set_values({})
        self.photo_panel.show_photos(None, None, [])
        self.attachment_panel.show_patch(None, None)

    # ----- history ----------------------------------------------------------------------------------------------
    def _tab_changed(self, index):
        if self.ui.tabs.widget(index) is self.ui.historyTab:
            self.load_history()
        elif self.ui.tabs.widget(index) is self.ui.deadlinesTab:
            self.load_deadlines()

    # ----- deadlines (月清, 月核, quarter ends, 6-20 / 6-30 / 2-28) -----------------------------------------------
    def _build_deadline_tables(self):
        self.ui.upcomingTable.setColumnCount(3)
        self.ui.upcomingTable.setHorizontalHeaderLabels([tr("日期"), tr("剩余天数"), tr("事项")])
        self.ui.overdueTable.setColumnCount(5)
        self.ui.overdueTable.setHorizontalHeaderLabels([tr("监测编号"), tr("乡镇"), tr("月清期限"), tr("逾期天数"),
                                                        tr("核查状态")])
        self.ui.overdueTable.cellDoubleClicked.connect(
            lambda row, _col: self.select_patch(self.ui.overdueTable.item(row, 0).text()))

    def load_deadlines(self):
        """What is due next and which patches are past 月清, from the policy calendar (rules/periodic)."""
        if self.wp is None or self.plist is None:
            self.ui.deadlinesSummary.setText("")
            self.ui.upcomingTable.setRowCount(0)
            self.ui.overdueTable.setRowCount(0)
            return None
        view = deadline_view(self.plist.rows, self.plist.today, self.policy, settings=self.wp.settings())
        upcoming = view["upcoming"][:12]
        self.ui.upcomingTable.setRowCount(len(upcoming))
        for i, item in enumerate(upcoming):
            cells = [item["date"].isoformat(), str(item["days_left"]), item["label"]]
            for j, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if item["soon"]:
                    cell.setForeground(QColor("#c00000"))
                self.ui.upcomingTable.setItem(i, j, cell)
        late = view["overdue"]
        self.ui.overdueTable.setRowCount(len(late))
        for i, row in enumerate(late):
            for j, value in enumerate([row["JCBH"], row["XZMC"], row["due"].isoformat(), str(row["days_late"]),
                                       row["state"]]):
                self.ui.overdueTable.setItem(i, j, QTableWidgetItem(value))
        self.ui.upcomingTable.resizeColumnsToContents()
        self.ui.overdueTable.resizeColumnsToContents()
        nxt = view["next_monthly_check"]
        self.ui.deadlinesSummary.setText(tr("今天 {}：{} 个图斑超过月清期限仍未确认；下一次月核 {}；本季度末 {}。").format(
            view["today"].isoformat(), len(late), nxt.isoformat() if nxt else tr("无"),
            view["next_quarter_end"].isoformat()))
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.deadlinesTab),
                                tr("期限 ({})").format(len(late)) if late else tr("期限"))
        return view

    def load_history(self):
        """The current patch's changes, newest first (read only when the tab is shown)."""
        table = self.ui.historyTable
        rows = self.wp.history(self.current) if self.wp is not None and self.current else []
        rows = sorted(rows, key=lambda r: (text(r.get("TIME")), r["_fid"]), reverse=True)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            field = text(row.get("FIELD"))
            values = [row.get("TIME"), row.get("USER"), history_field_label(field, text(row.get("ACTION"))),
                      row.get("OLD"), row.get("NEW"), row.get("ACTION")]
            for j, value in enumerate(values):
                item = QTableWidgetItem(text(value))
                if j == 2:
                    item.setToolTip(field)
                table.setItem(i, j, item)
        self.history_rows = rows
        return rows

    # ----- photos -----------------------------------------------------------------------------------------------
    def _photos_changed(self):
        self._load_photos()
        self.map.refresh_photos()
        if self.current is not None:
            self.photo_panel.show_photos(self.wp, self.current, self.photos_by_patch.get(self.current, []))
            self.ui.tabs.setTabText(1, tr("照片 ({})").format(len(self.photos_by_patch.get(self.current, []))))
            self._refresh_checks()
            if self.ui.tabs.currentWidget() is self.ui.historyTab:
                self.load_history()

    # ----- attachments (附件材料) ---------------------------------------------------------------------------------
    def _show_attachments(self):
        count = self.attachment_panel.show_patch(self.wp, self.current)
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.attachment_panel),
                                tr("附件材料 ({})").format(count) if count else tr("附件材料"))

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

