"""The sample county generator (tools/sample_county.py): what it promises to tests, the demo and benchmarks.

Every check recomputes the fact from the written files (OGR + shapely), not from the generator's internals.
"""
import os
import re
import struct

import pytest
from osgeo import gdal, osr
from shapely import wkb as shapely_wkb
from shapely.geometry import Polygon
from shapely.ops import unary_union
from shapely.strtree import STRtree

from conftest import load_tool

gdal.UseExceptions()

M2_PER_MU = 2000.0 / 3.0
REF_LAYERS = {
    "townships": ["XZDM", "XZMC"],
    "landuse": ["DLBM", "DLMC", "ZLDWDM", "CZCSXM", "KCXS", "KCMJ", "TBMJ"],
    "farmland": ["JBNTBH", "MJ"],
    "redline": ["HXBH", "HXMC"],
    "approvals": ["PZWH", "PZMC", "PZRQ"],
    "mining": ["CKZH", "KSMC"],
    "facility": ["BAH"],
    "temporary": ["LSYDBH"],
}
# Independent facts of the 三调 classification (GB/T 21010-2017), not read from the generator.
KNOWN_NAMES = {"0101": "水田", "0102": "水浇地", "0103": "旱地", "0301": "乔木林地", "0402": "沼泽草地",
               "0702": "农村宅基地", "1006": "农村道路", "1101": "河流水面", "1104K": "可调整养殖坑塘",
               "05H1": "商业服务业设施用地", "08H2": "科教文卫用地", "1202": "设施农用地"}


@pytest.fixture(scope="module")
def tool():
    return load_tool("sample_county")


@pytest.fixture(scope="module")
def runs(tool, tmp_path_factory):
    """Two small counties from the same seed, in folders with a space and Chinese characters."""
    a = tool.generate(str(tmp_path_factory.mktemp("样例 a")), size="small")
    b = tool.generate(str(tmp_path_factory.mktemp("样例 b")), size="small")
    return a, b


@pytest.fixture(scope="module")
def county(runs):
    return runs[0]


def _epsg(layer):
    srs = layer.GetSpatialRef()
    srs.AutoIdentifyEPSG()
    return int(srs.GetAuthorityCode(None))


