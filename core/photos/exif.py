"""What a field photo says about itself: GPS position, viewing direction, time, orientation.

Pillow decodes the EXIF block (Image.Exif, get_ifd for the Exif and GPS IFDs). What it does not give is done here:
finding the EXIF and XMP segments before the image data (skipping stray bytes between segments as image viewers do,
see _app1_segments), the drone heading and the XMP creation time from the XMP packet, and the judgment of each
value (a tag of the wrong type, a zero denominator, a zeroed date is no value).
QGIS's own QgsExifTools (3.22) was the other candidate; it was left aside because it reads by path only (the linker
reads the file it opened and proved to be a regular file, and a path can be swapped for a FIFO in between), gives no
XMP, answers a broken file and a file without EXIF alike with an empty map, and returned nothing at all for JPEGs
with a stray byte before a marker.

Photos come from phones, drones and unzipped archives of unknown origin. The reader raises nothing but
PhotoReadError, and only for a file that is not a usable JPEG (another format, empty, cut off before its image data,
broken marker structure): a photo whose EXIF block is damaged is still a photo, read with what could be read and
`exif_problem` saying what was wrong. Pillow never follows an IFD's "next IFD" link here (only IFD0, Exif and GPS are
read, once each), so the work is bounded by the size of the EXIF block.
"""
import datetime
import math
import re
import warnings

try:
    from PIL import Image as _PilImage
except ImportError:  # part of QGIS's Windows, macOS and Debian installs; said per photo if missing
    _PilImage = None

# TIFF tag ids (EXIF 2.3 / TIFF 6.0).
TAG_ORIENTATION = 0x0112
TAG_DATETIME = 0x0132
TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
TAG_DATETIME_ORIGINAL = 0x9003
TAG_DATETIME_DIGITIZED = 0x9004  # exiftool's CreateDate
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON = 1, 2, 3, 4
GPS_DIRECTION_REF, GPS_DIRECTION = 16, 17
_IFD0_TAGS = (TAG_ORIENTATION, TAG_DATETIME, TAG_EXIF_IFD, TAG_GPS_IFD)  # only these are decoded

# GPS problems a technician must hear about instead of "no GPS"
GPS_NO_FIX = "zero"      # 0,0: the camera had no fix
GPS_OUT_OF_RANGE = "range"  # latitude beyond ±90 or longitude beyond ±180
GPS_INVALID = "invalid"  # GPS position tags present but unreadable (wrong type, zero denominator, cut off)

# Where the shooting time came from (PhotoMeta.time_source)
TIME_ORIGINAL = "DateTimeOriginal"
TIME_CREATED = "CreateDate"        # EXIF DateTimeDigitized, or XMP xmp:CreateDate
TIME_MODIFIED = "DateTime"         # IFD0 DateTime: when the file was last written, often an edit

# Why a file is not a usable JPEG (PhotoReadError.reason)
NOT_JPEG = "not_jpeg"    # another format (detail: its name) or unknown content
EMPTY = "empty"
TRUNCATED = "truncated"  # ends inside the headers or before the image data
BROKEN = "broken"        # the JPEG marker structure cannot be followed
NO_PILLOW = "no_pillow"  # the photo has EXIF but Pillow, which decodes it, is not installed

# Drones (DJI and others following its XMP names) store the camera heading in XMP, not in EXIF.
_XMP_YAW = [re.compile(r'{}\s*=\s*"([-+]?\d+(?:\.\d+)?)"'.format(name)) for name in
            ("GimbalYawDegree", "CameraYaw", "FlightYawDegree")] + \
           [re.compile(r"<[\w-]*:?{0}>\s*([-+]?\d+(?:\.\d+)?)\s*</[\w-]*:?{0}>".format(name)) for name in
            ("GimbalYawDegree", "CameraYaw", "FlightYawDegree")]
_XMP_CREATE_DATE = [re.compile(r'xmp:CreateDate\s*=\s*"([^"<]{0,40})"'),
                    re.compile(r"<xmp:CreateDate>\s*([^<]{0,40}?)\s*</xmp:CreateDate>")]
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_TIME = re.compile(r"^\s*(\d{4})[:\-/](\d\d)[:\-/](\d\d)[ T](\d\d):(\d\d):(\d\d)")

