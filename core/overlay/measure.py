"""What the overlay measures: the pieces each patch shares with one reference layer, and their areas.

Everything runs over whole arrays of (patch, feature) pairs in shapely 2: GEOS without Python per pair, in chunks
(progress and cancel between them; shapely 2.0 keeps Python's lock during GEOS calls, so chunks run one at a time):
1. an STRtree gives the pairs whose boxes meet; a prepared-patch `intersects` keeps the pairs that really meet;
2. the features in them are checked once, and repaired (reported) if invalid;
3. a patch covered by the feature is a piece as it is, and so is a feature covered by the patch — only the pairs
   whose borders cross are intersected, in chunks (progress, cancel; a chunk GEOS cannot cut is retried pair by
   pair on a 1 µm grid, and a pair that still fails is reported, never dropped silently).
Areas are planar areas (work CRS) times the ellipsoid factor of core.geodesic: the patch's, or for a large patch the
factor at each piece's centroid.
"""
import copy
import threading

import numpy as np

from ..i18n import tr
from .shapely_check import shapely

LARGE_PATCH_M2 = 200000.0  # above ~300 亩 each piece gets the area factor at its own centroid
MIN_NUMBER_M2 = 0.01  # an approval touching a patch along an edge gives no number
REPORT_UNCOVERED_MU = 0.001
REL_EPS = 1e-9
CHUNK = 20000  # pairs per GEOS call
BIG_FEATURE_VERTICES = 256  # a feature this big (red line, township) is prepared itself and asked about the patch
RETRY_GRID = 1e-6  # m: the fixed-precision grid a failed intersection is retried on
AREA_FIELDS = {"farmland": "YJJBNTMJ", "redline": "STHXMJ", "approvals": "PZMJ", "mining": "CKMJ",
               "facility": "SSNYDMJ", "temporary": "LSYDMJ"}
NUMBER_FIELDS = {"approvals": "PZWH", "mining": "CKZH"}
POLYGON_TYPES = (3, 6)  # shapely type ids of Polygon, MultiPolygon


def clip_text(text, width):
    return text if len(text) <= width else text[:width - 1] + "…"


def polygonal(geom):
    """Only the polygon parts of a shapely geometry (make_valid and intersections may add lines and points); None
    when nothing areal is left."""
    if geom is None or shapely.is_empty(geom):
        return None
    kind = shapely.get_type_id(geom)
    if kind in POLYGON_TYPES:
        return geom
    parts = [p for p in shapely.get_parts(geom) if shapely.get_type_id(p) in POLYGON_TYPES]
    parts = [q for p in parts for q in shapely.get_parts(p)]  # MultiPolygons of a collection, flattened
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.multipolygons(parts)


class Patches:
    """The patches of a run in the work CRS: geometry (prepared), planar area, ellipsoid factor, box."""

    def __init__(self, keys, labels, geoms, scale):
        self.keys = keys
        self.labels = labels
        self.geoms = geoms
        shapely.prepare(geoms)
        self.area = shapely.area(geoms)
        centroids = shapely.get_coordinates(shapely.centroid(geoms))
        self.factor = scale.factors(centroids[:, 0], centroids[:, 1])
        self.large = self.area > LARGE_PATCH_M2
        self.boxes = shapely.bounds(geoms)
        self._local = threading.local()

    def __len__(self):
        return len(self.keys)

    def for_this_thread(self):
        """These patches with geometries of this thread's own (copied once per worker thread). GEOS builds a prepared
        geometry's indexes lazily, on first use: two layer threads asking the same prepared patch at once corrupted
        it (a segfault in about one overlay in twenty with two threads)."""
        view = getattr(self._local, "view", None)
        if view is None:
            view = copy.copy(self)
            view.geoms = shapely.from_wkb(shapely.to_wkb(self.geoms))  # WKB keeps every double exactly
            shapely.prepare(view.geoms)
            self._local.view = view
        return view


class Pieces:
    """One layer's pieces, sorted by patch: patch index `pi`, feature row `ri`, geometry, planar and ellipsoidal m².
    A piece whose geometry is the whole patch shares the patch's geometry object."""

    def __init__(self, n_patches, pi, ri, geoms, area, ell):
        order = np.lexsort((ri, pi))
        self.pi, self.ri, self.geoms = pi[order], ri[order], geoms[order]
        self.area, self.ell = area[order], ell[order]
        self.bounds = np.searchsorted(self.pi, np.arange(n_patches + 1))

    def of(self, p):
        return range(self.bounds[p], self.bounds[p + 1])

    def per_feature(self, p):
        """{feature row: ellipsoidal m²} of patch p."""
        out = {}
        for k in self.of(p):
            r = int(self.ri[k])
            out[r] = out.get(r, 0.0) + float(self.ell[k])
        return out


