"""The photo tab of the dock: the current patch's photos as thumbnails, a viewer, add/remove by hand."""

from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import QFileDialog, QListWidgetItem, QWidget
from qgis.core import QgsApplication

from ..core.errors import WpzfError
from ..core.i18n import tr
from ..core.photos.link import add_by_hand, unlink_by_hand
from ..rules.values import is_empty, text
from .folders import start_folder
from .photo_viewer import PhotoViewer
from .tasks import ThumbnailTask
from .uiloader import load_ui

THUMB = QSize(128, 128)
CACHE_LIMIT = 600


def caption(photo, long=False, fit=None):
    """The photo's file name and its direction and distance; `fit` shortens the name to what a thumbnail shows."""
    name = text(photo.get("PATH")).replace("\\", "/").rsplit("/", 1)[-1]
    parts = [fit(name) if fit is not None and not long else name]
    if not is_empty(photo.get("AZIMUTH")):
        parts.append(tr("方位 {:.0f}°").format(float(photo["AZIMUTH"])))
    if not is_empty(photo.get("DIST_M")):
        parts.append(tr("距 {:.1f} 米").format(float(photo["DIST_M"])))
    if long:
        parts.append(tr("拍摄 {}").format(text(photo.get("TAKEN_AT")) or tr("时间不详")))
        if not is_empty(photo.get("NOTE")):
            parts.append(text(photo["NOTE"]))
        return "\n".join([parts[0], "  ".join(parts[1:])])
    return "\n".join(parts[:2])


