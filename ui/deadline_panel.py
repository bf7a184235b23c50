"""The deadlines tab of the dock: what is due next (月清, 月核, quarter ends, 6-20 / 6-30 / 2-28) from the policy
calendar (rules/reports), the township packages not yet back (core/fieldwork/tracking), the patches past 月清 (double
click: go there), and a button while a township return waits for a decision.
Its .ui file keeps the dock's translation context (JudgmentDockContent): its texts came from dock.ui, translated once."""
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QPushButton, QTableWidgetItem, QWidget

from ..core.fieldwork import conflicts, tracking
from ..core.i18n import tr
from ..rules.reports import deadline_view
from .tables import fit_fixed, share_width
from .texts import value_label
from .uiloader import load_ui

UPCOMING_ROWS = 12
SOON_COLOR = "#c00000"


class DeadlinePanel(QWidget):
    patchWanted = pyqtSignal(str)  # an overdue patch was double-clicked
    conflictsWanted = pyqtSignal()  # the township-return button was pressed

    def __init__(self, parent=None):
        super().__init__(parent)
        load_ui("deadline_panel.ui", self)
        self.setObjectName("WpzfDeadlinePanel")
        share_width(self.upcomingTable, [tr("日期"), tr("剩余天数"), tr("事项")], fixed=(0, 1), stretch=(2,))
        share_width(self.overdueTable, [tr("监测编号"), tr("乡镇"), tr("月清期限"), tr("逾期天数"), tr("核查状态")],
                    fixed=(0, 2, 3), stretch=(1, 4))
        self.overdueTable.cellDoubleClicked.connect(
            lambda row, _col: self.patchWanted.emit(self.overdueTable.item(row, 0).text()))
        self.conflictsButton = QPushButton(self)
        self.conflictsButton.clicked.connect(self.conflictsWanted)
        self.conflictsButton.setVisible(False)
        self.layout().insertWidget(self.layout().indexOf(self.deadlinesSummary) + 1, self.conflictsButton)

    def show_deadlines(self, wp, rows, today, policy):
        """Fill the tab for the package's patch `rows` as of `today`; the calendar view (None: no package)."""
        if wp is None or rows is None:
            self.deadlinesSummary.setText("")
            self.upcomingTable.setRowCount(0)
            self.overdueTable.setRowCount(0)
            self.conflictsButton.setVisible(False)
            return None
        view = deadline_view(rows, today, policy, settings=wp.settings())
        # what the townships still owe from their 乡镇核查 packages sits among the other dates
        owed = tracking.deadline_items(wp, today, policy)
        upcoming = sorted(view["upcoming"] + owed, key=lambda item: item["date"])[:UPCOMING_ROWS]
        self.upcomingTable.setRowCount(len(upcoming))
        for i, item in enumerate(upcoming):
            for j, value in enumerate([item["date"].isoformat(), str(item["days_left"]), item["label"]]):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if item["soon"]:
                    cell.setForeground(QColor(SOON_COLOR))
                self.upcomingTable.setItem(i, j, cell)
        late = view["overdue"]
        self.overdueTable.setRowCount(len(late))
        for i, row in enumerate(late):
            for j, value in enumerate([row["JCBH"], row["XZMC"], row["due"].isoformat(), str(row["days_late"]),
                                       value_label(row["state"])]):
                self.overdueTable.setItem(i, j, QTableWidgetItem(value))
        fit_fixed(self.upcomingTable)
        fit_fixed(self.overdueTable)
        self.show_conflicts(wp)
        nxt = view["next_monthly_check"]
        self.deadlinesSummary.setText(tr("今天 {}：{} 个图斑超过月清期限仍未确认；下一次月核 {}；本季度末 {}。").format(
            view["today"].isoformat(), len(late), nxt.isoformat() if nxt else tr("无"),
            view["next_quarter_end"].isoformat()))
        return view

    def show_conflicts(self, wp):
        """The button under the summary while township returns wait for a decision; their count."""
        count = conflicts.open_count(wp) if wp is not None else 0
        self.conflictsButton.setText(tr("乡镇返回冲突 {} 处，点此处理…").format(count))
        self.conflictsButton.setVisible(count > 0)
        return count
