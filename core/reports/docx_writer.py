"""A Word document laid out the way a county office circulates one (GB/T 9704 habits, with common fonts):
red issuer header and 文号 line, 二号 bold title, 三号 仿宋 body with a two-character indent, 黑体/楷体 headings,
numbered tables and figures, issuer and date at the end, page numbers in the footer."""

import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..outfiles import atomic_file
from .tables import Table

BODY_FONT = "仿宋"
TITLE_FONT = "宋体"
HEAD1_FONT = "黑体"
HEAD2_FONT = "楷体"
TABLE_FONT = "宋体"
RED = RGBColor(0xC0, 0x00, 0x00)
_CN_NUM = "一二三四五六七八九十"


def chinese_date(day):
    """2022年4月5日 (no leading zeros, as documents write it)."""
    return "%d年%d月%d日" % (day.year, day.month, day.day)


def chinese_number(n):
    if 1 <= n <= 10:
        return _CN_NUM[n - 1]
    if n < 20:
        return "十" + _CN_NUM[n - 11]
    if n < 100:
        return _CN_NUM[n // 10 - 1] + "十" + (_CN_NUM[n % 10 - 1] if n % 10 else "")
    return str(n)


def _width(text):
    """Display width in half-em units: CJK characters count two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in str(text))


def _fonts(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


# Elements that follow w:pBdr inside w:pPr (WordprocessingML schema order; Word rejects other orders).
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
               "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
               "w:rPr", "w:sectPr", "w:pPrChange")


def _bottom_border(paragraph, color="C00000", size=18):
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "4")
    bottom.set(qn("w:color"), color)
    border.append(bottom)
    ppr.insert_element_before(border, *_AFTER_PBDR)


def _shade(cell, fill="DDEBF7"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _page_field(paragraph):
    """'— 1 —' with a live PAGE field."""
    _fonts(paragraph.add_run("— "), "Times New Roman", 14)
    run = paragraph.add_run()
    _fonts(run, "Times New Roman", 14)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    _fonts(paragraph.add_run(" —"), "Times New Roman", 14)


class OfficialDocument:
    """Build a document top to bottom: header(), title(), paragraphs, tables, figures, signature(), save()."""

    def __init__(self, issuer, day=None):
        self.issuer = issuer
        self.day = day or datetime.date.today()
        self.doc = Document()
        self._tables = 0
        self._figures = 0
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.orientation = WD_ORIENT.PORTRAIT
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
        normal = self.doc.styles["Normal"]
        normal.font.name = BODY_FONT
        normal.font.size = Pt(16)
        normal.element.get_or_add_rPr()
        rfonts = normal.element.rPr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            normal.element.rPr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), BODY_FONT)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(footer)

    @property
    def text_width(self):
        s = self.doc.sections[-1]
        return s.page_width - s.left_margin - s.right_margin

    def _para(self, align=None, indent=False, before=0, after=0, exact=28):
        p = self.doc.add_paragraph()
        fmt = p.paragraph_format
        if align is not None:
            p.alignment = align
        if indent:
            fmt.first_line_indent = Pt(32)
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        if exact:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(exact)
        return p

    # ----- the parts of a document --------------------------------------------------------------------------------
    def header(self, doc_number):
        """Red issuer name, the 文号 line (e.g. 示范县卫片办〔2022〕3号) and the red rule under it."""
        p = self._para(WD_ALIGN_PARAGRAPH.CENTER, before=12, after=18, exact=None)
        _fonts(p.add_run(self.issuer), TITLE_FONT, 26, bold=True, color=RED)
        p = self._para(WD_ALIGN_PARAGRAPH.CENTER, after=18, exact=None)
        _fonts(p.add_run(doc_number), BODY_FONT, 16)
        _bottom_border(p)

    def title(self, text, subtitle=None):
        p = self._para(WD_ALIGN_PARAGRAPH.CENTER, before=18, after=6 if subtitle else 18, exact=None)
        _fonts(p.add_run(text), TITLE_FONT, 22, bold=True)
        self.doc.core_properties.title = text
        self.doc.core_properties.author = self.issuer
        if subtitle:
            p = self._para(WD_ALIGN_PARAGRAPH.CENTER, after=18, exact=None)
            _fonts(p.add_run(subtitle), HEAD2_FONT, 16)

    def addressee(self, text):
        p = self._para()
        _fonts(p.add_run(text), BODY_FONT, 16)

    def heading(self, text, level=1):
        p = self._para(indent=True, before=6 if level == 1 else 0)
        _fonts(p.add_run(text), HEAD1_FONT if level == 1 else HEAD2_FONT, 16, bold=level == 2)
        return p

    def paragraph(self, text, bold_lead=None):
        """A body paragraph; `bold_lead` is printed bold before the text (e.g. '一是').'"""
        p = self._para(indent=True)
        if bold_lead:
            _fonts(p.add_run(bold_lead), BODY_FONT, 16, bold=True)
        _fonts(p.add_run(text), BODY_FONT, 16)
        return p

    def bullet_list(self, items):
        for i, item in enumerate(items, start=1):
            self.paragraph("%d. %s" % (i, item))

    def table(self, table: Table, font_size=9):
        """Caption '表N 标题' above, the grid with a shaded repeating header row, the note below."""
        self._tables += 1
        p = self._para(WD_ALIGN_PARAGRAPH.CENTER, before=6, after=3, exact=None)
        _fonts(p.add_run("表%d  %s" % (self._tables, table.title)), HEAD1_FONT, 12)
        grid = self.doc.add_table(rows=1, cols=len(table.fields))
        grid.style = "Table Grid"
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(grid.rows[0].cells, table.headers()):
            self._cell(cell, text, font_size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            _shade(cell)
        _repeat_header(grid.rows[0])
        for cells, bold in table.text_rows():
            row = grid.add_row()
            for cell, text, field in zip(row.cells, cells, table.fields):
                align = WD_ALIGN_PARAGRAPH.LEFT if field[3] == "text" else WD_ALIGN_PARAGRAPH.RIGHT
                self._cell(cell, text, font_size, bold=bold, align=align)
        self._fit_columns(grid, table)
        if table.note:
            p = self._para(exact=None, after=6)
            _fonts(p.add_run("注：" + table.note), BODY_FONT, 10)
        else:
            self._para(exact=None, after=6)
        return grid

    def _fit_columns(self, grid, table):
        """Column widths from the longest cell (headers may wrap onto two lines), scaled to the text width, so a
        wide table stays inside the margins instead of Word's equal split."""
        rows = table.text_rows()
        weights = []
        for i, head in enumerate(table.headers()):
            longest = max([_width(head) / 2.0] + [_width(cells[i]) for cells, _bold in rows[:300]])
            weights.append(min(max(longest, 4.0), 28.0))
        total = sum(weights)
        grid.autofit = False
        for i, weight in enumerate(weights):
            width = int(self.text_width * weight / total)
            grid.columns[i].width = width  # w:gridCol (LibreOffice) and w:tcW (Word)
            for cell in grid.columns[i].cells:
                cell.width = width

    @staticmethod
    def _cell(cell, text, size, bold=False, align=None):
        p = cell.paragraphs[0]
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = Pt(0)
        if align is not None:
            p.alignment = align
        _fonts(p.add_run(text), TABLE_FONT, size, bold=bold)

    def figure(self, image_path, caption, width=None):
        """An image centred with the caption '图N 标题' below."""
        self._figures += 1
        p = self._para(WD_ALIGN_PARAGRAPH.CENTER, before=6, exact=None)
        p.add_run().add_picture(image_path, width=width or int(self.text_width * 0.95))
        p = self._para(WD_ALIGN_PARAGRAPH.CENTER, after=6, exact=None)
        _fonts(p.add_run("图%d  %s" % (self._figures, caption)), HEAD1_FONT, 12)

    def signature(self):
        for text, before in ((self.issuer, 24), (chinese_date(self.day), 0)):
            p = self._para(WD_ALIGN_PARAGRAPH.RIGHT, before=before)
            p.paragraph_format.right_indent = Pt(32)
            _fonts(p.add_run(text), BODY_FONT, 16)

    def save(self, path):
        with atomic_file(path, "docx") as tmp:  # checked and renamed into place (core/outfiles)
            self.doc.save(tmp)
        return path
