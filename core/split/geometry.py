"""Cutting a monitoring patch into parts (图斑拆分) that are judged on their own.

A part is one connected polygon in one legal state: inside an approval, a mining permit, a facility filing or
temporary land (in the order of practice: where they overlap the earlier one wins), or outside all of them.
Slivers below the minimum area (policy data, 亩) are merged into the neighbour they share the longest edge with, so
a digitising hair never becomes a unit of its own. The parts cover the patch exactly: each is cut from what the
previous ones left, so there is no gap and no overlap by construction, and `check_cover` verifies it.

Geometry is in the package's projected CRS; areas here are planar and only decide slivers and order — the overlay
engine measures every part on the ellipsoid like any patch.
"""
from qgis.core import QgsGeometry, QgsWkbTypes

from ...rules.fields import MU_PER_M2
from ..errors import InputError
from ..i18n import tr

OUTSIDE = "outside"
# Reference layers that decide legality, in the order of practice (DOMAIN.md).
LEGAL_SOURCES = ["approvals", "mining", "facility", "temporary"]


class Part:
    __slots__ = ("geometry", "source", "labels")

    def __init__(self, geometry, source, labels=()):
        self.geometry = geometry
        self.source = source  # a key of LEGAL_SOURCES or OUTSIDE
        self.labels = list(labels)  # numbers of the covering features (批准文号 …), for the reason text

    @property
    def area_m2(self):
        return self.geometry.area()


