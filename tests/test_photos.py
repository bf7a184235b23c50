"""Evidence photos: the EXIF reader against what PIL wrote, wpzf:link_photos against an independent
shapely/pyproj computation of which patch each photo lies in or near, and the arrow symbol of the photo layer."""
import hashlib
import os
import shutil
import sqlite3

import pytest
from osgeo import ogr
from PIL import Image
from pyproj import Transformer
from shapely import wkb as shapely_wkb
from shapely.geometry import Point

import datamaker as dm
from conftest import load_tool

MAX_DISTANCE = 50.0


@pytest.fixture(scope="module")
def make_photos():
    return load_tool("make_photos")


def new_package(processing, folder, n=5):
    wp = os.path.join(str(folder), "工作库", "wp.gpkg")
    src = dm.write_patches(os.path.join(str(folder), "a.shp"), dm.batch(n))
    processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp, "BATCH": "2022-01"})
    return wp


@pytest.fixture
def linked(qgis_processing, tmp_path, make_photos):
    """A package of 5 patches, a folder of generated photos next to it, linked once."""
    wp = new_package(qgis_processing, tmp_path)
    folder = os.path.join(str(tmp_path), "外业照片")
    manifest = make_photos.generate(wp, folder, per_patch=2, limit=5)
    result = qgis_processing.run("wpzf:link_photos", {"FOLDER": folder, "WORKPACKAGE": wp,
                                                      "MAX_DISTANCE": MAX_DISTANCE})
    return wp, folder, manifest, result


def photo_rows(wp):
    con = sqlite3.connect(wp)
    try:
        con.row_factory = sqlite3.Row
        return {r["PATH"]: dict(r) for r in con.execute("SELECT * FROM photos")}
    finally:
        con.close()


def table(wp, sql):
    con = sqlite3.connect(wp)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def patch_shapes(wp):
    ds = ogr.Open(wp)
    layer = ds.GetLayerByName("patches")
    epsg = layer.GetSpatialRef().GetAuthorityCode(None)
    shapes = {f.GetField("JCBH"): shapely_wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())) for f in layer}
    return shapes, "EPSG:" + epsg


def expected_link(shapes, x, y):
    """Independent answer: the containing patch, else the nearest within MAX_DISTANCE."""
    point = Point(x, y)
    inside = [j for j, s in shapes.items() if s.contains(point)]
    if inside:
        return inside[0], 0.0
    jcbh, dist = min(((j, s.distance(point)) for j, s in shapes.items()), key=lambda t: t[1])
    return (jcbh, dist) if dist <= MAX_DISTANCE else (None, dist)


# ----- EXIF reader -----------------------------------------------------------------------------------------------
def test_exif_reader_reads_what_was_written(qgis_processing, tmp_path, make_photos):
    from wpzf.core.photos.exif import read_photo_meta
    wp = new_package(qgis_processing, tmp_path, n=3)
    folder = str(tmp_path / "p")
    manifest = make_photos.generate(wp, folder, per_patch=2, limit=3)
    checked = 0
    for entry in manifest:
        if entry["kind"] in ("corrupt",):
            continue
        meta = read_photo_meta(os.path.join(folder, entry["file"]))
        if entry["lon"] is None:
            assert not meta.has_position
        else:
            assert meta.lon == pytest.approx(entry["lon"], abs=1e-7)
            assert meta.lat == pytest.approx(entry["lat"], abs=1e-7)
        if entry["kind"] == "drone":  # heading only in XMP: gimbal yaw -30.5 -> 329.5
            assert meta.azimuth == pytest.approx(329.5) and meta.azimuth_source == "xmp"
        elif entry["azimuth"] is not None:
            assert meta.azimuth == pytest.approx(entry["azimuth"], abs=0.01)
            assert meta.azimuth_source == ("exif-magnetic" if entry["direction_ref"] == "M" else "exif-true")
        assert meta.taken_at == entry["taken_at"]
        assert meta.orientation == entry["orientation"]
        # PIL, reading the same file, agrees on orientation and GPS presence
        with Image.open(os.path.join(folder, entry["file"])) as img:
            exif = img.getexif()
        assert exif.get(0x0112, 1) == meta.orientation
        assert bool(exif.get_ifd(0x8825).get(2)) == meta.has_position
        checked += 1
    assert checked == len(manifest) - 1


