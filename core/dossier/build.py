"""一图斑一卷宗: one PDF per patch from a QGIS print layout, plus a contents PDF for the run.

One layout is built, exported and released per patch, so hundreds of patches run in constant memory; the
reference layers are opened and styled once. Each PDF is written aside, checked and renamed into place
(core/outfiles): a crash, a cancel or a full disk never leaves a half-written or empty file. Pages flow: identity
and the overlay map first, then imagery, overlay figures, judgment (with the collective review and the
leadership check), rectification, photos, attachments (core/dossier_attach: PDFs appended after these pages, Word
files beside) and the change history.

The run is on the main thread (layouts need it): between its steps (a table, a page, a photo, an attachment) and
while the PDF is painted, core/pdf.let_events_run() lets QGIS repaint and see its Cancel button; a cancel stops the
dossier being built (those written stay whole).

Photos: a patch may hold hundreds or thousands. Each is decoded already scaled to the pixels it is printed at
(PHOTO_DPI), so memory does not grow with the camera's resolution, and at most photo_limit() go into a dossier
(six to a page: two columns, three rows); a note says how many were left out and where they are.
"""
import os

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from qgis.PyQt.QtGui import QImageIOHandler, QImageReader
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsPointXY, QgsProject)

from . import attach as DA
from . import layout as L
from . import map as M
from . import text as T
from ..errors import Canceled, InputError, WpzfError
from ..progress import Steps, check_canceled, info, progress
from ..export.package import PHOTO_DIR, select_patches
from ..version import plugin_version
from ..i18n import tr
from ..outfiles import STAGE, disk_full, ensure_folder, low_space, scratch_folder, write_errors
from ..pdf import PdfMergeError, export_pdf, let_events_run
from ..photos.link import NotAPhotoFile, read_regular
from ..safe_names import UniqueNames, inside, safe_name
from ..store.workpackage import WorkPackage, now_text

CONTENTS = "00_目录.pdf"
PHOTO_W, PHOTO_H, CAPTION_H = 88.0, 62.0, 9.0
PHOTO_LIMIT = 24  # photos per patch in its dossier (4 pages); the package setting dossier_photo_limit overrides
PHOTO_DPI = 200  # pixels per inch of a photo's printed size: sharp on paper, ~1 MB in memory per photo
VERTEX_LIMIT = 30
HISTORY_WIDTHS = [30.0, 18.0, 34.0, 38.0, 38.0, 22.0]
_NUMERALS = "一二三四五六七八九十"


class DossierResult:
    def __init__(self):
        self.files = []  # (JCBH, path, pages)
        self.contents = None
        self.warnings = []
        self.photos_placed = {}  # JCBH -> photos placed in its dossier
        self.photos_left_out = {}  # JCBH -> photos over the limit (in the export package, not in the dossier)
        self.attachment_files = []  # attachments kept as files beside the dossiers (Word, PDFs not appended)
        self.attachments_appended = {}  # JCBH -> PDF attachments appended after its dossier's own pages

    def summary(self):
        return tr("生成卷宗 {} 份，共 {} 页；目录：{}").format(
            len(self.files), sum(p for _j, _f, p in self.files), self.contents or tr("无"))


