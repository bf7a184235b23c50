"""wpzf:dossier: PDFs rendered with poppler (pdftoppm/pdftotext/pdfinfo) and checked for the map, imagery and text."""
import os
import re
from decimal import ROUND_HALF_UP, Decimal
import subprocess

import numpy as np
import pytest
from osgeo import gdal, ogr
from PIL import Image

from test_export import EVIL_JCBH, build_package

FIRST, SECOND = "4501992022010001", "4501992022010002"
DPI = 60
MM = DPI / 25.4


def box(x0, y0, x1, y1):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x0, y0, x1, y1)


def write_reference(wp_path, gpkg):
    """Farmland under every patch's west half, a red-line strip along its south edge, an approval on its east
    third (OGR only). Returns the patches' (srs wkt, envelope) for the imagery."""
    ds = ogr.Open(wp_path)
    patches = ds.GetLayerByName("patches")
    srs = patches.GetSpatialRef().Clone()
    envelopes = [f.GetGeometryRef().GetEnvelope() for f in patches]
    out = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    shapes = {"farmland": [box(e[0] - 150, e[2] - 80, (e[0] + e[1]) / 2, e[3] + 80) for e in envelopes],
              "redline": [box(e[0] - 60, e[2] - 50, e[1] + 60, e[2] + 20) for e in envelopes],
              "approvals": [box(e[1] - (e[1] - e[0]) / 3, e[2], e[1] + 30, e[3]) for e in envelopes]}
    for name, wkts in shapes.items():
        layer = out.CreateLayer(name, srs, ogr.wkbPolygon)
        for wkt in wkts:
            feat = ogr.Feature(layer.GetLayerDefn())
            feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feat)
    out = None
    return srs.ExportToWkt(), patches.GetExtent()


def write_raster(path, wkt, extent, rgb):
    """A 2 m GeoTIFF over the patches: a smooth ramp in one colour, so a chip is never blank."""
    minx, maxx, miny, maxy = extent
    minx, miny, maxx, maxy = minx - 400, miny - 400, maxx + 400, maxy + 400
    w, h = int((maxx - minx) / 2), int((maxy - miny) / 2)
    ramp = np.linspace(0.6, 1.0, w)[None, :] * np.ones((h, 1))
    ds = gdal.GetDriverByName("GTiff").Create(path, w, h, 3, gdal.GDT_Byte)
    ds.SetGeoTransform((minx, 2.0, 0, maxy, 0, -2.0))
    ds.SetProjection(wkt)
    for band, value in enumerate(rgb, 1):
        ds.GetRasterBand(band).WriteArray((ramp * value).astype(np.uint8))
    ds = None


@pytest.fixture(scope="module")
def county(qgis_processing, tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("卷宗 dossier"))
    wp_path = build_package(qgis_processing, folder)
    gpkg = os.path.join(folder, "参考.gpkg")
    wkt, extent = write_reference(wp_path, gpkg)
    write_raster(os.path.join(folder, "before.tif"), wkt, extent, (60, 160, 60))  # green fields
    write_raster(os.path.join(folder, "after.tif"), wkt, extent, (150, 110, 90))  # bare soil
    from wpzf.core.store.workpackage import WorkPackage
    WorkPackage(wp_path).set_settings({"reference": {k: "{}|layername={}".format(gpkg, k)
                                                     for k in ("farmland", "redline", "approvals")}})
    return {"wp": wp_path, "folder": folder, "before": os.path.join(folder, "before.tif"),
            "after": os.path.join(folder, "after.tif")}


@pytest.fixture(scope="module")
def dossiers(qgis_processing, county, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("pdf 输出"))
    result = qgis_processing.run("wpzf:dossier", {
        "WORKPACKAGE": county["wp"], "OUTPUT_FOLDER": out, "JCBH": "{}\n{}, {}".format(FIRST, SECOND, EVIL_JCBH),
        "IMAGERY_BEFORE": county["before"], "IMAGERY_AFTER": county["after"]})
    return result, out


def pdf_text(path):
    raw = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, stdout=subprocess.PIPE).stdout
    return raw.decode("utf-8")


def glyphs(text):
    """Text as the glyphs Noto Sans CJK SC draws for it. Qt's PDF writer maps a glyph back to the lowest code
    point that shares it, so pdftotext returns radicals such as ⽚ (U+2F5A) for 片 and ⺠ for 民: compare what
    is printed, not code points."""
    from qgis.PyQt.QtGui import QFont, QRawFont
    raw = QRawFont.fromFont(QFont("Noto Sans CJK SC"))
    compact = re.sub(r"\s+", "", text)
    return "".join(chr(0x10000 + g) for g in raw.glyphIndexesForString(compact))


