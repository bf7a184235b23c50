"""A small shared Excel writer (openpyxl): Chinese headers with units, frozen header row, number formats,
column widths that fit CJK text, one sheet per view, and an atomic write (the file appears whole or not at all).

    write_workbook(path, [Sheet("乡镇排名", columns, rows, notes=["来源：..."])])

A column is Column(key, header, unit="", kind="text"|"int"|"area"|"percent"|"date", width=None);
rows are dicts keyed by Column.key. Area cells keep full precision and display 2 decimals.
"""
import datetime
import re

from .errors import WpzfError
from .i18n import tr
from .outfiles import atomic_file

_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl refuses a file holding these
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def set_text(cell, value):
    """Put text into a cell so that it is always text, never a formula (a remark like "=HYPERLINK(...)" or a
    JCBH like "=1+2" quotes user data)."""
    text = _XML_ILLEGAL.sub("", str(value))
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise store '=...' as a formula
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True  # Excel keeps it text even after the user edits the cell


FORMATS = {"int": "0", "area": "#,##0.00", "percent": "0.00", "date": "yyyy-mm-dd", "text": "@"}
MAX_WIDTH = 60


class Column:
    def __init__(self, key, header, unit="", kind="text", width=None):
        self.key, self.header, self.unit, self.kind, self.width = key, header, unit, kind, width

    @property
    def title(self):
        return "{}({})".format(self.header, self.unit) if self.unit else self.header


class Sheet:
    def __init__(self, title, columns, rows, notes=None):
        self.title, self.columns, self.rows, self.notes = title, list(columns), list(rows), list(notes or [])


def columns_from_spec(spec):
    """Columns from (name, type, header, unit) tuples like rules.accountability.FIELDS."""
    out = []
    for name, ftype, header, unit in spec:
        if ftype == "real":
            kind = "percent" if unit == "%" else "area"
        elif ftype == "int":
            kind = "int"
        else:
            kind = "text"
        out.append(Column(name, header, unit, kind))
    return out


def display_width(text):
    """Width of a text in spreadsheet columns: East Asian characters take two (every workbook sizes columns so)."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in str(text))


def _sheet_title(title, used):
    # Excel: at most 31 characters, none of []:*?/\ , unique within the book
    clean = "".join("_" if ch in '[]:*?/\\' else ch for ch in str(title))[:31] or "Sheet"
    candidate, n = clean, 2
    while candidate in used:
        suffix = "_{}".format(n)
        candidate, n = clean[:31 - len(suffix)] + suffix, n + 1
    used.add(candidate)
    return candidate


def _cell_value(value, kind):
    if value is None:
        return None
    if kind in ("area", "percent"):
        try:
            return float(value)
        except (TypeError, ValueError):
            return str(value)
    if kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            return str(value)
    if kind == "date" and isinstance(value, (datetime.date, datetime.datetime)):
        return value
    return str(value)


def write_workbook(path, sheets):
    """Write `sheets` to `path` (.xlsx). Raises WpzfError when openpyxl is missing or the file cannot be written."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise WpzfError(tr("缺少 openpyxl，无法写 Excel（Debian：apt install python3-openpyxl）。"))
    if not sheets:
        raise WpzfError(tr("没有要写入 Excel 的内容。"))
    book = Workbook()
    book.remove(book.active)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    used = set()
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.title, used))
        for col_idx, col in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=col_idx, value=col.title)
            cell.font, cell.fill, cell.border = header_font, header_fill, border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        widths = [display_width(c.title) for c in sheet.columns]
        for row_idx, row in enumerate(sheet.rows, start=2):
            for col_idx, col in enumerate(sheet.columns, start=1):
                value = _cell_value(row.get(col.key), col.kind)
                cell = ws.cell(row=row_idx, column=col_idx)
                if isinstance(value, str):
                    set_text(cell, value)
                else:
                    cell.value = value
                cell.border = border
                if value is not None:
                    cell.number_format = FORMATS.get(col.kind, "General")
                    shown = ("%.2f" % value) if isinstance(value, float) else value
                    widths[col_idx - 1] = max(widths[col_idx - 1], display_width(shown))
                if col.kind == "text":
                    cell.alignment = Alignment(wrap_text=display_width(value or "") > MAX_WIDTH, vertical="top")
        for col_idx, col in enumerate(sheet.columns, start=1):
            ws.column_dimensions[get_column_letter(col_idx)].width = col.width or min(MAX_WIDTH, widths[col_idx - 1] + 2)
        ws.freeze_panes = "A2"
        if sheet.rows and sheet.columns:
            ws.auto_filter.ref = "A1:{}{}".format(get_column_letter(len(sheet.columns)), len(sheet.rows) + 1)
        if sheet.notes:
            start = len(sheet.rows) + 3
            for offset, note in enumerate(sheet.notes):
                cell = ws.cell(row=start + offset, column=1)
                set_text(cell, note)
                cell.font = Font(italic=True, color="555555")
    save_atomic(book, path)
    return path


def save_atomic(book, path):
    """Written aside, checked (a readable zip) and renamed into place: see core/outfiles."""
    with atomic_file(path, "xlsx") as tmp:
        book.save(tmp)
