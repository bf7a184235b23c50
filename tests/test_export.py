"""wpzf:export: the submission package read back with OGR, ogrinfo, a DBF header parser, QGIS and openpyxl."""
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook
from osgeo import gdal, ogr, osr
from PIL import Image

import datamaker as dm

EVIL_JCBH = "../../逃逸/图斑"
FORMULA = '=HYPERLINK("http://example.com/x","点我")'
LONG_REMARK = "现场核查情况说明。" * 40  # 360 characters, far beyond 254 bytes
PROFILE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "export_profiles",
                       "default.json")


def load_default_profile():
    with open(PROFILE, encoding="utf-8") as fh:
        return json.load(fh)


def make_jpeg(path, seed):
    img = Image.new("RGB", (64, 48), (seed * 40 % 256, 120, 200 - seed * 20 % 200))
    img.save(path, "JPEG", quality=80)
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def build_package(processing, folder):
    """Nine patches in two batches and two townships, judged; photos on most; one patch with a hostile JCBH."""
    from wpzf.core.store.workpackage import WorkPackage
    jan = dm.batch(5)
    jan.append({"JCBH": EVIL_JCBH, "wkt": dm.square(108.33, 22.80), "XMC": "示范县", "DLMC": "旱地"})
    feb = dm.batch(3, start=7, lat=22.81, prefix="4501992022020")
    wp_path = os.path.join(folder, "工作库.gpkg")
    for label, rows in (("2022-01", jan), ("2022-02", feb)):
        src = dm.write_patches(os.path.join(folder, label + ".shp"), rows)
        processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp_path, "BATCH": label})
    wp = WorkPackage(wp_path)
    changes = {}
    for i, jcbh in enumerate(sorted(wp.jcbh_list())):
        tbmj = 1.5 + i * 0.731234567  # full precision, as the overlay writes it
        gdmj = tbmj * 0.6
        values = {"TBMJ": tbmj, "GDMJ": gdmj, "NYDMJ": tbmj, "JSYDMJ": 0.0, "WLYDMJ": 0.0, "YJJBNTMJ": gdmj / 2,
                  "STHXMJ": 0.0, "PZMJ": 0.0, "XZDM": "450199101" if i % 2 == 0 else "450199102",
                  "XZMC": "城关镇" if i % 2 == 0 else "龙溪乡",
                  "PDLX": "违法", "PDXL": "乱占耕地建房", "XZCL": "新增", "WFZT": "张三（村民）",
                  "ZGCS": "拆除复耕", "ZGZT": "整改中", "SFLA": 0, "HSZT": "已判定", "PDRQ": "2022/3/5",
                  "HCRQ": "2022-02-20", "BZ": "核查人：李四"}
        changes[jcbh] = values
    first = "4501992022010001"
    changes[first].update({"BZ": FORMULA, "TBMJ": 2.675, "NYDMJ": 2.675, "GDMJ": 0.9049999})
    changes["4501992022010002"]["BZ"] = LONG_REMARK
    changes["4501992022010003"]["WFZT"] = "+86 138 0000 0000 @某公司 -负责人"
    for values in changes.values():  # what the technician fills: the overlay's figures (J50 blocks empty areas)
        values.update(TXDKMJ=values["TBMJ"], TXGDMJ=values["GDMJ"], TXFGNYMJ=values["NYDMJ"] - values["GDMJ"],
                      TXJBNTMJ=values["YJJBNTMJ"], TXJSYDMJ=0.0, TXWLYDMJ=0.0)
    wp.update_patches(changes)
    photo_dir = os.path.join(folder, "照片")
    os.makedirs(photo_dir)
    rows, n = [], 0
    for jcbh in sorted(wp.jcbh_list()):
        patch = wp.patch(jcbh, geometry=True)
        geom = ogr.CreateGeometryFromWkb(patch["_wkb"]).Centroid()
        for k in range(2):
            n += 1
            path = os.path.join(photo_dir, "IMG_{:04d}.JPG".format(n))
            digest = make_jpeg(path, n)
            rows.append({"JCBH": jcbh, "PATH": wp.relative_path(path), "SHA256": digest, "AZIMUTH": 90.0 * k + 10,
                         "TAKEN_AT": "2022-02-1{} 10:0{}:00".format(5 - k, k), "DIST_M": 1.5,
                         "_x": geom.GetX(), "_y": geom.GetY()})
    wp.write_photos(add=rows)
    return wp_path


@pytest.fixture(scope="module")
def package(qgis_processing, tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("export 导出"))
    return build_package(qgis_processing, folder)