def read(path, layer=None, open_options=(), to_epsg=None):
    """(epsg, field names, [(shapely geometry, attributes)]) of a vector layer."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=list(open_options))
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    epsg = _epsg(lyr)
    ct = None
    if to_epsg:
        src, dst = osr.SpatialReference(), osr.SpatialReference()
        src.ImportFromEPSG(epsg)
        dst.ImportFromEPSG(to_epsg)
        for s in (src, dst):
            s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ct = osr.CoordinateTransformation(src, dst)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = []
    for f in lyr:
        g = f.GetGeometryRef().Clone()
        if ct:
            g.Transform(ct)
        rows.append((shapely_wkb.loads(bytes(g.ExportToWkb())), {n: f.GetField(n) for n in names}))
    return epsg, names, rows


def batch(county, label):
    return next(b for b in county["batches"] if b["label"] == label)


def read_batch(county, label, to_epsg=None):
    b = batch(county, label)
    opts = ["ENCODING=CP936"] if b["encoding"] == "GBK" else []
    return read(b["path"], open_options=opts, to_epsg=to_epsg)


def dbf_column(path, field):
    """Raw bytes of one DBF column, parsed by hand (dBase III layout) so no library guesses the encoding."""
    with open(path, "rb") as fh:
        data = fh.read()
    nrec, hlen, rlen = struct.unpack("<IHH", data[4:12])
    off, pos, col = 1, 32, None
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        width = data[pos + 16]
        if name == field:
            col = (off, width)
        off += width
        pos += 32
    assert col, "field %s not in %s" % (field, path)
    return [data[hlen + i * rlen + col[0]:hlen + i * rlen + col[0] + col[1]].rstrip(b" ") for i in range(nrec)]


def test_manifest_describes_the_files(county):
    assert county["county_code"] == "450199" and county["county_name"] == "示范县"
    assert county["crs"] == "EPSG:4524" and county["size"] == "small"
    assert os.path.isabs(county["reference"]) and os.path.isfile(county["reference"])
    assert set(county["layers"]) >= set(REF_LAYERS)
    assert [b["label"] for b in county["batches"]] == ["2022-01", "2022-02", "2022-03"]
    assert [(b["format"], b["encoding"]) for b in county["batches"]] == [
        ("ESRI Shapefile", "UTF-8"), ("GPKG", "UTF-8"), ("ESRI Shapefile", "GBK")]
    assert os.path.basename(batch(county, "2022-01")["path"]) == "2022-01.shp"
    assert os.path.basename(batch(county, "2022-03")["path"]) == "2022-03_gbk.shp"
    for b in county["batches"]:
        assert os.path.isabs(b["path"])
        _, _, rows = read_batch(county, b["label"])
        assert len(rows) == b["count"] and 20 <= b["count"] <= 30
    gds = gdal.OpenEx(batch(county, "2022-02")["path"], gdal.OF_VECTOR)
    assert gds.GetLayerByName("patches") is not None
    import json
    with open(os.path.join(os.path.dirname(county["reference"]), "county.json"), encoding="utf-8") as fh:
        assert json.load(fh) == county


def test_same_seed_same_county(runs):
    a, b = runs
    for name, layer in a["layers"].items():
        ra = read(a["reference"], layer)[2]
        rb = read(b["reference"], layer)[2]
        assert [r[1] for r in ra] == [r[1] for r in rb], name
        assert [r[0].wkb for r in ra] == [r[0].wkb for r in rb], name
    for ba, bb in zip(a["batches"], b["batches"]):
        assert read_batch(a, ba["label"])[2] and [(g.wkb, v) for g, v in read_batch(a, ba["label"])[2]] == \
            [(g.wkb, v) for g, v in read_batch(b, bb["label"])[2]]
    strip = lambda m: {k: v for k, v in m.items() if k not in ("reference", "batches")}
    assert strip(a) == strip(b)


def test_reference_layers_have_fields_and_crs(county):
    for name, fields in REF_LAYERS.items():
        epsg, names, rows = read(county["reference"], county["layers"][name])
        assert epsg == 4524, name
        assert set(fields) <= set(names), (name, names)
        assert rows, name
        for g, _ in rows:  # zone-prefixed Gauss-Kruger coordinates of zone 36
            minx, miny, maxx, maxy = g.bounds
            assert 36_500_000 < minx < maxx < 36_580_000 and 2_500_000 < miny < maxy < 2_560_000
    _, _, towns = read(county["reference"], "townships")
    assert 6 <= len(towns) <= 8
    assert all(re.fullmatch(r"450199\d{3}", v["XZDM"]) for _, v in towns)
    assert {"城关镇", "石桥镇", "河西乡"} <= {v["XZMC"] for _, v in towns}


def test_landuse_attributes(county):
    _, _, rows = read(county["reference"], "landuse")
    assert 3000 <= len(rows) <= 5000
    towns = {v["XZDM"] for _, v in read(county["reference"], "townships")[2]}
    names = {}
    for g, v in rows:
        names.setdefault(v["DLBM"], set()).add(v["DLMC"])
        assert abs(v["TBMJ"] - g.area) < 0.01
        assert v["ZLDWDM"][:9] in towns
        if v["KCXS"]:
            assert v["DLBM"] in ("0102", "0103") and 0.05 <= v["KCXS"] <= 0.25
            assert abs(v["KCMJ"] - v["TBMJ"] * v["KCXS"]) < 0.011
        else:
            assert v["KCMJ"] == 0
        if v["DLBM"] == "0702":  # 村庄, or 建制镇 where the house stands inside a town
            assert v["CZCSXM"] in ("202", "203")
    assert all(len(s) == 1 for s in names.values()), "one name per code"
    for code, name in KNOWN_NAMES.items():
        assert names.get(code) == {name}, code
    expected = {"0101", "0102", "0103", "0201", "0201K", "0301", "0301K", "0307", "0401", "0403K", "0404",
                "05H1", "0601", "0701", "0702", "08H1", "08H2", "1003", "1004", "1006", "1101", "1104", "1104K",
                "1107", "1202", "1203", "1206", "1207", "0402"}
    assert expected <= set(names)
    marsh = sum(1 for _, v in rows if v["DLBM"] == "0402")
    assert 1 <= marsh <= 8 and marsh == county["unplaced_codes"]["0402"]
    assert sum(1 for _, v in rows if v["KCXS"] > 0) > 20


def test_landuse_tiles_the_county_except_the_gap(county):
    _, _, towns = read(county["reference"], "townships")
    _, _, rows = read(county["reference"], "landuse")
    tgeoms = [g for g, _ in towns]
    assert all(g.is_valid for g in tgeoms)
    county_geom = unary_union(tgeoms)
    assert abs(sum(g.area for g in tgeoms) - county_geom.area) < 1.0, "townships overlap"
    assert county_geom.geom_type == "Polygon" and 600e6 < county_geom.area < 1100e6
    lgeoms = [g for g, _ in rows]
    assert all(g.is_valid and g.geom_type == "Polygon" for g in lgeoms)
    covered = unary_union(lgeoms)
    assert sum(g.area for g in lgeoms) - covered.area < 1.0, "land-use polygons overlap"
    assert covered.difference(county_geom.buffer(0.01)).area < 1.0, "land use outside the county"
    missing = [p for p in getattr(county_geom.difference(covered), "geoms", [county_geom.difference(covered)])
               if p.area > 1.0]
    assert len(missing) == 1, "exactly one gap"
    gap = missing[0]
    assert abs(gap.area - county["gap"]["area_m2"]) < 2.0
    assert 10_000 < gap.area < 300_000
    dist = county_geom.exterior.distance(gap)
    assert 0 < dist < 3000, "a hole near the county border"


def test_township_borders_follow_parcels(county):
    """Every parcel lies in one township (its ZLDWDM's), as in real surveys."""
    _, _, towns = read(county["reference"], "townships")
    _, _, rows = read(county["reference"], "landuse")
    by_code = {v["XZDM"]: g.buffer(0.01) for g, v in towns}
    for g, v in rows[::7]:
        assert by_code[v["ZLDWDM"][:9]].contains(g)


def test_gbk_batch_has_no_code_page_and_is_gbk(county):
    path = batch(county, "2022-03")["path"]
    base = os.path.splitext(path)[0]
    assert not any(os.path.exists(base + ext) for ext in (".cpg", ".CPG"))
    with open(base + ".dbf", "rb") as fh:
        assert fh.read(32)[29] == 0, "the DBF language driver id must not name the code page"
    values = dbf_column(base + ".dbf", "XMC")
    assert values
    for raw in values:
        assert raw.decode("gbk") == "示范县"
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    _, _, rows = read_batch(county, "2022-03")  # read as GBK explicitly
    assert {v["XMC"] for _, v in rows} == {"示范县"}
    assert {v["SFYN"] for _, v in rows} <= {"是", "否"}
    utf8 = os.path.splitext(batch(county, "2022-01")["path"])[0]
    with open(utf8 + ".cpg") as fh:
        assert fh.read().strip().upper().replace("-", "") == "UTF8"
    assert {raw.decode("utf-8") for raw in dbf_column(utf8 + ".dbf", "XMC")} == {"示范县"}


def test_patches_fields_crs_and_shapes(county):
    fields = load_tool("sample_county").ISSUED
    for b in county["batches"]:
        epsg, names, rows = read_batch(county, b["label"])
        assert epsg == 4490
        assert names == [f[0] for f in fields]
        jcbh = [v["JCBH"] for _, v in rows]
        assert len(set(jcbh)) == len(jcbh), "JCBH unique within a batch"
        for g, v in rows:
            assert re.fullmatch(r"4501992022\d{6}", v["JCBH"])
            assert v["XZQDM"] == "450199" and v["XMC"] == "示范县"
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v["QSX"]) and v["QSX"] < v["HSX"] < "2022-%s" % b["label"][5:]
            assert v["SFYN"] in ("是", "否") and v["SFHX"] in ("是", "否")
            assert v["TBLX"]
            minx, miny, maxx, maxy = g.bounds
            assert 108.15 < minx < maxx < 108.65 and 22.65 < miny < maxy < 23.05
            assert 4 <= len(g.exterior.coords) - 1 <= 20 and g.is_valid
    areas = []
    for b in county["batches"]:
        for g, v in read_batch(county, b["label"], to_epsg=4524)[2]:
            assert abs(g.area - v["MJ"]) < 0.001 * v["MJ"] + 0.1
            areas.append(g.area / M2_PER_MU)
    assert min(areas) >= 0.3 and sum(a > 50 for a in areas) >= 1 and sum(a <= 40 for a in areas) > 0.9 * len(areas)


