"""A map tool that draws the line or polygon a patch is split by (图斑拆分, issue 12).

Deliberately simpler than QgsMapToolCapture (no snapping, no digitizing settings, no layer needed): left clicks add
vertices, the mouse shows the next segment, Backspace takes the last vertex back, a right click or Enter finishes,
Esc cancels. The finished geometry is handed over in the canvas CRS; the dock turns it into the package CRS.
"""
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand

LINE, POLYGON = "line", "polygon"
MIN_POINTS = {LINE: 2, POLYGON: 3}
FINISH_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
UNDO_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


class SplitDrawTool(QgsMapTool):
    drawn = pyqtSignal(object)  # QgsGeometry (line or polygon) in the canvas CRS
    canceled = pyqtSignal()

    def __init__(self, canvas, mode=LINE):
        super().__init__(canvas)
        self.mode = mode
        self.points = []
        self.hover = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        kinds = QgsWkbTypes.GeometryType
        self.kind = kinds.PolygonGeometry if mode == POLYGON else kinds.LineGeometry
        self.band = QgsRubberBand(canvas, self.kind)
        self.band.setStrokeColor(QColor(0, 90, 230))
        self.band.setFillColor(QColor(0, 90, 230, 50))
        self.band.setWidth(2)
        self.band.setLineStyle(Qt.PenStyle.DashLine)

    # ----- mouse and keys (QgsMapTool) ------------------------------------------------------------------------------
    def canvasMoveEvent(self, event):  # noqa: N802
        if self.points:
            self.hover = self.toMapCoordinates(event.pos())
            self._redraw()

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(QgsPointXY(self.toMapCoordinates(event.pos())))
            self.hover = None
            self._redraw()
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        elif event.key() in FINISH_KEYS:
            self.finish()
        elif event.key() in UNDO_KEYS and self.points:
            self.points.pop()
            self._redraw()
        else:
            event.ignore()  # arrows and the like still pan the canvas
            return
        event.accept()

    def deactivate(self):
        """Another tool took over (or the dock unset this one): whatever was drawn is dropped."""
        self._reset()
        super().deactivate()

    # ----- drawing ---------------------------------------------------------------------------------------------------
    def geometry(self):
        """What is drawn so far as a line or polygon (canvas CRS), or None while there are too few vertices."""
        if len(self.points) < MIN_POINTS[self.mode]:
            return None
        if self.mode == POLYGON:
            return QgsGeometry.fromPolygonXY([self.points + [self.points[0]]])
        return QgsGeometry.fromPolylineXY(self.points)

    def finish(self):
        """Hand the drawing over; with too few vertices it is a cancel (a stray right click writes nothing)."""
        geometry = self.geometry()
        self._reset()
        if geometry is None:
            self.canceled.emit()
        else:
            self.drawn.emit(geometry)

    def cancel(self):
        self._reset()
        self.canceled.emit()

    def _redraw(self):
        if self.band is None:
            return
        self.band.reset(self.kind)
        shown = self.points + ([QgsPointXY(self.hover)] if self.hover is not None else [])
        for i, point in enumerate(shown):
            self.band.addPoint(point, i == len(shown) - 1)  # repaint once, after the last vertex

    def _reset(self):
        self.points = []
        self.hover = None
        if self.band is not None:
            self.band.reset(self.kind)

    def remove_band(self):
        """Take the rubber band off the canvas (the tool is being thrown away)."""
        if self.band is not None:
            self.canvas().scene().removeItem(self.band)
            self.band = None
