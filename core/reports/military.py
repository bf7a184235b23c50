"""The 军用土地登记表: patches flagged as military land (SFJYD), in their own workbook, to be sent separately as a
confidential document (机要件) — never part of the ordinary export."""

import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject)

from ...rules import reports as P
from ..errors import InputError
from ..i18n import tr
from .docx_writer import chinese_date
from ..progress import Steps
from .gather import Source, output_folder, user_errors
from .tables import Table, write_workbook

CGCS2000 = "EPSG:4490"


def _centroids(src, patches):
    """Add '_lon'/'_lat' (CGCS2000 degrees) of each patch's inner point: the register locates patches by them."""
    crs = QgsCoordinateReferenceSystem(src.wp.crs or "")
    if not crs.isValid():
        raise InputError(tr("工作库没有有效的坐标系（settings.crs），无法计算中心点坐标。"))
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(CGCS2000), QgsProject.instance())
    for p in patches:
        wkb = p.get("_wkb")
        if not wkb:
            continue
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        point = geom.pointOnSurface()
        point.transform(transform)
        p["_lon"], p["_lat"] = point.asPoint().x(), point.asPoint().y()
    return patches


def build(wp_path, out_folder, period=None, today=None, feedback=None):
    """Write 军用土地登记表_<period or 全部>.xlsx; an empty register (with a note) when no patch is flagged."""
    steps = Steps(feedback, 2)  # the rows, the workbook (staged: a cancel leaves nothing)
    src = Source(wp_path, period or None, today)
    steps.next(tr("读取工作库…"))
    # SFJYD is an integer field of the package, so the filter and rules' is_military() agree.
    with user_errors():
        rows = P.military_rows(_centroids(src, src.wp.patches(where="SFJYD = 1", geometry=True)), src.period)
    steps.next(tr("涉军用地图斑 {} 个").format(len(rows)))
    scope = src.period.label if src.period else tr("全部批次")
    total = {"XH": None, "JCBH": tr("合计 {} 个").format(len(rows)), "MJ": sum(r["MJ"] for r in rows),
             "GDMJ": sum(r["GDMJ"] for r in rows)}
    note = tr("机要件，单独报送市卫片办，不得随普通成果导出或通过互联网传输。") + (
        "" if rows else tr("本期无涉军用地图斑。"))
    table = Table(tr("{}军用土地登记表（{}）").format(src.county_name, scope), P.MILITARY_FIELDS, rows,
                  total if rows else None, note=note, sheet=tr("军用土地登记表"))
    with output_folder(out_folder, feedback) as out:
        name = tr("军用土地登记表_{}.xlsx").format(src.period.code if src.period else tr("全部"))
        path = write_workbook(out.path(name), [table], info=[
            (tr("填报单位"), src.issuer), (tr("填报日期"), chinese_date(src.today)), (tr("范围"), scope),
            (tr("密级"), tr("机要")), (tr("工作库"), src.wp.label)])
    steps.finish()
    return {"XLSX": out.final(os.path.basename(path)), "COUNT": len(rows), "rows": rows}