class PhotoPanel(QWidget):
    photosChanged = pyqtSignal()  # the package's photo rows changed (the dock reloads them)
    message = pyqtSignal(str, int)  # text, Qgis message level

    def __init__(self, parent=None):
        super().__init__(parent)
        load_ui("photo_panel.ui", self)
        self.setObjectName("WpzfPhotoPanel")
        self.thumbList.setIconSize(THUMB)
        self.thumbList.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 44))
        self.wp = None
        self.jcbh = None
        self.photos = []
        self.cache = {}
        self.task = None
        self._tasks = set()  # running tasks are kept alive until they finish
        self.viewer = None
        self._pending = False  # photos set while the tab was hidden: listed (and thumbnails read) when it is shown
        self._placeholder = self._blank(QColor(225, 225, 225))
        self._broken = self._blank(QColor(240, 170, 170))
        self.addButton.clicked.connect(self.add_photos)
        self.removeButton.clicked.connect(self.remove_selected)
        self.viewButton.clicked.connect(lambda: self.open_viewer(self.thumbList.currentRow()))
        self.thumbList.itemDoubleClicked.connect(lambda item: self.open_viewer(self.thumbList.row(item)))
        self.thumbList.currentRowChanged.connect(self._show_info)
        self.set_writable(True)

    @staticmethod
    def _blank(color):
        pixmap = QPixmap(THUMB)
        pixmap.fill(color)
        return QIcon(pixmap)

    # ----- showing ----------------------------------------------------------------------------------------------
    def show_photos(self, wp, jcbh, photos):
        """The photos of `jcbh`; while the tab is hidden only remembered (stepping through patches reads no
        thumbnail and starts no task), listed when the tab is shown."""
        self.wp, self.jcbh = wp, jcbh
        self.photos = sorted(photos, key=lambda p: (text(p.get("TAKEN_AT")), text(p.get("PATH"))))
        self.photoInfo.setText(tr("本图斑 {} 张照片").format(len(self.photos)) if jcbh else "")
        self.removeButton.setEnabled(bool(self.photos) and self._writable)
        self.viewButton.setEnabled(bool(self.photos))
        self.addButton.setEnabled(jcbh is not None and self._writable)
        if self.task is not None:
            self.task.cancel()
            self.task = None
        if self.isVisible():
            self._list()
        else:
            self._pending = True
            self.thumbList.clear()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._pending:
            self._list()

    def _list(self):
        self._pending = False
        self.thumbList.clear()
        missing = []
        for photo in self.photos:
            path = self.absolute(photo)
            item = QListWidgetItem(self._icon(path), caption(photo, fit=self.fit_name))
            item.setToolTip(caption(photo, long=True))
            self.thumbList.addItem(item)
            if path not in self.cache:
                missing.append(path)
        if missing:
            self._start_thumbnails(missing)

    def fit_name(self, name):
        """A file name as wide as a thumbnail: photos of one patch share their beginning (the patch number, the
        camera's prefix), so the end is kept — "…0001_3.jpg", not "4501992022…" three times."""
        width = self.thumbList.gridSize().width() - 8
        return self.thumbList.fontMetrics().elidedText(name, Qt.TextElideMode.ElideLeft, width)

    def absolute(self, photo):
        return self.wp.absolute_path(text(photo.get("PATH"))) if self.wp is not None else text(photo.get("PATH"))

    def _icon(self, path):
        if path not in self.cache:
            return self._placeholder
        image = self.cache[path]
        return QIcon(QPixmap.fromImage(image)) if not image.isNull() else self._broken

    def _start_thumbnails(self, paths):
        task = ThumbnailTask(paths, THUMB, self._thumbnails_done)
        self.task = task
        self._tasks.add(task)
        QgsApplication.taskManager().addTask(task)

    def _thumbnails_done(self, task, ok):
        self._tasks.discard(task)
        if len(self.cache) + len(task.images) > CACHE_LIMIT:
            self.cache.clear()
        self.cache.update(task.images)
        if task is not self.task:
            return
        self.task = None
        for row, photo in enumerate(self.photos):
            path = self.absolute(photo)
            if path in task.images:
                self.thumbList.item(row).setIcon(self._icon(path))

    @property
    def busy(self):
        return bool(self._tasks)

    def _show_info(self, row):
        if 0 <= row < len(self.photos):
            self.photoInfo.setText(caption(self.photos[row], long=True))

    def set_writable(self, writable):
        """False while photos are being linked in the background (the package is being written)."""
        self._writable = writable
        self.addButton.setEnabled(writable and self.jcbh is not None)
        self.removeButton.setEnabled(writable and bool(self.photos))

    # ----- viewer -----------------------------------------------------------------------------------------------
    def open_viewer(self, index=0):
        if not self.photos:
            return None
        entries = [(self.absolute(p), caption(p, long=True)) for p in self.photos]
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = PhotoViewer(entries, max(index, 0), self.window())
        self.viewer.show()
        return self.viewer

    # ----- add / remove by hand ---------------------------------------------------------------------------------
    def choose_photo_files(self):
        """Files to link to the current patch (a dialog; tests replace this method)."""
        start = start_folder(self.wp)
        paths, _ = QFileDialog.getOpenFileNames(self, tr("选择要关联到图斑 {} 的照片").format(self.jcbh), start,
                                                tr("照片 (*.jpg *.jpeg *.JPG *.JPEG)"))
        return paths

    def add_photos(self):
        if self.wp is None or self.jcbh is None:
            return 0
        paths = self.choose_photo_files()
        if not paths:
            return 0
        try:
            count = add_by_hand(self.wp, paths, self.jcbh)
        except WpzfError as exc:
            self.message.emit(str(exc), 2)
            return 0
        self.message.emit(tr("已把 {} 张照片关联到图斑 {}").format(count, self.jcbh), 0)
        self.photosChanged.emit()
        return count

    def selected_photos(self):
        rows = sorted({self.thumbList.row(item) for item in self.thumbList.selectedItems()})
        return [self.photos[r] for r in rows if 0 <= r < len(self.photos)]

    def remove_selected(self):
        chosen = self.selected_photos()
        if not chosen or self.wp is None:
            return 0
        count = unlink_by_hand(self.wp, [p["_fid"] for p in chosen], self.jcbh)
        self.message.emit(tr("已把 {} 张照片移出图斑 {}（照片记录保留，可重新关联）").format(count, self.jcbh), 0)
        self.photosChanged.emit()
        return count

    def shutdown(self):
        for task in list(self._tasks):
            task.cancel()
        if self.viewer is not None:
            self.viewer.close()
            self.viewer = None