# Formats that arrive with a .jpg name (a phone's HEIC renamed, a screenshot): named in the error.
_SIGNATURES = [(b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF8", "GIF"), (b"BM", "BMP"), (b"II*\x00", "TIFF"),
               (b"MM\x00*", "TIFF"), (b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP")]
_HEIF_BRANDS = {b"heic": "HEIC", b"heix": "HEIC", b"hevc": "HEIC", b"hevx": "HEIC", b"heim": "HEIC",
                b"heis": "HEIC", b"mif1": "HEIF", b"msf1": "HEIF", b"avif": "AVIF", b"avis": "AVIF"}


class PhotoReadError(Exception):
    """The file is not a usable JPEG. `reason`: NOT_JPEG, EMPTY, TRUNCATED or BROKEN; `detail`: the format found
    (for NOT_JPEG) or what is wrong. str() is an English sentence for logs."""

    def __init__(self, message, reason=BROKEN, detail=None):
        super().__init__(message)
        self.reason = reason
        self.detail = detail


class PhotoMeta:
    """Metadata of one photo. Angles in degrees from north, clockwise; time as 'YYYY-MM-DD HH:MM:SS'.
    gps_problem: None, GPS_NO_FIX, GPS_OUT_OF_RANGE or GPS_INVALID; gps_raw: the (lat, lon) that was refused.
    has_exif: the file holds an EXIF block; exif_problem: None, or why (part of) it could not be read.
    time_source: TIME_ORIGINAL, TIME_CREATED, TIME_MODIFIED or None (no usable time)."""

    def __init__(self):
        self.lat = None
        self.lon = None
        self.azimuth = None
        self.azimuth_source = None  # 'exif-true', 'exif-magnetic' or 'xmp'
        self.taken_at = None
        self.time_source = None
        self.orientation = 1
        self.gps_problem = None
        self.gps_raw = None
        self.has_exif = False
        self.exif_problem = None

    @property
    def has_position(self):
        return self.lat is not None and self.lon is not None

    def __repr__(self):
        return "PhotoMeta(lat={}, lon={}, azimuth={}, taken_at={} ({}), orientation={}, exif_problem={})".format(
            self.lat, self.lon, self.azimuth, self.taken_at, self.time_source, self.orientation, self.exif_problem)


def read_photo_meta(source):
    """PhotoMeta of a JPEG file (a path, or a binary seekable file object positioned at its start); raises
    PhotoReadError when the file is not a usable JPEG, and nothing else."""
    if hasattr(source, "read"):
        return _read_meta(source)
    try:
        with open(source, "rb") as fh:
            return _read_meta(fh)
    except OSError as exc:
        raise PhotoReadError("cannot read the file ({})".format(exc.strerror or exc), BROKEN, str(exc))


def file_format(head):
    """Name of the format whose signature starts `head` (bytes), 'JPEG', or None when unknown."""
    if head.startswith(b"\xff\xd8"):  # SOI; libjpeg accepts stray bytes before the next marker
        return "JPEG"
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:8] == b"ftyp":
        return _HEIF_BRANDS.get(head[8:12], "MP4/MOV" if head[8:10] in (b"qt", b"is", b"mp") else None)
    return None


def _read_meta(fh):
    start = fh.tell()
    head = fh.read(16)
    kind = file_format(head)
    if not head:
        raise PhotoReadError("empty file", EMPTY)
    if kind != "JPEG":
        raise PhotoReadError("not a JPEG file ({})".format(kind or "unknown content"), NOT_JPEG, kind)
    fh.seek(start + 2)
    exif_raw, xmp = _app1_segments(fh)
    meta = PhotoMeta()
    if exif_raw is not None:
        meta.has_exif = True
        _fill_from_exif(meta, exif_raw)
    if xmp is not None:
        if meta.azimuth is None:
            yaw = xmp_yaw(xmp)
            if yaw is not None:
                meta.azimuth, meta.azimuth_source = yaw, "xmp"
        if meta.time_source in (None, TIME_MODIFIED):  # the XMP creation time beats the edit time
            created = xmp_create_date(xmp)
            if created is not None:
                meta.taken_at, meta.time_source = created, TIME_CREATED
    return meta


# ----- JPEG structure --------------------------------------------------------------------------------------------
def _app1_segments(fh):
    """(EXIF block or None, XMP packet or None) from the segments before the image data, `fh` just past SOI.

    The segments are walked here and not by Pillow's JpegImageFile: that one computes the DPI from the EXIF block
    while opening, and Pillow 9.4 (Debian 12, and the QGIS 3.22 era on Windows) then refuses a JPEG whose EXIF
    block is cut short, which every viewer shows. Bytes between segments that are not a marker are skipped, as
    libjpeg does ("extraneous bytes before marker"). Every step reads at least one byte, so any file ends the loop.
    """
    exif = xmp = None
    while True:
        code = _next_marker(fh)
        if code == 0xD9:
            raise PhotoReadError("no image data (end of image before the start of scan)", BROKEN, "EOI")
        if code == 0xDA:  # start of scan: the metadata is behind us; a copy cut off here has no picture
            raw_len = fh.read(2)
            header = max(int.from_bytes(raw_len, "big") - 2, 0) if len(raw_len) == 2 else 0
            if len(raw_len) < 2 or len(fh.read(header)) < header or len(fh.read(2)) < 2:
                raise PhotoReadError("image data missing (file truncated after its headers)", TRUNCATED)
            return exif, xmp
        if 0xD0 <= code <= 0xD7 or code in (0x01, 0x00):
            continue  # markers without a length (0x00: a stuffed byte outside the scan)
        raw_len = fh.read(2)
        if len(raw_len) < 2:
            raise PhotoReadError("file ends inside the JPEG headers", TRUNCATED)
        length = int.from_bytes(raw_len, "big")
        if length < 2:
            raise PhotoReadError("invalid JPEG segment length {}".format(length), BROKEN, "length")
        payload = fh.read(length - 2)
        if len(payload) < length - 2:
            raise PhotoReadError("file ends inside a JPEG segment", TRUNCATED)
        if code == 0xE1:
            if payload.startswith(b"Exif\x00") and exif is None:
                exif = payload[6:]
            elif payload.startswith(_XMP_HEADER) and xmp is None:
                xmp = payload[len(_XMP_HEADER):]


def _next_marker(fh):
    """The code of the next marker: bytes before its 0xFF are skipped, fill bytes (0xFF 0xFF) too."""
    byte = fh.read(1)
    while byte and byte != b"\xff":
        byte = fh.read(1)
    while byte == b"\xff":
        byte = fh.read(1)
    if not byte:
        raise PhotoReadError("file ends before the image data", TRUNCATED)
    return byte[0]


def normalise_azimuth(value):
    """Degrees into [0, 360): drones report yaw in -180..180."""
    value = float(value) % 360.0
    return 0.0 if abs(value - 360.0) < 1e-9 else value


def xmp_yaw(xmp):
    """Camera heading from an XMP packet (bytes or text), or None."""
    text = xmp.decode("utf-8", "replace") if isinstance(xmp, bytes) else xmp
    for pattern in _XMP_YAW:
        match = pattern.search(text)
        if match:
            value = float(match.group(1))
            return normalise_azimuth(value) if math.isfinite(value) else None  # 400 digits parse as inf
    return None


def xmp_create_date(xmp):
    """xmp:CreateDate of an XMP packet as 'YYYY-MM-DD HH:MM:SS' (local time as written, zone left out), or None."""
    text = xmp.decode("utf-8", "replace") if isinstance(xmp, bytes) else xmp
    for pattern in _XMP_CREATE_DATE:
        match = pattern.search(text)
        if match:
            return exif_time(match.group(1))
    return None


def exif_time(value):
    """'2022:03:15 10:20:00' (or with - / T) -> '2022-03-15 10:20:00'; None for anything that is not a real moment
    (empty, '0000:00:00 00:00:00', month 13, not text)."""
    if not isinstance(value, str):
        return None
    match = _TIME.match(value)
    if not match:
        return None
    try:
        moment = datetime.datetime(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment.year >= 1900 else None


# ----- EXIF through Pillow ---------------------------------------------------------------------------------------
def _load_ifd(load):
    """(dict, problem) of one IFD read by `load` (a Pillow call): problem is Pillow's first warning or error (a tag
    pointing outside the block, an IFD cut off), the dict what it could read before that."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            values = load()
        except Exception as exc:  # noqa: BLE001 — a damaged block must leave the photo readable
            return {}, "{}: {}".format(type(exc).__name__, exc)
    problem = str(caught[0].message) if caught else None
    return (dict(values) if isinstance(values, dict) else {}), problem


def _fill_from_exif(meta, raw):
    if _PilImage is None:
        raise PhotoReadError("the Python library Pillow (PIL), which reads EXIF, is not installed", NO_PILLOW)
    exif = _PilImage.Exif()
    ifd0, problem = _load_ifd(lambda: exif.load(raw) or {t: exif[t] for t in _IFD0_TAGS if t in exif})
    problems = [problem] if problem else []
    orientation = ifd0.get(TAG_ORIENTATION)
    if type(orientation) is int and 1 <= orientation <= 8:  # noqa: E721 — a bool or a rational is no orientation
        meta.orientation = orientation
    exif_ifd, problem = _load_ifd(lambda: exif.get_ifd(TAG_EXIF_IFD)) if TAG_EXIF_IFD in ifd0 else ({}, None)
    problems += [problem] if problem else []
    for value, source in ((exif_ifd.get(TAG_DATETIME_ORIGINAL), TIME_ORIGINAL),
                          (exif_ifd.get(TAG_DATETIME_DIGITIZED), TIME_CREATED), (ifd0.get(TAG_DATETIME), TIME_MODIFIED)):
        found = exif_time(value)
        if found:
            meta.taken_at, meta.time_source = found, source
            break
    gps, problem = ({}, None)
    if TAG_GPS_IFD in ifd0:
        gps, problem = _load_ifd(lambda: exif.get_ifd(TAG_GPS_IFD))
        problems += [problem] if problem else []
        if problem and not _position_tags(gps):
            meta.gps_problem = GPS_INVALID  # the camera wrote GPS, but it cannot be read
    _fill_position(meta, gps)
    direction = _number(gps.get(GPS_DIRECTION))
    if direction is not None:
        meta.azimuth = normalise_azimuth(direction)
        ref = gps.get(GPS_DIRECTION_REF)
        magnetic = isinstance(ref, str) and ref.strip().upper().startswith("M")
        meta.azimuth_source = "exif-magnetic" if magnetic else "exif-true"
    if problems:
        meta.exif_problem = problems[0]


def _position_tags(gps):
    return GPS_LAT in gps and GPS_LON in gps


def _fill_position(meta, gps):
    lat = _dms(gps.get(GPS_LAT), gps.get(GPS_LAT_REF), "S")
    lon = _dms(gps.get(GPS_LON), gps.get(GPS_LON_REF), "W")
    if lat is None or lon is None:
        if GPS_LAT in gps or GPS_LON in gps:
            meta.gps_problem = GPS_INVALID
        return
    if abs(lat) < 1e-9 and abs(lon) < 1e-9:
        meta.gps_problem = GPS_NO_FIX  # cameras without a fix write zeros
    elif -90 <= lat <= 90 and -180 <= lon <= 180:
        meta.lat, meta.lon = lat, lon
    else:
        meta.gps_problem, meta.gps_raw = GPS_OUT_OF_RANGE, (lat, lon)


def _real(value):
    """A finite float of an int or a rational (Pillow's IFDRational), else None (text, bytes, bool, NaN of x/0)."""
    if isinstance(value, bool) or isinstance(value, (str, bytes)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _number(value):
    """The number a single-valued numeric tag holds (or the first of several), else None."""
    if isinstance(value, tuple):
        value = value[0] if value else None
    return _real(value)


def _dms(values, ref, negative_ref):
    """Degrees from 1 to 3 numbers (degrees, minutes, seconds); None when they are not all numbers."""
    if not isinstance(values, tuple):
        values = (values,)
    numbers = [_real(v) for v in values]
    if not 1 <= len(numbers) <= 3 or any(n is None for n in numbers):
        return None
    deg = sum(n / 60.0 ** i for i, n in enumerate(numbers))
    if isinstance(ref, str) and ref.strip().upper().startswith(negative_ref):
        deg = -deg
    return deg
