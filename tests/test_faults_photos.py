"""Faults around evidence photos (issue 10, items 7, 8, 11): crafted and fuzzed EXIF, hostile file names, links and
special files in the photo folder, and stored photo paths that point outside the package at export time.

Every crafted JPEG here is written byte by byte (an own little TIFF writer), independent of the reader under test.
"""
import contextlib
import datetime
import hashlib
import io
import os
import random
import signal
import sqlite3
import struct
import time

import pytest
from openpyxl import load_workbook
from PIL import Image

import datamaker as dm
from test_photos import photo_rows

INSIDE_LON, INSIDE_LAT = 108.3005, 22.8005  # inside the first patch of dm.batch()
FIRST = "4501992022010001"
GBK_NAME = b"\xd5\xd5\xc6\xac.jpg"  # "照片.jpg" in GBK, as unzipped from a Windows archive


# ----- a hand-made TIFF/EXIF writer ------------------------------------------------------------------------------
def build_tiff(ifds, order="<", first=None):
    """TIFF bytes. ifds: [(name, entries, next)]; an entry is (tag, type, count, value) with value bytes (inline
    when ≤ 4 bytes, else stored after its IFD), an int (the raw 4-byte value field) or the name of another IFD
    (its offset). `next` is an IFD name, an int offset or None; `first` overrides the IFD0 offset."""
    offsets, pos = {}, 8
    for name, entries, _next in ifds:
        offsets[name] = pos
        pos += 2 + 12 * len(entries) + 4 + sum(len(v) + len(v) % 2 for *_e, v in entries
                                                if isinstance(v, bytes) and len(v) > 4)
    out = bytearray(b"II*\x00" if order == "<" else b"MM\x00*")
    out += struct.pack(order + "I", offsets[ifds[0][0]] if first is None else first)
    for name, entries, nxt in ifds:
        data_pos = offsets[name] + 2 + 12 * len(entries) + 4
        body, extra = bytearray(struct.pack(order + "H", len(entries))), bytearray()
        for tag, ftype, count, value in entries:
            body += struct.pack(order + "HHI", tag, ftype, count)
            if isinstance(value, str):
                body += struct.pack(order + "I", offsets[value])
            elif isinstance(value, int):
                body += struct.pack(order + "I", value)
            elif len(value) <= 4:
                body += value.ljust(4, b"\x00")
            else:
                body += struct.pack(order + "I", data_pos + len(extra))
                extra += value + b"\x00" * (len(value) % 2)
        body += struct.pack(order + "I", offsets[nxt] if isinstance(nxt, str) else (nxt or 0))
        out += body + extra
    assert len(out) == pos
    return bytes(out)


def rat(*pairs, order="<"):
    return b"".join(struct.pack(order + "II", n, d) for n, d in pairs)


def dms(value):
    deg = int(value)
    minutes = int((value - deg) * 60)
    hundredths = int(round((value - deg - minutes / 60.0) * 360000))
    return rat((deg, 1), (minutes, 1), (hundredths, 100))


def gps_entries(lat=INSIDE_LAT, lon=INSIDE_LON, lat_value=None, lon_value=None, direction=(9050, 100)):
    return [(1, 2, 2, b"N\x00"), (2, 5, 3, lat_value if lat_value is not None else dms(lat)),
            (3, 2, 2, b"E\x00"), (4, 5, 3, lon_value if lon_value is not None else dms(lon)),
            (16, 2, 2, b"T\x00"), (17, 5, 1, rat(direction))]


def good_ifds(gps=None, ifd0_extra=(), exif=None):
    ifd0 = [(0x0112, 3, 1, struct.pack("<H", 6)), (0x8769, 4, 1, "exif"), (0x8825, 4, 1, "gps")] + list(ifd0_extra)
    exif = exif if exif is not None else [(0x9003, 2, 20, b"2022:02:01 10:20:30\x00")]
    return [("ifd0", ifd0, None), ("exif", exif, None), ("gps", gps if gps is not None else gps_entries(), None)]


_BASE = io.BytesIO()
Image.new("RGB", (32, 24), (90, 140, 60)).save(_BASE, "JPEG", quality=80)
BASE_JPEG = _BASE.getvalue()


