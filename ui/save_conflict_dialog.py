"""保存冲突: someone else saved the unit after this form read it (the store refused the save: core.errors.EditConflict).
For each field the technician changed it shows 你的值 beside 对方保存的值, and lets them choose: save theirs over again
(以我的为准再次保存), take the other value and drop the edits (采用对方的值), or go on editing (取消). Nothing is lost
without that choice."""
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                                 QTableWidgetItem, QVBoxLayout)

from ..core.i18n import tr
from ..core.store.workpackage import same_value
from ..rules import fields as F
from . import patch_form as pf
from .texts import value_label

MINE, THEIRS, CANCEL = "mine", "theirs", "cancel"
WIDTH = 600  # fits a 1366×768 screen with room to see the form behind it
MAX_ROWS_SHOWN = 10
BOTH_CHANGED = QColor(255, 235, 200)  # a field both changed: the one to look at
NOT_COMPARED = {F.ROWVER, "_fid", "_wkb", "_JCBH", "fid", "geom"}  # bookkeeping, not values


def shown(name, value):
    """A value as the form shows it: flags 是/否, areas as typed, codes by their label; （空） when empty."""
    kind = pf.FormState.KINDS.get(name, "text")
    if value in (None, ""):
        return tr("（空）")
    if kind == "flag":
        return tr("是") if str(value) in ("1", "True", "true") else tr("否")
    return value_label(pf.form_text(kind, value)) or tr("（空）")


class SaveConflictDialog(QDialog):
    def __init__(self, key, edits, loaded, conflict, parent=None):
        """`edits` {field: the technician's value}, `loaded` the unit as the form read it, `conflict` the store's
        entry for the unit: {"theirs": the stored row now, "by": who saved last, "at": when}."""
        super().__init__(parent)
        self.choice = CANCEL
        theirs = conflict.get("theirs") or {}
        self.setWindowTitle(tr("保存冲突：图斑 {}").format(key))
        layout = QVBoxLayout(self)
        note = QLabel(tr("图斑 {} 在你打开后已被 {} 于 {} 修改并保存。你的修改还没有保存，也没有覆盖对方的修改。"
                         "请对照下表选择：").format(key, conflict.get("by") or tr("其他人"), conflict.get("at") or ""))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(edits), 3)
        self.table.setHorizontalHeaderLabels([tr("字段"), tr("你的值"), tr("对方保存的值")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows = []
        for i, (name, mine) in enumerate(edits.items()):
            other = theirs.get(name)
            both = not same_value(other, loaded.get(name))  # they changed this field too
            cells = [pf.field_label(name), shown(name, mine), shown(name, other)]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(tr("打开时的值：{}").format(shown(name, loaded.get(name))))
                if both:
                    item.setBackground(BOTH_CHANGED)
                self.table.setItem(i, j, item)
            self.rows.append((name, cells[1], cells[2], both))
        layout.addWidget(self.table)
        others = [pf.field_label(n) if n in F.ALIASES else n for n in theirs
                  if n not in edits and n not in NOT_COMPARED and not same_value(theirs.get(n), loaded.get(n))]
        self.others = others
        tail = QLabel((tr("对方还修改了：{}（无论选哪种都会保留）。").format("、".join(others)) if others else "")
                      + tr("底色标出双方都改过的字段。"))
        tail.setWordWrap(True)
        layout.addWidget(tail)
        buttons = QDialogButtonBox()
        self.mineButton = buttons.addButton(tr("以我的为准再次保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirsButton = buttons.addButton(tr("采用对方的值"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancelButton = buttons.addButton(tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.mineButton.setToolTip(tr("把你的值写入，覆盖对方在这些字段上的值（对方的值记入历史）"))
        self.theirsButton.setToolTip(tr("放弃你未保存的修改，重新载入对方保存的图斑"))
        self.cancelButton.setToolTip(tr("回到表单继续编辑，暂不保存"))
        self.mineButton.clicked.connect(lambda: self._choose(MINE))
        self.theirsButton.clicked.connect(lambda: self._choose(THEIRS))
        self.cancelButton.clicked.connect(lambda: self._choose(CANCEL))
        layout.addWidget(buttons)
        self._fit_rows(min(len(edits), MAX_ROWS_SHOWN))
        self.setMinimumWidth(WIDTH)
        self.resize(WIDTH, self.sizeHint().height())

    def _fit_rows(self, rows):
        """The table as tall as its rows (up to MAX_ROWS_SHOWN, then it scrolls): every changed field in view."""
        table = self.table
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(i) for i in range(rows))
        table.setMinimumHeight(height)
        table.setMaximumHeight(height if rows == self.table.rowCount() else 16777215)

    def _choose(self, choice):
        self.choice = choice
        (self.reject if choice == CANCEL else self.accept)()