def printed(text, pdf):
    return glyphs(text) in glyphs(pdf)


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def render(path, page, folder):
    stem = os.path.join(folder, "page")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), "-singlefile", path, stem],
                   check=True)
    return np.asarray(Image.open(stem + ".png").convert("RGB")).astype(int)


def region(img, x0, y0, x1, y1):
    return img[int(y0 * MM):int(y1 * MM), int(x0 * MM):int(x1 * MM)]


def share(pixels, test):
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return float(np.mean(test(r, g, b)))


def test_one_pdf_per_patch_and_a_contents_file(dossiers):
    result, out = dossiers
    files = sorted(os.listdir(out))
    assert "00_目录.pdf" in files and "{}.pdf".format(FIRST) in files and "{}.pdf".format(SECOND) in files
    assert result["COUNT"] == 3 and len(files) == 4
    evil = [f for f in files if "逃逸" in f]
    assert len(evil) == 1 and "/" not in evil[0] and not evil[0].startswith(".")
    assert not any(f.startswith(".partial") for f in files)
    assert result["PAGES"] == sum(pdf_pages(os.path.join(out, f)) for f in files if f != "00_目录.pdf")
    info = subprocess.run(["pdfinfo", os.path.join(out, FIRST + ".pdf")], check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")
    assert re.search(r"^Title:\s+卫片执法图斑卷宗 {}$".format(FIRST), info, re.M)
    contents = pdf_text(os.path.join(out, "00_目录.pdf"))
    for jcbh in (FIRST, SECOND, EVIL_JCBH):
        assert jcbh in contents
    assert printed("卫片执法图斑卷宗目录", contents)
    assert "卫片执法图斑卷宗目录" not in contents  # the known Qt quirk above: if this fails, drop glyphs()


def test_dossier_text_in_chinese(dossiers, county):
    _result, out = dossiers
    text = pdf_text(os.path.join(out, FIRST + ".pdf"))
    compact = re.sub(r"\s+", "", text)
    for expected in ("卫片执法图斑卷宗", "监测编号", FIRST, "示范县", "龙溪乡", "基本情况", "套合分析图", "影像对比",
                     "前时相影像（2021-12-15）", "后时相影像（2022-01-20）", "套合分析结果", "合法性判定",
                     "乱占耕地建房", "张三（村民）", "整改与查处", "拆除复耕", "举证照片（2张）", "方位100°（东）",
                     "拍摄2022-02-1510:00:00", "变更记录", "判定类型", "图例", "永久基本农田", "生态保护红线",
                     "建设用地批准范围", "本图斑", "比例尺1:"):
        assert printed(expected, text), expected
    # the overlay figures are the package's, rounded to 0.01 亩
    import sqlite3
    con = sqlite3.connect(county["wp"])
    tbmj, gdmj = con.execute("SELECT TBMJ, GDMJ FROM patches WHERE JCBH=?", (FIRST,)).fetchone()
    con.close()
    half_up = [str(Decimal(repr(v)).quantize(Decimal("0.01"), ROUND_HALF_UP)) for v in (tbmj, gdmj)]
    assert printed("图斑面积{}100.0%".format(half_up[0]), text) and printed("耕地{}".format(half_up[1]), text)
    assert half_up[0] == "2.68"  # 2.675 is stored as 2.67499999...: printed as written, like the export
    # the remark that looks like a formula is printed as it is
    assert 'HYPERLINK("http://example.com/x","点我")' in compact


def test_first_page_map_is_drawn(dossiers, tmp_path):
    _result, out = dossiers
    img = render(os.path.join(out, FIRST + ".pdf"), 1, str(tmp_path))
    assert img.shape[1] == pytest.approx(210 * MM, abs=2)
    whole_map = region(img, 25, 110, 185, 275)
    not_white = share(whole_map, lambda r, g, b: (r < 245) | (g < 245) | (b < 245))
    red = share(whole_map, lambda r, g, b: (r > 200) & (g < 70) & (b < 70))
    # farmland: a faint goldenrod fill with a goldenrod hatch over it
    farmland = share(whole_map, lambda r, g, b: (r >= g) & (g > b) & (r - b > 15) & (r > 150))
    assert not_white > 0.3, not_white  # farmland fill, hatching, outlines
    assert red > 0.002, red  # the patch outline
    assert farmland > 0.2, farmland
    # nothing drawn outside the page margins
    assert share(region(img, 0, 0, 8, 297), lambda r, g, b: (r < 240)) == 0


def test_imagery_chips_show_the_rasters(dossiers, tmp_path):
    _result, out = dossiers
    img = render(os.path.join(out, FIRST + ".pdf"), 2, str(tmp_path))
    left, right = region(img, 20, 35, 100, 80), region(img, 110, 35, 190, 80)
    green = share(left, lambda r, g, b: (g > r + 40) & (g > b + 40))
    soil = share(right, lambda r, g, b: (r > g + 15) & (g > b + 5))
    yellow = share(left, lambda r, g, b: (r > 200) & (g > 200) & (b < 80))
    assert green > 0.5 and soil > 0.5 and yellow > 0.003, (green, soil, yellow)


def test_without_imagery_or_reference_still_complete(qgis_processing, county, tmp_path):
    import shutil
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = str(tmp_path / "wp.gpkg")
    shutil.copyfile(county["wp"], wp_path)
    shutil.copytree(os.path.join(county["folder"], "照片"), str(tmp_path / "照片"))
    WorkPackage(wp_path).set_settings({"reference": {"farmland": str(tmp_path / "不存在.gpkg")}})
    result = qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(tmp_path / "o"),
                                                  "BATCH": "2022-02"})
    assert result["COUNT"] == 3
    text = pdf_text(os.path.join(str(tmp_path / "o"), "4501992022020007.pdf"))
    assert printed("套合分析图", text) and not printed("影像对比", text)