def jpeg_with(tiff):
    """A JPEG whose first segment is an EXIF APP1 holding `tiff` (image data from PIL)."""
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xd8\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + BASE_JPEG[2:]


def with_count(tiff, ifd_offset, count):
    """The same TIFF with the entry count of the IFD at `ifd_offset` replaced."""
    return tiff[:ifd_offset] + struct.pack("<H", count) + tiff[ifd_offset + 2:]


def crafted():
    """{name: JPEG bytes} of hostile EXIF variants."""
    ifd0 = [(0x0112, 3, 1, struct.pack("<H", 1)), (0x8825, 4, 1, "ifd0")]
    cases = {
        "ifd0_offset_past_end": jpeg_with(build_tiff(good_ifds(), first=0xFFFFFF00)),
        "gps_pointer_past_end": jpeg_with(build_tiff([("ifd0", [(0x8825, 4, 1, 0x7FFFFFF0)], None)])),
        "gps_zero_denominator": jpeg_with(build_tiff(good_ifds(gps_entries(lat_value=rat((22, 0), (48, 0), (0, 0))))
                                                     )),
        "lat_as_text": jpeg_with(build_tiff(good_ifds(gps_entries()[:1] + [(2, 2, 8, b"22.8005\x00")] +
                                                      gps_entries()[2:]))),
        "direction_as_text": jpeg_with(build_tiff(good_ifds(gps_entries()[:5] + [(17, 2, 4, b"abc\x00")]))),
        "direction_ref_as_number": jpeg_with(build_tiff(good_ifds(gps_entries()[:4] + [
            (16, 3, 1, struct.pack("<H", 77))] + gps_entries()[5:]))),
        "exif_pointer_as_text": jpeg_with(build_tiff([("ifd0", [(0x8769, 2, 4, b"abc\x00"), (0x8825, 4, 1, "gps")],
                                                       None), ("gps", gps_entries(), None)])),
        "orientation_as_rational": jpeg_with(build_tiff([("ifd0", [(0x0112, 5, 1, rat((6, 1))),
                                                                   (0x8825, 4, 1, "gps")], None),
                                                         ("gps", gps_entries(), None)])),
        "ifd_loop": jpeg_with(build_tiff([("ifd0", ifd0, "ifd0")])),
        "huge_entry_count": jpeg_with(with_count(build_tiff(good_ifds()), 8, 0xFFFF)),
        "huge_value_count": jpeg_with(build_tiff(good_ifds(gps_entries()[:1] + [(2, 5, 0xFFFFFFFF, 0x10)] +
                                                           gps_entries()[2:]))),
        "truncated_tiff_header": jpeg_with(b"II*\x00\x08"),
        "truncated_jpeg_header": b"\xff\xd8\xff",
        "latitude_200": jpeg_with(build_tiff(good_ifds(gps_entries(lat_value=rat((200, 1), (0, 1), (0, 1)))))),
    }
    return cases


# what a technician must read in the photo's NOTE for each crafted file (besides: nothing aborts)
CRAFTED_INVALID_GPS = {"gps_zero_denominator", "lat_as_text", "huge_value_count", "gps_pointer_past_end"}
CRAFTED_NOTES = dict({name: "GPS 坐标无法读取" for name in CRAFTED_INVALID_GPS}, latitude_200="GPS 坐标超出范围",
                     truncated_tiff_header="损坏", truncated_jpeg_header="损坏")
CRAFTED_LINKED = {"direction_as_text", "direction_ref_as_number", "exif_pointer_as_text", "orientation_as_rational"}


class Hung(Exception):
    """Not an OSError (a TimeoutError would be taken for an unreadable file and pass as a note)."""


