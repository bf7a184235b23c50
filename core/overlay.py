"""Overlay engine (套合分析): for every patch, the ellipsoidal area (亩) it shares with each reference layer.

Per patch and layer the engine intersects the patch (a prepared GEOS geometry, built once per patch and pass) with
the reference pieces near it (core.reference); pieces of different features of one layer are unioned first, so
overlapping approvals count once. Land use is split by 三大类 from rules/landclass (an unplaced code is reported,
never guessed), 耕地 net of 田坎 when the layer carries KCXS/KCMJ. Areas are planar areas in the work CRS times the
ellipsoid/plane factor of core.geodesic. Work runs on a few threads (core.overlay_tasks); each patch is computed
independently, so the result does not depend on the thread count. Validity terms (有效期) of approvals, permits,
facility filings and temporary land are applied afterwards, only where a dated feature meets a patch
(core.overlay_validity).
"""
import math
import os
import sys
import threading

import numpy as np

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeedback, QgsGeometry,
                       QgsProcessingFeedback, QgsRectangle, QgsSpatialIndex)

from ..rules import landclass
from ..rules.fields import MU_PER_M2
from .errors import Canceled, InputError
from .geodesic import AreaScale
from .i18n import tr
from .layers import gk3_crs_authid
from .overlay_measure import (AREA_FIELDS, LARGE_PATCH_M2, NUMBER_FIELDS, REPORT_UNCOVERED_MU, PatchMeasure,
                              clip_text)
from .overlay_vector import VectorisedLayers
from .overlay_tasks import TaskRunner
from .overlay_validity import DATE_OPTIONS, TERM_FIELDS, DatedLayers
from .reference import Reference, WorkFrame, box, first_error, polygonal

REFERENCE_KEYS = ["landuse", "farmland", "redline", "approvals", "mining", "facility", "temporary", "townships"]
LANDUSE_FIELDS = ["GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ", "DLWFGMJ"]
TOWNSHIP_FIELDS = ["XZDM", "XZMC"]
THBZ_WIDTH = 254
CHUNK = 32  # patches per task
VALIDATE_CHUNK = 8000  # features per validity task
SWITCH_INTERVAL = 0.0005  # seconds, while the overlay runs


def titles():
    return {"landuse": tr("地类图斑"), "farmland": tr("永久基本农田"), "redline": tr("生态保护红线"),
            "approvals": tr("建设用地批准"), "mining": tr("采矿许可"), "facility": tr("设施农用地"),
            "temporary": tr("临时用地"), "townships": tr("乡镇界")}


class Options:
    """What to read from the reference layers. Field names as the user typed them (matched case-insensitively).
    threads: worker threads (None = 2 on a multi-core machine; at most 2; 0 = all in the calling thread).
    Date fields (keyword arguments named in core.overlay_validity.DATE_OPTIONS, e.g. approval_end_field): the
    validity terms of approvals, mining permits, facility filings and temporary land; None = no term check."""

    def __init__(self, landuse_field="DLBM", deduct_tiankan=True, approval_field=None, mining_field=None,
                 township_code_field=None, township_name_field=None, threads=None, **date_fields):
        self.landuse_field = landuse_field or "DLBM"
        self.deduct_tiankan = bool(deduct_tiankan)
        self.approval_field = approval_field or None
        self.mining_field = mining_field or None
        self.township_code_field = township_code_field or None
        self.township_name_field = township_name_field or None
        self.threads = threads
        for attrs in DATE_OPTIONS.values():
            for attr in attrs:
                setattr(self, attr, date_fields.pop(attr, None) or None)
        if date_fields:
            raise TypeError("unknown options: {}".format(", ".join(sorted(date_fields))))

    def has_terms(self):
        """Any date field given? Without one the patches' imagery dates are not even read."""
        return any(getattr(self, attr) for attrs in DATE_OPTIONS.values() for attr in attrs)


class PatchInput:
    """key: what results are keyed by (JCBH or feature id); label: how messages name the patch;
    qsx / hsx: before / after imagery dates as found (text, number or date; None = unknown), for validity terms."""

    __slots__ = ("key", "label", "geometry", "qsx", "hsx")

    def __init__(self, key, label, geometry, qsx=None, hsx=None):
        self.key = key
        self.label = label
        self.geometry = geometry
        self.qsx = qsx
        self.hsx = hsx