def test_unreadable_files_raise(tmp_path):
    from wpzf.core.photos.exif import PhotoReadError, read_photo_meta
    text_file = tmp_path / "not_a_photo.jpg"
    text_file.write_text("hello", encoding="utf-8")
    truncated = tmp_path / "cut.jpg"
    img = tmp_path / "ok.jpg"
    Image.new("RGB", (40, 30), (1, 2, 3)).save(str(img))
    truncated.write_bytes(img.read_bytes()[:30])
    for path in (text_file, truncated):
        with pytest.raises(PhotoReadError):
            read_photo_meta(str(path))
    assert read_photo_meta(str(img)).has_position is False


@pytest.mark.parametrize("xmp, expected", [
    ('<rdf:Description drone-dji:GimbalYawDegree="-90.00" drone-dji:FlightYawDegree="+12.0"/>', 270.0),
    ('<rdf:Description drone-dji:FlightYawDegree="+12.5"/>', 12.5),
    ("<drone-dji:GimbalYawDegree>181</drone-dji:GimbalYawDegree>", 181.0),
    ("<rdf:Description/>", None),
])
def test_drone_yaw_from_xmp(xmp, expected):
    from wpzf.core.photos.exif import xmp_yaw
    assert xmp_yaw(xmp.encode("utf-8")) == (pytest.approx(expected) if expected is not None else None)


# ----- linking ---------------------------------------------------------------------------------------------------
def test_link_photos_links_by_position_and_reports_every_problem(linked):
    wp, folder, manifest, result = linked
    rows = photo_rows(wp)
    shapes, crs = patch_shapes(wp)
    to_package = Transformer.from_crs("EPSG:4490", crs, always_xy=True)
    package_dir = os.path.dirname(wp)
    files = [e for e in manifest]
    assert len(rows) == len(files)  # nothing skipped: every JPEG has a row, linked or not
    expected = {"linked": 0, "too_far": 0, "no_gps": 0}
    for entry in files:
        path = os.path.relpath(os.path.join(folder, entry["file"]), package_dir).replace(os.sep, "/")
        row = rows[path]
        assert os.path.exists(os.path.join(package_dir, row["PATH"]))  # relative to the package
        with open(os.path.join(folder, entry["file"]), "rb") as fh:
            assert row["SHA256"] == hashlib.sha256(fh.read()).hexdigest()
        if entry["kind"] == "corrupt":
            assert row["JCBH"] is None and "损坏" in row["NOTE"]
            continue
        if entry["lon"] is None:
            expected["no_gps"] += 1
            assert row["JCBH"] is None and row["geom"] is None and "GPS" in row["NOTE"]
            continue
        x, y = to_package.transform(entry["lon"], entry["lat"])
        want, dist = expected_link(shapes, x, y)
        assert row["JCBH"] == want, entry
        if want is None:
            expected["too_far"] += 1
            assert "超过 50 米" in row["NOTE"] and row["DIST_M"] is None
        else:
            expected["linked"] += 1
            assert row["DIST_M"] == pytest.approx(dist, abs=0.05)
        assert row["LON"] == pytest.approx(entry["lon"], abs=1e-7)
        if entry["kind"] == "drone":
            assert row["AZIMUTH"] == pytest.approx(329.5)
        elif entry["azimuth"] is not None:
            assert row["AZIMUTH"] == pytest.approx(entry["azimuth"], abs=0.01)
    assert (result["LINKED"], result["TOO_FAR"], result["NO_GPS"]) == (
        expected["linked"], expected["too_far"], expected["no_gps"])
    assert result["CORRUPT"] == 1 and result["DUPLICATES"] == 1
    near = [e for e in files if e["kind"] == "near"]
    assert near and all(rows_for(rows, folder, package_dir, e)["DIST_M"] > 5 for e in near)
    chinese = rows_for(rows, folder, package_dir, next(e for e in files if e["kind"] == "chinese"))
    assert chinese["PATH"].endswith("现场照片/村口东侧_照片.jpg") and chinese["JCBH"]
    dup = rows_for(rows, folder, package_dir, next(e for e in files if e["kind"] == "duplicate"))
    assert "重复" in dup["NOTE"] and dup["SHA256"] == rows_for(
        rows, folder, package_dir, next(e for e in files if e["file"] == dup_source(files)))["SHA256"]
    for line in ("nogps_1.jpg", "corrupt.jpg", "far_away.jpg", "copy_of_first.jpg"):
        assert line in result["PROBLEMS"]
    # one history row per stored photo, naming its patch
    adds = table(wp, "SELECT JCBH, NEW FROM history WHERE ACTION = 'link_photos:add'")
    assert sorted(a[1] for a in adds) == sorted(rows)