@contextlib.contextmanager
def deadline(seconds):
    """Fail instead of hanging (a FIFO or /dev/zero opened by mistake blocks forever)."""
    def expired(_signum, _frame):
        raise Hung("still running after {} s".format(seconds))
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# ----- the EXIF reader -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(crafted()))
def test_crafted_exif_is_read_or_refused_with_the_readers_error(tmp_path, name):
    from wpzf.core.photos.exif import PhotoMeta, PhotoReadError, read_photo_meta
    path = tmp_path / "x.jpg"
    path.write_bytes(crafted()[name])
    with deadline(5):
        try:
            meta = read_photo_meta(str(path))
        except PhotoReadError:
            assert name.startswith("truncated"), name
            return
    assert isinstance(meta, PhotoMeta) and meta.orientation in range(1, 9) and isinstance(meta.orientation, int)
    if name in CRAFTED_LINKED:  # the broken tag is left out, the position still counts
        assert meta.lat == pytest.approx(INSIDE_LAT, abs=1e-6) and meta.lon == pytest.approx(INSIDE_LON, abs=1e-6)
    if name == "direction_ref_as_number":
        assert meta.azimuth == pytest.approx(90.5)
    if name == "latitude_200":
        assert not meta.has_position and meta.gps_problem == "range"
    if name in CRAFTED_INVALID_GPS:  # GPS tags present but unusable: said so, not "no GPS"
        assert not meta.has_position and meta.gps_problem == "invalid"
    if name == "orientation_as_rational":
        assert meta.orientation == 1


def entry_positions(jpeg):
    """[(byte position, byte order)] of the IFD entries (IFD0 and the IFDs it points to) of an EXIF JPEG."""
    base = jpeg.find(b"Exif\x00\x00") + 6
    order = {b"II": "<", b"MM": ">"}.get(jpeg[base:base + 2]) if base >= 6 else None
    if order is None:
        return []
    found, todo, seen = [], [struct.unpack(order + "I", jpeg[base + 4:base + 8])[0]], set()
    while todo:
        offset = todo.pop()
        if offset in seen or base + offset + 2 > len(jpeg):
            continue
        seen.add(offset)
        for i in range(struct.unpack(order + "H", jpeg[base + offset:base + offset + 2])[0]):
            pos = base + offset + 2 + 12 * i
            if pos + 12 > len(jpeg):
                break
            found.append((pos, order))
            if struct.unpack(order + "H", jpeg[pos:pos + 2])[0] in (0x8769, 0x8825):
                todo.append(struct.unpack(order + "I", jpeg[pos + 8:pos + 12])[0])
    return found


def fuzzed_variants(data, count, seed):
    """Deterministic damaged copies of `data`: flipped bits, random words, cuts, removed or added bytes (most of
    them inside the metadata segments where the parser works), and IFD entries given another type or count."""
    rng = random.Random(seed)
    head = min(len(data), 600)
    entries = entry_positions(data)
    for i in range(count):
        buf = bytearray(data)
        kind = i % 6
        if kind == 5 and entries:
            pos, order = rng.choice(entries)
            if rng.random() < 0.6:
                buf[pos + 2:pos + 4] = struct.pack(order + "H", rng.choice([0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13,
                                                                            999]))
            else:
                buf[pos + 4:pos + 8] = struct.pack(order + "I", rng.choice([0, 1, 2, 5, 1000, 0xFFFFFFFF]))
            yield bytes(buf)
            continue
        if kind == 0:
            for _ in range(rng.randint(1, 6)):
                pos = rng.randrange(2, head)
                buf[pos] ^= 1 << rng.randrange(8)
        elif kind == 1:
            pos = rng.randrange(2, head - 4)
            buf[pos:pos + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff",
                                           rng.randbytes(4)])
        elif kind == 2:
            del buf[rng.randrange(2, len(buf)):]
        elif kind == 3:
            pos = rng.randrange(2, head)
            del buf[pos:pos + rng.randint(1, 16)]
        else:
            pos = rng.randrange(2, head)
            buf[pos:pos] = rng.randbytes(rng.randint(1, 16))
        yield bytes(buf)


