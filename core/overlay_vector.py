"""Layers measured in vectorised form (core.overlay_clip), mixed into core.overlay.Overlay.

All patch × feature areas of a layer come from one numpy computation, which also leaves Python's lock free for the
other layers' threads. A patch goes the general (GEOS) way instead when the fast answer is not the whole story:
- land use: the patch is large (areas per piece), its pieces do not add up to its area (land use missing under it,
  or overlapping itself), or it touches an invalid land-use polygon (repaired with GEOS, reported);
- farmland, approvals, …: two or more features meet the patch (they may overlap: the union is exact only in GEOS),
  the patch is large, or it touches an invalid feature.
A layer whose patches meet huge polygons (township borders, red-line areas: copying thousands of vertices per pair)
stays entirely on the general way, where such polygons are cut into tiles once.
"""
import numpy as np
from qgis.core import QgsGeometry

from ..rules.fields import MU_PER_M2
from . import overlay_clip as clip
from .overlay_measure import AREA_FIELDS, NUMBER_FIELDS, REL_EPS
from .reference import UNUSABLE, Piece, Tiled

MIN_PIECE_M2 = 1e-6  # below: rounding where a patch only touches a polygon along an edge
VECTOR_BUDGET = 6_000_000  # polygon vertices copied over all pairs; above this the general way is cheaper


