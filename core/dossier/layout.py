"""Print-layout primitives for the dossier: A4 pages, Chinese text, section headings, key/value and grid tables,
pictures, footers. Sizes are millimetres on an A4 portrait page."""
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPolygonF
from qgis.core import (QgsFillSymbol, QgsLayoutFrame, QgsLayoutItem, QgsLayoutItemLabel, QgsLayoutItemManualTable,
                       QgsLayoutItemPage, QgsLayoutItemPicture, QgsLayoutItemPolyline, QgsLayoutItemShape,
                       QgsLayoutMultiFrame, QgsLayoutPoint, QgsLayoutSize, QgsLayoutTable, QgsLineSymbol,
                       QgsPrintLayout, QgsTableCell, QgsTextFormat, QgsUnitTypes)

from .. import log
from ..i18n import tr
from ..pdf import let_events_run

FONT_FAMILY = "Noto Sans CJK SC"
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_X = 15.0
TOP = 12.0
BOTTOM = 282.0  # the footer sits below
CONTENT_W = PAGE_W - 2 * MARGIN_X
INK = QColor("#1f1f1f")
MUTED = QColor("#666666")
ACCENT = QColor("#1f4e79")
LABEL_BG = QColor("#eef3f8")
GRID = QColor("#9aa7b4")
CELL_MARGIN = 1.2
GRID_WIDTH = 0.15
HEADING_H = 8.0
_font_checked = []


def font_family():
    """Noto Sans CJK SC when installed (Debian: fonts-noto-cjk); otherwise a warning and Qt's choice."""
    if not _font_checked:
        families = set(QFontDatabase().families())
        _font_checked.append(FONT_FAMILY if FONT_FAMILY in families else "")
        if FONT_FAMILY not in families:
            log.warning(tr("未找到字体 {}，卷宗中文可能显示为方框。请安装 fonts-noto-cjk。").format(FONT_FAMILY))
    return _font_checked[0] or QFont().defaultFamily()


def qfont(size, bold=False):
    font = QFont(font_family())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def text_format(size, bold=False, color=INK):
    fmt = QgsTextFormat()
    fmt.setFont(qfont(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(color)
    return fmt


def new_layout(project, name):
    layout = QgsPrintLayout(project)
    layout.setName(name)
    layout.setUnits(QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    return layout


def add_page(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def place(item, page, x, y, w, h):
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, page)
    return item


def move(item, page, x, y):
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, page)


def label(layout, page, text, x, y, w, h, size=9.0, bold=False, color=INK, halign=Qt.AlignmentFlag.AlignLeft,
          valign=Qt.AlignmentFlag.AlignTop):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(qfont(size, bold))
    item.setFontColor(color)
    item.setHAlign(halign)
    item.setVAlign(valign)
    item.setMarginX(0.0)
    item.setMarginY(0.0)
    layout.addLayoutItem(item)
    return place(item, page, x, y, w, h)


def rect(layout, page, x, y, w, h, fill="#ffffff", stroke="#9aa7b4", stroke_width=0.2):
    item = QgsLayoutItemShape(layout)
    item.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    item.setSymbol(QgsFillSymbol.createSimple({"color": fill, "outline_color": stroke,
                                               "outline_width": str(stroke_width), "outline_width_unit": "MM"}))
    layout.addLayoutItem(item)
    return place(item, page, x, y, w, h)


def hline(layout, page, y, x0=MARGIN_X, x1=PAGE_W - MARGIN_X, color="#1f4e79", width=0.5):
    item = QgsLayoutItemPolyline(QPolygonF([QPointF(x0, y), QPointF(x1, y)]), layout)
    item.setSymbol(QgsLineSymbol.createSimple({"line_color": color, "line_width": str(width),
                                               "line_width_unit": "MM"}))
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x0, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), False, False, page)
    return item


def heading(layout, page, y, text):
    """A section heading: a coloured bar on the left and bold text. Returns its items (HEADING_H tall)."""
    bar = rect(layout, page, MARGIN_X, y + 0.6, 1.4, 5.0, fill=ACCENT.name(), stroke=ACCENT.name(), stroke_width=0.0)
    title = label(layout, page, text, MARGIN_X + 3.5, y, CONTENT_W - 3.5, 6.5, size=11, bold=True, color=ACCENT,
                  valign=Qt.AlignmentFlag.AlignVCenter)
    return [bar, title]


def _cell(text, fmt=None, background=None):
    cell = QgsTableCell(text)
    if fmt is not None:
        cell.setTextFormat(fmt)
    if background is not None:
        cell.setBackgroundColor(background)
    return cell