def rows_for(rows, folder, package_dir, entry):
    return rows[os.path.relpath(os.path.join(folder, entry["file"]), package_dir).replace(os.sep, "/")]


def dup_source(files):
    return next(e for e in files if e["kind"] == "duplicate")["duplicate_of"]


def test_relinking_is_safe_and_keeps_manual_decisions(linked, qgis_processing):
    from wpzf.core.photos.link import unlink_by_hand
    from wpzf.core.store.workpackage import WorkPackage
    wp, folder, manifest, _result = linked
    package = WorkPackage(wp)
    first = next(p for p in package.photos() if p["JCBH"])
    unlink_by_hand(package, [first["_fid"]], first["JCBH"])
    before = photo_rows(wp)
    again = qgis_processing.run("wpzf:link_photos", {"FOLDER": folder, "WORKPACKAGE": wp,
                                                     "MAX_DISTANCE": MAX_DISTANCE})
    assert again["UNCHANGED"] == len(manifest) and again["LINKED"] == 0
    assert photo_rows(wp) == before  # the manual unlink stays
    assert "手动移除" in before[first["PATH"]]["NOTE"] and before[first["PATH"]]["JCBH"] is None


def test_changed_file_is_read_again(linked, qgis_processing):
    wp, folder, manifest, _result = linked
    entry = next(e for e in manifest if e["kind"] == "nogps")
    path = os.path.join(folder, entry["file"])
    Image.new("RGB", (50, 40), (9, 9, 9)).save(path)  # replaced by another photo, still without GPS
    again = qgis_processing.run("wpzf:link_photos", {"FOLDER": folder, "WORKPACKAGE": wp,
                                                     "MAX_DISTANCE": MAX_DISTANCE})
    assert again["NO_GPS"] == 1 and again["UNCHANGED"] == len(manifest) - 1
    rows = photo_rows(wp)
    assert len(rows) == len(manifest)
    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    assert digest in {r["SHA256"] for r in rows.values()}


def test_same_photo_on_two_patches_is_flagged(linked):
    from wpzf.core.photos.evidence import assess
    from wpzf.ui.patch_form import shared_hashes
    from wpzf.core.photos.link import add_by_hand
    from wpzf.core.store.workpackage import WorkPackage
    from wpzf.rules.policy import load_policy
    wp, folder, manifest, _result = linked
    package = WorkPackage(wp)
    source = manifest[0]
    owner = package.photos()
    owner = next(p for p in owner if p["PATH"].endswith(source["file"]))["JCBH"]
    other = next(j for j in package.jcbh_list() if j != owner)
    copy = os.path.join(folder, "复制", "same.jpg")
    os.makedirs(os.path.dirname(copy))
    shutil.copyfile(os.path.join(folder, source["file"]), copy)
    add_by_hand(package, [copy], other)
    row = next(p for p in package.photos() if p["PATH"].endswith("复制/same.jpg"))
    assert row["JCBH"] == other and owner in row["NOTE"] and other in row["NOTE"]
    ev = assess(package.patch(other), package.photos(other), load_policy(2022), shared_hashes(package.photos()))
    assert ev.shared and owner in ev.shared[0][1] and not ev.complete


def test_cancel_leaves_package_unchanged(qgis_processing, tmp_path, make_photos):
    from wpzf.core.errors import Canceled
    from wpzf.core.photos.link import link_folder
    wp = new_package(qgis_processing, tmp_path, n=3)
    folder = str(tmp_path / "p")
    make_photos.generate(wp, folder, per_patch=2, limit=3)
    before = table(wp, "SELECT COUNT(*) FROM photos"), table(wp, "SELECT COUNT(*) FROM history")

    class CancelAfter:
        def __init__(self, n):
            self.calls, self.n = 0, n

        def isCanceled(self):
            self.calls += 1
            return self.calls > self.n

        def setProgress(self, value):
            pass

    with pytest.raises(Canceled):
        link_folder(wp, folder, MAX_DISTANCE, feedback=CancelAfter(4))
    assert (table(wp, "SELECT COUNT(*) FROM photos"), table(wp, "SELECT COUNT(*) FROM history")) == before


def test_missing_folder_is_a_clear_error(qgis_processing, tmp_path):
    from qgis.core import QgsProcessingException
    wp = new_package(qgis_processing, tmp_path, n=1)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:link_photos", {"FOLDER": str(tmp_path / "没有这个文件夹"), "WORKPACKAGE": wp,
                                                 "MAX_DISTANCE": 10})
    assert "没有这个文件夹" in str(err.value)