def test_fuzzed_exif_only_ever_raises_the_readers_error(tmp_path, make_photos_tool):
    from wpzf.core.photos.exif import PhotoMeta, PhotoReadError, read_photo_meta
    good = tmp_path / "good.jpg"
    make_photos_tool.write_jpeg(str(good), Image.new("RGB", (40, 30), (10, 120, 30)), make_photos_tool.exif_bytes(
        INSIDE_LON, INSIDE_LAT, 123.45, datetime.datetime(2022, 2, 1, 10, 0), 6))
    assert read_photo_meta(str(good)).has_position
    outcomes = {"meta": 0, "refused": 0}
    path = tmp_path / "fuzz.jpg"
    assert len(entry_positions(good.read_bytes())) >= 8 and len(entry_positions(good_jpeg())) >= 8
    sources = [good.read_bytes(), good_jpeg()] + [data for data in crafted().values() if len(data) > 100]
    with deadline(120):
        for n, source in enumerate(sources):
            for variant in fuzzed_variants(source, 300 if n < 2 else 30, seed=2022 + n):
                path.write_bytes(variant)
                started = time.monotonic()
                try:
                    meta = read_photo_meta(str(path))
                    assert isinstance(meta, PhotoMeta)
                    assert meta.lat is None or -90 <= meta.lat <= 90
                    outcomes["meta"] += 1
                except PhotoReadError:
                    outcomes["refused"] += 1
                assert time.monotonic() - started < 1.0
    assert outcomes["meta"] > 100 and outcomes["refused"] > 50, outcomes


@pytest.fixture(scope="module")
def make_photos_tool():
    from conftest import load_tool
    return load_tool("make_photos")


# ----- wpzf:link_photos over a hostile folder --------------------------------------------------------------------
def new_package(processing, folder, n=3):
    wp = os.path.join(str(folder), "wp.gpkg")
    src = dm.write_patches(os.path.join(str(folder), "src", "a.shp"), dm.batch(n))
    processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp, "BATCH": "2022-01"})
    return wp


def good_jpeg(lat=INSIDE_LAT, lon=INSIDE_LON):
    return jpeg_with(build_tiff(good_ifds(gps_entries(lat, lon))))


@pytest.fixture
def hostile_folder(qgis_processing, tmp_path):
    """A package and, next to it, a photo folder holding one good photo and every kind of trouble."""
    os.makedirs(str(tmp_path / "src"))
    wp = new_package(qgis_processing, tmp_path)
    folder = tmp_path / "照片"
    folder.mkdir()
    (folder / "good.jpg").write_bytes(good_jpeg())
    for name, data in crafted().items():
        (folder / "crafted_{}.jpg".format(name)).write_bytes(data)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "elsewhere.jpg").write_bytes(good_jpeg(INSIDE_LAT + 1e-5))
    os.symlink("/dev/zero", str(folder / "zero.jpg"))
    os.mkfifo(str(folder / "fifo.jpg"))
    os.symlink(str(outside / "elsewhere.jpg"), str(folder / "outside_link.jpg"))
    os.symlink("good.jpg", str(folder / "inside_link.jpg"))
    os.symlink("nothing_here.jpg", str(folder / "broken_link.jpg"))
    (folder / "sub").mkdir()
    os.symlink(str(folder), str(folder / "sub" / "loop"))  # a directory loop
    os.symlink(str(outside), str(folder / "sub" / "outside_dir"))
    with open(str(folder / "huge.jpg"), "wb") as fh:  # sparse: 3 GB on paper, nothing on disk
        fh.truncate(3 << 30)
    fd = os.open(os.path.join(os.fsencode(str(folder)), GBK_NAME), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, good_jpeg(INSIDE_LAT + 2e-5))
    os.close(fd)
    return wp, str(folder)


def row_named(rows, name):
    found = [r for p, r in rows.items() if p.endswith("/" + name)]
    assert len(found) == 1, (name, sorted(rows))
    return found[0]