def test_unknown_jcbh_is_named(qgis_processing, county, tmp_path):
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": county["wp"], "OUTPUT_FOLDER": str(tmp_path),
                                             "JCBH": "{},4501999999".format(FIRST)})
    assert "4501999999" in str(err.value)
    assert os.listdir(str(tmp_path)) == []


def test_cancel_keeps_only_complete_pdfs(county, tmp_path):
    from qgis.core import QgsProcessingFeedback
    from wpzf.core.dossier.build import build_dossiers
    from wpzf.core.errors import Canceled

    class StopAfterOne(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 - Qt name
            super().pushInfo(info)
            self.cancel()  # the first dossier is done: stop before the second

    with pytest.raises(Canceled):
        build_dossiers(county["wp"], str(tmp_path), jcbhs=[FIRST, SECOND], feedback=StopAfterOne())
    assert os.listdir(str(tmp_path)) == [FIRST + ".pdf"]
    assert pdf_pages(str(tmp_path / (FIRST + ".pdf"))) >= 3


def test_text_helpers():
    from wpzf.core.dossier import text as T
    assert [T.direction(a) for a in (0, 22, 23, 90, 180, 269, 316, 337.4, 337.6, 359.9)] == \
        ["北", "北", "东北", "东", "南", "西", "西北", "西北", "北", "北"]
    assert T.dms(108.5, "E", "W") == "108°30′00.00″E"
    assert T.dms(-0.0001, "N", "S").endswith("S")
    caption = T.photo_caption(3, {"TAKEN_AT": "2022-02-15 10:00:00", "AZIMUTH": 225.0, "DIST_M": 0.0})
    assert caption == "照片 3 · 拍摄 2022-02-15 10:00:00 · 方位 225°（西南） · 位于图斑内"
    rows = T.overlay_rows({"TBMJ": 4.0, "GDMJ": 1.0, "TXGDMJ": 1.004})
    assert rows[0][:3] == ["图斑面积", "4.00", "100.0%"] and rows[1] == ["耕地", "1.00", "25.0%", "1.00"]


def test_vertex_rows_use_survey_axes():
    from wpzf.core.dossier import text as T
    ring = [(36500000.0, 2500000.0), (36500010.0, 2500000.0), (36500010.0, 2500020.5), (36500000.0, 2500000.0)]
    rows, total = T.vertex_rows([ring], per_row=2, limit=30)
    assert total == 3  # the closing point is not repeated
    assert rows == [["J1", "2500000.000", "36500000.000", "J2", "2500000.000", "36500010.000"],
                    ["J3", "2500020.500", "36500010.000", "", "", ""]]
    rows, total = T.vertex_rows([ring, ring], per_row=3, limit=4)
    assert total == 6 and [rows[0][0], rows[0][3], rows[1][0]] == ["1-J1", "1-J2", "2-J1"]
    assert len(rows) == 2 and rows[1][3:] == [""] * 6