class Cutter:
    """Cuts one reference layer with the patches. `step()` is called between chunks and returns False to stop
    (cancel)."""

    def __init__(self, patches, scale, step):
        self.patches = patches
        self.scale = scale
        self.step = step
        self.failed = []  # (patch index, row): pairs GEOS could not cut even on the fine grid

    def _chunked(self, fn, n, out):
        """out[lo:hi] = fn(lo, hi) over chunks of n pairs; False when canceled."""
        for lo in range(0, n, CHUNK):
            hi = min(lo + CHUNK, n)
            out[lo:hi] = fn(lo, hi)
            if not self.step():
                return False
        return True

    def cut(self, ref):
        p = self.patches
        if not len(ref) or not len(p):
            return self._pieces(np.zeros(0, int), np.zeros(0, int), np.empty(0, object), np.zeros(0))
        tree = shapely.STRtree(ref.geoms)
        pi, ri = tree.query(p.geoms)
        # a big feature is prepared (indexed) once and asked about each patch; a small one is asked by the patch
        big = shapely.get_num_coordinates(ref.geoms) > BIG_FEATURE_VERTICES
        shapely.prepare(ref.geoms[big])
        flip = big[ri]
        meet = np.zeros(len(pi), dtype=bool)
        if not self._chunked(lambda lo, hi: _intersects(p.geoms[pi[lo:hi]], ref.geoms[ri[lo:hi]], flip[lo:hi]),
                             len(pi), meet):
            return None
        pi, ri = pi[meet], ri[meet]
        check_features(ref, np.unique(ri))  # invalid ones repaired (or dropped) before anything is measured
        usable = ~shapely.is_missing(ref.geoms[ri])
        pi, ri = pi[usable], ri[usable]
        geoms = np.empty(len(pi), dtype=object)
        area = np.full(len(pi), np.nan)
        rows = np.unique(ri)
        ref_box = np.zeros((len(ref), 4))
        ref_box[rows] = shapely.bounds(ref.geoms[rows])
        rbox = ref_box[ri]
        pbox = p.boxes[pi]
        # the patch inside the feature: the whole patch is the piece
        around = np.flatnonzero((rbox[:, 0] <= pbox[:, 0]) & (rbox[:, 1] <= pbox[:, 1])
                                & (rbox[:, 2] >= pbox[:, 2]) & (rbox[:, 3] >= pbox[:, 3]))
        if len(around):
            shapely.prepare(ref.geoms[np.unique(ri[around])])
            whole = around[shapely.covers(ref.geoms[ri[around]], p.geoms[pi[around]])]
            geoms[whole] = p.geoms[pi[whole]]
            area[whole] = p.area[pi[whole]]
        # the feature inside the patch: the whole feature is the piece
        inside = np.flatnonzero(np.isnan(area) & (pbox[:, 0] <= rbox[:, 0]) & (pbox[:, 1] <= rbox[:, 1])
                                & (pbox[:, 2] >= rbox[:, 2]) & (pbox[:, 3] >= rbox[:, 3]))
        if len(inside):
            kept = inside[shapely.covers(p.geoms[pi[inside]], ref.geoms[ri[inside]])]
            geoms[kept] = ref.geoms[ri[kept]]
            area[kept] = shapely.area(geoms[kept])
        # borders that cross: intersect (a big feature first cut down to the patch's box)
        rest = np.flatnonzero(np.isnan(area))
        others = ref.geoms[ri[rest]]
        if flip[rest].any():
            others = others.copy()
            others[flip[rest]] = _near_patch(others[flip[rest]], pbox[rest[flip[rest]]])
        cut = np.empty(len(rest), dtype=object)
        if not self._chunked(lambda lo, hi: self._intersection(p.geoms[pi[rest[lo:hi]]], others[lo:hi],
                                                               pi[rest[lo:hi]], ri[rest[lo:hi]]), len(rest), cut):
            return None
        geoms[rest] = cut
        missing = shapely.is_missing(cut)
        area[rest] = 0.0
        area[rest[~missing]] = shapely.area(cut[~missing])
        keep = area > 0.0
        return self._pieces(pi[keep], ri[keep], geoms[keep], area[keep])

    def _intersection(self, a, b, pi, ri):
        try:
            return shapely.intersection(a, b)
        except shapely.errors.GEOSException:
            pass
        out = np.empty(len(a), dtype=object)
        for k in range(len(a)):  # one pair at a time, the failing ones on a fine grid
            try:
                out[k] = shapely.intersection(a[k], b[k])
            except shapely.errors.GEOSException:
                try:
                    out[k] = shapely.intersection(a[k], b[k], grid_size=RETRY_GRID)
                except shapely.errors.GEOSException:
                    out[k] = None
                    self.failed.append((int(pi[k]), int(ri[k])))
        return out

    def _pieces(self, pi, ri, geoms, area):
        ell = area * self.patches.factor[pi]
        big = np.flatnonzero(self.patches.large[pi])
        if len(big):
            ell[big] = area[big] * self.factors_at(geoms[big])
        return Pieces(len(self.patches), pi, ri, geoms, area, ell)

    def factors_at(self, geoms):
        """Ellipsoid factor at each geometry's centroid."""
        c = shapely.get_coordinates(shapely.centroid(geoms))
        return self.scale.factors(c[:, 0], c[:, 1])

    def ell(self, p, geom, area):
        """Planar m² of a piece of patch p -> ellipsoidal m²."""
        if not self.patches.large[p] or geom is None:
            return area * self.patches.factor[p]
        return area * float(self.factors_at(np.array([geom], dtype=object))[0])


