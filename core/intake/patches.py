"""Import of a monthly batch of issued patches (监测图斑) into the work package.

All checks run before anything is written: a batch either comes in whole or not at all.
"""
import datetime
import json

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsProject, QgsWkbTypes)

from ...rules import fields as F
from . import batch_checks as checks
from ..errors import Canceled, InputError
from ..i18n import tr
from .layers import center_longitude, check_crs, gk3_crs_authid, open_vector, plain, polygon_parts, source_path
from ..store.workpackage import WorkPackage
from .. import progress


ISSUED_NAMES = {f[0] for f in F.ISSUED}


class ImportReport:
    def __init__(self):
        self.added = []
        self.reissued = []
        self.changed = {}  # JCBH -> what a re-issue changed
        self.repairs = []
        self.warnings = []
        self.encoding = None
        self.encoding_how = None
        self.crs = None
        self.created = False

    def summary(self):
        return tr("新增 {} 个图斑，重复下发 {} 个（保留原判定与举证，其中 {} 个图形或下发属性有变化、待复核），修复几何 {} 处；"
                  "编码 {}（{}）；坐标系 {}").format(
            len(self.added), len(self.reissued), len(self.changed), len(self.repairs), self.encoding,
            self.encoding_how, self.crs)


def _say(feedback, text):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def _field_lookup(layer):
    """Issued field name -> the layer's own spelling (case-insensitive)."""
    have = {f.name().upper(): f.name() for f in layer.fields()}
    return {name: have.get(name) for name in F.PATCH_FIELD_NAMES if name in have}


def _plain(value):
    """A JSON/GeoPackage-friendly value from a QGIS attribute."""
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


def normalise_date(value):
    """Imagery dates arrive as 20220115, 2022-01-15, 2022/1/15 or a date: store 'YYYY-MM-DD'."""
    value = _plain(value)
    if value in (None, ""):
        return None
    text = str(value).strip()
    if isinstance(value, (int, float)):
        text = str(int(value))
    for fmt in ("%Y%m%d", "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.datetime.strptime(text, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return text  # keep what was issued; the self-check reports it


def _polygonal(geom):
    """Only the polygon parts, as a multipolygon (the package's geometry type)."""
    geom = polygon_parts(geom)
    if not geom.isNull():
        geom.convertToMultiType()
    return geom


def _repair(geom, jcbh, report):
    """Valid polygonal geometry or an empty one; every repair is reported with what it changed."""
    if geom.isGeosValid():
        return _polygonal(geom)
    errors = [e.what() for e in geom.validateGeometry(QgsGeometry.ValidatorGeos)][:2]
    before = geom.area()
    fixed = _polygonal(geom.makeValid())
    if fixed.isNull() or fixed.isEmpty() or not fixed.isGeosValid():
        return QgsGeometry()
    report.repairs.append(tr("图斑 {}：几何无效（{}），已自动修复，面积 {:.2f} → {:.2f} 平方米").format(
        jcbh, "；".join(errors) or tr("未知错误"), before, fixed.area()))
    return fixed


def _target_crs(wp_path, target_crs, layer, report):
    if WorkPackage.exists(wp_path):
        crs = WorkPackage(wp_path).crs
        if target_crs and QgsCoordinateReferenceSystem(target_crs) != QgsCoordinateReferenceSystem(crs):
            report.warnings.append(tr("工作库已使用坐标系 {}，忽略参数 TARGET_CRS={}。").format(crs, target_crs))
        return crs
    if target_crs:
        crs = QgsCoordinateReferenceSystem(target_crs)
        if not crs.isValid() or crs.isGeographic():
            raise InputError(tr("目标坐标系 {} 无效或不是投影坐标系；请选择 CGCS2000 三度带投影（EPSG:4513–4554）。")
                             .format(target_crs))
        return crs.authid()
    return gk3_crs_authid(center_longitude(layer))


def read_batch(source, wp_path, batch, encoding=None, target_crs=None, feedback=None):
    """Validate and transform a batch; returns (records, report). Raises InputError listing every problem."""
    report = ImportReport()
    source = checks.check_source(source)  # folder, several layers, damaged shapefile: before OGR reads what it can
    layer, report.encoding, report.encoding_how = open_vector(source, encoding)
    lookup = _check_layer(layer, encoding)
    report.crs = _target_crs(wp_path, target_crs, layer, report)
    xform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(report.crs), QgsProject.instance())
    problems, records = _read_records(layer, lookup, xform, batch, report, feedback)
    if problems:
        raise InputError(tr("批次“{}”（{}）有 {} 个问题，未导入任何图斑：").format(batch, layer.name(), len(problems)),
                         problems)
    return records, report


