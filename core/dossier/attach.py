"""The attachments (附件材料) of a patch in its dossier: 情况说明, 违法处理材料, 举证材料.

Every attachment is read from the work package and checked against its SHA-256 (core/attachments) before it goes
anywhere; one that does not match is listed as refused and named in the run's warnings. Then, by what it is:
- an image (JPEG/PNG) is placed in the dossier, decoded at the pixels it is printed at (as photos are);
- a PDF is appended after the dossier's own pages when GDAL can copy its pages faithfully (core/pdf: normalize()
  and append_pdfs(), each page compared with its original); otherwise, and always when this QGIS's GDAL cannot read PDF, it is copied
  next to the dossier as `<JCBH>_附件<n>_<title>.pdf`, and the dossier says so and why;
- Word and any other file is copied next to the dossier the same way (a PDF cannot hold it).
The dossier's attachment table lists them all, numbered as the export numbers them (attachments.ordered()).
"""
import os

from qgis.PyQt.QtCore import QSize, Qt

from ..store import attachments as A
from . import layout as L
from .. import pdf
from ..errors import WpzfError
from ..i18n import tr
from ..safe_names import inside, safe_name

IMAGE, MERGED, COPIED, REFUSED = "image", "merged", "copied", "refused"
IMAGE_W, IMAGE_MAX_H, CAPTION_H = L.CONTENT_W, 190.0, 7.0
TABLE_WIDTHS = [9.0, 19.0, 38.0, 36.0, 15.0, 29.0, 34.0]


class Item:
    """One attachment of the patch and what the dossier does with it."""

    def __init__(self, n, row):
        self.n, self.row = n, row
        self.fate = None
        self.source = None  # the verified bytes written to the run's scratch folder
        self.normalized = None  # a PDF's pages as GDAL re-wrote them (pdf.normalize), ready to append
        self.image = None  # the scaled copy placed in the dossier
        self.pages = 0
        self.first = 0  # first page of an appended PDF, counted from the end of the dossier's own pages
        self.copy_name = None
        self.reason = ""

    @property
    def ext(self):
        return A.extension(self.row.get("FILENAME"))

    def shown(self):
        return tr("附件{} {}").format(self.n, self.row.get("TITLE") or "")


class Plan:
    """What one patch's dossier does with its attachments; decided before its layout is built."""

    def __init__(self, jcbh, base_name):
        self.jcbh, self.base_name = jcbh, base_name
        self.items = []

    @property
    def merged(self):
        return [i for i in self.items if i.fate == MERGED]

    @property
    def copied(self):
        return [i for i in self.items if i.fate == COPIED]

    def copy_instead(self, item, reason):
        item.fate, item.reason, item.pages, item.first = COPIED, reason, 0, 0
        item.copy_name = safe_name("{}_附件{}_{}".format(self.base_name, item.n, item.row.get("TITLE") or ""),
                                   "{}_附件{}".format(self.base_name, item.n)) + item.ext

    def copy_all_pdfs(self, reason):
        for item in self.merged:
            self.copy_instead(item, reason)
        self.number_pages()

    def cleanup(self):
        """Remove this patch's files from the scratch folder (a run over hundreds of patches must not pile up
        copies of every attachment there)."""
        for item in self.items:
            for path in (item.source, item.normalized, item.image):
                if path:
                    remove_quietly(path)

    def number_pages(self):
        """Where each appended PDF starts, counted from the end of the dossier's own pages."""
        page = 1
        for item in self.merged:
            item.first, page = page, page + item.pages


def plan(ctx, jcbh, base_name, scale_image):
    """The Plan for patch `jcbh`: every attachment verified and written to ctx.scratch, images scaled with
    `scale_image(ctx, content, name, box)` (None when undecodable), PDFs tried for appending."""
    result = Plan(jcbh, base_name)
    mergeable = pdf.can_merge()
    for n, row in enumerate(A.list(ctx.wp, jcbh), 1):
        ctx.step()  # QGIS stays responsive between attachments; a cancel stops here
        item = Item(n, row)
        result.items.append(item)
        try:
            content = A.data(ctx.wp, row["_fid"])
        except WpzfError as exc:
            item.fate, item.reason = REFUSED, str(exc)
            ctx.warnings.append(str(exc))
            continue
        item.source = os.path.join(ctx.scratch, "attachment_{}_{}{}".format(ctx.next_id(), n, item.ext))
        with open(item.source, "wb") as fh:
            fh.write(content)
        _decide(ctx, result, item, content, mergeable, scale_image)
    result.number_pages()
    return result


def _decide(ctx, result, item, content, mergeable, scale_image):
    kind = A.file_kind(item.row.get("FILENAME"))
    if kind == "image":
        box = QSize(_pixels(IMAGE_W - 1, ctx), _pixels(IMAGE_MAX_H - 1, ctx))
        item.image = scale_image(ctx, content, "attachment_{}.jpg".format(ctx.next_id()), box)
        if item.image:
            item.fate = IMAGE
        else:
            result.copy_instead(item, tr("图片无法解码"))
    elif kind == "pdf":
        if not mergeable:
            result.copy_instead(item, tr("本机 GDAL 不能读取 PDF（缺少 poppler/PDFium），未并入"))
        else:
            _try_merge(ctx, result, item)
    elif kind == "word":
        result.copy_instead(item, tr("Word 文件，卷宗 PDF 无法容纳"))
    else:
        result.copy_instead(item, tr("该类型文件，卷宗 PDF 无法容纳"))


