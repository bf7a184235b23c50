"""A photo viewer with next/previous (buttons and ←/→), photos shown upright per their EXIF orientation."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QDialog

from ..core.i18n import tr
from .tasks import load_image
from .uiloader import load_ui


class PhotoViewer(QDialog):
    def __init__(self, entries, index=0, parent=None):
        """entries: [(absolute path, caption)]."""
        super().__init__(parent)
        load_ui("photo_viewer.ui", self)
        self.setObjectName("WpzfPhotoViewer")
        self.entries = list(entries)
        self.index = 0
        self.image = None
        self.prevButton.clicked.connect(self.previous)
        self.nextButton.clicked.connect(self.next)
        self.closeButton.clicked.connect(self.close)
        self.show_index(index)

    def show_index(self, index):
        if not self.entries:
            self.imageLabel.setText(tr("没有照片"))
            self.counterLabel.setText("0 / 0")
            return
        self.index = max(0, min(index, len(self.entries) - 1))
        path, caption = self.entries[self.index]
        self.image = load_image(path)
        self.infoLabel.setText(caption)
        self.counterLabel.setText("{} / {}".format(self.index + 1, len(self.entries)))
        self.prevButton.setEnabled(self.index > 0)
        self.nextButton.setEnabled(self.index < len(self.entries) - 1)
        self.setWindowTitle(tr("举证照片 {}").format(caption.split("\n", 1)[0]))
        self._paint()

    def _paint(self):
        if self.image is None or self.image.isNull():
            self.imageLabel.setPixmap(QPixmap())
            self.imageLabel.setText(tr("无法显示该照片（文件损坏或不存在）"))
            return
        size = self.imageLabel.size()
        pixmap = QPixmap.fromImage(self.image)
        if pixmap.width() > size.width() or pixmap.height() > size.height():
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.imageLabel.setPixmap(pixmap)

    def next(self):
        if self.index < len(self.entries) - 1:
            self.show_index(self.index + 1)

    def previous(self):
        if self.index > 0:
            self.show_index(self.index - 1)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.next()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._paint()
