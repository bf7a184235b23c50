#!/usr/bin/python3
"""An irregular county 岭溪县 (431299) for benchmarks: the sample county's layout, shapes like real data.

    generate(out_dir, size="small"|"large", seed=20230101) -> manifest dict

Writes exactly what tools/sample_county.py writes (reference.gpkg with the same layer names and fields, monthly
patch batches as UTF-8 shapefiles, GeoPackages and GBK shapefiles without .cpg, county.json with the same manifest
keys), so the overlay bench, the demo and the tests read it the same way; its field lists and code tables are taken
from there. What differs is the geometry, made as other hands would make it, so that a bench on it is no easier
than on real data:
- CRS: CGCS2000 3-degree Gauss-Krüger zone 37 (EPSG:4525, zone-prefixed eastings), the county ~0.4° west of the
  central meridian at 27°N; patches in EPSG:4490.
- County outline: non-convex (two deep bays) with a detached exclave (飞地).
- Land use (三调): Voronoi cells of random seeds (denser in plains and villages, sparse in the mountains), each
  shared edge densified into a jagged line and used by both neighbours, so parcels tile the county exactly with
  identical vertices; same-class neighbours merged into parcels (chains along rivers and roads, some with holes);
  ~200k parcels of ~33 vertices on average in the large size. One small hole in the coverage (the gap).
- 永久基本农田: ~55k blocks, each the union of neighbouring cultivated cells, cutting across parcels.
- 生态保护红线: a few very large polygons (thousands of vertices, rough outlines, holes round villages, one with a
  detached part), clipped to the county outline.
- Approvals (overlapping re-approvals, numbers on two parcels, two broken geometries), mining permits, facility
  filings, temporary land: surveyed parcels; townships and the county are unions of cells.
- Patches (监测图斑): irregular and almost never convex — lobed blobs, L and U shapes, bent strips, patches with
  holes, two-part patches, patches following parcel edges 1 m inside, a few that are exactly one parcel — spread
  over the whole county, crossing cells and township borders; the special situations of bench/bench_overlay.py
  (SPECIAL_CASES) planted and listed in the manifest's `cases`.

Works with shapely 1.8 and 2.x (only the geometry classes, prepared geometries, make_valid; no STRtree).
Run: /usr/bin/python3 tools/irregular_county.py --size large --out .build/irregular   (about a minute or two)
"""

import argparse
import datetime as dt
import importlib.util
import json
import math
import os
import re
import struct
import sys
import time
import zlib

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage, sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree
from shapely.affinity import scale, translate
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.ops import unary_union
from shapely.prepared import prep
from shapely.validation import make_valid


def _sample_module():
    """tools/sample_county.py, for its field lists, code tables and helpers (loaded by path: tools/ is no package
    on sys.path when this file is loaded by the tests)."""
    name = "wpzf_tools_sample_county"
    if name not in sys.modules:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample_county.py")
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


SC = _sample_module()

COUNTY_CODE = "431299"
COUNTY_NAME = "岭溪县"
EPSG_REF = 4525  # CGCS2000 / 3-degree Gauss-Kruger zone 37 (central meridian 111°E, zone-prefixed easting)
EPSG_PATCH = 4490
CENTER_LONLAT = (110.58, 27.35)
M2_PER_MU = 2000.0 / 3.0
MEAN_CELL_M2 = 5000.0  # mean land-use cell

TOWNSHIP_NAMES = ["城关镇", "溪口镇", "桥头镇", "黄土铺镇", "龙潭镇", "白沙镇", "石门乡", "大坪乡", "长田乡", "枫木乡",
                  "水口乡", "高村乡", "茶山乡", "竹园乡"]

SIZES = {
    # cells: Voronoi cells in the county (land use ends up ~15 % fewer parcels); step: metres per point on a shared
    # edge; patches: monitoring patches; the rest: counts of reference features.
    "small": dict(cells=2400, step=11.5, patches=200, townships=5, months=3, redline=3, redline_vertices=1500,
                  approvals=30, pairs=3, multi=2, mining=4, illegal=2, facility=12, temporary=6, settlements=7,
                  gap_cells=1),
    "large": dict(cells=236000, step=11.5, patches=10000, townships=12, months=12, redline=4, redline_vertices=6000,
                  approvals=520, pairs=30, multi=20, mining=16, illegal=8, facility=260, temporary=120,
                  settlements=650, gap_cells=4),
}

# Planted situations (small count, large count); the ones bench/bench_overlay.py checks come first.
CASES = {
    "approval_overlap": (2, 30), "approval_invalid": (2, 4), "landuse_gap": (2, 3), "redline_hole": (2, 12),
    "mining_inside": (2, 60), "mining_partial": (2, 30), "mining_illegal": (1, 20), "township_border": (4, 350),
    "farmland_large": (2, 60), "facility": (3, 200), "temporary": (2, 100), "approval_partial": (4, 400),
    "approval_inside": (4, 500), "redline": (3, 200), "landuse_exact": (2, 60), "landuse_follow": (3, 250),
}
# Shapes of the other patches: (kind, weight).
SHAPES = [("blob", 30), ("l_shape", 12), ("u_shape", 8), ("strip", 12), ("holed", 8), ("multipart", 6),
          ("follow", 12), ("exact", 2), ("house", 10)]
TBLX = {"approval_overlap": ["20", "YH"], "approval_invalid": ["20", "DT"], "landuse_gap": ["20", "DT"],
        "redline_hole": ["20", "YH", "DT"], "redline": ["TD", "DT", "TP", "03"], "mining_inside": ["CK"],
        "mining_partial": ["CK"], "mining_illegal": ["CK"], "township_border": ["20", "TD", "DT", "YH"],
        "farmland_large": ["TP", "DT", "20", "GF"], "facility": ["20", "YH"], "temporary": ["TD", "YH", "DT"],
        "approval_partial": ["20", "YH", "DT"], "approval_inside": ["20", "20", "YH", "TD"],
        "landuse_exact": ["20", "DT", "TD"], "landuse_follow": ["20", "TP", "DT"], "general": ["20"] * 6 + [
            "TD", "DT", "YH", "TP", "ND", "03", "QT"]}

# Class mixes per terrain (three-tier 三调 codes; weights).
PLAIN = [("0101", 46), ("0102", 8), ("0103", 12), ("0201", 5), ("0201K", 1), ("0301", 4), ("0301K", 1),
         ("0307", 2), ("0404", 3), ("1104", 5), ("1104K", 2), ("1203", 1), ("1206", 0.5), ("1202", 1)]
HILL = [("0101", 14), ("0103", 22), ("0102", 3), ("0201", 12), ("0201K", 2), ("0301", 28), ("0307", 5),
        ("0305", 6), ("0404", 5), ("0403K", 1), ("1104", 1), ("1206", 1)]
MOUNTAIN = [("0301", 60), ("0305", 14), ("0307", 8), ("0404", 8), ("0401", 1.5), ("0103", 2), ("1207", 6),
            ("1206", 1)]
TOWN = [("0701", 52), ("05H1", 16), ("08H1", 6), ("08H2", 10), ("0702", 8), ("1004", 6), ("1206", 2)]
SEAT = [("0701", 45), ("05H1", 15), ("08H1", 8), ("08H2", 10), ("0702", 16), ("1004", 6)]
INDUSTRY = [("0601", 70), ("05H1", 10), ("1206", 10), ("1004", 10)]
VILLAGE = [("0702", 80), ("08H2", 3), ("05H1", 3), ("1202", 5), ("1104", 5), ("0201", 2), ("1006", 2)]
DLMC = SC.DLMC
CODES = list(DLMC)
CI = {c: i for i, c in enumerate(CODES)}
FARM = ("0101", "0102", "0103")
CZCS = ["", "202", "203", "204"]


def _rng(seed, name):
    return np.random.default_rng([seed, zlib.crc32(name.encode("utf-8"))])


# --------------------------------------------------------------------------------------------------------------
# Smooth random fields and the county outline (local metres around the county centre).
# --------------------------------------------------------------------------------------------------------------

class Field:
    """A smooth random field ~N(0, 1): a sum of plane waves of about `wavelength` metres."""

    def __init__(self, rng, wavelength, n=24):
        ang = rng.uniform(0, 2 * np.pi, n)
        k = 2 * np.pi / (wavelength * rng.uniform(0.7, 1.4, n))
        self.k = np.c_[k * np.cos(ang), k * np.sin(ang)]
        self.ph = rng.uniform(0, 2 * np.pi, n)
        self.norm = math.sqrt(2.0 / n)

    def __call__(self, x, y):
        x, y = np.atleast_1d(np.asarray(x, float)), np.atleast_1d(np.asarray(y, float))
        out = np.empty(len(x))
        for s in range(0, len(x), 100000):
            arg = np.outer(x[s:s + 100000], self.k[:, 0]) + np.outer(y[s:s + 100000], self.k[:, 1]) + self.ph
            out[s:s + 100000] = np.cos(arg).sum(1) * self.norm
        return out


class Raster:
    """A field sampled once on a grid of `h` metres over [lo, hi], read back bilinearly (cheap for many points)."""

    def __init__(self, fn, lo, hi, h):
        self.lo, self.h = np.asarray(lo, float), float(h)
        nx, ny = int((hi[0] - lo[0]) / h) + 2, int((hi[1] - lo[1]) / h) + 2
        gx, gy = np.meshgrid(self.lo[0] + h * np.arange(nx), self.lo[1] + h * np.arange(ny))
        self.grid = fn(gx.ravel(), gy.ravel()).reshape(ny, nx)

    def __call__(self, x, y):
        x, y = np.atleast_1d(np.asarray(x, float)), np.atleast_1d(np.asarray(y, float))
        return ndimage.map_coordinates(self.grid, [(y - self.lo[1]) / self.h, (x - self.lo[0]) / self.h], order=1,
                                       mode="nearest")


def _angdiff(a, b):
    return np.angle(np.exp(1j * (np.asarray(a) - b)))


