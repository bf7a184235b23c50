"""挂图作战: a PDF atlas with one A4 landscape page per township (QGIS print layout): its patches coloured by state
(未判定 / 违法未整改 / 整改中 / 已办结), the township boundary, legend with counts, scale bar, north arrow, and a table
of what is due (月清 and 整改 dates, most overdue first)."""

import os

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.core import (QgsCategorizedSymbolRenderer, QgsCentroidFillSymbolLayer, QgsCoordinateReferenceSystem,
                       QgsCoordinateTransform, QgsFeature, QgsFillSymbol, QgsGeometry,
                       QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemManualTable,
                       QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemPicture, QgsLayoutItemScaleBar,
                       QgsLayoutMeasurement, QgsLayoutPoint, QgsLayoutSize, QgsLayoutTableColumn, QgsLegendStyle,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsPathResolver, QgsPrintLayout, QgsProject,
                       QgsRectangle, QgsRendererCategory, QgsSingleSymbolRenderer,
                       QgsSymbolLayerUtils, QgsTableCell, QgsTextFormat, QgsUnitTypes, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)

from ...rules import reports as P
from ...rules.values import jcbh, text
from ..errors import InputError, WpzfError
from ..i18n import tr
from ..pdf import export_pdf, let_events_run, pdf_settings
from .docx_writer import chinese_date
from ..progress import Steps
from .gather import Source, user_errors

FONT = "Noto Sans CJK SC"
PAGE = (297.0, 210.0)  # A4 landscape, mm
MAP = (10.0, 24.0, 182.0, 170.0)  # x, y, w, h
SIDE_X, SIDE_W = 198.0, 89.0
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


def _font(size, bold=False):
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size, bold=False, color="#000000"):
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(color))
    return fmt


def _place(item, page, x, y, w, h):
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)


def _label(layout, page, value, x, y, w, h, size, bold=False, align=Qt.AlignmentFlag.AlignLeft, color="#000000"):
    item = QgsLayoutItemLabel(layout)
    item.setText(value)
    item.setFont(_font(size, bold))
    item.setFontColor(QColor(color))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(item)
    _place(item, page, x, y, w, h)
    return item


class _Township:
    """What one page shows."""

    def __init__(self, code, name):
        self.code, self.name = code, name
        self.patches = []
        self.boundary = None  # QgsGeometry in the package CRS


def _read_townships(layer, code_field, name_field, crs, towns):
    """Township polygons from the optional TOWNSHIPS layer, transformed to the package CRS."""
    names = layer.fields().names()
    for field in (code_field, name_field):
        if field not in names:
            raise InputError(tr("乡镇界图层 {} 没有字段 {}（现有字段：{}）。").format(
                layer.name(), field, "、".join(names)))
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    for feature in layer.getFeatures():
        code = text(feature[code_field])
        geom = QgsGeometry(feature.geometry())
        if not code or geom.isEmpty():
            continue
        geom.transform(transform)
        town = towns.setdefault(code, _Township(code, text(feature[name_field]) or code))
        town.boundary = geom if town.boundary is None else town.boundary.combine(geom)


def _patch_layer(town, crs, project, owing):
    """A memory layer of the township's patches, categorised by state, counts in the legend; the patches that owe
    something (`owing`: JCBH set) are labelled with the end of their number, as the due table names them."""
    layer = QgsVectorLayer("MultiPolygon?crs={}&field=JCBH:string&field=ZT:string&field=BH:string".format(
                           crs.authid()),
                           tr("{} 图斑").format(town.name), "memory")
    features = []
    for p in town.patches:
        feature = QgsFeature(layer.fields())
        geom = QgsGeometry()
        geom.fromWkb(p["_wkb"])
        feature.setGeometry(geom)
        key = jcbh(p)
        feature.setAttributes([key, P.battle_state(p), key[-6:] if key in owing else None])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    counts = {s: 0 for s in P.BATTLE_STATES}
    for p in town.patches:
        counts[P.battle_state(p)] += 1
    categories = []
    for state in P.BATTLE_STATES:
        symbol = QgsFillSymbol.createSimple({"color": P.BATTLE_COLORS[state], "outline_color": "#303030",
                                             "outline_width": "0.2"})
        # patches are tiny at township scale: a dot at each one keeps it visible
        dot = QgsMarkerSymbol.createSimple({"name": "circle", "color": P.BATTLE_COLORS[state], "size": "1.8",
                                            "outline_color": "#202020", "outline_width": "0.15"})
        marker = QgsCentroidFillSymbolLayer()
        marker.setSubSymbol(dot)
        marker.setPointOnSurface(True)
        symbol.appendSymbolLayer(marker)
        categories.append(QgsRendererCategory(state, symbol, tr("{}（{}）").format(state, counts[state])))
    layer.setRenderer(QgsCategorizedSymbolRenderer("ZT", categories))
    labels = QgsPalLayerSettings()
    labels.fieldName = "BH"
    fmt = _text_format(6, color="#202020")
    buffer = fmt.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    fmt.setBuffer(buffer)
    labels.setFormat(fmt)
    labels.dist = 1.0
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
    project.addMapLayer(layer, False)
    return layer, counts