class OverlayResult:
    def __init__(self):
        self.values = {}  # key -> {field: value}
        self.warnings = []  # messages for the technician (already translated)
        self.infos = []  # what the run did, worth a line in the log (already translated)
        self.fields = []  # the output fields this run computed (others were not asked for)
        self.work_crs = None
        self.tiankan_note = ""


def field_lookup(layer, name, what, required=True):
    """The layer's own spelling of field `name` (case-insensitive), or an InputError naming what exists."""
    if not name:
        return None
    names = {f.name().upper(): f.name() for f in layer.fields()}
    if name.upper() in names:
        return names[name.upper()]
    if required:
        raise InputError(tr("{}图层“{}”没有字段 {}。现有字段：{}。请选择正确的字段。").format(
            what, layer.name(), name, ", ".join(layer.fields().names())))
    return None


def choose_work_crs(patch_crs, layers, patch_extent, context):
    """Projected CRS to compute in: the land use's (the biggest layer is best left as it is), else the patches' own,
    else any reference's, else the patches' Gauss-Krüger zone. Areas do not depend on this choice."""
    landuse = layers.get("landuse")
    if landuse is not None and landuse.crs().isValid() and not landuse.crs().isGeographic():
        return landuse.crs()
    if patch_crs.isValid() and not patch_crs.isGeographic():
        return patch_crs
    for key in REFERENCE_KEYS:
        layer = layers.get(key)
        if layer is not None and layer.crs().isValid() and not layer.crs().isGeographic():
            return layer.crs()
    to_geo = QgsCoordinateTransform(patch_crs, QgsCoordinateReferenceSystem("EPSG:4490"), context)
    lon = to_geo.transformBoundingBox(patch_extent).center().x()
    return QgsCoordinateReferenceSystem(gk3_crs_authid(lon))


class _Patch:
    """A patch ready for the workers: `work` (work CRS, what GEOS compares) and `geometry` (local copy, exact
    area and unions), box/rect in the work CRS, planar area and ellipsoid factor."""
    __slots__ = ("idx", "key", "label", "work", "work_abstract", "geometry", "rect", "box", "area", "factor", "large")


