"""Dossier photos (issue 10, item 9): a patch with many camera-size photos must not need memory in proportion to
them. Each photo is placed scaled to about PHOTO_DPI of its printed size (EXIF orientation applied), at most
photo_limit() go into the dossier, six to a page, and a note says how many were left out and where they are.

Memory itself is measured by bench/bench_dossier_photos.py (peak RSS for 300 photos of 4000×3000), not here:
this checks what bounds it, the size of every image handed to the layout."""
import os

import pytest
from PIL import Image

from test_dossier import pdf_text, printed
from test_export import build_package

FIRST = "4501992022010001"
EXTRA = 30  # on top of the two photos build_package gives the patch
BOX = (686, 481)  # 87 × 61 mm at 200 dpi, rounded up


def camera_photo(path, size, orientation=None):
    img = Image.new("RGB", size, (90, 140, 60))
    img.paste((200, 60, 40), (0, 0, size[0] // 3, size[1] // 4))  # a red corner: shows which way is up
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    img.save(path, "JPEG", quality=80, exif=exif.tobytes())


@pytest.fixture(scope="module")
def crowded(qgis_processing, tmp_path_factory):
    """The export test package, with 30 more photos on one patch: 800×600 ones, some stored on their side (EXIF
    orientation 6, as phones write portrait shots), and one 4000×3000."""
    from osgeo import ogr
    from wpzf.core.store.workpackage import WorkPackage
    folder = str(tmp_path_factory.mktemp("照片多 photos"))
    wp_path = build_package(qgis_processing, folder)
    wp = WorkPackage(wp_path)
    centre = ogr.CreateGeometryFromWkb(wp.patch(FIRST, geometry=True)["_wkb"]).Centroid()
    rows = []
    for n in range(EXTRA):
        path = os.path.join(folder, "照片", "extra_{:02d}.jpg".format(n))
        size = (4000, 3000) if n == 0 else (800, 600)
        camera_photo(path, size, orientation=6 if n % 5 == 1 else None)
        rows.append({"JCBH": FIRST, "PATH": wp.relative_path(path), "AZIMUTH": float(n * 12),
                     "TAKEN_AT": "2022-02-16 09:{:02d}:00".format(n), "DIST_M": 2.0,
                     "_x": centre.GetX(), "_y": centre.GetY()})
    wp.write_photos(add=rows)
    return wp_path


def build_recording(monkeypatch, wp_path, out, **kwargs):
    """build_dossiers for FIRST, recording every raster picture handed to the layout: (page, width, height)."""
    from qgis.PyQt.QtGui import QImageReader
    from wpzf.core.dossier import layout as dossier_layout
    from wpzf.core.dossier.build import build_dossiers
    placed = []
    real = dossier_layout.picture

    def recording(layout, page, path, *args, **kw):
        if not kw.get("svg"):
            size = QImageReader(path).size()  # the file the picture item decodes: what it holds in memory
            placed.append((page, size.width(), size.height()))
        return real(layout, page, path, *args, **kw)

    monkeypatch.setattr(dossier_layout, "picture", recording)
    result = build_dossiers(wp_path, out, jcbhs=[FIRST], **kwargs)
    return result, placed


def test_photos_capped_scaled_and_noted(crowded, tmp_path, monkeypatch):
    from wpzf.core.dossier.build import PHOTO_LIMIT
    out = str(tmp_path / "卷宗")
    result, placed = build_recording(monkeypatch, crowded, out)
    total = EXTRA + 2
    assert len(placed) == PHOTO_LIMIT
    assert result.photos_placed == {FIRST: PHOTO_LIMIT} and result.photos_left_out == {FIRST: total - PHOTO_LIMIT}
    # every image the layout holds is bounded by its printed size, whatever the camera's resolution
    assert all(w <= BOX[0] and h <= BOX[1] for _p, w, h in placed), placed
    assert (640, 480) in [(w, h) for _p, w, h in placed]  # the 4000×3000 photo
    # photos stored on their side are placed upright (portrait), scaled to the box's height
    portrait = [(w, h) for _p, w, h in placed if h > w]
    assert portrait and all(h <= BOX[1] for _w, h in portrait)
    per_page = {}
    for page, _w, _h in placed:
        per_page[page] = per_page.get(page, 0) + 1
    assert max(per_page.values()) <= 6
    text = pdf_text(os.path.join(out, FIRST + ".pdf"))
    assert printed("举证照片（共 {} 张，列入前 {} 张）".format(total, PHOTO_LIMIT), text)
    assert printed("其余 {} 张（第 {}–{} 张）未列入卷宗".format(total - PHOTO_LIMIT, PHOTO_LIMIT + 1, total), text)
    assert printed("举证照片/{}/".format(FIRST), text)
    assert sorted(os.listdir(out)) == ["00_目录.pdf", FIRST + ".pdf"]  # the scaled copies are gone


def test_photo_limit_setting(crowded, tmp_path, monkeypatch):
    import shutil
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = str(tmp_path / "wp.gpkg")
    shutil.copyfile(crowded, wp_path)
    shutil.copytree(os.path.join(os.path.dirname(crowded), "照片"), str(tmp_path / "照片"))
    WorkPackage(wp_path).set_settings({"dossier_photo_limit": "4"})
    result, placed = build_recording(monkeypatch, wp_path, str(tmp_path / "out"))
    assert len(placed) == 4 and result.photos_left_out == {FIRST: EXTRA + 2 - 4}


def test_photo_limit_values():
    from wpzf.core.dossier.build import PHOTO_LIMIT, photo_limit
    assert photo_limit({}) == PHOTO_LIMIT
    assert photo_limit({"dossier_photo_limit": " 60 "}) == 60
    assert photo_limit({"dossier_photo_limit": "0"}) == PHOTO_LIMIT
    assert photo_limit({"dossier_photo_limit": "很多"}) == PHOTO_LIMIT


def test_few_photos_have_no_note(crowded, tmp_path, monkeypatch):
    from wpzf.core.dossier.build import build_dossiers
    out = str(tmp_path / "out")
    result = build_dossiers(crowded, out, jcbhs=["4501992022010002"])
    assert result.photos_placed == {"4501992022010002": 2} and result.photos_left_out == {}
    text = pdf_text(os.path.join(out, "4501992022010002.pdf"))
    assert printed("举证照片（2 张）", text) and not printed("未列入卷宗", text)


def test_photo_links_are_one_history_row_per_event():
    """Linking thousands of photos is one event: one row in the dossier's history, not pages of them."""
    from wpzf.core.dossier.build import _photo_batches
    edit = {"TIME": "2022-02-01 09:00:00", "USER": "李四", "FIELD": "PDLX", "OLD": "", "NEW": "违法",
            "ACTION": "judge", "_fid": 1}
    links = [{"TIME": "2022-02-02 10:00:00", "USER": "李四", "FIELD": "photo", "OLD": "",
              "NEW": "照片/IMG_{:04d}.JPG".format(n), "ACTION": "photos:add", "_fid": 10 + n} for n in range(3000)]
    later = dict(links[0], TIME="2022-02-03 10:00:00", NEW="照片/补拍.JPG", _fid=9999)
    rows = _photo_batches(links[::-1] + [later, edit])
    assert [r["FIELD"] for r in rows] == ["PDLX", "photo", "photo"]
    assert rows[1]["NEW"] == "3000 张（照片/IMG_0000.JPG 至 照片/IMG_2999.JPG）" and rows[1]["OLD"] == ""
    assert rows[2] == later  # a single link stays as it is
