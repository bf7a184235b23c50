#!/usr/bin/python3
"""Deterministic sample county 示范县 (450199) for tests, the demo and benchmarks.

    generate(out_dir, size="small"|"large", seed=20220101) -> manifest dict

writes into out_dir:
  reference.gpkg  townships, landuse, farmland, redline, approvals, mining, facility, temporary (EPSG:4524)
  patches/        monthly patch batches (监测图斑) in EPSG:4490: UTF-8 shapefiles, a GeoPackage and a GBK
                  shapefile without .cpg, as counties receive them
  county.json     the manifest (what generate() returns)

Manifest keys: county_code, county_name, crs (reference layers), patch_crs, reference (absolute path), layers
(key -> layer name in reference.gpkg), key_fields, batches [{label, path, format, encoding, count}], size, seed,
townships [{XZDM, XZMC}], invalid [{layer, fid, PZWH, problem}] (deliberately broken approval geometries),
reissued [JCBH of 2022-01 issued again in 2022-03], gap {township, area_m2, wkt} (the hole in the land use),
overlapping_approvals [[fid, fid]], unplaced_codes {"0402": n}, counts (features per layer), cases (situation ->
JCBH list: approval_inside, approval_overlap, approval_partial, approval_invalid, township_border, landuse_gap,
redline_hole, redline, mining_*, facility, temporary, farmland_large (> 50 亩), farmland_jbnt, farmland,
village_house, rural_road, road, solar, forest, pond, unchanged, and the two that need splitting: split_approval,
split_approval_facility), split [{case, JCBH, batch, approval (PZWH), facility (BAH of the filing made for it, or
null), shares {approval, facility, outside}}] (the patches that need splitting, issued last in their batch),
shortfall (situations that could not all be placed).

How the land is made: a fictional geography (county outline, river valley, township seats, villages, roads,
red-line areas, permits) is defined by smooth random fields. Land-use parcels are Voronoi cells of jittered
seeds whose shared edges are densified and bent by one smooth warp, so neighbours share identical vertices and
the parcels tile the county exactly. Cells get coherent land classes from the geography, adjacent cells of the
same class are merged into parcels, and roads, ditches and the river are cut out of them. Townships and the
county outline are the union of their cells, so their borders follow parcel edges as real ones do.

Run: /usr/bin/python3 tools/sample_county.py --size small --out /tmp/wpzf_small
"""

import argparse
import contextlib
import json
import math
import os
import re
import sys
import time
import warnings
import zlib

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage, sparse
from scipy.sparse import csgraph
from scipy.spatial import Voronoi, cKDTree
import shapely
from shapely import vectorized
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import unary_union
from shapely.prepared import prep
from shapely.strtree import STRtree
from shapely.validation import make_valid

SHAPELY2 = int(shapely.__version__.split(".")[0]) >= 2


def _issued_fields():
    """The ministry's patch fields, named once in rules/fields.py."""
    try:
        from ..rules.fields import ISSUED  # imported as part of the plugin package
        return ISSUED
    except (ImportError, ValueError):
        import importlib.util
        path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "fields.py")
        spec = importlib.util.spec_from_file_location("_wpzf_rules_fields", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.ISSUED


ISSUED = _issued_fields()

COUNTY_CODE = "450199"
COUNTY_NAME = "示范县"
EPSG_REF = 4524   # CGCS2000 / 3-degree Gauss-Kruger zone 36 (zone-prefixed easting)
EPSG_PATCH = 4490  # CGCS2000 geographic, as the ministry issues patches
CENTER_LONLAT = (108.40, 22.85)
M2_PER_MU = 2000.0 / 3.0

# Township code, name, seat position (km east/north of the county centre), distance weight.
TOWNSHIPS = [
    ("450199100", "城关镇", 0.8, -0.4, 1.15),
    ("450199101", "石桥镇", 9.5, 5.0, 1.0),
    ("450199102", "龙门镇", -8.5, 7.0, 1.0),
    ("450199103", "板利镇", 9.5, -7.0, 1.0),
    ("450199200", "河西乡", -13.0, -1.0, 1.0),
    ("450199201", "六塘乡", -3.5, -8.5, 1.0),
    ("450199202", "平山乡", 2.0, 9.5, 1.05),
]

# 三调 land classes used here (GB/T 21010-2017 with the 三调 working classification).
DLMC = {
    "0101": "水田", "0102": "水浇地", "0103": "旱地",
    "0201": "果园", "0201K": "可调整果园",
    "0301": "乔木林地", "0301K": "可调整乔木林地", "0305": "灌木林地", "0307": "其他林地",
    "0401": "天然牧草地", "0402": "沼泽草地", "0403K": "可调整人工牧草地", "0404": "其他草地",
    "05H1": "商业服务业设施用地", "0601": "工业用地", "0602": "采矿用地",
    "0701": "城镇住宅用地", "0702": "农村宅基地",
    "08H1": "机关团体新闻出版用地", "08H2": "科教文卫用地",
    "1003": "公路用地", "1004": "城镇村道路用地", "1006": "农村道路",
    "1101": "河流水面", "1104": "坑塘水面", "1104K": "可调整养殖坑塘", "1107": "沟渠",
    "1202": "设施农用地", "1203": "田坎", "1206": "裸土地", "1207": "裸岩石砾地",
}
CODES = list(DLMC)
CI = {c: i for i, c in enumerate(CODES)}
FARMLAND = ("0101", "0102", "0103")
CZCS = ["", "202", "203", "204"]  # none, 建制镇, 村庄, 采矿用地
KCXS_TABLE = [0.052, 0.075, 0.098, 0.121, 0.152, 0.183, 0.214, 0.246]

# Weighted class mixes per terrain zone; neighbours in a list appear side by side on the ground.
PLAIN_MIX = [("0101", 44), ("1104", 3.5), ("1104K", 1.5), ("0102", 10), ("0103", 16), ("0201", 5),
             ("0201K", 1.5), ("0301K", 1.5), ("0307", 2), ("0301", 4), ("0404", 2), ("1206", 0.5), ("1203", 0.5)]
HILL_MIX = [("1203", 1), ("0103", 28), ("0102", 4), ("0201", 12), ("0201K", 2), ("1104", 1), ("0301K", 3), ("0301", 30),
            ("0307", 5), ("0305", 6), ("0404", 5), ("0403K", 1), ("0401", 1), ("1206", 1), ("1207", 1)]
MOUNTAIN_MIX = [("0103", 2), ("0201", 1), ("0301", 55), ("0305", 14), ("0307", 8), ("0404", 9), ("0401", 1.5),
                ("0403K", 0.5), ("1206", 1), ("1207", 8)]
TOWN_MIX = [("0701", 55), ("0702", 10), ("05H1", 15), ("08H1", 6), ("08H2", 10), ("1206", 4)]
INDUSTRY_MIX = [("0601", 65), ("05H1", 10), ("1206", 10), ("0701", 15)]
SEAT_MIX = [("0701", 50), ("05H1", 15), ("08H1", 8), ("08H2", 10), ("0702", 17)]
VILLAGE_MIX = [("0702", 82), ("08H2", 4), ("05H1", 3), ("1202", 4), ("1104", 4), ("0201", 3)]

# Linear features cut out of the parcels, in priority order: (code, CZCSXM index).
LINEAR = [("1101", 0), ("1003", 0), ("1004", 1), ("1006", 0), ("1107", 0)]

SIZES = {
    # cells: Voronoi seeds; levels: seeds per block side in mountains, hills, plains, towns/villages;
    # merge: largest forest/grass parcel in cells; tile/reach: metres of the cutting grid and of road reaches.
    "small": dict(cells=4000, levels=(1, 2, 3, 4), merge=4, tile=3000.0, reach=1500.0, step=25.0,
                  town_appr=6, seat_appr=3, village_appr=6, pairs=3, multi=1, mining=4, illegal=2, facility=8,
                  temporary=5, redline_vertices=600, months=3, gap_ring=0, jbnt_block=(1, 4)),
    "large": dict(cells=365000, levels=(1, 2, 2, 3), merge=7, tile=1500.0, reach=400.0, step=12.0,
                  town_appr=120, seat_appr=70, village_appr=230, pairs=100, multi=20, mining=16, illegal=8,
                  facility=260, temporary=120, redline_vertices=4000, months=12, gap_ring=1, jbnt_block=(4, 15)),
}

# Patch scenarios and how many of each (small counts / large counts).
CASES = {  # scarce situations first, before common ones fill the space
    "approval_overlap": (3, 30), "approval_invalid": (2, 4), "landuse_gap": (2, 3), "redline_hole": (3, 12),
    "mining_inside": (2, 80), "mining_partial": (2, 40), "mining_illegal": (1, 30), "approval_inside": (5, 700),
    "approval_partial": (4, 450), "township_border": (4, 350), "redline": (2, 200), "facility": (3, 240),
    "temporary": (2, 110), "farmland_large": (2, 60), "farmland_jbnt": (9, 1800), "farmland": (5, 1000),
    "village_house": (9, 2300), "rural_road": (4, 650), "road": (2, 150), "solar": (2, 90), "forest": (4, 900),
    "pond": (2, 300), "unchanged": (2, 330),
}
MONTH_WEIGHTS = [0.06, 0.05, 0.08, 0.09, 0.09, 0.08, 0.08, 0.09, 0.10, 0.10, 0.10, 0.08]
# Batch file layout: label -> (file name, driver, encoding). Months not listed are UTF-8 shapefiles.
BATCH_FILES = {"2022-02": ("2022-02.gpkg", "GPKG", "UTF-8"), "2022-03": ("2022-03_gbk.shp", "ESRI Shapefile", "GBK"),
               "2022-08": ("2022-08.gpkg", "GPKG", "UTF-8"), "2022-11": ("2022-11_gbk.shp", "ESRI Shapefile", "GBK")}

LAYERS = {k: k for k in ("townships", "landuse", "farmland", "redline", "approvals", "mining", "facility",
                         "temporary")}
KEY_FIELDS = {"townships": ["XZDM", "XZMC"], "landuse": ["DLBM", "DLMC", "KCXS", "KCMJ"], "farmland": ["JBNTBH"],
              "redline": ["HXBH", "HXMC"], "approvals": ["PZWH", "PZMC", "PZRQ"], "mining": ["CKZH", "KSMC"],
              "facility": ["BAH"], "temporary": ["LSYDBH"]}

# Field layouts of the reference layers: (name, type, width, precision, alias).
F_TOWNSHIPS = [("XZDM", "str", 12, 0, "乡镇代码"), ("XZMC", "str", 50, 0, "乡镇名称")]
F_LANDUSE = [("BSM", "int", 10, 0, "标识码"), ("TBBH", "str", 8, 0, "图斑编号"), ("DLBM", "str", 5, 0, "地类编码"),
             ("DLMC", "str", 60, 0, "地类名称"), ("ZLDWDM", "str", 19, 0, "坐落单位代码"),
             ("ZLDWMC", "str", 60, 0, "坐落单位名称"), ("CZCSXM", "str", 4, 0, "城镇村属性码"),
             ("KCXS", "real", 6, 4, "扣除系数"), ("KCMJ", "real", 16, 2, "扣除地类面积"),
             ("TBMJ", "real", 16, 2, "图斑面积")]
F_FARMLAND = [("JBNTBH", "str", 16, 0, "永久基本农田图斑编号"), ("XZDM", "str", 12, 0, "乡镇代码"),
              ("MJ", "real", 16, 2, "面积(平方米)")]
F_REDLINE = [("HXBH", "str", 16, 0, "红线编号"), ("HXMC", "str", 80, 0, "红线名称")]
F_APPROVALS = [("PZWH", "str", 60, 0, "批准文号"), ("PZMC", "str", 120, 0, "批次名称"), ("PZRQ", "date", 0, 0, "批准日期")]
F_MINING = [("CKZH", "str", 30, 0, "采矿许可证号"), ("KSMC", "str", 80, 0, "矿山名称")]
F_FACILITY = [("BAH", "str", 40, 0, "备案号")]
F_TEMPORARY = [("LSYDBH", "str", 40, 0, "临时用地编号")]

NAME_HEAD = "那板六百弄渌岜陇拉古都龙大小新上下平石马"
NAME_TAIL = "良坡马感利塘桥洞江岭湾山凤明安和禄兰造排好旺"


def _rng(seed, name):
    """An independent, reproducible random stream per purpose, so changing one part leaves the others alone."""
    return np.random.default_rng([seed, zlib.crc32(name.encode("utf-8"))])


class Noise:
    """Smooth random field ~N(0, 1): cubic-spline value noise on a grid of `wavelength` spacing (local metres)."""

    HALF = 32000.0

    def __init__(self, rng, wavelength):
        n = int(2 * self.HALF / wavelength) + 8
        self.w = float(wavelength)
        self.o = -self.HALF - 4 * wavelength
        self.c = ndimage.spline_filter(rng.standard_normal((n, n)), order=3)
        probe = np.random.default_rng(1).uniform(-20000, 20000, (3000, 2))
        self.scale = 1.0
        self.scale = 1.0 / float(np.std(self(probe[:, 0], probe[:, 1])))

    def __call__(self, x, y):
        rows = (np.asarray(y, float) - self.o) / self.w
        cols = (np.asarray(x, float) - self.o) / self.w
        return ndimage.map_coordinates(self.c, [rows, cols], order=3, prefilter=False, mode="nearest") * self.scale


def _zscore(a):
    a = np.asarray(a, float)
    s = a.std()
    return (a - a.mean()) / (s if s > 0 else 1.0)


def _rank01(a):
    order = np.argsort(a, kind="stable")
    r = np.empty(len(a))
    r[order] = (np.arange(len(a)) + 0.5) / max(len(a), 1)
    return r


def _pick(mix, score):
    """Assign classes of `mix` to cells by the rank of a spatially coherent score."""
    codes = np.array([CI[c] for c, _ in mix])
    cum = np.cumsum([w for _, w in mix], dtype=float)
    cum /= cum[-1]
    return codes[np.minimum(np.searchsorted(cum, _rank01(score)), len(codes) - 1)]


def _densify(pts, step):
    """Resample a polyline (n, 2) every `step` metres."""
    seg = np.hypot(*np.diff(pts, axis=0).T)
    s = np.concatenate([[0], np.cumsum(seg)])
    t = np.linspace(0, s[-1], max(int(s[-1] / step), 1) + 1)
    return np.c_[np.interp(t, s, pts[:, 0]), np.interp(t, s, pts[:, 1])]


def _normals(pts):
    d = np.gradient(pts, axis=0)
    d /= np.maximum(np.hypot(d[:, 0], d[:, 1]), 1e-9)[:, None]
    return np.c_[-d[:, 1], d[:, 0]]


def _smooth_curve(ctrl, step):
    """Catmull-Rom curve through control points (local metres), sampled every `step`."""
    p = np.vstack([2 * ctrl[0] - ctrl[1], ctrl, 2 * ctrl[-1] - ctrl[-2]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        n = max(int(np.hypot(*(p2 - p1)) / step), 2)
        t = np.linspace(0, 1, n, endpoint=False)[:, None]
        out.append(0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t ** 2
                          + (-p0 + 3 * p1 - 3 * p2 + p3) * t ** 3))
    out.append(ctrl[-1:])
    return np.vstack(out)


def _wiggle(pts, rng, amp, wavelength, step=25.0):
    """Densify a polyline and bend it sideways by a smooth random offset that vanishes at both ends."""
    d = _densify(pts, step)
    s = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(d, axis=0).T))])
    if s[-1] <= 0:
        return d
    off = np.zeros(len(d))
    for k in range(1, 4):
        off += rng.normal(0, amp / k) * np.sin(2 * np.pi * s * k / max(wavelength, 1.0) + rng.uniform(0, 2 * np.pi))
    off *= np.clip(np.sin(np.pi * s / s[-1]), 0, 1) ** 0.5
    return d + _normals(d) * off[:, None]