def test_link_photos_turns_every_bad_file_into_a_note(qgis_processing, hostile_folder):
    wp, folder = hostile_folder
    with deadline(60):
        result = qgis_processing.run("wpzf:link_photos", {"FOLDER": folder, "WORKPACKAGE": wp, "MAX_DISTANCE": 50})
    rows = photo_rows(wp)
    assert row_named(rows, "good.jpg")["JCBH"] == FIRST
    for name in crafted():
        row = row_named(rows, "crafted_{}.jpg".format(name))
        assert row["NOTE"] or row["JCBH"], name
        if name in CRAFTED_NOTES:
            assert CRAFTED_NOTES[name] in row["NOTE"] and row["JCBH"] is None, (name, row["NOTE"])
        if name in CRAFTED_LINKED:
            assert row["JCBH"] == FIRST, (name, row["NOTE"])
    assert "没有 GPS" not in row_named(rows, "crafted_latitude_200.jpg")["NOTE"]
    # files that are not regular files inside the folder: stored with a note, never read
    expected = {"zero.jpg": "不是普通文件", "fifo.jpg": "不是普通文件", "outside_link.jpg": "照片文件夹以外",
                "broken_link.jpg": "不存在", "huge.jpg": "过大"}
    for name, words in expected.items():
        row = row_named(rows, name)
        assert words in row["NOTE"] and row["JCBH"] is None and row["SHA256"] is None, (name, row)
    inside = row_named(rows, "inside_link.jpg")
    assert inside["JCBH"] == FIRST and "重复" in inside["NOTE"]
    assert inside["SHA256"] == hashlib.sha256(good_jpeg()).hexdigest()
    # the GBK name: stored under an escaped name, the note shows what it says and what to do
    gbk = [r for p, r in rows.items() if p.endswith("/\\xd5\\xd5\\xc6\\xac.jpg")]
    assert len(gbk) == 1 and "照片.jpg" in gbk[0]["NOTE"] and "改名" in gbk[0]["NOTE"] and gbk[0]["JCBH"] is None
    assert not any("/sub/" in p or "elsewhere" in p for p in rows)  # folder links were not entered
    jpg_names = len(crafted()) + 8  # good, zero, fifo, outside_link, inside_link, broken_link, huge, GBK
    assert len(rows) == jpg_names
    assert result["SKIPPED"] == 6  # zero, fifo, outside_link, broken_link, huge, GBK
    for words in ("zero.jpg", "fifo.jpg", "GPS 坐标超出范围", "照片.jpg", "sub/loop", "sub/outside_dir"):
        assert words in result["PROBLEMS"], words
    # a second run changes nothing: no extra rows for the skipped files
    with deadline(60):
        again = qgis_processing.run("wpzf:link_photos", {"FOLDER": folder, "WORKPACKAGE": wp, "MAX_DISTANCE": 50})
    assert photo_rows(wp) == rows and again["UNCHANGED"] == jpg_names


def test_gbk_file_name_alone_does_not_stop_linking(qgis_processing, tmp_path):
    """The name on its own (no other trouble in the folder) used to end the run with 'RuntimeError: not a string'."""
    os.makedirs(str(tmp_path / "src"))
    wp = new_package(qgis_processing, tmp_path)
    folder = tmp_path / "照片"
    folder.mkdir()
    (folder / "good.jpg").write_bytes(good_jpeg())
    fd = os.open(os.path.join(os.fsencode(str(folder)), GBK_NAME), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, good_jpeg(INSIDE_LAT + 2e-5))
    os.close(fd)
    result = qgis_processing.run("wpzf:link_photos", {"FOLDER": str(folder), "WORKPACKAGE": wp, "MAX_DISTANCE": 50})
    rows = photo_rows(wp)
    assert row_named(rows, "good.jpg")["JCBH"] == FIRST and result["LINKED"] == 1
    gbk = row_named(rows, "\\xd5\\xd5\\xc6\\xac.jpg")
    assert gbk["JCBH"] is None and "照片.jpg" in gbk["NOTE"] and "改名" in gbk["NOTE"]
    assert "照片.jpg" in result["PROBLEMS"]


def test_add_by_hand_refuses_a_device_without_opening_it(qgis_processing, hostile_folder):
    from wpzf.core.errors import WpzfError
    from wpzf.core.photos.link import add_by_hand
    from wpzf.core.store.workpackage import WorkPackage
    wp, folder = hostile_folder
    for name in ("zero.jpg", "fifo.jpg"):
        started = time.monotonic()
        with deadline(10), pytest.raises(WpzfError) as err:
            add_by_hand(WorkPackage(wp), [os.path.join(folder, name)], FIRST)
        assert name in str(err.value) and "不是普通文件" in str(err.value)
        assert time.monotonic() - started < 2
    assert photo_rows(wp) == {}


