"""What a field photo says about itself: GPS position, viewing direction, time, orientation.

A small reader of the JPEG APP1 segments (EXIF TIFF structure and the XMP packet) so the plugin needs no imaging
library: only the few tags evidence needs are decoded. Pure Python, no QGIS.
"""
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

# TIFF field type -> (struct code, size in bytes)
_TYPES = {1: ("B", 1), 2: ("s", 1), 3: ("H", 2), 4: ("I", 4), 5: ("II", 8), 7: ("B", 1), 9: ("i", 4),
          10: ("ii", 8)}

# Drones (DJI and others following its XMP names) store the camera heading in XMP, not in EXIF.
_XMP_YAW = [re.compile(r'{}\s*=\s*"([-+]?\d+(?:\.\d+)?)"'.format(name)) for name in
            ("GimbalYawDegree", "CameraYaw", "FlightYawDegree")] + \
           [re.compile(r"<[\w-]*:?{0}>\s*([-+]?\d+(?:\.\d+)?)\s*</[\w-]*:?{0}>".format(name)) for name in
            ("GimbalYawDegree", "CameraYaw", "FlightYawDegree")]
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"


class PhotoReadError(Exception):
    """The file is not a readable JPEG (wrong format, truncated, corrupt EXIF structure)."""


class PhotoMeta:
    """Metadata of one photo. Angles in degrees from north, clockwise; time as 'YYYY-MM-DD HH:MM:SS'."""

    def __init__(self):
        self.lat = None
        self.lon = None
        self.azimuth = None
        self.azimuth_source = None  # 'exif-true', 'exif-magnetic' or 'xmp'
        self.taken_at = None
        self.orientation = 1
        self.notes = []

    @property
    def has_position(self):
        return self.lat is not None and self.lon is not None

    def __repr__(self):
        return "PhotoMeta(lat={}, lon={}, azimuth={}, taken_at={}, orientation={})".format(
            self.lat, self.lon, self.azimuth, self.taken_at, self.orientation)


def read_photo_meta(path):
    """PhotoMeta of a JPEG file; raises PhotoReadError when the file is not a readable JPEG."""
    exif_bytes, xmp_bytes = _app1_segments(path)
    meta = PhotoMeta()
    if exif_bytes is not None:
        _fill_from_exif(meta, exif_bytes)
    if meta.azimuth is None and xmp_bytes is not None:
        yaw = xmp_yaw(xmp_bytes)
        if yaw is not None:
            meta.azimuth, meta.azimuth_source = yaw, "xmp"
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
            return normalise_azimuth(match.group(1))
    return None


# ----- JPEG structure --------------------------------------------------------------------------------------------
def _app1_segments(path):
    """(EXIF TIFF bytes or None, XMP bytes or None) from the markers before the image data."""
    with open(path, "rb") as fh:
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

    def ifd(self, offset):
        """{tag: value} of the IFD at `offset`; values decoded for the types we use."""
        data, e = self.data, self.e
        if offset <= 0 or offset + 2 > len(data):
            return {}
        count = struct.unpack(e + "H", data[offset:offset + 2])[0]
        out = {}
        for i in range(count):
            pos = offset + 2 + 12 * i
            if pos + 12 > len(data):
                break  # a cut-off IFD: keep what was readable
            tag, ftype, n = struct.unpack(e + "HHI", data[pos:pos + 8])
            if ftype not in _TYPES:
                continue
            code, size = _TYPES[ftype]
            total = size * n
            if total <= 4:
                raw = data[pos + 8:pos + 8 + total]
            else:
                start = struct.unpack(e + "I", data[pos + 8:pos + 12])[0]
                raw = data[start:start + total]
                if len(raw) < total:
                    continue
            out[tag] = self._decode(ftype, code, size, n, raw)
        return out

    def _decode(self, ftype, code, size, n, raw):
        e = self.e
        if ftype == 2:
            return raw.split(b"\x00", 1)[0].decode("ascii", "replace").strip()
        if ftype in (5, 10):
            values = []
            for i in range(n):
                num, den = struct.unpack(e + code, raw[i * 8:i * 8 + 8])
                values.append(None if den == 0 else num / den)
            return values
        return list(struct.unpack(e + code * n, raw[:size * n]))


def _fill_from_exif(meta, data):
    tiff = _Tiff(data)
    ifd0 = tiff.ifd(tiff.first)
    orientation = _first(ifd0.get(TAG_ORIENTATION))
    if orientation in range(1, 9):
        meta.orientation = orientation
    exif_ifd = tiff.ifd(_first(ifd0.get(TAG_EXIF_IFD)) or 0)
    meta.taken_at = _exif_time(exif_ifd.get(TAG_DATETIME_ORIGINAL)) or _exif_time(ifd0.get(TAG_DATETIME))
    gps = tiff.ifd(_first(ifd0.get(TAG_GPS_IFD)) or 0)
    lat = _dms(gps.get(GPS_LAT), gps.get(GPS_LAT_REF), "S")
    lon = _dms(gps.get(GPS_LON), gps.get(GPS_LON_REF), "W")
    if lat is not None and lon is not None:
        if abs(lat) < 1e-9 and abs(lon) < 1e-9:
            meta.notes.append("GPS 0,0 (no fix)")  # cameras without a fix write zeros
        elif -90 <= lat <= 90 and -180 <= lon <= 180:
            meta.lat, meta.lon = lat, lon
        else:
            meta.notes.append("GPS out of range")
    direction = _first(gps.get(GPS_DIRECTION))
    if direction is not None:
        meta.azimuth = normalise_azimuth(direction)
        ref = (gps.get(GPS_DIRECTION_REF) or "T").upper()
        meta.azimuth_source = "exif-magnetic" if ref.startswith("M") else "exif-true"


def _first(value):
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _dms(values, ref, negative_ref):
    if not isinstance(values, list) or len(values) < 1 or any(v is None for v in values):
        return None
    deg = values[0] + (values[1] / 60.0 if len(values) > 1 else 0) + (values[2] / 3600.0 if len(values) > 2 else 0)
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
