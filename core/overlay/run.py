"""The two ways to run the overlay: a patch layer into a new layer, or a work package's patches in place."""
import json
import os
import re

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureRequest, QgsFields, QgsGeometry,
                       QgsVectorLayer, QgsWkbTypes)

from ...rules import fields as F
from ..errors import Canceled, InputError
from ..i18n import tr
from ..intake.layers import check_crs, open_vector, qgs_field
from .engine import REFERENCE_KEYS, Options, Overlay, PatchInput, titles
from .validity import DATE_OPTIONS
from ..store.workpackage import WorkPackage, now_text, same_value, units_filter
from .. import progress

OVERLAY_NAMES = [f[0] for f in F.OVERLAY]
SETTING_REFERENCE = "reference"  # JSON {key: layer source}, read by the dossier maps too
# Options attribute -> (reference layer it belongs to, settings key)
SETTING_FIELDS = {"landuse_field": ("landuse", "landuse_field"), "approval_field": ("approvals", "approval_field"),
                  "mining_field": ("mining", "mining_field"),
                  "township_code_field": ("townships", "township_code_field"),
                  "township_name_field": ("townships", "township_name_field")}
# validity terms: approval_start_field … temporary_end_field, each under its own name
DATE_SETTINGS = {attr: (key, attr) for key, attrs in DATE_OPTIONS.items() for attr in attrs}
SETTING_FIELDS.update(DATE_SETTINGS)


class RunReport:
    def __init__(self, result, patches):
        self.result = result
        self.patches = patches
        self.uncovered = sum(1 for v in result.values.values() if (v.get("DLWFGMJ") or 0.0) >= 0.001)
        self.written = 0


def output_fields(input_fields):
    """The input's fields in their places (a field named like an overlay result takes the overlay's definition and
    gets the new value), then the overlay fields the input lacks. Returns (fields, {overlay name: index})."""
    ours = {}
    for name, ftype, length, _precision, alias in F.OVERLAY:
        # areas keep full precision in the output (a fixed precision would make writers round them)
        field = qgs_field(name, ftype, length)
        field.setAlias(alias)
        ours[name] = field
    out = QgsFields()
    index = {}
    for field in input_fields:
        name = field.name().upper()
        if name in ours and name not in index:
            index[name] = out.count()
            out.append(ours[name])
        else:
            out.append(field)
    for name in OVERLAY_NAMES:
        if name not in index:
            index[name] = out.count()
            out.append(ours[name])
    return out, index


def prepare_reference(layer, key, patch_sources=()):
    """A reference layer with the right attribute encoding and a sane CRS (InputError otherwise).

    A point or line layer would measure 0 on every patch, and the patches themselves would measure 100%: both are
    a wrong choice in the dialog, refused with the layer named rather than written as figures.
    """
    if layer is None:
        return None
    title = titles()[key]
    if not layer.isValid():
        raise InputError(tr("{}图层 {} 无法读取。请确认文件完整后重试。").format(title, layer.source()))
    if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        kind = {QgsWkbTypes.GeometryType.PointGeometry: tr("点"), QgsWkbTypes.GeometryType.LineGeometry: tr("线")}.get(
            layer.geometryType(), tr("无几何"))
        raise InputError(tr("作为{}的图层“{}”是{}图层（{}），套合只能用面图层，否则面积全为 0。请选择{}的面图层。").format(
            title, layer.name(), kind, layer.source(), title))
    if any(same_source(layer.source(), own) for own in patch_sources):
        raise InputError(tr("作为{}的图层“{}”就是监测图斑本身（{}），套合结果会是 100%。请选择{}图层。").format(
            title, layer.name(), layer.source(), title))
    layer, _enc, _how = open_vector(layer)
    check_crs(layer, title)
    return layer


