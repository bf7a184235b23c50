"""The 附件材料 tab of the dock: the current patch's documents (情况说明, 违法处理材料, 举证材料, 其他) — list, add,
open, remove. The files live inside the work package (core/attachments); opening one writes a verified copy to a
temporary folder for the system's viewer. Kept apart from dock.py so the dock's redesign can place it anywhere."""
import os
import shutil
import tempfile

from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                                 QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QTableWidget,
                                 QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from ..core.store import attachments as A
from ..core.errors import WpzfError
from ..core.i18n import tr
from ..core.safe_names import safe_name
from ..rules.fields import ATTACHMENT_KINDS
from .folders import start_folder
from .texts import value_label


def type_note(filename):
    """What the dossier does with a file of this type (shown before it is added)."""
    kind = A.file_kind(filename)
    if kind == "image":
        return tr("图片：生成卷宗时排入卷宗。")
    if kind == "pdf":
        return tr("PDF：生成卷宗时附在卷宗正文之后（无法原样并入时另附在卷宗旁）。")
    if kind == "word":
        return tr("Word 文件：卷宗 PDF 无法容纳，生成卷宗时另附在卷宗旁并在卷宗中列出。")
    return tr("该类型文件可以保存，但不能排入卷宗 PDF，生成卷宗时另附在卷宗旁并在卷宗中列出；建议转为 PDF 后添加。")


