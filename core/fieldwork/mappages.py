"""图斑位置图: one A4 page per unit, for a township that works without GIS — where it is (centre in degrees and
the map with the county's reference layers, drawn as the dossier draws them, core/dossier_map), what was issued and
measured, and what the county has judged so far. One PDF per package (core/pdf: written aside, checked, renamed)."""
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject

from ...rules import fields as F
from ...rules import tblx
from ..dossier import layout as L
from ..dossier import map as M
from ..dossier import text as T
from ..errors import Canceled
from ..i18n import tr
from ..pdf import export_pdf
from .. import progress

FIGURES = [("TBMJ", "图斑面积"), ("GDMJ", "耕地"), ("YJJBNTMJ", "永久基本农田"), ("JSYDMJ", "建设用地"),
           ("PZMJ", "批准范围内"), ("STHXMJ", "生态保护红线")]


class MapPages:
    """Reference layers opened and styled once for all packages of a run."""

    def __init__(self, wp):
        self.project = QgsProject()
        self.layers = M.MapLayers(self.project, wp)
        self.to_lonlat = QgsCoordinateTransform(self.layers.crs, QgsCoordinateReferenceSystem("EPSG:4490"),
                                                self.project)

    @property
    def warnings(self):
        return self.layers.warnings

    def lonlat(self, unit):
        """(lon, lat) of a point inside the unit, or None without a shape."""
        if not unit.get("_wkb"):
            return None
        geom = QgsGeometry()
        geom.fromWkb(unit["_wkb"])
        point = self.to_lonlat.transform(QgsPointXY(geom.pointOnSurface().asPoint()))
        return point.x(), point.y()

    def write(self, path, units, township, package_id, county, feedback=None):
        """One page per unit into the PDF at `path`."""
        layout = L.new_layout(self.project, package_id)
        made = []
        try:
            for n, unit in enumerate(units, start=1):
                if progress.canceled(feedback):
                    raise Canceled(tr("已取消：图斑位置图未生成。"))
                made.extend(self._page(layout, unit, n, len(units), township, package_id, county))
            total = layout.pageCollection().pageCount()
            footer = tr("{} · {} 实地核查 · 任务包 {}").format(county, township, package_id)
            for page in range(total):
                L.page_footer(layout, page, footer, page + 1, total)
            export_pdf(layout, path, feedback=feedback)
        finally:
            self.layers.release(made)
            del layout
        return path

    def _page(self, layout, unit, n, total, township, package_id, county):
        page = L.add_page(layout)
        y = L.page_header(layout, page, tr("{} 实地核查图斑位置图").format(township),
                          tr("任务包 {} · 第 {}/{} 个").format(package_id, n, total))
        L.label(layout, page, tr("图斑编号 {}").format(unit[F.KEY]), L.MARGIN_X, y, L.CONTENT_W, 8, size=15, bold=True,
                color=L.ACCENT)
        y += 10
        lonlat = self.lonlat(unit) or (0.0, 0.0)
        pairs = [(tr("监测编号"), T.show(unit.get("_JCBH") or unit[F.KEY])), (tr("批次"), T.show(unit.get("PC"))),
                 (tr("图斑类型"), "{} {}".format(T.show(unit.get("TBLX")), tblx.name(unit.get("TBLX")) or "").strip()),
                 (tr("后时相"), T.show(unit.get("HSX"))),
                 (tr("原地类"), "{} {}".format(T.show(unit.get("DLBM")), unit.get("DLMC") or "").strip()),
                 (tr("中心点经纬度"), "%s，%s" % (T.dms(lonlat[0], "E", "W"), T.dms(lonlat[1], "N", "S"))),
                 (tr("判定类型"), "{} {}".format(T.show(unit.get("PDLX")), unit.get("PDXL") or "").strip()),
                 (tr("核查状态"), T.show(unit.get("HSZT")))]
        pairs += [(tr("{}(亩)").format(tr(FIGURES[i][1])), "%.2f" % unit[name] if unit.get(name) is not None else "—")
                  for i, (name, _label) in enumerate(FIGURES)]
        rows = []
        for i in range(0, len(pairs), 2):
            chunk = list(pairs[i:i + 2]) + [("", "")] * (2 - len(pairs[i:i + 2]))
            rows.append([v for pair in chunk for v in pair])
        label_w = 28.0
        _frame, height = L.table(layout, page, L.MARGIN_X, y, [label_w, L.CONTENT_W / 2 - label_w] * 2, rows,
                                 label_columns=(0, 2))
        y += height + 4
        made = []
        if unit.get("_wkb"):
            red, yellow = self.layers.patch_layers(unit["_wkb"], unit[F.KEY])
            made += [red, yellow]
            geom = QgsGeometry()
            geom.fromWkb(unit["_wkb"])
            M.overlay_map(layout, page, self.layers, red, geom.boundingBox(), L.MARGIN_X, y, L.CONTENT_W,
                          L.BOTTOM - y - 1)
        else:
            L.label(layout, page, tr("（该图斑没有图形，无法绘图）"), L.MARGIN_X, y, L.CONTENT_W, 8)
        return made

    def close(self):
        self.project.clear()