@pytest.fixture(scope="module")
def exported(qgis_processing, package, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("成果 out"))
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": out, "ZIP": True})
    return result, out


def package_rows(wp_path):
    """The package's patches straight from SQLite (independent of the plugin)."""
    con = sqlite3.connect(wp_path)
    con.row_factory = sqlite3.Row
    try:
        return {r["JCBH"]: dict(r) for r in con.execute("SELECT * FROM patches")}
    finally:
        con.close()


def dbf_fields(path):
    """(name, type, length, decimals) of each field from the DBF header bytes, and the language driver id."""
    with open(path, "rb") as fh:
        head = fh.read(32)
        fields = []
        while True:
            desc = fh.read(32)
            if not desc or desc[0] == 0x0D:
                break
            name = desc[:11].split(b"\x00")[0].decode("ascii")
            fields.append((name, chr(desc[11]), desc[16], desc[17]))
    return fields, head[29]


def ogrinfo_features(shp):
    """Features as dicts parsed from `ogrinfo -al` text, run in a clean process (honours .cpg)."""
    env = dict(os.environ)
    env.pop("SHAPE_ENCODING", None)
    text = subprocess.run(["ogrinfo", "-ro", "-al", "-geom=NO", shp], env=env, check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")
    features, current = [], None
    for line in text.splitlines():
        if line.startswith("OGRFeature("):
            current = {}
            features.append(current)
        elif current is not None:
            m = re.match(r"^  (\w+) \((\w+)\) = (.*)$", line)
            if m:
                current[m.group(1)] = m.group(3)
    return features, text


def read_with_ogr(shp):
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)  # undo QGIS's process-wide "" so .cpg decides, like a receiver
    try:
        ds = ogr.Open(shp)
        layer = ds.GetLayer(0)
        rows = {f.GetField("JCBH"): f.items() for f in layer}
        return rows, layer.GetSpatialRef().Clone()
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)


def shapefile_of(result):
    return os.path.join(result["PACKAGE"], "矢量数据", "JCTB.shp")


