"""One table description for Word and Excel: columns (key, Chinese header, unit, kind) from rules/reports/
and rows of dicts. Text formatting (亩 to 0.01, percentages, signed changes) lives here once.

Kind "ratio" is a ratio shown beside a verdict or a warning line: rules/ratio_text.py decides its digits from the
row's own verdict (BLDB/SQBLDB) and line (BLYZ, else the table's ratio_line), in the document and in the Excel
cell format alike."""

from ...rules.ratio_text import FLAG_OF, ratio_number
from ..xlsx import Column, Sheet
from . import ratio_cells

DASH = "—"


def header(field):
    """'违法用地面积（亩）' from ('WFMJ', '违法用地面积', '亩', 'mu'); counts carry no unit in the header."""
    _key, title, unit, _kind = field
    title = title.replace("(", "（").replace(")", "）")
    return "%s（%s）" % (title, unit) if unit and unit not in ("个", "名", "位") else title


def cell_text(value, kind):
    """The value as a document shows it: 亩 and % to two decimals, signed changes, 是/否; '—' when missing."""
    if value is None or (isinstance(value, str) and kind != "text" and value == ""):
        return DASH
    if kind == "text":
        return str(value)
    if kind in ("int", "rank"):
        return "%d" % value
    if kind == "delta":
        return "%+d" % value if value else "0"
    if kind in ("mu", "pct"):
        return "%.2f" % value
    if kind == "ratio":  # without its row's verdict (see Table.text_rows): two decimals
        return ratio_number(value)
    if kind == "pp":
        return "%+.2f" % value if abs(value) >= 0.005 else "0.00"
    if kind == "yesno":
        return "是" if value else "否"
    if kind == "coord":
        return "%.6f" % value
    raise ValueError(kind)


class Table:
    """A titled table: fields [(key, header, unit, kind)], rows [dict], optional total row (bold)."""

    def __init__(self, title, fields, rows, total=None, note="", sheet=None, ratio_line=None):
        self.title = title
        self.fields = list(fields)
        self.rows = list(rows)
        self.total = total
        self.note = note
        self.sheet = sheet or title
        self.ratio_line = ratio_line  # the line ratio columns are judged against when a row carries none

    def headers(self):
        return [header(f) for f in self.fields]

    def text_rows(self):
        """[(cells, is_total)] with every cell formatted as text."""
        out = []
        for row in self.all_rows():
            bold = row is self.total or bool(row.get("subtotal"))
            out.append(([self.cell(row, f) for f in self.fields], bold))
        return out

    def all_rows(self):
        return self.rows + ([self.total] if self.total else [])

    def cell(self, row, field):
        key, _title, _unit, kind = field
        value = row.get(key)
        if kind == "ratio" and value is not None:
            line = row.get("BLYZ") if row.get("BLYZ") is not None else self.ratio_line
            return ratio_number(value, line, row.get(FLAG_OF.get(key, ""), None))
        return cell_text(value, kind)


_XLSX_KINDS = {"int": "int", "rank": "int", "delta": "int", "mu": "area", "pct": "percent", "pp": "percent",
               "ratio": "percent",
               "yesno": "text", "text": "text", "coord": "text"}


def to_sheet(table):
    """The table as a core.xlsx Sheet: numbers unrounded (the cell format shows two decimals), the total row last,
    the title and note as notes under the data."""
    columns = [Column(key, title, unit if unit not in ("个", "名", "位") else "", _XLSX_KINDS[kind])
               for key, title, unit, kind in table.fields]
    rows = []
    for row in table.rows + ([table.total] if table.total else []):
        out = {}
        for key, _t, _u, kind in table.fields:
            value = row.get(key)
            if kind == "yesno" and value is not None:
                value = "是" if value else "否"
            elif kind == "coord" and value is not None:
                value = "%.6f" % value
            out[key] = value
        rows.append(out)
    notes = [table.title] + ([("注：" + table.note)] if table.note else [])
    return Sheet(table.sheet, columns, rows, notes=notes)


def write_workbook(path, tables, info=()):
    """One sheet per table (headers in row 1, data from row 2, total row last), then a 说明 sheet with `info`
    [(item, value)]. Written whole or not at all (core.xlsx)."""
    sheets = [to_sheet(t) for t in tables]
    formats = {i: ratio_cells.ratio_formats(t.all_rows(), [f[0] if f[3] == "ratio" else None for f in t.fields],
                                            t.ratio_line)
               for i, t in enumerate(tables)}
    if info:
        sheets.append(Sheet("说明", [Column("item", "项目"), Column("value", "内容", width=90)],
                            [{"item": k, "value": v} for k, v in info]))
    return ratio_cells.write_workbook(path, sheets, formats)