def _check_layer(layer, encoding):
    """Layer-level checks; returns the field lookup. Everything that would make every record wrong is refused here,
    all such problems at once."""
    if layer.geometryType() in (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry):
        raise InputError(tr("“{}”没有几何图形（不是面图层，可能是 CSV/Excel 表格）。监测图斑应为带图形的面图层"
                            "（.shp 或 .gpkg）；请选择下发的图斑文件。").format(layer.name()))
    check_crs(layer, tr("监测图斑"))
    if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise InputError(tr("图层“{}”不是面图层，监测图斑应为面。").format(layer.name()))
    if layer.featureCount() == 0:
        raise InputError(tr("图层“{}”没有任何图斑（空图层），请检查是否选错文件。").format(layer.name()))
    lookup = _field_lookup(layer)
    if "JCBH" not in lookup:
        if not layer.fields().count():
            raise InputError(tr("图层“{}”没有任何属性字段（缺少 JCBH 等下发字段）。请确认选的是下发的监测图斑；shapefile "
                                "请检查同名 .dbf 是否齐全。").format(layer.name()))
        raise InputError(tr("图层“{}”缺少字段 JCBH（监测编号）。现有字段：{}。请确认这是下发的监测图斑，"
                            "或把编号字段改名为 JCBH。").format(layer.name(), ", ".join(layer.fields().names())))
    path = source_path(layer)
    problems = [p for p in (
        checks.cpg_problem(path) if path and path.lower().endswith(".shp") and not encoding else None,
        checks.jcbh_type_problem(layer, lookup["JCBH"])) if p]
    problems += checks.location_problems(layer, lookup["JCBH"])
    if problems:
        raise InputError(tr("图层“{}”有 {} 个问题，未导入任何图斑：").format(layer.name(), len(problems)), problems)
    return lookup


def _read_records(layer, lookup, xform, batch, report, feedback):
    """(problems, records): every feature checked and converted, every problem collected."""
    missing = [n for n in (f[0] for f in F.ISSUED) if n not in lookup]
    if missing:
        report.warnings.append(tr("图层“{}”缺少下发字段：{}（导入后为空）。").format(layer.name(), ", ".join(missing)))
    problems, records, seen, garbled, as_text = [], [], {}, {}, set()
    total = max(layer.featureCount(), 1)
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    names = layer.fields().names()
    for i, feat in enumerate(layer.getFeatures(QgsFeatureRequest())):
        if feedback is not None:
            if progress.canceled(feedback):
                raise Canceled(tr("已取消，工作库未改变。"))
            progress.progress(feedback, 80.0 * i / total)
        raw = _plain(feat[lookup["JCBH"]])
        jcbh = str(raw).strip() if raw not in (None, "") else ""
        label = tr("第 {} 个要素（FID {}）").format(i + 1, feat.id())
        if not jcbh:
            problems.append(tr("{}：JCBH 为空。请补填监测编号后重新导入。").format(label))
            continue
        if jcbh in seen:
            problems.append(tr("JCBH {} 在本批次中重复（{} 与 {}）。请核对下发数据，删除或更正重复的图斑。").format(
                jcbh, seen[jcbh], label))
            continue
        seen[jcbh] = label
        original = {n: _plain(feat[n]) for n in names}
        for name, value in original.items():  # never store U+FFFD: the bytes were read with the wrong encoding
            if isinstance(value, str) and "\ufffd" in value:
                garbled.setdefault(name, []).append(jcbh)
        geom = _geometry(feat, jcbh, xform, report, problems)
        rec = _attributes(feat, lookup, jcbh, problems, as_text)
        if geom is None or rec is None:
            continue
        rec["PC"] = batch
        rec["DRSJ"] = stamp
        rec["YSSX"] = json.dumps(original, ensure_ascii=False, default=str)
        rec["_wkb"] = bytes(geom.asWkb())
        records.append(rec)
    problems += checks.replacement_problems(garbled, report.encoding, report.encoding_how)
    report.warnings += [checks.numeric_text_warning(name) for name in sorted(as_text)]
    return problems, records


