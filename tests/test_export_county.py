"""wpzf:export on the sample county (three batches, one of them a GBK shapefile without .cpg; linked photos),
read back independently: SQLite for the package, OGR / ogrinfo / the DBF header for the shapefile."""
import hashlib
import os
import sqlite3
import subprocess

import pytest
from openpyxl import load_workbook

from conftest import load_tool
from test_export import dbf_fields, load_default_profile, ogrinfo_features, read_with_ogr, shapefile_of

TEXT_FIELDS = ["XZQDM", "XMC", "JCBH", "PC", "TBLX", "QSX", "HSX", "DLBM", "DLMC", "CZCSXM", "SFYN", "SFHX", "XZDM",
               "XZMC"]
AREA_FIELDS = ["MJ", "TBMJ", "GDMJ", "YJJBNTMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "STHXMJ", "PZMJ"]


def reference(county, key):
    return "{}|layername={}".format(county["reference"], county["layers"][key])


def prepare(processing, county, folder):
    """Import every batch, overlay, link generated photos."""
    wp = os.path.join(folder, "示范县.gpkg")
    for batch in county["batches"]:
        processing.run("wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": wp, "BATCH": batch["label"]})
    processing.run("wpzf:overlay", {
        "WORKPACKAGE": wp, "LANDUSE": reference(county, "landuse"), "FARMLAND": reference(county, "farmland"),
        "REDLINE": reference(county, "redline"), "APPROVALS": reference(county, "approvals"),
        "APPROVAL_FIELD": "PZWH", "TOWNSHIPS": reference(county, "townships"),
        "TOWNSHIP_CODE_FIELD": "XZDM", "TOWNSHIP_NAME_FIELD": "XZMC"})
    photos = os.path.join(folder, "外业照片")
    load_tool("make_photos").generate(wp, photos, per_patch=3, limit=12)
    processing.run("wpzf:link_photos", {"WORKPACKAGE": wp, "FOLDER": photos, "MAX_DISTANCE": 50})
    return wp


@pytest.fixture(scope="module")
def county_export(qgis_processing, sample_county, tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("示范县 export"))
    wp = prepare(qgis_processing, sample_county, folder)
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp, "OUTPUT_FOLDER": os.path.join(folder, "成果"),
                                                 "FORCE": True})
    return wp, result


def package(wp):
    con = sqlite3.connect(wp)
    con.row_factory = sqlite3.Row
    try:
        patches = {r["JCBH"]: dict(r) for r in con.execute("SELECT * FROM patches")}
        photos = [dict(r) for r in con.execute("SELECT * FROM photos WHERE JCBH IS NOT NULL AND JCBH <> ''")]
        crs = con.execute("SELECT VALUE FROM settings WHERE KEY='crs'").fetchone()[0]
        return patches, photos, crs
    finally:
        con.close()


def test_county_shapefile_matches_the_package(county_export, sample_county):
    wp, result = county_export
    patches, _photos, crs = package(wp)
    assert result["PATCHES"] == len(patches) == sum(b["count"] for b in sample_county["batches"]) - \
        len(sample_county["reissued"])
    shp = shapefile_of(result)
    rows, srs = read_with_ogr(shp)
    assert set(rows) == set(patches)
    assert "EPSG:" + srs.GetAuthorityCode(None) == crs
    assert all(p["TBMJ"] is not None and p["XZMC"] for p in patches.values())  # overlay figures to compare
    gbk_batch = next(b["label"] for b in sample_county["batches"] if b["encoding"] == "GBK")
    assert any(p["PC"] == gbk_batch and p["XMC"] == "示范县" for p in patches.values())
    for jcbh, row in rows.items():
        want = patches[jcbh]
        for name in TEXT_FIELDS:
            assert (row[name] or None) == (want[name] or None), (jcbh, name)
        for name in AREA_FIELDS:
            if want[name] is None:
                assert row[name] is None, (jcbh, name)
            else:
                assert row[name] == pytest.approx(want[name], abs=0.005 + 1e-9), (jcbh, name)
    features, _text = ogrinfo_features(shp)
    assert {f["JCBH"]: f["DLMC"] for f in features} == {k: v["DLMC"] for k, v in patches.items()}


def test_county_field_widths_hold_every_value(county_export):
    _wp, result = county_export
    base = os.path.splitext(shapefile_of(result))[0]
    spec = {f["name"]: f for f in load_default_profile()["fields"]}
    fields, _ldid = dbf_fields(base + ".dbf")
    widths = {name: length for name, _t, length, _d in fields}
    for name, f in spec.items():
        if f["type"] != "date":
            assert widths[name] == f["width"], name
    with open(base + ".dbf", "rb") as fh:
        raw = fh.read()
    header_len = int.from_bytes(raw[8:10], "little")
    record_len = int.from_bytes(raw[10:12], "little")
    assert record_len == 1 + sum(widths.values())  # no field grew to fit a long value
    count = int.from_bytes(raw[4:8], "little")
    assert len(raw) >= header_len + count * record_len


def test_county_photos_ledger_and_manifest(county_export):
    from wpzf.core.export.manifest import verify_manifest
    wp, result = county_export
    patches, photos, _crs = package(wp)
    root = result["PACKAGE"]
    copied = []
    for dirpath, _dirs, files in os.walk(os.path.join(root, "举证照片")):
        copied += [os.path.join(dirpath, f) for f in files]
    assert result["PHOTOS"] == len(copied) == len(photos) > 0
    by_hash = {p["SHA256"] for p in photos}
    for path in copied:
        with open(path, "rb") as fh:
            assert hashlib.sha256(fh.read()).hexdigest() in by_hash
    ws = load_workbook(os.path.join(root, "图斑台账.xlsx"))["图斑台账"]
    assert ws.max_row - 2 == len(patches)
    assert verify_manifest(root) == []
    assert subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS.txt"], cwd=root).returncode == 0
