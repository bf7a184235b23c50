"""Splitting the package's patches along the references that decide legality (wpzf:split_patches, the dock).

For each patch: the approvals, mining permits, facility filings and temporary land valid while it changed (the
overlay's date fields apply) cut it into parts (core/split/geometry.py); a patch they do not cut is left alone. The parts are
written as units of their own (WorkPackage.split_patch), overlaid at once with the same engine and pre-judged, so each
part carries its own figures, suggestion and reasons.

The dock also splits one unit by a line or polygon the technician draws (split_unit_by_geometry, in three steps the
dock runs apart: drawn_parts → confirmation → write_parts → overlay_parts), with the references the package remembers.
"""
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsProject)

from ...rules import fields as F
from ...rules.export_profile import ProfileError, load_profile
from ...rules.landclass import category
from . import geometry as split
from ..errors import Canceled, InputError, WpzfError
from ..i18n import tr
from ..judging import policy_for, prejudge_rows, write_prejudge
from ..overlay.engine import Options
from ..overlay.run import layers_with_memory, overlay_workpackage, prepare_reference, remembered_sources
from ..overlay.validity import DATE_OPTIONS, Terms, parse_date
from ..store.workpackage import WorkPackage, units_filter
from .. import progress

NUMBER_OPTIONS = {"approvals": "approval_field", "mining": "mining_field"}
DEFAULT_NUMBERING = "{JCBH}-{n}"


class SplitReport:
    def __init__(self):
        self.split = {}  # parent key -> part keys
        self.whole = []  # keys the references do not cut
        self.skipped = []  # (key, why)


def split_workpackage(wp_path, layers, options, context, feedback=None, keys=None, min_part_mu=None,
                      numbering=DEFAULT_NUMBERING, batch=None, only_flagged=False, by_landclass=False):
    """Split the given units (`keys`; else those of `batch` and/or flagged 需拆分; default: every unit the
    references cut) and overlay and pre-judge the parts. `by_landclass`: cut by the land use's 三大类 too."""
    wp = WorkPackage(wp_path)
    layers = layers_with_memory(layers, wp, options, feedback)
    refs = {k: prepare_reference(layers[k], k, [wp.uri(F.LAYER_PATCHES)]) for k in split.LEGAL_SOURCES
            if layers.get(k) is not None}
    if not refs:
        raise InputError(tr("没有可用于拆分的图层：请给出建设用地批准、采矿许可、设施农用地备案或临时用地图层"
                            "（或先用这些图层运行一次套合分析，工作库会记住它们）。"))
    policy = policy_for(None, wp)
    limit = float(policy["prejudge"].get("split_tolerance_mu", 0.05) if min_part_mu is None else min_part_mu)
    crs = QgsCoordinateReferenceSystem(wp.crs)
    sources = {k: _Reference(k, layer, crs, context, options) for k, layer in refs.items()}
    if by_landclass:
        if layers.get("landuse") is None:
            raise InputError(tr("按地类拆分需要地类图斑图层（LANDUSE），或先用它运行一次套合分析。"))
        sources["landuse"] = _Reference("landuse", prepare_reference(layers["landuse"], "landuse"), crs, context,
                                        options)
    report = SplitReport()
    rows = _candidates(wp, keys, report, batch, only_flagged)
    for i, row in enumerate(rows):
        if feedback is not None:
            if progress.canceled(feedback):
                raise Canceled(tr("拆分已取消；已拆分的图斑保留（每个图斑单独写入）。"))
            progress.progress(feedback, 70.0 * i / max(len(rows), 1))
        _split_one(wp, row, sources, limit, numbering, report, feedback)
    new_keys = [k for parts in report.split.values() for k in parts]
    if new_keys:
        overlay_workpackage(wp_path, layers, options, context, feedback, keys=new_keys)
        prejudge_units(wp, new_keys, policy)
    if feedback is not None:
        progress.progress(feedback, 100)
    return report


def _candidates(wp, keys, report, batch=None, only_flagged=False):
    from ...rules.prejudge import FLAG_SPLIT
    rows = wp.patches(where=units_filter(keys) if keys is not None else None,
                      fields=[F.KEY, "TBZT", "HSZT", "QSX", "HSX", "PC", "BSBZ"], geometry=True)
    if keys is None:
        return [r for r in rows if r.get("TBZT") != F.PART and r.get("HSZT") != "已确认"
                and (not batch or r.get("PC") == batch) and (not only_flagged or FLAG_SPLIT in (r.get("BSBZ") or ""))]
    by_key = {r[F.KEY]: r for r in rows}
    missing = [k for k in keys if k not in by_key]
    if missing:
        raise InputError(tr("工作库中没有这些图斑：{}").format("、".join(missing[:20])))
    return [by_key[k] for k in keys]


