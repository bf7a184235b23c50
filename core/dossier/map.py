"""The dossier's maps: reference layers styled once per run, the patch drawn on top, and a map item with grid
coordinates, legend, scale bar and north arrow; imagery chips for before/after rasters."""
import json
import math
import os

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsFillSymbol, QgsGeometry,
                       QgsLayerTree, QgsLayoutItem, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemMapGrid, QgsLayoutItemScaleBar, QgsLayoutMeasurement, QgsLayoutPoint,
                       QgsLegendStyle, QgsLinePatternFillSymbolLayer, QgsPalLayerSettings, QgsRasterLayer, QgsRectangle,
                       QgsRuleBasedRenderer, QgsVectorLayerSimpleLabeling,
                       QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer)

from . import layout as L
from .. import log
from ..i18n import tr
from ..pdf import let_events_run

# Reference layers shown on the overlay map, bottom to top: (key, fill style or None for a special symbol).
REFERENCE = [
    ("landuse", None),  # categorised by land class, see _landuse_renderer
    ("farmland", None),  # hatched over the land use, see _hatched
    ("redline", None),
    ("approvals", {"color": "120,170,230,70", "outline_color": "#2e75b6", "outline_width": "0.35",
                   "outline_style": "dash"}),
]
# Land-use background by the first two digits of DLBM (三调 first-level classes), soft colours so the overlays
# stay readable: (prefixes, legend label, fill colour).
LAND_CLASSES = [
    (("01",), "耕地", "#f6efa6"), (("02",), "园地", "#ead19b"), (("03",), "林地", "#b5d99c"),
    (("04",), "草地", "#d7ebb5"), (("05", "06", "07", "08", "09"), "建设用地", "#f0c2b4"),
    (("10",), "交通运输用地", "#d9c7c0"), (("11",), "水域及水利设施用地", "#b3d5ea"), (("12",), "其他土地", "#e3e3e3"),
]


def _titles():
    return {"landuse": tr("土地利用现状（三调）"), "farmland": tr("永久基本农田"), "redline": tr("生态保护红线"),
            "approvals": tr("建设用地批准范围")}


NICE_SCALES = [500, 1000, 2000, 2500, 5000, 10000, 25000, 50000, 100000, 250000]
NORTH_ARROW = "arrows/NorthArrow_02.svg"


def svg_path(name):
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    return None


def _symbol(style):
    props = {"outline_width_unit": "MM"}
    props.update(style)
    return QgsFillSymbol.createSimple(props)


