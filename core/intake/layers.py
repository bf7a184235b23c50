"""Opening the county's vector data the way Chinese offices deliver it.

Shapefiles are usually GBK without a .cpg: we read the DBF text bytes and decide, so Chinese comes in right.
CRS: issued patches come in lon/lat (EPSG:4490), county layers in CGCS2000 Gauss-Krüger zones.
"""
import os
import struct

from qgis.PyQt.QtCore import QDate, QDateTime, QVariant
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer, QgsWkbTypes

from ..errors import InputError
from ..i18n import tr

# CGCS2000 3-degree Gauss-Krüger: zones 25..45 (CM 75E..135E); zone-prefixed EPSG:4513.., CM form EPSG:4534..
GK3_FIRST_ZONE = 25
GK3_LAST_ZONE = 45
GK3_PREFIXED_FIRST_EPSG = 4513
GK3_CM_FIRST_EPSG = 4534


def gk3_zone(lon):
    return int(round(lon / 3.0))


def gk3_crs_authid(lon, zone_prefixed=True):
    """EPSG id of the CGCS2000 3-degree GK zone holding longitude `lon`."""
    zone = gk3_zone(lon)
    if not GK3_FIRST_ZONE <= zone <= GK3_LAST_ZONE:
        raise InputError(tr("经度 {:.4f} 不在中国 CGCS2000 三度带范围内（75°E–135°E），请检查数据坐标。").format(lon))
    first = GK3_PREFIXED_FIRST_EPSG if zone_prefixed else GK3_CM_FIRST_EPSG
    return "EPSG:{}".format(first + zone - GK3_FIRST_ZONE)


# ----- encoding ---------------------------------------------------------------------------------------------------
# DBF language driver ids that announce a Chinese code page.
_LDID_ENCODINGS = {0x4D: "GBK", 0x7A: "GBK"}


def dbf_text_bytes(dbf_path, limit=2000):
    """Raw bytes of the character fields of the first `limit` records of a DBF."""
    with open(dbf_path, "rb") as fh:
        header = fh.read(32)
        if len(header) < 32:
            return b"", None
        nrec, hlen, rlen = struct.unpack("<IHH", header[4:12])
        ldid = header[29]
        descriptors = fh.read(hlen - 32)
        char_fields, offset = [], 1  # first byte of a record is the deletion flag
        for i in range(0, len(descriptors) - 31, 32):
            desc = descriptors[i:i + 32]
            if desc[0] == 0x0D:
                break
            ftype, flen = chr(desc[11]), desc[16]
            if ftype in "CM":
                char_fields.append((offset, flen))
            offset += flen
        fh.seek(hlen)
        chunks = []
        for _ in range(min(nrec, limit)):
            rec = fh.read(rlen)
            if len(rec) < rlen:
                break
            for start, length in char_fields:
                chunks.append(rec[start:start + length].rstrip(b" \x00"))
        return b"\n".join(chunks), ldid


def sidecar(shp_path, ext):
    """Path of the shapefile part with extension `ext` (either case), or None."""
    base = os.path.splitext(shp_path)[0]
    for candidate in (base + ext.lower(), base + ext.upper()):
        if os.path.exists(candidate):
            return candidate
    return None


def declared_encoding(shp_path):
    """(path of the .cpg, encoding it declares in our spelling) or (None, None) without a usable .cpg."""
    cpg = sidecar(shp_path, ".cpg")
    if cpg is None:
        return None, None
    with open(cpg, "rb") as fh:
        declared = fh.read().decode("ascii", "ignore").strip()
    if not declared:
        return None, None
    name = declared.upper().replace("CP936", "GBK").replace("936", "GBK")
    if name in ("65001", "UTF8"):
        name = "UTF-8"
    return cpg, name