def _star(center, radius, n, rng, rough=0.12, harmonics=12):
    """A star-shaped (hence simple) blob polygon ring around `center` (local metres)."""
    th = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = np.ones(n)
    ks = np.arange(2, harmonics + 2)
    amps = rng.uniform(0.4, 1.0, len(ks)) * ks ** -1.15
    amps *= rough / amps.sum() * 4
    for k, a in zip(ks, amps):
        r += a * np.cos(k * th + rng.uniform(0, 2 * np.pi))
    r = np.maximum(r, 0.35)
    return np.c_[center[0] + radius * r * np.cos(th), center[1] + radius * r * np.sin(th)]


def _parcel(center, area, rng, aspect=None, extra=None):
    """A surveyed parcel: rotated rectangle with jittered corners and a few extra boundary points."""
    aspect = aspect or rng.uniform(1.0, 2.4)
    w = math.sqrt(area * aspect)
    h = area / w
    corners = np.array([[-w, -h], [w, -h], [w, h], [-w, h]]) / 2
    corners += rng.uniform(-0.05, 0.05, (4, 2)) * [w, h]
    pts = []
    extra = rng.integers(0, 5) if extra is None else extra
    for i in range(4):
        a, b = corners[i], corners[(i + 1) % 4]
        pts.append(a)
        for t in np.sort(rng.uniform(0.15, 0.85, rng.integers(0, extra + 1))):
            d = b - a
            n = np.array([-d[1], d[0]]) / max(np.hypot(*d), 1e-9)
            pts.append(a + d * t + n * rng.uniform(-0.04, 0.04) * min(w, h))
    pts = np.array(pts)
    th = rng.uniform(0, np.pi)
    rot = np.array([[math.cos(th), -math.sin(th)], [math.sin(th), math.cos(th)]])
    return pts @ rot.T + center


def _ring_area(xy):
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _village_names(rng, n):
    """n distinct place names in the style of the region (two characters, three when those run out)."""
    two = [h + t for h in NAME_HEAD for t in NAME_TAIL]
    names = [two[i] for i in rng.permutation(len(two))]
    while len(names) < n:
        names += [h + m + t for h, m, t in zip(rng.choice(list(NAME_HEAD), n), rng.choice(list(NAME_HEAD), n),
                                                rng.choice(list(NAME_TAIL), n))]
        names = list(dict.fromkeys(names))
    return names[:n]


def _explode(geom, min_area=0.0):
    if geom is None or geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom] if geom.area > min_area else []
    if hasattr(geom, "geoms"):
        out = []
        for g in geom.geoms:
            out.extend(_explode(g, min_area))
        return out
    return []


def _split_long(poly, size):
    """Road and river polygons are split into reaches (and never kept as a network with holes)."""
    minx, miny, maxx, maxy = poly.bounds
    if not poly.interiors and max(maxx - minx, maxy - miny) <= size * 1.5:
        return [poly]
    out = []
    for y in np.arange(math.floor(miny / size) * size, maxy, size):
        for x in np.arange(math.floor(minx / size) * size, maxx, size):
            part = poly.intersection(box(x, y, x + size, y + size))
            out.extend(_explode(part, 0.5))
    return out


class _strtree:
    """STRtree whose query_items gives sorted indices, on shapely 1.8 and 2.x alike."""

    def __init__(self, geoms):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._tree = STRtree(geoms) if SHAPELY2 else STRtree(geoms, items=list(range(len(geoms))))

    def query_items(self, geom):
        if SHAPELY2:
            return sorted(int(i) for i in self._tree.query(geom))
        return sorted(self._tree.query_items(geom))


def _drop_small_holes(poly, min_area=1.0):
    holes = [r for r in poly.interiors if Polygon(r).area >= min_area]
    return Polygon(poly.exterior, holes) if len(holes) != len(poly.interiors) else poly


# --------------------------------------------------------------------------------------------------------------
# Geography: everything defined by position only, in local metres around the county centre.
# --------------------------------------------------------------------------------------------------------------

