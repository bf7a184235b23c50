"""The small lists inside the dock's tabs (history, deadlines): one line of text per row, no horizontal scroll bar."""
from qgis.PyQt.QtWidgets import QHeaderView


def compact_rows(table):
    """Rows one line of text high (the style's default is taller): more of a list fits the dock."""
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(table.fontMetrics().height() + 2)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 2)


def share_width(table, headers, fixed, stretch):
    """Columns `headers`; `fixed` ones as wide as their contents (set by fit_fixed once a table is filled: sizing to
    contents while items are set costs a pass over the table per item), `stretch` ones share the rest."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(24)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(200)
    compact_rows(table)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setProperty("wpzf_fixed", list(fixed))


def fit_fixed(table):
    for column in table.property("wpzf_fixed") or []:
        table.resizeColumnToContents(column)