def test_reissued_patches(county):
    jan = {v["JCBH"]: g for g, v in read_batch(county, "2022-01")[2]}
    feb = {v["JCBH"] for g, v in read_batch(county, "2022-02")[2]}
    mar = {v["JCBH"]: (g, v) for g, v in read_batch(county, "2022-03")[2]}
    assert len(county["reissued"]) == 2
    for j in county["reissued"]:
        assert j in jan and j in mar and j not in feb and j.startswith("450199202201")
        assert jan[j].symmetric_difference(mar[j][0]).area < 1e-12
    assert sum(j.startswith("450199202203") for j in mar) == len(mar) - 2


def test_approvals_overlap_and_invalid_geometries(county):
    _, _, appr = read(county["reference"], "approvals")
    invalid_fids = {d["fid"] for d in county["invalid"]}
    assert 1 <= len(invalid_fids) <= 2
    assert {d["layer"] for d in county["invalid"]} == {"approvals"}
    assert {i + 1 for i, (g, _) in enumerate(appr) if not g.is_valid} == invalid_fids
    valid = [(i, g) for i, (g, _) in enumerate(appr) if g.is_valid]
    overlaps = [(i, j) for a, (i, g) in enumerate(valid) for j, h in valid[a + 1:] if g.intersection(h).area > 50]
    assert overlaps
    assert {tuple(p) for p in county["overlapping_approvals"]} <= {(i + 1, j + 1) for i, j in overlaps}
    for name in REF_LAYERS:
        if name != "approvals":
            assert all(g.is_valid for g, _ in read(county["reference"], name)[2]), name