# ----- wpzf:export and stored paths ------------------------------------------------------------------------------
@pytest.fixture
def hostile_package(qgis_processing, tmp_path):
    """test_export's judged package, plus photo rows whose stored paths lead out of the package folder, through
    links, to a device, a FIFO, or to a file changed after linking."""
    from test_export import build_package
    from wpzf.core.store.workpackage import WorkPackage
    folder = tmp_path / "pkg"
    folder.mkdir()
    wp_path = build_package(qgis_processing, str(folder))
    wp = WorkPackage(wp_path)
    con = sqlite3.connect(wp_path)
    good = {h for (h,) in con.execute("SELECT SHA256 FROM photos")}
    con.close()
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.jpg"
    secret.write_bytes(good_jpeg(INSIDE_LAT + 3e-5))
    photos = folder / "照片"
    os.symlink(str(secret), str(photos / "link_out.jpg"))
    os.symlink("/dev/zero", str(photos / "zero.jpg"))
    os.mkfifo(str(photos / "fifo.jpg"))
    tampered = photos / "tampered.jpg"
    tampered.write_bytes(good_jpeg(INSIDE_LAT + 4e-5))
    tampered_hash = hashlib.sha256(tampered.read_bytes()).hexdigest()
    tampered.write_bytes(good_jpeg(INSIDE_LAT + 5e-5))  # replaced after linking
    secret_hash = hashlib.sha256(secret.read_bytes()).hexdigest()
    with open("/etc/passwd", "rb") as fh:
        passwd_hash = hashlib.sha256(fh.read()).hexdigest()
    bad = {  # stored PATH -> stored SHA256 (the right one, so only the path rule can refuse it)
        os.path.relpath("/etc/passwd", str(folder)): passwd_hash,
        "../../../../etc/passwd": passwd_hash,
        str(secret): secret_hash,
        "照片/link_out.jpg": secret_hash,
        "照片/zero.jpg": hashlib.sha256(b"").hexdigest(),
        "照片/fifo.jpg": hashlib.sha256(b"").hexdigest(),
        "照片/tampered.jpg": tampered_hash,
    }
    wp.write_photos(add=[{"JCBH": FIRST, "PATH": path, "SHA256": digest, "TAKEN_AT": "2022-02-10 09:00:00",
                          "_x": None, "_y": None} for path, digest in bad.items()])
    return wp_path, good, bad, {passwd_hash, secret_hash, tampered_hash}


def exported_photos(package_folder):
    found = {}
    for dirpath, _dirs, files in os.walk(os.path.join(package_folder, "举证照片")):
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as fh:
                found[name] = hashlib.sha256(fh.read()).hexdigest()
    return found


def problem_list_text(package_folder):
    wb = load_workbook(os.path.join(package_folder, "自检问题清单.xlsx"))
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)


def test_export_copies_only_verified_photos_from_the_package_folder(qgis_processing, hostile_package, tmp_path):
    wp_path, good, bad, foreign = hostile_package
    out = tmp_path / "out"
    with deadline(60), pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(out)})
    for path in bad:
        assert path in str(err.value), path
    assert not out.exists() or os.listdir(str(out)) == []
    with deadline(60):
        result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(out),
                                                     "FORCE": True})
    copied = exported_photos(result["PACKAGE"])
    assert set(copied.values()) == good and result["PHOTOS"] == len(good) == 18
    assert not set(copied.values()) & foreign
    text = problem_list_text(result["PACKAGE"])
    for path in bad:
        line = next((t for t in text.split("\n") if path in t), "")
        assert FIRST in line and "重新关联" in line, (path, line)
    assert "SHA-256" in next(t for t in text.split("\n") if "tampered.jpg" in t)
    # the manifest only lists what is really in the package
    with open(os.path.join(result["PACKAGE"], "SHA256SUMS.txt"), encoding="utf-8") as fh:
        sums = fh.read()
    assert not any(h in sums for h in foreign)
