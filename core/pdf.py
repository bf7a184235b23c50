"""Writing a print layout to PDF: vector text (searchable), written under a temporary name, checked and renamed
into place (core/outfiles), so a failed, interrupted or full-disk export never leaves a half PDF under the real
name. QgsLayoutExporter reports Success even when the disk is full (a zero-byte file): the file decides."""
from qgis.core import QgsLayoutExporter, QgsRenderContext

from .errors import WpzfError
from .i18n import tr
from .outfiles import atomic_file, disk_full, low_space


def pdf_settings(dpi=200, force_vector=False, simplify=True):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi  # photos and imagery; text and vectors stay vector
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = force_vector
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # searchable text (pdftotext, Ctrl+F)
    settings.simplifyGeometries = simplify
    return settings


def export_pdf(layout, path, settings=None, feedback=None):
    """Export `layout` to `path`; raises WpzfError naming the file when QGIS cannot write it or the PDF it wrote
    is empty or cut off."""
    with atomic_file(path, "pdf", feedback) as tmp:
        code = QgsLayoutExporter(layout).exportToPdf(tmp, settings or pdf_settings())
        if code != QgsLayoutExporter.Success:
            if low_space(path):
                raise disk_full(path)
            raise WpzfError(tr("无法写出 PDF：{}（错误码 {}）。请检查文件夹是否可写、文件是否被其他程序打开。").format(
                path, code))
    return path