class Overlay(PatchMeasure, VectorisedLayers, DatedLayers):
    """One overlay run: Overlay(...).run() -> OverlayResult. Holds the shared, read-only state of the workers."""

    def __init__(self, patches, patch_crs, layers, options, transform_context, feedback=None):
        self.inputs = list(patches)
        self.patch_crs = patch_crs
        self.layers = {k: v for k, v in layers.items() if v is not None}
        self.options = options
        self.context = transform_context
        self.feedback = feedback or QgsProcessingFeedback()
        self.result = OverlayResult()
        self.titles = titles()
        self.vectorise = os.environ.get("WPZF_OVERLAY_VECTORISE", "1") != "0"  # off: compare with the GEOS path
        self._code_cache = {}
        self._coef_cache = {}
        self._coef_problems = {}

    # ----- set-up ------------------------------------------------------------------------------------------------
    def _check_layers(self):
        if "landuse" not in self.layers:
            raise InputError(tr("缺少地类图层（LANDUSE，三调/变更调查地类图斑）。"))
        for key, layer in self.layers.items():
            if not layer.isValid():
                raise InputError(tr("{}图层无法读取：{}").format(self.titles[key], layer.source()))
            if not layer.crs().isValid():
                raise InputError(tr("{}图层“{}”没有坐标参考系（缺少 .prj）。请在图层属性中设置正确的 CRS 后重试。")
                                 .format(self.titles[key], layer.name()))
        lu = self.layers["landuse"]
        o = self.options
        lu_fields = [field_lookup(lu, o.landuse_field, self.titles["landuse"])]
        self.tiankan = None
        self.lu_slots = (None, None, None)  # positions of KCXS, KCMJ, TBMJ in the land-use attributes
        if o.deduct_tiankan:
            kcxs, kcmj, tbmj = (field_lookup(lu, name, "", required=False) for name in ("KCXS", "KCMJ", "TBMJ"))
            if kcxs or kcmj:
                self.tiankan = "+".join(n for n in (kcxs, kcmj) if n)
                slots = []
                for name in (kcxs, kcmj, tbmj):
                    slots.append(len(lu_fields) if name else None)
                    if name:
                        lu_fields.append(name)
                self.lu_slots = tuple(slots)
        self.fields = {"landuse": lu_fields}
        for key, name in (("approvals", o.approval_field), ("mining", o.mining_field)):
            if key in self.layers:
                self.fields[key] = [field_lookup(self.layers[key], name, self.titles[key])] if name else []
        if "townships" in self.layers:
            tw = self.layers["townships"]
            code = field_lookup(tw, o.township_code_field or "XZDM", self.titles["townships"])
            name = field_lookup(tw, o.township_name_field or "XZMC", self.titles["townships"],
                                required=bool(o.township_name_field))
            self.fields["townships"] = [code, name] if name else [code]
        if not o.deduct_tiankan:
            self.result.tiankan_note = tr("耕地未扣除田坎（参数关闭）")
        elif self.tiankan:
            self.result.tiankan_note = tr("耕地已扣除田坎（{}）").format(self.tiankan)
        else:
            self.result.tiankan_note = tr("耕地未扣除田坎（地类图层无 KCXS/KCMJ 字段）")

    def _make_frame(self):
        """Work CRS, local origin, area table and the reading extent, from the patches' boxes alone (cheap), so the
        reference layers can be read while the patches are prepared."""
        if not self.inputs:
            raise InputError(tr("没有图斑可套合。"))
        extent = QgsRectangle()
        extent.setMinimal()
        for p in self.inputs:
            if p.geometry is not None and not p.geometry.isNull():
                extent.combineExtentWith(p.geometry.boundingBox())
        if extent.isEmpty() and extent.width() < 0:
            raise InputError(tr("没有可套合的图斑（全部缺少几何）。"))
        self.crs = choose_work_crs(self.patch_crs, self.layers, extent, self.context)
        self.result.work_crs = self.crs.authid()
        self._xform = QgsCoordinateTransform(self.patch_crs, self.crs, self.context) \
            if self.patch_crs != self.crs else None
        work_extent = self._xform.transformBoundingBox(extent) if self._xform is not None else QgsRectangle(extent)
        work_extent.grow(10.0)  # transformed boxes are conservative; a margin for the edges' bends
        origin = (math.floor(work_extent.xMinimum() / 1000.0) * 1000.0,
                  math.floor(work_extent.yMinimum() / 1000.0) * 1000.0)
        self.scale = AreaScale(self.crs, work_extent, self.context)
        self.frame = WorkFrame(self.crs, origin, self.context, QgsSpatialIndex(), work_extent)

    def _prepare_patches(self):
        """The patches in the work CRS, checked (repaired and reported when invalid), with exact planar area and
        ellipsoid factor. Runs as the first task; layer tasks wait for it before they pair patches."""
        try:
            patches = []
            for p in self.inputs:
                geom = self._patch_geometry(p, self._xform)
                if geom is not None:
                    patch = _Patch()
                    patch.key, patch.label, patch.work = p.key, p.label, geom
                    patches.append(patch)
            if not patches:
                raise InputError(tr("没有可套合的图斑（全部缺少几何或几何无效）。"))
            ox, oy = self.frame.ox, self.frame.oy
            index = self.frame.patch_index
            for n, patch in enumerate(patches):
                patch.idx = n
                patch.work_abstract = patch.work.constGet()
                patch.rect = patch.work.boundingBox()
                patch.box = box(patch.rect)
                patch.geometry = QgsGeometry(patch.work)
                patch.geometry.transform(self.frame.to_local)
                local = patch.geometry.constGet()
                patch.area = local.area()
                c = local.centroid()
                patch.factor = self.scale.factor(c.x() + ox, c.y() + oy)
                patch.large = patch.area > LARGE_PATCH_M2
                index.addFeature(n, patch.rect)
            self.patches = patches
            self._parts = {p.key: {} for p in patches}  # patch -> layer -> (values, notes)
            self._chunks = [patches[i:i + CHUNK] for i in range(0, len(patches), CHUNK)]
            self._patch_boxes = np.array([patch.box for patch in patches]) - [ox, oy, ox, oy]
            self._patch_area = np.array([patch.area for patch in patches])
        finally:
            self._patches_ready.set()

    def _wait_patches(self):
        """Layer tasks call this before using the patches; False when the run is over (error or cancel)."""
        while not self._patches_ready.wait(0.05):
            if self.tasks.cancel.is_set():
                return False
        return self.patches is not None and not self.tasks.cancel.is_set()

    def _patch_geometry(self, p, xform):
        """The patch in the work CRS, repaired if needed (reported), or None (reported) when unusable."""
        geom = QgsGeometry(p.geometry) if p.geometry is not None else QgsGeometry()
        if geom.isNull() or geom.isEmpty():
            self.result.warnings.append(tr("图斑 {} 没有几何，未套合。").format(p.label))
            return None
        if xform is not None:
            geom.transform(xform)
        if not geom.isGeosValid():
            problem = first_error(geom)
            fixed = polygonal(geom.makeValid())
            if fixed.isEmpty():
                self.result.warnings.append(tr("图斑 {} 几何无效（{}）且无法修复，未套合。").format(p.label, problem))
                return None
            self.result.warnings.append(tr("图斑 {} 几何无效（{}），已按修复后的几何套合。").format(p.label, problem))
            geom = fixed
        geom = polygonal(geom)
        if geom.isEmpty():
            self.result.warnings.append(tr("图斑 {} 不是面，未套合。").format(p.label))
            return None
        return geom

    def _threads(self):
        if self.options.threads is not None:
            return max(0, min(2, int(self.options.threads)))
        env = os.environ.get("WPZF_THREADS", "")
        if env.isdigit():
            return min(2, int(env))
        return 2 if (os.cpu_count() or 1) > 1 else 1  # one numpy lane, one Python lane (core.overlay_tasks)

    # ----- the run -----------------------------------------------------------------------------------------------
    def run(self):
        fb = self.feedback
        self._check_layers()
        self._read_terms(field_lookup)
        self._make_frame()
        self.refs = {key: Reference(key, self.layers[key], self.fields.get(key, []), self.frame, self.titles[key])
                     for key in REFERENCE_KEYS if key in self.layers}
        threads = self._threads()
        fb.pushInfo(tr("准备 {} 个图斑，读取参考图层并套合（{} 个线程）…").format(len(self.inputs), threads))
        # The patches are prepared by the first task while the others read the layers; each layer task then
        # queues that layer's work. Land use (the critical path) goes first in the queue.
        self.patches = None
        self._patches_ready = threading.Event()
        self._shapes_ready = threading.Event()
        self._job_feedbacks = {key: QgsFeedback() for key in self.refs}
        self.tasks = TaskRunner(threads, fb, on_cancel=self._cancel_loads)
        chunks = (len(self.inputs) + CHUNK - 1) // CHUNK
        self.tasks.expect(chunks * len(self.refs))
        self.tasks.add(self._prepare_patches, priority=0)
        if self.vectorise:
            self.tasks.add(self._build_shapes, priority=1)
        for key in sorted(self.refs, key=lambda k: -self.layers[k].featureCount()):
            self.tasks.add(self._load, key, lane="numpy", priority=0)
        # The numpy lane holds Python's lock only briefly between array operations; a short switch interval lets
        # it get the lock back quickly from the Python lane (restored afterwards).
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
        try:
            complete = self.tasks.run(3, 97)
        finally:
            sys.setswitchinterval(interval)
        if not complete or fb.isCanceled():
            raise Canceled(tr("套合分析已取消，未写入任何结果。"))
        if self.terms:
            self._apply_terms()
        self._assemble()
        self._collect_messages()
        fb.setProgress(98)
        return self.result

    def _cancel_loads(self):
        for job in self._job_feedbacks.values():
            job.cancel()

    def _load(self, key):
        """Read one layer (columnar fast path when possible), measure it in numpy when that pays, and queue the
        rest of its work for the Python lane."""
        ref = self.refs[key]
        if not (self.vectorise and ref.load_arrays()):
            ref.load(self._job_feedbacks[key])
        if not self._wait_patches():
            return
        priority = 1 if key == "landuse" else 2
        if ref.vectorised:
            if not self._vector_pairs(ref):  # huge polygons (township borders, red line): measure tiles instead
                self.tasks.add(self._build_tiles, key, priority=priority)
                return
            fids = sorted(set(ref.candidate_range(0, len(self.patches))))  # validity: Python lane, meanwhile
            for i in range(0, len(fids), VALIDATE_CHUNK):
                self.tasks.add(self._validate, key, fids[i:i + VALIDATE_CHUNK], priority=priority)
            if not self._wait_shapes():
                return
            self._measure(ref)
            self._queue_ranges(key, priority)
            return
        for chunk in self._chunks:
            self.tasks.add(self._layer_chunk, key, chunk, announced=True, priority=priority + 2)

    def _queue_ranges(self, key, priority):
        """The Python-lane rest of a measured layer, in a few pieces (progress, prompt cancel)."""
        n = len(self.patches)
        pieces = 4 if key == "landuse" else 1
        bounds = [n * i // pieces for i in range(pieces + 1)]
        ranges = [(bounds[i], bounds[i + 1]) for i in range(pieces) if bounds[i + 1] > bounds[i]]
        self.tasks.credit(len(self._chunks) - len(ranges))
        for lo, hi in ranges:
            self.tasks.add(self._layer_vectorised, key, lo, hi, announced=True, priority=priority)

    def _layer_chunk(self, key, chunk):
        """The general way: one prepared GEOS patch against the layer's pieces, patch by patch."""
        parts = self._parts
        cancel = self.tasks.cancel
        for patch in chunk:
            if cancel.is_set():
                return
            engine = QgsGeometry.createGeometryEngine(patch.work_abstract)
            engine.prepareGeometry()
            notes = []
            parts[patch.key][key] = (self._layer_values(key, patch, engine, notes), notes)

    def _layer_values(self, key, patch, engine, notes):
        if key == "landuse":
            return self._landuse(patch, engine, notes)
        if key == "townships":
            return self._township(patch, engine, notes)
        ref = self.refs[key]
        area, per_feature = self._coverage(patch, engine, ref)
        out = {AREA_FIELDS[key]: area * MU_PER_M2}
        if key in NUMBER_FIELDS and self.fields.get(key):
            out[NUMBER_FIELDS[key]] = self._numbers(ref, per_feature, notes)
        return out

    # ----- results -----------------------------------------------------------------------------------------------
    def _assemble(self):
        for patch in self.patches:
            parts = self._parts[patch.key]
            out = {"TBMJ": patch.area * patch.factor * MU_PER_M2}
            notes = [self.result.tiankan_note]
            for key in REFERENCE_KEYS:
                if key in parts:
                    values, more = parts[key]
                    out.update(values)
                    notes += more
            out["THBZ"] = clip_text("；".join(n for n in notes if n), THBZ_WIDTH)
            self.result.values[patch.key] = out

    def _collect_messages(self):
        res = self.result
        for ref in self.refs.values():
            res.warnings += [text for _fid, text in sorted(ref.repairs)]
        res.warnings += [text for _fid, text in sorted(self._coef_problems.items())]
        labels = {p.key: p.label for p in self.patches}
        uncovered, unplaced, overlaps = [], {}, []
        for key, vals in res.values.items():
            if vals.get("DLWFGMJ", 0.0) >= REPORT_UNCOVERED_MU:
                uncovered.append("{}（{:.2f} 亩）".format(labels[key], vals["DLWFGMJ"]))
            for code, area in vals.pop("_unplaced", {}).items():
                unplaced.setdefault(code, []).append((labels[key], area))
            if vals.pop("_overlap", 0.0) > 0:
                overlaps.append(labels[key])
        if uncovered:
            res.warnings.append(tr("{} 个图斑有部分不在地类图层范围内（DLWFGMJ），其三大类面积之和小于图斑面积，"
                                   "请补充地类数据后重新套合：{}").format(len(uncovered), "、".join(sorted(uncovered))))
        for code, rows in sorted(unplaced.items()):
            res.warnings.append(tr("地类编码 {}（{}）在三大类表中没有归类，面积未计入农用地/建设用地/未利用地，请核实后人工填报。"
                                   "涉及 {} 个图斑：{}").format(
                code or tr("(空)"), landclass.name(code) or tr("未知地类"), len(rows),
                "、".join("{}（{:.2f} 亩）".format(label, a) for label, a in sorted(rows))))
        if overlaps:
            res.warnings.append(tr("地类图层存在自相重叠的图斑，重叠部分按要素编号小者计入，涉及图斑：{}").format(
                "、".join(sorted(overlaps))))
        computed = ["TBMJ"] + LANDUSE_FIELDS + ["THBZ"]
        for key, field in AREA_FIELDS.items():
            if key in self.refs:
                computed.append(field)
                if key in NUMBER_FIELDS and self.fields.get(key):
                    computed.append(NUMBER_FIELDS[key])
                if key in TERM_FIELDS:
                    computed.append(TERM_FIELDS[key])  # empty without an end date field
        if "townships" in self.refs:
            computed += TOWNSHIP_FIELDS
        res.fields = computed