def test_shapefile_text_crs_widths_and_areas(exported, package):
    result, _out = exported
    shp = shapefile_of(result)
    base = os.path.splitext(shp)[0]
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        assert os.path.exists(base + ext), ext
    with open(base + ".cpg") as fh:
        assert fh.read().strip() == "GBK"
    with open(base + ".dbf", "rb") as fh:
        raw = fh.read()
    assert "示范县".encode("gbk") in raw and "示范县".encode("utf-8") not in raw

    truth = package_rows(package)
    assert result["PATCHES"] == len(truth) == 9
    rows, srs = read_with_ogr(shp)
    assert set(rows) == set(truth)
    wp_srs = osr.SpatialReference()
    wp_srs.ImportFromEPSG(4524)
    assert srs.GetAuthorityCode(None) == "4524"  # GDAL recognises the .prj as the package's GK zone
    assert srs.IsSame(wp_srs, ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"])
    for jcbh, row in rows.items():
        want = truth[jcbh]
        assert row["XMC"] == "示范县" and row["DLMC"] == "旱地" and row["XZMC"] == want["XZMC"]
        assert row["WFZT"] == want["WFZT"]
        for field in ("TBMJ", "GDMJ", "YJJBNTMJ", "NYDMJ"):
            assert row[field] == pytest.approx(want[field], abs=0.005 + 1e-9)
            assert abs(row[field] * 100 - round(row[field] * 100)) < 1e-6  # two decimals
        assert row["ZPSL"] == 2
        assert row["PDRQ"] == "2022/03/05" and row["HCRQ"] == "2022/02/20"
    # rounding by hand: 0.9049999 -> 0.90; 2.675 (stored as 2.67499999...) -> 2.68, half up as written
    assert rows["4501992022010001"]["GDMJ"] == pytest.approx(0.90, abs=1e-9)
    assert rows["4501992022010001"]["TBMJ"] == pytest.approx(2.68, abs=1e-9)
    # too-long remark: cut to at most 254 GBK bytes on a character boundary, full text in the ledger
    cut = rows["4501992022010002"]["BZ"]
    assert LONG_REMARK.startswith(cut) and len(cut.encode("gbk")) <= 254 and len(cut) == 127

    fields, ldid = dbf_fields(base + ".dbf")
    assert ldid == 0x4D
    profile = {f["name"]: f for f in load_default_profile()["fields"]}
    assert [f[0] for f in fields] == list(profile)
    for name, ftype, length, decimals in fields:
        spec = profile[name]
        expected = {"str": "C", "int": "N", "real": "N", "date": "D"}[spec["type"]]
        assert ftype == expected, name
        if spec["type"] != "date":
            assert length == spec["width"], name
            assert decimals == spec.get("decimals", 0), name


def test_ogrinfo_and_qgis_read_the_same(exported, package):
    result, _out = exported
    shp = shapefile_of(result)
    features, text = ogrinfo_features(shp)
    truth = package_rows(package)
    assert len(features) == len(truth)
    by_id = {f["JCBH"]: f for f in features}
    assert by_id[EVIL_JCBH]["XMC"] == "示范县"
    assert by_id["4501992022010001"]["BZ"] == FORMULA
    assert "CGCS2000" in text and ('ID["EPSG",4524]' in text)
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(shp, "x", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:4524"
    values = {f["JCBH"]: f["XZMC"] for f in layer.getFeatures()}
    assert values == {k: v["XZMC"] for k, v in truth.items()}


def test_ledger_has_chinese_headers_full_text_and_no_formulas(exported, package):
    result, _out = exported
    path = os.path.join(result["PACKAGE"], "图斑台账.xlsx")
    wb = load_workbook(path)
    ws = wb["图斑台账"]
    profile = load_default_profile()["fields"]
    headers = [c.value for c in ws[2]]
    assert headers == ["序号"] + [f["alias"] for f in profile]
    col = {f["name"]: i + 2 for i, f in enumerate(profile)}
    truth = package_rows(package)
    rows = {ws.cell(row=r, column=col["JCBH"]).value: r for r in range(3, ws.max_row + 1)}
    assert set(rows) == set(truth)
    for jcbh, r in rows.items():
        assert ws.cell(row=r, column=col["TBMJ"]).value == pytest.approx(truth[jcbh]["TBMJ"], abs=0.005 + 1e-9)
        assert ws.cell(row=r, column=col["TBMJ"]).number_format == "0.00"
    formula_cell = ws.cell(row=rows["4501992022010001"], column=col["BZ"])
    assert formula_cell.value == FORMULA and formula_cell.data_type == "s" and formula_cell.quotePrefix
    assert ws.cell(row=rows["4501992022010002"], column=col["BZ"]).value == LONG_REMARK
    assert ws.cell(row=rows["4501992022010003"], column=col["WFZT"]).value.startswith("+86")
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name), name


def test_photos_renamed_and_contained(exported, package):
    result, out = exported
    root = result["PACKAGE"]
    photo_root = os.path.join(root, "举证照片")
    folders = sorted(os.listdir(photo_root))
    assert "4501992022010001" in folders and len(folders) == 9
    assert sorted(os.listdir(os.path.join(photo_root, "4501992022010001"))) == \
        ["4501992022010001_1.jpg", "4501992022010001_2.jpg"]
    # nothing escaped: every file of the output folder lies inside the package (or is its zip)
    real_root = os.path.realpath(root)
    for dirpath, _dirs, files in os.walk(out):
        for name in files:
            full = os.path.realpath(os.path.join(dirpath, name))
            assert full.startswith(real_root + os.sep) or full == real_root + ".zip", full
    evil = [f for f in folders if "逃逸" in f]
    assert len(evil) == 1 and "/" not in evil[0] and not evil[0].startswith(".")
    assert len(os.listdir(os.path.join(photo_root, evil[0]))) == 2
    # photo 1 is the earlier one and the bytes are the original file's
    con = sqlite3.connect(package)
    try:
        first = con.execute("SELECT PATH, SHA256 FROM photos WHERE JCBH='4501992022010001' ORDER BY TAKEN_AT")
        path, digest = first.fetchone()
    finally:
        con.close()
    with open(os.path.join(photo_root, "4501992022010001", "4501992022010001_1.jpg"), "rb") as fh:
        copied = fh.read()
    assert hashlib.sha256(copied).hexdigest() == digest
    assert result["PHOTOS"] == 18


def test_manifest_lists_every_file_and_detects_changes(exported, tmp_path):
    from wpzf.core.export.manifest import verify_manifest
    result, _out = exported
    root = result["PACKAGE"]
    listed = {}
    with open(os.path.join(root, "SHA256SUMS.txt"), encoding="utf-8") as fh:
        for line in fh:
            digest, rel = line.rstrip("\n").split("  ", 1)
            listed[rel] = digest
    on_disk = set()
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            on_disk.add(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/"))
    assert on_disk - set(listed) == {"SHA256SUMS.txt"}
    for rel, digest in listed.items():
        with open(os.path.join(root, rel), "rb") as fh:
            assert hashlib.sha256(fh.read()).hexdigest() == digest, rel
    check = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS.txt"], cwd=root)
    assert check.returncode == 0
    with open(os.path.join(root, "manifest.json"), encoding="utf-8") as fh:
        doc = json.load(fh)
    assert doc["patch_count"] == 9 and doc["encoding"] == "GBK" and doc["crs"] == "EPSG:4524"
    assert verify_manifest(root) == []
    # a receiver's copy that was altered is caught
    copy = str(tmp_path / "copy")
    import shutil
    shutil.copytree(root, copy)
    with open(os.path.join(copy, "图斑台账.xlsx"), "ab") as fh:
        fh.write(b"x")
    os.remove(os.path.join(copy, "举证照片", "4501992022010001", "4501992022010001_2.jpg"))
    problems = verify_manifest(copy)
    assert any("图斑台账.xlsx" in p and "改动" in p for p in problems)
    assert any("4501992022010001_2.jpg" in p and "缺少" in p for p in problems)


def test_zip_holds_the_package(exported):
    result, _out = exported
    assert result["ZIP_FILE"] == result["PACKAGE"] + ".zip"
    base = os.path.basename(result["PACKAGE"])
    with zipfile.ZipFile(result["ZIP_FILE"]) as zf:
        names = set(zf.namelist())
        assert zf.testzip() is None
    files = set()
    for dirpath, _dirs, fnames in os.walk(result["PACKAGE"]):
        for name in fnames:
            files.add(base + "/" + os.path.relpath(os.path.join(dirpath, name), result["PACKAGE"]).replace(os.sep, "/"))
    assert names == files


def test_batch_and_township_filters(qgis_processing, package, tmp_path):
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path / "a"),
                                                 "BATCH": "2022-02"})
    rows, _srs = read_with_ogr(shapefile_of(result))
    assert sorted(rows) == ["4501992022020007", "4501992022020008", "4501992022020009"]
    assert "2022-02" in os.path.basename(result["PACKAGE"])
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path / "b"),
                                                 "TOWNSHIP": "龙溪乡", "BATCH": "2022-01, 2022-02"})
    rows, _srs = read_with_ogr(shapefile_of(result))
    truth = package_rows(package)
    assert set(rows) == {k for k, v in truth.items() if v["XZMC"] == "龙溪乡"} and rows
    assert sorted(os.listdir(os.path.join(result["PACKAGE"], "举证照片"))) == sorted(rows)


