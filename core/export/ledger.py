"""The Excel ledger (台账) of an export: the same rows as the shapefile, Chinese headers, full-length text.

Text that a spreadsheet would take for a formula (= + - @) is stored as text with a quote prefix, so a remark such
as "=HYPERLINK(...)" can never run. Characters XML forbids are dropped (openpyxl would refuse the file otherwise).
"""
import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..i18n import tr
from ..xlsx import display_width, save_atomic, set_text

FONT = "宋体"
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _number_format(field):
    if field["type"] == "real":
        return "0." + "0" * field["decimals"] if field["decimals"] else "0"
    if field["type"] == "int":
        return "0"
    if field["type"] == "date":
        return "yyyy-mm-dd"
    return "@"


def _body_style(wb, number_format):
    """A named cell style per number format: assigning a name is far cheaper than styling each cell."""
    name = "wpzf " + number_format
    if name not in wb.named_styles:
        wb.add_named_style(NamedStyle(name=name, font=Font(name=FONT), border=_BORDER, number_format=number_format))
    return name


class SplitRow:
    """One row of the 拆分图斑 sheet: a split parent (its parts summed) or one of its parts."""
    __slots__ = ("jcbh", "part", "kind", "note", "values")

    def __init__(self, jcbh, part, kind, note, values):
        self.jcbh, self.part, self.kind, self.note, self.values = jcbh, part, kind, note, values


def write_ledger(path, profile, rows, title, info_rows, split_rows=()):
    """rows: dicts field name -> ledger value (full text; numbers rounded; dates as date). info_rows: [(label,
    value)] for the 说明 sheet. The header is on row 2 under a title on row 1; data starts on row 3. split_rows
    ([SplitRow]): the 拆分图斑 sheet, each split patch with its parts (left out when there are none)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "图斑台账"
    fields = profile["fields"]
    _title(ws, title, len(fields) + 1)
    widths = _header(ws, ["序号"] + [f["alias"] for f in fields])
    index_style = _body_style(wb, "0")
    styles = [_body_style(wb, _number_format(f)) for f in fields]
    for r, row in enumerate(rows, 3):
        ws.cell(row=r, column=1, value=r - 2).style = index_style
        _values(ws, r, 2, fields, row, styles, widths)
    _finish(ws, widths, len(fields) + 1, len(rows), "C3")  # header and 序号/first field stay visible
    if split_rows:
        _split_sheet(wb, fields, split_rows, title)

    info = wb.create_sheet("说明")
    for r, (label, value) in enumerate(info_rows, 1):
        set_text(info.cell(row=r, column=1), label)
        info.cell(row=r, column=1).font = Font(name=FONT, bold=True)
        set_text(info.cell(row=r, column=2), "" if value is None else value)
    info.column_dimensions["A"].width = 22
    info.column_dimensions["B"].width = 90
    _field_sheet(wb, fields)
    save_atomic(wb, path)  # checked: a full disk must not leave a broken workbook


def _title(ws, title, ncols):
    set_text(ws.cell(row=1, column=1), title)
    ws.cell(row=1, column=1).font = Font(name=FONT, size=14, bold=True)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.row_dimensions[1].height = 28


def _header(ws, texts):
    """The header on row 2; returns the starting column widths."""
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for col, text in enumerate(texts, 1):
        cell = ws.cell(row=2, column=col)
        set_text(cell, text)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = header_fill
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[2].height = 32
    return [display_width(text) + 2 for text in texts]


def _values(ws, r, first_col, fields, row, styles, widths):
    """The profile's fields of one row from column `first_col` on (widths: one per column of the sheet)."""
    for c, field in enumerate(fields, first_col):
        value = row.get(field["name"])
        cell = ws.cell(row=r, column=c)
        cell.style = styles[c - first_col]  # first: set_text may add a quote prefix on top
        if value is None:
            continue
        if field["type"] == "str":
            set_text(cell, value)
            widths[c - 1] = max(widths[c - 1], min(60, display_width(value) + 2))
        elif field["type"] == "date":
            cell.value = datetime.datetime(value.year, value.month, value.day)
        else:
            cell.value = value


def _finish(ws, widths, ncols, nrows, freeze):
    ws.column_dimensions["A"].width = 6
    for c, width in enumerate(widths[1:], 2):
        ws.column_dimensions[get_column_letter(c)].width = max(8, min(60, width))
    ws.freeze_panes = freeze
    ws.auto_filter.ref = "A2:%s%d" % (get_column_letter(ncols), max(2, nrows + 2))


def _split_sheet(wb, fields, split_rows, title):
    """拆分图斑: every split patch as the row "parent" mode writes (its parts summed), then each of its parts, with
    the issued number and the part number in front so a reader sees which parent a part belongs to."""
    ws = wb.create_sheet(tr("拆分图斑"), 1)
    lead = [tr("原图斑编号"), tr("子图斑编号"), tr("行类型"), tr("说明")]
    ncols = 1 + len(lead) + len(fields)
    _title(ws, tr("{}（拆分图斑及其子图斑）").format(title), ncols)
    widths = _header(ws, ["序号"] + lead + [f["alias"] for f in fields])
    index_style, text_style = _body_style(wb, "0"), _body_style(wb, "@")
    styles = [_body_style(wb, _number_format(f)) for f in fields]
    parent_font = Font(name=FONT, bold=True)
    for r, item in enumerate(split_rows, 3):
        ws.cell(row=r, column=1, value=r - 2).style = index_style
        for c, text in enumerate((item.jcbh, item.part, item.kind, item.note), 2):
            cell = ws.cell(row=r, column=c)
            cell.style = text_style
            if text:
                set_text(cell, text)
                widths[c - 1] = max(widths[c - 1], min(60, display_width(text) + 2))
        _values(ws, r, 2 + len(lead), fields, item.values, styles, widths)
        if not item.part:  # the parent's row stands out above its parts
            for c in range(1, ncols + 1):
                ws.cell(row=r, column=c).font = parent_font
    _finish(ws, widths, ncols, len(split_rows), "D3")


def _field_sheet(wb, fields):
    """The 字段 sheet: how each column is defined in the export profile."""
    spec = wb.create_sheet("字段")
    for c, text in enumerate(["字段名", "中文名", "类型", "宽度", "小数位", "来源"], 1):
        set_text(spec.cell(row=1, column=c), text)
        spec.cell(row=1, column=c).font = Font(name=FONT, bold=True)
    for r, f in enumerate(fields, 2):
        for c, value in enumerate([f["name"], f["alias"], f["type"], f["width"], f["decimals"], f["source"]], 1):
            if isinstance(value, int):
                spec.cell(row=r, column=c, value=value)
            else:
                set_text(spec.cell(row=r, column=c), value)