def test_photo_far_from_its_patch_can_be_added_by_hand_with_distance(linked):
    from wpzf.core.photos.link import add_by_hand
    from wpzf.core.store.workpackage import WorkPackage
    wp, folder, manifest, _result = linked
    package = WorkPackage(wp)
    far = next(e for e in manifest if e["kind"] == "far")
    target = package.jcbh_list()[0]
    assert add_by_hand(package, [os.path.join(folder, far["file"])], target) == 1
    row = next(p for p in package.photos() if p["PATH"].endswith("far_away.jpg"))
    shapes, crs = patch_shapes(wp)
    x, y = Transformer.from_crs("EPSG:4490", crs, always_xy=True).transform(far["lon"], far["lat"])
    assert row["JCBH"] == target and row["DIST_M"] == pytest.approx(shapes[target].distance(Point(x, y)), abs=0.05)
    assert "手动关联" in row["NOTE"]
    assert len([p for p in package.photos() if p["PATH"].endswith("far_away.jpg")]) == 1  # reassigned, not added


# ----- evidence completeness -------------------------------------------------------------------------------------
def test_evidence_completeness_figures():
    from wpzf.core.photos.evidence import assess, azimuth_spread
    from wpzf.rules.policy import load_policy
    policy = load_policy(2022)
    assert azimuth_spread([350, 20]) == pytest.approx(30)
    assert azimuth_spread([10, 100, 190]) == pytest.approx(180)
    patch = {"JCBH": "P1", "HSX": "2022-01-20"}
    good = [{"PATH": "a.jpg", "AZIMUTH": 10, "DIST_M": 0, "TAKEN_AT": "2022-02-01 10:00:00", "SHA256": "1"},
            {"PATH": "b.jpg", "AZIMUTH": 100, "DIST_M": 12, "TAKEN_AT": "2022-02-01 10:05:00", "SHA256": "2"}]
    ev = assess(patch, good, policy)
    assert ev.complete and ev.count == 2 and ev.spread == pytest.approx(90) and ev.max_distance == 12
    early = good + [{"PATH": "c.jpg", "AZIMUTH": 200, "DIST_M": 40, "TAKEN_AT": "2022-01-05 08:00:00"}]
    ev = assess(patch, early, policy)
    assert not ev.complete and ev.early == ["c.jpg"] and ev.max_distance == 40
    narrow = [dict(good[0]), dict(good[1], AZIMUTH=30)]
    assert not assess(patch, narrow, policy).complete  # 20° apart, policy asks 45°
    assert not assess(patch, good[:1], policy).complete  # one photo, policy asks 2


# ----- the photo layer's arrows ----------------------------------------------------------------------------------
def orange_centroid(image):
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.red() > 200 and 70 < c.green() < 170 and c.blue() < 80:
                xs.append(x)
                ys.append(y)
    return (sum(xs) / len(xs), sum(ys) / len(ys)) if xs else None


@pytest.mark.parametrize("azimuth, direction", [(0, (0, -1)), (90, (1, 0)), (180, (0, 1)), (270, (-1, 0))])
def test_photo_arrow_points_along_azimuth(qgis_processing, tmp_path, azimuth, direction):
    from qgis.PyQt.QtCore import QSize
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from wpzf.core.store.workpackage import WorkPackage
    from wpzf.ui.map_view import style_photo_layer
    wp_path = new_package(qgis_processing, tmp_path, n=1)
    package = WorkPackage(wp_path)
    x, y = 36_530_000.0, 2_522_000.0
    package.write_photos(add=[{"JCBH": "P", "PATH": "a.jpg", "AZIMUTH": azimuth, "_x": x, "_y": y}])
    layer = style_photo_layer(package.photos_layer())
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(120, 120))
    settings.setExtent(QgsRectangle(x - 30, y - 30, x + 30, y + 30))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    cx, cy = orange_centroid(job.renderedImage())
    dx, dy = cx - 60, cy - 60
    assert dx * direction[0] + dy * direction[1] > 3  # the arrow lies ahead of the camera point
    assert abs(dx * direction[1] - dy * direction[0]) < 3  # and not off to the side


# ----- real and hostile photos through linking (issue 15) --------------------------------------------------------
REAL_PHOTOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "photos")