def _outline_layer(name, geoms, crs, project, color, width, labels=False):
    layer = QgsVectorLayer("MultiPolygon?crs={}&field=MC:string".format(crs.authid()), name, "memory")
    features = []
    for label, geom in geoms:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geom)
        feature.setAttributes([label])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": color, "outline_width": str(width)})))
    if labels:
        settings = QgsPalLayerSettings()
        settings.fieldName = "MC"
        settings.setFormat(_text_format(9, color="#606060"))
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    project.addMapLayer(layer, False)
    return layer


def _extent(town, map_w, map_h):
    """The township (or its patches) with a margin, widened to the map frame's aspect ratio."""
    if town.boundary is not None:
        rect = QgsRectangle(town.boundary.boundingBox())
    else:
        rect = QgsRectangle()
        rect.setMinimal()
        for p in town.patches:
            geom = QgsGeometry()
            geom.fromWkb(p["_wkb"])
            rect.combineExtentWith(geom.boundingBox())
    if rect.isEmpty() or rect.width() <= 0 or rect.height() <= 0:
        center = rect.center()
        rect = QgsRectangle(center.x() - 250, center.y() - 250, center.x() + 250, center.y() + 250)
    rect.scale(1.08)
    want = map_w / map_h
    if rect.width() / rect.height() < want:
        grow = rect.height() * want / rect.width()
        rect = QgsRectangle(rect.center().x() - rect.width() * grow / 2, rect.yMinimum(),
                            rect.center().x() + rect.width() * grow / 2, rect.yMaximum())
    else:
        grow = rect.width() / want / rect.height()
        rect = QgsRectangle(rect.xMinimum(), rect.center().y() - rect.height() * grow / 2,
                            rect.xMaximum(), rect.center().y() + rect.height() * grow / 2)
    return rect