def _geometry(feat, jcbh, xform, report, problems):
    """The patch's geometry in the package CRS, repaired; None (and a problem) when there is none to store."""
    geom = QgsGeometry(feat.geometry())
    if geom.isNull() or geom.isEmpty():
        problems.append(tr("图斑 {}：没有几何图形。请补绘或从下发数据中恢复。").format(jcbh))
        return None
    if geom.transform(xform) != 0:
        problems.append(tr("图斑 {}：坐标转换失败，请检查图层 CRS。").format(jcbh))
        return None
    geom = _repair(geom, jcbh, report)
    if geom.isNull() or geom.isEmpty():
        problems.append(tr("图斑 {}：几何无效且无法自动修复（修复后为空）。请在 QGIS 中手工修正。").format(jcbh))
        return None
    return geom


def _attributes(feat, lookup, jcbh, problems, as_text):
    """Issued attributes converted to the package's field types; None (and problems) when one does not fit."""
    rec, ok = {}, True
    for name, own in lookup.items():
        if name not in ISSUED_NAMES or name == "JCBH":
            continue
        value = _plain(feat[own])
        converted, reason = checks.coerce(name, value)
        if reason:
            problems.append(checks.value_problem(jcbh, name, value, reason))
            ok = False
        elif isinstance(value, float) and isinstance(converted, str):
            as_text.add(name)
        rec[name] = converted
    rec["JCBH"] = jcbh
    for date_field in ("QSX", "HSX"):
        rec[date_field] = normalise_date(rec.get(date_field))
    return rec if ok else None


def import_patches(source, wp_path, batch, encoding=None, target_crs=None, feedback=None):
    """Import one batch into the package (created when absent). Returns an ImportReport."""
    if not str(batch or "").strip():
        raise InputError(tr("请填写批次名称（BATCH），例如 2022-01。"))
    records, report = read_batch(source, wp_path, batch, encoding, target_crs, feedback)
    for line in report.warnings + report.repairs:
        _say(feedback, line)
    if progress.canceled(feedback):
        raise Canceled(tr("已取消，工作库未改变。"))
    wp, report.created = WorkPackage.open_or_create(wp_path, report.crs, county_code=str(records[0].get("XZQDM") or ""),
                                                    county_name=str(records[0].get("XMC") or ""))
    try:
        report.added, report.reissued = wp.upsert_patches(records, action="import:" + batch)
    except BaseException:
        if report.created:  # a package made for this batch alone must not stay behind empty
            wp.discard()
        raise
    report.changed = wp.last_reissue_changes
    if feedback is not None:
        progress.progress(feedback, 100)
    for jcbh, note in sorted(report.changed.items()):
        _warn(feedback, tr("图斑 {}：{}。已记入历史并标记待复核（自检 R01）。").format(jcbh, note))
    _say(feedback, report.summary())
    return report


def _warn(feedback, text):
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(text)
    else:
        _say(feedback, text)