def test_unknown_filter_value_names_what_exists(qgis_processing, package, tmp_path):
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path),
                                            "BATCH": "2030-01"})
    assert "2030-01" in str(err.value) and "2022-01" in str(err.value) and "2022-02" in str(err.value)
    assert os.listdir(str(tmp_path)) == []


def test_severe_selfcheck_stops_export_unless_forced(qgis_processing, package, tmp_path):
    import shutil
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = str(tmp_path / "wp.gpkg")
    shutil.copyfile(package, wp_path)
    shutil.copytree(os.path.join(os.path.dirname(package), "照片"), str(tmp_path / "照片"))
    hostile = "=1+2"  # a patch number that a spreadsheet would evaluate, quoted by the problem list
    WorkPackage(wp_path).update_patches({"4501992022010004": {"PDLX": "合法", "PDXL": "批文", "XZCL": None},
                                         "4501992022010005": {"JCBH": hostile}})
    out = tmp_path / "out"
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(out)})
    message = str(err.value)
    assert "严重" in message and "4501992022010004" in message and "FORCE" in message
    assert not out.exists() or os.listdir(str(out)) == []
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(out), "FORCE": True})
    assert result["SEVERE"] >= 1
    problems = os.path.join(result["PACKAGE"], "自检问题清单.xlsx")
    wb = load_workbook(problems)
    cells = [c for row in wb.active.iter_rows() for c in row]
    assert any(isinstance(c.value, str) and "4501992022010004" in c.value and "批准文号" in c.value for c in cells)
    quoted = [c for c in cells if c.value == hostile]
    assert quoted and all(c.data_type == "s" for c in quoted)
    with zipfile.ZipFile(problems) as zf:
        assert not any(b"<f>" in zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
    with open(os.path.join(result["PACKAGE"], "manifest.json"), encoding="utf-8") as fh:
        doc = json.load(fh)
    assert doc["forced"] is True and doc["selfcheck"]["严重"] == result["SEVERE"]


def test_missing_photo_file_blocks_export(qgis_processing, package, tmp_path):
    import shutil
    wp_path = str(tmp_path / "wp.gpkg")
    shutil.copyfile(package, wp_path)
    shutil.copytree(os.path.join(os.path.dirname(package), "照片"), str(tmp_path / "照片"))
    os.remove(str(tmp_path / "照片" / "IMG_0003.JPG"))
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(tmp_path / "o")})
    assert "IMG_0003.JPG" in str(err.value)
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(tmp_path / "o"),
                                                 "FORCE": True})
    assert result["PHOTOS"] == 17


