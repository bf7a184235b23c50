"""What a field photo says about itself: GPS position, viewing direction, time, orientation.

A small reader of the JPEG APP1 segments (EXIF TIFF structure and the XMP packet) so the plugin needs no imaging
library: only the few tags evidence needs are decoded. Pure Python, no QGIS.

Photos come from phones, drones and unzipped archives of unknown origin, so every value is checked before it is
used: a tag of the wrong type or count, an offset outside the block or a zero denominator leaves that tag out.
The reader raises nothing but PhotoReadError, and its work is bounded by the file size: it never follows an IFD's
"next IFD" link, and reads each of the three IFDs it needs (IFD0, EXIF, GPS) once.
"""
import math
import re
import struct

# TIFF tag ids (EXIF 2.3 / TIFF 6.0).
TAG_ORIENTATION = 0x0112
TAG_DATETIME = 0x0132
TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
TAG_DATETIME_ORIGINAL = 0x9003
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON = 1, 2, 3, 4
GPS_DIRECTION_REF, GPS_DIRECTION = 16, 17
_IFD0_TAGS = (TAG_ORIENTATION, TAG_DATETIME, TAG_EXIF_IFD, TAG_GPS_IFD)
_EXIF_TAGS = (TAG_DATETIME_ORIGINAL,)
_GPS_TAGS = (GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON, GPS_DIRECTION_REF, GPS_DIRECTION)

# TIFF field type -> (struct code, size in bytes); 13 is an IFD offset (TIFF-EP), read like LONG.
_TYPES = {1: ("B", 1), 2: ("s", 1), 3: ("H", 2), 4: ("I", 4), 5: ("II", 8), 7: ("B", 1), 9: ("i", 4),
          10: ("ii", 8), 13: ("I", 4)}
_INTEGER_TYPES = (1, 3, 4, 9, 13)
_MAX_VALUES = 64  # no tag we read holds more (a date is 20 characters): larger counts are not ours to decode

# GPS problems a technician must hear about instead of "no GPS"
GPS_NO_FIX = "zero"      # 0,0: the camera had no fix
GPS_OUT_OF_RANGE = "range"  # latitude beyond ±90 or longitude beyond ±180
GPS_INVALID = "invalid"  # GPS position tags present but unreadable (wrong type, zero denominator, cut off)

# Drones (DJI and others following its XMP names) store the camera heading in XMP, not in EXIF.
_XMP_YAW = [re.compile(r'{}\s*=\s*"([-+]?\d+(?:\.\d+)?)"'.format(name)) for name in
            ("GimbalYawDegree", "CameraYaw", "FlightYawDegree")] + \
           [re.compile(r"<[\w-]*:?{0}>\s*([-+]?\d+(?:\.\d+)?)\s*</[\w-]*:?{0}>".format(name)) for name in
            ("GimbalYawDegree", "CameraYaw", "FlightYawDegree")]
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"


class PhotoReadError(Exception):
    """The file is not a readable JPEG (wrong format, truncated, corrupt EXIF structure)."""


class _Invalid:
    """Marks a tag that is present but could not be decoded (so 'broken GPS' differs from 'no GPS')."""

    def __repr__(self):
        return "INVALID"


INVALID = _Invalid()


class PhotoMeta:
    """Metadata of one photo. Angles in degrees from north, clockwise; time as 'YYYY-MM-DD HH:MM:SS'.
    gps_problem: None, GPS_NO_FIX, GPS_OUT_OF_RANGE or GPS_INVALID; gps_raw: the (lat, lon) that was refused."""

    def __init__(self):
        self.lat = None
        self.lon = None
        self.azimuth = None
        self.azimuth_source = None  # 'exif-true', 'exif-magnetic' or 'xmp'
        self.taken_at = None
        self.orientation = 1
        self.gps_problem = None
        self.gps_raw = None

    @property
    def has_position(self):
        return self.lat is not None and self.lon is not None

    def __repr__(self):
        return "PhotoMeta(lat={}, lon={}, azimuth={}, taken_at={}, orientation={})".format(
            self.lat, self.lon, self.azimuth, self.taken_at, self.orientation)