def same_source(a, b):
    """Two OGR sources naming the same file and layer (a GeoPackage without layername: its first layer)."""
    path_a, _s, rest_a = str(a).partition("|")
    path_b, _s, rest_b = str(b).partition("|")
    try:
        same_file = os.path.samefile(path_a, path_b)
    except OSError:
        return False
    if not same_file:
        return False
    layer_a, layer_b = _layername(rest_a), _layername(rest_b)
    return layer_a is None or layer_b is None or layer_a.lower() == layer_b.lower()


def _layername(rest):
    for part in rest.split("|"):
        if part.lower().startswith("layername="):
            return part.split("=", 1)[1]
    return None


def remembered_sources(wp):
    stored = wp.setting(SETTING_REFERENCE)
    if not stored:
        return {}
    try:
        data = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k).lower(): wp.resolve_source(v) for k, v in data.items() if v}


def layers_with_memory(given, wp, options, feedback=None):
    """Reference layers given now, else the ones this package remembers from its last overlay (with the field
    names used then)."""
    layers = dict(given)
    notes = []
    stored = wp.settings()
    for key, source in remembered_sources(wp).items():
        if key not in REFERENCE_KEYS or layers.get(key) is not None:
            continue
        path = source.split("|")[0]
        if not os.path.exists(path):
            notes.append(tr("工作库记录的{}图层已不存在：{}，本次未使用").format(titles()[key], source))
            continue
        layer = QgsVectorLayer(source, key, "ogr")
        if not layer.isValid():
            notes.append(tr("工作库记录的{}图层无法读取：{}，本次未使用").format(titles()[key], source))
            continue
        layers[key] = layer
        notes.append(tr("{}：沿用工作库记录的图层 {}").format(titles()[key], source))
        for attr, (owner, setting) in SETTING_FIELDS.items():
            if attr in DATE_SETTINGS and getattr(options, attr, None):
                continue  # a date field given now wins over the remembered one (empty = not given: no default)
            if owner == key and stored.get(setting):
                setattr(options, attr, stored[setting])
    for text in notes:
        if feedback is not None:
            feedback.pushInfo(text)
    return layers


def _run(patches, crs, layers, options, context, feedback, patch_sources=()):
    layers = {k: prepare_reference(v, k, patch_sources) for k, v in layers.items() if v is not None}
    engine = Overlay(patches, crs, layers, options, context.transformContext(), feedback)
    result = engine.run()
    if progress.canceled(feedback):
        raise Canceled(tr("套合分析已取消，未写入任何结果。"))
    return result, layers


def _push_messages(result, feedback):
    if feedback is None:
        return
    feedback.pushInfo(tr("计算坐标系 {}；面积为 CGCS2000 椭球面积（亩）；{}").format(result.work_crs,
                                                                        result.tiankan_note))
    for text in result.infos:
        feedback.pushInfo(text)
    for text in result.warnings:
        feedback.pushWarning(text)


def overlay_layer(layer, layers, options, make_sink, context, feedback=None):
    """Patches of `layer` with the overlay fields added, written through make_sink(fields, wkb_type, crs)."""
    if layer is None or not layer.isValid():
        raise InputError(tr("无法读取图斑图层。"))
    layer, _encoding, _how = open_vector(layer)  # issued shapefiles are often GBK without a .cpg
    check_crs(layer, tr("监测图斑"))
    names = {}
    for f in layer.fields():
        names.setdefault(f.name().upper(), f.name())
    jcbh = names.get(F.KEY)
    # the imagery dates matter only for validity terms: without date fields they are not read at all
    qsx, hsx = (names.get("QSX"), names.get("HSX")) if options.has_terms() else (None, None)
    features = list(layer.getFeatures(QgsFeatureRequest()))
    patches = [PatchInput(f.id(), str(f[jcbh]) if jcbh and f[jcbh] not in (None, "") else "fid={}".format(f.id()),
                          f.geometry(), f[qsx] if qsx else None, f[hsx] if hsx else None) for f in features]
    result, _layers = _run(patches, layer.crs(), layers, options, context, feedback, [layer.source()])
    fields, index = output_fields(layer.fields())
    sink, dest = make_sink(fields, layer.wkbType(), layer.crs())
    stamp = now_text()
    computed = [(name, index[name]) for name in result.fields]
    blank = [i for name, i in index.items() if name not in result.fields and name != "THSJ"]
    count = fields.count()
    for n, feat in enumerate(features):
        if n % 1000 == 0 and progress.canceled(feedback):
            raise Canceled(tr("套合分析已取消，未写入任何结果。"))
        out = QgsFeature(feat)  # attributes stay in C++: only the overlay fields are touched
        out.setFields(fields, False)
        out.resizeAttributes(count)
        values = result.values.get(feat.id())
        if values is None:
            for _name, i in computed:
                out.setAttribute(i, None)
        else:
            for name, i in computed:
                out.setAttribute(i, values.get(name))
            out.setAttribute(index["THSJ"], stamp)
        for i in blank:
            out.setAttribute(i, None)
        sink.addFeature(out)
    _push_messages(result, feedback)
    report = RunReport(result, len(features))
    report.written = len(features)
    return dest, report