def _near_patch(features, boxes):
    """Big features clipped to (a margin around) each patch's box: the intersection then meets a few dozen vertices
    instead of thousands. GEOS's rectangle clip does not promise a valid result: where it is not valid, the whole
    feature is kept."""
    margin = 1.0
    clipped = np.array([shapely.clip_by_rect(f, b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin)
                        for f, b in zip(features, boxes)], dtype=object)
    bad = ~shapely.is_valid(clipped)
    clipped[bad] = features[bad]
    return clipped


def _intersects(patches, features, flip):
    """intersects per pair, asking the prepared side: the patch, or where `flip` the (big, prepared) feature."""
    out = np.zeros(len(patches), dtype=bool)
    out[~flip] = shapely.intersects(patches[~flip], features[~flip])
    out[flip] = shapely.intersects(features[flip], patches[flip])
    return out


def check_features(ref, rows):
    """Check the features in `rows` once; an invalid one is repaired and reported (or dropped and reported when it
    cannot be repaired). Thread-safe for distinct layers."""
    if ref.checked is None:
        ref.checked = np.zeros(len(ref), dtype=bool)
    rows = rows[~ref.checked[rows]]
    if not len(rows):
        return
    geoms = ref.geoms[rows]
    present = ~shapely.is_missing(geoms)
    valid = np.zeros(len(rows), dtype=bool)
    valid[present] = shapely.is_valid(geoms[present])
    polygon = np.isin(shapely.get_type_id(geoms), POLYGON_TYPES)
    for k in np.flatnonzero(present & ~(valid & polygon)):
        row = rows[k]
        geom = geoms[k]
        fid = int(ref.fids[row])
        if valid[k]:  # valid but not (only) a polygon: keep the polygon parts
            ref.geoms[row] = polygonal(geom)
            continue
        problem = shapely.is_valid_reason(geom)
        fixed = polygonal(shapely.make_valid(geom))
        if fixed is None or not shapely.is_valid(fixed):
            ref.repairs.append((fid, tr("{}要素 fid={}{}：几何无效（{}），无法修复，未参与套合，请在原数据中修正").format(
                ref.title, fid, ref.label(row), problem)))
            ref.geoms[row] = None
            continue
        ref.repairs.append((fid, tr("{}要素 fid={}{}：几何无效（{}），已自动修复后参与套合（面积 {:.2f} → {:.2f} 平方米）")
                            .format(ref.title, fid, ref.label(row), problem, shapely.area(geom),
                                    shapely.area(fixed))))
        ref.geoms[row] = fixed
    ref.checked[rows] = True


def union_area(cutter, p, geoms):
    """Ellipsoidal m² of the union of some pieces of patch p."""
    merged = polygonal(shapely.union_all(np.array(geoms, dtype=object)))
    if merged is None:
        return 0.0, None
    return cutter.ell(p, merged, float(shapely.area(merged))), merged
