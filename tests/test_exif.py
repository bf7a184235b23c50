"""The EXIF reader (core/photos/exif.py) on real photos against values read once with exiftool and written down here
(tests/data/photos/README.md), and on hostile files built byte by byte: stray bytes between segments, a malformed
or cut EXIF block, IFD offsets outside the block, a zeroed DateTimeOriginal, a truncated file, a PNG or HEIC named
.jpg, an empty file, a JPEG without EXIF. The reader raises nothing but PhotoReadError, and only for files that are
not a usable JPEG; a damaged EXIF block leaves a readable photo with `exif_problem` set."""
import io
import os
import struct

import pytest
from PIL import Image

from test_faults_photos import build_tiff, gps_entries, good_ifds, jpeg_with, rat

PHOTOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "photos")


def real(name):
    return os.path.join(PHOTOS, name)


def dms(d, m, s):
    return d + m / 60.0 + s / 3600.0


# ----- real photos: values from exiftool -v3 (rationals as stored) ------------------------------------------------
REAL = {
    "DSCN0010.jpg": dict(lat=dms(43, 28, 281400000 / 100000000), lon=dms(11, 53, 645599999 / 100000000),
                         azimuth=None, taken_at="2008-10-22 16:28:39", time_source="DateTimeOriginal", orientation=1),
    "Kodak_CX7530.jpg": dict(lat=-dms(0, 22.278, 0), lon=dms(36, 3.385, 0), azimuth=None,
                             taken_at="2005-08-13 09:47:23", time_source="DateTimeOriginal", orientation=1),
    # DateTimeOriginal is an empty string: the edit time is taken, and said
    "67-0_length_string.jpg": dict(lat=dms(51, 1, 30), lon=dms(7, 35, 31), azimuth=291.39,
                                   azimuth_source="exif-magnetic", taken_at="2016-09-12 10:05:31",
                                   time_source="DateTime", orientation=1),
    "Canon_40D_photoshop_import.jpg": dict(lat=None, lon=None, azimuth=None, taken_at="2008-07-31 10:05:49",
                                           time_source="DateTime", orientation=1),
    # Photoshop's malformed EXIF block: the photo is read, the time comes from XMP xmp:CreateDate
    "invalid-exif.jpg": dict(lat=None, lon=None, azimuth=None, taken_at="2017-03-13 23:03:09",
                             time_source="CreateDate", orientation=1, exif_problem=True),
    "truncated_exif_dpi.jpg": dict(lat=None, lon=None, azimuth=None, taken_at=None, time_source=None,
                                   orientation=1, exif_problem=True),
    "junk_jpeg_header.jpg": dict(lat=None, lon=None, azimuth=None, taken_at=None, time_source=None, orientation=1,
                                 has_exif=False),
    "hopper_orientation_6.jpg": dict(lat=None, lon=None, azimuth=None, taken_at=None, time_source=None,
                                     orientation=6),
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_photo_agrees_with_exiftool(name):
    from wpzf.core.photos.exif import read_photo_meta
    want = REAL[name]
    meta = read_photo_meta(real(name))
    for key in ("lat", "lon"):
        if want[key] is None:
            assert getattr(meta, key) is None
        else:
            assert getattr(meta, key) == pytest.approx(want[key], abs=1e-9), key
    assert meta.azimuth == (pytest.approx(want["azimuth"], abs=1e-9) if want["azimuth"] is not None else None)
    if "azimuth_source" in want:
        assert meta.azimuth_source == want["azimuth_source"]
    assert (meta.taken_at, meta.time_source, meta.orientation) == (
        want["taken_at"], want["time_source"], want["orientation"])
    assert bool(meta.exif_problem) == want.get("exif_problem", False), meta.exif_problem
    assert meta.has_exif == want.get("has_exif", True)


def test_real_phone_photo_cut_after_its_headers_is_refused_as_truncated():
    """ultrahdr.jpg: a Pixel 6 photo with all its metadata but no image data (a copy cut off)."""
    from wpzf.core.photos.exif import TRUNCATED, PhotoReadError, read_photo_meta
    with pytest.raises(PhotoReadError) as err:
        read_photo_meta(real("ultrahdr.jpg"))
    assert err.value.reason == TRUNCATED


def test_real_phone_photo_with_its_image_data_reads_gps_and_direction():
    """The same Pixel 6 headers with scan data after them: what exiftool says (Zhejiang, 99° magnetic)."""
    from wpzf.core.photos.exif import read_photo_meta
    with open(real("ultrahdr.jpg"), "rb") as fh:
        data = fh.read()
    meta = read_photo_meta(io.BytesIO(data + b"\x12\x34" * 64 + b"\xff\xd9"))
    assert meta.lat == pytest.approx(dms(30, 37, 39.54), abs=1e-9)
    assert meta.lon == pytest.approx(dms(119, 44, 19.56), abs=1e-9)
    assert (meta.azimuth, meta.azimuth_source) == (99.0, "exif-magnetic")
    assert (meta.taken_at, meta.time_source) == ("2024-05-07 09:33:04", "DateTimeOriginal")


def test_pillow_agrees_on_what_it_can_open():
    """Pillow (a second, independent reading of the same files) gives the same orientation and GPS presence."""
    from wpzf.core.photos.exif import read_photo_meta
    for name in ("DSCN0010.jpg", "Kodak_CX7530.jpg", "67-0_length_string.jpg", "hopper_orientation_6.jpg"):
        with Image.open(real(name)) as img:
            exif = img.getexif()
            gps = exif.get_ifd(0x8825)
        meta = read_photo_meta(real(name))
        assert exif.get(0x0112, 1) == meta.orientation
        assert bool(gps.get(2)) == meta.has_position


# ----- hostile files built here ----------------------------------------------------------------------------------
BASE = io.BytesIO()
Image.new("RGB", (32, 24), (90, 140, 60)).save(BASE, "JPEG", quality=80)
BASE = BASE.getvalue()
EXIF_TIFF = build_tiff(good_ifds())  # orientation 6, DateTimeOriginal 2022-02-01 10:20:30, GPS 22.8005 N 108.3005 E


def segments(jpeg):
    """[(marker bytes, whole segment bytes)] up to SOS, and the rest from SOS on."""
    out, pos = [], 2
    while jpeg[pos + 1] != 0xDA:
        length = struct.unpack(">H", jpeg[pos + 2:pos + 4])[0]
        out.append(jpeg[pos:pos + 2 + length])
        pos += 2 + length
    return out, jpeg[pos:]


def with_gap(jpeg, gap, after=1):
    """`jpeg` with the bytes `gap` inserted after its first `after` segments (between two markers)."""
    parts, rest = segments(jpeg)
    return b"\xff\xd8" + b"".join(parts[:after]) + gap + b"".join(parts[after:]) + rest


def read_bytes(data):
    from wpzf.core.photos.exif import read_photo_meta
    return read_photo_meta(io.BytesIO(data))


@pytest.mark.parametrize("gap", [b"\x00", b"\x00\x00\x00\x00\x00", b"\xff\xff\xff", b"junk!", b"\r\n"])
def test_stray_bytes_between_segments_are_skipped(gap):
    meta = read_bytes(with_gap(jpeg_with(EXIF_TIFF), gap))
    assert meta.lat == pytest.approx(22.8005, abs=1e-6) and meta.lon == pytest.approx(108.3005, abs=1e-6)
    assert (meta.taken_at, meta.orientation, meta.azimuth) == ("2022-02-01 10:20:30", 6, 90.5)
    # also before the EXIF segment itself
    assert read_bytes(with_gap(jpeg_with(EXIF_TIFF), gap, after=0)).has_position


def test_old_reader_refused_a_stray_byte():
    """The case of issue 15: one zero byte after a segment made the photo 'corrupt'."""
    meta = read_bytes(with_gap(jpeg_with(EXIF_TIFF), b"\x00", after=3))
    assert meta.has_position and meta.exif_problem is None


@pytest.mark.parametrize("name, tiff", [
    ("no byte order mark", b"XX*\x00\x08\x00\x00\x00" + EXIF_TIFF[8:]),
    ("not TIFF", b"II\x2b\x00" + EXIF_TIFF[4:]),
    ("IFD0 offset past the end", build_tiff(good_ifds(), first=0xFFFFFF00)),
    ("cut in IFD0", EXIF_TIFF[:20]),
    ("header only", EXIF_TIFF[:8]),
    ("four bytes", b"II*\x00"),
])
def test_malformed_exif_block_leaves_a_readable_photo_without_gps(name, tiff):
    meta = read_bytes(jpeg_with(tiff))
    assert meta.has_exif and meta.exif_problem, name
    assert not meta.has_position and meta.gps_problem is None and meta.taken_at is None


def test_gps_ifd_offset_outside_the_block_is_invalid_gps_not_no_gps():
    tiff = build_tiff([("ifd0", [(0x0112, 3, 1, struct.pack("<H", 3)), (0x8825, 4, 1, 0x7FFFFFF0)], None)])
    meta = read_bytes(jpeg_with(tiff))
    assert meta.gps_problem == "invalid" and meta.orientation == 3 and meta.exif_problem


def test_exif_ifd_offset_outside_the_block_keeps_gps_and_orientation():
    ifds = good_ifds()
    ifds[0] = ("ifd0", [e if e[0] != 0x8769 else (0x8769, 4, 1, 0x00FFFFF0) for e in ifds[0][1]], None)
    meta = read_bytes(jpeg_with(build_tiff(ifds)))
    assert meta.has_position and meta.orientation == 6 and meta.taken_at is None and meta.exif_problem


@pytest.mark.parametrize("original, digitized, xmp, expected, source", [
    (b"0000:00:00 00:00:00\x00", b"2022:02:01 09:00:00\x00", None, "2022-02-01 09:00:00", "CreateDate"),
    (b"0000:00:00 00:00:00\x00", None, None, "2022-03-09 18:00:00", "DateTime"),
    (b"0000:00:00 00:00:00\x00", None, '<x:xmpmeta><rdf:Description xmp:CreateDate="2022-02-01T08:15:00+08:00"/>',
     "2022-02-01 08:15:00", "CreateDate"),
    (b"    :  :     :  :  \x00", None, "<xmp:CreateDate>2022-02-01T08:16:00</xmp:CreateDate>",
     "2022-02-01 08:16:00", "CreateDate"),
    (b"2022:13:45 10:00:00\x00", None, None, "2022-03-09 18:00:00", "DateTime"),  # month 13 is no date
    (b"2022:02:01 10:20:30\x00", b"2022:02:01 09:00:00\x00", None, "2022-02-01 10:20:30", "DateTimeOriginal"),
])
def test_zeroed_shooting_time_falls_back_to_create_date_before_the_edit_time(original, digitized, xmp, expected,
                                                                           source):
    exif = [(0x9003, 2, len(original), original)]
    if digitized:
        exif.append((0x9004, 2, len(digitized), digitized))
    edit = b"2022:03:09 18:00:00\x00"
    data = jpeg_with(build_tiff(good_ifds(exif=exif, ifd0_extra=[(0x0132, 2, len(edit), edit)])))
    if xmp is not None:
        payload = b"http://ns.adobe.com/xap/1.0/\x00" + xmp.encode("utf-8")
        data = data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:]
    meta = read_bytes(data)
    assert (meta.taken_at, meta.time_source) == (expected, source)


