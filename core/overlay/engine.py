"""Overlay engine (套合分析): for every patch, the ellipsoidal area (亩) it shares with each reference layer.

One path, on shapely 2 (core.shapely_check says how to install it when missing): each reference layer is read with
only the features near the patches (core.overlay_read), cut with all patches at once (core.overlay_measure), and
summed per patch (core.overlay_values): pieces of different features of one layer are unioned, so overlapping
approvals count once; land use is split by 三大类 from rules/landclass (an unplaced code is reported, never guessed),
耕地 net of 田坎 when the layer carries KCXS/KCMJ. Areas are planar areas in the work CRS (GEOS sums them relative to
each ring's first vertex: exact on zone-prefixed eastings too) times the ellipsoid/plane factor of core.geodesic. Two layers are handled at once: one layer's reading (SQLite, GDAL — without
Python's lock) overlaps another's cutting (shapely 2.0 holds the lock in GEOS calls, so cutting itself is serial);
each layer's figures depend only on its own data, so the result does not depend on the thread count. Validity terms
(有效期) of approvals, permits, facility filings and temporary land are applied afterwards, only where a dated
feature meets a patch (core.overlay_validity).
"""
import os
import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

import numpy as np

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProcessingFeedback,
                       QgsRectangle)

from ...rules import landclass
from ...rules.fields import MU_PER_M2
from ..errors import Canceled, InputError
from .geodesic import AreaScale
from ..i18n import tr
from ..intake.layers import gk3_crs_authid
from .measure import AREA_FIELDS, NUMBER_FIELDS, REPORT_UNCOVERED_MU, Cutter, Patches, clip_text, polygonal
from .read import LayerSpec, read_reference
from .validity import DATE_OPTIONS, TERM_FIELDS, DatedLayers
from .values import LayerValues
from .shapely_check import require_shapely

REFERENCE_KEYS = ["landuse", "farmland", "redline", "approvals", "mining", "facility", "temporary", "townships"]
LANDUSE_FIELDS = ["GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "TKMJ", "DLWFGMJ"]
TOWNSHIP_FIELDS = ["XZDM", "XZMC"]
THBZ_WIDTH = 254


def titles():
    return {"landuse": tr("地类图斑"), "farmland": tr("永久基本农田"), "redline": tr("生态保护红线"),
            "approvals": tr("建设用地批准"), "mining": tr("采矿许可"), "facility": tr("设施农用地"),
            "temporary": tr("临时用地"), "townships": tr("乡镇界")}


class Options:
    """What to read from the reference layers. Field names as the user typed them (matched case-insensitively).
    threads: layers cut at once (None = 2 on a multi-core machine; 0 = all in the calling thread).
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


class WorkFrame:
    """Where the overlay computes: a projected CRS and the patches' extent in it."""

    def __init__(self, crs, transform_context, extent):
        self.crs = crs
        self.context = transform_context
        self.extent = extent
        self.extent_box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())