def _split_one(wp, row, sources, limit, numbering, report, feedback):
    key = row[F.KEY]
    geom = QgsGeometry()
    geom.fromWkb(row["_wkb"] or b"")
    if geom.isEmpty():
        report.skipped.append((key, tr("没有几何图形")))
        return
    found = {k: source.features(geom, row.get("QSX"), row.get("HSX")) for k, source in sources.items()}
    classes = None
    if "landuse" in found:
        classes = {}
        for g, category in found.pop("landuse"):
            classes.setdefault(category or tr("未归类"), []).append(g)
    parts = split.split_by_references(geom, found, limit, classes)
    if len(parts) < 2:
        report.whole.append(key)
        return
    problems = split.check_cover(geom, [p.geometry for p in parts])
    if problems:  # never write parts that do not add up to the patch
        report.skipped.append((key, "；".join(problems)))
        return
    try:
        report.split[key] = wp.split_patch(key, [_multi_wkb(p.geometry) for p in parts], numbering=numbering)
    except WpzfError as exc:  # confirmed, already split, a number taken: said, the others go on
        report.skipped.append((key, str(exc)))
        return
    if feedback is not None:
        feedback.pushInfo(tr("图斑 {} 拆分为 {} 个子图斑：{}").format(key, len(parts), "；".join(
            _describe(k, p) for k, p in zip(report.split[key], parts))))


def _multi_wkb(geometry):
    """ISO WKB of a part as the patches layer holds it (MultiPolygon: a GeoPackage layer keeps one geometry type)."""
    multi = QgsGeometry(geometry)
    multi.convertToMultiType()
    return bytes(multi.asWkb())


def _describe(key, part):
    what = {"approvals": tr("批准范围内"), "mining": tr("采矿许可范围内"), "facility": tr("设施农用地备案范围内"),
            "temporary": tr("临时用地范围内"), split.OUTSIDE: tr("批准、许可、备案范围外")}[part.source]
    numbers = "（{}）".format("、".join(part.labels)) if part.labels else ""
    return tr("{} {}{} {:.2f} 亩（平面）").format(key, what, numbers, part.area_m2 * F.MU_PER_M2)


class _Reference:
    """One reference layer read for splitting: features meeting a patch, in the package CRS, valid in its term."""

    def __init__(self, key, layer, crs, context, options):
        self.key, self.layer = key, layer
        transform_context = (context.transformContext() if context is not None
                             else QgsProject.instance().transformContext())
        self.to_package = QgsCoordinateTransform(layer.crs(), crs, transform_context)
        self.to_layer = QgsCoordinateTransform(crs, layer.crs(), transform_context)
        self.number_field = getattr(options, NUMBER_OPTIONS.get(key, ""), None) if key in NUMBER_OPTIONS else None
        if key == "landuse":  # the label is the land category (三大类) of the polygon's code
            self.number_field = options.landuse_field
        names = DATE_OPTIONS.get(key, (None, None))  # land use has no term
        start, end = (getattr(options, name, None) if name else None for name in names)
        self.terms = Terms(key, layer, start, end) if (start or end) else None

    def features(self, patch, qsx, hsx):
        request = QgsFeatureRequest().setFilterRect(self.to_layer.transformBoundingBox(patch.boundingBox()))
        before, after = _day(qsx), _day(hsx)  # the patch's imagery dates, read once for all its candidates
        out = []
        for feat in self.layer.getFeatures(request):
            if self.terms is not None and self.terms.out_of_term(feat.id(), before, after):
                continue
            geom = QgsGeometry(feat.geometry())
            if geom.isEmpty() or geom.transform(self.to_package) != 0:
                continue
            if not geom.isGeosValid():
                geom = geom.makeValid()
            label = str(feat[self.number_field]) if self.number_field and feat[self.number_field] else ""
            if self.key == "landuse":
                label = category(label) or ""
            out.append((geom, label))
        return out


def _day(value):
    day = parse_date(value)
    return day if hasattr(day, "year") else None  # empty or not a date: that bound is not checked


# ----- one unit, split by a drawn line or polygon (the dock) -----------------------------------------------------
class DrawnSplit:
    """What split_unit_by_geometry did: the parts' keys, whether they were overlaid and pre-judged, and if not why."""

    def __init__(self, keys, overlaid, note=""):
        self.keys = list(keys)
        self.overlaid = overlaid
        self.note = note


class TransformContext:
    """What the overlay and the splitting read of a Processing context, for runs outside Processing (the dock, its
    tasks): the coordinate transform context, taken in the main thread (the project is not read from a task)."""

    def __init__(self, transform_context=None):
        self._context = transform_context if transform_context is not None else \
            QgsProject.instance().transformContext()

    def transformContext(self):  # noqa: N802 (QgsProcessingContext spelling)
        return self._context