def test_character_gbk_cannot_hold_stops_before_writing(qgis_processing, package, tmp_path):
    import shutil
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = str(tmp_path / "wp.gpkg")
    shutil.copyfile(package, wp_path)
    shutil.copytree(os.path.join(os.path.dirname(package), "照片"), str(tmp_path / "照片"))
    WorkPackage(wp_path).update_patches({"4501992022010005": {"WFZT": "王𠀾（村民）"}})
    out = tmp_path / "out"
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(out)})
    message = str(err.value)
    assert "4501992022010005" in message and "WFZT" in message and "UTF-8" in message
    assert not out.exists() or os.listdir(str(out)) == []
    # the same data goes out with a UTF-8 profile
    profile = load_default_profile()
    profile["encoding"] = "UTF-8"
    profile_path = str(tmp_path / "utf8.json")
    with open(profile_path, "w", encoding="utf-8") as fh:
        json.dump(profile, fh, ensure_ascii=False)
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(out),
                                                 "PROFILE": profile_path})
    shp = shapefile_of(result)
    with open(os.path.splitext(shp)[0] + ".cpg") as fh:
        assert fh.read().strip() == "UTF-8"
    features, _text = ogrinfo_features(shp)
    assert {f["JCBH"]: f["WFZT"] for f in features}["4501992022010005"] == "王𠀾（村民）"


def test_bad_profile_is_reported(qgis_processing, package, tmp_path):
    profile = load_default_profile()
    profile["fields"][0]["name"] = "XZQDM_TOO_LONG"
    profile["fields"][1]["width"] = 300
    path = str(tmp_path / "bad.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(profile, fh, ensure_ascii=False)
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path / "o"),
                                            "PROFILE": path})
    assert "XZQDM_TOO_LONG" in str(err.value) and "254" in str(err.value)


def test_export_converts_to_lonlat_when_the_profile_asks(qgis_processing, package, tmp_path):
    profile = load_default_profile()
    profile["crs"] = "EPSG:4490"
    path = str(tmp_path / "geo.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(profile, fh, ensure_ascii=False)
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path / "o"),
                                                 "PROFILE": path, "BATCH": "2022-01"})
    ds = ogr.Open(shapefile_of(result))
    layer = ds.GetLayer(0)
    geo = osr.SpatialReference()
    geo.ImportFromEPSG(4490)
    assert layer.GetSpatialRef().IsSame(geo, ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"])
    minx, maxx, miny, maxy = layer.GetExtent()
    assert 108.29 < minx < maxx < 108.35 and 22.79 < miny < maxy < 22.82


def test_temporary_output_folder(qgis_processing, package):
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": "TEMPORARY_OUTPUT",
                                                 "BATCH": "2022-02"})
    assert os.path.isdir(result["PACKAGE"]) and "TEMPORARY_OUTPUT" not in result["PACKAGE"]
    assert os.path.dirname(result["PACKAGE"]) == result["OUTPUT_FOLDER"]


def test_military_patches_stay_out_of_the_ordinary_export(qgis_processing, package, tmp_path):
    import shutil
    from wpzf.core.store.workpackage import WorkPackage
    copy = str(tmp_path / "涉军.gpkg")
    shutil.copy(package, copy)
    shutil.copytree(os.path.join(os.path.dirname(package), "照片"), str(tmp_path / "照片"))
    WorkPackage(copy).update_patches({"4501992022020008": {"SFJYD": 1}})
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": copy, "OUTPUT_FOLDER": str(tmp_path / "out"),
                                                 "BATCH": "2022-02"})
    rows, _srs = read_with_ogr(shapefile_of(result))
    assert sorted(rows) == ["4501992022020007", "4501992022020009"]
    assert "4501992022020008" not in os.listdir(os.path.join(result["PACKAGE"], "举证照片"))