class Flow:
    """Places blocks down the pages of one layout, starting a new page (with its running header) when needed."""

    def __init__(self, layout, header_title, header_subtitle, step=let_events_run):
        self.layout = layout
        self.header = (header_title, header_subtitle)
        self.step = step  # called between blocks: QGIS stays responsive, a cancel is seen
        self.page = -1
        self.y = L.TOP
        self.sections = 0
        self._heading = None  # (items, y, page) of a heading with nothing under it yet

    def new_page(self, running_header=True):
        self.step()
        self.page = L.add_page(self.layout)
        self.y = L.page_header(self.layout, self.page, *self.header) if running_header else L.TOP
        return self.page

    def ensure(self, height):
        if self.page < 0 or self.y + height > L.BOTTOM:
            self.new_page()

    def heading(self, text, keep_with=20.0):
        self.step()
        self.ensure(8.0 + keep_with)
        top = self.y
        items = L.heading(self.layout, self.page, self.y, "%s、%s" % (_NUMERALS[self.sections], text))
        self.y = top + L.HEADING_H
        self.sections += 1
        self._heading = (items, top, self.page)

    def table(self, widths, rows, **kwargs):
        """A table at the cursor; moved to a new page when it does not fit on this one (together with its
        heading when it comes right under one)."""
        self.step()
        frame, height = L.table(self.layout, self.page, L.MARGIN_X, self.y, widths, rows, **kwargs)
        heading, self._heading = self._heading, None
        if self.y + height > L.BOTTOM and self.y > L.TOP + 20:
            old_page = self.page
            self.new_page()
            if heading is not None and heading[2] == old_page:
                for item in heading[0]:
                    pos = item.positionWithUnits()
                    L.move(item, self.page, pos.x(), pos.y() - heading[1] + self.y)
                self.y += L.HEADING_H
            L.move(frame, self.page, L.MARGIN_X, self.y)
        self.y += height + 3.0
        return height

    def kv(self, pairs, columns=2, label_w=26.0):
        width = L.CONTENT_W / columns - label_w
        rows = []
        for i in range(0, len(pairs), columns):
            chunk = list(pairs[i:i + columns]) + [("", "")] * (columns - len(pairs[i:i + columns]))
            rows.append([v for pair in chunk for v in pair])
        return self.table([label_w, width] * columns, rows, label_columns=tuple(range(0, 2 * columns, 2)))

    def paragraph(self, text, size=9.0):
        self.step()
        m = L.metrics(size)
        self.ensure(m.height(len(m.wrap(text, L.CONTENT_W))) + 0.6)
        self._heading = None
        self.y += L.text_block(self.layout, self.page, L.MARGIN_X, self.y, L.CONTENT_W, text, size) + 3.0


def build_dossiers(wp_path, output_folder, jcbhs=(), batches=(), townships=(), imagery_before=None,
                   imagery_after=None, reference=None, feedback=None):
    """Write one PDF per selected patch and a contents PDF into `output_folder`. Returns a DossierResult.
    Steps: the map layers, the dossiers (a cancel is seen between the pieces of each), the contents."""
    result = DossierResult()
    steps = Steps(feedback, 3)
    steps.next()
    wp = WorkPackage(wp_path)
    patches = select_patches(wp, list(batches), list(townships))
    let_events_run()
    if jcbhs:
        wanted = list(dict.fromkeys(jcbhs))
        known = {p["JCBH"] for p in patches}
        missing = [j for j in wanted if j not in known]
        if missing:
            raise InputError(tr("工作库中（或所选批次/乡镇中）没有这些图斑：{}").format("、".join(missing[:20])))
        patches = [p for p in patches if p["JCBH"] in set(wanted)]
    folder = ensure_folder(output_folder)
    settings = wp.settings()
    county = "{}（{}）".format(settings.get("county_name") or patches[0].get("XMC") or "",
                              settings.get("county_code") or patches[0].get("XZQDM") or "")
    let_events_run()
    project = QgsProject()
    layers = M.MapLayers(project, wp, reference, imagery_before, imagery_after)
    let_events_run()
    result.warnings.extend(layers.warnings)
    to_lonlat = QgsCoordinateTransform(layers.crs, QgsCoordinateReferenceSystem("EPSG:4490"), project)
    try:
        # the scaled photos go to a hidden folder on the output's disk: a killed run's one is found next time
        with scratch_folder(folder, STAGE, feedback) as scratch:
            context = _Context(wp, project, layers, county, to_lonlat, scratch, folder, steps.feedback)
            context.warnings = result.warnings
            context.written = result.files
            context.photo_limit = photo_limit(settings)
            with write_errors(folder):
                steps.next()
                _write_each(context, patches, folder, result, steps.feedback)
                steps.canceled_text = context.canceled_text()
                steps.next()
                result.contents = _contents(context, patches, result.files, folder, batches, townships)
    except Canceled:
        raise
    except WpzfError as exc:
        if not result.files:
            raise
        raise _stopped(exc, result, folder) from exc
    finally:
        project.clear()
    steps.finish()
    return result


