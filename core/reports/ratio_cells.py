"""Excel ratio cells whose number format never rounds a ratio onto the wrong side of its verdict.

core/xlsx gives every percent cell "0.00", so 14.99993 % next to "否" would display as 15.00. The digits a ratio
needs come from rules/ratio_text.py (one helper for every output); this module writes the workbook through
core/xlsx as usual and, only when some ratio needs more than two decimals, sets those cells' formats. The file
still appears whole or not at all: the first workbook is written aside and the adjusted one renamed into place.
"""
import os

from ...rules.ratio_text import FLAG_OF, excel_format
from .. import xlsx
from ..outfiles import atomic_file, partial_name


def ratio_formats(rows, keys, line=None):
    """{(row, column): number format} (1-based, header in row 1) for the ratio columns among `keys` whose value
    needs more than two decimals. Each row's own line (BLYZ) and verdict (BLDB/SQBLDB) are used when it has them."""
    out = {}
    for col, key in enumerate(keys, start=1):
        if key not in FLAG_OF:
            continue
        for index, row in enumerate(rows, start=2):
            value = row.get(key) if row else None
            if value is None:
                continue
            row_line = row.get("BLYZ") if row.get("BLYZ") is not None else line
            fmt = excel_format(value, row_line, row.get(FLAG_OF[key]))
            if fmt != xlsx.FORMATS["percent"]:
                out[(index, col)] = fmt
    return out


def write_workbook(path, sheets, formats):
    """core.xlsx.write_workbook(path, sheets), then the ratio cells of `formats` {sheet index: {(row, col): fmt}}."""
    if not any(formats.values()):
        return xlsx.write_workbook(path, sheets)
    from openpyxl import load_workbook
    first = os.path.join(os.path.dirname(os.path.abspath(path)), partial_name("ratio-" + os.path.basename(path)))
    try:
        xlsx.write_workbook(first, sheets)
        book = load_workbook(first)
        for index, cells in formats.items():
            sheet = book.worksheets[index]
            for (row, col), fmt in cells.items():
                sheet.cell(row=row, column=col).number_format = fmt
        with atomic_file(path, "xlsx") as tmp:
            book.save(tmp)
    finally:
        if os.path.exists(first):
            os.remove(first)
    return path