def _north_arrow(layout, page, x, y):
    path = QgsSymbolLayerUtils.svgSymbolNameToPath("arrows/NorthArrow_02.svg", QgsPathResolver())
    if not path or not os.path.exists(path):
        _label(layout, page, "N\n↑", x, y, 10, 14, 12, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
        return
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(path)
    layout.addLayoutItem(arrow)
    _place(arrow, page, x, y, 10, 14)


def _due_table(layout, page, items, x, y, w, h, limit):
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    headers = [tr("监测编号"), tr("到期事项"), tr("到期日"), tr("逾期/剩余")]
    table.setHeaders([QgsLayoutTableColumn(hd) for hd in headers])
    table.setIncludeTableHeader(True)
    table.setHeaderTextFormat(_text_format(7, bold=True))
    table.setContentTextFormat(_text_format(6.5))
    table.setColumnWidths([27.0, 24.0, 15.0, 14.0])
    table.setCellMargin(0.6)
    table.setGridStrokeWidth(0.15)
    table.setEmptyTableBehavior(QgsLayoutItemManualTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(tr("无待办事项"))
    rows = []
    for item in items[:limit]:
        what = tr("整改到位") if item["SX"] == "整改到位" else tr("月清")
        color = QColor("#c00000") if item["days"] < 0 else QColor("#000000")
        cells = [QgsTableCell(item["JCBH"]), QgsTableCell(what), QgsTableCell(item["DQR"]), QgsTableCell(item["YQ"])]
        cells[3].setForegroundColor(color)
        rows.append(cells)
    table.setTableContents(rows)
    frame = QgsLayoutFrame(layout, table)
    _place(frame, page, x, y, w, h)
    table.addFrame(frame)
    return table


def build(wp_path, out_pdf, townships_layer=None, code_field="XZDM", name_field="XZMC", period=None, today=None,
          feedback=None):
    """Write the atlas PDF; returns {"PDF", "PAGES", "townships": [(code, name, counts, due)]}. Steps: the pages (a
    cancel is seen before each township's), the PDF (written aside, renamed into place when whole)."""
    steps = Steps(feedback, 2)
    steps.next()
    src = Source(wp_path, period or None, today)
    crs = QgsCoordinateReferenceSystem(src.wp.crs or "")
    if not crs.isValid():
        raise InputError(tr("工作库没有有效的坐标系（settings.crs），无法制图。"))
    if not out_pdf:
        raise InputError(tr("请指定输出 PDF 文件。"))
    let_events_run()  # on the main thread (FlagNoThreading): QGIS keeps repainting between the steps
    patches = src.wp.patches(geometry=True)
    with user_errors():
        if src.period is not None:
            patches = P.in_months(patches, src.period.year_first, src.period.last)
        due = P.due_items(patches, src.today, src.policy)
    let_events_run()
    towns = {}
    if townships_layer is not None:
        _read_townships(townships_layer, code_field, name_field, crs, towns)
        let_events_run()
    for p in patches:
        if not p.get("_wkb"):
            continue
        code, name = P.township_of(p)
        town = towns.setdefault(code, _Township(code, name or (code if code else P.NO_TOWNSHIP)))
        town.patches.append(p)
    if not towns:
        raise InputError(tr("工作库中没有可制图的图斑（统计期内无图斑或图斑无图形）。"))
    ordered = [towns[c] for c in sorted(towns, key=lambda c: (c == "", c))]
    project = QgsProject()
    project.setCrs(crs)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(tr("挂图作战"))
    pages = layout.pageCollection()
    first = pages.page(0)
    first.setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], MM))
    for _ in ordered[1:]:
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], MM))
        pages.addPage(page)
    boundaries = [(t.name, t.boundary) for t in ordered if t.boundary is not None]
    all_outline = _outline_layer(tr("乡镇界"), boundaries, crs, project, "#9a9a9a", 0.3, labels=True) \
        if boundaries else None
    keep, summary = [all_outline], []
    scope = src.period.label if src.period else tr("全部批次")
    limit = int(P.setting(src.policy, "due_table_rows"))
    for index, town in enumerate(ordered):
        let_events_run()
        steps.check()
        town_due = [d for d in due if d["XZDM"] == town.code]
        layer, counts = _patch_layer(town, crs, project, {d["JCBH"] for d in town_due})
        layers = [layer]
        if town.boundary is not None:
            layers.append(_outline_layer(town.name, [(town.name, town.boundary)], crs, project, "#1f4e79", 0.8))
        if all_outline is not None:
            layers.append(all_outline)
        keep.extend(layers)
        late = sum(1 for d in town_due if d["days"] < 0)
        summary.append((town.code, town.name, counts, town_due))

        _label(layout, index, tr("{}卫片执法挂图作战图 · {}").format(src.county_name, town.name),
               10, 6, 277, 10, 17, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
        _label(layout, index, tr("统计范围：{}　数据截至：{}").format(scope, chinese_date(src.today)),
               10, 15, 277, 6, 9, align=Qt.AlignmentFlag.AlignHCenter, color="#404040")
        item_map = QgsLayoutItemMap(layout)
        item_map.setLayers(layers)
        item_map.setCrs(crs)
        item_map.setFrameEnabled(True)
        layout.addLayoutItem(item_map)
        _place(item_map, index, *MAP)
        item_map.setExtent(_extent(town, MAP[2], MAP[3]))
        _north_arrow(layout, index, MAP[0] + MAP[2] - 14, MAP[1] + 3)
        bar = QgsLayoutItemScaleBar(layout)
        bar.setLinkedMap(item_map)
        bar.setStyle("Single Box")
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
        bar.setUnitLabel("m")
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setTextFormat(_text_format(7))
        bar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceMeters)
        bar.setBackgroundEnabled(True)
        layout.addLayoutItem(bar)
        bar.attemptMove(QgsLayoutPoint(MAP[0] + 3, MAP[1] + MAP[3] - 14, MM), page=index)

        legend = QgsLayoutItemLegend(layout)
        legend.setTitle(tr("图斑状态（个）"))
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        root.addLayer(layer)
        legend.setStyleFont(QgsLegendStyle.Style.Title, _font(10, bold=True))
        legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, _font(9))
        legend.setStyleFont(QgsLegendStyle.Style.Group, _font(9))
        legend.setStyleFont(QgsLegendStyle.Style.Subgroup, _font(9))
        legend.setLinkedMap(item_map)
        legend.setFrameEnabled(True)
        legend.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, MM))
        layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(SIDE_X, MAP[1], MM), page=index)
        legend.model().rootGroup().findLayer(layer).setUseLayerName(False)
        legend.model().rootGroup().findLayer(layer).setName("")
        legend.updateLegend()
        let_events_run()

        _label(layout, index, tr("本乡镇图斑 {} 个；待办事项 {} 项，其中已逾期 {} 项。").format(
            len(town.patches), len(town_due), late), SIDE_X, MAP[1] + 42, SIDE_W, 10, 9)
        _label(layout, index, tr("到期事项（最紧迫的 {} 项）").format(min(limit, len(town_due))) if town_due
               else tr("到期事项"), SIDE_X, MAP[1] + 52, SIDE_W, 7, 10, bold=True)
        _due_table(layout, index, town_due, SIDE_X, MAP[1] + 60, SIDE_W, MAP[3] - 60, limit)
        if len(town_due) > limit:
            _label(layout, index, tr("另有 {} 项未列出，见卫片执法通报及数据自检清单。").format(len(town_due) - limit),
                   SIDE_X, MAP[1] + MAP[3] - 6, SIDE_W, 6, 7.5, color="#404040")
        _label(layout, index, tr("{}　　第 {} 页 / 共 {} 页").format(src.issuer, index + 1, len(ordered)),
               10, 197, 277, 7, 8, align=Qt.AlignmentFlag.AlignRight, color="#404040")
        steps.progress(100.0 * (index + 1) / len(ordered), tr("第 {} 页：{}").format(index + 1, town.name))

    steps.next()
    try:
        export_pdf(layout, out_pdf, pdf_settings(force_vector=True))
    except WpzfError as exc:
        raise InputError(tr("挂图作战 PDF 导出失败：{}").format(exc))
    del keep
    steps.finish()
    return {"PDF": os.path.abspath(out_pdf), "PAGES": len(ordered), "townships": summary}