def _write_each(ctx, patches, folder, result, feedback):
    names = UniqueNames()
    names.take(os.path.splitext(CONTENTS)[0])
    for i, patch in enumerate(patches):
        ctx.step()
        progress(feedback, 100.0 * i / len(patches))
        name = names.take(patch["JCBH"], "JCBH") + ".pdf"
        path = inside(folder, name)
        pages, attached = _one_dossier(ctx, patch, path, os.path.splitext(name)[0])
        result.files.append((patch["JCBH"], path, pages))
        result.attachment_files.extend(DA.write_copies(attached, folder))
        attached.cleanup()
        if attached.merged:
            result.attachments_appended[patch["JCBH"]] = len(attached.merged)
        result.photos_placed[patch["JCBH"]], left_out = ctx.placed
        if left_out:
            result.photos_left_out[patch["JCBH"]] = left_out
        info(feedback, tr("{}：{} 页").format(name, pages))


def _stopped(exc, result, folder):
    """The error as it is, plus which dossiers are complete: those already written stay (each is whole)."""
    return type(exc)(tr("{}\n已完成 {} 份卷宗（完整，保存在 {}），其余未生成，目录未更新。").format(
        exc, len(result.files), folder))


def photo_limit(settings):
    """Photos per patch in its dossier: the package setting dossier_photo_limit (a positive number), else
    PHOTO_LIMIT. Thousands of photos would make a dossier of hundreds of pages and gigabytes; all of them are in the
    export package anyway."""
    try:
        value = int(str(settings.get("dossier_photo_limit") or PHOTO_LIMIT).strip())
    except ValueError:
        return PHOTO_LIMIT
    return value if value > 0 else PHOTO_LIMIT


class _Context:
    def __init__(self, wp, project, layers, county, to_lonlat, scratch, folder, feedback):
        self.wp, self.project, self.layers, self.county = wp, project, layers, county
        self.to_lonlat, self.scratch, self.folder, self.feedback = to_lonlat, scratch, folder, feedback
        self.photo_limit = PHOTO_LIMIT
        self.placed = (0, 0)  # (photos placed, photos left out) of the last dossier
        self.photo_dpi = PHOTO_DPI
        self.warnings = []
        self.written = []  # (JCBH, path, pages) of the dossiers written so far
        self._ids = 0
        self.stamp = now_text()
        self.footer = tr("{} 卫片执法 · 一图斑一卷宗 · 生成于 {} · WPZF {}").format(county, self.stamp, plugin_version())

    def step(self):
        """Between two steps of a dossier: QGIS repaints and reacts; a cancel stops here, before the dossier being
        built is written (those written stay, each whole)."""
        let_events_run()
        check_canceled(self.feedback, self.canceled_text())

    def canceled_text(self):
        return tr("已取消：已生成 {} 份卷宗（完整），其余未生成，目录未更新。").format(len(self.written))

    def next_id(self):
        """A number for a scratch file name, unique in the run."""
        self._ids += 1
        return self._ids


def _export(ctx, layout, path, title):
    """Export to a temporary name, check and rename into place; raises WpzfError naming the file on failure."""
    metadata = layout.project().metadata()  # a copy: set it back so the PDF carries the title
    metadata.setTitle(title)
    metadata.setAuthor("WPZF {}".format(plugin_version()))
    layout.project().setMetadata(metadata)
    export_pdf(layout, path, feedback=ctx.feedback)