class AttachmentDialog(QDialog):
    """Kind, title (default: the file's name) and note of a file about to be attached."""

    def __init__(self, path, jcbh, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("添加附件材料 · 图斑 {}").format(jcbh))
        name = os.path.basename(path)
        self.kind = QComboBox()
        for kind in ATTACHMENT_KINDS:
            self.kind.addItem(value_label(kind), kind)
        self.title = QLineEdit(os.path.splitext(name)[0])
        self.note = QLineEdit()
        info = QLabel(tr("文件：{}（{}）\n{}").format(name, A.size_text(_size(path)), type_note(name)))
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("类别"), self.kind)
        form.addRow(tr("名称"), self.title)
        form.addRow(tr("说明"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self):
        return self.kind.currentData(), self.title.text().strip(), self.note.text().strip()


def _size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


class AttachmentPanel(QWidget):
    attachmentsChanged = pyqtSignal()  # added or removed (the dock refreshes its tab title and history)
    message = pyqtSignal(str, int)  # text, Qgis message level

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("WpzfAttachmentPanel")
        self.wp, self.jcbh, self.rows = None, None, []
        self.operator = lambda: None  # the dock's: the technician's name for the history (None: do not write)
        self._temp_dirs = []
        self._cache = (None, None)  # ((package path, its mtime), {JCBH: rows}): one read per change, not per patch
        headers = [tr("类别"), tr("名称"), tr("大小"), tr("添加人"), tr("添加时间")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        for column in range(len(headers)):  # the title takes what the dock's width leaves
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 4)  # one line
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.addButton = self._button(tr("添加…"), tr("把文件（PDF、图片、Word 等）作为附件材料保存到工作库"),
                                      self.add_attachment)
        self.openButton = self._button(tr("打开"), tr("用系统程序打开所选附件（核对内容后写出临时副本）"),
                                       lambda: self.open_row(self.table.currentRow()))
        self.removeButton = self._button(tr("删除"), tr("从工作库删除所选附件（记入变更记录）"), self.remove_selected)
        self.infoLabel = QLabel()
        self.infoLabel.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.addButton, self.openButton, self.removeButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.infoLabel)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._writable = True
        self._update_buttons()

    def _button(self, text, tip, slot):
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # ----- showing ----------------------------------------------------------------------------------------------
    def show_patch(self, wp, jcbh):
        """List the attachments of `jcbh` (none without a package or patch); returns how many."""
        self.wp, self.jcbh = wp, jcbh
        try:
            self.rows = self._rows_of(wp, jcbh)
        except WpzfError as exc:
            self.rows = []
            self.message.emit(str(exc), 2)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            values = [value_label(row.get("KIND")), row.get("TITLE"), A.size_text(row.get("SIZE")), row.get("USER"),
                      row.get("ADDED_AT")]
            for j, value in enumerate(values):
                item = QTableWidgetItem(str(value or ""))
                item.setToolTip(tr("{}\n原文件名：{}\nSHA-256：{}\n{}").format(
                    row.get("TITLE") or "", row.get("FILENAME") or "", row.get("SHA256") or "", row.get("NOTE") or ""))
                self.table.setItem(i, j, item)
        self.infoLabel.setText(tr("本图斑 {} 件附件材料（保存在工作库中）").format(len(self.rows)) if jcbh else "")
        self._update_buttons()
        return len(self.rows)

    def _rows_of(self, wp, jcbh):
        """The rows of `jcbh`, from all the package's attachments read once and again only when the package file
        changed (any write, ours or another program's): stepping through patches must stay fast."""
        if wp is None or jcbh is None:
            return []
        try:
            key = (wp.path, os.stat(wp.path).st_mtime_ns)
        except OSError:
            key = None
        if key is None or self._cache[0] != key:
            grouped = {}
            for row in A.list(wp):
                grouped.setdefault(row["JCBH"], []).append(row)
            self._cache = (key, grouped)
        return self._cache[1].get(jcbh, [])

    def set_writable(self, writable):
        self._writable = writable
        self._update_buttons()

    def _update_buttons(self):
        chosen = 0 <= self.table.currentRow() < len(self.rows) and bool(self.table.selectedItems())
        self.addButton.setEnabled(self._writable and self.jcbh is not None)
        self.openButton.setEnabled(chosen)
        self.removeButton.setEnabled(chosen and self._writable)

    # ----- questions (tests replace these) ----------------------------------------------------------------------
    def choose_file(self):
        start = start_folder(self.wp)
        patterns = " ".join("*" + e for e in A.DIALOG_FILTER_EXTENSIONS)
        path, _ = QFileDialog.getOpenFileName(
            self, tr("选择图斑 {} 的附件材料").format(self.jcbh), start,
            tr("附件材料 ({});;所有文件 (*)").format(patterns))
        return path

    def ask_details(self, path):
        """(kind, title, note) for the file, or None when the user cancels."""
        dialog = AttachmentDialog(path, self.jcbh, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def confirm_remove(self, row):
        answer = QMessageBox.question(
            self, tr("删除附件材料"), tr("从工作库删除图斑 {} 的附件“{}”（{}）？删除后只能重新添加原文件。").format(
                self.jcbh, row.get("TITLE"), value_label(row.get("KIND"))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def open_url(self, url):
        return QDesktopServices.openUrl(url)

    # ----- actions ----------------------------------------------------------------------------------------------
    def add_attachment(self):
        """File dialog, then kind/title/note; stores the file in the package. Returns the new row or None."""
        if self.wp is None or self.jcbh is None:
            return None
        path = self.choose_file()
        if not path:
            return None
        details = self.ask_details(path)
        if details is None:
            return None
        kind, title, note = details
        user = self.operator()
        if user is None:
            return None
        try:
            row = A.add(self.wp, self.jcbh, path, kind, title=title or None, note=note or None, user=user)
        except WpzfError as exc:
            self.message.emit(str(exc), 2)
            return None
        text = tr("已把“{}”作为{}添加到图斑 {}（{}）").format(row["TITLE"], value_label(row["KIND"]), self.jcbh,
                                                       A.size_text(row["SIZE"]))
        if A.file_kind(row["FILENAME"]) in ("word", "other"):
            text += tr("；") + type_note(row["FILENAME"])
        self.message.emit(text, 3)
        self._cache = (None, None)  # the file's time may not have moved within the clock's resolution
        self.show_patch(self.wp, self.jcbh)
        self.attachmentsChanged.emit()
        return row

    def open_row(self, index):
        """Write the attachment (checked against its SHA-256) to a temporary file and open it; returns the path."""
        if not 0 <= index < len(self.rows) or self.wp is None:
            return None
        row = self.rows[index]
        try:
            content = A.data(self.wp, row["_fid"])
        except WpzfError as exc:
            self.message.emit(str(exc), 2)
            return None
        folder = tempfile.mkdtemp(prefix="wpzf_")
        self._temp_dirs.append(folder)
        ext = os.path.splitext(row.get("FILENAME") or "")[1]
        path = os.path.join(folder, safe_name(row.get("TITLE") or "", "attachment") + ext)
        try:
            with open(path, "wb") as fh:
                fh.write(content)
        except OSError as exc:
            self.message.emit(tr("无法写出附件的临时副本 {}：{}。请检查磁盘空间后重试。").format(path, exc.strerror or exc), 2)
            return None
        if not self.open_url(QUrl.fromLocalFile(path)):
            self.message.emit(tr("系统没有能打开 {} 的程序，临时副本在 {}。").format(row.get("FILENAME"), path), 1)
        return path

    def remove_selected(self):
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows) or self.wp is None or not self.confirm_remove(self.rows[index]):
            return False
        user = self.operator()
        if user is None:
            return False
        try:
            row = A.remove(self.wp, self.rows[index]["_fid"], user=user)
        except WpzfError as exc:
            self.message.emit(str(exc), 2)
            return False
        self.message.emit(tr("已删除图斑 {} 的附件“{}”").format(self.jcbh, row["TITLE"]), 0)
        self._cache = (None, None)  # the file's time may not have moved within the clock's resolution
        self.show_patch(self.wp, self.jcbh)
        self.attachmentsChanged.emit()
        return True

    def shutdown(self):
        """Temporary copies go with the package (a viewer still holding one keeps it: removal is best effort)."""
        for folder in self._temp_dirs:
            shutil.rmtree(folder, ignore_errors=True)
        self._temp_dirs = []
