"""The map side of the dock: the package's layers in the project, the current patch zoomed and highlighted,
and the photo points drawn as arrows along their azimuth."""
import os

from qgis.PyQt.QtCore import QPointF, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.core import (QgsCoordinateTransform, QgsLayerTreeGroup, QgsMarkerSymbol, QgsPalLayerSettings, QgsProject,
                       QgsProperty, QgsVectorLayerSimpleLabeling,
                       QgsProviderRegistry, QgsRectangle, QgsSimpleMarkerSymbolLayer, QgsSimpleMarkerSymbolLayerBase,
                       QgsSingleSymbolRenderer, QgsSymbolLayer, QgsVectorLayer, QgsWkbTypes, QgsFillSymbol,
                       QgsRuleBasedRenderer)
from qgis.gui import QgsRubberBand

from ..core import log
from ..core.dossier.map import styled_reference_layers
from ..core.store.form_config import configure_patches
from ..core.i18n import tr
from ..rules import fields as F

MIN_VIEW_M = 120.0  # never zoom closer than this, so the surroundings stay visible
MARGIN = 0.6        # extra view around the patch, as a share of its size
LANDUSE_MAX_SCALE = 50000   # 三调 parcels drawn only when zoomed in: a county of them is slow and unreadable
LABELS_MAX_SCALE = 10000


def keep_password_out(layer):
    """A PostgreSQL layer whose source names no password: QGIS writes a layer's source into the project file, and a
    password must never be there. QGIS's credentials store (QgsCredentials, this session only) hands the password
    to the postgres provider when it connects, as it does once a technician has typed it."""
    from qgis.core import QgsCredentials, QgsDataSourceUri
    if layer is None or layer.providerType() != "postgres":
        return layer
    uri = QgsDataSourceUri(layer.source())
    password = uri.password()
    if not password:
        return layer
    uri.setPassword("")
    QgsCredentials.instance().put(uri.connectionInfo(False), uri.username(), password)
    layer.setDataSource(uri.uri(False), layer.name(), "postgres")
    return layer