class Geography:
    def __init__(self, seed, size):
        self.seed = seed
        self.p = SIZES[size]
        srs_ll, srs_gk = _srs(EPSG_PATCH), _srs(EPSG_REF)
        x0, y0, _ = osr.CoordinateTransformation(srs_ll, srs_gk).TransformPoint(*CENTER_LONLAT)
        self.origin = np.array([round(x0), round(y0)], float)
        g = _rng(seed, "fields")
        self.n_elev = [Noise(g, 6000), Noise(g, 2000), Noise(g, 700)]
        self.n_edge = Noise(g, 900)
        self.n_twp = [Noise(g, 7000), Noise(g, 7000), Noise(g, 2000), Noise(g, 2000)]
        self.n_jbnt = Noise(g, 2500)
        self.harm = [(k, g.uniform(0.02, 0.06) / k ** 0.5, g.uniform(0, 2 * np.pi)) for k in range(2, 10)]
        self.seats = np.array([[t[2], t[3]] for t in TOWNSHIPS]) * 1000.0
        self.seat_w = np.array([t[4] for t in TOWNSHIPS])
        self.town_c = self.seats[0]
        self.town_h = [(k, g.uniform(0.05, 0.12), g.uniform(0, 2 * np.pi)) for k in (2, 3, 5)]
        self.industry_dir = math.radians(-20.0)
        self._water(_rng(seed, "water"))
        self._zones()
        self._settlements(_rng(seed, "settlements"))
        self._roads(_rng(seed, "roads"))
        self._redline(_rng(seed, "redline"))
        self._mining(_rng(seed, "mining"))
        self._approvals(_rng(seed, "approvals"))
        self._facilities(_rng(seed, "facility"))

    # -- helpers
    def glob(self, xy):
        return np.asarray(xy, float) + self.origin

    def outline_r(self, th):
        rx, ry = 17500.0, 14000.0
        base = 1.0 / np.sqrt((np.cos(th) / rx) ** 2 + (np.sin(th) / ry) ** 2)
        f = 1.0
        for k, a, ph in self.harm:
            f = f + a * np.cos(k * th + ph)
        return base * f

    def inside(self, x, y):
        return np.hypot(x, y) < self.outline_r(np.arctan2(y, x)) * (1 + 0.015 * self.n_edge(x, y))

    def town_r(self, th):
        r = 1500.0
        for k, a, ph in self.town_h:
            r = r * (1 + a * np.sin(k * th + ph))
        return r

    def in_town(self, x, y):
        dx, dy = x - self.town_c[0], y - self.town_c[1]
        return np.hypot(dx, dy) < self.town_r(np.arctan2(dy, dx)) * (1 + 0.08 * self.n_edge(x, y))

    def in_industry(self, x, y):
        dx, dy = x - self.town_c[0], y - self.town_c[1]
        d = np.hypot(dx, dy)
        dth = np.angle(np.exp(1j * (np.arctan2(dy, dx) - self.industry_dir)))
        return self.in_town(x, y) & (np.abs(dth) < 0.6) & (d > 0.45 * self.town_r(np.arctan2(dy, dx)))

    def seat_index(self, x, y):
        """Index of the township seat whose built-up area holds the point (-1 for none; the county town excluded)."""
        out = np.full(np.shape(x), -1)
        for i in range(1, len(self.seats)):
            d = np.hypot(x - self.seats[i, 0], y - self.seats[i, 1])
            out[d < 480 * (1 + 0.2 * self.n_edge(x, y))] = i
        return out

    def township_of(self, x, y):
        wx = x + 1800 * self.n_twp[0](x, y) + 500 * self.n_twp[2](x, y)
        wy = y + 1800 * self.n_twp[1](x, y) + 500 * self.n_twp[3](x, y)
        d = np.hypot(wx[:, None] - self.seats[None, :, 0], wy[:, None] - self.seats[None, :, 1]) * self.seat_w
        return np.argmin(d, axis=1)

    # -- water
    def _water(self, g):
        ctrl = np.array([(-25, 2.7), (-21, 2.0), (-16, 0.8), (-11, 0.2), (-6, 1.2), (-2, -0.4), (1.2, -1.3),
                         (5, -2.2), (9, -3.6), (13, -3.2), (17, -4.4), (22, -5.0), (26, -5.4)]) * 1000.0
        base = _smooth_curve(ctrl, 20.0)
        self.valley = base
        s = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(base, axis=0).T))])
        off = (260 * np.sin(2 * np.pi * s / 2100 + g.uniform(0, 6.3))
               + 80 * np.sin(2 * np.pi * s / 800 + g.uniform(0, 6.3)))
        self.river = base + _normals(base) * off[:, None]
        self.tribs = []
        for ctrl_t, width in (([(3.2, 15), (2.9, 12), (2.6, 9.6), (1.2, 6.5), (-0.8, 3.2), (-2.0, 0.6),
                                (-2.2, -0.5)], 35.0),
                              ([(-5.5, -15), (-4.8, -11.5), (-3.9, -8.8), (-5.0, -5.5), (-6.2, -2.5),
                                (-6.1, 0.9), (-6.0, 1.3)], 28.0)):
            c = np.array(ctrl_t) * 1000.0
            c[-1] = self.river[np.argmin(np.hypot(*(self.river - c[-1]).T))]
            line = _smooth_curve(c, 20.0)
            s = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(line, axis=0).T))])
            off = 90 * np.sin(2 * np.pi * s / 900 + g.uniform(0, 6.3)) * np.sin(np.pi * s / s[-1])
            self.tribs.append((line + _normals(line) * off[:, None], width))
        self.river_widths = g.uniform(95, 145, 64)
        self.t_main = cKDTree(self.river)
        self.t_trib = cKDTree(np.vstack([t[0] for t in self.tribs]))

    def water_polygons(self):
        """River polygons (global): the main river in 1.5 km reaches of varying width, and the tributaries."""
        out = []
        pts = self.river
        for i, a in enumerate(range(0, len(pts) - 1, 75)):
            seg = pts[a:a + 76]
            if len(seg) >= 2:
                out.append(LineString(self.glob(seg)).buffer(self.river_widths[i % 64] / 2, 8))
        for line, w in self.tribs:
            out.append(LineString(self.glob(line)).buffer(w / 2, 8))
        return out

    def elevation(self, x, y):
        d = self.t_main.query(np.c_[x, y])[0]
        dt = self.t_trib.query(np.c_[x, y])[0]
        e = 0.30 * self.n_elev[0](x, y) + 0.18 * self.n_elev[1](x, y) + 0.10 * self.n_elev[2](x, y)
        e = e + 1.1 * np.clip(d / 9000.0, 0, 1) ** 0.8 - 0.25 * np.exp(-(dt / 900.0) ** 2)
        for sx, sy in self.seats:
            e = e - 0.35 * np.exp(-((x - sx) ** 2 + (y - sy) ** 2) / 1600.0 ** 2)
        return e

    def _zones(self):
        xs, ys = np.meshgrid(np.arange(-22000, 22000, 250.0), np.arange(-18000, 18000, 250.0))
        x, y = xs.ravel(), ys.ravel()
        m = self.inside(x, y)
        e = self.elevation(x[m], y[m])
        self.t_plain, self.t_hill = np.quantile(e, [0.36, 0.70])
        self.e_max = float(np.quantile(e, 0.995))
        self.grid_pts = np.c_[x[m], y[m]]
        self.grid_e = e

    def zone(self, x, y, e=None):
        """0 plain, 1 hills, 2 mountains."""
        e = self.elevation(x, y) if e is None else e
        return (e >= self.t_plain).astype(int) + (e >= self.t_hill).astype(int)

    # -- settlements (自然村/屯) and administrative villages (行政村)
    def _settlements(self, g):
        xs, ys = np.meshgrid(np.arange(-21000, 21000, 550.0), np.arange(-17000, 17000, 550.0))
        cand = np.c_[xs.ravel(), ys.ravel()] + g.uniform(-200, 200, (xs.size, 2))
        cand = cand[self.inside(cand[:, 0], cand[:, 1])]
        z = self.zone(cand[:, 0], cand[:, 1])
        cand = cand[g.random(len(cand)) < np.array([0.6, 0.35, 0.08])[z]]
        cand = cand[g.permutation(len(cand))]
        driv = self.t_main.query(cand)[0]
        acc = []
        for p, dr in zip(cand, driv):
            if dr < 350 or self.in_town(p[:1], p[1:])[0]:
                continue
            if np.hypot(*(p - self.town_c)) < 2200 or np.min(np.hypot(*(self.seats[1:] - p).T)) < 950:
                continue
            if acc and np.min(np.hypot(*(np.array(acc) - p).T)) < 700:
                continue
            acc.append(p)
        self.settle = np.array(acc)
        self.settle_r = g.uniform(90, 210, len(acc))
        self.t_settle = cKDTree(self.settle)
        # Administrative villages: about one per four settlements, per township.
        twp = self.township_of(self.settle[:, 0], self.settle[:, 1])
        self.settle_twp = twp
        centers, ctwp = [], []
        for t in range(len(TOWNSHIPS)):
            pts = self.settle[twp == t]
            if not len(pts):
                continue
            k = max(1, int(round(len(pts) / 4.0)))
            chosen = [int(np.argmin(np.hypot(*(pts - pts.mean(0)).T)))]
            dmin = np.hypot(*(pts - pts[chosen[0]]).T)
            while len(chosen) < k:
                nxt = int(np.argmax(dmin))
                chosen.append(nxt)
                dmin = np.minimum(dmin, np.hypot(*(pts - pts[nxt]).T))
            c = pts[chosen]
            c = c[np.lexsort((c[:, 0], -c[:, 1]))]  # numbered north to south, west to east
            centers.extend(c)
            ctwp.extend([t] * len(c))
        self.vil_c = np.array(centers)
        self.vil_twp = np.array(ctwp)
        names = _village_names(g, len(centers))
        self.vil_code, self.vil_name = [], []
        counter = {}
        for t, nm in zip(ctwp, names):
            counter[t] = counter.get(t, 0) + 1
            self.vil_code.append("%s%03d0000000" % (TOWNSHIPS[t][0], 200 + counter[t]))
            self.vil_name.append(nm + "村")
        self.settle_name = _village_names(_rng(self.seed, "settlement-names"), len(self.settle) + len(centers))
        self.settle_name = [n for n in self.settle_name if n + "村" not in self.vil_name][:len(self.settle)]

    def settlement_at(self, x, y):
        """Index of the settlement whose built-up area holds the point, else -1."""
        d, i = self.t_settle.query(np.c_[x, y])
        hit = d < self.settle_r[i] * (1 + 0.25 * self.n_edge(x, y))
        return np.where(hit, i, -1), d - self.settle_r[i]

    # -- roads (polylines in local metres): [(code, width, points)]
    def _roads(self, g):
        lines = []
        nat = np.array([(-25, 3.5), (-18, 2.4), (-13, -1.0), (-7, -1.6), (0.8, -0.4), (6, -0.6), (12, -1.8),
                        (26, -2.6)]) * 1000.0
        lines.append(("1003", 32.0, _wiggle(_smooth_curve(nat, 100.0), g, 60, 3000)))
        for i in range(1, len(self.seats)):
            a, b = self.town_c, self.seats[i]
            mid = (a + b) / 2 + g.uniform(-1500, 1500, 2)
            lines.append(("1003", 16.0, _wiggle(_smooth_curve(np.array([a, mid, b]), 100.0), g, 120, 1500)))
        for i, j in ((1, 6), (2, 6), (2, 4), (5, 3), (4, 5)):
            a, b = self.seats[i], self.seats[j]
            mid = (a + b) / 2 + g.uniform(-1000, 1000, 2)
            lines.append(("1003", 10.0, _wiggle(_smooth_curve(np.array([a, mid, b]), 100.0), g, 100, 1200)))
        # County-town streets (a rotated grid) and two streets through every township seat.
        th = math.radians(12)
        rot = np.array([[math.cos(th), -math.sin(th)], [math.sin(th), math.cos(th)]])
        for off in np.arange(-1400, 1401, 400.0):
            for seg in (np.array([[-2000, off], [2000, off]]), np.array([[off, -2000], [off, 2000]])):
                pts = _densify(seg @ rot.T + self.town_c, 20.0)
                inside = self.in_town(pts[:, 0], pts[:, 1])
                for run in _runs(inside, 8):
                    lines.append(("1004", 18.0, pts[run]))
        for i in range(1, len(self.seats)):
            a = g.uniform(0, np.pi)
            for ang in (a, a + np.pi / 2 + g.uniform(-0.3, 0.3)):
                d = np.array([math.cos(ang), math.sin(ang)]) * 450
                lines.append(("1004", 12.0, _wiggle(np.array([self.seats[i] - d, self.seats[i] + d]), g, 15, 500)))
        # Rural roads: every settlement to the nearest road already built.
        net = np.vstack([ln[2] for ln in lines if ln[0] == "1003"])
        order = np.argsort(cKDTree(net).query(self.settle)[0])
        for k in order:
            p = self.settle[k]
            d = np.hypot(*(net - p).T)
            j = int(np.argmin(d))
            if d[j] > 3500:
                others = np.hypot(*(self.settle - p).T)
                others[k] = np.inf
                q = self.settle[int(np.argmin(others))]
            else:
                q = net[j]
            if np.hypot(*(q - p)) < 30:
                continue
            line = _wiggle(np.array([p, q]), g, 40, 500, 20.0)
            lines.append(("1006", 5.0, line))
            net = np.vstack([net, line])
        # Farm roads on the plains.
        vdir = np.gradient(self.valley, axis=0)
        t_valley = cKDTree(self.valley)
        xs, ys = np.meshgrid(np.arange(-21000, 21000, 1300.0), np.arange(-17000, 17000, 1300.0))
        cand = np.c_[xs.ravel(), ys.ravel()] + g.uniform(-400, 400, (xs.size, 2))
        ok = self.inside(cand[:, 0], cand[:, 1]) & (self.zone(cand[:, 0], cand[:, 1]) == 0)
        ok &= ~self.in_town(cand[:, 0], cand[:, 1])
        for p in cand[ok]:
            v = vdir[t_valley.query(p)[1]]
            ang = math.atan2(v[1], v[0]) + (np.pi / 2 if g.random() < 0.5 else 0) + g.uniform(-0.15, 0.15)
            d = np.array([math.cos(ang), math.sin(ang)]) * g.uniform(200, 500)
            lines.append(("1006", 4.0, _wiggle(np.array([p - d, p + d]), g, 8, 400)))
        # Irrigation canals along the valley, with branches towards the river.
        for off in (1600.0, -1800.0):
            pts = _densify(self.valley, 25.0)
            pts = pts + _normals(pts) * off
            ok = self.inside(pts[:, 0], pts[:, 1]) & (self.zone(pts[:, 0], pts[:, 1]) == 0)
            ok &= ~self.in_town(pts[:, 0], pts[:, 1])
            for run in _runs(ok, 24):
                canal = _wiggle(pts[run], g, 25, 900)
                lines.append(("1107", 6.0, canal))
                for k in range(30, len(canal) - 30, 60):
                    nrm = _normals(canal)[k] * (-np.sign(off)) * g.uniform(350, 800)
                    lines.append(("1107", 3.0, _wiggle(np.array([canal[k], canal[k] + nrm]), g, 10, 300)))
        self.lines = lines

    # -- ecological red line: 3-4 large areas in the mountains, villages cut out as holes
    def _redline(self, g):
        e, pts = self.grid_e, self.grid_pts
        order = np.argsort(-e)
        centers = []
        for i in order:
            p = pts[i]
            if np.hypot(*(p - self.town_c)) < 6000 or np.min(np.hypot(*(self.seats - p).T)) < 4000:
                continue
            if np.hypot(*p) > 0.8 * self.outline_r(math.atan2(p[1], p[0])):
                continue
            if centers and np.min(np.hypot(*(np.array(centers) - p).T)) < 8500:
                continue
            centers.append(p)
            if len(centers) == 4:
                break
        nv = self.p["redline_vertices"]
        self.redline = []
        shells = []
        for c in centers:
            radius = 2600 * g.uniform(0.8, 1.2)
            for _ in range(6):
                ring = _star(c, radius, nv, g, rough=0.2, harmonics=70)
                shell = Polygon(ring)
                if not any(shell.intersects(s) for s in shells):
                    break
                radius *= 0.8
            else:
                continue
            holes = []
            for k in np.nonzero(np.hypot(*(self.settle - c).T) < 0.7 * radius)[0]:
                h = Polygon(_star(self.settle[k], self.settle_r[k] + 160, max(nv // 10, 40), g, rough=0.1))
                if shell.contains(h.buffer(30)) and not any(h.intersects(o) for o in holes):
                    holes.append(h)
            if not holes:  # an enclave of farmland left out of the red line
                p = c + g.uniform(-0.3, 0.3, 2) * radius
                holes.append(Polygon(_star(p, 320, max(nv // 10, 40), g, rough=0.1)))
            shells.append(shell)
            self.redline.append((ring, [np.asarray(h.exterior.coords)[:-1] for h in holes]))
        self.redline_local = [Polygon(r, h) for r, h in self.redline]
        self.redline_names = ["平山水源涵养生态保护红线", "龙门岭生物多样性维护生态保护红线",
                              "板利河水土保持生态保护红线", "西岭石漠化防治生态保护红线"][:len(self.redline)]

    def _free(self, poly, taken, margin=0.0):
        test = poly.buffer(margin) if margin else poly
        return not any(test.intersects(t) for t in taken)

    # -- mining permits (采矿许可) in the hills, and a few mines without one
    def _mining(self, g):
        e, pts = self.grid_e, self.grid_pts
        cand = pts[(e > self.t_plain + 0.3 * (self.t_hill - self.t_plain))]
        self.mines, self.mine_names = [], []
        taken = list(self.redline_local)
        kinds = ["石灰岩矿", "建筑用砂岩矿", "高岭土矿", "建筑用花岗岩矿", "页岩矿"]
        for _ in range(2000):
            if len(self.mines) >= self.p["mining"]:
                break
            c = cand[g.integers(len(cand))]
            if np.hypot(*(c - self.town_c)) < 3500 or np.min(np.hypot(*(self.settle - c).T)) < 500:
                continue
            poly = Polygon(_parcel(c, g.uniform(80, 450) * M2_PER_MU, g, extra=1))
            if not poly.is_valid or not self._free(poly, taken, 300):
                continue
            taken.append(poly)
            self.mines.append(poly)
            t = self.township_of(np.array([c[0]]), np.array([c[1]]))[0]
            self.mine_names.append("%s%s%s%s" % (COUNTY_NAME, TOWNSHIPS[t][1],
                                                  _village_names(g, 1)[0], kinds[g.integers(len(kinds))]))
        self.mine_ckzh = ["C%s%04d%02d71%d%07d" % (COUNTY_CODE, g.integers(2008, 2021), g.integers(1, 13),
                                                    g.integers(2, 4), g.integers(0, 10 ** 7)) for _ in self.mines]
        self.illegal_mines = []
        for _ in range(2000):
            if len(self.illegal_mines) >= self.p["illegal"]:
                break
            c = cand[g.integers(len(cand))]
            circ = Point(c).buffer(g.uniform(80, 150))
            if self._free(circ, taken, 200) and np.min(np.hypot(*(self.settle - c).T)) > 400:
                taken.append(circ)
                self.illegal_mines.append(circ)
        self.taken = taken

    # -- construction approvals (建设用地批准) next to towns and villages; some re-approved (overlapping)
    def _approvals(self, g):
        p = self.p
        appr = []  # dicts: poly (local), kind, year, wh, name, built
        taken = list(self.taken)

        def add(center, area, kind):
            for _ in range(20):
                poly = Polygon(_parcel(center, area, g))
                if poly.is_valid and self._free(poly, taken + [a["poly"] for a in appr], 15):
                    if not self.inside(np.array([center[0]]), np.array([center[1]]))[0]:
                        return None
                    rec = dict(poly=poly, kind=kind)
                    appr.append(rec)
                    return rec
                center = center + g.uniform(-60, 60, 2)
            return None

        for _ in range(p["town_appr"] * 4):
            if sum(a["kind"] in ("town", "industry") for a in appr) >= p["town_appr"]:
                break
            th = g.uniform(0, 2 * np.pi)
            industry = abs(np.angle(np.exp(1j * (th - self.industry_dir)))) < 0.6 and g.random() < 0.7
            c = self.town_c + self.town_r(th) * g.uniform(0.55, 1.15) * np.array([math.cos(th), math.sin(th)])
            area = (g.uniform(80, 300) if industry else g.uniform(8, 120)) * M2_PER_MU
            add(c, area, "industry" if industry else "town")
        for _ in range(p["seat_appr"] * 4):
            if sum(a["kind"] == "seat" for a in appr) >= p["seat_appr"]:
                break
            i = g.integers(1, len(self.seats))
            th = g.uniform(0, 2 * np.pi)
            c = self.seats[i] + g.uniform(300, 750) * np.array([math.cos(th), math.sin(th)])
            add(c, g.uniform(5, 60) * M2_PER_MU, "seat")
        for _ in range(p["village_appr"] * 4):
            if sum(a["kind"] == "village" for a in appr) >= p["village_appr"]:
                break
            k = g.integers(len(self.settle))
            th = g.uniform(0, 2 * np.pi)
            c = self.settle[k] + (self.settle_r[k] + g.uniform(-20, 120)) * np.array([math.cos(th), math.sin(th)])
            rec = add(c, g.uniform(3, 25) * M2_PER_MU, "village")
            if rec:
                rec["settle"] = int(k)
        for a in appr:
            a["year"] = int(g.integers(2014, 2022))
        # Re-approvals: a later batch that covers part of an earlier approval (real batches overlap).
        pairs = []
        order = g.permutation(len(appr))
        for i in order:
            if len(pairs) >= p["pairs"]:
                break
            a = appr[i]
            if a.get("pair") is not None:
                continue
            minx, miny, maxx, maxy = a["poly"].bounds
            size = math.sqrt(a["poly"].area)
            for _ in range(12):
                th = g.uniform(0, 2 * np.pi)
                shift = g.uniform(0.35, 0.65) * size * np.array([math.cos(th), math.sin(th)])
                c = np.array(a["poly"].centroid.coords[0]) + shift
                poly = Polygon(_parcel(c, a["poly"].area * g.uniform(0.6, 1.1), g))
                inter = poly.intersection(a["poly"]).area
                if not poly.is_valid or inter < 0.15 * poly.area or inter > 0.7 * poly.area:
                    continue
                others = [o["poly"] for o in appr if o is not a] + taken
                if self._free(poly, others, 15):
                    a["pair"] = len(appr)
                    appr.append(dict(poly=poly, kind=a["kind"], year=min(a["year"] + int(g.integers(1, 4)), 2021),
                                     pair=int(i), settle=a.get("settle")))
                    pairs.append((int(i), len(appr) - 1))
                    break
        # Approval numbers; some approvals cover two parcels under one number.
        wh_seq = {}
        for a in appr:
            y = a["year"]
            wh_seq[y] = wh_seq.get(y, int(g.integers(5, 60))) + int(g.integers(1, 6))
            a["wh"] = "桂政土批〔%d〕%d号" % (y, wh_seq[y])
            a["date"] = "%d-%02d-%02d" % (y, g.integers(1, 13), g.integers(1, 29))
            a["built"] = y <= 2019 and a.get("pair") is None
        batch_no = {}
        for a in appr:
            key = (a["year"], a["kind"])
            batch_no[key] = batch_no.get(key, 0) + 1
            if a["kind"] == "industry":
                a["name"] = "%s工业园区%d年度第%d批次建设用地" % (COUNTY_NAME, a["year"], batch_no[key])
            elif a["kind"] == "village":
                a["name"] = "%s%d年度第%d批次村庄建设用地(%s屯)" % (COUNTY_NAME, a["year"], batch_no[key],
                                                         self.settle_name[a["settle"]])
            else:
                a["name"] = "%s%d年度第%d批次城镇建设用地" % (COUNTY_NAME, a["year"], batch_no[key])
        singles = [i for i, a in enumerate(appr) if a.get("pair") is None]
        for i in [singles[k] for k in g.permutation(len(singles))[:p["multi"]]]:
            a = appr[i]
            c = np.array(a["poly"].centroid.coords[0])
            size = math.sqrt(a["poly"].area)
            for _ in range(10):
                th = g.uniform(0, 2 * np.pi)
                poly = Polygon(_parcel(c + 1.6 * size * np.array([math.cos(th), math.sin(th)]),
                                       a["poly"].area * 0.5, g))
                if poly.is_valid and self._free(poly, [o["poly"] for o in appr] + taken, 15):
                    appr.append(dict(a, poly=poly, pair=None, second=True))
                    break
        # Two deliberately broken red lines, as found in real approval data.
        self.invalid = []
        cands = [i for i, a in enumerate(appr) if a.get("pair") is None and not a.get("second")
                 and a["kind"] == "village"]
        for j, i in enumerate(cands[:2]):
            a = appr[i]
            c = np.array(a["poly"].centroid.coords[0])
            s = math.sqrt(a["poly"].area)
            if j == 0:  # bow-tie: two corners swapped
                ring = np.array([[-0.6, -0.5], [0.6, -0.5], [-0.6, 0.5], [0.6, 0.5]]) * s + c
                problem = "自相交(蝴蝶结形) / self-intersection (bow-tie)"
            else:  # one ring touching itself at a vertex (an inverted hole)
                ring = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [0.05, 0.5], [0.25, 0.1], [-0.15, 0.1],
                                 [0.05, 0.5], [-0.5, 0.5]]) * s + c
                problem = "环自接触 / ring self-touching at a vertex"
            a["poly"] = Polygon(ring)
            a["invalid"] = problem
            self.invalid.append(i)
        self.approvals = appr
        self.approval_pairs = pairs
        self.taken = taken + [a["poly"] for a in appr]

    # -- registered facility farmland (设施农用地) and temporary land (临时用地)
    def _facilities(self, g):
        self.facility, self.temporary = [], []
        taken = list(self.taken)
        for _ in range(self.p["facility"] * 10):
            if len(self.facility) >= self.p["facility"]:
                break
            k = g.integers(len(self.settle))
            th = g.uniform(0, 2 * np.pi)
            c = self.settle[k] + (self.settle_r[k] + g.uniform(80, 600)) * np.array([math.cos(th), math.sin(th)])
            if not self.inside(c[:1], c[1:])[0] or self.zone(c[:1], c[1:])[0] == 2:
                continue
            poly = Polygon(_parcel(c, g.uniform(1.5, 12) * M2_PER_MU, g, extra=1))
            if poly.is_valid and self._free(poly, taken, 20):
                taken.append(poly)
                self.facility.append((poly, int(g.integers(2019, 2022))))
        roads = np.vstack([ln[2] for ln in self.lines if ln[0] == "1003"])
        for _ in range(self.p["temporary"] * 10):
            if len(self.temporary) >= self.p["temporary"]:
                break
            c = roads[g.integers(len(roads))] + g.uniform(-250, 250, 2)
            if not self.inside(c[:1], c[1:])[0] or self.in_town(c[:1], c[1:])[0]:
                continue
            if cKDTree(roads).query(c)[0] < 40:
                continue
            poly = Polygon(_parcel(c, g.uniform(3, 25) * M2_PER_MU, g, extra=1))
            if poly.is_valid and self._free(poly, taken, 20):
                taken.append(poly)
                self.temporary.append((poly, int(g.integers(2021, 2023))))
        self.taken = taken


def _runs(mask, min_len):
    """Slices of consecutive True values at least `min_len` long."""
    out, start = [], None
    for i, v in enumerate(list(mask) + [False]):
        if v and start is None:
            start = i
        elif not v and start is not None:
            if i - start >= min_len:
                out.append(slice(start, i))
            start = None
    return out


def _srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


# --------------------------------------------------------------------------------------------------------------
# The parcel mesh: Voronoi cells with shared, densified and warped edges.
# --------------------------------------------------------------------------------------------------------------

class Warp:
    """A smooth displacement field (sum of noise octaves) kept one-to-one by bounding its Jacobian."""

    def __init__(self, rng, octaves):
        self.oct = [(Noise(rng, w), Noise(rng, w), float(a)) for w, a in octaves]
        x, y = np.random.default_rng(2).uniform(-15000, 15000, (20000, 2)).T
        jac = np.zeros((4, len(x)))
        for nx, ny, a in self.oct:
            h = nx.w / 50.0
            jac += [(f(*p1) - f(*p0)) / (2 * h) * a for f in (nx, ny)
                    for p0, p1 in (((x - h, y), (x + h, y)), ((x, y - h), (x, y + h)))]
        worst = float(np.sqrt((jac ** 2).sum(0)).max())
        # |J| < 1 keeps det(I + J) > 0, so warped parcels never fold over each other; 0.7 with a margin for
        # the places the probe missed.
        self.k = min(1.0, 0.7 / (1.25 * worst)) if worst > 0 else 1.0

    def __call__(self, pts):
        x, y = pts[:, 0], pts[:, 1]
        d = np.zeros_like(pts)
        for nx, ny, a in self.oct:
            d[:, 0] += a * nx(x, y)
            d[:, 1] += a * ny(x, y)
        return d * self.k


class VoronoiMesh:
    """Voronoi cells of the seeds, ringed by N_DUMMY far points so that every cell of the county is finite; the
    shared part of this file's Mesh and tools/irregular_county.py's. A subclass draws each ridge bordering a used cell
    as a polyline (setting pts, nv, ipstart, ipcnt, left0), and walk_rings() assembles any labelling of the cells
    from those ridges, so neighbouring polygons share exactly the same vertices."""

    N_DUMMY = 64

    def __init__(self, seeds, far):
        """The diagram of `seeds` (n x 2) and the dummies on a circle of radius `far`."""
        n = len(seeds)
        ang = np.linspace(0, 2 * np.pi, self.N_DUMMY, endpoint=False)
        self.all = np.vstack([seeds, far * np.c_[np.cos(ang), np.sin(ang)]])
        vor = Voronoi(self.all)
        self.n = n
        self.V = vor.vertices
        self.rp = vor.ridge_points.astype(np.int64)
        self.rv = np.asarray(vor.ridge_vertices, dtype=np.int64)
        real = (self.rp < n).all(1)
        self.pairs = self.rp[real]
        i = np.r_[self.pairs[:, 0], self.pairs[:, 1]]
        j = np.r_[self.pairs[:, 1], self.pairs[:, 0]]
        self.adj = sparse.csr_matrix((np.ones(len(i), np.int8), (i, j)), shape=(n, n))
        self.keep(vor)

    def keep(self, vor):
        """What a subclass keeps of scipy's diagram (nothing here)."""

    def neighbours(self, c):
        return self.adj.indices[self.adj.indptr[c]:self.adj.indptr[c + 1]]

    def used_ridges(self, used):
        """Ridges bordering a `used` cell (bool per ridge); they must all be finite."""
        usedx = np.r_[used, np.zeros(self.N_DUMMY, bool)]
        ru = usedx[self.rp[:, 0]] | usedx[self.rp[:, 1]]
        if (self.rv[ru] < 0).any():
            raise RuntimeError("county cells reach the Voronoi hull; widen the seed margin")
        return ru

    def walk_rings(self, lab):
        """The rings of every label >= 0 of the cells (lab: one per seed, -1 none), walked along the drawn ridges
        between different labels: (xy of all rings one after the other, unclosed; index in xy where each ring
        starts; its label). Rings of one label follow one another."""
        labx = np.r_[lab, np.full(self.N_DUMMY, -1)]
        l0, l1 = labx[self.rp[:, 0]], labx[self.rp[:, 1]]
        d = l0 != l1
        m0, m1 = np.nonzero(d & (l0 >= 0))[0], np.nonzero(d & (l1 >= 0))[0]
        r = np.r_[m0, m1]
        g = np.r_[l0[m0], l1[m1]].astype(np.int64)
        fwd = np.r_[self.left0[m0], ~self.left0[m1]]
        st = np.where(fwd, self.rv[r, 0], self.rv[r, 1])
        en = np.where(fwd, self.rv[r, 1], self.rv[r, 0])
        ks, ke = g * self.nv + st, g * self.nv + en
        order = np.argsort(ks, kind="stable")
        sk = ks[order]
        if len(sk) > 1 and (sk[1:] == sk[:-1]).any():
            raise RuntimeError("two boundary edges leave one vertex (degenerate Voronoi vertex)")
        pos = np.minimum(np.searchsorted(sk, ke), len(sk) - 1)
        if len(sk) and (sk[pos] != ke).any():
            raise RuntimeError("open ring while assembling polygons")
        nxt = order[pos].tolist()
        seen = bytearray(len(r))
        ring_edges, ring_first = [], []
        for e in order.tolist():
            if seen[e]:
                continue
            ring_first.append(len(ring_edges))
            x = e
            while not seen[x]:
                seen[x] = 1
                ring_edges.append(x)
                x = nxt[x]
        eo = np.array(ring_edges, dtype=np.int64)
        rr, ff = r[eo], fwd[eo]
        cnt, s0 = self.ipcnt[rr], self.ipstart[rr]
        ln = cnt + 1
        offs = np.cumsum(ln) - ln
        tot = int(ln.sum())
        er = np.repeat(np.arange(len(eo)), ln)
        within = np.arange(tot) - offs[er]
        ip_idx = np.where(ff[er], s0[er] + within - 1, s0[er] + cnt[er] - within)
        xy = self.pts[np.where(within == 0, st[eo][er], self.nv + ip_idx)]
        rf = np.array(ring_first, dtype=np.int64)
        return xy, offs[rf], g[eo[rf]]


class Mesh(VoronoiMesh):
    """The sample county's cells: ridges densified with a little zig-zag and the whole county warped smoothly."""

    def __init__(self, seeds):
        super().__init__(seeds, 150000.0)

    def keep(self, vor):
        self.regions = [vor.regions[r] for r in vor.point_region[:self.n]]

    def cell_area(self, c):
        """Area of a cell before warping (m²)."""
        return abs(_ring_area(self.V[self.regions[c]]))

    def shape(self, used, step, warp, rng, origin):
        """Densify and warp the ridges bordering the `used` cells; other ridges are never drawn."""
        ru = self.used_ridges(used)
        a = np.maximum(self.rv[:, 0], 0)
        b = np.maximum(self.rv[:, 1], 0)
        A, B = self.V[a], self.V[b]
        D = B - A
        L = np.hypot(D[:, 0], D[:, 1])
        cnt = np.where(ru, (L / step).astype(np.int64), 0)
        start = np.cumsum(cnt) - cnt
        rid = np.repeat(np.arange(len(cnt)), cnt)
        t = (np.arange(len(rid)) - start[rid] + 1) / (cnt[rid] + 1.0)
        ip = A[rid] + D[rid] * t[:, None]
        # a little zig-zag across each ridge gives the hand-digitised look; shared, so still a partition
        jit = rng.uniform(-1, 1, len(rid)) * np.minimum(0.02 * L[rid], 1.5) * np.sin(np.pi * t)
        ip += np.c_[-D[rid, 1], D[rid, 0]] / np.maximum(L[rid], 1e-9)[:, None] * jit[:, None]
        vused = np.zeros(len(self.V), bool)
        vused[a[ru]] = True
        vused[b[ru]] = True
        vw = self.V.copy()
        vw[vused] += warp(self.V[vused])
        if len(ip):
            ip += warp(ip)
        self.pts = np.vstack([vw, ip])
        self.nv = len(self.V)
        self.ipstart, self.ipcnt = start, cnt
        s0 = self.all[self.rp[:, 0]] - A
        self.left0 = (D[:, 0] * s0[:, 1] - D[:, 1] * s0[:, 0]) > 0
        self.origin = origin

    def assemble(self, lab, nlab):
        """Polygon (or MultiPolygon) per label 0..nlab-1 of the cells (lab -1: none), in global coordinates."""
        xy, pstart, labels = self.walk_rings(lab)
        tot = len(xy)
        pend = np.r_[pstart[1:], tot]
        nxt_pt = np.arange(1, tot + 1)
        nxt_pt[pend - 1] = pstart
        area = 0.5 * np.add.reduceat(xy[:, 0] * xy[nxt_pt, 1] - xy[nxt_pt, 0] * xy[:, 1], pstart)
        rg = labels.tolist()
        gxy = xy + self.origin
        out = [None] * nlab
        i, nr = 0, len(pstart)
        while i < nr:
            j = i
            while j < nr and rg[j] == rg[i]:
                j += 1
            shells = [gxy[pstart[k]:pend[k]] for k in range(i, j) if area[k] > 0]
            holes = [gxy[pstart[k]:pend[k]] for k in range(i, j) if area[k] <= 0]
            if len(shells) == 1:
                out[rg[i]] = Polygon(shells[0], holes)
            else:
                polys = [Polygon(s) for s in shells]
                hs = [[] for _ in polys]
                for h in holes:
                    pt = Point(h[0])
                    k = min(range(len(polys)), key=lambda q: (not polys[q].intersects(pt), polys[q].area))
                    hs[k].append(h)
                out[rg[i]] = MultiPolygon([Polygon(s, h) for s, h in zip(shells, hs)])
            i = j
        return out


def _seeds(geo, target, levels, rng):
    """Jittered seeds: k x k per block of side S, k by terrain (mountains, hills, plains) and in towns and
    villages (`levels`); S is fitted so that about `target` seeds fall in the county."""
    def blocks(S):
        xs, ys = np.meshgrid(np.arange(-24000, 24000, S), np.arange(-20000, 20000, S))
        c = np.c_[xs.ravel(), ys.ravel()] + S / 2
        th = np.arctan2(c[:, 1], c[:, 0])
        c = c[np.hypot(c[:, 0], c[:, 1]) < geo.outline_r(th) * 1.03 + 4 * S]
        lv = np.array(levels[:3])[geo.zone(c[:, 0], c[:, 1])]
        dense = geo.in_town(c[:, 0], c[:, 1]) | (geo.seat_index(c[:, 0], c[:, 1]) >= 0)
        dense |= geo.settlement_at(c[:, 0], c[:, 1])[1] < S / 2
        lv[dense] = levels[3]
        return c, lv
    S = 800.0
    for _ in range(3):
        c, lv = blocks(S)
        S *= math.sqrt((lv ** 2).sum() / float(target))
    c, lv = blocks(S)
    out = []
    for k in sorted(set(levels)):
        ck = c[lv == k]
        sub = (np.array([(i + 0.5) / k - 0.5 for i in range(k)]))
        gx, gy = np.meshgrid(sub, sub)
        offs = np.c_[gx.ravel(), gy.ravel()] * S
        pts = (ck[:, None, :] + offs[None, :, :]).reshape(-1, 2)
        out.append(pts + rng.uniform(-0.42, 0.42, pts.shape) * S / k)
    return np.vstack(out), S


def _clean_labels(mesh, lab):
    """Give every label one connected region: stray pieces join their neighbours' most common label."""
    n = mesh.n
    pr = mesh.pairs
    for _ in range(20):
        same = (lab[pr[:, 0]] == lab[pr[:, 1]]) & (lab[pr[:, 0]] >= 0)
        gph = sparse.coo_matrix((np.ones(int(same.sum())), (pr[same, 0], pr[same, 1])), shape=(n, n))
        nc, comp = csgraph.connected_components(gph, directed=False)
        sizes = np.bincount(comp, minlength=nc)
        valid = lab >= 0
        comp_lab = np.full(nc, -1)
        comp_lab[comp[valid]] = lab[valid]
        best = {}
        for cpt in np.argsort(-sizes, kind="stable"):
            if comp_lab[cpt] >= 0 and comp_lab[cpt] not in best:
                best[comp_lab[cpt]] = cpt
        keep = np.zeros(nc, bool)
        keep[list(best.values())] = True
        bad = np.nonzero(valid & ~keep[comp])[0]
        if not len(bad):
            return lab
        badset = set(bad.tolist())
        new = lab.copy()
        for c in bad:
            nb = [lab[q] for q in mesh.neighbours(c) if q not in badset and lab[q] >= 0]
            if nb:
                new[c] = max(set(nb), key=lambda v: (nb.count(v), -v))
        lab = new
    return lab


def _bfs_groups(mesh, key, maxsize, order):
    """Merge adjacent cells with the same key into groups of at most maxsize cells."""
    grp = [-1] * mesh.n
    key = key.tolist()
    maxsize = maxsize.tolist()
    indptr, indices = mesh.adj.indptr, mesh.adj.indices.tolist()
    gid = 0
    for s in order.tolist():
        if grp[s] != -1 or key[s] < 0:
            continue
        grp[s] = gid
        members, k, lim, head = [s], key[s], maxsize[s], 0
        while head < len(members) and len(members) < lim:
            c = members[head]
            head += 1
            for q in indices[indptr[c]:indptr[c + 1]]:
                if grp[q] == -1 and key[q] == k:
                    grp[q] = gid
                    members.append(q)
                    if len(members) >= lim:
                        break
        gid += 1
    return np.array(grp), gid


# --------------------------------------------------------------------------------------------------------------
# Land use: classes per cell, parcels, linear features, permanent basic farmland.
# --------------------------------------------------------------------------------------------------------------

class Land:
    """Builds townships, the county outline, the land-use parcels and the farmland blocks."""

    def __init__(self, geo, size, seed):
        self.geo, self.p, self.seed = geo, SIZES[size], seed
        rng = _rng(seed, "mesh-" + size)
        seeds, self.S = _seeds(geo, self.p["cells"], self.p["levels"], rng)
        step = self.p["step"]
        fine = max(40.0, 3 * step)
        self.warp = Warp(_rng(seed, "warp"), [(2500, 150), (800, 40), (250, 10), (fine, 0.05 * fine)])
        for attempt in range(3):
            try:
                self.mesh = Mesh(seeds)
                self.sw = seeds + self.warp(seeds)  # where each cell lies after warping
                self._labels(rng)
                self.mesh.shape(self.inside, step, self.warp, rng, geo.origin)
                self._polygons()
                break
            except RuntimeError:
                if attempt == 2:
                    raise
                seeds = seeds + rng.uniform(-1e-3, 1e-3, seeds.shape)  # break a degenerate Voronoi vertex
        self._cut()
        self._farmland(_rng(seed, "farmland"))

    # -- per-cell labels
    def _labels(self, rng):
        geo, mesh = self.geo, self.mesh
        x, y = self.sw[:, 0], self.sw[:, 1]
        county = _clean_labels(mesh, np.where(geo.inside(x, y), 0, 1))
        self.inside = county == 0
        twp = np.where(self.inside, geo.township_of(x, y), -1)
        self.twp = _clean_labels(mesh, twp)
        self._classify(rng)
        self._gap(rng)
        # merge cells into parcels
        key_cols = np.c_[self.twp, self.vil, self.cls, self.czcs, self.kcxs_i, self.jbnt]
        _, key = np.unique(key_cols, axis=0, return_inverse=True)
        key = np.where(self.inside & ~self.gap_cells, key.ravel(), -1)
        codes = np.array(CODES)[np.maximum(self.cls, 0)]
        big = np.char.startswith(codes, "03") | np.char.startswith(codes, "04") | np.isin(codes, ["1206", "1207"])
        mid = np.isin(codes, ["0701", "0702", "1104", "1104K"] + list(FARMLAND))
        maxsize = np.where(big, rng.integers(1, self.p["merge"], mesh.n), np.where(mid, rng.integers(1, 5, mesh.n),
                                                                       rng.integers(1, 3, mesh.n)))
        self.grp, self.ngrp = _bfs_groups(mesh, key, maxsize, rng.permutation(mesh.n))
        first = np.full(self.ngrp, -1)
        valid = self.grp >= 0
        first[self.grp[valid][::-1]] = np.nonzero(valid)[0][::-1]
        self.gcell = first  # one representative cell per parcel

    def _classify(self, rng):
        geo, n = self.geo, self.mesh.n
        x, y = self.sw[:, 0], self.sw[:, 1]
        e = geo.elevation(x, y)
        z = geo.zone(x, y, e)
        self.zone = z
        ncls = Noise(rng, max(700.0, 5 * self.S))
        coh = _zscore(ncls(x, y))
        rnd = rng.standard_normal(n)
        u = rng.random(n)
        dwater = np.minimum(geo.t_main.query(self.sw)[0], geo.t_trib.query(self.sw)[0])
        cls = np.zeros(n, np.int64)
        czcs = np.zeros(n, np.int64)
        for zi, mix in ((0, PLAIN_MIX), (1, HILL_MIX), (2, MOUNTAIN_MIX)):
            m = z == zi
            if m.any():
                score = 0.75 * coh[m] + 0.25 * rnd[m]
                if zi == 0:
                    score = 0.5 * coh[m] + 0.35 * _zscore(dwater[m]) + 0.15 * rnd[m]
                cls[m] = _pick(mix, score)
        sidx, sedge = geo.settlement_at(x, y)
        ring = (sidx < 0) & (sedge < 150) & (z < 2)
        cls[ring & (u < 0.08)] = CI["1202"]
        cls[ring & (u >= 0.08) & (u < 0.14)] = CI["1104"]
        scattered = (sidx < 0) & (z < 2) & (u > 0.99)
        cls[scattered] = CI["0702"]
        czcs[scattered] = 2
        for mask, mix, cz in ((sidx >= 0, VILLAGE_MIX, 2), (geo.seat_index(x, y) >= 0, SEAT_MIX, 1),
                              (geo.in_town(x, y), TOWN_MIX, 1), (geo.in_industry(x, y), INDUSTRY_MIX, 1)):
            if mask.any():
                cls[mask] = _pick(mix, 0.7 * coh[mask] + 0.3 * rnd[mask])
                czcs[mask] = cz
        gx, gy = x + geo.origin[0], y + geo.origin[1]
        in_appr = np.zeros(n, bool)
        tree = cKDTree(self.sw)
        for a in geo.approvals:
            poly = a["poly"] if a["poly"].is_valid else make_valid(a["poly"])
            cand = np.array(tree.query_ball_point(np.array(poly.centroid.coords[0]),
                                                  math.sqrt(poly.area) * 2 + 50), dtype=np.int64)
            if not len(cand):
                continue
            hit = cand[vectorized.contains(poly, x[cand], y[cand])]
            in_appr[hit] = True
            if a["built"] and len(hit):
                if a["kind"] == "industry":
                    cls[hit], czcs[hit] = CI["0601"], 1
                elif a["kind"] == "village":
                    cls[hit], czcs[hit] = CI["0702"], 2
                else:
                    cls[hit] = np.array([CI["0701"], CI["05H1"], CI["08H2"]])[(u[hit] * 3).astype(int) % 3]
                    czcs[hit] = 1
        for poly in geo.mines + geo.illegal_mines:
            cand = np.array(tree.query_ball_point(np.array(poly.centroid.coords[0]), math.sqrt(poly.area) * 2),
                            dtype=np.int64)
            if len(cand):
                hit = cand[vectorized.contains(poly, x[cand], y[cand]) & (u[cand] < 0.75)]
                cls[hit], czcs[hit] = CI["0602"], 3
        for poly, year in geo.facility:
            if year <= 2020:
                cand = np.array(tree.query_ball_point(np.array(poly.centroid.coords[0]), math.sqrt(poly.area) * 2),
                                dtype=np.int64)
                if len(cand):
                    cls[cand[vectorized.contains(poly, x[cand], y[cand])]] = CI["1202"]
        codes = np.array(CODES)[cls]
        p_kc = np.array([0.25, 0.75, 0.9])[z]
        has_kc = ((codes == "0103") & (rng.random(n) < p_kc)) | ((codes == "0102") & (z > 0) & (u < 0.5))
        frac = np.clip((e - geo.t_plain) / max(geo.e_max - geo.t_plain, 1e-9), 0, 0.999)
        kci = np.where(z == 0, (u * 2).astype(int) % 2, (frac * len(KCXS_TABLE)).astype(int))
        self.kcxs_i = np.where(has_kc, kci + 1, 0)  # 0: no 田坎 deduction
        farm = np.isin(codes, FARMLAND)
        self.jbnt = (farm & (z < 2) & (czcs == 0) & ~in_appr & (geo.n_jbnt(x, y) < 0.6)).astype(np.int64)
        self.cls, self.czcs, self.in_appr = cls, czcs, in_appr
        # 坐落单位: the county-town and seat communities, else the nearest administrative village
        self.units = [(TOWNSHIPS[0][0] + "0010000000", "城关社区")]
        self.units += [(TOWNSHIPS[i][0] + "0010000000", TOWNSHIPS[i][1][:2] + "社区") for i in range(1, len(TOWNSHIPS))]
        self.units += list(zip(geo.vil_code, geo.vil_name))
        vil = np.zeros(n, np.int64)
        for t in range(len(TOWNSHIPS)):
            m = self.twp == t
            idx = np.nonzero(geo.vil_twp == t)[0]
            if not m.any():
                continue
            if len(idx):
                vil[m] = len(TOWNSHIPS) + idx[cKDTree(geo.vil_c[idx]).query(self.sw[m])[1]]
            else:
                vil[m] = t
        town = (geo.in_town(x, y) & (self.twp == 0)) | (geo.seat_index(x, y) == self.twp) & (self.twp > 0)
        vil[town] = self.twp[town]
        self.vil = vil

    def _gap(self, rng):
        """A small hole in the land-use coverage near the county border (left out by mistake, as happens)."""
        mesh, n = self.mesh, self.mesh.n
        depth = np.full(n, -1)
        border = [c for c in np.nonzero(self.inside)[0] if any(not self.inside[q] for q in mesh.neighbours(c))]
        depth[border] = 0
        frontier = border
        for dpt in range(1, 5):
            nxt = []
            for c in frontier:
                for q in mesh.neighbours(c):
                    if self.inside[q] and depth[q] < 0:
                        depth[q] = dpt
                        nxt.append(q)
            frontier = nxt
        want = (3, 4) if self.p["gap_ring"] else (2, 3)
        ok = np.isin(depth, want) & (self.czcs == 0) & ~self.in_appr
        cand = np.nonzero(ok & (self.zone == 0))[0]  # plains: small cells
        if not len(cand):
            cand = np.nonzero(ok & (self.zone < 2))[0]
        smallest = sorted(cand.tolist(), key=lambda q: (mesh.cell_area(q), q))[:3]
        c = int(smallest[rng.integers(len(smallest))])
        cells = {c}
        if self.p["gap_ring"]:
            cells |= {int(q) for q in mesh.neighbours(c) if depth[q] >= 1}
        self.gap_cells = np.zeros(n, bool)
        self.gap_cells[list(cells)] = True
        self.gap_twp = int(self.twp[c])

    # -- polygons of townships, county, gap and parcels
    def _polygons(self):
        self.townships = self.mesh.assemble(self.twp, len(TOWNSHIPS))
        self.county = self.mesh.assemble(np.where(self.inside, 0, -1), 1)[0]
        self.gap = self.mesh.assemble(np.where(self.gap_cells, 0, -1), 1)[0]
        self.parcels = self.mesh.assemble(self.grp, self.ngrp)

    # -- cut rivers, roads and ditches out of the parcels, tile by tile
    def _cut(self):
        geo = self.geo
        feats = [("1101", None, p) for p in geo.water_polygons()]
        feats += [(code, w, LineString(geo.glob(pts))) for code, w, pts in geo.lines if len(pts) >= 2]
        ftree = _strtree([f[2] for f in feats])
        cprep = prep(self.county)
        tpreps = [prep(t) for t in self.townships]
        gprep = prep(self.gap)
        gtree = _strtree(self.parcels)
        T = self.p["tile"]
        minx, miny, maxx, maxy = self.county.bounds
        self.roads = []  # (polygon, code, township)
        cuts = {}
        for ty in np.arange(miny, maxy, T):
            for tx in np.arange(minx, maxx, T):
                tb = box(tx, ty, tx + T, ty + T)
                if not cprep.intersects(tb):
                    continue
                exp = box(tx - 60, ty - 60, tx + T + 60, ty + T + 60)
                per_code = {}
                for i in sorted(ftree.query_items(exp)):
                    code, w, gm = feats[i]
                    if w is None:
                        piece = gm.intersection(tb)
                    else:
                        ln = gm.intersection(exp)
                        if ln.is_empty:
                            continue
                        piece = ln.buffer(w / 2, cap_style=2, join_style=2, mitre_limit=3.0)
                    if not piece.is_empty:
                        per_code.setdefault(code, []).append(piece)
                if not per_code:
                    continue
                clip = tb if cprep.contains(tb) else self.county.intersection(tb)
                if gprep.intersects(tb):
                    clip = clip.difference(self.gap)
                taken, pieces = None, []
                for code, _ in LINEAR:
                    if code not in per_code:
                        continue
                    u = unary_union(per_code[code]).intersection(clip)
                    if taken is not None and not u.is_empty:
                        u = u.difference(taken)
                    if u.is_empty:
                        continue
                    taken = u if taken is None else unary_union([taken, u])
                    pieces.append((code, u))
                if taken is None or taken.is_empty:
                    continue
                tw_in = [j for j, tp in enumerate(tpreps) if tp.intersects(tb)]
                full = [j for j in tw_in if tpreps[j].contains(tb)]
                clips = {} if full else {j: self.townships[j].intersection(tb) for j in tw_in}
                for code, u in pieces:
                    parts = [(full[0], u)] if full else [(j, u.intersection(clips[j])) for j in tw_in]
                    for j, pg in parts:
                        for poly in _explode(pg, 0.5):
                            for part in _split_long(poly, self.p["reach"]):
                                self.roads.append((part, code, j))
                tprep = prep(taken)
                for gi in gtree.query_items(taken):
                    if tprep.intersects(self.parcels[gi]):
                        cuts.setdefault(gi, []).append(taken)
        # the parcels: (polygon, class, czcs, kcxs index, unit, township, parcel id)
        pieces = []
        for gi, poly in enumerate(self.parcels):
            c = self.gcell[gi]
            attrs = (int(self.cls[c]), int(self.czcs[c]), int(self.kcxs_i[c]), int(self.vil[c]), int(self.twp[c]), gi)
            if gi in cuts:
                for t in cuts[gi]:
                    poly = poly.difference(t)
                parts = _explode(poly, 0.5)
            else:
                parts = [poly]
            for part in parts:
                pieces.append((part,) + attrs)
        tw_trees = {}
        for poly, code, j in self.roads:
            if j not in tw_trees:
                m = np.nonzero(self.twp == j)[0]
                tw_trees[j] = (cKDTree(self.sw[m]), m)
            rp = np.array(poly.representative_point().coords[0]) - geo.origin
            tr, m = tw_trees[j]
            c = m[tr.query(rp)[1]]
            cz = 1 if code == "1004" else 0
            pieces.append((poly, CI[code], cz, 0, int(self.vil[c]), j, -1))
        # a handful of 0402 沼泽草地, a class the land-class table does not place
        rng = _rng(self.seed, "0402")
        cand = [i for i, pc in enumerate(pieces) if pc[6] >= 0 and CODES[pc[1]] in ("0101", "0404", "0102")
                and self.zone[self.gcell[pc[6]]] == 0 and 300 < pc[0].area < 80000
                and geo.t_main.query(np.array(pc[0].representative_point().coords[0]) - geo.origin)[0] < 1500]
        self.marsh = sorted(int(i) for i in rng.choice(cand, size=min(5, len(cand)), replace=False))
        for i in self.marsh:
            pc = pieces[i]
            pieces[i] = (pc[0], CI["0402"], pc[2], 0, pc[4], pc[5], pc[6])
        self.pieces = pieces

    # -- permanent basic farmland: blocks of neighbouring farmland parcels
    def _farmland(self, rng):
        grp, pr = self.grp, self.mesh.pairs
        gj = np.zeros(self.ngrp, bool)
        gj[grp[(grp >= 0) & (self.jbnt == 1)]] = True
        for i in self.marsh:
            gj[self.pieces[i][6]] = False
        a, b = grp[pr[:, 0]], grp[pr[:, 1]]
        m = (a >= 0) & (b >= 0) & (a != b)
        a, b = a[m], b[m]
        m = gj[a] & gj[b]
        gadj = {}
        for u, v in zip(a[m].tolist(), b[m].tolist()):
            gadj.setdefault(u, set()).add(v)
            gadj.setdefault(v, set()).add(u)
        by_group = {}
        for pc in self.pieces:
            if pc[6] >= 0 and gj[pc[6]]:
                by_group.setdefault(pc[6], []).append(pc[0])
        block = {}
        for s in rng.permutation(self.ngrp).tolist():
            if not gj[s] or s in block:
                continue
            block[s] = s
            members, lim, head = [s], int(rng.integers(*self.p["jbnt_block"])), 0
            while head < len(members) and len(members) < lim:
                for q in sorted(gadj.get(members[head], ())):
                    if q not in block and len(members) < lim:
                        block[q] = s
                        members.append(q)
                head += 1
        blocks = {}
        for gi, root in block.items():
            blocks.setdefault(root, []).extend(by_group.get(gi, []))
        self.farmland = []  # (polygon, township)
        for root in sorted(blocks):
            polys = blocks[root]
            if not polys:
                continue
            merged = unary_union(polys) if len(polys) > 1 else polys[0]
            for part in _explode(merged, 10.0):
                self.farmland.append((_drop_small_holes(part), int(self.twp[self.gcell[root]])))


# --------------------------------------------------------------------------------------------------------------
# Reference layers in global coordinates, as they are written.
# --------------------------------------------------------------------------------------------------------------

class Reference:
    def __init__(self, geo, land):
        from shapely.affinity import translate
        ox, oy = geo.origin
        self.county, self.gap, self.townships = land.county, land.gap, land.townships
        # land use, numbered per 坐落单位 from north-west to south-east as surveys do
        rows = []
        for poly, ci, cz, kc, vil, twp, gi in land.pieces:
            minx, miny, maxx, maxy = poly.bounds
            unit = land.units[vil]
            rows.append(((unit[0], -round((miny + maxy) / 500.0), (minx + maxx) / 2), poly, ci, cz, kc, unit, twp, gi))
        rows.sort(key=lambda r: r[0])
        self.landuse = []
        seq = {}
        for bsm, (_, poly, ci, cz, kc, unit, twp, gi) in enumerate(rows, 1):
            seq[unit[0]] = seq.get(unit[0], 0) + 1
            tbmj = round(poly.area, 2)
            kcxs = KCXS_TABLE[kc - 1] if kc else 0.0
            self.landuse.append((poly, dict(BSM=bsm, TBBH=str(seq[unit[0]]), DLBM=CODES[ci], DLMC=DLMC[CODES[ci]],
                                            ZLDWDM=unit[0], ZLDWMC=unit[1], CZCSXM=CZCS[cz], KCXS=kcxs,
                                            KCMJ=round(tbmj * kcxs, 2), TBMJ=tbmj), gi))
        jb = {}
        self.farmland = []
        for poly, twp in land.farmland:
            code = TOWNSHIPS[twp][0]
            jb[code] = jb.get(code, 0) + 1
            self.farmland.append((poly, dict(JBNTBH="%s%05d" % (code, jb[code]), XZDM=code, MJ=round(poly.area, 2))))
        self.redline = []
        for k, (poly, name) in enumerate(zip(geo.redline_local, geo.redline_names), 1):
            clipped = translate(poly, ox, oy).intersection(self.county)
            parts = _explode(clipped, 1.0)
            if parts:
                self.redline.append((MultiPolygon(parts), dict(HXBH="HX%s%02d" % (COUNTY_CODE, k), HXMC=name)))
        self.approvals = []
        for a in geo.approvals:
            self.approvals.append((translate(a["poly"], ox, oy), dict(PZWH=a["wh"], PZMC=a["name"], PZRQ=a["date"])))
        self.approval_pairs = geo.approval_pairs
        self.invalid = geo.invalid
        self.invalid_problem = {i: geo.approvals[i]["invalid"] for i in geo.invalid}
        self.mining = [(translate(m, ox, oy), dict(CKZH=z, KSMC=n))
                       for m, z, n in zip(geo.mines, geo.mine_ckzh, geo.mine_names)]
        self.illegal_mines = [translate(m, ox, oy) for m in geo.illegal_mines]
        self.facility = [(translate(f, ox, oy), dict(BAH="示设农备〔%d〕%d号" % (y, k)))
                         for k, (f, y) in enumerate(geo.facility, 1)]
        self.temporary = [(translate(t, ox, oy), dict(LSYDBH="示临用〔%d〕%d号" % (y, k)))
                          for k, (t, y) in enumerate(geo.temporary, 1)]
        self.settlements = [(geo.glob(c), r) for c, r in zip(geo.settle, geo.settle_r)]
        self.zone_of_group = land.zone[land.gcell]
        self.jbnt_group = np.zeros(land.ngrp, bool)
        self.jbnt_group[land.grp[(land.grp >= 0) & (land.jbnt == 1)]] = True
        self.origin = geo.origin
        self.geo = geo


# --------------------------------------------------------------------------------------------------------------
# Monthly patches (监测图斑).
# --------------------------------------------------------------------------------------------------------------

TBLX_CHOICES = {
    "approval_inside": ["20", "20", "20", "YH", "DT", "TD"], "approval_overlap": ["20", "20", "YH"],
    "approval_partial": ["20", "20", "YH", "DT"], "approval_invalid": ["20", "DT"],
    "township_border": ["20", "TD", "DT", "YH"], "landuse_gap": ["20", "DT"], "redline_hole": ["20", "YH", "DT"],
    "redline": ["TD", "DT", "TP", "03", "20"], "mining_inside": ["CK"], "mining_partial": ["CK"],
    "mining_illegal": ["CK"], "facility": ["20", "YH"], "temporary": ["TD", "YH", "DT"],
    "farmland_large": ["TP", "DT", "20", "GF"], "farmland_jbnt": ["20", "20", "TP", "DT", "TD", "YH"],
    "farmland": ["20", "20", "TP", "DT", "TD", "YH"], "village_house": ["20"] * 17 + ["YH", "YH", "DT"],
    "rural_road": ["ND"], "road": ["DL1"], "solar": ["GF"], "forest": ["03", "TD", "TD", "DT", "DT", "TP", "01", "QT"],
    "pond": ["KT"], "unchanged": ["20", "DT", "TD", "QT", "YH"],
    "split_approval": ["20", "YH"], "split_approval_facility": ["20"],
}


class PatchPlanner:
    """Places patches so that every situation the overlay and the judgment must handle occurs."""

    def __init__(self, ref, size, seed):
        self.ref, self.size = ref, size
        self.rng = _rng(seed, "patches-" + size)
        self.cprep = prep(ref.county)
        self.lu = [r[0] for r in ref.landuse]
        self.lu_tree = _strtree(self.lu)
        self.farm = [f[0] for f in ref.farmland]
        self.farm_tree = _strtree(self.farm)
        self.red = [p for r in ref.redline for p in r[0].geoms]
        self.red_tree = _strtree(self.red)
        self.holes = [Polygon(h) for p in self.red for h in p.interiors if Polygon(h).area > 4000]
        self.appr = [a[0] if a[0].is_valid else make_valid(a[0]) for a in ref.approvals]
        self.appr_tree = _strtree(self.appr)
        self.valid_appr = [i for i in range(len(self.appr)) if i not in ref.invalid]
        self.mines = [m[0] for m in ref.mining]
        self.mine_tree = _strtree(self.mines)
        self.fac = [f[0] for f in ref.facility]
        self.tmp = [t[0] for t in ref.temporary]
        self.twp_tree = _strtree(ref.townships)
        codes = [r[1]["DLBM"] for r in ref.landuse]
        groups = [r[2] for r in ref.landuse]
        zone = lambda i: ref.zone_of_group[groups[i]] if groups[i] >= 0 else -1
        self.pick = {
            "farm_free": [i for i, c in enumerate(codes) if c in FARMLAND and not
                          (groups[i] >= 0 and ref.jbnt_group[groups[i]])],
            "farm_any": [i for i, c in enumerate(codes) if c in FARMLAND],
            "hill": [i for i, c in enumerate(codes) if zone(i) == 1 and c in ("0404", "0301", "0201", "0103", "1206")],
            "wild": [i for i, c in enumerate(codes) if c[:2] in ("03", "04") or c in ("0201", "0201K", "1207")],
            "plain": [i for i, c in enumerate(codes) if zone(i) == 0 and groups[i] >= 0],
            "any": [i for i, g in enumerate(groups) if g >= 0],
        }
        self.big_farm = [i for i, f in enumerate(self.farm) if f.area > 40 * M2_PER_MU]
        self.placed = []
        self.grid = {}

    # -- random helpers
    def _choice(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def _area(self, med=2.5, lo=0.3, hi=38.0, sigma=0.9):
        for _ in range(100):
            a = math.exp(self.rng.normal(math.log(med), sigma))
            if lo <= a <= hi:
                return a * M2_PER_MU
        return med * M2_PER_MU

    def _pt_in(self, poly, tries=40):
        minx, miny, maxx, maxy = poly.bounds
        for _ in range(tries):
            p = Point(self.rng.uniform(minx, maxx), self.rng.uniform(miny, maxy))
            if poly.contains(p):
                return p
        return poly.representative_point()

    def _pt_on(self, poly):
        parts = _explode(poly)
        ring = max(parts, key=lambda q: q.area).exterior if parts else poly
        return ring.interpolate(self.rng.uniform(0, ring.length))

    # -- shapes: simple polygons of 4-20 vertices
    def _blob(self, c, area, elong=2.0):
        rng = self.rng
        nv = int(rng.integers(5, 16))
        ang = np.sort((np.arange(nv) + rng.uniform(-0.35, 0.35, nv)) * 2 * np.pi / nv)
        r = 1 + 0.22 * rng.uniform(-1, 1, nv)
        e = rng.uniform(1.0, elong)
        th = rng.uniform(0, np.pi)
        pts = np.c_[r * np.cos(ang) * e, r * np.sin(ang) / e]
        pts = pts @ np.array([[math.cos(th), math.sin(th)], [-math.sin(th), math.cos(th)]])
        pts *= math.sqrt(area / abs(_ring_area(pts)))
        return Polygon(pts + [c.x, c.y])

    def _house(self, c, area):
        rng = self.rng
        asp = rng.uniform(1.0, 2.2)
        w, h = math.sqrt(area * asp), math.sqrt(area / asp)
        if rng.random() < 0.3:  # L-shaped compound
            k = 1.0 / math.sqrt(1 - 0.4 * 0.4)
            w, h = w * k, h * k
            pts = np.array([[0, 0], [w, 0], [w, 0.6 * h], [0.6 * w, 0.6 * h], [0.6 * w, h], [0, h]])
        else:
            pts = np.array([[0, 0], [w, 0], [w, h], [0, h]])
        pts = pts - pts.mean(0) + rng.uniform(-0.03, 0.03, pts.shape) * min(w, h)
        th = rng.uniform(0, np.pi)
        pts = pts @ np.array([[math.cos(th), math.sin(th)], [-math.sin(th), math.cos(th)]])
        return Polygon(pts + [c.x, c.y])

    def _strip(self, c, length, width):
        rng = self.rng
        n = int(rng.integers(2, 5))
        th = rng.uniform(0, 2 * np.pi)
        seg = length / (n - 1)
        pts = [np.array([c.x, c.y])]
        for _ in range(n - 1):
            th += rng.uniform(-0.35, 0.35)
            pts.append(pts[-1] + seg * np.array([math.cos(th), math.sin(th)]))
        return LineString(pts).buffer(width / 2, cap_style=2, join_style=2, mitre_limit=2.0)

    # -- overlay helpers
    def _share(self, geom, polys, tree):
        a = sum(geom.intersection(polys[i]).area for i in tree.query_items(geom) if polys[i].intersects(geom))
        return a / geom.area

    def _free(self, geom):
        minx, miny, maxx, maxy = geom.bounds
        for ix in range(int(minx // 1000), int(maxx // 1000) + 1):
            for iy in range(int(miny // 1000), int(maxy // 1000) + 1):
                for other in self.grid.get((ix, iy), ()):
                    if other.intersects(geom):
                        return False
        return True

    def _add(self, geom, case):
        minx, miny, maxx, maxy = geom.bounds
        for ix in range(int(minx // 1000), int(maxx // 1000) + 1):
            for iy in range(int(miny // 1000), int(maxy // 1000) + 1):
                self.grid.setdefault((ix, iy), []).append(geom)
        self.placed.append(dict(geom=geom, case=case, TBLX=self._choice(TBLX_CHOICES[case])))

    def _ok(self, geom, big=False):
        if geom is None or geom.is_empty or not geom.is_valid or geom.geom_type != "Polygon":
            return False
        nv = len(geom.exterior.coords) - 1
        mu = geom.area / M2_PER_MU
        in_range = (50 < mu < 150) if big else (0.3 <= mu <= 40)
        return 4 <= nv <= 20 and in_range and self.cprep.contains(geom) and self._free(geom)

    # -- the situations
    def _candidate(self, case, k):
        rng, ref = self.rng, self.ref
        if case == "approval_inside":
            i = self._choice(self.valid_appr)
            A = self.appr[i]
            area = min(self._area(), 0.5 * A.area)
            c = self._pt_in(A)
            g = self._house(c, area) if rng.random() < 0.4 else self._blob(c, area)
            others = [j for j in self.appr_tree.query_items(g) if j != i and self.appr[j].intersects(g)]
            return g, A.buffer(-0.5).contains(g) and not others
        if case == "approval_overlap":
            i, j = self._choice(ref.approval_pairs)
            A, B = self.appr[i], self.appr[j]
            O = A.intersection(B)
            g = self._blob(self._pt_in(O), min(max(O.area * rng.uniform(1.3, 3.0), 400.0), 25000.0))
            ok = all(x.area > 20 for x in (g.intersection(O), g.intersection(A.difference(B)),
                                          g.intersection(B.difference(A))))
            others = [q for q in self.appr_tree.query_items(g) if q not in (i, j) and self.appr[q].intersects(g)]
            if k % 3 != 2:  # most lie wholly inside the two approvals, one in three reaches beyond
                ok = ok and A.union(B).buffer(-0.5).contains(g)
            return g, ok and not others
        if case == "approval_partial":
            A = self.appr[self._choice(self.valid_appr)]
            g = self._blob(self._pt_on(A), self._area())
            return g, 0.2 <= self._share(g, self.appr, self.appr_tree) <= 0.85
        if case == "approval_invalid":
            A = self.appr[ref.invalid[k % len(ref.invalid)]]
            g = self._blob(self._pt_in(A), min(self._area(), 0.6 * A.area))
            return g, g.intersection(A).area > 0.3 * g.area
        if case == "township_border":
            t = ref.townships[int(rng.integers(len(ref.townships)))]
            p = self._pt_on(t)
            if ref.county.exterior.distance(p) < 400:
                return None, False
            g = self._blob(p, self._area(med=4))
            shares = [g.intersection(ref.townships[j]).area / g.area for j in self.twp_tree.query_items(g)]
            return g, sum(s >= 0.15 for s in shares) >= 2
        if case == "landuse_gap":
            area = min(max(ref.gap.area * rng.uniform(0.05, 0.3), 300.0), 10000.0)
            g = self._blob(self._pt_on(ref.gap), area)
            return g, 0.2 <= g.intersection(ref.gap).area / g.area <= 0.7
        if case == "redline_hole":
            if not self.holes:
                return None, False
            H = self._choice(self.holes)
            if k % 3 != 2:
                g = self._blob(self._pt_in(H), min(self._area(), 0.3 * H.area))
                return g, H.buffer(-0.5).contains(g)
            g = self._blob(self._pt_on(H), self._area())
            return g, 0.2 <= self._share(g, self.red, self.red_tree) <= 0.8
        if case == "redline":
            R = self._choice(self.red)
            g = self._blob(self._pt_in(R), self._area(med=4))
            return g, self._share(g, self.red, self.red_tree) >= 0.3
        if case == "mining_inside":
            M = self._choice(self.mines)
            g = self._blob(self._pt_in(M), min(self._area(med=6), 0.3 * M.area))
            return g, M.buffer(-0.5).contains(g)
        if case == "mining_partial":
            M = self._choice(self.mines)
            g = self._blob(self._pt_on(M), self._area(med=6))
            return g, 0.2 <= self._share(g, self.mines, self.mine_tree) <= 0.8
        if case == "mining_illegal":
            spot = self._choice(ref.illegal_mines)
            g = self._blob(self._pt_in(spot.buffer(60)), self._area(med=5))
            return g, not any(self.mines[q].intersects(g) for q in self.mine_tree.query_items(g))
        if case in ("facility", "temporary"):
            polys = self.fac if case == "facility" else self.tmp
            F = self._choice(polys)
            c = self._pt_in(F.buffer(-3) if F.buffer(-3).area > 0 else F)
            area = rng.uniform(0.4, 0.9) * F.area
            g = self._house(c, area) if case == "facility" and rng.random() < 0.5 else self._blob(c, area, 1.5)
            return g, g.intersection(F).area >= 0.8 * g.area
        if case == "farmland_large":
            F = self.farm[self._choice(self.big_farm)] if self.big_farm else self._choice(self.farm)
            g = self._blob(self._pt_in(F), rng.uniform(52, 110) * M2_PER_MU, elong=1.6)
            return g, self._share(g, self.farm, self.farm_tree) >= 0.5
        if case == "farmland_jbnt":
            F = self._choice(self.farm)
            g = self._blob(self._pt_in(F), self._area())
            return g, self._share(g, self.farm, self.farm_tree) >= 0.5
        if case in ("farmland", "pond"):
            P = self.lu[self._choice(self.pick["farm_free" if case == "farmland" else "farm_any"])]
            g = self._blob(self._pt_in(P), self._area(med=3, hi=12) if case == "pond" else self._area())
            if case == "farmland":
                return g, self._share(g, self.farm, self.farm_tree) == 0
            return g, True
        if case == "village_house":
            c, r = self._choice(ref.settlements)
            th = rng.uniform(0, 2 * np.pi)
            p = Point(c + (r + rng.uniform(-30, 120)) * np.array([math.cos(th), math.sin(th)]))
            return self._house(p, self._area(med=0.9, hi=4.0, sigma=0.6)), True
        if case == "rural_road":
            if rng.random() < 0.5:
                c, r = self._choice(ref.settlements)
                p = Point(c + r * rng.uniform(0.8, 1.5) * np.array([1.0, 0.0]) @ _rot(rng.uniform(0, 6.283)))
            else:
                p = self._pt_in(self.lu[self._choice(self.pick["plain"])])
            w = rng.uniform(3.5, 7.0)
            return self._strip(p, max(rng.uniform(120, 700), 220.0 / w), w), True
        if case == "road":
            w = rng.uniform(10, 22)
            p = self._pt_in(self.lu[self._choice(self.pick["plain"] + self.pick["hill"])])
            return self._strip(p, rng.uniform(200, min(1200.0, 24000.0 / w)), w), True
        if case == "solar":
            P = self.lu[self._choice(self.pick["hill"])]
            return self._blob(self._pt_in(P), rng.uniform(12, 38) * M2_PER_MU, elong=1.5), True
        if case == "forest":
            P = self.lu[self._choice(self.pick["wild"])]
            return self._blob(self._pt_in(P), self._area(med=3)), True
        if case == "unchanged":
            P = self.lu[self._choice(self.pick["any"])]
            return self._blob(self._pt_in(P), self._area(med=1.5, hi=10)), True
        raise ValueError(case)

    def run(self):
        col = 0 if self.size == "small" else 1
        self.shortfall = {}
        for case, counts in CASES.items():
            want = counts[col]
            got = 0
            for k in range(want * 40):
                if got >= want:
                    break
                g, ok = self._candidate(case, got)
                if ok and self._ok(g, big=(case == "farmland_large")):
                    self._add(g, case)
                    got += 1
            if got < want:
                self.shortfall[case] = want - got
        return self.placed

    def attributes(self, geom):
        """Dominant original land class, 城镇村属性码, and whether the patch touches 永农 or the red line."""
        by_code, best = {}, (0.0, "")
        for i in self.lu_tree.query_items(geom):
            p = self.lu[i]
            if not p.intersects(geom):
                continue
            a = p.intersection(geom).area
            rec = self.ref.landuse[i][1]
            by_code[rec["DLBM"]] = by_code.get(rec["DLBM"], 0.0) + a
            if a > best[0]:
                best = (a, rec["CZCSXM"])
        dlbm = max(sorted(by_code), key=lambda c: by_code[c]) if by_code else ""
        touches = lambda polys, tree: any(polys[i].intersection(geom).area > 0.01
                                          for i in tree.query_items(geom) if polys[i].intersects(geom))
        return dict(DLBM=dlbm, DLMC=DLMC.get(dlbm, ""), CZCSXM=best[1],
                    SFYN="是" if touches(self.farm, self.farm_tree) else "否",
                    SFHX="是" if touches(self.red, self.red_tree) else "否", MJ=round(geom.area, 2))


def _rot(th):
    return np.array([[math.cos(th), math.sin(th)], [-math.sin(th), math.cos(th)]])


def _batches(planner, size, seed):
    """Split the patches into monthly batches, number them and give them imagery dates; re-issue two."""
    import datetime as dt
    rng = _rng(seed, "batches-" + size)
    placed = planner.placed
    nmonth = SIZES[size]["months"]
    if size == "small":  # every batch gets a bit of everything
        month, seen = [], {}
        for p in placed:
            k = seen.get(p["case"], 0)
            seen[p["case"]] = k + 1
            month.append((list(CASES).index(p["case"]) + k) % nmonth)
    else:
        w = np.array(MONTH_WEIGHTS[:nmonth])
        month = rng.choice(nmonth, size=len(placed), p=w / w.sum()).tolist()
    batches = [[] for _ in range(nmonth)]
    for p, m in zip(placed, month):
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
            p.update(JCBH="%s2022%02d%04d" % (COUNTY_CODE, m + 1, i), QSX=q.isoformat(), HSX=h.isoformat())
    reissued = []
    if nmonth >= 3:
        first = batches[0]
        for cases in (("approval_inside", "approval_partial"), ("farmland_jbnt", "farmland", "village_house")):
            src = next((p for p in first if p["case"] in cases), None)
            if src is not None:
                q, h = scenes[2][int(rng.integers(3))]
                batches[2].append(dict(src, QSX=q.isoformat(), HSX=h.isoformat(), reissued=True))
                reissued.append(src["JCBH"])
    return batches, reissued, scenes


# --------------------------------------------------------------------------------------------------------------
# Patches that need splitting (图斑拆分, issue 12): placed after everything else from a random stream of their own,
# and issued after the other patches of their batch, so the rest of the county stays byte for byte as it was.
# --------------------------------------------------------------------------------------------------------------

# case -> month index of the batch it is issued in
SPLIT_CASES = {"split_approval": 0, "split_approval_facility": 1}
SPLIT_TRIES = 400


class SplitPlanner:
    """One patch about 60 % inside an approval, and one across an approval and a facility filing (made for it beside
    the approval, as 设施农用地 is filed next to a village's construction land) with a part outside both."""

    def __init__(self, planner, seed, size):
        import copy
        self.ref = planner.ref
        self.shapes = copy.copy(planner)  # the planner's shapes and free-space checks, on a stream of our own
        self.shapes.rng = _rng(seed, "split-" + size)
        self.rng = self.shapes.rng
        paired = {i for pair in self.ref.approval_pairs for i in pair}
        self.approvals = [i for i in planner.valid_appr if i not in paired and planner.appr[i].area > 5000]
        self.blocking = [g for g, _v in self.ref.mining + self.ref.facility + self.ref.temporary]
        self.blocking += [p for r in self.ref.redline for p in r[0].geoms]
        self.found = []  # {case, geom, approval, facility (index or None), shares}

    def run(self):
        for case, make in (("split_approval", self._approval_share), ("split_approval_facility",
                                                                       self._approval_and_facility)):
            for _ in range(SPLIT_TRIES):
                found = make()
                if found is not None:
                    self.shapes._add(found["geom"], case)
                    self.found.append(dict(found, case=case, patch=self.shapes.placed[-1]))
                    break
        return self.found

    def _edge_point(self, i):
        """A point on approval i's outline and the unit normal pointing into it there."""
        A = self.shapes.appr[i]
        ring = A.exterior
        d = self.rng.uniform(0, ring.length)
        p, a, b = ring.interpolate(d), ring.interpolate(d - 4.0), ring.interpolate(d + 4.0)
        t = np.array([b.x - a.x, b.y - a.y])
        if not np.hypot(*t):
            return None, None
        n = np.array([-t[1], t[0]]) / np.hypot(*t)
        if not A.contains(Point(p.x + 3 * n[0], p.y + 3 * n[1])):
            n = -n
        return np.array([p.x, p.y]), n

    def _clear(self, geom, approval):
        """Nothing but `approval` among the references that decide legality or the red line touches `geom`."""
        others = [j for j in self.shapes.appr_tree.query_items(geom) if j != approval]
        return not any(self.shapes.appr[j].intersects(geom) for j in others) and \
            not any(g.intersects(geom) for g in self.blocking)

    def _farmland_share(self, geom):
        """Share of `geom` on 耕地: the part outside the approval should take farmland, as such cases do."""
        if geom.is_empty:
            return 0.0
        lu = self.shapes.lu
        area = sum(lu[j].intersection(geom).area for j in self.shapes.lu_tree.query_items(geom)
                   if self.ref.landuse[j][1]["DLBM"] in FARMLAND and lu[j].intersects(geom))
        return area / geom.area

    def _approval_share(self):
        i = self.shapes._choice(self.approvals)
        p, n = self._edge_point(i)
        if p is None:
            return None
        area = self.rng.uniform(1.5, 6.0) * M2_PER_MU
        c = p + n * self.rng.uniform(0.05, 0.25) * math.sqrt(area)  # shifted inward: the larger share inside
        g = self.shapes._blob(Point(*c), area, elong=1.6)
        share = g.intersection(self.shapes.appr[i]).area / g.area if g.is_valid else 0.0
        if not (0.57 <= share <= 0.63 and self.shapes._ok(g) and self._clear(g, i)
                and self._farmland_share(g.difference(self.shapes.appr[i])) >= 0.5):
            return None
        return dict(geom=g, approval=i, facility=None, shares=dict(approval=share, outside=1 - share))

    def _approval_and_facility(self):
        i = self.shapes._choice(self.approvals)
        p, n = self._edge_point(i)
        if p is None:
            return None
        A = self.shapes.appr[i]
        out, side = -n, np.array([n[1], -n[0]])
        depth, width = self.rng.uniform(50, 80), self.rng.uniform(30, 50)
        g = self._rect(p, out, side, -0.45 * depth, 0.55 * depth, width)
        wide = width / 2 + self.rng.uniform(10, 30)
        facility = self._rect(p, out, side, -2.0, 0.35 * depth, 2 * wide).difference(A)
        if facility.geom_type != "Polygon" or not facility.is_valid or not self.ref.county.contains(facility):
            return None
        shares = dict(approval=g.intersection(A).area / g.area, facility=g.intersection(facility).area / g.area)
        shares["outside"] = 1 - shares["approval"] - shares["facility"]
        ok = 0.35 <= shares["approval"] <= 0.55 and 0.25 <= shares["facility"] <= 0.45 and shares["outside"] >= 0.1
        if not (ok and self.shapes._ok(g) and self._clear(g, i) and self._clear(facility, None)
                and self._farmland_share(g.difference(A)) >= 0.5
                and self.shapes._free(facility) and facility.buffer(20).disjoint(MultiPolygon(
                    [f for f, _v in self.ref.facility + self.ref.temporary]))):
            return None
        return dict(geom=g, approval=i, facility=facility, shares=shares)

    @staticmethod
    def _rect(p, out, side, near, far, width):
        """A rectangle along `out` from `near` to `far` metres past p, `width` across."""
        h = side * width / 2
        pts = [p + out * near - h, p + out * far - h, p + out * far + h, p + out * near + h]
        return Polygon([(round(x, 3), round(y, 3)) for x, y in pts])


def _add_split_cases(planner, batches, scenes, size, seed):
    """Place the split cases, add the facility filing made for one to the reference, and issue them in their
    batches after the others (numbers and dates of the others unchanged). Returns the manifest's entries."""
    found = SplitPlanner(planner, seed, size).run()
    ref, rng, entries = planner.ref, _rng(seed, "split-batches-" + size), []
    for item in found:
        facility = None
        if item["facility"] is not None:
            year = 2021
            ref.facility.append((item["facility"], dict(BAH="示设农备〔%d〕%d号" % (year, len(ref.facility) + 1))))
            facility = ref.facility[-1][1]["BAH"]
        month = SPLIT_CASES[item["case"]]
        q, h = scenes[month][int(rng.integers(len(scenes[month])))]
        patch = item["patch"]  # the planner's own record, so the manifest's cases list it like any other
        patch.update(QSX=q.isoformat(), HSX=h.isoformat(),
                     JCBH="%s2022%02d%04d" % (COUNTY_CODE, month + 1, len(batches[month]) + 1))
        patch.update(planner.attributes(item["geom"]))
        batches[month].append(patch)
        entries.append(dict(case=item["case"], JCBH=patch["JCBH"], batch="2022-%02d" % (month + 1),
                            approval=ref.approvals[item["approval"]][1]["PZWH"], facility=facility,
                            shares={k: round(v, 3) for k, v in item["shares"].items()}))
    return entries


# --------------------------------------------------------------------------------------------------------------
# Writing.
# --------------------------------------------------------------------------------------------------------------

_OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal, "date": ogr.OFTDate}


def _create_layer(ds, name, srs, gtype, fields, options=(), aliases=True):
    lyr = ds.CreateLayer(name, srs, gtype, options=list(options))
    for fname, ftype, width, prec, alias in fields:
        fd = ogr.FieldDefn(fname, _OGR_TYPES[ftype])
        if width:
            fd.SetWidth(width)
        if prec:
            fd.SetPrecision(prec)
        if aliases and alias:
            fd.SetAlternativeName(alias)
        lyr.CreateField(fd)
    return lyr


def _put(lyr, geom, values, multi=False):
    f = ogr.Feature(lyr.GetLayerDefn())
    for k, v in values.items():
        if v is None:
            f.SetFieldNull(k)
        else:
            f.SetField(k, v)
    if not isinstance(geom, ogr.Geometry):
        if multi and geom.geom_type == "Polygon":
            geom = MultiPolygon([geom])
        geom = ogr.CreateGeometryFromWkb(geom.wkb)
    f.SetGeometryDirectly(geom)
    lyr.CreateFeature(f)


def _write_reference(path, ref):
    srs = _srs(EPSG_REF)
    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    specs = [
        ("townships", F_TOWNSHIPS, ogr.wkbMultiPolygon,
         [(t, dict(XZDM=c, XZMC=n)) for t, (c, n, *_r) in zip(ref.townships, TOWNSHIPS)]),
        ("landuse", F_LANDUSE, ogr.wkbPolygon, [(p, v) for p, v, _g in ref.landuse]),
        ("farmland", F_FARMLAND, ogr.wkbPolygon, ref.farmland),
        ("redline", F_REDLINE, ogr.wkbMultiPolygon, ref.redline),
        ("approvals", F_APPROVALS, ogr.wkbPolygon, ref.approvals),
        ("mining", F_MINING, ogr.wkbPolygon, ref.mining),
        ("facility", F_FACILITY, ogr.wkbPolygon, ref.facility),
        ("temporary", F_TEMPORARY, ogr.wkbPolygon, ref.temporary),
    ]
    for name, fields, gtype, rows in specs:
        lyr = _create_layer(ds, LAYERS[name], srs, gtype, fields)
        ds.StartTransaction()
        for geom, values in rows:
            _put(lyr, geom, values, multi=(gtype == ogr.wkbMultiPolygon))
        ds.CommitTransaction()
    ds = None


def _write_batch(path, driver, encoding, items, when, county=(COUNTY_CODE, COUNTY_NAME), epsg_ref=EPSG_REF,
                 to_wkb=None):
    """One batch file in EPSG:4490 with exactly the ministry's fields: the patches (their `geom` in `epsg_ref`, as
    WKB by `to_wkb`, default geom.wkb) of `county` (code, name); tools/irregular_county.py writes its batches here
    too."""
    # QGIS sets SHAPE_ENCODING="" process-wide once it has opened a shapefile, which turns off OGR's recoding;
    # name the code page explicitly while writing so a GBK batch is GBK in any process.
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "CP936" if encoding == "GBK" else "UTF-8")
    try:
        return _write_batch_file(path, driver, encoding, items, when, county, epsg_ref, to_wkb or (lambda g: g.wkb))
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)


def _write_batch_file(path, driver, encoding, items, when, county, epsg_ref, to_wkb):
    srs_ll = _srs(EPSG_PATCH)
    ct = osr.CoordinateTransformation(_srs(epsg_ref), srs_ll)
    drv = ogr.GetDriverByName(driver)
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    if driver == "GPKG":
        lyr = _create_layer(ds, "patches", srs_ll, ogr.wkbPolygon, ISSUED)
        ds.StartTransaction()
    else:
        enc = "CP936" if encoding == "GBK" else "UTF-8"
        lyr = _create_layer(ds, os.path.splitext(os.path.basename(path))[0], srs_ll, ogr.wkbPolygon, ISSUED,
                            options=["ENCODING=" + enc], aliases=False)
    for p in items:
        g = ogr.CreateGeometryFromWkb(to_wkb(p["geom"]))
        g.Transform(ct)
        values = {k: p[k] for k in ("JCBH", "TBLX", "QSX", "HSX", "DLBM", "DLMC", "CZCSXM", "SFYN", "SFHX", "MJ")}
        values.update(XZQDM=county[0], XMC=county[1])
        _put(lyr, g, values)
    if driver == "GPKG":
        ds.CommitTransaction()
    ds = None
    if driver != "GPKG":
        base = os.path.splitext(path)[0]
        with open(base + ".dbf", "r+b") as fh:
            # fixed header date (reproducible files); language driver 0 so the DBF names no code page
            fh.seek(1)
            fh.write(bytes([when[0] - 1900, when[1], when[2]]))
            fh.seek(29)
            fh.write(b"\x00")
        if encoding == "GBK":
            # as counties receive them: GBK text, and nothing in the files says so
            for ext in (".cpg", ".CPG"):
                if os.path.exists(base + ext):
                    os.remove(base + ext)


def generate(out_dir, size="small", seed=20220101):
    """Write the sample county into out_dir and return its manifest (also written as county.json)."""
    if size not in SIZES:
        raise ValueError("size must be one of %s, not %r" % (sorted(SIZES), size))
    with _gdal_exceptions():
        return _generate(out_dir, size, seed)


@contextlib.contextmanager
def _gdal_exceptions():
    """GDAL errors as exceptions while generating, without changing the caller's setting."""
    modules = (gdal, ogr, osr)
    before = [m.GetUseExceptions() for m in modules]
    for m in modules:
        m.UseExceptions()
    try:
        yield
    finally:
        for m, was in reversed(list(zip(modules, before))):  # GDAL keeps these as a stack
            if not was:
                m.DontUseExceptions()


def _generate(out_dir, size, seed):
    out_dir = os.path.abspath(out_dir)
    patch_dir = os.path.join(out_dir, "patches")
    os.makedirs(patch_dir, exist_ok=True)
    for name in os.listdir(patch_dir):  # batches of an earlier run (of another size) would linger
        if re.fullmatch(r"2022-\d\d(_gbk)?\.(shp|shx|dbf|prj|cpg|gpkg)", name):
            os.remove(os.path.join(patch_dir, name))
    old_date = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2022-01-01T00:00:00.000Z")  # reproducible GeoPackages
    try:
        geo = Geography(seed, size)
        land = Land(geo, size, seed)
        ref = Reference(geo, land)
        ref_path = os.path.join(out_dir, "reference.gpkg")
        planner = PatchPlanner(ref, size, seed)
        planner.run()
        for p in planner.placed:
            p.update(planner.attributes(p["geom"]))
        batches, reissued, scenes = _batches(planner, size, seed)
        split = _add_split_cases(planner, batches, scenes, size, seed)  # may add a facility filing: before writing
        _write_reference(ref_path, ref)
        manifest_batches = []
        for m, items in enumerate(batches):
            label = "2022-%02d" % (m + 1)
            fname, driver, enc = BATCH_FILES.get(label, (label + ".shp", "ESRI Shapefile", "UTF-8"))
            path = os.path.join(out_dir, "patches", fname)
            _write_batch(path, driver, enc, items, (2022, m + 1, 5))
            manifest_batches.append(dict(label=label, path=path, format=driver, encoding=enc, count=len(items)))
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", old_date)
    cases = {}
    for p in planner.placed:
        cases.setdefault(p["case"], []).append(p["JCBH"])
    manifest = {
        "county_code": COUNTY_CODE,
        "county_name": COUNTY_NAME,
        "crs": "EPSG:%d" % EPSG_REF,
        "patch_crs": "EPSG:%d" % EPSG_PATCH,
        "reference": ref_path,
        "layers": dict(LAYERS),
        "key_fields": KEY_FIELDS,
        "batches": manifest_batches,
        "size": size,
        "seed": seed,
        "townships": [dict(XZDM=c, XZMC=n) for c, n, *_r in TOWNSHIPS],
        "invalid": [dict(layer="approvals", fid=i + 1, PZWH=ref.approvals[i][1]["PZWH"],
                         problem=ref.invalid_problem[i]) for i in ref.invalid],
        "reissued": reissued,
        "gap": dict(township=TOWNSHIPS[land.gap_twp][0], area_m2=round(land.gap.area, 2), wkt=land.gap.wkt),
        "overlapping_approvals": [[i + 1, j + 1] for i, j in ref.approval_pairs],
        "unplaced_codes": {"0402": sum(1 for _p, v, _g in ref.landuse if v["DLBM"] == "0402")},
        "counts": {name: len(rows) for name, rows in (("townships", ref.townships), ("landuse", ref.landuse),
                                                      ("farmland", ref.farmland), ("redline", ref.redline),
                                                      ("approvals", ref.approvals), ("mining", ref.mining),
                                                      ("facility", ref.facility), ("temporary", ref.temporary))},
        "cases": cases,
        "split": split,
        "shortfall": dict(planner.shortfall, **{c: 1 for c in SPLIT_CASES if c not in {e["case"] for e in split}}),
    }
    with open(os.path.join(out_dir, "county.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    return manifest


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate the sample county 示范县 (450199).")
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=20220101)
    args = ap.parse_args(argv)
    t0 = time.time()
    m = generate(args.out, args.size, args.seed)
    print("示范县 (%s) %s sample -> %s  [%.1f s]" % (m["county_code"], m["size"], os.path.abspath(args.out),
                                                   time.time() - t0))
    print("  reference.gpkg: " + ", ".join("%s %d" % kv for kv in m["counts"].items()))
    for b in m["batches"]:
        print("  %s  %-16s %-14s %-5s %5d patches" % (b["label"], os.path.basename(b["path"]), b["format"],
                                                    b["encoding"], b["count"]))
    if m["shortfall"]:
        print("  not all situations could be placed: %s" % m["shortfall"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