class Outline:
    """Main body r < r(θ) (lobed, two deep bays) plus an exclave; radius R fits the wanted area."""

    def __init__(self, rng, area):
        self.harm = [(k, rng.uniform(0.02, 0.07) / k ** 0.3, rng.uniform(0, 2 * np.pi)) for k in range(2, 10)]
        self.bays = [(rng.uniform(0, 2 * np.pi), 0.45, 0.22)]
        self.bays.append((self.bays[0][0] + rng.uniform(2.2, 4.0), 0.3, 0.15))
        self.R = 1.0
        th = np.linspace(0, 2 * np.pi, 4096, endpoint=False)
        unit = 0.5 * float(np.sum(self.r(th) ** 2)) * (2 * np.pi / len(th))
        self.R = math.sqrt(area * 0.992 / unit)
        # the exclave: beyond the rim, half-way between the bays
        te = self.bays[0][0] + math.pi + rng.uniform(-0.6, 0.6)
        self.ex_r = math.sqrt(area * 0.008 / math.pi)
        self.ex_h = [(k, rng.uniform(0.04, 0.1), rng.uniform(0, 2 * np.pi)) for k in (2, 3, 5)]
        main = np.c_[np.cos(th), np.sin(th)] * self.r(th)[:, None]
        d = float(self.r(np.array([te]))[0]) + 1.2 * self.ex_r
        while True:  # far enough that a strip of cells outside the county separates it from the main body
            self.ex_c = np.array([d * math.cos(te), d * math.sin(te)])
            if cKDTree(main).query(self.exclave_points(256))[0].min() > max(0.15 * self.ex_r, 4 * math.sqrt(
                    MEAN_CELL_M2)):
                break
            d += 0.1 * self.ex_r

    def r(self, th):
        f = np.ones_like(th)
        for k, a, ph in self.harm:
            f = f + a * np.cos(k * th + ph)
        for tb, depth, width in self.bays:
            f = f * (1 - depth * np.exp(-(_angdiff(th, tb) / width) ** 2))
        return self.R * f

    def rex(self, th):
        f = np.ones_like(th)
        for k, a, ph in self.ex_h:
            f = f + a * np.cos(k * th + ph)
        return self.ex_r * f

    def inside(self, x, y):
        x, y = np.asarray(x, float), np.asarray(y, float)
        main = np.hypot(x, y) < self.r(np.arctan2(y, x))
        ex, ey = x - self.ex_c[0], y - self.ex_c[1]
        return main | (np.hypot(ex, ey) < self.rex(np.arctan2(ey, ex)))

    def boundary_points(self, n=6000):
        th = np.linspace(0, 2 * np.pi, n, endpoint=False)
        main = np.c_[np.cos(th), np.sin(th)] * self.r(th)[:, None]
        return np.vstack([main, self.exclave_points(n // 8)])

    def exclave_points(self, n):
        th = np.linspace(0, 2 * np.pi, n, endpoint=False)
        return self.ex_c + np.c_[np.cos(th), np.sin(th)] * self.rex(th)[:, None]


# --------------------------------------------------------------------------------------------------------------
# The mesh: Voronoi cells whose shared edges are jagged lines drawn once and used by both neighbours.
# --------------------------------------------------------------------------------------------------------------

class Mesh(SC.VoronoiMesh):
    """Voronoi diagram of the seeds (tools/sample_county.py's VoronoiMesh, which also walks the rings). Every ridge
    between two seeds p, q (Voronoi vertices A, B) that borders a used cell is replaced by a jagged polyline from A
    to B: points at increasing positions along AB, each offset across
    AB by less than the height of triangle ABp (towards p) or ABq (towards q) at that position. Triangles A-B-seed
    lie in the seed's (convex) cell and the triangles of one cell only meet along their sides, so the jagged
    ridges never cross and every cell stays a simple polygon; both neighbours use the same points, so any union of
    cells (parcels, farmland blocks, townships, the county) is assembled from the ridges between labels with
    identical vertices. Scipy's Voronoi vertices have three ridges each (checked), so the assembled rings never
    touch themselves."""

    N_DUMMY = 72

    def __init__(self, seeds, used, rng, step, far):
        super().__init__(seeds, far)
        ru = self.used_ridges(used)
        finite = (self.rv >= 0).all(1)
        deg = np.bincount(self.rv[finite].ravel(), minlength=len(self.V))
        if (deg[self.rv[ru].ravel()] != 3).any():
            raise RuntimeError("degenerate Voronoi vertex")
        self._jag(ru, rng, step)

    def _jag(self, ru, rng, step):
        a, b = np.maximum(self.rv[:, 0], 0), np.maximum(self.rv[:, 1], 0)
        A, B = self.V[a], self.V[b]
        D = B - A
        L = np.maximum(np.hypot(D[:, 0], D[:, 1]), 1e-12)
        u = D / L[:, None]
        nrm = np.c_[-u[:, 1], u[:, 0]]
        P = self.all[self.rp[:, 0]] - A
        H = np.abs((P * nrm).sum(1))
        tau = (P * u).sum(1) / L
        self.left0 = (D[:, 0] * P[:, 1] - D[:, 1] * P[:, 0]) > 0  # seed rp[:, 0] on the left of A -> B
        cnt = np.where(ru, np.floor(L / step + rng.random(len(L))).astype(np.int64), 0)
        start = np.cumsum(cnt) - cnt
        rid = np.repeat(np.arange(len(cnt)), cnt)
        j = np.arange(len(rid)) - start[rid]
        k = cnt[rid]
        t = (j + 0.5 + rng.uniform(-0.35, 0.35, len(rid))) / k
        ta = tau[rid]
        with np.errstate(divide="ignore", invalid="ignore"):
            t1 = np.where(ta > 1e-9, t / ta, np.inf)
            t2 = np.where(ta < 1 - 1e-9, (1 - t) / (1 - ta), np.inf)
        hmax = H[rid] * np.minimum(t1, t2)
        amp = np.minimum(np.minimum(0.7 * hmax, 0.2 * L[rid]), 9.0)
        bend = rng.uniform(-1, 1, len(L))[rid] * np.sin(np.pi * t)  # the whole edge bows a little ...
        zig = rng.uniform(-1, 1, len(rid))  # ... and zig-zags, as digitised by hand
        s = np.clip(0.55 * bend + 0.6 * zig, -1, 1)
        ip = A[rid] + D[rid] * t[:, None] + nrm[rid] * (s * amp)[:, None]
        self.pts = np.vstack([self.V, ip])
        self.nv = len(self.V)
        self.ipstart, self.ipcnt = start, cnt

    def assemble(self, lab):
        """Polygons of every label >= 0 of the cells (lab: one per seed, -1 none) -> Shapes."""
        xy, first, labels = self.walk_rings(lab)
        return Shapes(xy, np.r_[first, len(xy)], labels)


def _ring_areas(xy, rstart):
    """Signed (shoelace) areas of the rings xy[rstart[i]:rstart[i+1]] (unclosed)."""
    n = len(rstart) - 1
    if n <= 0:
        return np.zeros(0)
    tot = rstart[-1]
    nxt = np.arange(1, tot + 1)
    nxt[rstart[1:] - 1] = rstart[:-1]
    cross = xy[:, 0] * xy[nxt, 1] - xy[nxt, 0] * xy[:, 1]
    return 0.5 * np.add.reduceat(cross, rstart[:-1])


def _point_in_ring(pt, ring):
    x, y = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(x, -1), np.roll(y, -1)
    cond = (y > pt[1]) != (y2 > pt[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        xc = x + (pt[1] - y) * (x2 - x) / (y2 - y)
    return bool(np.count_nonzero(cond & (pt[0] < xc)) % 2)


class Shapes:
    """Assembled polygons: flat ring coordinates (unclosed) with ring offsets and labels; per label a list of
    polygons, each [shell ring index, hole ring indices...]."""

    def __init__(self, xy, rstart, rlab):
        self.xy, self.rstart = xy, rstart
        self.area_r = _ring_areas(xy, rstart)
        self.polys = {}
        i, nr = 0, len(rlab)
        rl = rlab.tolist()
        while i < nr:
            j = i
            while j < nr and rl[j] == rl[i]:
                j += 1
            shells = [k for k in range(i, j) if self.area_r[k] > 0]
            holes = [k for k in range(i, j) if self.area_r[k] <= 0]
            if len(shells) == 1:
                self.polys[rl[i]] = [[shells[0]] + holes]
            else:
                polys = [[s] for s in shells]
                for h in holes:
                    pt = self.ring(h)[0]
                    inside = [p for p in polys if _point_in_ring(pt, self.ring(p[0]))]
                    min(inside, key=lambda p: self.area_r[p[0]]).append(h)  # the smallest shell round it
                self.polys[rl[i]] = polys
            i = j

    def ring(self, k):
        return self.xy[self.rstart[k]:self.rstart[k + 1]]

    def labels(self):
        return sorted(self.polys)

    def area(self, label):
        return float(sum(self.area_r[k] for p in self.polys.get(label, []) for k in p))

    def areas(self, labels):
        """Areas of many labels at once (holes subtracted)."""
        first = np.array([self.polys[lb][0][0] for lb in labels], dtype=np.int64)
        out = self.area_r[first].copy()
        for j, lb in enumerate(labels):
            if len(self.polys[lb]) > 1 or len(self.polys[lb][0]) > 1:
                out[j] = self.area(lb)
        return out

    def vertices(self, label):
        return int(sum(self.rstart[k + 1] - self.rstart[k] for p in self.polys.get(label, []) for k in p))

    def bounds(self, label):
        pts = np.vstack([self.ring(p[0]) for p in self.polys[label]])
        return pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max()

    def bboxes(self, labels):
        """(minx, miny, maxx, maxy) of each label's polygons, as an array."""
        starts = self.rstart[:-1]
        lo = np.c_[np.minimum.reduceat(self.xy[:, 0], starts), np.minimum.reduceat(self.xy[:, 1], starts)]
        hi = np.c_[np.maximum.reduceat(self.xy[:, 0], starts), np.maximum.reduceat(self.xy[:, 1], starts)]
        first = np.array([self.polys[lb][0][0] for lb in labels], dtype=np.int64)
        out = np.c_[lo[first], hi[first]]
        for j, lb in enumerate(labels):
            if len(self.polys[lb]) > 1:
                shells = [p[0] for p in self.polys[lb]]
                out[j] = lo[shells, 0].min(), lo[shells, 1].min(), hi[shells, 0].max(), hi[shells, 1].max()
        return out

    def shapely(self, label):
        parts = [Polygon(self.ring(p[0]), [self.ring(k) for k in p[1:]]) for p in self.polys[label]]
        return parts[0] if len(parts) == 1 else MultiPolygon(parts)

    def wkb(self, label, origin, multi=False):
        """ISO WKB (little endian) in global coordinates, closed rings, written straight from the coordinates."""
        parts = self.polys[label]
        out = []
        for p in parts:
            out.append(struct.pack("<BII", 1, 3, len(p)))
            for k in p:
                a, b = self.rstart[k], self.rstart[k + 1]
                ring = np.empty((b - a + 1, 2))
                np.add(self.xy[a:b], origin, out=ring[:-1])
                ring[-1] = ring[0]
                out.append(struct.pack("<I", b - a + 1))
                out.append(ring.tobytes())
        if multi or len(parts) > 1:
            return struct.pack("<BII", 1, 6, len(parts)) + b"".join(out)
        return b"".join(out)


# --------------------------------------------------------------------------------------------------------------
# Geography: terrain, outline, towns and villages, rivers and roads.
# --------------------------------------------------------------------------------------------------------------

class Geography:
    def __init__(self, seed, size):
        self.p = p = SIZES[size]
        g = _rng(seed, "geography")
        self.area = p["cells"] * MEAN_CELL_M2
        self.outline = Outline(g, self.area)
        R = self.R = self.outline.R
        self.s = R / 19400.0  # linear scale against the large county
        edge = self.outline.boundary_points()
        self.lo, self.hi = edge.min(0) - 2500.0, edge.max(0) + 2500.0
        elev_f = [Field(g, max(12000 * self.s, 2500)), Field(g, max(4000 * self.s, 900)), Field(g, 1200),
                  Field(g, 400)]
        trend = g.uniform(0, 2 * np.pi)
        self.elevation = Raster(lambda x, y: 0.6 * elev_f[0](x, y) + 0.3 * elev_f[1](x, y) + 0.15 * elev_f[2](x, y)
                                + 0.05 * elev_f[3](x, y) + 0.9 * (np.cos(trend) * x + np.sin(trend) * y) / R,
                                self.lo, self.hi, 60.0)
        self.coh = Raster(Field(g, 350), self.lo, self.hi, 60.0)  # coherence of land classes
        self.twp_warp = (Field(g, max(6000 * self.s, 1200)), Field(g, max(6000 * self.s, 1200)))
        self.jbnt_f = Field(g, 2000)
        # zones by area: 45 % plains, 30 % hills, 25 % mountains
        probe = np.random.default_rng(5).uniform(-1.6 * R, 1.6 * R, (60000, 2))
        probe = probe[self.outline.inside(probe[:, 0], probe[:, 1])]
        e = self.elevation(probe[:, 0], probe[:, 1])
        self.t_plain, self.t_hill = np.quantile(e, [0.45, 0.75])
        self.e_max = float(e.max())
        plains = probe[e < self.t_plain]
        self._seats(g, plains, probe)
        self._settlements(g, probe)
        self._lines(g, plains)

    def zone(self, x, y, e=None):
        e = self.elevation(x, y) if e is None else e
        return np.where(e < self.t_plain, 0, np.where(e < self.t_hill, 1, 2))

    def _seats(self, g, plains, probe):
        n = self.p["townships"]
        # the county town on the plain nearest the centre; the other seats spread out, preferably on plains
        c0 = plains[np.argmin(np.hypot(plains[:, 0], plains[:, 1]) + g.uniform(0, 0.15 * self.R, len(plains)))]
        seats = [c0]
        pool = np.vstack([plains, probe[g.random(len(probe)) < 0.3]])
        gap = 0.9 * self.R / math.sqrt(n)
        for _ in range(20000):
            if len(seats) >= n:
                break
            c = pool[g.integers(len(pool))]
            if np.min(np.hypot(*(np.array(seats) - c).T)) > gap:
                seats.append(c)
            else:
                gap *= 0.9995
        self.seats = np.array(seats)
        self.seat_w = np.r_[1.15, g.uniform(0.9, 1.1, len(seats) - 1)]
        self.town_r = max(1100 * self.s, 260.0)
        self.town_h = [(k, g.uniform(0.08, 0.18), g.uniform(0, 2 * np.pi)) for k in (2, 3, 5, 7)]
        self.seat_r = max(320 * self.s ** 0.5, 90.0)
        self.industry_dir = g.uniform(0, 2 * np.pi)

    def in_town(self, x, y):
        dx, dy = np.asarray(x) - self.seats[0, 0], np.asarray(y) - self.seats[0, 1]
        th = np.arctan2(dy, dx)
        f = np.ones_like(th)
        for k, a, ph in self.town_h:
            f = f + a * np.cos(k * th + ph)
        return np.hypot(dx, dy) < self.town_r * f

    def in_industry(self, x, y):
        dx, dy = np.asarray(x) - self.seats[0, 0], np.asarray(y) - self.seats[0, 1]
        th = np.arctan2(dy, dx)
        d = np.hypot(dx, dy)
        return (np.abs(_angdiff(th, self.industry_dir)) < 0.5) & (d > 0.55 * self.town_r) & (d < 1.5 * self.town_r)

    def seat_index(self, x, y):
        d = np.hypot(np.asarray(x)[:, None] - self.seats[None, 1:, 0], np.asarray(y)[:, None] - self.seats[None, 1:, 1])
        k = np.argmin(d, axis=1)
        return np.where(d[np.arange(len(k)), k] < self.seat_r, k + 1, -1)

    def township_of(self, x, y):
        wx = np.asarray(x) + 0.22 * self.R / math.sqrt(len(self.seats)) * self.twp_warp[0](x, y)
        wy = np.asarray(y) + 0.22 * self.R / math.sqrt(len(self.seats)) * self.twp_warp[1](x, y)
        d = np.hypot(wx[:, None] - self.seats[None, :, 0], wy[:, None] - self.seats[None, :, 1]) * self.seat_w
        return np.argmin(d, axis=1)

    def _settlements(self, g, probe):
        e = self.elevation(probe[:, 0], probe[:, 1])
        ok = (e < self.t_hill) & ~self.in_town(probe[:, 0], probe[:, 1])
        cand = probe[ok]
        n = self.p["settlements"]
        pts = cand[g.permutation(len(cand))[:n * 3]]
        keep = []
        tree_pts = []
        for c in pts:
            if len(keep) >= n:
                break
            if tree_pts and np.min(np.hypot(*(np.array(tree_pts) - c).T)) < 380 * max(self.s, 0.25):
                continue
            keep.append(c)
            tree_pts.append(c)
        self.settle = np.array(keep).reshape(-1, 2)
        self.settle_r = g.uniform(55, 170, len(self.settle))
        self.settle_tree = cKDTree(self.settle) if len(self.settle) else None

    def settlement_at(self, x, y):
        """Index of the village a point is in (-1: none) and the distance to the nearest village's edge."""
        if self.settle_tree is None:
            return np.full(len(x), -1), np.full(len(x), np.inf)
        d, k = self.settle_tree.query(np.c_[x, y])
        edge = d - self.settle_r[k] * (1 + 0.25 * self.coh(x, y))
        return np.where(edge < 0, k, -1), edge

    def _lines(self, g, plains):
        """A river across the county through the plains, two tributaries, roads from the county town to the seats."""
        R = self.R
        th = g.uniform(0, 2 * np.pi)
        ctrl = [np.array([math.cos(th), math.sin(th)]) * 1.4 * R]
        for f in (0.55, 0.2, -0.2, -0.55):
            near = plains[np.argmin(np.hypot(*(plains - f * ctrl[0] / 1.4).T))]
            ctrl.append(near + g.uniform(-0.05, 0.05, 2) * R)
        ctrl.append(-ctrl[0])
        self.river = _curve(np.array(ctrl), 40.0)
        self.tributaries = []
        for _ in range(2):
            a = self.river[g.integers(len(self.river) // 4, 3 * len(self.river) // 4)]
            b = plains[g.integers(len(plains))]
            self.tributaries.append(_curve(np.array([a, (a + b) / 2 + g.uniform(-0.05, 0.05, 2) * R, b]), 40.0))
        self.roads = [_curve(np.array([self.seats[0], (self.seats[0] + s) / 2 + g.uniform(-0.04, 0.04, 2) * R, s]),
                             40.0) for s in self.seats[1:]]


_curve = SC._smooth_curve  # Catmull-Rom through control points, sampled every `step` metres


def _seeds(geo, rng):
    """Random seeds, denser on plains and in towns and villages: exactly `cells` inside the county, a margin round
    it at the same density and a sparse scatter farther out (their cells only close the county's)."""
    target = geo.p["cells"]
    ol = geo.outline
    etree = cKDTree(ol.boundary_points())
    cs = math.sqrt(MEAN_CELL_M2)
    edge = ol.boundary_points()
    lo, hi = edge.min(0) - 12 * cs, edge.max(0) + 12 * cs
    ins_parts, out_parts, n_in = [], [], 0
    while n_in < target:
        pts = rng.uniform(lo, hi, (min(max(4 * target, 4000), 600000), 2))
        x, y = pts[:, 0], pts[:, 1]
        dens = np.array([1.6, 1.0, 0.42])[geo.zone(x, y)]
        dens = np.where(geo.in_town(x, y) | (geo.seat_index(x, y) >= 0), 3.0, dens)
        dens = np.where(geo.settlement_at(x, y)[1] < 30, np.maximum(dens, 2.4), dens)
        pts = pts[rng.random(len(pts)) < dens / 3.0]
        ins = ol.inside(pts[:, 0], pts[:, 1])
        idx = np.nonzero(ins)[0]
        if len(idx) > target - n_in:  # stop where the target is reached: the density stays even everywhere
            cut = idx[target - n_in - 1] + 1
            pts, ins = pts[:cut], ins[:cut]
        out = pts[~ins]
        far = etree.query(out)[0] > 5 * cs
        out_parts.append(out[~far | (rng.random(len(out)) < 0.05)])
        ins_parts.append(pts[ins])
        n_in += int(ins.sum())
    inside = np.vstack(ins_parts)
    return np.vstack([inside, np.vstack(out_parts)]), len(inside)


# --------------------------------------------------------------------------------------------------------------
# Small helpers: a bounding-box grid index (no STRtree: its API differs between shapely 1.8 and 2), shapes.
# --------------------------------------------------------------------------------------------------------------

class Grid:
    """Bounding boxes in square bins; query() gives the indices whose box meets a box (candidates only)."""

    def __init__(self, size):
        self.size = float(size)
        self.bins = {}
        self.boxes = []

    def add(self, bounds):
        i = len(self.boxes)
        self.boxes.append(bounds)
        for key in self._keys(bounds):
            self.bins.setdefault(key, []).append(i)
        return i

    def _keys(self, b):
        s = self.size
        for gx in range(int(math.floor(b[0] / s)), int(math.floor(b[2] / s)) + 1):
            for gy in range(int(math.floor(b[1] / s)), int(math.floor(b[3] / s)) + 1):
                yield gx, gy

    def query(self, b):
        out = set()
        for key in self._keys(b):
            for i in self.bins.get(key, ()):
                c = self.boxes[i]
                if c[0] <= b[2] and c[2] >= b[0] and c[1] <= b[3] and c[3] >= b[1]:
                    out.add(i)
        return sorted(out)


class Indexed:
    """A list of shapely geometries with a Grid over them (geometries made on first use when given a factory)."""

    def __init__(self, bounds, make, size=400.0):
        self.grid = Grid(size)
        for b in bounds:
            self.grid.add(tuple(float(v) for v in b))
        self.make, self.cache, self.prepared = make, {}, {}

    def __len__(self):
        return len(self.grid.boxes)

    def geom(self, i):
        g = self.cache.get(i)
        if g is None:
            g = self.cache[i] = self.make(i)
        return g

    def near(self, geom):
        return self.grid.query(geom.bounds)

    def touched(self, geom, min_area=0.01):
        """Does `geom` share more than min_area with any of these geometries?"""
        for i in self.near(geom):
            p = self.prepared.get(i)
            if p is None:
                p = self.prepared[i] = prep(self.geom(i))
            if p.intersects(geom) and self.geom(i).intersection(geom).area > min_area:
                return True
        return False

    def share(self, geom, union=True):
        """Area of `geom` inside these geometries (overlaps counted once when `union`)."""
        pieces = [geom.intersection(self.geom(i)) for i in self.near(geom) if self.geom(i).intersects(geom)]
        pieces = [p for p in pieces if p.area > 0]
        if not pieces:
            return 0.0
        return (unary_union(pieces).area if union and len(pieces) > 1 else sum(p.area for p in pieces))


def _star(center, radius, n, rng, rough=0.3, kmax=8, decay=1.2):
    """A lobed star-shaped ring (simple): radius * (1 + sum of harmonics 2..kmax), amplitudes ~ k^-decay."""
    th = np.sort(rng.uniform(0, 2 * np.pi, n)) if n < 64 else np.linspace(0, 2 * np.pi, n, endpoint=False)
    ks = np.arange(2, kmax + 1)
    amps = rng.uniform(0.3, 1.0, len(ks)) * ks ** -decay
    amps *= rough / amps.sum()
    r = np.ones(n)
    for k, a in zip(ks, amps):
        r += a * np.cos(k * th + rng.uniform(0, 2 * np.pi))
    r = np.maximum(r, 0.25)
    return np.c_[center[0] + radius * r * np.cos(th), center[1] + radius * r * np.sin(th)]


def _jitter_ring(pts, rng, frac=0.04, extra=(0, 3)):
    """Insert a few points on each edge of a ring, pushed sideways by up to `frac` of the edge: hand-digitised."""
    out = []
    m = len(pts)
    for i in range(m):
        a, b = pts[i], pts[(i + 1) % m]
        out.append(a)
        d = b - a
        L = math.hypot(*d)
        if L < 1e-9:
            continue
        nrm = np.array([-d[1], d[0]]) / L
        for t in np.sort(rng.uniform(0.15, 0.85, rng.integers(extra[0], extra[1] + 1))):
            out.append(a + d * t + nrm * rng.uniform(-frac, frac) * L)
    return np.array(out)


def _rot(pts, th, center):
    c, s = math.cos(th), math.sin(th)
    return pts @ np.array([[c, s], [-s, c]]) + center


def _fit_area(geom, area):
    """Scale a geometry about its centroid to the wanted area."""
    if geom.is_empty or geom.area <= 0:
        return geom
    f = math.sqrt(area / geom.area)
    return scale(geom, f, f, origin="centroid")


def _largest(geom):
    if geom.geom_type == "Polygon":
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type == "Polygon"]
    return max(parts, key=lambda g: g.area) if parts else Polygon()


def _explode(geom, min_area=0.0):
    if geom is None or geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom] if geom.area > min_area else []
    return [p for g in getattr(geom, "geoms", []) for p in _explode(g, min_area)]


def _is_convex(geom):
    return geom.convex_hull.area <= geom.area * 1.002


# --------------------------------------------------------------------------------------------------------------
# Land: the mesh, townships, units, land classes, parcels, farmland blocks, the gap.
# --------------------------------------------------------------------------------------------------------------

class Land:
    def __init__(self, geo, seed):
        self.geo, self.p, self.seed = geo, geo.p, seed
        rng = _rng(seed, "seeds")
        for attempt in range(4):
            seeds, n_in = _seeds(geo, rng)
            used = np.zeros(len(seeds), bool)
            used[:n_in] = True
            try:
                self.mesh = Mesh(seeds, used, _rng(seed, "edges-%d" % attempt), self.p["step"], 6 * geo.R)
                break
            except RuntimeError:
                if attempt == 3:
                    raise
        self.n, self.sd = n_in, seeds[:n_in]
        self.inside = used
        self.county_shapes = self.mesh.assemble(np.where(used, 0, -1))
        self.county = self.county_shapes.shapely(0)
        self._townships(_rng(seed, "townships"))

    def lab(self, values, mask=None):
        """A label array over all seeds (outside ones -1) from per-cell values."""
        out = np.full(self.mesh.n, -1, np.int64)
        v = np.asarray(values, np.int64)
        out[:self.n] = v if mask is None else np.where(mask, v, -1)
        return out

    def _townships(self, rng):
        x, y = self.sd[:, 0], self.sd[:, 1]
        twp = self.geo.township_of(x, y)
        pr = self.mesh.pairs
        pr = pr[(pr < self.n).all(1)]
        for _ in range(12):  # each township one piece (pieces cut off from the rest join their neighbours)
            same = twp[pr[:, 0]] == twp[pr[:, 1]]
            gph = sparse.coo_matrix((np.ones(int(same.sum())), (pr[same, 0], pr[same, 1])), shape=(self.n, self.n))
            nc, comp = csgraph.connected_components(gph, directed=False)
            size = np.bincount(comp, minlength=nc)
            first = np.full(nc, -1)
            first[comp[::-1]] = np.arange(self.n)[::-1]
            label_of = twp[first]
            keep = np.zeros(nc, bool)
            seen = set()
            for c in np.argsort(-size, kind="stable").tolist():
                if label_of[c] not in seen:
                    seen.add(label_of[c])
                    keep[c] = True
            bad = np.nonzero(~keep[comp])[0]
            if not len(bad):
                break
            badset = set(bad.tolist())
            new = twp.copy()
            changed = False
            for c in bad.tolist():
                nb = [int(twp[q]) for q in self.mesh.neighbours(c) if q < self.n and q not in badset]
                if nb:
                    new[c] = max(set(nb), key=lambda v: (nb.count(v), -v))
                    changed = True
            twp = new
            if not changed:  # the exclave: a piece with no other township round it stays
                break
        present = sorted(set(twp.tolist()))
        remap = np.full(len(self.geo.seats), -1)
        remap[present] = np.arange(len(present))
        self.twp = remap[twp]
        self.ntwp = len(present)
        self.seat_of_twp = self.geo.seats[present]
        codes, k_town, k_xiang = [], 100, 200
        for i in range(self.ntwp):
            name = TOWNSHIP_NAMES[i % len(TOWNSHIP_NAMES)]
            if name.endswith("镇"):
                codes.append("%s%d" % (COUNTY_CODE, k_town))
                k_town += 1
            else:
                codes.append("%s%d" % (COUNTY_CODE, k_xiang))
                k_xiang += 1
        self.twp_codes = codes
        self.twp_names = [TOWNSHIP_NAMES[i % len(TOWNSHIP_NAMES)] for i in range(self.ntwp)]
        self.twp_shapes = self.mesh.assemble(self.lab(self.twp))
        self.townships = [self.twp_shapes.shapely(t) for t in range(self.ntwp)]

    # -- land classes of the cells, then parcels, farmland blocks and the gap
    def classify(self, feats, rng):
        geo, n = self.geo, self.n
        x, y = self.sd[:, 0], self.sd[:, 1]
        e = geo.elevation(x, y)
        z = geo.zone(x, y, e)
        coh = geo.coh(x, y)
        rnd = rng.standard_normal(n)
        u = rng.random(n)
        cls = np.zeros(n, np.int64)
        czcs = np.zeros(n, np.int64)
        for zi, mix in ((0, PLAIN), (1, HILL), (2, MOUNTAIN)):
            m = z == zi
            if m.any():
                cls[m] = SC._pick(mix, 0.7 * coh[m] + 0.3 * rnd[m])
        sidx, sedge = geo.settlement_at(x, y)
        ring = (sidx < 0) & (sedge < 120) & (z < 2)
        cls[ring & (u < 0.08)] = CI["1202"]
        cls[ring & (u >= 0.08) & (u < 0.14)] = CI["1104"]
        scattered = (sidx < 0) & (z < 2) & (u > 0.993)
        cls[scattered], czcs[scattered] = CI["0702"], 2
        town = geo.in_town(x, y)
        seat = geo.seat_index(x, y) >= 0
        for mask, mix, cz in ((sidx >= 0, VILLAGE, 2), (seat, SEAT, 1), (town, TOWN, 1),
                              (geo.in_industry(x, y), INDUSTRY, 1)):
            if mask.any():
                cls[mask] = SC._pick(mix, 0.7 * coh[mask] + 0.3 * rnd[mask])
                czcs[mask] = cz
        # rivers, ditches and roads: chains of cells
        def dist(lines, upper=60.0, pts=None):
            tree = cKDTree(np.vstack([SC._densify(ln, 8.0) for ln in lines]))
            return tree.query(self.sd if pts is None else pts, distance_upper_bound=upper)[0]
        d_river = dist([geo.river])
        for d, width, code in ((dist(geo.roads), 18.0, "1003"), (dist(geo.tributaries[1:]), 16.0, "1107"),
                               (dist(geo.tributaries[:1]), 24.0, "1101"), (d_river, 36.0, "1101")):
            m = d < width
            cls[m] = CI[code]
            czcs[m] = 0
            if code == "1003":
                urban = m & (town | seat)
                cls[urban], czcs[urban] = CI["1004"], 1
        # built approvals, mines, old facility filings change what is on the ground
        tree = cKDTree(self.sd)
        self.in_appr = np.zeros(n, bool)

        def cells_in(poly):
            poly = poly if poly.is_valid else make_valid(poly)
            c = poly.centroid
            cand = tree.query_ball_point([c.x, c.y], math.sqrt(poly.area) * 2 + 60)
            pp = prep(poly)
            return np.array([q for q in cand if pp.contains(Point(self.sd[q]))], dtype=np.int64)

        for a in feats.approvals:
            hit = cells_in(a["poly"])
            if not len(hit):
                continue
            self.in_appr[hit] = True
            if a["built"]:
                if a["kind"] == "industry":
                    cls[hit], czcs[hit] = CI["0601"], 1
                elif a["kind"] == "village":
                    cls[hit], czcs[hit] = CI["0702"], 2
                else:
                    cls[hit] = np.array([CI["0701"], CI["05H1"], CI["08H2"]])[(u[hit] * 3).astype(int) % 3]
                    czcs[hit] = 1
        for poly in feats.mines + feats.illegal_mines:
            hit = cells_in(poly)
            if len(hit):
                hit = hit[u[hit] < 0.75]
                cls[hit], czcs[hit] = CI["0602"], 3
        for poly, year in feats.facility:
            if year <= 2020:
                hit = cells_in(poly)
                if len(hit):
                    cls[hit] = CI["1202"]
        codes = np.array(CODES)[cls]
        # a few 0402 沼泽草地 by the river: a class the land-class table does not place
        cand = np.nonzero(np.isin(codes, ["0101", "0404"]) & (z == 0) & (czcs == 0))[0]
        cand = cand[dist([geo.river], 1500.0 * max(geo.s, 0.3), self.sd[cand]) < np.inf]
        marsh = rng.choice(cand, size=min(5, len(cand)), replace=False) if len(cand) else []
        cls[marsh] = CI["0402"]
        codes = np.array(CODES)[cls]
        p_kc = np.array([0.3, 0.8, 0.9])[z]
        has_kc = ((codes == "0103") & (rng.random(n) < p_kc)) | ((codes == "0102") & (z > 0) & (u < 0.5))
        frac = np.clip((e - geo.t_plain) / max(geo.e_max - geo.t_plain, 1e-9), 0, 0.999)
        kci = np.where(z == 0, (u * 2).astype(int) % 2, (frac * len(SC.KCXS_TABLE)).astype(int))
        self.kcxs_i = np.where(has_kc, kci + 1, 0)
        self.cls, self.czcs, self.zone, self.codes = cls, czcs, z, codes
        self._units(rng)
        self._gap(rng)
        self._parcels(rng)
        self._farmland(_rng(self.seed, "farmland"))

    def _units(self, rng):
        """坐落单位: a community per township (town and seat cells), else the nearest administrative village."""
        self.units = []
        unit = np.zeros(self.n, np.int64)
        names = _place_names(rng, 4000)
        used = 0
        for t in range(self.ntwp):
            idx = np.nonzero(self.twp == t)[0]
            code = self.twp_codes[t]
            community = len(self.units)
            self.units.append((code + "001" + "0000000", self.twp_names[t][:2] + "社区"))
            m = int(min(max(2, len(idx) // 900), 120, len(idx)))
            centers = self.sd[rng.choice(idx, size=m, replace=False)]
            base = len(self.units)
            self.units += [(code + "%03d" % (k + 2) + "0000000", names[used + k] + "村") for k in range(m)]
            used += m
            unit[idx] = base + cKDTree(centers).query(self.sd[idx])[1]
            unit[idx[self.czcs[idx] == 1]] = community
        self.unit = unit

    def _gap(self, rng):
        """A few cells near the county border without land use (left out by mistake, as happens)."""
        n = self.n
        depth = np.full(n, -1)
        pr = self.mesh.pairs
        cross = (pr[:, 0] < n) != (pr[:, 1] < n)
        frontier = sorted(set(np.where(pr[cross, 0] < n, pr[cross, 0], pr[cross, 1]).tolist()))
        depth[frontier] = 0
        for dpt in range(1, 5):
            nxt = []
            for c in frontier:
                for q in self.mesh.neighbours(c):
                    if q < n and depth[q] < 0:
                        depth[q] = dpt
                        nxt.append(q)
            frontier = nxt
        ok = np.isin(depth, (2, 3)) & (self.czcs == 0) & ~self.in_appr & (self.zone == 0)
        cand = np.nonzero(ok)[0]
        if not len(cand):
            cand = np.nonzero(np.isin(depth, (2, 3, 4)) & (self.czcs == 0))[0]
        c = int(cand[rng.integers(len(cand))])
        cells = [c]
        for q in self.mesh.neighbours(c):
            if len(cells) < self.p["gap_cells"] and q < n and depth[q] >= 1:
                cells.append(int(q))
        self.gap_cells = np.zeros(n, bool)
        self.gap_cells[cells] = True
        self.gap_twp = int(self.twp[c])
        self.gap = self.mesh.assemble(self.lab(np.zeros(n), self.gap_cells)).shapely(0)

    def _parcels(self, rng):
        """Neighbouring cells of one class, unit and 田坎 coefficient merged into parcels: forest and grass up to five
        cells, rivers, ditches and roads in chains up to twelve, farmland and houses mostly alone."""
        keycols = np.c_[self.cls, self.unit, self.kcxs_i, self.czcs]
        _, key = np.unique(keycols, axis=0, return_inverse=True)
        key = np.where(self.gap_cells, -1, key.ravel())
        codes = self.codes
        wild = np.char.startswith(codes, "03") | np.char.startswith(codes, "04") | np.isin(codes, ["1207", "1206"])
        linear = np.isin(codes, ["1101", "1107", "1003", "1004", "1006"])
        farm = np.isin(codes, list(FARM) + ["0201", "0702", "0701"])
        maxsize = np.where(wild, rng.integers(1, 6, self.n), np.where(
            linear, 12, np.where(farm, rng.choice([1, 1, 1, 2], self.n), 1)))
        keyx = np.full(self.mesh.n, -1, np.int64)
        keyx[:self.n] = key
        sizex = np.ones(self.mesh.n, np.int64)
        sizex[:self.n] = maxsize
        grp, ngrp = SC._bfs_groups(self.mesh, keyx, sizex, rng.permutation(self.mesh.n))
        self.grp, self.ngrp = grp[:self.n], ngrp
        first = np.full(ngrp, -1)
        valid = np.nonzero(self.grp >= 0)[0]
        first[self.grp[valid][::-1]] = valid[::-1]
        self.gcell = first  # one cell per parcel, for its attributes
        self.lu = self.mesh.assemble(grp)

    def _farmland(self, rng):
        """永久基本农田: blocks of neighbouring cultivated cells (mostly 1-4, some large), outside villages,
        towns and approvals; they cut across land-use parcels."""
        x, y = self.sd[:, 0], self.sd[:, 1]
        jb = np.isin(self.codes, FARM) & (self.zone < 2) & (self.czcs == 0) & ~self.in_appr & ~self.gap_cells
        jb &= self.geo.jbnt_f(x, y) < 1.1
        self.jbnt = jb
        keyx = np.full(self.mesh.n, -1, np.int64)
        keyx[:self.n] = np.where(jb, 0, -1)
        sizes = rng.choice([1, 2, 3, 4, 6, 10, 20, 40], self.mesh.n, p=[.55, .22, .1, .05, .04, .02, .015, .005])
        blk, nblk = SC._bfs_groups(self.mesh, keyx, sizes, rng.permutation(self.mesh.n))
        self.blk, self.nblk = blk[:self.n], nblk
        first = np.full(nblk, -1)
        valid = np.nonzero(self.blk >= 0)[0]
        first[self.blk[valid][::-1]] = valid[::-1]
        self.bcell = first
        self.fb = self.mesh.assemble(blk)


def _place_names(rng, n):
    head = "杨柳桃枫竹石泉溪岩黄白青龙凤马牛羊花茶梅松樟沙金银田"
    tail = "坪湾冲垅田坳塘岭坡湖桥口园溪坑洞山冈铺背"
    names = [h + t for h in head for t in tail]
    names = [names[i] for i in rng.permutation(len(names))]
    while len(names) < n:
        names += [a + b + c for a, b, c in zip(rng.choice(list(head), n), rng.choice(list(head), n),
                                                rng.choice(list(tail), n))]
        names = list(dict.fromkeys(names))
    return names[:n]


# --------------------------------------------------------------------------------------------------------------
# Reference features drawn by other offices: red line, mining permits, approvals, facility filings, temporary land.
# --------------------------------------------------------------------------------------------------------------

class Taken:
    """Geometries placed so far, to keep new ones apart."""

    def __init__(self):
        self.grid, self.geoms = Grid(600.0), []

    def add(self, geom):
        self.grid.add(geom.bounds)
        self.geoms.append(geom)

    def free(self, geom, margin=0.0, skip=()):
        test = geom.buffer(margin, 4) if margin else geom
        return not any(self.geoms[i].intersects(test) for i in self.grid.query(test.bounds)
                       if not any(self.geoms[i] is s for s in skip))


def _surveyed(center, area, rng, l_share=0.25):
    """A surveyed parcel: a rotated quadrilateral with slightly moved corners and a few extra boundary points, or an
    L-shaped parcel; scaled to `area`."""
    if rng.random() < l_share:
        a, b = rng.uniform(0.35, 0.65), rng.uniform(0.35, 0.65)
        pts = np.array([[0, 0], [1, 0], [1, a], [b, a], [b, 1], [0, 1]], float) - 0.5
        pts *= [rng.uniform(1.0, 1.8), 1.0]
    else:
        asp = rng.uniform(1.0, 2.4)
        pts = np.array([[-asp, -1], [asp, -1], [asp, 1], [-asp, 1]], float) / 2
        pts += rng.uniform(-0.06, 0.06, pts.shape)
    pts = _jitter_ring(pts, rng, frac=0.02, extra=(0, 2))
    poly = Polygon(_rot(pts, rng.uniform(0, np.pi), np.zeros(2)))
    return translate(_fit_area(poly, area), center[0] - poly.centroid.x, center[1] - poly.centroid.y) \
        if poly.is_valid else poly


class Features:
    def __init__(self, geo, land, seed):
        self.geo, self.land, self.p = geo, land, geo.p
        self.cprep = prep(land.county)
        self.taken = Taken()
        self.f = 1.0 if geo.p["cells"] > 50000 else 0.3  # areas of permits etc. in the small county
        self._redline(_rng(seed, "redline"))
        self._mining(_rng(seed, "mining"))
        self._approvals(_rng(seed, "approvals"))
        self._facilities(_rng(seed, "facility"))

    def _dir(self, rng):
        th = rng.uniform(0, 2 * np.pi)
        return np.array([math.cos(th), math.sin(th)])

    # -- 生态保护红线: a few very large polygons with rough outlines, holes round villages, clipped to the county
    def _redline(self, g):
        geo, land = self.geo, self.land
        nv = self.p["redline_vertices"]
        R0 = (0.14 if self.f == 1.0 else 0.25) * geo.R  # the small county keeps a few big ones too
        mountains = land.sd[geo.zone(land.sd[:, 0], land.sd[:, 1]) == 2]
        centers = []
        for c in mountains[g.permutation(len(mountains))]:
            if len(centers) >= self.p["redline"]:
                break
            if np.hypot(*(c - geo.seats[0])) < 0.35 * geo.R or np.min(np.hypot(*(geo.seats - c).T)) < 0.7 * R0:
                continue
            if centers and np.min(np.hypot(*(np.array(centers) - c).T)) < 2.4 * R0:
                continue
            centers.append(c)
        names = ["%s%s生态保护红线" % (COUNTY_NAME, t) for t in
                 ("雪峰山水源涵养", "龙潭岭生物多样性维护", "白沙河水土保持", "西山石漠化防治", "茶山水源涵养")]
        self.redline, shells = [], []
        for i, c in enumerate(centers):
            radius = R0 * g.uniform(0.85, 1.15)
            for _ in range(8):
                shell = Polygon(_star(c, radius, nv, g, rough=0.5, kmax=max(nv // 12, 40), decay=1.0))
                if shell.is_valid and not any(shell.intersects(s) for s in shells):
                    break
                radius *= 0.85
            else:
                continue
            holes = []
            near = np.nonzero(np.hypot(*(geo.settle - c).T) < 0.8 * radius)[0] if len(geo.settle) else []
            for k in near:
                h = Polygon(_star(geo.settle[k], geo.settle_r[k] + 120, max(nv // 25, 60), g, rough=0.15, kmax=10))
                if h.is_valid and shell.contains(h.buffer(30)) and not any(h.buffer(30).intersects(o) for o in holes):
                    holes.append(h)
            tries = int(g.integers(1, 4))
            for k in range(tries + 40):  # enclaves of farmland and houses left out of the red line; more tries
                if k >= tries and holes:  # only while it has no hole at all
                    break
                p = c + self._dir(g) * g.uniform(0.1, 0.6) * radius
                h = Polygon(_star(p, g.uniform(180, 420) * max(self.f, 0.5), max(nv // 20, 60), g, rough=0.2,
                                  kmax=12))
                if h.is_valid and shell.contains(h.buffer(30)) and not any(h.buffer(30).intersects(o) for o in holes):
                    holes.append(h)
            parts = [Polygon(shell.exterior.coords, [h.exterior.coords for h in holes])]
            if i == 1:  # one red line has a detached part
                p = c + self._dir(g) * 1.5 * radius
                isl = Polygon(_star(p, 0.3 * radius, max(nv // 4, 100), g, rough=0.4, kmax=60, decay=1.0))
                if isl.is_valid and not any(isl.intersects(s) for s in shells):
                    parts.append(isl)
                    shells.append(isl)
            shells.append(shell)
            clipped = _explode(MultiPolygon(parts).intersection(land.county), 1.0)
            if clipped:
                geom = MultiPolygon(clipped)
                self.redline.append((geom, names[len(self.redline) % len(names)]))
                self.taken.add(geom)
        self.red_parts = [p for geom, _n in self.redline for p in geom.geoms]
        self.red_holes = [Polygon(h) for p in self.red_parts for h in p.interiors if Polygon(h).area > 4000]

    # -- 采矿许可 in the hills, and a few mines without one
    def _mining(self, g):
        geo, land = self.geo, self.land
        cand = land.sd[geo.zone(land.sd[:, 0], land.sd[:, 1]) >= 1]
        self.mines, self.mine_names = [], []
        kinds = ["石灰岩矿", "建筑用砂岩矿", "高岭土矿", "建筑用花岗岩矿", "页岩矿", "萤石矿"]
        names = _place_names(g, 60)
        for _ in range(6000):
            if len(self.mines) >= self.p["mining"]:
                break
            c = cand[g.integers(len(cand))]
            if np.hypot(*(c - geo.seats[0])) < 1.2 * geo.town_r or \
                    (len(geo.settle) and np.min(np.hypot(*(geo.settle - c).T)) < 350 * self.f):
                continue
            area = g.uniform(80, 450) * M2_PER_MU * self.f ** 2
            poly = _fit_area(Polygon(_jitter_ring(_star(c, math.sqrt(area / math.pi), int(g.integers(7, 14)), g,
                                                        rough=0.2, kmax=4), g, 0.03, (0, 2))), area)
            if not poly.is_valid or not self.cprep.contains(poly) or not self.taken.free(poly, 250 * self.f):
                continue
            self.taken.add(poly)
            self.mines.append(poly)
            self.mine_names.append("%s%s%s" % (COUNTY_NAME, names[len(self.mines)], kinds[g.integers(len(kinds))]))
        self.mine_ckzh = ["C%s%04d%02d71%d%07d" % (COUNTY_CODE, g.integers(2008, 2021), g.integers(1, 13),
                                                    g.integers(2, 4), g.integers(0, 10 ** 7)) for _ in self.mines]
        self.illegal_mines = []
        for _ in range(4000):
            if len(self.illegal_mines) >= self.p["illegal"]:
                break
            c = cand[g.integers(len(cand))]
            circ = Point(c).buffer(g.uniform(60, 130) * max(self.f, 0.6), 12)
            if self.cprep.contains(circ) and self.taken.free(circ, 200 * self.f):
                self.taken.add(circ)
                self.illegal_mines.append(circ)

    # -- 建设用地批准: by the county town, the seats and the villages; some re-approved (overlapping), some numbers
    # on two parcels, two broken geometries
    def _approvals(self, g):
        geo, p = self.geo, self.p
        appr = []

        def add(center, area, kind):
            for _ in range(20):
                poly = _surveyed(center, area, g)
                if poly.is_valid and self.cprep.contains(poly) and self.taken.free(poly, 15):
                    appr.append(dict(poly=poly, kind=kind))
                    self.taken.add(poly)
                    return appr[-1]
                center = center + g.uniform(-60, 60, 2)
            return None

        n = p["approvals"]
        want = {"town": int(0.25 * n), "industry": int(0.07 * n), "seat": int(0.15 * n)}
        want["village"] = n - sum(want.values())
        have, tries = dict.fromkeys(want, 0), dict.fromkeys(want, 0)
        for _ in range(n * 6):
            open_kinds = [k for k in want if have[k] < want[k] and tries[k] < 6 * want[k]]
            if not open_kinds:
                break
            kind = open_kinds[int(g.integers(len(open_kinds)))]
            tries[kind] += 1
            if kind in ("town", "industry"):
                th = geo.industry_dir + g.uniform(-0.5, 0.5) if kind == "industry" else g.uniform(0, 2 * np.pi)
                c = geo.seats[0] + geo.town_r * g.uniform(0.4, 2.0) * np.array([math.cos(th), math.sin(th)])
                area = (g.uniform(30, 150) if kind == "industry" else g.uniform(5, 60)) * M2_PER_MU * self.f ** 2
            elif kind == "seat":
                c = geo.seats[g.integers(1, len(geo.seats))] + self._dir(g) * geo.seat_r * g.uniform(0.7, 2.2)
                area = g.uniform(5, 60) * M2_PER_MU * self.f
            else:
                if not len(geo.settle):
                    have[kind] = want[kind]
                    continue
                k = g.integers(len(geo.settle))
                c = geo.settle[k] + (geo.settle_r[k] + g.uniform(-20, 120)) * self._dir(g)
                area = g.uniform(3, 25) * M2_PER_MU
            rec = add(c, area, kind)
            if rec is not None:
                have[kind] += 1
        for a in appr:
            a["year"] = int(g.integers(2014, 2022))
        pairs = []  # re-approvals: a later parcel over part of an earlier one
        for i in g.permutation(len(appr)).tolist():
            if len(pairs) >= p["pairs"]:
                break
            a = appr[i]
            if a.get("pair") is not None:
                continue
            size = math.sqrt(a["poly"].area)
            for _ in range(12):
                c = np.array(a["poly"].centroid.coords[0]) + self._dir(g) * g.uniform(0.35, 0.65) * size
                poly = _surveyed(c, a["poly"].area * g.uniform(0.6, 1.1), g)
                if not poly.is_valid:
                    continue
                inter = poly.intersection(a["poly"]).area
                if inter < 0.15 * poly.area or inter > 0.7 * poly.area or not self.cprep.contains(poly):
                    continue
                if self.taken.free(poly, 15, skip=(a["poly"],)):
                    a["pair"] = len(appr)
                    appr.append(dict(poly=poly, kind=a["kind"], year=min(a["year"] + int(g.integers(1, 4)), 2021),
                                     pair=i))
                    self.taken.add(poly)
                    pairs.append((i, len(appr) - 1))
                    break
        seq, batch_no = {}, {}
        for a in appr:
            y = a["year"]
            seq[y] = seq.get(y, int(g.integers(5, 60))) + int(g.integers(1, 6))
            a["wh"] = "湘政土批〔%d〕%d号" % (y, seq[y])
            a["date"] = "%d-%02d-%02d" % (y, g.integers(1, 13), g.integers(1, 29))
            a["built"] = y <= 2019 and a.get("pair") is None
            key = (y, a["kind"])
            batch_no[key] = batch_no.get(key, 0) + 1
            what = {"industry": "工业园区", "village": "村庄", "town": "城镇", "seat": "集镇"}[a["kind"]]
            a["name"] = "%s%d年度第%d批次%s建设用地" % (COUNTY_NAME, y, batch_no[key], what)
        singles = [i for i, a in enumerate(appr) if a.get("pair") is None]
        for i in [singles[k] for k in g.permutation(len(singles))[:p["multi"]]]:
            a = appr[i]  # one approval number on two parcels
            size = math.sqrt(a["poly"].area)
            for _ in range(10):
                c = np.array(a["poly"].centroid.coords[0]) + self._dir(g) * 1.7 * size
                poly = _surveyed(c, a["poly"].area * 0.5, g)
                if poly.is_valid and self.cprep.contains(poly) and self.taken.free(poly, 15):
                    appr.append(dict(a, poly=poly, pair=None, second=True))
                    self.taken.add(poly)
                    break
        self.invalid = []  # two broken geometries, as found in real approval data
        cands = [i for i, a in enumerate(appr) if a.get("pair") is None and not a.get("second")
                 and a["kind"] == "village" and not a["built"]]
        for j, i in enumerate(cands[:2]):
            a = appr[i]
            c = np.array(a["poly"].centroid.coords[0])
            s = math.sqrt(a["poly"].area)
            if j == 0:
                ring = np.array([[-0.6, -0.5], [0.6, -0.5], [-0.6, 0.5], [0.6, 0.5]]) * s + c
                problem = "自相交(蝴蝶结形) / self-intersection (bow-tie)"
            else:
                ring = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [0.05, 0.5], [0.25, 0.1], [-0.15, 0.1],
                                 [0.05, 0.5], [-0.5, 0.5]]) * s + c
                problem = "环自接触 / ring self-touching at a vertex"
            a["poly"] = Polygon(ring)
            a["invalid"] = problem
            self.invalid.append(i)
        self.approvals, self.approval_pairs = appr, pairs

    # -- 设施农用地备案 beside the villages and 临时用地 along the roads
    def _facilities(self, g):
        geo = self.geo
        self.facility, self.temporary = [], []
        for _ in range(self.p["facility"] * 15):
            if len(self.facility) >= self.p["facility"] or not len(geo.settle):
                break
            k = g.integers(len(geo.settle))
            c = geo.settle[k] + (geo.settle_r[k] + g.uniform(80, 600) * self.f) * self._dir(g)
            if geo.zone(c[:1], c[1:])[0] == 2:
                continue
            poly = _surveyed(c, g.uniform(1.5, 12) * M2_PER_MU, g, l_share=0.1)
            if poly.is_valid and self.cprep.contains(poly) and self.taken.free(poly, 20):
                self.taken.add(poly)
                self.facility.append((poly, int(g.integers(2019, 2022))))
        roads = np.vstack(geo.roads)
        rtree = cKDTree(roads)
        for _ in range(self.p["temporary"] * 15):
            if len(self.temporary) >= self.p["temporary"]:
                break
            c = roads[g.integers(len(roads))] + g.uniform(-250, 250, 2) * self.f
            if geo.in_town(c[:1], c[1:])[0] or rtree.query(c)[0] < 40:
                continue
            poly = _surveyed(c, g.uniform(3, 25) * M2_PER_MU * self.f, g, l_share=0.15)
            if poly.is_valid and self.cprep.contains(poly) and self.taken.free(poly, 20):
                self.taken.add(poly)
                self.temporary.append((poly, int(g.integers(2021, 2023))))


# --------------------------------------------------------------------------------------------------------------
# Monitoring patches (监测图斑): irregular, almost never convex, over the whole county.
# --------------------------------------------------------------------------------------------------------------

class Patches:
    def __init__(self, geo, land, feats, seed, size):
        self.geo, self.land, self.feats, self.size = geo, land, feats, size
        self.rng = _rng(seed, "patches-" + size)
        self.cprep = prep(land.county)
        lu, fb = land.lu, land.fb
        self.lu_labels = list(range(land.ngrp))
        self.lu = Indexed(lu.bboxes(self.lu_labels), lu.shapely, 300.0)
        self.fb_labels = fb.labels()
        self.fb = Indexed(fb.bboxes(self.fb_labels), lambda i: fb.shapely(self.fb_labels[i]), 400.0)
        self.red = Indexed([g.bounds for g in feats.red_parts], lambda i: feats.red_parts[i], 2000.0)
        self.appr_geoms = [a["poly"] if a["poly"].is_valid else make_valid(a["poly"]) for a in feats.approvals]
        self.appr = Indexed([g.bounds for g in self.appr_geoms], lambda i: self.appr_geoms[i], 800.0)
        self.valid_appr = [i for i in range(len(self.appr_geoms)) if i not in feats.invalid]
        self.mines = Indexed([g.bounds for g in feats.mines], lambda i: feats.mines[i], 2000.0)
        self.twp = Indexed([t.bounds for t in land.townships], lambda i: land.townships[i], 5000.0)
        areas = np.array([fb.area(lb) for lb in self.fb_labels])
        self.big_farm = np.nonzero(areas > 45 * M2_PER_MU)[0]
        pr = land.mesh.pairs
        pr = pr[(pr < land.n).all(1)]
        self.twp_pairs = pr[land.twp[pr[:, 0]] != land.twp[pr[:, 1]]]
        w = np.where(land.czcs > 0, 4.0, np.array([2.0, 1.2, 0.5])[land.zone])
        w[land.gap_cells] = 0.0
        self.cell_cdf = np.cumsum(w / w.sum())
        self.ctree = cKDTree(land.sd)
        self.taken = Taken()
        self.placed = []

    def _cell(self):
        """A random cell, more often in villages and on the plains than in the mountains."""
        return int(min(np.searchsorted(self.cell_cdf, self.rng.random() * self.cell_cdf[-1]), self.land.n - 1))

    # -- shapes, all in local metres round a centre
    def _area(self, med=2.5, lo=0.3, hi=40.0, sigma=0.85):
        return float(np.clip(med * math.exp(self.rng.normal(0, sigma)), lo, hi)) * M2_PER_MU

    def _place(self, poly, c, area):
        poly = _fit_area(poly, area)
        return translate(poly, c[0] - poly.centroid.x, c[1] - poly.centroid.y)

    def blob(self, c, area, elong=None):
        g = self.rng
        ring = _star((0.0, 0.0), 1.0, int(g.integers(10, 40)), g, rough=g.uniform(0.35, 0.65), kmax=6, decay=0.8)
        ring = ring * [elong or g.uniform(1.0, 2.2), 1.0]
        return self._place(Polygon(_rot(ring, g.uniform(0, np.pi), np.zeros(2))), c, area)

    def l_shape(self, c, area, u=False):
        g = self.rng
        a, b = g.uniform(0.3, 0.6), g.uniform(0.3, 0.6)
        if u:
            w, h = g.uniform(0.22, 0.38), g.uniform(0.3, 0.65)
            pts = [[0, 0], [1, 0], [1, 1], [1 - w, 1], [1 - w, h], [w, h], [w, 1], [0, 1]]
        else:
            pts = [[0, 0], [1, 0], [1, a], [b, a], [b, 1], [0, 1]]
        pts = (np.array(pts, float) - 0.5) * [g.uniform(0.8, 1.8), 1.0]
        pts = _jitter_ring(pts, g, frac=0.03, extra=(0, 2))
        return self._place(Polygon(_rot(pts, g.uniform(0, 2 * np.pi), np.zeros(2))), c, area)

    def u_shape(self, c, area):
        return self.l_shape(c, area, u=True)

    def strip(self, c, area):
        """A bent strip (a new road, a ditch, a row of sheds): a polyline buffered with flat ends."""
        g = self.rng
        width = g.uniform(5, 22)
        length = max(area / width, 4 * width)
        nseg = int(g.integers(2, 5))
        th = g.uniform(0, 2 * np.pi)
        pts = [np.zeros(2)]
        for _ in range(nseg):
            th += g.uniform(-0.9, 0.9)
            pts.append(pts[-1] + length / nseg * np.array([math.cos(th), math.sin(th)]))
        line = LineString(np.array(pts))
        return self._place(line.buffer(width / 2, cap_style=2, join_style=2, mitre_limit=2.0), c, area)

    def holed(self, c, area):
        g = self.rng
        shell = Polygon(_star((0.0, 0.0), 1.0, int(g.integers(14, 40)), g, rough=g.uniform(0.2, 0.4), kmax=5))
        hole = Polygon(_star((g.uniform(-0.15, 0.15), g.uniform(-0.15, 0.15)), g.uniform(0.25, 0.45),
                             int(g.integers(8, 20)), g, rough=0.25, kmax=4))
        if not shell.is_valid or not shell.contains(hole.buffer(0.05)):
            return self.blob(c, area)
        return self._place(Polygon(shell.exterior.coords, [hole.exterior.coords]), c, area)

    def multipart(self, c, area):
        g = self.rng
        a = self.blob(c, 0.6 * area)
        d = math.sqrt(area) * g.uniform(0.9, 1.6)
        th = g.uniform(0, 2 * np.pi)
        b = self.blob(c + d * np.array([math.cos(th), math.sin(th)]), 0.4 * area)
        if a.distance(b) < 3.0:
            return a
        return MultiPolygon([a, b])

    def house(self, c, area):
        return self.l_shape(c, area, u=self.rng.random() < 0.25)

    def _parcel_at(self, c):
        cell = int(self.ctree.query(c)[1])
        return int(self.land.grp[cell]), cell

    def follow(self, c, area):
        """Parcels of the land use round c (one to four), 1 m inside their outline: a patch drawn along the
        parcel edges, as digitisers often do."""
        land = self.land
        gi, cell = self._parcel_at(c)
        if gi < 0:
            return None
        groups = {gi}
        for q in land.mesh.neighbours(cell)[:int(self.rng.integers(0, 4))]:
            if q < land.n and land.grp[q] >= 0:
                groups.add(int(land.grp[q]))
        union = unary_union([self.lu.geom(k) for k in sorted(groups)])
        g = _largest(union.buffer(-1.0, join_style=2, mitre_limit=2.0))
        return g if not g.is_empty and g.area < 60 * M2_PER_MU else None

    def exact(self, c, area):
        gi, _cell = self._parcel_at(c)
        if gi < 0:
            return None
        g = self.lu.geom(gi)
        return g if 200.0 < g.area < 40 * M2_PER_MU else None

    def shape(self, kind, c, area):
        if kind == "house":
            area = min(area, self._area(med=0.8, hi=4.0, sigma=0.6))
        return getattr(self, kind)(c, area)

    def _kind(self, kinds=None):
        kinds = kinds or SHAPES
        w = np.array([k[1] for k in kinds], float)
        return kinds[int(self.rng.choice(len(kinds), p=w / w.sum()))][0]

    def _odd_kind(self):
        """For the planted situations: any irregular shape that keeps its centre inside itself."""
        return self._kind([("blob", 45), ("l_shape", 20), ("u_shape", 10), ("holed", 15), ("house", 10)])

    # -- placement
    def _pt_in(self, poly, tries=60):
        minx, miny, maxx, maxy = poly.bounds
        pp = prep(poly)
        for _ in range(tries):
            x, y = self.rng.uniform(minx, maxx), self.rng.uniform(miny, maxy)
            if pp.contains(Point(x, y)):
                return np.array([x, y])
        rp = poly.representative_point()
        return np.array([rp.x, rp.y])

    def _pt_on(self, poly):
        b = poly.boundary
        p = b.interpolate(self.rng.uniform(0, b.length))
        return np.array([p.x, p.y])

    def _ok(self, g):
        if g is None or g.is_empty or not g.is_valid or g.area < 100.0:
            return False
        if (_is_convex(g) and self.rng.random() > 0.2) or not self.cprep.contains(g):
            return False  # a convex patch is rare (one in five kept), as in real batches
        return self.taken.free(g)

    def _add(self, g, case, kind):
        self.taken.add(g)
        self.placed.append(dict(geom=g, case=case, kind=kind))

    def _candidate(self, case, k):
        g_, land, feats = self.rng, self.land, self.feats
        kind = self._odd_kind()
        if case == "approval_inside":
            i = self.valid_appr[int(g_.integers(len(self.valid_appr)))]
            A = self.appr.geom(i)
            g = self.shape(kind, self._pt_in(A), min(self._area(), 0.5 * A.area))
            ok = g is not None and A.buffer(-0.5).contains(g) and not any(
                j != i and self.appr.geom(j).intersects(g) for j in self.appr.near(g))
            return g, kind, ok
        if case == "approval_overlap":
            i, j = feats.approval_pairs[int(g_.integers(len(feats.approval_pairs)))]
            A, B = self.appr.geom(i), self.appr.geom(j)
            O = A.intersection(B)
            g = self.shape(kind, self._pt_in(O), min(max(O.area * g_.uniform(0.6, 2.0), 300.0), 25000.0))
            if g is None:
                return None, kind, False
            if k % 3 != 2:  # most lie wholly inside the two approvals (cut along their edges), one in three reaches out
                g = _largest(g.intersection(A.union(B).buffer(-1.0, join_style=2)))
            ok = all(x.area > 20 for x in (g.intersection(O), g.intersection(A.difference(B)),
                                          g.intersection(B.difference(A))))
            others = [q for q in self.appr.near(g) if q not in (i, j) and self.appr.geom(q).intersects(g)]
            return g, kind, ok and not others
        if case == "approval_partial":
            A = self.appr.geom(self.valid_appr[int(g_.integers(len(self.valid_appr)))])
            g = self.shape(kind, self._pt_on(A), self._area())
            return g, kind, g is not None and 0.2 <= self.appr.share(g) / g.area <= 0.85
        if case == "approval_invalid":
            if not feats.invalid:
                return None, kind, False
            A = self.appr.geom(feats.invalid[k % len(feats.invalid)])
            g = self.shape(kind, self._pt_in(A), min(self._area(), 0.6 * A.area))
            return g, kind, g is not None and g.intersection(A).area > 0.3 * g.area
        if case == "township_border":
            a, b = self.twp_pairs[int(g_.integers(len(self.twp_pairs)))]
            c = (land.sd[a] + land.sd[b]) / 2
            g = self.shape(kind, c, self._area(med=4))
            if g is None:
                return None, kind, False
            shares = [g.intersection(self.twp.geom(t)).area / g.area for t in self.twp.near(g)]
            return g, kind, sum(s >= 0.15 for s in shares) >= 2
        if case == "landuse_gap":
            gap = land.gap
            g = self.shape(kind, self._pt_on(gap), min(max(gap.area * g_.uniform(0.05, 0.3), 300.0), 10000.0))
            return g, kind, g is not None and 0.2 <= g.intersection(gap).area / g.area <= 0.7
        if case == "redline_hole":
            if not feats.red_holes:
                return None, kind, False
            H = feats.red_holes[int(g_.integers(len(feats.red_holes)))]
            if k % 3 != 2:
                g = self.shape(kind, self._pt_in(H), min(self._area(), 0.3 * H.area))
                return g, kind, g is not None and H.buffer(-0.5).contains(g)
            g = self.shape(kind, self._pt_on(H), self._area())
            return g, kind, g is not None and 0.2 <= self.red.share(g) / g.area <= 0.8
        if case == "redline":
            R = feats.red_parts[int(g_.integers(len(feats.red_parts)))]
            g = self.shape(kind, self._pt_in(R), self._area(med=4))
            return g, kind, g is not None and self.red.share(g) >= 0.3 * g.area
        if case == "mining_inside":
            M = feats.mines[int(g_.integers(len(feats.mines)))]
            g = self.shape(kind, self._pt_in(M), min(self._area(med=6), 0.3 * M.area))
            return g, kind, g is not None and M.buffer(-0.5).contains(g)
        if case == "mining_partial":
            M = feats.mines[int(g_.integers(len(feats.mines)))]
            g = self.shape(kind, self._pt_on(M), self._area(med=6))
            return g, kind, g is not None and 0.2 <= self.mines.share(g) / g.area <= 0.8
        if case == "mining_illegal":
            if not feats.illegal_mines:
                return None, kind, False
            spot = feats.illegal_mines[int(g_.integers(len(feats.illegal_mines)))]
            g = self.shape(kind, self._pt_in(spot.buffer(50)), self._area(med=5))
            return g, kind, g is not None and not any(self.mines.geom(q).intersects(g) for q in self.mines.near(g))
        if case in ("facility", "temporary"):
            polys = feats.facility if case == "facility" else feats.temporary
            if not polys:
                return None, kind, False
            F = polys[int(g_.integers(len(polys)))][0]
            inner = F.buffer(-3)
            g = self.shape(kind, self._pt_in(inner if inner.area > 0 else F), g_.uniform(0.4, 0.9) * F.area)
            return g, kind, g is not None and g.intersection(F).area >= 0.8 * g.area
        if case == "farmland_large":
            if not len(self.big_farm):
                return None, kind, False
            F = self.fb.geom(int(self.big_farm[int(g_.integers(len(self.big_farm)))]))
            g = self.blob(self._pt_in(F), g_.uniform(52, 110) * M2_PER_MU, elong=1.6)
            return g, "blob", self.fb.share(g, union=False) >= 0.5 * g.area
        if case in ("landuse_exact", "landuse_follow"):
            kind = "exact" if case == "landuse_exact" else "follow"
            c = land.sd[self._cell()]
            return self.shape(kind, c, 0.0), kind, True
        raise ValueError(case)

    def run(self):
        col = 0 if self.size == "small" else 1
        self.shortfall = {}
        for case, counts in CASES.items():
            want, got = counts[col], 0
            for k in range(want * 40):
                if got >= want:
                    break
                g, kind, ok = self._candidate(case, got)
                if ok and self._ok(g):
                    self._add(g, case, kind)
                    got += 1
            if got < want:
                self.shortfall[case] = want - got
        total = self.geo.p["patches"]
        land = self.land
        for _ in range(total * 30):
            if len(self.placed) >= total:
                break
            c = land.sd[self._cell()] + self.rng.uniform(-25, 25, 2)
            kind = self._kind()
            g = self.shape(kind, c, self._area())
            if self._ok(g):
                self._add(g, "general", kind)
        return self.placed

    def attributes(self, geom):
        """Dominant land class and its 城镇村属性码, 是否涉及永农/红线, issued area (m², planar)."""
        by_code, best = {}, (0.0, "")
        pg = prep(geom)
        for i in self.lu.near(geom):
            p = self.lu.geom(i)
            if not pg.intersects(p):
                continue
            a = p.area if pg.contains(p) else p.intersection(geom).area
            cell = self.land.gcell[i]
            code = self.land.codes[cell]
            by_code[code] = by_code.get(code, 0.0) + a
            if a > best[0]:
                best = (a, CZCS[self.land.czcs[cell]])
        dlbm = max(sorted(by_code), key=lambda c: by_code[c]) if by_code else ""
        return dict(DLBM=dlbm, DLMC=DLMC.get(dlbm, ""), CZCSXM=best[1], SFYN="是" if self.fb.touched(geom) else "否",
                    SFHX="是" if self.red.touched(geom) else "否", MJ=round(geom.area, 2))


def _batches(planner, size, seed):
    """Monthly batches with numbers and imagery dates; two patches of the first month issued again in the third.
    Two-part patches go to the shapefile months (a GeoPackage batch layer is declared Polygon, as the sample's)."""
    rng = _rng(seed, "batches-" + size)
    nmonth = SIZES[size]["months"]
    labels = ["2022-%02d" % (m + 1) for m in range(nmonth)]
    gpkg = [m for m, lb in enumerate(labels) if SC.BATCH_FILES.get(lb, ("", "ESRI Shapefile"))[1] == "GPKG"]
    w = np.array(SC.MONTH_WEIGHTS[:nmonth]) if nmonth == 12 else np.ones(nmonth)
    month = rng.choice(nmonth, size=len(planner.placed), p=w / w.sum())
    shp_months = [m for m in range(nmonth) if m not in gpkg]
    batches = [[] for _ in range(nmonth)]
    for p, m in zip(planner.placed, month.tolist()):
        if p["geom"].geom_type == "MultiPolygon" and m in gpkg:
            m = shp_months[int(rng.integers(len(shp_months)))]
        batches[m].append(p)
    scenes = []
    for m in range(nmonth):
        y, mo = (2021, 12) if m == 0 else (2022, m)
        hsx = [dt.date(y, mo, int(d)) for d in sorted(rng.choice(np.arange(2, 29), 3, replace=False))]
        scenes.append([(h - dt.timedelta(days=int(rng.integers(28, 75))), h) for h in hsx])
    for m, items in enumerate(batches):
        items.sort(key=lambda p: (-round(p["geom"].bounds[3] / 1000.0), p["geom"].bounds[0]))
        for i, p in enumerate(items, 1):
            q, h = scenes[m][int(rng.integers(3))]
            choices = TBLX.get(p["case"], TBLX["general"])
            p.update(JCBH="%s2022%02d%04d" % (COUNTY_CODE, m + 1, i), QSX=q.isoformat(), HSX=h.isoformat(),
                     TBLX=choices[int(rng.integers(len(choices)))])
    reissued = []
    if nmonth >= 3:
        for cases in (("approval_inside", "approval_partial"), ("general",)):
            src = next((p for p in batches[0] if p["case"] in cases and p["geom"].geom_type == "Polygon"), None)
            if src is not None:
                q, h = scenes[2][int(rng.integers(3))]
                batches[2].append(dict(src, QSX=q.isoformat(), HSX=h.isoformat(), reissued=True))
                reissued.append(src["JCBH"])
    return batches, reissued


# --------------------------------------------------------------------------------------------------------------
# Writing (field lists, layer names and the batch file layout of tools/sample_county.py).
# --------------------------------------------------------------------------------------------------------------

def _origin():
    ct = osr.CoordinateTransformation(SC._srs(EPSG_PATCH), SC._srs(EPSG_REF))
    x, y, _ = ct.TransformPoint(*CENTER_LONLAT)
    return np.array([round(x), round(y)], float)


def _write_layer(ds, name, fields, gtype, rows):
    """rows: (WKB bytes, {field: value})."""
    lyr = SC._create_layer(ds, name, SC._srs(EPSG_REF), gtype, fields)
    defn = lyr.GetLayerDefn()
    idx = {f[0]: defn.GetFieldIndex(f[0]) for f in fields}
    kind = {f[0]: f[1] for f in fields}
    ds.StartTransaction()
    for geom, values in rows:
        feat = ogr.Feature(defn)
        for k, v in values.items():  # typed setters: the generic SetField costs a type dispatch per call
            if v is None:
                feat.SetFieldNull(idx[k])
            elif kind[k] == "int":
                feat.SetFieldInteger64(idx[k], int(v))
            elif kind[k] == "str":
                feat.SetFieldString(idx[k], v)
            else:
                feat.SetField(idx[k], v)
        feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geom))
        lyr.CreateFeature(feat)
    ds.CommitTransaction()


def _shp_wkb(geom, origin, multi=False):
    geom = translate(geom, origin[0], origin[1])
    if multi and geom.geom_type == "Polygon":
        geom = MultiPolygon([geom])
    return geom.wkb


def _landuse_rows(land, origin):
    """Land-use features numbered per 坐落单位 from north-west to south-east, with their attributes."""
    lu = land.lu
    bb = lu.bboxes(list(range(land.ngrp)))
    unit = land.unit[land.gcell]
    keys = np.lexsort(((bb[:, 0] + bb[:, 2]) / 2, -np.round((bb[:, 1] + bb[:, 3]) / 500.0), unit))
    seq = {}
    rows = []
    areas = lu.areas(list(range(land.ngrp)))
    for bsm, gi in enumerate(keys.tolist(), 1):
        c = land.gcell[gi]
        code = land.codes[c]
        ucode, uname = land.units[land.unit[c]]
        seq[ucode] = seq.get(ucode, 0) + 1
        tbmj = round(float(areas[gi]), 2)
        kcxs = SC.KCXS_TABLE[land.kcxs_i[c] - 1] if land.kcxs_i[c] else 0.0
        rows.append((lu.wkb(gi, origin), dict(BSM=bsm, TBBH=str(seq[ucode]), DLBM=code, DLMC=DLMC[code],
                                              ZLDWDM=ucode, ZLDWMC=uname, CZCSXM=CZCS[land.czcs[c]], KCXS=kcxs,
                                              KCMJ=round(tbmj * kcxs, 2), TBMJ=tbmj)))
    return rows


def _write_reference(path, land, feats, origin):
    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    townships = [(land.twp_shapes.wkb(t, origin, multi=True), dict(XZDM=land.twp_codes[t], XZMC=land.twp_names[t]))
                 for t in range(land.ntwp)]
    fb, jb = land.fb, {}
    farmland = []
    labels = fb.labels()
    for lb, area in zip(labels, fb.areas(labels).tolist()):
        code = land.twp_codes[land.twp[land.bcell[lb]]]
        jb[code] = jb.get(code, 0) + 1
        farmland.append((fb.wkb(lb, origin), dict(JBNTBH="%s%05d" % (code, jb[code]), XZDM=code, MJ=round(area, 2))))
    redline = [(_shp_wkb(g, origin, multi=True), dict(HXBH="HX%s%02d" % (COUNTY_CODE, k), HXMC=name))
               for k, (g, name) in enumerate(feats.redline, 1)]
    approvals = [(_shp_wkb(a["poly"], origin), dict(PZWH=a["wh"], PZMC=a["name"], PZRQ=a["date"]))
                 for a in feats.approvals]
    mining = [(_shp_wkb(m, origin), dict(CKZH=z, KSMC=n))
              for m, z, n in zip(feats.mines, feats.mine_ckzh, feats.mine_names)]
    facility = [(_shp_wkb(f, origin), dict(BAH="岭设农备〔%d〕%d号" % (y, k)))
                for k, (f, y) in enumerate(feats.facility, 1)]
    temporary = [(_shp_wkb(t, origin), dict(LSYDBH="岭临用〔%d〕%d号" % (y, k)))
                 for k, (t, y) in enumerate(feats.temporary, 1)]
    specs = [("townships", SC.F_TOWNSHIPS, ogr.wkbMultiPolygon, townships),
             ("landuse", SC.F_LANDUSE, ogr.wkbPolygon, _landuse_rows(land, origin)),
             ("farmland", SC.F_FARMLAND, ogr.wkbPolygon, farmland),
             ("redline", SC.F_REDLINE, ogr.wkbMultiPolygon, redline),
             ("approvals", SC.F_APPROVALS, ogr.wkbPolygon, approvals),
             ("mining", SC.F_MINING, ogr.wkbPolygon, mining),
             ("facility", SC.F_FACILITY, ogr.wkbPolygon, facility),
             ("temporary", SC.F_TEMPORARY, ogr.wkbPolygon, temporary)]
    counts = {}
    for name, fields, gtype, rows in specs:
        _write_layer(ds, SC.LAYERS[name], fields, gtype, rows)
        counts[name] = len(rows)
    ds = None
    return counts


# --------------------------------------------------------------------------------------------------------------
# Generation.
# --------------------------------------------------------------------------------------------------------------

def generate(out_dir, size="small", seed=20230101):
    """Write the irregular county into out_dir and return its manifest (also written as county.json)."""
    if size not in SIZES:
        raise ValueError("size must be one of %s, not %r" % (sorted(SIZES), size))
    with SC._gdal_exceptions():
        return _generate(out_dir, size, seed)


def _generate(out_dir, size, seed, log=None):
    log = log or (lambda text: None)
    started = time.time()
    out_dir = os.path.abspath(out_dir)
    patch_dir = os.path.join(out_dir, "patches")
    os.makedirs(patch_dir, exist_ok=True)
    for name in os.listdir(patch_dir):
        if re.fullmatch(r"2022-\d\d(_gbk)?\.(shp|shx|dbf|prj|cpg|gpkg)", name):
            os.remove(os.path.join(patch_dir, name))
    geo = Geography(seed, size)
    land = Land(geo, seed)
    log("mesh: %d cells, %d townships [%.0f s]" % (land.n, land.ntwp, time.time() - started))
    feats = Features(geo, land, seed)
    land.classify(feats, _rng(seed, "classes"))
    log("land use %d parcels, farmland %d blocks [%.0f s]" % (land.ngrp, land.nblk, time.time() - started))
    planner = Patches(geo, land, feats, seed, size)
    planner.run()
    for p in planner.placed:
        p.update(planner.attributes(p["geom"]))
    batches, reissued = _batches(planner, size, seed)
    log("patches %d [%.0f s]" % (len(planner.placed), time.time() - started))
    origin = _origin()
    old_date = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2022-01-01T00:00:00.000Z")  # reproducible GeoPackages
    try:
        ref_path = os.path.join(out_dir, "reference.gpkg")
        counts = _write_reference(ref_path, land, feats, origin)
        manifest_batches = []
        for m, items in enumerate(batches):
            label = "2022-%02d" % (m + 1)
            fname, driver, enc = SC.BATCH_FILES.get(label, (label + ".shp", "ESRI Shapefile", "UTF-8"))
            path = os.path.join(patch_dir, fname)
            SC._write_batch(path, driver, enc, items, (2022, m + 1, 5), county=(COUNTY_CODE, COUNTY_NAME),
                            epsg_ref=EPSG_REF, to_wkb=lambda geom: _shp_wkb(geom, origin))
            manifest_batches.append(dict(label=label, path=path, format=driver, encoding=enc, count=len(items)))
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", old_date)
    cases = {}
    for p in planner.placed:
        cases.setdefault(p["case"], []).append(p["JCBH"])
    lu_vertices = [land.lu.vertices(g) for g in range(land.ngrp)]
    patches = [p["geom"] for p in planner.placed]
    manifest = {
        "county_code": COUNTY_CODE,
        "county_name": COUNTY_NAME,
        "crs": "EPSG:%d" % EPSG_REF,
        "patch_crs": "EPSG:%d" % EPSG_PATCH,
        "reference": ref_path,
        "layers": dict(SC.LAYERS),
        "key_fields": SC.KEY_FIELDS,
        "batches": manifest_batches,
        "size": size,
        "seed": seed,
        "townships": [dict(XZDM=c, XZMC=n) for c, n in zip(land.twp_codes, land.twp_names)],
        "invalid": [dict(layer="approvals", fid=i + 1, PZWH=feats.approvals[i]["wh"],
                         problem=feats.approvals[i]["invalid"]) for i in feats.invalid],
        "reissued": reissued,
        "gap": dict(township=land.twp_codes[land.gap_twp], area_m2=round(land.gap.area, 2),
                    wkt=translate(land.gap, origin[0], origin[1]).wkt),
        "overlapping_approvals": [[i + 1, j + 1] for i, j in feats.approval_pairs],
        "unplaced_codes": {"0402": int(sum(1 for g in range(land.ngrp) if land.codes[land.gcell[g]] == "0402"))},
        "counts": counts,
        "cases": cases,
        "split": [],  # no patches planted for splitting (tools/sample_county.py has them)
        "shortfall": planner.shortfall,
        "generator": "tools/irregular_county.py",
        "shapes": {  # what makes this county hard, for the bench's report
            "landuse_mean_vertices": round(float(np.mean(lu_vertices)), 1),
            "landuse_max_vertices": int(np.max(lu_vertices)),
            "farmland_mean_vertices": round(float(np.mean([land.fb.vertices(b) for b in land.fb.labels()])), 1),
            "redline_vertices": [int(sum(len(p.exterior.coords) + sum(len(h.coords) for h in p.interiors)
                                         for p in g.geoms)) for g, _n in feats.redline],
            "redline_holes": int(sum(len(p.interiors) for g, _n in feats.redline for p in g.geoms)),
            "patch_kinds": {k: sum(1 for p in planner.placed if p["kind"] == k) for k in sorted(
                {p["kind"] for p in planner.placed})},
            "patch_convex_share": round(sum(1 for g in patches if _is_convex(g)) / max(len(patches), 1), 4),
            "patch_multipart": sum(1 for g in patches if g.geom_type == "MultiPolygon"),
            "patch_with_holes": sum(1 for g in patches for p in _explode(g) if p.interiors),
        },
    }
    with open(os.path.join(out_dir, "county.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    return manifest


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate the irregular county 岭溪县 (431299).")
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=20230101)
    args = ap.parse_args(argv)
    t0 = time.time()
    with SC._gdal_exceptions():
        m = _generate(args.out, args.size, args.seed, log=lambda text: print("  " + text, flush=True))
    print("%s (%s) %s irregular county -> %s  [%.1f s]" % (m["county_name"], m["county_code"], m["size"],
                                                          os.path.abspath(args.out), time.time() - t0))
    print("  reference.gpkg: " + ", ".join("%s %d" % kv for kv in m["counts"].items()))
    print("  shapes: " + json.dumps(m["shapes"], ensure_ascii=False))
    for b in m["batches"]:
        print("  %s  %-16s %-14s %-5s %5d patches" % (b["label"], os.path.basename(b["path"]), b["format"],
                                                    b["encoding"], b["count"]))
    if m["shortfall"]:
        print("  not all situations could be placed: %s" % m["shortfall"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