def _one_dossier(ctx, patch, path, base_name):
    """Write one patch's dossier; returns (pages, its attachment Plan)."""
    jcbh = patch["JCBH"]
    if not patch.get("_wkb"):
        raise InputError(tr("图斑 {} 没有图形，无法制作套合图。").format(jcbh))
    geom = QgsGeometry()
    geom.fromWkb(patch["_wkb"])
    red, yellow = ctx.layers.patch_layers(patch["_wkb"], jcbh)
    try:
        attached = DA.plan(ctx, jcbh, base_name, _scaled_image)
        try:
            return _layout_and_export(ctx, patch, path, geom, red, yellow, attached), attached
        except PdfMergeError as exc:
            # the appended pages could not be made faithfully: every PDF goes beside the dossier instead
            reason = tr("与卷宗合并失败，未并入")
            attached.copy_all_pdfs(reason)
            ctx.warnings.append(tr("图斑 {}：{}；PDF 附件改为与卷宗放在同一文件夹。").format(jcbh, exc))
            return _layout_and_export(ctx, patch, path, geom, red, yellow, attached), attached
    finally:
        ctx.layers.release([red, yellow])


def _layout_and_export(ctx, patch, path, geom, red, yellow, attached):
    jcbh = patch["JCBH"]
    bbox = geom.boundingBox()
    centre = geom.pointOnSurface().asPoint()
    lonlat = ctx.to_lonlat.transform(QgsPointXY(centre))
    layout = L.new_layout(ctx.project, jcbh)
    try:
        flow = Flow(layout, tr("卫片执法图斑卷宗"), tr("监测编号 {} · {}").format(jcbh, ctx.county), ctx.step)
        _first_page(ctx, flow, patch, red, bbox, lonlat, (centre.x(), centre.y()))
        _imagery(ctx, flow, patch, yellow, bbox)
        _figures(flow, patch)
        _vertices(flow, geom)
        _judgment(flow, patch)
        _photos(ctx, flow, jcbh)
        DA.section(flow, attached)
        _history(ctx, flow, jcbh)
        total = layout.pageCollection().pageCount()
        for page in range(total):
            ctx.step()
            L.page_footer(layout, page, ctx.footer, page + 1, total)
        title = "{} {}".format(tr("卫片执法图斑卷宗"), jcbh)
        if not attached.merged:
            _export(ctx, layout, path, title)
            return total
        body = os.path.join(ctx.scratch, "body_{}.pdf".format(ctx.next_id()))
        _export(ctx, layout, body, title)
    finally:
        del layout  # one layout alive at a time
    try:
        return DA.append(attached, body, path, ctx.feedback)
    finally:
        DA.remove_quietly(body)


def _first_page(ctx, flow, patch, red, bbox, lonlat, xy):
    layout = flow.layout
    page = flow.new_page(running_header=False)
    L.label(layout, page, tr("卫片执法图斑卷宗"), L.MARGIN_X, L.TOP, L.CONTENT_W, 10, size=20, bold=True, color=L.ACCENT,
            halign=Qt.AlignmentFlag.AlignHCenter)
    sub = tr("{} · {} 批次 · 监测编号 {}").format(ctx.county, T.show(patch.get("PC")), patch["JCBH"])
    L.label(layout, page, sub, L.MARGIN_X, L.TOP + 11, L.CONTENT_W, 5.5, size=9.5, color=L.MUTED,
            halign=Qt.AlignmentFlag.AlignHCenter)
    L.hline(layout, page, L.TOP + 18.5, width=0.8)
    flow.y = L.TOP + 22
    flow.heading(tr("基本情况"))
    flow.kv(T.basic_rows(patch, ctx.county, (lonlat.x(), lonlat.y()), xy, ctx.layers.crs.authid()))
    flow.heading(tr("套合分析图"), keep_with=120)
    height = L.BOTTOM - flow.y - 1
    flow.step()
    M.overlay_map(layout, flow.page, ctx.layers, red, bbox, L.MARGIN_X, flow.y, L.CONTENT_W, height)
    flow.y = L.BOTTOM