@pytest.fixture
def mixed_folder(qgis_processing, tmp_path):
    """A package of 3 patches and a folder of real photos, crafted photos and images that are not JPEG."""
    import io
    import struct
    from test_faults_photos import build_tiff, good_ifds, good_jpeg, jpeg_with
    wp = new_package(qgis_processing, tmp_path, n=3)
    folder = tmp_path / "照片"
    (folder / "手机").mkdir(parents=True)
    (folder / "good.jpg").write_bytes(good_jpeg())
    for name in ("DSCN0010.jpg", "ultrahdr.jpg", "invalid-exif.jpg"):  # Italy; cut off; malformed EXIF block
        shutil.copyfile(os.path.join(REAL_PHOTOS, name), str(folder / name))
    zeroed = b"0000:00:00 00:00:00\x00"
    digitized = b"2022:02:01 09:00:00\x00"
    (folder / "zeroed.jpg").write_bytes(jpeg_with(build_tiff(good_ifds(
        exif=[(0x9003, 2, 20, zeroed), (0x9004, 2, 20, digitized)]))))
    plain = io.BytesIO()
    Image.new("RGB", (40, 30), (5, 6, 7)).save(plain, "JPEG")
    (folder / "wechat.jpg").write_bytes(plain.getvalue())
    stray = good_jpeg()
    parts = stray.index(b"\xff\xdb")  # a zero byte before the quantisation table
    (folder / "stray.jpg").write_bytes(stray[:parts] + b"\x00" + stray[parts:])
    Image.new("RGB", (20, 10)).save(str(folder / "renamed_png.jpg"), "PNG")
    Image.new("RGB", (20, 10)).save(str(folder / "手机" / "截图.png"), "PNG")
    (folder / "手机" / "IMG_0001.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic" + struct.pack(">I", 0) * 4)
    (folder / "说明.txt").write_text("not a photo", encoding="utf-8")
    return wp, str(folder)


def test_link_reads_what_the_old_reader_refused_and_says_what_is_missing(qgis_processing, mixed_folder):
    wp, folder = mixed_folder
    result = qgis_processing.run("wpzf:link_photos", {"FOLDER": folder, "WORKPACKAGE": wp,
                                                      "MAX_DISTANCE": MAX_DISTANCE})
    rows = {os.path.basename(p): r for p, r in photo_rows(wp).items()}
    assert sorted(rows) == ["DSCN0010.jpg", "good.jpg", "invalid-exif.jpg", "renamed_png.jpg", "stray.jpg",
                            "ultrahdr.jpg", "wechat.jpg", "zeroed.jpg"]  # every .jpg, nothing else
    first = "4501992022010001"
    assert rows["good.jpg"]["JCBH"] == rows["stray.jpg"]["JCBH"] == first  # a stray byte is no corruption
    # zeroed DateTimeOriginal: CreateDate, said so
    assert rows["zeroed.jpg"]["TAKEN_AT"] == "2022-02-01 09:00:00" and rows["zeroed.jpg"]["JCBH"] == first
    assert "CreateDate" in rows["zeroed.jpg"]["NOTE"]
    # malformed EXIF block (Photoshop): stored, not "corrupt"; time from XMP CreateDate
    broken = rows["invalid-exif.jpg"]
    assert broken["TAKEN_AT"] == "2017-03-13 23:03:09" and "EXIF 信息已损坏" in broken["NOTE"]
    assert "文件损坏" not in broken["NOTE"] and broken["SHA256"]
    assert "不含 EXIF" in rows["wechat.jpg"]["NOTE"] and rows["wechat.jpg"]["JCBH"] is None
    # a photo in Italy: outside the county, no distance measured in the wrong zone
    italy = rows["DSCN0010.jpg"]
    assert italy["JCBH"] is None and italy["DIST_M"] is None and "在县域范围之外" in italy["NOTE"]
    assert "米" not in italy["NOTE"].split("；")[0].replace("千米", "")
    assert italy["LON"] == pytest.approx(11.885126666663888, abs=1e-9)
    # not a usable JPEG: a clear reason naming the format, and the file
    assert "内容是 PNG 格式" in rows["renamed_png.jpg"]["NOTE"] and "截断" in rows["ultrahdr.jpg"]["NOTE"]
    assert result["CORRUPT"] == 2 and result["LINKED"] == 3 and result["TOO_FAR"] == 1
    assert result["NO_GPS"] == 2  # wechat.jpg, invalid-exif.jpg
    problems = result["PROBLEMS"]
    for words in ("renamed_png.jpg", "ultrahdr.jpg", "DSCN0010.jpg：超出关联距离，在县域范围之外",
                  "截图.png：是 PNG 图片，不是 JPEG", "IMG_0001.HEIC：是 HEIC 图片"):
        assert words in problems, words
    assert "转换为 JPEG" in problems and "说明.txt" not in problems