def part_numbering():
    """The part number rule of the default export profile (a broken profile must not stop a split)."""
    try:
        return load_profile().get("part_number") or DEFAULT_NUMBERING
    except (ProfileError, OSError, ValueError):
        return DEFAULT_NUMBERING


def package_options(wp):
    """Overlay options as the package's last overlay used them: the parts are measured like their parent (田坎
    deduction; the field names and date fields come with the remembered layers, see layers_with_memory)."""
    return Options(deduct_tiankan=wp.setting("deduct_tiankan", "1") != "0")


def remembered_legal_sources(wp):
    """Keys of the remembered reference layers that decide legality (what the automatic split cuts along)."""
    return [k for k in split.LEGAL_SOURCES if k in remembered_sources(wp)]


def _refuse_unsplittable(row, key):
    """The refusals of WorkPackage.split_patch, said before anything is drawn or asked."""
    if row is None:
        raise InputError(tr("工作库中没有这些图斑：{}").format(key))
    if row.get("TBZT") == F.PART:
        raise InputError(tr("{} 是子图斑，不能再拆分；请先合并回原图斑，再重新拆分。").format(key))
    if row.get("TBZT") == F.SPLIT_PARENT:
        raise InputError(tr("图斑 {} 已经拆分过。").format(key))
    if row.get("HSZT") == "已确认":
        raise InputError(tr("图斑 {} 已确认，不能拆分；请先把核查状态改回后再拆分。").format(key))


def drawn_parts(wp, key, cutter):
    """[split.Part] of unit `key` cut by `cutter` (QgsGeometry, line or polygon, package CRS); nothing is written.
    InputError says why not (a part, confirmed, the drawing does not cut it, parts that would not add up)."""
    row = wp.patch(key, geometry=True)
    _refuse_unsplittable(row, key)
    geom = QgsGeometry()
    geom.fromWkb(row.get("_wkb") or b"")
    if geom.isEmpty():
        raise InputError(tr("图斑没有几何图形，无法拆分。"))
    if not geom.isGeosValid():  # an issued outline may be invalid; cutting it as it is gives GEOS errors
        geom = geom.makeValid()
    parts = split.split_by_geometry(geom, cutter)
    problems = split.check_cover(geom, [p.geometry for p in parts])
    if problems:  # never write parts that do not add up to the patch
        raise InputError(tr("图斑 {} 未拆分：{}").format(key, "；".join(problems)))
    return parts


def part_keys(key, count, numbering=None):
    """The numbers the parts of unit `key` will get (for the confirmation, before anything is written)."""
    return [(numbering or part_numbering()).format(JCBH=key, n=n) for n in range(1, count + 1)]


def write_parts(wp, key, parts, numbering=None):
    """Write the parts as units (history rows, photos moved); returns their keys."""
    return wp.split_patch(key, [_multi_wkb(p.geometry) for p in parts], numbering=numbering or part_numbering())


def overlay_parts(wp_path, keys, context=None, feedback=None):
    """Overlay and pre-judge the units `keys` with the reference layers the package remembers.

    Returns (True, "") when done, else (False, what the user must do): the split stays written either way, so the
    technician can run the overlay later; a part without figures is never pre-judged (it would read as 0 亩).
    """
    wp = WorkPackage(wp_path)
    options = package_options(wp)
    layers = layers_with_memory({}, wp, options, feedback)
    if layers.get("landuse") is None:
        return False, tr("工作库没有记录可用的套合图层（三调地类等），子图斑尚未套合和预判："
                         "请用参考图层对工作库运行“套合分析”和“预判”。")
    try:
        overlay_workpackage(wp_path, layers, options, context or TransformContext(), feedback, keys=keys)
        prejudge_units(wp, keys, policy_for(None, wp))
    except WpzfError as exc:  # a canceled or failed overlay leaves the parts as split, without figures
        return False, tr("子图斑已写入，但套合或预判未完成：{}。请对工作库运行“套合分析”和“预判”。").format(exc)
    return True, ""


def prejudge_units(wp, keys, policy):
    """Pre-judge the units `keys` (after their overlay) and write the suggestions."""
    # filtered in SQL: reading every unit's 90 fields to keep two costs seconds on a county of 10k patches
    rows = wp.patches(where=units_filter(keys)) if keys else []
    write_prejudge(wp, rows, prejudge_rows(rows, policy))
    return rows


def split_unit_by_geometry(wp_path, key, cutter, context=None, feedback=None, numbering=None):
    """Split unit `key` by a drawn line or polygon (QgsGeometry in the package CRS), then overlay and pre-judge the
    parts with the remembered references. Returns DrawnSplit; InputError/WorkPackageError when nothing was written."""
    wp = WorkPackage(wp_path)
    parts = drawn_parts(wp, key, cutter)
    keys = write_parts(wp, key, parts, numbering)
    overlaid, note = overlay_parts(wp_path, keys, context, feedback)
    return DrawnSplit(keys, overlaid, note)
