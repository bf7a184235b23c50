"""Writing a print layout to PDF: vector text (searchable), written under a temporary name, checked and renamed
into place (core/outfiles), so a failed, interrupted or full-disk export never leaves a half PDF under the real
name. QgsLayoutExporter reports Success even when the disk is full (a zero-byte file): the file decides.

Layouts are built and exported on the main thread (QgsLayoutExporter needs it: wpzf:dossier and wpzf:battle_map
run with FlagNoThreading), so a long run would freeze QGIS: no repaint, no progress, a Cancel button that is only
seen at the end. let_events_run() lets the event loop turn when the last turn is TURN_INTERVAL ago; the builders call
it between their steps, and export_pdf() has the exporter call it while it paints (empty layout items under and above
each map and on top of each page), so no step keeps QGIS waiting longer than a map or the rest of a page."""
import os
import re
import time

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.core import (Qgis, QgsLayoutExporter, QgsLayoutItem, QgsLayoutItemMap, QgsLayoutItemRegistry,
                       QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes)

from .errors import WpzfError
from .i18n import tr
from .outfiles import atomic_file, disk_full, low_space

EXPORTED = QgsLayoutExporter.ExportResult.Success
TURN_INTERVAL = 0.04  # seconds of work between two turns of the event loop (a turn costs what QGIS repaints)
_last_turn = [0.0]


def let_events_run():
    """Let the event loop turn (repaints, the progress bar, the Cancel button) when this is the main thread and the
    last turn was TURN_INTERVAL ago; elsewhere (a worker thread) nothing happens."""
    now = time.monotonic()
    if now - _last_turn[0] < TURN_INTERVAL:
        return
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return
    app.processEvents()
    _last_turn[0] = time.monotonic()


class _Turn(QgsLayoutItem):
    """An empty layout item whose drawing is a turn of the event loop: placed above an item (or on top of a page),
    it runs right after that item is painted by the export. It draws nothing, so the PDF is unchanged."""

    TYPE = QgsLayoutItemRegistry.ItemType.PluginItem + 0x5750  # 'WP'

    def __init__(self, layout):
        super().__init__(layout)
        self.setFrameEnabled(False)
        self.setBackgroundEnabled(False)

    def type(self):
        return self.TYPE

    def draw(self, context):
        try:
            let_events_run()
        except Exception:  # noqa: BLE001 - nothing may escape into the painting C++ code
            pass