def read_photo_meta(source):
    """PhotoMeta of a JPEG file (a path, or a binary file object positioned at its start); raises PhotoReadError
    when the file is not a readable JPEG."""
    if hasattr(source, "read"):
        return _read_meta(source)
    with open(source, "rb") as fh:
        return _read_meta(fh)


def _read_meta(fh):
    exif_bytes, xmp_bytes = _app1_segments(fh)
    meta = PhotoMeta()
    try:
        if exif_bytes is not None:
            _fill_from_exif(meta, exif_bytes)
        if meta.azimuth is None and xmp_bytes is not None:
            yaw = xmp_yaw(xmp_bytes)
            if yaw is not None:
                meta.azimuth, meta.azimuth_source = yaw, "xmp"
    except (struct.error, ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
        # safety net only: every value is checked above, but a photo must never stop a whole folder
        raise PhotoReadError("unexpected EXIF structure ({}: {})".format(type(exc).__name__, exc))
    return meta


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


# ----- JPEG structure --------------------------------------------------------------------------------------------
def _app1_segments(fh):
    """(EXIF TIFF bytes or None, XMP bytes or None) from the markers before the image data. Every step reads at
    least one byte, so a file of any content ends the loop."""
    data = fh.read(2)
    if data != b"\xff\xd8":
        raise PhotoReadError("not a JPEG file (no SOI marker)")
    exif = xmp = None
    while True:
        marker = fh.read(2)
        if len(marker) < 2:
            raise PhotoReadError("file ends before the image data")
        if marker[0] != 0xFF:
            raise PhotoReadError("broken marker structure at byte {}".format(fh.tell() - 2))
        code = marker[1]
        while code == 0xFF:  # fill bytes
            code = _read_byte(fh)
        if code in (0xD9, 0xDA):  # EOI or start of scan: no more metadata
            if code == 0xD9:
                raise PhotoReadError("no image data")
            _check_has_image_data(fh)
            return exif, xmp
        if 0xD0 <= code <= 0xD7 or code == 0x01:
            continue  # markers without length
        raw_len = fh.read(2)
        if len(raw_len) < 2:
            raise PhotoReadError("file ends inside a marker")
        length = struct.unpack(">H", raw_len)[0]
        if length < 2:
            raise PhotoReadError("invalid segment length")
        payload = fh.read(length - 2)
        if len(payload) < length - 2:
            raise PhotoReadError("file ends inside a segment")
        if code == 0xE1:
            if payload.startswith(b"Exif\x00\x00") and exif is None:
                exif = payload[6:]
            elif payload.startswith(_XMP_HEADER) and xmp is None:
                xmp = payload[len(_XMP_HEADER):]


def _read_byte(fh):
    b = fh.read(1)
    if not b:
        raise PhotoReadError("file ends inside a marker")
    return b[0]


def _check_has_image_data(fh):
    """A truncated upload keeps its headers but loses the picture: at least some scan bytes must follow."""
    rest = fh.read(64)
    if len(rest) < 16:
        raise PhotoReadError("image data missing (file truncated)")


# ----- TIFF / EXIF -----------------------------------------------------------------------------------------------
class _Tiff:
    def __init__(self, data):
        if len(data) < 8:
            raise PhotoReadError("EXIF block too short")
        order = data[:2]
        if order == b"II":
            self.e = "<"
        elif order == b"MM":
            self.e = ">"
        else:
            raise PhotoReadError("EXIF block has no byte order mark")
        if struct.unpack(self.e + "H", data[2:4])[0] != 42:
            raise PhotoReadError("EXIF block is not TIFF")
        self.data = data
        self.first = struct.unpack(self.e + "I", data[4:8])[0]

    def ifd(self, offset, wanted):
        """{tag: value} of the `wanted` tags in the IFD at `offset`: decoded values, or INVALID for a tag whose
        type, count or data location cannot be right. None when the offset is not one inside the block."""
        data, e = self.data, self.e
        if not isinstance(offset, int) or offset < 8 or offset + 2 > len(data):
            return None
        count = struct.unpack(e + "H", data[offset:offset + 2])[0]
        count = min(count, (len(data) - offset - 2) // 12)  # a cut-off IFD: keep what was readable
        out = {}
        for i in range(count):
            pos = offset + 2 + 12 * i
            tag, ftype, n = struct.unpack(e + "HHI", data[pos:pos + 8])
            if tag in wanted and tag not in out:
                out[tag] = self._value(ftype, n, data[pos + 8:pos + 12])
        return out

    def _value(self, ftype, n, field):
        """The decoded value of one entry whose 4-byte value field is `field`; INVALID when it cannot be read."""
        if ftype not in _TYPES or n > _MAX_VALUES:
            return INVALID
        code, size = _TYPES[ftype]
        total = size * n
        if total <= 4:
            raw = field[:total]
        else:
            start = struct.unpack(self.e + "I", field)[0]
            raw = self.data[start:start + total]
            if len(raw) < total:
                return INVALID
        return self._decode(ftype, code, n, raw)

    def _decode(self, ftype, code, n, raw):
        e = self.e
        if ftype == 2:
            return raw.split(b"\x00", 1)[0].decode("ascii", "replace").strip()
        if ftype in (5, 10):
            pairs = [struct.unpack(e + code, raw[i * 8:i * 8 + 8]) for i in range(n)]
            return [num / den if den else None for num, den in pairs]  # a zero denominator is no value
        return list(struct.unpack(e + code[0] * n, raw))


def _fill_from_exif(meta, data):
    tiff = _Tiff(data)
    ifd0 = tiff.ifd(tiff.first, _IFD0_TAGS) or {}
    orientation = _integer(ifd0.get(TAG_ORIENTATION))
    if orientation in range(1, 9):
        meta.orientation = orientation
    exif_ifd = tiff.ifd(_integer(ifd0.get(TAG_EXIF_IFD)), _EXIF_TAGS) or {}
    meta.taken_at = _exif_time(exif_ifd.get(TAG_DATETIME_ORIGINAL)) or _exif_time(ifd0.get(TAG_DATETIME))
    gps = tiff.ifd(_integer(ifd0.get(TAG_GPS_IFD)), _GPS_TAGS)
    if gps is None:
        if TAG_GPS_IFD in ifd0:  # the camera wrote GPS, but where it points is not inside the block
            meta.gps_problem = GPS_INVALID
        gps = {}
    _fill_position(meta, gps)
    direction = _number(gps.get(GPS_DIRECTION))
    if direction is not None:
        meta.azimuth = normalise_azimuth(direction)
        ref = gps.get(GPS_DIRECTION_REF)
        magnetic = isinstance(ref, str) and ref.upper().startswith("M")
        meta.azimuth_source = "exif-magnetic" if magnetic else "exif-true"


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


def _integer(value):
    """The single integer a pointer or orientation tag holds, else None (text, rationals and INVALID are not)."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], int):
        return value[0]
    return None


def _number(value):
    """The first number of a numeric tag, else None."""
    if isinstance(value, list) and value and isinstance(value[0], (int, float)) and math.isfinite(value[0]):
        return value[0]
    return None


def _dms(values, ref, negative_ref):
    """Degrees from 1 to 3 numbers (degrees, minutes, seconds); None when they are not numbers."""
    if not isinstance(values, list) or not 1 <= len(values) <= 3 or \
            not all(isinstance(v, (int, float)) for v in values):
        return None
    deg = sum(v / 60.0 ** i for i, v in enumerate(values))
    if isinstance(ref, str) and ref.upper().startswith(negative_ref):
        deg = -deg
    return deg


def _exif_time(value):
    """'2022:03:15 10:20:00' -> '2022-03-15 10:20:00'; None for empty or placeholder times."""
    if not isinstance(value, str):
        return None
    match = re.match(r"^\s*(\d{4})[:\-/](\d\d)[:\-/](\d\d)[ T](\d\d):(\d\d):(\d\d)", value)
    if not match or match.group(1) == "0000":
        return None
    return "{}-{}-{} {}:{}:{}".format(*match.groups())