SCOPE_NEW, SCOPE_ALL, SCOPE_BATCH, SCOPE_KEYS = "new", "all", "batch", "keys"
# areas agree to 1e-6 亩: the engine's float sums may differ in the last bits between runs
OVERLAY_TOLERANCE = 1e-6
FIRST_RUN = "first run"  # nothing remembered yet: every unit is measured, nothing to announce


def overlay_workpackage(wp_path, layers, options, context, feedback=None, keys=None, scope=SCOPE_NEW, batch=None):
    """Overlay the package's units and write what changed onto them in one transaction.

    Which units: `keys` when given (new parts); else by `scope`: "new" — the units never overlaid or whose figures a
    re-issue cleared (TBMJ empty), all of them when a reference layer given now differs from the one remembered;
    "batch" — the units of `batch`; "all". Only values that changed are written (THSJ only with them), so a re-run
    adds no history rows for nothing. PZWH is a field people edit: only filled where the patch has no judgment
    (PDLX) yet. The reference sources and field names are remembered in the package settings."""
    wp = WorkPackage(wp_path)
    if wp.count() == 0:
        raise InputError(tr("工作库 {} 中没有图斑，请先导入监测图斑。").format(wp_path))
    changed_refs = _changed_references(wp, layers, options)
    layers = layers_with_memory(layers, wp, options, feedback)
    where = _scope_filter(keys, scope, batch, changed_refs, feedback)
    # the stored overlay figures come along: only what changes is written back
    rows = wp.patches(where=where, fields=[F.KEY, "PDLX"] + OVERLAY_NAMES
                      + (["QSX", "HSX"] if options.has_terms() else []), geometry=True)
    if keys is not None:
        absent = sorted(set(map(str, keys)) - {str(row[F.KEY]) for row in rows})
        if absent:
            raise InputError(tr("工作库中没有这些图斑：{}。请核对监测编号（拆分后的子图斑用子图斑编号）。").format(
                "、".join(absent[:20]) + ("…" if len(absent) > 20 else "")))
    if not rows:
        if feedback is not None:
            feedback.pushInfo(tr("没有需要套合的图斑（新导入或图形变化的图斑都已套合）；要重算全部图斑请把范围选为“全部”。"))
        return RunReport(_EmptyResult(), 0)
    patches = []
    for row in rows:
        geom = QgsGeometry()
        if row.get("_wkb"):
            geom.fromWkb(row["_wkb"])
        patches.append(PatchInput(row[F.KEY], row[F.KEY], geom, row.get("QSX"), row.get("HSX")))
    result, used = _run(patches, QgsCoordinateReferenceSystem(wp.crs), layers, options, context, feedback,
                        [wp.uri(F.LAYER_PATCHES), wp.uri(F.LAYER_PHOTOS)])
    judged = {row[F.KEY] for row in rows if row.get("PDLX") not in (None, "")}
    stored = {row[F.KEY]: row for row in rows}
    stamp = now_text()
    changes = {}
    for jcbh, values in result.values.items():
        change = {name: values.get(name) for name in result.fields
                  if not (jcbh in judged and name == "PZWH")
                  and not same_value(stored[jcbh].get(name), values.get(name), OVERLAY_TOLERANCE)}
        if change:  # the time of the overlay only where a figure changed: no history rows for nothing
            change["THSJ"] = stamp
            changes[jcbh] = change
    if feedback is not None:
        if progress.canceled(feedback):
            raise Canceled(tr("套合分析已取消，未写入任何结果。"))
        feedback.pushInfo(tr("写入工作库（{} 个图斑）…").format(len(changes)))
    written = wp.update_patches(changes, action="overlay")
    remembered = remembered_sources(wp)
    remembered.update({key: layer.source() for key, layer in used.items()})
    settings = {SETTING_REFERENCE: {key: wp.stored_source(source) for key, source in remembered.items()}}
    stored = wp.settings()
    for attr, (owner, key) in SETTING_FIELDS.items():
        value = getattr(options, attr, None)
        if value and owner in used:
            settings[key] = value
        elif attr in DATE_SETTINGS and owner in used and stored.get(key):
            # a layer given now without date fields is checked without terms: its old date fields must not come
            # back on the next run (they may not even exist in this layer)
            settings[key] = ""
    settings["deduct_tiankan"] = "1" if options.deduct_tiankan else "0"
    wp.set_settings(settings)
    _push_messages(result, feedback)
    if judged and feedback is not None:
        feedback.pushInfo(tr("{} 个图斑已有判定，其批准文号（PZWH）保持人工填写的内容。").format(
            len(judged & set(result.values))))
    report = RunReport(result, len(rows))
    report.written = written
    return report