def layer_source(layer):
    """(absolute path, layer name) of an OGR layer, else (None, None)."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    return (os.path.abspath(path) if path else None), parts.get("layerName")


def style_photo_layer(layer):
    """A small dot at the camera and an arrow pointing along AZIMUTH (data-defined rotation); photos without a
    direction show the dot only, unlinked photos a grey dot."""
    dot = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, 2.2)
    dot.setColor(QColor(255, 255, 255))
    dot.setStrokeColor(QColor(30, 30, 30))
    dot.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyFillColor, QgsProperty.fromExpression(
        "if(\"JCBH\" IS NULL OR \"JCBH\" = '', '#9a9a9a', '#ffffff')"))
    arrow = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.Arrow, 5.0)
    arrow.setColor(QColor(255, 120, 0))
    arrow.setStrokeColor(QColor(120, 50, 0))
    arrow.setOffset(QPointF(0, -2.5))  # the tail at the camera; the offset turns with the angle
    arrow.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyAngle, QgsProperty.fromExpression('"AZIMUTH"'))
    arrow.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyLayerEnabled,
                                 QgsProperty.fromExpression('"AZIMUTH" IS NOT NULL'))
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, arrow)  # the symbol takes ownership of its layers
    symbol.appendSymbolLayer(dot)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def style_patch_layer(layer):
    """Units filled; a split patch (被拆分) only as a dashed outline under its parts, so the parts' own edges show
    and nothing is drawn twice."""
    unit = QgsFillSymbol.createSimple({"color": "255,220,0,40", "outline_color": "255,200,0",
                                       "outline_width": "0.5"})
    parent = QgsFillSymbol.createSimple({"style": "no", "outline_color": "255,200,0", "outline_width": "0.5",
                                         "outline_style": "dash"})
    root = QgsRuleBasedRenderer.Rule(None)
    split = QgsRuleBasedRenderer.Rule(parent, 0, 0, "\"TBZT\" = '{}'".format(F.SPLIT_PARENT), tr("已拆分的原图斑"))
    rest = QgsRuleBasedRenderer.Rule(unit, 0, 0, "", tr("图斑、子图斑"))
    rest.setIsElse(True)
    root.appendChild(split)
    root.appendChild(rest)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


class MapView:
    def __init__(self, iface):
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = QgsProject.instance()
        self.patches_layer = None
        self.photos_layer = None
        self.band = None
        self.crs = None
        self.shown = None  # (geometry, crs) of the current patch

    # ----- layers -----------------------------------------------------------------------------------------------
    def find_layer(self, wp, name):
        for layer in self.project.mapLayers().values():
            path, layer_name = layer_source(layer)
            if path and os.path.normcase(path) == os.path.normcase(wp.path) and (layer_name or "") == name:
                return layer
        return None

    def show_package(self, wp, add_layers=True):
        """Use the package's layers already in the project, or add them in a group."""
        self.crs = None
        self.patches_layer = self.find_layer(wp, F.LAYER_PATCHES)
        self.photos_layer = self.find_layer(wp, F.LAYER_PHOTOS)
        if add_layers:
            missing = []
            if self.patches_layer is None:
                self.patches_layer = style_patch_layer(keep_password_out(wp.patches_layer(tr("监测图斑"))))
                if self.patches_layer.isValid():  # the dock's form in QGIS's attribute table and identify results
                    configure_patches(self.patches_layer)
                missing.append(self.patches_layer)
            if self.photos_layer is None:
                self.photos_layer = style_photo_layer(keep_password_out(wp.photos_layer(tr("举证照片"))))
                missing.append(self.photos_layer)
            if missing:
                root = self.project.layerTreeRoot()
                group = root.findGroup(tr("卫片执法"))
                if not isinstance(group, QgsLayerTreeGroup):
                    group = root.insertGroup(0, tr("卫片执法"))
                for layer in reversed(missing):  # photos above patches
                    if layer.isValid():
                        self.project.addMapLayer(layer, False)
                        group.insertLayer(0, layer)
                if self.patches_layer in missing:
                    self._add_reference(wp, group)
                # QGIS zooms to the full extent once the first layers reach the canvas (deferred): show the
                # current patch again after that
                QTimer.singleShot(0, self._show_again)
        if self.patches_layer is not None and self.patches_layer.isValid():
            self.crs = self.patches_layer.crs()
        if not self.canvas.mapSettings().destinationCrs().isValid() and self.crs is not None:
            self.canvas.setDestinationCrs(self.crs)

    def _add_reference(self, wp, group):
        """The reference layers the overlay used (package settings), styled as on the dossier maps, in a
        sub-group under the package's layers; ones already in the project are not added twice."""
        layers, warnings = styled_reference_layers(wp)
        for text in warnings:
            log.warning(text)
        have = {os.path.normcase(layer.source()) for layer in self.project.mapLayers().values()}
        layers = [(t, layer) for t, layer in layers if os.path.normcase(layer.source()) not in have]
        if not layers:
            return
        sub = group.findGroup(tr("套合参考图层")) or group.addGroup(tr("套合参考图层"))
        for title, layer in reversed(layers):  # the list runs bottom to top, the tree top to bottom
            if title == tr("土地利用现状（三调）"):
                layer.setScaleBasedVisibility(True)
                layer.setMinimumScale(LANDUSE_MAX_SCALE)
                if layer.labeling() is not None:
                    pal = QgsPalLayerSettings(layer.labeling().settings())
                    pal.scaleVisibility = True
                    pal.minimumScale = LABELS_MAX_SCALE
                    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
            self.project.addMapLayer(layer, False)
            sub.addLayer(layer)

    def forget(self, layer_id):
        """The project is removing a layer: drop our reference to it."""
        for attr in ("patches_layer", "photos_layer"):
            layer = getattr(self, attr)
            if layer is not None and layer.id() == layer_id:
                setattr(self, attr, None)

    def refresh_photos(self):
        if self.photos_layer is not None:
            self.photos_layer.dataProvider().reloadData()
            self.photos_layer.triggerRepaint()

    def refresh_patches(self):
        if self.patches_layer is not None:
            self.patches_layer.dataProvider().reloadData()
            self.patches_layer.triggerRepaint()

    # ----- current patch ----------------------------------------------------------------------------------------
    def _show_again(self):
        if self.shown is not None:
            self.show_patch(*self.shown)

    def show_patch(self, geometry, crs):
        """Zoom to the patch with some surroundings and outline it."""
        if geometry is None or geometry.isEmpty():
            self.shown = None
            self.clear_highlight()
            return
        self.shown = (geometry, crs)
        dest = self.canvas.mapSettings().destinationCrs()
        if not dest.isValid():
            self.canvas.setDestinationCrs(crs)
            dest = crs
        box = geometry.boundingBox()
        if dest != crs:
            box = QgsCoordinateTransform(crs, dest, self.project).transformBoundingBox(box)
        self.canvas.setExtent(self.view_rect(box, dest.isGeographic()))
        self.canvas.refresh()
        if self.band is None:
            self.band = QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
            self.band.setStrokeColor(QColor(230, 0, 0))
            self.band.setFillColor(QColor(230, 0, 0, 40))
            self.band.setWidth(3)
        self.band.setToGeometry(geometry, crs)
        self.band.show()

    @staticmethod
    def view_rect(box, geographic=False):
        minimum = MIN_VIEW_M / 100000.0 if geographic else MIN_VIEW_M
        width = max(box.width() * (1 + 2 * MARGIN), minimum)
        height = max(box.height() * (1 + 2 * MARGIN), minimum)
        center = box.center()
        return QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2,
                            center.y() + height / 2)

    def clear_highlight(self):
        self.shown = None
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            self.band.hide()

    def close(self):
        self.shown = None
        if self.band is not None:
            self.canvas.scene().removeItem(self.band)
            self.band = None
        self.patches_layer = None
        self.photos_layer = None