def _hatched(color, angle, fill_alpha, outline_width):
    """Outline with a diagonal hatch and a faint fill: land use stays visible underneath."""
    c = QColor(color)
    symbol = QgsFillSymbol.createSimple({
        "color": "{},{},{},{}".format(c.red(), c.green(), c.blue(), fill_alpha), "outline_color": color,
        "outline_width": str(outline_width), "outline_width_unit": "MM"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(2.0)
    hatch.setDistanceUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    hatch.setColor(QColor(c.red(), c.green(), c.blue(), 170))
    hatch.setLineWidth(0.15)
    symbol.appendSymbolLayer(hatch)
    return symbol


def _landuse_renderer(field):
    """One rule per first-level land class, on the first two digits of the code (0101/0102/0103 → 耕地)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for prefixes, label, color in LAND_CLASSES:
        symbol = _symbol({"color": color, "outline_color": "#ffffff", "outline_width": "0.1"})
        condition = 'left("{}", 2) IN ({})'.format(field, ", ".join("'%s'" % p for p in prefixes))
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, condition, tr(label)))
    return QgsRuleBasedRenderer(root)


def _labels(field, size=6.0):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.setFormat(L.text_format(size, color=QColor("#6b6b6b")))
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    return QgsVectorLayerSimpleLabeling(settings)


def reference_sources(settings, overrides, resolve=None):
    """{key: source or layer}: parameters first, then what the overlay recorded in the package settings
    (setting `reference`: JSON object of layer sources, relative to the package; `resolve` makes them usable)."""
    sources = {}
    stored = settings.get("reference")
    if stored:
        try:
            data = json.loads(stored) if isinstance(stored, str) else dict(stored)
        except ValueError:
            data = {}
        for key, value in data.items():
            sources[str(key).lower()] = resolve(value) if resolve and isinstance(value, str) else value
    for key, value in (overrides or {}).items():
        if value:
            sources[key] = value
    return sources


def _open_reference(source, title, warnings):
    if source is None or source == "":
        return None
    if isinstance(source, QgsVectorLayer):
        layer = source.clone()  # our own copy: restyling must not touch the user's layer
    else:
        layer = QgsVectorLayer(str(source), title, "ogr")
    if not layer.isValid():
        warnings.append(tr("参考图层“{}”无法打开：{}，套合图中不显示。").format(title, source))
        return None
    layer.setName(title)
    return layer


def _style_landuse(layer, settings, warnings):
    field = settings.get("landuse_field") or "DLBM"
    names = {f.name().upper(): f.name() for f in layer.fields()}
    if field.upper() not in names:
        warnings.append(tr("土地利用图层没有地类编码字段 {}，套合图中不显示。").format(field))
        return False
    field = names[field.upper()]
    layer.setRenderer(_landuse_renderer(field))
    layer.setLabeling(_labels(field))
    layer.setLabelsEnabled(True)
    return True


def styled_reference_layers(wp, overrides=None, step=None):
    """([(title, layer)] bottom to top, warnings): the reference layers the overlay recorded in the package (or
    given as overrides), styled the same way wherever they are shown (dossier maps, the dock's map). `step()`, when
    given, is called before each layer is opened (a long run lets QGIS repaint there)."""
    warnings, out = [], []
    settings = wp.settings()
    sources = reference_sources(settings, overrides, wp.resolve_source)
    titles = _titles()
    for key, style in REFERENCE:
        if step is not None:
            step()
        layer = _open_reference(sources.get(key), titles[key], warnings)
        if layer is None:
            continue
        if key == "landuse":
            if not _style_landuse(layer, settings, warnings):
                continue
        elif key == "farmland":
            layer.setRenderer(QgsSingleSymbolRenderer(_hatched("#b8860b", 45, 35, 0.3)))
        elif key == "redline":
            layer.setRenderer(QgsSingleSymbolRenderer(_hatched("#e00000", 135, 20, 0.45)))
        else:
            layer.setRenderer(QgsSingleSymbolRenderer(_symbol(style)))
        out.append((titles[key], layer))
    return out, warnings


class MapLayers:
    """Layers loaded and styled once for the whole run; one small memory layer per patch."""

    def __init__(self, project, wp, overrides=None, imagery_before=None, imagery_after=None):
        self.project = project
        self.crs = QgsCoordinateReferenceSystem(wp.crs)
        self.reference, self.warnings = styled_reference_layers(wp, overrides, let_events_run)
        let_events_run()
        for _title, layer in self.reference:
            self._add(layer)
        self.others = QgsVectorLayer(wp.uri(), tr("其他监测图斑"), "ogr")
        self.others.setRenderer(QgsSingleSymbolRenderer(_symbol(
            {"color": "0,0,0,0", "outline_color": "#7f7f7f", "outline_width": "0.25"})))
        self._add(self.others)
        self.before = self._raster(imagery_before)
        self.after = self._raster(imagery_after)

    def _add(self, layer):
        self.project.addMapLayer(layer, False)
        return layer

    def _raster(self, source):
        if source is None or source == "":
            return None
        layer = source.clone() if isinstance(source, QgsRasterLayer) else QgsRasterLayer(str(source), "imagery")
        if not layer.isValid():
            self.warnings.append(tr("影像无法打开：{}").format(source))
            return None
        return self._add(layer)

    def patch_layers(self, wkb, jcbh):
        """(red outline for the overlay map, yellow outline for imagery chips) memory layers of one patch."""
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        out = []
        for name, style in ((tr("本图斑"), {"color": "0,0,0,0", "outline_color": "#ff0000", "outline_width": "0.7"}),
                            (tr("本图斑"), {"color": "0,0,0,0", "outline_color": "#ffff00", "outline_width": "0.6"})):
            layer = QgsVectorLayer("MultiPolygon?crs={}".format(self.crs.authid()), name, "memory")
            feature = QgsFeature()
            feature.setGeometry(geom)
            layer.dataProvider().addFeatures([feature])
            layer.setRenderer(QgsSingleSymbolRenderer(_symbol(style)))
            out.append(self._add(layer))
        return out

    def release(self, layers):
        self.project.removeMapLayers([layer.id() for layer in layers])


def fitted_extent(bbox, width_mm, height_mm, factor, min_size_m):
    """An extent around `bbox` with the map item's aspect ratio, `factor` times the patch, at least min_size_m."""
    cx, cy = bbox.center().x(), bbox.center().y()
    w = max(bbox.width() * factor, min_size_m)
    h = max(bbox.height() * factor, min_size_m)
    aspect = width_mm / height_mm
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    return QgsRectangle(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def nice_scale(scale):
    """The first usual map scale from 3/4 of `scale` up: the extent has room around the patch to give."""
    for nice in NICE_SCALES:
        if nice >= scale * 0.75:
            return nice
    return int(math.ceil(scale / 100000.0) * 100000)


def nice_step(length):
    """The round number (1, 2 or 5 × 10^n) nearest to `length` on a log scale."""
    power = 10 ** math.floor(math.log10(length))
    candidates = [f * power for f in (1, 2, 5, 10)]
    return min(candidates, key=lambda c: abs(math.log(c / length)))


def overlay_map(layout, page, layers, patch_layer, bbox, x, y, w, h):
    """The 套合图: reference layers, other patches and the patch; grid coordinates, legend, scale bar, north arrow.
    Returns the map item and the scale."""
    frame_margin = 7.0  # room for the grid annotations outside the map frame
    mx, my, mw, mh = x + frame_margin, y + 2.0, w - 2 * frame_margin, h - frame_margin - 2.0
    item = QgsLayoutItemMap(layout)
    item.setCrs(layers.crs)
    layout.addLayoutItem(item)
    L.place(item, page, mx, my, mw, mh)
    item.setLayers([patch_layer, layers.others] + [lyr for _t, lyr in reversed(layers.reference)])
    item.setExtent(fitted_extent(bbox, mw, mh, 3.0, 200.0))
    scale = nice_scale(item.scale())
    item.setScale(scale)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(_mm(0.3))
    item.setBackgroundColor(QColor("#ffffff"))
    _grid(item, mw)
    _north_arrow(layout, page, mx + mw - 13, my + 2, 11, 15)
    let_events_run()
    _scalebar(layout, page, item, mx + 2, my + mh - 12.5, mw)
    let_events_run()
    _legend(layout, page, item, layers, patch_layer, mx + mw, my + mh)
    return item, scale


def _mm(value):
    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutUnit.LayoutMillimeters)


def _grid(item, width_mm):
    extent = item.extent()
    step = nice_step(extent.width() / 4.0)
    grid = QgsLayoutItemMapGrid(tr("坐标格网"), item)
    item.grids().addGrid(grid)
    grid.setEnabled(True)
    grid.setUnits(QgsLayoutItemMapGrid.GridUnit.MapUnit)
    grid.setIntervalX(step)
    grid.setIntervalY(step)
    grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Cross)
    grid.setCrossLength(2.0)
    grid.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.ExteriorTicks)
    grid.setFrameWidth(1.5)
    grid.setFramePenSize(0.2)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
    grid.setAnnotationPrecision(0)
    grid.setAnnotationTextFormat(L.text_format(6.0, color=L.MUTED))
    grid.setAnnotationFrameDistance(0.8)
    for side in (QgsLayoutItemMapGrid.BorderSide.Left, QgsLayoutItemMapGrid.BorderSide.Right):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame, side)
        grid.setAnnotationDirection(QgsLayoutItemMapGrid.AnnotationDirection.Vertical, side)
        grid.setAnnotationDisplay(QgsLayoutItemMapGrid.DisplayMode.LatitudeOnly, side)
    for side in (QgsLayoutItemMapGrid.BorderSide.Top, QgsLayoutItemMapGrid.BorderSide.Bottom):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame, side)
        grid.setAnnotationDirection(QgsLayoutItemMapGrid.AnnotationDirection.Horizontal, side)
        grid.setAnnotationDisplay(QgsLayoutItemMapGrid.DisplayMode.LongitudeOnly, side)


