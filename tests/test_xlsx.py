"""The shared Excel writer: read back with openpyxl."""
import os

import openpyxl

from wpzf.core.xlsx import Column, Sheet, write_workbook


def test_workbook_headers_formats_and_text_never_formula(tmp_path):
    path = str(tmp_path / "台账 测试.xlsx")
    columns = [Column("JCBH", "监测编号"), Column("GDMJ", "耕地面积", "亩", "area"), Column("BZ", "备注")]
    rows = [{"JCBH": "=1+2", "GDMJ": 1.23456, "BZ": '=HYPERLINK("http://x","点我")'},
            {"JCBH": "450199", "GDMJ": None, "BZ": "@SUM(A1)"},
            {"JCBH": "4501\x0b99", "GDMJ": 0.5, "BZ": "普通备注"}]
    write_workbook(path, [Sheet("图斑", columns, rows, notes=["来源：测试"])])
    book = openpyxl.load_workbook(path)
    ws = book["图斑"]
    assert [c.value for c in ws[1]] == ["监测编号", "耕地面积(亩)", "备注"]
    assert ws.freeze_panes == "A2"
    assert ws["A2"].value == "=1+2" and ws["A2"].data_type == "s"
    assert ws["C2"].data_type == "s" and ws["C3"].value == "@SUM(A1)"
    assert ws["A2"].quotePrefix and ws["C3"].quotePrefix and not ws["C4"].quotePrefix  # stays text when edited
    assert ws["A4"].value == "450199"  # a control character XML cannot hold is dropped, not a broken file
    assert ws["B2"].value == 1.23456 and ws["B2"].number_format == "#,##0.00"
    assert ws["A6"].value == "来源：测试"
    assert os.stat(path).st_mode & 0o044  # readable by others, like any file the user saves
