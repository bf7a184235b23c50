"""Cutting a patch into parts (core/split/geometry.py): hand-made cases of issue 12, areas checked with shapely."""
import pytest
from qgis.core import QgsGeometry
from shapely import wkt as swkt

from wpzf.core.errors import InputError
from wpzf.core.split.geometry import OUTSIDE, check_cover, split_by_geometry, split_by_references

MU = 2000.0 / 3.0
X0, Y0 = 36540000.0, 2530000.0


def rect(x, y, w, h):
    return QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        X0 + x, Y0 + y, X0 + x + w, Y0 + y + h))


def shp(geom):
    return swkt.loads(geom.asWkt())


def by_source(parts):
    out = {}
    for p in parts:
        out.setdefault(p.source, []).append(p)
    return out


def test_a_patch_60_percent_inside_an_approval_becomes_two_parts():
    patch = rect(0, 0, 100, 60)
    parts = split_by_references(patch, {"approvals": [(rect(-10, -10, 70, 80), "批文甲")]}, 0.05)
    got = by_source(parts)
    assert sorted(got) == ["approvals", OUTSIDE]
    inside = shp(got["approvals"][0].geometry)
    assert inside.area == pytest.approx(shp(patch).intersection(shp(rect(-10, -10, 70, 80))).area, abs=1e-6)
    assert inside.area / shp(patch).area == pytest.approx(0.6)
    assert got["approvals"][0].labels == ["批文甲"]
    assert check_cover(patch, [p.geometry for p in parts]) == []


def test_a_patch_across_an_approval_and_a_facility_filing_becomes_three_parts():
    patch = rect(0, 0, 90, 30)
    refs = {"approvals": [(rect(0, -5, 30, 40), "批文甲")], "facility": [(rect(20, -5, 40, 40), "设农备1号")]}
    parts = split_by_references(patch, refs, 0.05)
    got = {p.source: shp(p.geometry).area for p in parts}
    assert got == pytest.approx({"approvals": 900.0, "facility": 30 * 30.0, OUTSIDE: 30 * 30.0})  # overlap: approval
    assert sum(got.values()) == pytest.approx(shp(patch).area)
    assert check_cover(patch, [p.geometry for p in parts]) == []


def test_a_sliver_of_0_02_mu_does_not_become_a_part():
    patch = rect(0, 0, 100, 60)
    sliver_m2 = 0.02 * MU  # 13.3 m²: a strip of 0.222 m × 60 m left outside the approval
    approval = rect(-5, -5, 100 - sliver_m2 / 60.0 + 5, 70)
    parts = split_by_references(patch, {"approvals": [(approval, "批文甲")]}, 0.05)
    assert len(parts) == 1 and parts[0].source == "approvals"
    assert shp(parts[0].geometry).area == pytest.approx(shp(patch).area, abs=1e-6)


def test_a_non_convex_patch_gives_one_part_per_connected_piece():
    patch = QgsGeometry.fromWkt("POLYGON(({x0} {y0},{x1} {y0},{x1} {y2},{xm} {y2},{xm} {y1},{x0} {y1},{x0} {y0}))".format(
        x0=X0, y0=Y0, x1=X0 + 100, y1=Y0 + 20, y2=Y0 + 80, xm=X0 + 80))  # an L: a long foot and a tall leg
    parts = split_by_references(patch, {"approvals": [(rect(40, -5, 20, 10), "批文乙")]}, 0.05)
    got = by_source(parts)
    assert len(got["approvals"]) == 1 and len(got[OUTSIDE]) == 1  # the outside stays connected round the approval
    parts = split_by_references(patch, {"approvals": [(rect(40, -5, 20, 40), "批文乙")]}, 0.05)
    got = by_source(parts)
    assert len(got[OUTSIDE]) == 2  # the approval cuts the foot: two outside pieces, judged apart
    assert sum(shp(p.geometry).area for p in parts) == pytest.approx(shp(patch).area)
    assert check_cover(patch, [p.geometry for p in parts]) == []


def test_nothing_cutting_the_patch_leaves_it_whole():
    patch = rect(0, 0, 50, 50)
    parts = split_by_references(patch, {"approvals": [(rect(200, 200, 10, 10), "远处")]}, 0.05)
    assert [p.source for p in parts] == [OUTSIDE] and parts[0].geometry.equals(patch)


def test_a_manual_line_or_polygon_splits_the_patch():
    patch = rect(0, 0, 100, 60)
    line = QgsGeometry.fromWkt("LINESTRING({} {}, {} {})".format(X0 + 30, Y0 - 10, X0 + 50, Y0 + 70))
    parts = split_by_geometry(patch, line)
    areas = sorted(shp(p.geometry).area for p in parts)
    assert len(parts) == 2 and sum(areas) == pytest.approx(6000.0)
    assert areas == pytest.approx([2400.0, 3600.0])  # the line crosses y=0 at x=32.5 and y=60 at x=47.5
    assert check_cover(patch, [p.geometry for p in parts]) == []
    square = split_by_geometry(patch, rect(80, 40, 40, 40))
    assert sorted(round(shp(p.geometry).area) for p in square) == [400, 5600]
    with pytest.raises(InputError, match="没有把图斑分成"):
        split_by_geometry(patch, QgsGeometry.fromWkt("LINESTRING({} {}, {} {})".format(X0 + 10, Y0 + 10, X0 + 20,
                                                                                       Y0 + 20)))


def test_check_cover_reports_gaps_and_overlaps():
    patch = rect(0, 0, 100, 60)
    assert any("缝隙" in p for p in check_cover(patch, [rect(0, 0, 50, 60), rect(60, 0, 40, 60)]))
    assert any("重叠" in p for p in check_cover(patch, [rect(0, 0, 60, 60), rect(40, 0, 60, 60)]))
