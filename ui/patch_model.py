"""Table model of the patch list: one row per shown patch, read from PatchList rows (no copies)."""
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont

from ..core.i18n import tr
from ..core.patch_form import flags_of, township
from ..rules.values import text

COLUMNS = [("JCBH", "监测编号"), ("XZMC", "乡镇"), ("PC", "批次"), ("HSZT", "状态"), ("PDLX", "判定"),
           ("BSBZ", "标识")]
OVERDUE_BRUSH = QBrush(QColor(190, 30, 30))


class PatchTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plist = None
        self.jcbhs = []
        self._pos = {}
        self.dirty_jcbh = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, plist, jcbhs):
        self.beginResetModel()
        self.plist = plist
        self.jcbhs = list(jcbhs)
        self._pos = {j: i for i, j in enumerate(self.jcbhs)}
        self.endResetModel()

    def row_of(self, jcbh):
        return self._pos.get(jcbh, -1)

    def jcbh(self, row):
        return self.jcbhs[row] if 0 <= row < len(self.jcbhs) else None

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
        return 0 if parent.isValid() else len(self.jcbhs)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plist is None:
            return None
        jcbh = self.jcbhs[index.row()]
        row = self.plist.by_jcbh[jcbh]
        field = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "JCBH":
                return jcbh + (" *" if jcbh == self.dirty_jcbh else "")
            if field == "XZMC":
                return township(row)
            if field == "BSBZ":
                return "、".join(flags_of(row))
            return text(row.get(field))
        if role == Qt.ItemDataRole.ForegroundRole and field == "JCBH" and self.plist.is_overdue(row):
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.FontRole and jcbh == self.dirty_jcbh:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and self.plist.is_overdue(row):
            return tr("月清期限 {} 已过，尚未确认").format(self.plist.due(row))
        return None