def _imagery(ctx, flow, patch, yellow, bbox):
    chips = [(ctx.layers.before, tr("前时相影像（{}）").format(T.show(patch.get("QSX")))),
             (ctx.layers.after, tr("后时相影像（{}）").format(T.show(patch.get("HSX"))))]
    chips = [(raster, caption) for raster, caption in chips if raster is not None]
    if not chips:
        return
    flow.heading(tr("影像对比"), keep_with=PHOTO_H + 8)
    width = (L.CONTENT_W - 4) / 2
    for i, (raster, caption) in enumerate(chips):
        M.imagery_chip(flow.layout, flow.page, ctx.layers, raster, yellow, bbox, L.MARGIN_X + i * (width + 4),
                       flow.y, width, PHOTO_H, caption)
    flow.y += PHOTO_H + 9


def _figures(flow, patch):
    flow.heading(tr("套合分析结果（亩）"), keep_with=40)
    rows = T.overlay_rows(patch)
    flow.table([50.0, 40.0, 40.0, 50.0], rows, header=[tr("项目"), tr("套合面积(亩)"), tr("占图斑比例"),
                                                         tr("填报面积(亩)")], label_columns=(0,))
    flow.kv(T.numbers_rows(patch), columns=1, label_w=30.0)


def _vertices(flow, geom):
    """The patch's boundary points in the package's projected CRS (the exterior ring of every part)."""
    rings = []
    for part in (geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]):
        if part:
            rings.append([(p.x(), p.y()) for p in part[0]])
    rows, total = T.vertex_rows(rings, per_row=3, limit=VERTEX_LIMIT)
    flow.heading(tr("图斑界址点坐标（{} 个，单位：米）").format(total), keep_with=20)
    header = [tr("点号"), tr("X（北）"), tr("Y（东）")] * 3
    flow.table([12.0, 24.0, 24.0] * 3, rows, header=header, size=7.5, label_columns=(0, 3, 6))
    if total > VERTEX_LIMIT:
        flow.paragraph(tr("仅列出前 {} 个界址点，完整坐标见报送 shapefile。").format(VERTEX_LIMIT), size=8)


def _judgment(flow, patch):
    flow.heading(tr("合法性判定"), keep_with=40)
    flow.kv(T.judgment_rows(patch), label_w=30.0)
    flow.kv(T.review_rows(patch), label_w=30.0)
    flow.paragraph(T.prejudge_text(patch), size=8.5)
    flow.heading(tr("整改与查处"), keep_with=30)
    flow.kv(T.rectification_rows(patch))
    flow.paragraph(tr("备注：") + T.show(patch.get("BZ")), size=8.5)


def _pixels(mm):
    return int(round(mm / 25.4 * PHOTO_DPI))


