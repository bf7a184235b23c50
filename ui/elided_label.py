"""A one-line label for a narrow dock: the text is cut to the width it has ("…" at the end) instead of widening the
dock or being clipped mid-character; text() is the whole text. clicked() when pressed."""
from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    clicked = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, value):  # noqa: N802
        self._full = value or ""
        self._elide()

    def text(self):
        return self._full

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self):
        width = max(self.contentsRect().width(), 10)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != super().text():
            super().setText(shown)

    def minimumSizeHint(self):  # noqa: N802
        return QSize(10, self.fontMetrics().height())

    def sizeHint(self):  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full), self.fontMetrics().height())

    def mousePressEvent(self, event):  # noqa: N802
        super().mousePressEvent(event)
        self.clicked.emit()