def detect_shapefile_encoding(shp_path):
    """Encoding of a shapefile's attributes: .cpg if present, else the DBF bytes decide (UTF-8 or GBK).

    Returns (encoding, how) where `how` says what decided, for the report.
    """
    _cpg, declared = declared_encoding(shp_path)
    if declared:
        return declared, tr("按 .cpg 文件声明")
    dbf = sidecar(shp_path, ".dbf")
    if dbf is None:
        return "UTF-8", tr("无 .dbf 文件")
    data, ldid = dbf_text_bytes(dbf)
    if ldid in _LDID_ENCODINGS:
        return _LDID_ENCODINGS[ldid], tr("按 DBF 语言驱动标识")
    if not data or all(b < 0x80 for b in data):
        return "UTF-8", tr("属性仅含 ASCII 字符")
    try:
        data.decode("utf-8")
        return "UTF-8", tr("无 .cpg，按内容识别为 UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        data.decode("gb18030")
        return "GB18030", tr("无 .cpg，按内容识别为 GBK/GB18030")
    except UnicodeDecodeError:
        return "UTF-8", tr("无法识别编码，按 UTF-8 读取（可能有乱码，请用 ENCODING 参数指定）")


def source_path(layer):
    """File path behind an OGR layer, or None (memory layers, databases)."""
    if layer.providerType() != "ogr":
        return None
    path = layer.source().split("|")[0]
    return path if os.path.exists(path) else None


def _layer_title(source):
    """The name messages use: the chosen layer of a dataset ("x.gpkg|layername=一月"), else the file's name."""
    path, _sep, options = source.partition("|")
    for option in options.split("|"):
        if option.startswith("layername="):
            return option[len("layername="):]
    return os.path.splitext(os.path.basename(path.rstrip("/\\")))[0]


def open_vector(path_or_layer, encoding=None):
    """A QgsVectorLayer for a path or layer with the right attribute encoding.

    Returns (layer, encoding, how). A shapefile is (re)opened with the detected or given encoding.
    """
    if isinstance(path_or_layer, QgsVectorLayer):
        layer = path_or_layer
        path = source_path(layer)
    else:
        path = str(path_or_layer)
        if not os.path.exists(path.split("|")[0]):
            raise InputError(tr("文件不存在：{}").format(path))
        layer = QgsVectorLayer(path, _layer_title(path), "ogr")
        if not layer.isValid():
            raise InputError(tr("无法读取图层：{}。请确认文件完整（.shp/.shx/.dbf 齐全）且格式受支持。").format(path))
    how = tr("图层自身编码")
    if path and path.lower().endswith(".shp"):
        if encoding:
            how = tr("按参数指定")
        else:
            encoding, how = detect_shapefile_encoding(path)
        reopened = QgsVectorLayer(layer.source(), layer.name(), "ogr")
        reopened.setProviderEncoding(encoding)
        if layer.subsetString():
            reopened.setSubsetString(layer.subsetString())
        layer = reopened
    else:
        encoding = layer.dataProvider().encoding() or "UTF-8"
    return layer, encoding, how


# ----- CRS sanity -----------------------------------------------------------------------------------------------
def check_crs(layer, what):
    """Raise when the layer has no CRS, or when its coordinates contradict it (lon/lat vs projected)."""
    name = layer.name()
    crs = layer.crs()
    if not crs.isValid():
        raise InputError(tr("图层“{}”（{}）没有坐标参考系（缺少 .prj）。请在 QGIS 图层属性中设置正确的 CRS"
                            "（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重试。").format(name, what))
    extent = layer.extent()
    if extent.isNull() or extent.isEmpty() and layer.featureCount() == 0:
        return
    looks_geographic = (-180.5 <= extent.xMinimum() and extent.xMaximum() <= 180.5
                        and -90.5 <= extent.yMinimum() and extent.yMaximum() <= 90.5)
    if crs.isGeographic() and not looks_geographic:
        raise InputError(tr("图层“{}”声明为经纬度坐标（{}），但坐标值像投影坐标（范围 {}）。"
                            "请为其设置正确的投影坐标系（如 CGCS2000 三度带）。").format(
            name, crs.authid(), _extent_text(extent)))
    if not crs.isGeographic() and looks_geographic:
        raise InputError(tr("图层“{}”声明为投影坐标（{}），但坐标值像经纬度（范围 {}）。"
                            "请将其 CRS 设为 EPSG:4490（CGCS2000 经纬度）。").format(
            name, crs.authid(), _extent_text(extent)))


def _extent_text(extent):
    return "{:.3f}, {:.3f} – {:.3f}, {:.3f}".format(
        extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())


def center_longitude(layer):
    """Longitude of the layer's centre, for choosing the Gauss-Krüger zone."""
    from qgis.core import QgsCoordinateTransform, QgsProject
    crs4490 = QgsCoordinateReferenceSystem("EPSG:4490")
    extent = layer.extent()
    if not layer.crs().isGeographic():
        xform = QgsCoordinateTransform(layer.crs(), crs4490, QgsProject.instance())
        extent = xform.transformBoundingBox(QgsRectangle(extent))
    return extent.center().x()


def polygon_parts(geom):
    """Only the polygon parts of a QgsGeometry (makeValid may add lines and points); an empty geometry if none."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return geom
    parts = [p for p in geom.asGeometryCollection() if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
    if not parts:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(parts) if len(parts) > 1 else parts[0]


def plain(value):
    """A QGIS attribute as a plain Python value: NULL → None, QDateTime → 'yyyy-MM-dd HH:mm:ss', QDate →
    'yyyy-MM-dd' (invalid ones → None); anything else as it is. The one converter for every reader."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-dd HH:mm:ss") if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value


def qgs_field(name, kind, length=0):
    """A QgsField of kind "str", "int" or "real": the one place that knows how QGIS names field types (QVariant
    types up to 3.36, QMetaType types from 3.38 — the only ones Qt6/QGIS 4 has)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType
        types = {"str": QMetaType.Type.QString, "int": QMetaType.Type.Int, "real": QMetaType.Type.Double}
    else:
        types = {"str": QVariant.String, "int": QVariant.Int, "real": QVariant.Double}
    return QgsField(name, types[kind], len=length if kind == "str" else 0)