def _reader(content):
    """A QImageReader decoding `content` (bytes) from memory; the buffer lives as long as the reader."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.buffer = buffer  # Qt does not own it: keep it alive with the reader
    return reader


def _scaled_photo(ctx, source, n):
    """A right-way-up copy of the photo at the stored path `source`, or None when it cannot be read. Only a regular
    file is opened (core/photos.read_regular): a stored path to a FIFO or a device would block or read forever."""
    try:
        content = read_regular(source)
    except (NotAPhotoFile, OSError):
        return None
    return _scaled_image(ctx, content, "photo_%d.jpg" % n, QSize(_pixels(PHOTO_W - 1), _pixels(PHOTO_H - 1)))


def _scaled_image(ctx, content, name, box):
    """A right-way-up copy of an image (EXIF orientation applied) scaled down to fit `box` (pixels at PHOTO_DPI of
    its printed size), or None when it cannot be decoded. QImageReader decodes it already scaled (a JPEG at 1/2 to
    1/8 of its size), so a 12-megapixel photo is never held whole and the layout keeps only ~0.7 megapixel."""
    reader = _reader(content)
    reader.setAutoTransform(True)
    size = reader.size()  # as stored, before the orientation is applied
    if not size.isValid():
        return None
    box = QSize(box)
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        box.transpose()  # stored on its side: scale it to the box turned the same way
    if size.width() > box.width() or size.height() > box.height():
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    fmt = "PNG" if image.hasAlphaChannel() else "JPEG"  # transparency stays (on white paper, not JPEG's black)
    target = os.path.join(ctx.scratch, "{}.{}".format(os.path.splitext(name)[0], fmt.lower()))
    if not image.save(target, fmt, 85 if fmt == "JPEG" else -1) or not os.path.getsize(target):
        # Qt only says "failed": on the output's disk that is almost always a full disk
        raise disk_full(ctx.folder) if low_space(ctx.folder) else InputError(
            tr("无法在 {} 中写出照片缩略图，请检查磁盘空间和文件夹权限后重试。").format(ctx.folder))
    return target


def _photos(ctx, flow, jcbh):
    photos = sorted(ctx.wp.photos(jcbh), key=lambda p: (p.get("TAKEN_AT") or "9999", p.get("PATH") or ""))
    shown = photos[:ctx.photo_limit]
    ctx.placed = (len(shown), len(photos) - len(shown))
    title = tr("举证照片（{} 张）").format(len(photos)) if len(shown) == len(photos) else \
        tr("举证照片（共 {} 张，列入前 {} 张）").format(len(photos), len(shown))
    flow.heading(title, keep_with=PHOTO_H + CAPTION_H if photos else 10)
    if not photos:
        flow.paragraph(tr("无举证照片。"))
        return
    if len(shown) < len(photos):
        flow.paragraph(tr("本图斑共有举证照片 {} 张，卷宗按拍摄时间列入前 {} 张；其余 {} 张（第 {}–{} 张）未列入卷宗，"
                          "见上报成果包“{}/{}/”文件夹（按同一顺序编号），原始文件见工作库照片表所列路径。").format(
            len(photos), len(shown), len(photos) - len(shown), len(shown) + 1, len(photos), PHOTO_DIR,
            safe_name(jcbh, "JCBH")), size=8.5)
    arrow = M.svg_path(M.NORTH_ARROW)
    for i, photo in enumerate(shown):
        col = i % 2
        if col == 0:
            flow.ensure(PHOTO_H + CAPTION_H)
        ctx.step()
        _photo_cell(ctx, flow, photo, i, L.MARGIN_X + col * (PHOTO_W + L.CONTENT_W - 2 * PHOTO_W), arrow)
        if col == 1 or i == len(shown) - 1:
            flow.y += PHOTO_H + CAPTION_H + 2


def _photo_cell(ctx, flow, photo, i, x, arrow):
    """One photo in its frame, its shooting direction as a turned north arrow, its caption under it."""
    scaled = _scaled_photo(ctx, ctx.wp.absolute_path(photo.get("PATH") or ""), i) if photo.get("PATH") else None
    L.rect(flow.layout, flow.page, x, flow.y, PHOTO_W, PHOTO_H, fill="#f4f4f4", stroke="#9aa7b4")
    if scaled:
        L.picture(flow.layout, flow.page, scaled, x + 0.5, flow.y + 0.5, PHOTO_W - 1, PHOTO_H - 1)
    else:
        L.label(flow.layout, flow.page, tr("照片文件缺失或无法读取：\n{}").format(photo.get("PATH")), x + 3,
                flow.y + PHOTO_H / 2 - 5, PHOTO_W - 6, 10, size=8, color=L.MUTED, halign=Qt.AlignmentFlag.AlignHCenter)
    if arrow and photo.get("AZIMUTH") not in (None, ""):
        L.rect(flow.layout, flow.page, x + PHOTO_W - 10.5, flow.y + 1.5, 9, 9, fill="255,255,255,210",
               stroke="255,255,255,0")
        L.picture(flow.layout, flow.page, arrow, x + PHOTO_W - 10, flow.y + 2, 8, 8, svg=True,
                  rotation=float(photo["AZIMUTH"]))
    L.label(flow.layout, flow.page, T.photo_caption(i + 1, photo), x, flow.y + PHOTO_H + 1, PHOTO_W,
            CAPTION_H - 1, size=7.5)


def _history(ctx, flow, jcbh):
    rows = T.history_rows(_photo_batches(ctx.wp.history(jcbh)))
    flow.heading(tr("变更记录（{} 条）").format(len(rows)), keep_with=20)
    header = [tr("时间"), tr("操作人"), tr("字段"), tr("原值"), tr("新值"), tr("操作")]
    _paged_table(flow, HISTORY_WIDTHS, header, rows, size=7.0)


def _photo_batches(history):
    """History in time order with each run of photo rows of one action, time and user merged into one row:
    linking 3000 photos is one event, not 75 pages of the dossier (and 400 MB of table cells)."""
    merged = []
    for h in sorted(history, key=lambda r: (r.get("TIME") or "", r.get("_fid") or 0)):
        key = (h.get("TIME"), h.get("USER"), h.get("ACTION"))
        last = merged[-1] if merged else None
        if h.get("FIELD") == "photo" and last is not None and last[0] == key:
            last[1].append(h)
        else:
            merged.append((key if h.get("FIELD") == "photo" else None, [h]))
    return [rows[0] if len(rows) == 1 else _photo_batch_row(rows) for _key, rows in merged]


def _photo_batch_row(rows):
    def span(field):
        values = [r.get(field) for r in rows if r.get(field)]
        return tr("{} 张（{} 至 {}）").format(len(values), values[0], values[-1]) if values else ""
    return dict(rows[0], OLD=span("OLD"), NEW=span("NEW"))


def _paged_table(flow, widths, header, rows, size):
    """A long single-line-per-row table split over as many pages as it needs, the header on each part."""
    row_h = L.metrics(size).height(1) + 2 * L.CELL_MARGIN + L.GRID_WIDTH
    start = 0
    while start < len(rows) or start == 0:
        fit = max(1, int((L.BOTTOM - flow.y) // row_h) - 1)
        if fit < 3 and start < len(rows):
            flow.new_page()
            continue
        chunk = rows[start:start + fit]
        flow.table(widths, chunk, header=header, size=size, wrap=False)
        start += max(1, len(chunk))
        if start < len(rows):
            flow.new_page()


def _contents(ctx, patches, files, folder, batches, townships):
    """00_目录.pdf: one line per dossier with its file and page count."""
    by_id = {p["JCBH"]: p for p in patches}
    rows = []
    for n, (jcbh, path, pages) in enumerate(files, 1):
        patch = by_id[jcbh]
        rows.append([str(n), jcbh, T.show(patch.get("XZMC")), T.show(patch.get("PC")), T.show(patch.get("PDLX")),
                     T.mu(patch.get("TBMJ")), str(pages), os.path.basename(path)])
    layout = L.new_layout(ctx.project, "contents")
    flow = Flow(layout, tr("卫片执法图斑卷宗目录"), ctx.county)
    page = flow.new_page(running_header=False)
    L.label(layout, page, tr("卫片执法图斑卷宗目录"), L.MARGIN_X, L.TOP, L.CONTENT_W, 10, size=18, bold=True,
            color=L.ACCENT, halign=Qt.AlignmentFlag.AlignHCenter)
    scope = tr("{} · 批次：{} · 乡镇：{} · 共 {} 份卷宗").format(
        ctx.county, "、".join(batches) or tr("全部"), "、".join(townships) or tr("全部"), len(files))
    L.label(layout, page, scope, L.MARGIN_X, L.TOP + 11, L.CONTENT_W, 5.5, size=9, color=L.MUTED,
            halign=Qt.AlignmentFlag.AlignHCenter)
    L.hline(layout, page, L.TOP + 18.5, width=0.8)
    flow.y = L.TOP + 22
    header = [tr("序号"), tr("监测编号"), tr("乡镇"), tr("批次"), tr("判定"), tr("面积(亩)"), tr("页数"), tr("文件")]
    _paged_table(flow, [10.0, 34.0, 22.0, 17.0, 16.0, 17.0, 10.0, 54.0], header, rows, size=7.5)
    total = layout.pageCollection().pageCount()
    for p in range(total):
        flow.step()
        L.page_footer(layout, p, ctx.footer, p + 1, total)
    path = inside(folder, CONTENTS)
    _export(ctx, layout, path, tr("卫片执法图斑卷宗目录"))
    return path
