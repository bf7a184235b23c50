"""Writing a print layout to PDF: vector text (searchable), written under a temporary name and renamed into
place, so a failed or interrupted export never leaves a half PDF under the real name."""
import os

from qgis.core import QgsLayoutExporter, QgsRenderContext

from .errors import WpzfError
from .i18n import tr


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


def export_pdf(layout, path, settings=None):
    """Export `layout` to `path`; raises WpzfError naming the file when QGIS cannot write it."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, ".partial-" + os.path.basename(path))
    code = QgsLayoutExporter(layout).exportToPdf(tmp, settings or pdf_settings())
    if code != QgsLayoutExporter.Success:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise WpzfError(tr("无法写出 PDF：{}（错误码 {}）。请检查文件夹是否可写、文件是否被其他程序打开。").format(path, code))
    os.replace(tmp, path)
    return path