def test_no_exif_at_all():
    meta = read_bytes(BASE)
    assert not meta.has_exif and meta.exif_problem is None and not meta.has_position and meta.taken_at is None


@pytest.mark.parametrize("data, reason, detail", [
    (b"", "empty", None),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "not_jpeg", "PNG"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 20, "not_jpeg", "HEIC"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 20, "not_jpeg", "WebP"),
    (b"GIF89a" + b"\x00" * 20, "not_jpeg", "GIF"),
    (b"hello, this is text", "not_jpeg", None),
    (BASE[:3], "truncated", None),
    (BASE[:30], "truncated", None),
    (jpeg_with(EXIF_TIFF)[:60], "truncated", None),  # inside the EXIF segment
    (BASE[:BASE.index(b"\xff\xda") + 14], "truncated", None),  # the scan header and no picture
    (b"\xff\xd8\xff\xd9", "broken", "EOI"),  # end of image before any image data
    (b"\xff\xd8\xff\xe1\x00\x01" + BASE[2:], "broken", "length"),  # a segment length below 2
])
def test_files_that_are_not_a_usable_jpeg_raise_the_readers_error(tmp_path, data, reason, detail):
    from wpzf.core.photos.exif import PhotoReadError, read_photo_meta
    path = tmp_path / "x.jpg"
    path.write_bytes(data)
    with pytest.raises(PhotoReadError) as err:
        read_photo_meta(str(path))
    assert (err.value.reason, err.value.detail) == (reason, detail), str(err.value)