def _changed_references(wp, layers, options):
    """Reference keys given now that differ from the last overlay: another source, other field names or date fields,
    or another 田坎 setting (then every unit must be measured again)."""
    before, stored = remembered_sources(wp), wp.settings()
    if not before:
        return FIRST_RUN
    changed = set()
    given = {key for key, layer in layers.items() if layer is not None}
    for key in given:
        if not same_source(layers[key].source(), before.get(key, "")):
            changed.add(key)
    for attr, (owner, setting) in SETTING_FIELDS.items():
        value, old = getattr(options, attr, None) or "", stored.get(setting) or ""
        # a given layer brings its own fields; a remembered one changes only by a field given now
        if (owner in given and value != old) or (owner not in given and owner in before and value and value != old):
            changed.add(owner)
    if stored.get("deduct_tiankan") not in (None, "", "1" if options.deduct_tiankan else "0"):
        changed.add("landuse")
    return sorted(changed)


def parse_keys(text):
    """Unit keys typed or pasted as a list: separated by commas (also full-width), semicolons, spaces or lines."""
    return [k for k in re.split(r"[\s,，;；、]+", text or "") if k]


def _scope_filter(keys, scope, batch, changed_refs, feedback):
    """The attribute filter of the units to overlay (None: all)."""
    if keys is not None:  # a few new parts in a year's package: read just them
        return units_filter(keys)
    if scope == SCOPE_BATCH:
        if not batch:
            raise InputError(tr("范围选了“指定批次”，请填写批次（BATCH），例如 2022-03。"))
        return "PC = '{}'".format(str(batch).replace("'", "''"))
    if scope == SCOPE_ALL:
        return None
    if changed_refs == FIRST_RUN:
        return None
    if changed_refs:
        if feedback is not None:
            feedback.pushInfo(tr("参考图层与上次套合不同（{}），重算全部图斑。").format(
                "、".join(titles()[k] for k in changed_refs)))
        return None
    return "TBMJ IS NULL"


class _EmptyResult:
    """What RunReport reads from an engine result, for a run that had nothing to do."""
    values = {}
    warnings = []
    fields = []


__all__ = ["Options", "overlay_layer", "overlay_workpackage", "output_fields", "OVERLAY_NAMES"]