def _add_turns(layout):
    """Turns under and above each map (the item that takes longest to paint) and on top of each page, once per
    layout. Few: painting an item costs QGIS its render and expression contexts even when it draws nothing."""
    if getattr(layout, "_wpzf_turns", None) is not None or QCoreApplication.instance() is None:
        return
    items = [item for item in layout.items() if isinstance(item, QgsLayoutItem)]
    places = [(item.page(), item.zValue() + offset) for item in items if isinstance(item, QgsLayoutItemMap)
              for offset in (-0.5, 0.5)]
    top = max([item.zValue() for item in items] or [0.0]) + 1.0
    places += [(page, top) for page in range(layout.pageCollection().pageCount())]
    turns = []
    for page, z in places:
        turn = _Turn(layout)
        layout.addLayoutItem(turn)
        turn.attemptResize(QgsLayoutSize(0.1, 0.1, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        turn.attemptMove(QgsLayoutPoint(1.0, 1.0, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, max(page, 0))
        turn.setZValue(z)
        turns.append(turn)
    layout._wpzf_turns = turns  # noqa: SLF001 - marks the layout as prepared


def pdf_settings(dpi=200, force_vector=False, simplify=True):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi  # photos and imagery; text and vectors stay vector
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = force_vector
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable text (pdftotext, Ctrl+F)
    settings.simplifyGeometries = simplify
    return settings


def export_pdf(layout, path, settings=None, feedback=None):
    """Export `layout` to `path`; raises WpzfError naming the file when QGIS cannot write it or the PDF it wrote
    is empty or cut off."""
    _add_turns(layout)
    let_events_run()
    with atomic_file(path, "pdf", feedback) as tmp:
        code = QgsLayoutExporter(layout).exportToPdf(tmp, settings or pdf_settings())
        let_events_run()
        if code != EXPORTED:
            if low_space(path):
                raise disk_full(path)
            raise WpzfError(tr("无法写出 PDF：{}（错误码 {}）。请检查文件夹是否可写、文件是否被其他程序打开。").format(
                path, code))
    return path


# ----- appending PDF documents (attachments) after a dossier ---------------------------------------------------------
# Qt and QGIS cannot read PDF pages, and a plain QGIS install has no Python PDF library (pypdf and the like are not
# part of it). GDAL, which every QGIS has, reads PDF through poppler (Debian, most Linux) or PDFium (OSGeo4W), and its
# PDF driver composes a new PDF from pages of others without rasterising them (text, vectors and scans stay as they
# are). It is not faithful for every page: it copies the content stream under a transparency group of its own, so a
# page turned by /Rotate, a media box not at the origin, annotations (a stamp added in a PDF editor) or some
# transparency (QGIS's own layout pages) come out different. So:
#   1. an attachment is first re-written by GDAL on its own (normalize()), which also turns whatever structure it had
#      into plain objects and one cross-reference table, and every page is rendered small next to its original: a
#      document with a page that differs is not appended (the caller keeps it as a file);
#   2. the dossier's own PDF is never re-written: the normalized pages are added to it as an incremental update (its
#      bytes stay, new objects and a cross-reference section follow, as PDF editors save), and every page of the
#      result is compared again with where it came from before the file takes its name.
# The object parsing below reads only what Qt's PDF writer and GDAL write (classic cross-reference tables, plain
# objects); anything else is refused, never guessed.
CHECK_DPI = 24  # enough to see a page turned or shifted; an A4 page is 198 × 281 pixels
_CHECK_LEVEL = 40  # a byte differing by less is antialiasing
_CHECK_SHARE = 0.001  # share of bytes that may differ (identical pages render identically: 0)
_SIZE_DPI = 720  # page sizes read to a tenth of a point


class PdfMergeError(WpzfError):
    """A PDF could not be read, composed or reproduced faithfully; the message says which and why."""


def can_merge():
    """True when GDAL's PDF driver can read pages (built with poppler or PDFium)."""
    driver = gdal.GetDriverByName("PDF")
    if driver is None:
        return False
    metadata = driver.GetMetadata() or {}
    return metadata.get("HAVE_POPPLER") == "YES" or metadata.get("HAVE_PDFIUM") == "YES"


def _open_page(name, dpi, shown):
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.OpenEx(name, gdal.OF_RASTER, allowed_drivers=["PDF"], open_options=["DPI=%g" % dpi])
    except RuntimeError as exc:  # when another plugin switched on gdal.UseExceptions()
        ds, message = None, str(exc)
    else:
        message = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
    if ds is None:
        raise PdfMergeError(tr("无法读取 PDF 文件 {}（{}），可能已加密或已损坏").format(shown, message or tr("未知错误")))
    return ds


def page_names(path, shown=None):
    """GDAL names of the pages of the PDF at `path` ('PDF:<n>:<path>'), first to last."""
    ds = _open_page(path, 72, shown or path)
    count = len(ds.GetMetadata("SUBDATASETS") or {}) // 2 or 1
    return ["PDF:{}:{}".format(n, path) for n in range(1, count + 1)]


def _page_size(name, shown):
    ds = _open_page(name, _SIZE_DPI, shown)
    return ds.RasterXSize * 72.0 / _SIZE_DPI, ds.RasterYSize * 72.0 / _SIZE_DPI


def normalize(source, target, shown):
    """Write the pages of the PDF at `source` into `target` as GDAL composes them, each proved to look as in
    `source`. Returns the page count; raises PdfMergeError naming `shown` when it cannot be read or a page would
    change."""
    from xml.sax.saxutils import quoteattr
    pages = []
    for name in page_names(source, shown):
        let_events_run()  # an attachment of hundreds of pages: QGIS keeps responding
        width, height = _page_size(name, shown)
        pages.append('<Page><DPI>72</DPI><Width>{:.1f}</Width><Height>{:.1f}</Height><Content><PDF dataset={}/>'
                     '</Content></Page>'.format(width, height, quoteattr(name)))
    composition = "/vsimem/wpzf_composition_{}.xml".format(id(pages))
    gdal.FileFromMemBuffer(composition, "<PDFComposition>{}</PDFComposition>".format("".join(pages)).encode("utf-8"))
    try:
        _compose(composition, target)
    finally:
        gdal.Unlink(composition)
    differ = differing_pages(source, target, 1, shown)
    if differ:
        raise PdfMergeError(tr("第 {} 页无法原样并入（页面旋转、偏移、透明效果或批注）").format(
            "、".join(str(p) for p in differ[:10])))
    return len(pages)


def _compose(composition, target):
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.GetDriverByName("PDF").Create(target, 0, 0, 0, gdal.GDT_Unknown,
                                                options=["COMPOSITION_FILE=" + composition])
        ds = None  # closing writes the file
        # warnings (a page size rounded) are not failures
        failed = gdal.GetLastErrorType() >= gdal.CE_Failure or not os.path.isfile(target)
        message = (gdal.GetLastErrorMsg() or "PDF") if failed else ""
    except RuntimeError as exc:
        message = str(exc) or "PDF"
    finally:
        gdal.PopErrorHandler()
    if message:
        if low_space(target):
            raise disk_full(target)
        raise PdfMergeError(tr("无法合成 PDF {}：{}").format(target, message))


def _render(name, shown):
    ds = _open_page(name, CHECK_DPI, shown)
    return ds.RasterXSize, ds.RasterYSize, ds.ReadRaster()


def differing_pages(source, merged, first, shown=None):
    """Page numbers of `source` whose copy in `merged` (starting at page `first`) does not look the same when both
    are rendered at CHECK_DPI."""
    shown = shown or source
    differ = []
    for n, name in enumerate(page_names(source, shown), 1):
        let_events_run()
        a = _render(name, shown)
        b = _render("PDF:{}:{}".format(first + n - 1, merged), merged)
        if a[:2] != b[:2] or _share_differing(a[2], b[2]) > _CHECK_SHARE:
            differ.append(n)
    return differ


def _share_differing(a, b):
    if len(a) != len(b) or not a:
        return 1.0
    if a == b:
        return 0.0
    return sum(1 for x, y in zip(a, b) if abs(x - y) > _CHECK_LEVEL) / float(len(a))


def append_pdfs(body, parts, target, feedback=None):
    """Write `target`: the PDF `body` (a QGIS layout export) followed by the pages of each part, as an incremental
    update of `body`. `parts`: [(normalized PDF, original PDF, name shown)], normalized by normalize(). Whole or not
    at all; before it takes its name every page is compared with the page it came from. Returns the page count;
    raises PdfMergeError when the files are not as expected or a page differs."""
    with open(body, "rb") as fh:
        data = fh.read()
    document = _Document(data, body)
    for normalized, _original, shown in parts:
        with open(normalized, "rb") as fh:
            document.append(_Document(fh.read(), shown))
    update = document.finish(len(data))
    with atomic_file(target, "pdf", feedback) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.write(update)
        _check_appended(body, parts, tmp, target)
    return document.page_count


def _check_appended(body, parts, tmp, target):
    sources = [(body, target)] + [(original, shown) for _n, original, shown in parts]
    expected = sum(len(page_names(path, shown)) for path, shown in sources)
    if len(page_names(tmp, target)) != expected:
        raise PdfMergeError(tr("合并后的 {} 页数不对").format(target))
    first = 1
    for path, shown in sources:
        differ = differing_pages(path, tmp, first, shown)
        if differ:
            raise PdfMergeError(tr("{} 第 {} 页合并后显示不一致").format(shown, "、".join(str(p) for p in differ[:10])))
        first += len(page_names(path, shown))


_REF = re.compile(rb"(\d+)\s+(\d+)\s+R\b")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


class _Document:
    """The objects of a PDF as Qt's PDF writer and GDAL write them: classic cross-reference tables (an incremental
    update's /Prev chain followed), plain `n g obj … endobj` objects, streams with a /Length."""

    def __init__(self, data, shown):
        self.data, self.shown = data, shown
        self.offsets, self.trailer = {}, None
        match = _STARTXREF.search(data[-1024:])
        if match is None:
            raise self._error(tr("找不到交叉引用表"))
        self.startxref = int(match.group(1))
        offset, seen = self.startxref, set()
        while offset is not None and offset not in seen:
            seen.add(offset)
            offset = self._read_xref(offset)
        root = self._ref(self.trailer, b"/Root")
        self.root, self.info = root, self._ref(self.trailer, b"/Info", required=False)
        self.pages = self._ref(self.object(root), b"/Pages")
        self.new_objects, self.next_number = [], self._size()
        self.page_count = self._count(self.object(self.pages))
        self.kids = []

    def _error(self, why):
        return PdfMergeError(tr("PDF 文件 {} 的结构无法识别（{}），未并入").format(self.shown, why))

    def _read_xref(self, offset):
        """Read the cross-reference section at `offset` into self.offsets (newer sections win); returns /Prev."""
        data = self.data
        if not data.startswith(b"xref", offset):
            raise self._error(tr("交叉引用流"))  # PDF 1.5 cross-reference streams: not written by Qt or GDAL
        pos = offset + 4
        while True:
            match = re.compile(rb"\s*(\d+)\s+(\d+)\s*\r?\n").match(data, pos)
            if match is None:
                break
            start, count = int(match.group(1)), int(match.group(2))
            pos = match.end()
            for n in range(count):
                entry = data[pos:pos + 20]
                pos += 20
                if entry[17:18] == b"n":
                    self.offsets.setdefault(start + n, int(entry[:10]))
        match = re.compile(rb"\s*trailer\s*(<<.*?>>)\s*startxref", re.S).match(data, pos)
        if match is None:
            raise self._error(tr("缺少 trailer"))
        if self.trailer is None:
            self.trailer = match.group(1)
        prev = re.search(rb"/Prev\s+(\d+)", match.group(1))
        return int(prev.group(1)) if prev else None

    def _ref(self, text, key, required=True):
        match = re.search(re.escape(key) + rb"\s+(\d+)\s+\d+\s+R", text)
        if match is None:
            if required:
                raise self._error(key.decode("ascii"))
            return None
        return int(match.group(1))

    def _size(self):
        match = re.search(rb"/Size\s+(\d+)", self.trailer)
        return max(int(match.group(1)) if match else 0, max(self.offsets, default=0) + 1)

    def _count(self, pages_object):
        match = re.search(rb"/Count\s+(\d+)", pages_object)
        if match is None:
            raise self._error("/Count")
        return int(match.group(1))

    def raw(self, number):
        """The bytes of object `number` from 'n g obj' to 'endobj' inclusive."""
        offset = self.offsets.get(number)
        match = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b").match(self.data, offset or 0) if offset else None
        if match is None or int(match.group(1)) != number:
            raise self._error(tr("对象 {} 位置不符").format(number))
        stream = re.compile(rb"stream\r?\n").search(self.data, match.end())
        end = self.data.find(b"endobj", match.end())
        if stream is not None and (end < 0 or stream.start() < end):
            head = self.data[match.end():stream.start()]
            length = re.search(rb"/Length\s+(\d+)(\s+\d+\s+R)?", head)
            if length is None:
                raise self._error("/Length")
            size = int(length.group(1)) if not length.group(2) else int(self.object(int(length.group(1))).strip())
            end = self.data.find(b"endobj", stream.end() + size)
        if end < 0:
            raise self._error("endobj")
        return self.data[match.start():end + len(b"endobj")].lstrip()

    def object(self, number):
        """The body of object `number` between 'obj' and 'endobj' (for dictionaries and numbers)."""
        raw = self.raw(number)
        return raw[raw.index(b"obj") + 3:-len(b"endobj")]

    def append(self, other):
        """Add every page of `other` (a normalized PDF) after this document's pages: its objects renumbered after
        ours into `update`, its page tree replaced by ours."""
        skip = {other.root, other.pages, other.info}
        numbers = {n: self.next_number + i for i, n in enumerate(sorted(set(other.offsets) - skip))}
        numbers[other.pages] = self.pages  # the pages' /Parent becomes our page tree
        for old in sorted(set(other.offsets) - skip):
            raw = other.raw(old)
            self.new_objects.append((numbers[old], _renumber(raw, numbers, other)))
        self.next_number += len(numbers) - 1
        self.kids += [numbers[k] for k in other.kid_numbers()]
        self.page_count += other.page_count

    def kid_numbers(self):
        kids = re.search(rb"/Kids\s*\[(.*?)\]", self.object(self.pages), re.S)
        if kids is None:
            raise self._error("/Kids")
        numbers = [int(m.group(1)) for m in _REF.finditer(kids.group(1))]
        if len(numbers) != self.page_count:  # a nested page tree: GDAL writes a flat one
            raise self._error("/Kids")
        return numbers

    def finish(self, start):
        """The incremental update: new objects, our page tree with the new kids, a cross-reference section and a
        trailer pointing back to the previous one. `start`: the file offset where the update begins."""
        pages = self.object(self.pages)
        refs = b" ".join(b"%d 0 R" % k for k in self.kids)
        pages = re.sub(rb"/Kids\s*\[(.*?)\]", lambda m: b"/Kids [" + m.group(1) + b" " + refs + b"]", pages,
                       count=1, flags=re.S)
        pages = re.sub(rb"/Count\s+\d+", b"/Count %d" % self.page_count, pages, count=1)
        out, entries = bytearray(b"\n"), []
        for number, raw in self.new_objects + [(self.pages, b"%d 0 obj" % self.pages + pages + b"endobj")]:
            entries.append((number, start + len(out)))
            out += raw + b"\n"
        xref = start + len(out)
        out += b"xref\n"
        for number, offset in sorted(entries):
            out += b"%d 1\n%010d 00000 n \n" % (number, offset)
        trailer = b"/Size %d /Root %d 0 R /Prev %d" % (max(self.next_number, self.pages + 1), self.root,
                                                       self.startxref)
        if self.info is not None:
            trailer += b" /Info %d 0 R" % self.info
        ident = re.search(rb"/ID\s*\[[^\]]*\]", self.trailer)
        if ident:
            trailer += b" " + ident.group(0)
        out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def _renumber(raw, numbers, document):
    """Object bytes with its number and every reference outside stream data renumbered by `numbers`."""
    stream = re.compile(rb"stream\r?\n").search(raw)
    head, tail = (raw[:stream.start()], raw[stream.start():]) if stream else (raw, b"")
    header = re.compile(rb"(\d+)\s+(\d+)\s+obj\b").match(head)

    def ref(match):
        old = int(match.group(1))
        if old not in numbers:
            raise document._error(tr("引用了不存在的对象 {}").format(old))
        return b"%d 0 R" % numbers[old]

    body = _REF.sub(ref, head[header.end():])
    return b"%d 0 obj" % numbers[int(header.group(1))] + body + tail