class Overlay(LayerValues, DatedLayers):
    """One overlay run: Overlay(...).run() -> OverlayResult."""

    def __init__(self, patches, patch_crs, layers, options, transform_context, feedback=None):
        self.inputs = list(patches)
        self.patch_crs = patch_crs
        self.layers = {k: v for k, v in layers.items() if v is not None}
        self.options = options
        self.context = transform_context
        self.feedback = feedback or QgsProcessingFeedback()
        self.result = OverlayResult()
        self.titles = titles()
        self._code_cache = {}
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
        """Work CRS, local origin, area table and the reading extent, from the patches' boxes."""
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
        self.scale = AreaScale(self.crs, work_extent, self.context)
        self.frame = WorkFrame(self.crs, self.context, work_extent)

    def _prepare_patches(self, shapely):
        """The patches in the work CRS, checked (repaired and reported when invalid)."""
        keys, labels, wkb = [], [], []
        for p in self.inputs:
            geom = self._patch_geometry(p)
            if geom is not None:
                keys.append(p.key)
                labels.append(p.label)
                wkb.append(bytes(geom.asWkb()))
        if not keys:
            raise InputError(tr("没有可套合的图斑（全部缺少几何或几何无效）。"))
        geoms = shapely.from_wkb(np.array(wkb, dtype=object))
        bad = np.flatnonzero(~shapely.is_valid(geoms) | ~np.isin(shapely.get_type_id(geoms), (3, 6)))
        drop = []
        for k in bad.tolist():
            valid = bool(shapely.is_valid(geoms[k]))
            problem = shapely.is_valid_reason(geoms[k])
            fixed = polygonal(geoms[k] if valid else shapely.make_valid(geoms[k]))
            if fixed is None:
                self.result.warnings.append(tr("图斑 {} 几何无效（{}）且无法修复，未套合。").format(labels[k], problem)
                                            if not valid else tr("图斑 {} 不是面，未套合。").format(labels[k]))
                drop.append(k)
                continue
            if not valid:
                self.result.warnings.append(tr("图斑 {} 几何无效（{}），已按修复后的几何套合。").format(labels[k], problem))
            geoms[k] = fixed
        if drop:
            keep = np.setdiff1d(np.arange(len(keys)), drop)
            keys, labels, geoms = [keys[k] for k in keep], [labels[k] for k in keep], geoms[keep]
            if not keys:
                raise InputError(tr("没有可套合的图斑（全部缺少几何或几何无效）。"))
        self.patches = Patches(keys, labels, geoms, self.scale)
        # the boxes the readers look for features in, a hair larger than the patches
        self.work_boxes = self.patches.boxes + [-1e-3, -1e-3, 1e-3, 1e-3]

    def _patch_geometry(self, p):
        """The patch in the work CRS (straight segments), or None (reported) when it has no geometry."""
        geom = QgsGeometry(p.geometry) if p.geometry is not None else QgsGeometry()
        if geom.isNull() or geom.isEmpty():
            self.result.warnings.append(tr("图斑 {} 没有几何，未套合。").format(p.label))
            return None
        if self._xform is not None:
            geom.transform(self._xform)
        if geom.constGet().hasCurvedSegments():
            geom.convertToStraightSegment()
        return geom

    def _threads(self):
        if self.options.threads is not None:
            return max(0, int(self.options.threads))
        env = os.environ.get("WPZF_THREADS", "")
        if env.isdigit():
            return int(env)
        return 2 if (os.cpu_count() or 1) > 1 else 1

    # ----- the run -----------------------------------------------------------------------------------------------
    def run(self):
        shapely = require_shapely()
        fb = self.feedback
        self._check_layers()
        self._read_terms(field_lookup)
        self._make_frame()
        self._prepare_patches(shapely)
        keys = [k for k in REFERENCE_KEYS if k in self.layers]
        # land use first: the biggest layer is the critical path
        keys.sort(key=lambda k: -self.layers[k].featureCount())
        self.specs = {k: LayerSpec(k, self.titles[k], self.layers[k], self.fields.get(k, []), self.frame)
                      for k in keys}
        self.refs, self.pieces, self.cutters, self._layer_results = {}, {}, {}, {}
        self.cancel = threading.Event()
        self._steps = 0
        threads = self._threads()
        fb.pushInfo(tr("准备 {} 个图斑，读取参考图层并套合（{} 个线程）…").format(len(self.patches), max(threads, 1)))
        fb.setProgress(3)
        if threads <= 1:
            for n, key in enumerate(keys):
                if fb.isCanceled():
                    self.cancel.set()
                    break
                self._layer_job(key)
                fb.setProgress(3 + 94.0 * (n + 1) / len(keys))
        else:
            self._run_threads(keys, threads)
        if self.cancel.is_set() or fb.isCanceled():
            raise Canceled(tr("套合分析已取消，未写入任何结果。"))
        self._parts = [{} for _ in range(len(self.patches))]
        for key, per_patch in self._layer_results.items():
            for p, item in per_patch.items():
                self._parts[p][key] = item
        if self.terms:
            self._apply_terms()
        self._assemble()
        self._collect_messages()
        fb.setProgress(98)
        return self.result

    def _run_threads(self, keys, threads):
        """Layers on a small pool; the calling thread moves the progress bar and passes a cancel on."""
        fb = self.feedback
        with ThreadPoolExecutor(max_workers=min(threads, len(keys)), thread_name_prefix="wpzf-overlay") as pool:
            futures = [pool.submit(self._layer_job, key, True) for key in keys]
            pending = set(futures)
            while pending:
                done, pending = wait(pending, timeout=0.1, return_when=FIRST_EXCEPTION)
                if fb.isCanceled():
                    self.cancel.set()
                finished = sum(1 for f in futures if f.done())
                fb.setProgress(3 + 94.0 * finished / len(keys))
                if any(f.exception() is not None for f in done):
                    self.cancel.set()
            for f in futures:
                if f.exception() is not None and not isinstance(f.exception(), Canceled):
                    raise f.exception()

    def _step(self):
        return not self.cancel.is_set()

    def _layer_job(self, key, pooled=False):
        """Read one layer, cut it with the patches and sum the figures (in a worker thread when `pooled`: then with
        that thread's own copy of the prepared patches)."""
        if self.cancel.is_set():
            return
        ref = read_reference(self.specs[key], self.work_boxes, self.cancel)
        self.refs[key] = ref
        cutter = Cutter(self.patches.for_this_thread() if pooled else self.patches, self.scale, self._step)
        pieces = cutter.cut(ref)
        if pieces is None:
            return
        self.pieces[key], self.cutters[key] = pieces, cutter
        if key == "landuse":
            values = self._landuse_values(cutter, ref, pieces)
        elif key == "townships":
            values = self._township_values(ref, pieces)
        else:
            values = self._coverage_values(key, cutter, ref, pieces)
        self._layer_results[key] = values

    # ----- results -----------------------------------------------------------------------------------------------
    def _assemble(self):
        patches = self.patches
        for p, patch_key in enumerate(patches.keys):
            parts = self._parts[p]
            out = {"TBMJ": float(patches.area[p] * patches.factor[p]) * MU_PER_M2}
            notes = [self.result.tiankan_note]
            for key in REFERENCE_KEYS:
                if key in parts:
                    values, more = parts[key]
                    out.update(values)
                    notes += more
            out["THBZ"] = clip_text("；".join(n for n in notes if n), THBZ_WIDTH)
            self.result.values[patch_key] = out

    def _collect_messages(self):
        res = self.result
        for key in REFERENCE_KEYS:
            ref = self.refs.get(key)
            if ref is not None:
                res.warnings += [text for _fid, text in sorted(ref.repairs)]
                cutter = self.cutters.get(key)
                for p, row in (cutter.failed if cutter is not None else []):
                    res.warnings.append(tr("图斑 {} 与{}要素 fid={} 求交失败（GEOS 拓扑错误），该项面积未计入，请检查两者几何。")
                                        .format(self.patches.labels[p], ref.title, int(ref.fids[row])))
        res.warnings += [text for _fid, text in sorted(self._coef_problems.items())]
        labels = dict(zip(self.patches.keys, self.patches.labels))
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