def _pixels(mm, ctx):
    return int(round(mm / 25.4 * ctx.photo_dpi))


def _try_merge(ctx, result, item):
    """Re-write the PDF with GDAL and compare each page with its original: only a faithful copy is appended."""
    item.normalized = os.path.join(ctx.scratch, "normalized_{}.pdf".format(ctx.next_id()))
    try:
        item.pages = pdf.normalize(item.source, item.normalized, item.shown())
    except pdf.PdfMergeError as exc:
        result.copy_instead(item, str(exc))
        return
    item.fate = MERGED


def remove_quietly(path):
    try:
        os.remove(path)
    except OSError:
        pass


# ----- the dossier's section -----------------------------------------------------------------------------------------
def _where(item):
    if item.fate == MERGED:
        span = str(item.first) if item.pages == 1 else "{}–{}".format(item.first, item.first + item.pages - 1)
        return tr("附于正文后第 {} 页").format(span)
    if item.fate == IMAGE:
        return tr("见下图")
    if item.fate == COPIED:
        return tr("另附文件（见表下说明）")
    return tr("未列入（见表下说明）")


def _note(item):
    """The line under the table for an attachment that is not in the PDF: why, and where it is instead."""
    title = item.row.get("TITLE") or ""
    if item.fate == COPIED:
        return tr("附件{}《{}》：{}，另附为 {}。").format(item.n, title, item.reason, item.copy_name)
    return tr("附件{}《{}》：工作库中的内容与登记的 SHA-256 不符，未列入本卷宗；请删除该附件后重新添加原文件。").format(
        item.n, title)


def rows(result):
    out = []
    for item in result.items:
        r = item.row
        out.append([str(item.n), r.get("KIND") or "", r.get("TITLE") or "", r.get("FILENAME") or "",
                    A.size_text(r.get("SIZE")), "{} {}".format(r.get("USER") or "", r.get("ADDED_AT") or "").strip(),
                    _where(item)])
    return out


def section(flow, result):
    """The attachment table, a line for each one kept beside the dossier or refused, then the images."""
    flow.heading(tr("附件材料（{} 件）").format(len(result.items)), keep_with=20)
    if not result.items:
        flow.paragraph(tr("无附件材料（情况说明、违法处理材料、举证材料可在判定面板“附件材料”页添加）。"))
        return
    header = [tr("序号"), tr("类别"), tr("名称"), tr("原文件名"), tr("大小"), tr("添加人/时间"), tr("位置")]
    flow.table(TABLE_WIDTHS, rows(result), header=header, size=7.5)
    for item in result.items:
        if item.fate in (COPIED, REFUSED):
            flow.paragraph(_note(item), size=8.5)
    if result.copied:
        flow.paragraph(tr("另附文件与本卷宗保存在同一文件夹，内容已按工作库登记的 SHA-256 核对。"), size=8.5)
    for item in result.items:
        if item.fate == IMAGE:
            _image(flow, item)


def _image(flow, item):
    from qgis.PyQt.QtGui import QImageReader
    size = QImageReader(item.image).size()
    width, height = IMAGE_W, IMAGE_MAX_H
    if size.isValid() and size.width() > 0:
        height = min(IMAGE_MAX_H, IMAGE_W * size.height() / float(size.width()))
        width = min(IMAGE_W, height * size.width() / float(size.height()))
    flow.ensure(height + CAPTION_H)
    x = L.MARGIN_X + (L.CONTENT_W - width) / 2
    L.rect(flow.layout, flow.page, x, flow.y, width, height, fill="#ffffff", stroke="#9aa7b4")
    L.picture(flow.layout, flow.page, item.image, x + 0.3, flow.y + 0.3, width - 0.6, height - 0.6)
    caption = tr("附件 {} · {} · {}（{}）").format(item.n, item.row.get("KIND") or "", item.row.get("TITLE") or "",
                                               item.row.get("FILENAME") or "")
    L.label(flow.layout, flow.page, caption, L.MARGIN_X, flow.y + height + 1, L.CONTENT_W, CAPTION_H - 1, size=7.5,
            halign=Qt.AlignmentFlag.AlignHCenter)
    flow.y += height + CAPTION_H + 2


# ----- after the layout: appended pages and files beside -------------------------------------------------------------
def append(result, body, target, feedback=None):
    """Write `target`: the dossier's own pages (`body`) followed by the appended PDFs; returns its page count.
    Raises PdfMergeError, leaving `target` as it was, when a page does not come through unchanged (the caller then
    keeps every PDF as a file beside)."""
    return pdf.append_pdfs(body, [(i.normalized, i.source, i.shown()) for i in result.merged], target, feedback)


def write_copies(result, folder):
    """The attachments kept as files beside the dossier, each proved against its SHA-256. Returns their paths."""
    written = []
    for item in result.copied:
        with open(item.source, "rb") as fh:
            content = fh.read()
        written.append(A.write_copy(content, inside(folder, item.copy_name), item.row["SHA256"].lower()))
    return written