@pytest.mark.filterwarnings("ignore::shapely.errors.ShapelyDeprecationWarning")
def test_patches_cover_the_situations(county):
    """The placed situations hold when recomputed from the files, and the issued attributes are right."""
    ref = county["reference"]
    patches = {}
    for b in county["batches"]:
        for g, v in read_batch(county, b["label"], to_epsg=4524)[2]:
            patches[v["JCBH"]] = (g, v)
    _, _, towns = read(ref, "townships")
    _, _, land = read(ref, "landuse")
    _, _, farm = read(ref, "farmland")
    _, _, red = read(ref, "redline")
    _, _, appr = read(ref, "approvals")
    _, _, mines = read(ref, "mining")
    appr_ok = [g for g, _ in appr if g.is_valid]
    land_geoms = [g for g, _ in land]
    land_tree = STRtree(land_geoms)
    land_of = {id(g): v for g, v in land}
    farm_geoms = [g for g, _ in farm]
    red_geom = unary_union([g for g, _ in red])
    county_geom = unary_union([g for g, _ in towns])
    gap = county_geom.difference(unary_union([g for g, _ in land]))
    cases = county["cases"]
    assert set(cases) >= {"approval_inside", "approval_overlap", "approval_partial", "township_border",
                          "landuse_gap", "redline_hole", "mining_inside", "facility", "temporary",
                          "farmland_jbnt", "farmland_large", "split_approval", "split_approval_facility"}
    assert not county["shortfall"]

    def share(g, polys):
        return sum(g.intersection(p).area for p in polys if p.intersects(g)) / g.area

    for j in cases["approval_inside"]:
        g = patches[j][0]
        assert sum(a.contains(g.buffer(-0.05)) for a in appr_ok) == 1
    for j in cases["approval_overlap"]:
        g = patches[j][0]
        hit = [a for a in appr_ok if a.intersection(g).area > 1]
        assert len(hit) == 2 and hit[0].intersection(hit[1]).intersection(g).area > 1
    for j in cases["approval_partial"]:
        assert 0.15 < share(patches[j][0], appr_ok) < 0.9
    for j in cases["township_border"]:
        assert sum(t.intersection(patches[j][0]).area > 1 for t, _ in towns) >= 2
    for j in cases["landuse_gap"]:
        assert 0.1 < patches[j][0].intersection(gap).area / patches[j][0].area < 0.8
    in_hole = 0
    for j in cases["redline_hole"]:
        g = patches[j][0]
        shells = [Polygon(p.exterior) for r in red for p in r[0].geoms]
        assert any(s.intersects(g) for s in shells)
        in_hole += g.intersection(red_geom).area < 0.01
    assert in_hole >= 1
    for j in cases["mining_inside"]:
        assert any(m.contains(patches[j][0].buffer(-0.05)) for m, _ in mines)
    assert any(patches[j][0].area > 50 * M2_PER_MU and share(patches[j][0], farm_geoms) > 0.4
               for j in cases["farmland_large"])
    for g, v in patches.values():
        areas = {}
        for p in (land_geoms[int(i)] for i in land_tree.query(g)):
            a = p.intersection(g).area
            if a > 0:
                code = land_of[id(p)]["DLBM"]
                areas[code] = areas.get(code, 0) + a
        assert v["DLBM"] == max(areas, key=areas.get), v["JCBH"]
        touches_farm = any(f.intersection(g).area > 0.01 for f in farm_geoms if f.intersects(g))
        assert (v["SFYN"] == "是") == touches_farm, v["JCBH"]
        assert (v["SFHX"] == "是") == (red_geom.intersection(g).area > 0.01), v["JCBH"]
    assert any(v["SFYN"] == "是" for _, v in patches.values()) and any(v["SFHX"] == "是" for _, v in patches.values())


