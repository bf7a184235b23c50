"""乡镇返回冲突: a township's returned value met a county edit made after the package went out (core/fieldwork).
The technician sees the value sent, the county's value now and the township's, and decides; nothing was overwritten
before."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..core.errors import WpzfError
from ..core.fieldwork import conflicts
from ..core.i18n import tr
from .patch_form import field_label
from ..rules.values import text
from .texts import value_label

COLUMNS = ["JCBH", "XZMC", "label", "SENT", "now", "RETURNED"]


def _shown(value):
    return value_label(text(value)) if value not in (None, "") else tr("（空）")


class ConflictsDialog(QDialog):
    """Open conflicts of a package, one row each; 采用乡镇值 / 保留本县值 resolve the selected ones."""

    def __init__(self, wp, user, parent=None):
        super().__init__(parent)
        self.wp = wp
        self.user = user
        self.resolved = 0
        self.setWindowTitle(tr("乡镇返回冲突"))
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("监测编号"), tr("乡镇"), tr("字段"), tr("发出时"), tr("本县现值"),
                                              tr("乡镇返回")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.take = QPushButton(tr("采用乡镇返回值"))
        self.keep = QPushButton(tr("保留本县现值"))
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.take.clicked.connect(lambda: self.resolve(conflicts.TAKE_RETURNED))
        self.keep.clicked.connect(lambda: self.resolve(conflicts.KEEP_CURRENT))
        layout.addWidget(buttons)
        self.resize(720, 360)
        self.reload()

    def reload(self):
        self.rows = conflicts.list_conflicts(self.wp)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, key in enumerate(COLUMNS):
                if key == "label":
                    shown = field_label(row["FIELD"])
                elif key in ("JCBH", "XZMC"):
                    shown = text(row.get(key))
                else:
                    shown = _shown(row.get(key))
                item = QTableWidgetItem(shown)
                item.setToolTip(shown)
                item.setData(Qt.ItemDataRole.UserRole, row["_fid"])
                self.table.setItem(r, c, item)
        self.note.setText(tr("{} 处冲突：乡镇返回的值与本县在任务包发出后所改的值不同，工作库中保留的是本县现值。"
                             "选中后决定采用哪一个。").format(len(self.rows)) if self.rows else tr("没有待处理的冲突。"))
        self.take.setEnabled(bool(self.rows))
        self.keep.setEnabled(bool(self.rows))

    def resolve(self, how):
        fids = sorted({self.table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                       for i in self.table.selectionModel().selectedRows()})
        if not fids:
            self.note.setText(tr("请先选中要处理的冲突（可多选）。"))
            return
        try:
            for fid in fids:
                conflicts.resolve(self.wp, fid, how, user=self.user)
                self.resolved += 1
        except WpzfError as exc:
            self.note.setText(str(exc))
            return
        self.reload()