def _polygons(geom):
    """The single polygons of a geometry (GEOS may return collections after a difference)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return []
    out = []
    for part in geom.asGeometryCollection() if geom.isMultipart() or \
            QgsWkbTypes.flatType(geom.wkbType()) == QgsWkbTypes.Type.GeometryCollection else [geom]:
        if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry and part.area() > 0:
            out.append(QgsGeometry(part))
    return out


def _union(geoms):
    geoms = [g for g in geoms if g is not None and not g.isEmpty()]
    if not geoms:
        return QgsGeometry()
    return QgsGeometry.unaryUnion(geoms)


def split_by_references(patch, references, min_part_mu, classes=None):
    """[Part] of `patch` (QgsGeometry) cut by `references`: {source key: [(QgsGeometry, label)]}; with `classes`
    ({land category: [QgsGeometry]}, the land-use layer's 三大类) each state is cut by land category too.

    Returns a single OUTSIDE part when nothing cuts the patch into more than one state.
    """
    if patch is None or patch.isEmpty():
        raise InputError(tr("图斑没有几何图形，无法拆分。"))
    remaining = QgsGeometry(patch)
    pieces = []
    for source in LEGAL_SOURCES:
        touching = [(g, label) for g, label in references.get(source, ()) if g.intersects(remaining)]
        if not touching:
            continue
        inside = remaining.intersection(_union([g for g, _label in touching]))
        if inside.isEmpty() or inside.area() <= 0:
            continue
        labels = sorted({label for g, label in touching if label and g.intersects(inside)})
        pieces.extend(Part(p, source, labels) for p in _polygons(inside))
        remaining = remaining.difference(inside)
    pieces.extend(Part(p, OUTSIDE) for p in _polygons(remaining))
    if classes:
        pieces = _by_class(pieces, classes)
    return merge_slivers(pieces, min_part_mu)


def _by_class(pieces, classes):
    """Each piece cut by the land categories (what no category covers stays one piece of its own)."""
    out = []
    for piece in pieces:
        rest = QgsGeometry(piece.geometry)
        for _category, geoms in sorted(classes.items()):
            touching = [g for g in geoms if g.intersects(rest)]
            if not touching:
                continue
            inside = rest.intersection(_union(touching))
            out.extend(Part(p, piece.source, piece.labels) for p in _polygons(inside))
            rest = rest.difference(inside)
        out.extend(Part(p, piece.source, piece.labels) for p in _polygons(rest))
    return out


def split_by_geometry(patch, cutter):
    """Parts of `patch` cut by a line (drawn across it) or a polygon (drawn over part of it)."""
    kind = QgsWkbTypes.geometryType(cutter.wkbType())
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        inside = patch.intersection(cutter)
        parts = _polygons(inside) + _polygons(patch.difference(cutter))
    elif kind == QgsWkbTypes.GeometryType.LineGeometry:
        parts = _cut_by_line(patch, cutter)
    else:
        raise InputError(tr("请画一条穿过图斑的线，或一个与图斑部分重叠的面。"))
    if len(parts) < 2:
        raise InputError(tr("所画的线或面没有把图斑分成两部分以上：线要完整穿过图斑，面要只盖住图斑的一部分。"))
    return [Part(p, OUTSIDE) for p in parts]


def _cut_by_line(patch, line):
    """Polygons of `patch` on either side of `line` (polygonize the patch boundary with the line)."""
    noded = _union([QgsGeometry.fromPolylineXY(ring) for ring in _rings(patch)] + [line])
    faces = QgsGeometry.polygonize([noded])
    out = []
    for face in _polygons(faces):
        inner = face.pointOnSurface()
        if patch.contains(inner):
            out.append(face)
    return out


def _rings(geom):
    rings = []
    for polygon in (geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]):
        rings.extend(polygon)
    return rings


def merge_slivers(parts, min_part_mu):
    """Merge parts smaller than `min_part_mu` into the neighbour they share the longest edge with (or, alone,
    into the largest part), smallest first, until none is left or only one part remains."""
    parts = list(parts)
    limit = float(min_part_mu) / MU_PER_M2
    while len(parts) > 1:
        small = min(parts, key=lambda p: p.area_m2)
        if small.area_m2 >= limit:
            break
        others = [p for p in parts if p is not small]
        target = max(others, key=lambda p: (_shared_edge(small, p), p.area_m2))
        target.geometry = _union([target.geometry, small.geometry])
        target.labels = sorted(set(target.labels) | set(small.labels)) if target.source == small.source \
            else target.labels
        parts = others
    return parts


def _shared_edge(a, b):
    shared = a.geometry.intersection(b.geometry)
    if shared.isEmpty():
        return 0.0
    return shared.length() if QgsWkbTypes.geometryType(shared.wkbType()) == QgsWkbTypes.GeometryType.LineGeometry \
        else shared.length() + shared.area()


def check_cover(patch, parts, tolerance_mu=0.01):
    """Problems (text) when the parts do not cover the patch exactly: gap, overlap, area sum off by more than
    the tolerance. Empty when they do."""
    problems = []
    whole = patch.area()
    total = sum(p.area() for p in parts)
    if abs(total - whole) * MU_PER_M2 > tolerance_mu:
        problems.append(tr("子图斑面积之和 {:.2f} 亩与原图斑 {:.2f} 亩相差 {:.2f} 亩").format(
            total * MU_PER_M2, whole * MU_PER_M2, abs(total - whole) * MU_PER_M2))
    gap = patch.difference(_union(parts))
    if not gap.isEmpty() and gap.area() * MU_PER_M2 > tolerance_mu:
        problems.append(tr("子图斑之间有缝隙，共 {:.2f} 亩未被覆盖").format(gap.area() * MU_PER_M2))
    overlap = sum(a.intersection(b).area() for i, a in enumerate(parts) for b in parts[i + 1:])
    if overlap * MU_PER_M2 > tolerance_mu:
        problems.append(tr("子图斑之间重叠 {:.2f} 亩").format(overlap * MU_PER_M2))
    return problems


def cover_problems(wp, tolerance_mu=0.01):
    """Self-check S01 on a work package: every split patch against its parts (gap, overlap, area sum)."""
    from ...rules import fields as F
    from ...rules.selfcheck import SEVERE, Problem
    parents = wp.patches(where="TBZT = '{}'".format(F.SPLIT_PARENT), geometry=True, split_parents=True)
    if not parents:
        return []
    parts = {}
    for row in wp.patches(where="TBZT = '{}'".format(F.PART), geometry=True):
        parts.setdefault(row["_JCBH"], []).append(_geometry(row))
    problems = []
    for parent in parents:
        key = parent[F.KEY]
        found = check_cover(_geometry(parent), parts.get(key, []), tolerance_mu) if parts.get(key) else \
            [tr("已标为被拆分，但没有子图斑")]
        for text in found:
            problems.append(Problem(key, "S01", SEVERE, tr("图斑 {}：{}（请在判定面板中合并后重新拆分）").format(key, text),
                                    "TBZT"))
    return problems


def _geometry(row):
    geom = QgsGeometry()
    geom.fromWkb(row.get("_wkb") or b"")
    return geom