def test_patches_that_need_splitting(county):
    """One patch about 60 % inside an approval, one across an approval and a facility filing with a part outside
    both; each issued last in its batch, the filing made for it last in the facility layer."""
    ref = county["reference"]
    _, _, appr = read(ref, "approvals")
    _, _, facility = read(ref, "facility")
    others = [g for layer in ("mining", "temporary") for g, _ in read(ref, layer)[2]]
    _, _, farm = read(ref, "landuse")
    split = {e["case"]: e for e in county["split"]}
    assert set(split) == {"split_approval", "split_approval_facility"} and not county["shortfall"]
    for case, entry in split.items():
        assert county["cases"][case] == [entry["JCBH"]]
        rows = read_batch(county, entry["batch"], to_epsg=4524)[2]
        assert rows[-1][1]["JCBH"] == entry["JCBH"]  # after the others: their numbers did not move
        assert entry["JCBH"] == "4501992022%s%04d" % (entry["batch"][5:], len(rows))
        g = rows[-1][0]
        hit = [(a, v) for a, v in appr if a.is_valid and a.intersection(g).area > 0.01]
        assert [v["PZWH"] for _, v in hit] == [entry["approval"]]
        inside = hit[0][0].intersection(g).area / g.area
        filed = [(f, v) for f, v in facility if f.intersection(g).area > 0.01]
        assert not any(o.intersection(g).area > 0.01 for o in others)
        outside = g.difference(hit[0][0]).difference(unary_union([f for f, _ in filed] or [Polygon()]))
        farmland = sum(p.intersection(outside).area for p, v in farm if v["DLBM"] in ("0101", "0102", "0103")
                       and p.intersects(outside))
        assert farmland >= 0.5 * outside.area  # the part outside takes farmland
        if case == "split_approval":
            assert 0.55 <= inside <= 0.65 and not filed and entry["facility"] is None
            assert outside.area / g.area == pytest.approx(1 - inside, abs=1e-6)
        else:
            assert [v["BAH"] for _, v in filed] == [entry["facility"]] == [facility[-1][1]["BAH"]]
            assert 0.3 <= inside <= 0.6 and 0.2 <= filed[0][0].intersection(g).area / g.area <= 0.5
            assert outside.area / g.area >= 0.1
            assert filed[0][0].intersection(hit[0][0]).area < 0.01  # the filing lies beside the approval
    assert len(facility) == county["counts"]["facility"]


def test_command_line_prints_a_summary(tmp_path):
    import subprocess
    import sys
    script = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools", "sample_county.py")
    out = tmp_path / "cli"
    res = subprocess.run([sys.executable, script, "--size", "small", "--out", str(out)], capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "示范县" in res.stdout and "2022-03_gbk.shp" in res.stdout
    assert (out / "county.json").is_file() and (out / "reference.gpkg").is_file()
    bad = subprocess.run([sys.executable, script, "--size", "huge", "--out", str(out)], capture_output=True, text=True)
    assert bad.returncode != 0 and "huge" in bad.stderr