def _north_arrow(layout, page, x, y, w, h):
    path = svg_path(NORTH_ARROW)
    if path is None:
        L.label(layout, page, "N ↑", x, y, w, h, size=12, bold=True, halign=Qt.AlignmentFlag.AlignHCenter)
        return
    L.rect(layout, page, x - 0.5, y - 0.5, w + 1, h + 1, fill="255,255,255,220", stroke="255,255,255,0")
    L.picture(layout, page, path, x, y, w, h, svg=True)


def _scalebar(layout, page, item, x, y, map_w):
    metres_per_mm = item.scale() / 1000.0
    segment = nice_step(map_w * 0.16 * metres_per_mm)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel(tr("米"))
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setUnitsPerSegment(segment)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(1.8)
    bar.setTextFormat(L.text_format(7.0))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 220))
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, page)
    bar.update()
    L.label(layout, page, tr("比例尺 1:{}").format(int(round(item.scale()))), x + 1, y - 4.8, 40, 4.5,
            size=7.0, color=L.INK)


def _legend(layout, page, item, layers, patch_layer, right, bottom):
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("图例"))
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(True)  # only what the map shows
    root = QgsLayerTree()
    for layer in [patch_layer, layers.others] + [lyr for _t, lyr in reversed(layers.reference)]:
        root.addLayer(layer)
    legend.model().setRootGroup(root)
    legend._wpzf_root = root  # the model does not own the group: keep it alive as long as the legend
    for style, size, bold in ((QgsLegendStyle.Style.Title, 8.0, True), (QgsLegendStyle.Style.SymbolLabel, 7.0, False),
                              (QgsLegendStyle.Style.Subgroup, 7.0, False)):
        legend.rstyle(style).setFont(L.qfont(size, bold))
    legend.setSymbolWidth(6.0)
    legend.setSymbolHeight(3.5)
    legend.setBoxSpace(1.5)
    legend.setBackgroundEnabled(True)
    legend.setBackgroundColor(QColor(255, 255, 255, 230))
    legend.setFrameEnabled(True)
    legend.setFrameStrokeWidth(_mm(0.15))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()
    legend.setReferencePoint(QgsLayoutItem.ReferencePoint.LowerRight)
    legend.attemptMove(QgsLayoutPoint(right - 1.5, bottom - 1.5, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True,
                       False, page)
    return legend


def imagery_chip(layout, page, layers, raster, chip_layer, bbox, x, y, w, h, caption):
    """A small map of one raster with the patch outline, and its caption under it."""
    item = QgsLayoutItemMap(layout)
    item.setCrs(layers.crs)
    layout.addLayoutItem(item)
    L.place(item, page, x, y, w, h)
    item.setLayers([chip_layer, raster])
    item.setExtent(fitted_extent(bbox, w, h, 1.8, 60.0))
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(_mm(0.3))
    L.label(layout, page, caption, x, y + h + 1.0, w, 5, size=8, color=L.INK, halign=Qt.AlignmentFlag.AlignHCenter)
    return item


def log_warnings(layers):
    for warning in layers.warnings:
        log.warning(warning)