def test_real_png_and_missing_file_raise_the_readers_error(tmp_path):
    from wpzf.core.photos.exif import PhotoReadError, read_photo_meta
    png = tmp_path / "截图.jpg"
    Image.new("RGB", (20, 10)).save(str(png), "PNG")
    with pytest.raises(PhotoReadError) as err:
        read_photo_meta(str(png))
    assert (err.value.reason, err.value.detail) == ("not_jpeg", "PNG")
    with pytest.raises(PhotoReadError):
        read_photo_meta(str(tmp_path / "gone.jpg"))


def test_gps_zero_denominator_and_text_values_are_invalid_gps():
    for gps in (gps_entries(lat_value=rat((22, 0), (48, 0), (0, 0))),
                gps_entries()[:1] + [(2, 2, 8, b"22.8005\x00")] + gps_entries()[2:]):
        meta = read_bytes(jpeg_with(build_tiff(good_ifds(gps))))
        assert meta.gps_problem == "invalid" and not meta.has_position and meta.taken_at == "2022-02-01 10:20:30"


def test_large_panorama_is_not_refused():
    """Pillow's Image.open refuses images above ~179 Mpixel (decompression bomb); nothing is decoded here."""
    data = bytearray(jpeg_with(EXIF_TIFF))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", 30000, 60000)  # 60000 x 30000 = 1.8 Gpixel
    assert read_bytes(bytes(data)).has_position


def test_without_pillow_a_photo_with_exif_raises_the_readers_error(monkeypatch):
    from wpzf.core.photos import exif
    monkeypatch.setattr(exif, "_PilImage", None)
    with pytest.raises(exif.PhotoReadError) as err:
        read_bytes(jpeg_with(EXIF_TIFF))
    assert err.value.reason == exif.NO_PILLOW
    assert not read_bytes(BASE).has_exif  # without EXIF there is nothing to decode