class VectorisedLayers:
    def _build_shapes(self):
        """The patches as arrays and convex parts (Python lane, right after the patches are prepared)."""
        try:
            if not self._wait_patches():
                return
            wkb = []
            for p in self.patches:
                geom = p.geometry
                if geom.constGet().hasCurvedSegments():
                    geom = QgsGeometry(geom.constGet().segmentize())
                wkb.append(bytes(geom.asWkb()))
            shapes = clip.parse_wkb(wkb)
            self._shapes = (shapes, clip.ConvexParts(shapes))
        finally:
            self._shapes_ready.set()

    def _wait_shapes(self):
        while not self._shapes_ready.wait(0.05):
            if self.tasks.cancel.is_set():
                return False
        return getattr(self, "_shapes", None) is not None and not self.tasks.cancel.is_set()

    def _vector_pairs(self, ref):
        """Candidate pairs of a vectorised layer; True when measuring them in numpy is worth it.
        Either way the pairs give each patch its candidate features (no spatial index needed)."""
        pair_patch, pair_row = clip.box_pairs(self._patch_boxes, ref.arrays.box)  # sorted by patch
        fids = np.asarray(ref.row_fid, dtype=np.int64)[pair_row] if len(pair_row) else np.zeros(0, np.int64)
        ref.set_candidates(np.searchsorted(pair_patch, np.arange(len(self.patches) + 1)).tolist(), fids.tolist())
        ref.pairs = (pair_patch, pair_row)
        arrays = ref.arrays
        vertices = np.bincount(arrays.ring_feature, weights=arrays.ring_len, minlength=arrays.n_features)
        return float(vertices[pair_row].sum()) <= VECTOR_BUDGET

    def _measure(self, ref):
        """Numpy lane: the overlap area of every candidate pair; keeps the positive ones, by patch."""
        shapes, parts = self._shapes
        pair_patch, pair_row = ref.pairs
        area = clip.overlap_areas(parts, ref.arrays, shapes.box, pair_patch, pair_row)
        hit = area > MIN_PIECE_M2
        ref.measured = (pair_patch[hit], np.asarray(ref.row_fid, dtype=np.int64)[pair_row[hit]], area[hit])

    def _build_tiles(self, key):
        """Python lane, layers of huge polygons: cut the features near patches into tiles once (GEOS); the numpy
        lane then measures patch × tile pairs like any other layer (a tile counts for its feature)."""
        ref = self.refs[key]
        wkb, owner, full = [], [], []
        for row in np.unique(ref.pairs[1]).tolist():
            fid = ref.row_fid[row]
            feat = ref.feature(fid)
            if feat is UNUSABLE:
                continue
            for piece in (feat.pieces if type(feat) is Tiled else [feat]):
                wkb.append(bytes(piece.geometry.asWkb()))
                owner.append(fid)
                full.append(piece.full)
        ref.tile_wkb = (wkb, np.array(owner, dtype=np.int64), np.array(full, dtype=bool))
        self.tasks.add(self._measure_tiles, key, lane="numpy", priority=1)

    def _measure_tiles(self, key):
        ref = self.refs[key]
        if not self._wait_shapes():
            return
        shapes, parts = self._shapes
        wkb, owner, full = ref.tile_wkb
        tiles = clip.parse_wkb(wkb, self.frame.ox, self.frame.oy)
        if tiles is None:
            raise RuntimeError("tiles of {} are not plain polygons".format(ref.key))
        pair_patch, pair_tile = clip.box_pairs(self._patch_boxes, tiles.box)
        # a patch whose box lies in a tile the polygon fills is wholly inside: no clipping needed
        pb, tb = self._patch_boxes[pair_patch], tiles.box[pair_tile]
        inside = full[pair_tile] & (tb[:, 0] <= pb[:, 0]) & (tb[:, 1] <= pb[:, 1]) & (tb[:, 2] >= pb[:, 2]) & (
            tb[:, 3] >= pb[:, 3])
        area = np.empty(len(pair_patch))
        area[inside] = self._patch_area[pair_patch[inside]]
        rest = ~inside
        area[rest] = clip.overlap_areas(parts, tiles, shapes.box, pair_patch[rest], pair_tile[rest])
        hit = area > MIN_PIECE_M2
        ref.measured = (pair_patch[hit], owner[pair_tile[hit]], area[hit])
        self._queue_ranges(key, 2)

    def _pair_areas(self, ref, lo, hi):
        """(patch index, fid, planar m²) of the measured pairs of patches lo..hi-1, by patch;
        bounds[i - lo] .. bounds[i - lo + 1] are patch i's pairs; the fids of invalid features."""
        pair_patch, fids, area = ref.measured
        a, b = np.searchsorted(pair_patch, [lo, hi])
        pair_patch, fids, area = pair_patch[a:b], fids[a:b], area[a:b]
        bounds = np.searchsorted(pair_patch, np.arange(lo, hi + 1)).tolist()
        # every candidate is checked (an invalid polygon's numpy area may be 0 or wrong); usually done already by
        # _validate while the numpy lane measured; a patch near a repaired one goes the GEOS way
        bad = {fid for fid in set(ref.candidate_range(lo, hi)) if not ref.check_valid(fid)}
        return pair_patch, fids.tolist(), area.tolist(), bounds, bad

    def _validate(self, key, fids):
        """Python lane: check (and repair, reported) these candidate features while numpy measures."""
        if not self.tasks.cancel.is_set():
            self.refs[key].validate_many(fids)

    def _layer_vectorised(self, key, first, end):
        """Patches first..end-1 of one layer."""
        ref = self.refs[key]
        pair_patch, fids, area, bounds, bad = self._pair_areas(ref, first, end)
        if key == "landuse":
            planar = np.array([p.area for p in self.patches[first:end]])
            sums = np.bincount(pair_patch - first, weights=area, minlength=end - first)
            mismatch = (np.abs(sums - planar) > planar * REL_EPS + 1e-6).tolist()
        parts_out = self._parts
        cancel = self.tasks.cancel
        for j, patch in enumerate(self.patches[first:end]):
            if cancel.is_set():
                return
            lo, hi = bounds[j], bounds[j + 1]
            mine = fids[lo:hi]
            notes = []
            near_bad = bool(bad) and any(f in bad for f in ref.candidates_for(patch))
            if key == "landuse":
                general = patch.large or mismatch[j] or near_bad
            elif key == "townships":
                general = patch.large or near_bad
            else:
                general = patch.large or near_bad or self._may_overlap(ref, set(mine))
            if general:
                engine = QgsGeometry.createGeometryEngine(patch.work_abstract)
                engine.prepareGeometry()
                values = self._layer_values(key, patch, engine, notes)
            elif key == "landuse":
                values = self._landuse_account(patch, [(mine[k], None, area[lo + k]) for k in range(hi - lo)],
                                               notes)
            else:
                per_feature = {}
                for k in range(lo, hi):
                    per_feature[fids[k]] = per_feature.get(fids[k], 0.0) + area[k] * patch.factor
                values = self._from_shares(key, ref, per_feature, notes)
            parts_out[patch.key][key] = (values, notes)

    def _may_overlap(self, ref, fids):
        """Do any two of these features share area? (Then only a GEOS union counts the patch's part once.)
        Pairs are tested once per run; adjacent polygons of a coverage only touch and are summed directly."""
        if len(fids) < 2:
            return False
        fids = sorted(fids)
        cache = ref.overlap_cache
        for i, a in enumerate(fids):
            for b in fids[i + 1:]:
                hit = cache.get((a, b))
                if hit is None:
                    hit = cache[(a, b)] = self._share_area(ref, a, b)
                if hit:
                    return True
        return False

    @staticmethod
    def _share_area(ref, a, b):
        fa, fb = ref.feature(a), ref.feature(b)
        if not isinstance(fa, Piece) or not isinstance(fb, Piece):
            return True  # tiled or unusable: let GEOS decide
        engine = QgsGeometry.createGeometryEngine(fa.abstract)
        return engine.relatePattern(fb.abstract, "T********")  # interiors meet: polygons overlap

    def _from_shares(self, key, ref, per_feature, notes):
        """Values of a non-land-use layer from per-feature ellipsoidal m² (features known not to overlap)."""
        if key == "townships":
            return self._township_from(ref, per_feature, notes)
        out = {AREA_FIELDS[key]: sum(per_feature.values()) * MU_PER_M2}
        if key in NUMBER_FIELDS and self.fields.get(key):
            out[NUMBER_FIELDS[key]] = self._numbers(ref, per_feature, notes)
        return out

