"""Table model of the patch list: one row per shown unit, read from PatchList rows (no copies).

A split patch (被拆分) is no unit of judgment: its parts are listed where it stood, marked "└", under a grey row for
the patch itself that cannot be selected (it says what was split and into how many parts)."""
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import QHeaderView

from ..core.i18n import tr
from .patch_form import flags_of, is_part, issued_number, township
from ..rules import categories as cat
from ..rules import fields as F
from ..rules.values import text
from .texts import value_label

# State and judgment right after the number: what a technician scans the list for (issue 14). The batch is not a
# column (the dock is narrow): the batch filter selects by it, an overdue number is red, the title bar names it.
COLUMNS = [("JCBH", "监测编号"), ("HSZT", "状态"), ("PDLX", "判定"), ("XZMC", "乡镇"), ("BSBZ", "标识")]
FIXED = ("JCBH", "HSZT", "PDLX")  # as wide as their longest value; township and flags share the rest
OVERDUE_BRUSH = QBrush(QColor(190, 30, 30))
PARENT_BRUSH = QBrush(QColor(130, 130, 130))
PART_MARK = "  └ "
ROLES = {int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                          Qt.ItemDataRole.ToolTipRole)}


class PatchTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plist = None
        self.entries = []  # (key, is_parent) per list row
        self.jcbhs = []  # the shown units' keys, in list order (split parents are not units)
        self._pos = {}  # unit key -> list row
        self._unit_pos = {}  # unit key -> place in self.jcbhs
        self.dirty_jcbh = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, plist, jcbhs):
        self.beginResetModel()
        self.plist = plist
        self.entries = plist.display_rows(jcbhs) if plist is not None else []
        self.jcbhs = [key for key, parent in self.entries if not parent]
        self._pos = {key: i for i, (key, parent) in enumerate(self.entries) if not parent}
        self._unit_pos = {key: i for i, key in enumerate(self.jcbhs)}
        self.endResetModel()

    def row_of(self, jcbh):
        return self._pos.get(jcbh, -1)

    def unit_index(self, jcbh):
        """Place of unit `jcbh` among the shown units (-1 when not shown): what next/previous step through."""
        return self._unit_pos.get(jcbh, -1)

    def jcbh(self, row):
        """The unit on list row `row`; None for a split patch's row or outside the list."""
        if not 0 <= row < len(self.entries):
            return None
        key, parent = self.entries[row]
        return None if parent else key

    def refresh(self, jcbh):
        row = self.row_of(jcbh)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_dirty(self, jcbh):
        """Mark the row whose edits are not saved (shown in bold with a star)."""
        old, self.dirty_jcbh = self.dirty_jcbh, jcbh
        for j in {old, jcbh} - {None}:
            self.refresh(j)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def flags(self, index):
        if index.isValid() and self.entries[index.row()][1]:
            return Qt.ItemFlag.NoItemFlags  # a split patch: shown for orientation, never selected or judged
        return super().flags(index)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # the view asks each cell for a dozen roles on every repaint (stepping through patches scrolls the list):
        # the ones not answered here cost no further Python
        if role not in ROLES or self.plist is None or not index.isValid():
            return None
        key, parent = self.entries[index.row()]
        if parent:
            return self._parent_data(key, COLUMNS[index.column()][0], role)
        row = self.plist.by_jcbh[key]
        field = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "JCBH":
                return (PART_MARK if is_part(row) else "") + key + (" *" if key == self.dirty_jcbh else "")
            if field == "XZMC":
                return township(row)
            if field == "BSBZ":
                return tr("、").join(value_label(f) for f in flags_of(row))
            if field in ("HSZT", "PDLX"):
                return value_label(text(row.get(field)))
            return text(row.get(field))
        if role == Qt.ItemDataRole.ForegroundRole and field == "JCBH" and self.plist.keys[key]["overdue"]:
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.FontRole and key == self.dirty_jcbh:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [tr("子图斑，拆分自 {}").format(issued_number(row))] if is_part(row) else []
            if field == "BSBZ" and flags_of(row):
                tips.append(tr("、").join(value_label(f) for f in flags_of(row)))
            if self.plist.is_overdue(row):
                tips.append(tr("月清期限 {} 已过，尚未确认").format(self.plist.due(row)))
            return "\n".join(tips) or None
        return None

    def _parent_data(self, key, field, role):
        row = self.plist.parents[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "JCBH":
                return key
            if field == "XZMC":
                return township(row)
            if field == "HSZT":
                return value_label(F.SPLIT_PARENT)
            if field == "BSBZ":
                return tr("已拆分为 {} 个子图斑").format(len(self.plist.parts_of(key)))
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return PARENT_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("图斑 {} 已拆分，不再单独判定；请判定其子图斑（“合并子图斑”可撤销拆分）").format(key)
        return None


def fit_columns(table):
    """Column widths for the dock's width: number, state and judgment as wide as their longest value (measured once
    per list, not per row), township, batch and flags sharing what is left; never a horizontal scroll bar."""
    model, header, metrics = table.model(), table.horizontalHeader(), table.fontMetrics()
    pad = 2 * metrics.averageCharWidth() + 4
    longest = max(model.jcbhs, key=len) if model.jcbhs else "0" * 16  # a longer part number is cut ("…")
    samples = {"JCBH": [longest + " *"],
               "HSZT": [value_label(v) for v in cat.HSZT + [F.SPLIT_PARENT]],
               "PDLX": [value_label(v) for v in cat.PDLX + [""]]}
    header.setMinimumSectionSize(24)
    header.setStretchLastSection(False)
    for column, (field, title) in enumerate(COLUMNS):
        if field in FIXED:
            texts = samples[field] + [tr(title)]
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + pad)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