class Metrics:
    """Text measured the way the layout will draw it, in millimetres (QGIS tables do not wrap CJK text, so the
    dossier wraps it itself and sizes every row and box from these numbers)."""

    def __init__(self, size, bold=False):
        self.fm = QFontMetricsF(qfont(size, bold))
        self.k = 25.4 / self.fm.fontDpi()
        self.ascent = self.fm.ascent() * self.k
        self.line = self.fm.lineSpacing() * self.k

    def width(self, text):
        return self.fm.horizontalAdvance(text) * self.k

    def height(self, lines):
        return self.ascent + (max(1, lines) - 1) * self.line + 0.4

    def wrap(self, text, width):
        """Lines of `text` no wider than `width` mm: breaks anywhere in CJK text, at a space in Latin words."""
        limit = width * 0.97  # rounding and hinting differ a little between measuring and drawing
        out = []
        for para in str(text).split("\n"):
            line = ""
            for ch in para:
                if line and self.width(line + ch) > limit:
                    space = line.rfind(" ")
                    if ch != " " and space > 0 and line[-1:].isascii() and line[-1:].isalnum():
                        out.append(line[:space])
                        line = line[space + 1:]
                    else:
                        out.append(line)
                        line = ""
                    if ch == " ":
                        continue
                line += ch
            out.append(line)
        return out

    def elide(self, text, width):
        return self.fm.elidedText(str(text), Qt.TextElideMode.ElideRight, width * 0.97 / self.k)


_metrics = {}


def metrics(size, bold=False):
    key = (size, bold)
    if key not in _metrics:
        _metrics[key] = Metrics(size, bold)
    return _metrics[key]


def table(layout, page, x, y, widths, rows, header=None, size=8.5, label_columns=(), wrap=True):
    """A manual table; `widths` are the outer column widths in mm. Text is wrapped (or, wrap=False, cut with …)
    to fit, and every row gets its exact height. Returns (frame, height in mm)."""
    item = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(item)
    inner = [w - 2 * CELL_MARGIN for w in widths]
    body, bold = text_format(size), text_format(size, bold=True)
    contents, heights = [], []
    all_rows = ([list(header)] if header else []) + [list(r) for r in rows]
    for r, row in enumerate(all_rows):
        let_events_run()  # a long table (the history) is built row by row while QGIS keeps responding
        is_header = header and r == 0
        cells, lines = [], 1
        for c, value in enumerate(row):
            strong = is_header or c in label_columns
            m = metrics(size, strong)
            if wrap:
                parts = m.wrap(value, inner[c])
                text = "\n".join(parts)
                lines = max(lines, len(parts))
            else:
                text = m.elide(value, inner[c])
            if is_header:
                cells.append(_cell(text, text_format(size, bold=True, color=QColor("#ffffff")), ACCENT))
            else:
                cells.append(_cell(text, bold if strong else body, LABEL_BG if strong else None))
        contents.append(cells)
        heights.append(metrics(size).height(lines))
    item.setIncludeTableHeader(False)
    item.setTableContents(contents)
    item.setColumnWidths(inner)
    item.setRowHeights(heights)
    item.setContentTextFormat(body)
    item.setCellMargin(CELL_MARGIN)
    item.setGridStrokeWidth(GRID_WIDTH)
    item.setGridColor(GRID)
    item.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
    item.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    frame = QgsLayoutFrame(layout, item)
    width = sum(widths) + GRID_WIDTH * (len(widths) + 1)
    height = sum(heights) + 2 * CELL_MARGIN * len(heights) + GRID_WIDTH * (len(heights) + 1) + 0.3
    place(frame, page, x, y, width, height)
    item.addFrame(frame)
    return frame, height


def text_block(layout, page, x, y, w, text, size=9.0, color=INK):
    """A wrapped paragraph in a box of exactly the height its lines need. Returns its height."""
    m = metrics(size)
    lines = m.wrap(text, w)
    height = m.height(len(lines)) + 0.6
    label(layout, page, "\n".join(lines), x, y, w, height, size=size, color=color)
    return height


def picture(layout, page, path, x, y, w, h, rotation=0.0, svg=False, frame=False):
    item = QgsLayoutItemPicture(layout)
    item.setPicturePath(path, QgsLayoutItemPicture.Format.FormatSVG if svg
                        else QgsLayoutItemPicture.Format.FormatRaster)
    item.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    item.setPictureAnchor(QgsLayoutItem.ReferencePoint.Middle)
    if rotation:
        item.setPictureRotation(rotation)
    item.setFrameEnabled(frame)
    layout.addLayoutItem(item)
    return place(item, page, x, y, w, h)


def page_header(layout, page, title, subtitle):
    """Running header of the pages after the first: title left, subtitle right, a rule under them."""
    label(layout, page, title, MARGIN_X, TOP, CONTENT_W / 2, 6, size=9, bold=True, color=ACCENT,
          valign=Qt.AlignmentFlag.AlignBottom)
    label(layout, page, subtitle, PAGE_W / 2, TOP, CONTENT_W / 2, 6, size=8.5, color=MUTED,
          halign=Qt.AlignmentFlag.AlignRight, valign=Qt.AlignmentFlag.AlignBottom)
    hline(layout, page, TOP + 7.5, width=0.4)
    return TOP + 11.0


def page_footer(layout, page, left, number, total):
    hline(layout, page, BOTTOM + 2.0, color="#9aa7b4", width=0.2)
    label(layout, page, left, MARGIN_X, BOTTOM + 3.5, CONTENT_W * 0.7, 5, size=7.5, color=MUTED)
    label(layout, page, tr("第 {} 页 / 共 {} 页").format(number, total), PAGE_W - MARGIN_X - 40, BOTTOM + 3.5, 40, 5,
          size=7.5, color=MUTED, halign=Qt.AlignmentFlag.AlignRight)