def test_summary_counts_images_that_are_not_jpeg(qgis_processing, mixed_folder):
    from wpzf.core.photos.link import link_folder
    wp, folder = mixed_folder
    report = link_folder(wp, folder, MAX_DISTANCE)
    assert sorted(os.path.basename(p) for p, _k in report.not_jpeg) == ["IMG_0001.HEIC", "截图.png"]
    assert [k for _p, k in sorted(report.not_jpeg)] == ["HEIC", "PNG"]
    assert "2 个非 JPEG 图片未读取" in report.summary() and "在县域范围之外 1 张" in report.summary()
    assert [os.path.basename(p) for p in report.outside] == ["DSCN0010.jpg"]


def test_folder_with_only_heic_says_so(qgis_processing, tmp_path):
    from wpzf.core.photos.link import link_folder
    wp = new_package(qgis_processing, tmp_path, n=1)
    folder = tmp_path / "iphone"
    folder.mkdir()
    (folder / "IMG_0002.heic").write_bytes(b"\x00\x00\x00\x18ftypheic")
    warnings = []

    class Feedback:
        def isCanceled(self):
            return False

        def setProgress(self, value):
            pass

        def pushWarning(self, text):
            warnings.append(text)

    report = link_folder(wp, str(folder), MAX_DISTANCE, feedback=Feedback())
    assert len(report.not_jpeg) == 1 and table(wp, "SELECT COUNT(*) FROM photos")[0][0] == 0
    assert any("没有 JPG 照片" in w and "IMG_0002.heic" in w and "转换为 JPEG" in w for w in warnings)


def test_photo_outside_the_county_added_by_hand_has_no_distance(qgis_processing, tmp_path):
    from wpzf.core.photos.link import add_by_hand
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(new_package(qgis_processing, tmp_path, n=2))
    target = wp.jcbh_list()[0]
    assert add_by_hand(wp, [os.path.join(REAL_PHOTOS, "DSCN0010.jpg")], target) == 1
    row = next(p for p in wp.photos() if p["PATH"].endswith("DSCN0010.jpg"))
    assert row["JCBH"] == target and row["DIST_M"] is None and "县域范围之外" in row["NOTE"]


def test_unreadable_photo_added_by_hand_says_why(qgis_processing, tmp_path):
    from wpzf.core.errors import WpzfError
    from wpzf.core.photos.link import add_by_hand
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(new_package(qgis_processing, tmp_path, n=1))
    heic = tmp_path / "IMG_0003.jpg"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 16)
    with pytest.raises(WpzfError) as err:
        add_by_hand(wp, [str(heic)], wp.jcbh_list()[0])
    assert "IMG_0003.jpg" in str(err.value) and "HEIC" in str(err.value) and "JPEG" in str(err.value)


def test_photo_near_the_county_still_gets_its_distance(qgis_processing, tmp_path, make_photos):
    """Within OUTSIDE_MARGIN_M of the patches the distance is measured as before (test_link_photos_... checks
    3 km); just inside the margin too."""
    from wpzf.core.photos.exif import PhotoMeta
    from wpzf.core.photos.link import OUTSIDE_MARGIN_M, PhotoReader
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(new_package(qgis_processing, tmp_path, n=1))
    reader = PhotoReader(wp, MAX_DISTANCE)
    shapes, crs = patch_shapes(wp.path)
    (jcbh, shape), = shapes.items()
    to_lonlat = Transformer.from_crs(crs, "EPSG:4490", always_xy=True)
    minx, miny, maxx, maxy = shape.bounds
    for offset, outside in ((OUTSIDE_MARGIN_M - 500, False), (OUTSIDE_MARGIN_M + 500, True)):
        meta = PhotoMeta()
        meta.lon, meta.lat = to_lonlat.transform(maxx + offset, (miny + maxy) / 2)
        row = reader.row("p.jpg", "0", meta)
        assert row["_outside"] is outside and row["JCBH"] is None
        assert ("在县域范围之外" in row["NOTE"]) is outside
        if not outside:  # "距最近图斑 J 为 49500.0 米，超过 50 米，未关联"
            measured = float(row["NOTE"].split(" 为 ")[1].split(" 米")[0])
            assert measured == pytest.approx(Point(maxx + offset, (miny + maxy) / 2).distance(shape), abs=0.1)
