"""Background work of the dock as QgsTasks (shown in the QGIS task manager with progress and cancel)."""
import traceback

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from qgis.PyQt.QtGui import QImage, QImageIOHandler, QImageReader
from qgis.core import QgsTask

from ..core.errors import Canceled, WpzfError
from ..core.i18n import tr
from ..core.photos.link import NotAPhotoFile, link_folder, read_regular


def load_image(path, box=None):
    """A photo as QImage, upright per its EXIF orientation, scaled to fit `box` (QSize) when given.
    Scaling happens while decoding (fast for JPEG); the null image for unreadable files. Only a regular file is
    read (core/photos.read_regular): a stored path to a FIFO or a device would block the thumbnail task or the viewer
    for good, and Qt would open it as it is."""
    try:
        content = read_regular(path)
    except (NotAPhotoFile, OSError):
        return QImage()
    buffer = QBuffer()  # decoded from memory, so Qt never opens the path itself
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if box is not None:
        raw = reader.size()  # as stored, before the orientation is applied
        if raw.isValid():
            turned = bool(int(reader.transformation()) & int(QImageIOHandler.Transformation.TransformationRotate90))
            fit = QSize(box.height(), box.width()) if turned else box
            reader.setScaledSize(raw.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image if not image.isNull() else QImage()


class ThumbnailTask(QgsTask):
    """Decodes thumbnails off the main thread; `done(task, ok)` runs in the main thread afterwards."""

    def __init__(self, paths, size, done):
        super().__init__(tr("生成照片缩略图"), QgsTask.Flag.CanCancel)
        self.paths = list(paths)
        self.size = size
        self.images = {}
        self.done = done

    def run(self):
        for i, path in enumerate(self.paths):
            if self.isCanceled():
                return False
            self.images[path] = load_image(path, self.size)
            self.setProgress(100.0 * (i + 1) / len(self.paths))
        return True

    def finished(self, ok):
        self.done(self, ok)


class _TaskFeedback:
    """What core/ needs from a Processing feedback (photo linking, overlay, splitting), backed by the task; the
    messages are kept for the dock to show when the task is done."""

    def __init__(self, task):
        self.task = task
        self.infos = []
        self.warnings = []

    def isCanceled(self):  # noqa: N802 (QgsFeedback spelling)
        return self.task.isCanceled()

    def setProgress(self, value):  # noqa: N802
        self.task.setProgress(value)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def reportError(self, text, fatal_error=False):  # noqa: N802
        self.warnings.append(text)


class WorkTask(QgsTask):
    """A step of core/ in the background for the dock: `work(feedback)` runs in the task's thread and gives
    `result`; `done(task)` runs in the main thread afterwards, with `result` or `error` (and `canceled_by_user`)."""

    def __init__(self, title, work, done):
        super().__init__(title, QgsTask.Flag.CanCancel)
        self.work = work
        self.done = done
        self.result = None
        self.error = None
        self.canceled_by_user = False
        self.feedback = _TaskFeedback(self)

    def run(self):
        try:
            self.result = self.work(self.feedback)
            return True
        except Canceled as exc:
            self.canceled_by_user = True
            self.error = str(exc)
        except WpzfError as exc:
            self.error = str(exc)
        except Exception:  # a bug must reach the user, not die silently in a thread
            self.error = traceback.format_exc()
        return False

    def finished(self, ok):
        if not ok and self.error is None:
            self.canceled_by_user = True
        self.done(self)


class LinkPhotosTask(WorkTask):
    """wpzf:link_photos for the dock: one folder, one package; `done(task)` gets report or error."""

    def __init__(self, wp_path, folder, max_distance, done):
        super().__init__(tr("关联举证照片"), lambda feedback: link_folder(wp_path, folder, max_distance,
                                                                         feedback=feedback), done)
        self.wp_path = wp_path
        self.folder = folder
        self.max_distance = max_distance

    @property
    def report(self):
        return self.result

    def finished(self, ok):
        if not ok and self.error is None:  # canceled before run() said anything
            self.canceled_by_user = True
            self.error = tr("已取消照片关联，工作库未改动。")
        super().finished(ok)
