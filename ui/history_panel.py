"""The history tab of the dock: the current unit's changes, newest first — when, who, what, the old and the new
value — and the way back to an earlier value (the dock writes it, through the same save as an edit).
Its .ui file keeps the dock's translation context (JudgmentDockContent): its texts came from dock.ui, translated once."""
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QMenu, QTableWidgetItem, QWidget

from ..core.i18n import tr
from ..rules import fields as F
from ..rules.values import text
from . import patch_form as pf
from .tables import fit_fixed, share_width
from .texts import value_label
from .uiloader import load_ui

ACTIONS = {"dock": "判定面板", "dock:restore": "恢复历史值", "import": "导入", "import:reissue": "重新下发",
           "overlay": "套合分析", "prejudge": "预判", "split": "拆分", "merge": "合并", "setting": "设置",
           "link_photos": "关联照片", "photos:add": "添加照片", "photos:update": "照片更新",
           "photos:remove": "移出照片", "attachment:add": "添加附件", "attachment:remove": "删除附件"}


def field_label(field, action=""):
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


def action_label(action):
    action = text(action)
    return tr(ACTIONS[action]) if action in ACTIONS else action


class HistoryPanel(QWidget):
    restoreRequested = pyqtSignal(int, str)  # history row, "OLD" (undo that change) or "NEW"

    def __init__(self, parent=None):
        super().__init__(parent)
        load_ui("history_panel.ui", self)
        self.setObjectName("WpzfHistoryPanel")
        share_width(self.historyTable, [tr("时间"), tr("操作人"), tr("字段"), tr("原值"), tr("新值")],
                    fixed=(0, 1, 2), stretch=(3, 4))
        self.rows = []
        self.key = None
        self.fields = set()  # the form's fields: only their values can be restored here
        self.allowed = True  # False while a split runs or when the role may not judge
        self.historyTable.customContextMenuRequested.connect(self.menu_at)
        self.historyTable.itemSelectionChanged.connect(self._update_restore)
        self.restoreButton.clicked.connect(lambda: self.restoreRequested.emit(self.historyTable.currentRow(), "OLD"))

    def show_history(self, wp, key, fields):
        """Read and list the changes of unit `key` (read only when the tab is shown); the rows, newest first."""
        table = self.historyTable
        rows = wp.history(key) if wp is not None and key else []
        rows = sorted(rows, key=lambda r: (text(r.get("TIME")), r["_fid"]), reverse=True)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            field, action = text(row.get("FIELD")), text(row.get("ACTION"))
            when = text(row.get("TIME"))
            values = [when[:16], row.get("USER"), field_label(field, action),
                      value_label(text(row.get("OLD"))), value_label(text(row.get("NEW")))]
            tip = tr("{}  {}：{}").format(when, action_label(action), text(row.get("USER")))
            for j, value in enumerate(values):
                item = QTableWidgetItem(text(value))
                item.setToolTip(field if j == 2 else tip if j < 2 else text(value))
                table.setItem(i, j, item)
        fit_fixed(table)
        self.rows, self.key, self.fields = rows, key, set(fields)
        self._update_restore()
        return rows

    def clear(self):
        self.historyTable.setRowCount(0)
        self.rows, self.key = [], None
        self._update_restore()

    def restorable(self, index):
        """The history row `index` when it changed a form field of the shown unit, else None."""
        if not 0 <= index < len(self.rows) or self.key is None:
            return None
        row = self.rows[index]
        return row if text(row.get("FIELD")) in self.fields else None

    def set_allowed(self, allowed):
        self.allowed = allowed
        self._update_restore()

    def _update_restore(self):
        self.restoreButton.setEnabled(self.allowed and self.restorable(self.historyTable.currentRow()) is not None)

    def menu_at(self, pos):
        """The context menu of the row under `pos`: restore its old or its new value (None: nothing to restore)."""
        index = self.historyTable.rowAt(pos.y())
        row = self.restorable(index)
        if row is None or not self.allowed:
            return None
        menu = QMenu(self.historyTable)
        menu.addAction(tr("恢复此值：原值“{}”").format(value_label(text(row.get("OLD"))) or tr("（空）")),
                       lambda: self.restoreRequested.emit(index, "OLD"))
        menu.addAction(tr("恢复此值：新值“{}”").format(value_label(text(row.get("NEW"))) or tr("（空）")),
                       lambda: self.restoreRequested.emit(index, "NEW"))
        menu.popup(self.historyTable.viewport().mapToGlobal(pos))
        return menu
