"""Checks of an issued batch that OGR and QGIS would otherwise pass over in silence.

OGR reads what it can: a truncated .dbf gives fewer features, a wrong .cpg gives mojibake, a folder opens as a
dataset with an arbitrary layer, a Real JCBH comes back as "…0001.0", coordinates of another zone land 300 km away.
Each of these would be stored for good, so the import refuses the batch and says what is wrong and what to do.
Nothing here writes; functions return translated problem texts or raise InputError.
"""
import math
import os
import struct

from osgeo import gdal, ogr
from qgis.PyQt.QtCore import QVariant
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsProject,
                       QgsRectangle)

from ...rules import fields as F
from ..errors import InputError
from ..i18n import tr
from .layers import dbf_text_bytes, declared_encoding, sidecar

# Where CGCS2000 data of a Chinese county can lie (lon/lat, degrees): mainland, Hainan and the South China Sea
# islands with a margin. Anything outside is a coordinate or CRS error, not a patch.
CHINA = QgsRectangle(73.0, 3.0, 136.0, 54.0)
# Vector files a folder may hold, to name them when a folder is given instead of one of them.
VECTOR_EXTENSIONS = (".shp", ".gpkg", ".geojson", ".json", ".kml", ".tab", ".mif", ".gdb", ".sqlite", ".dxf")
SHOWN = 5  # patches named per problem; more are counted


def _names(items):
    items = list(items)
    text = "、".join(str(i) for i in items[:SHOWN])
    return text + (tr(" 等 {} 个").format(len(items)) if len(items) > SHOWN else "")


# ----- the source: one layer of one complete dataset ------------------------------------------------------------
def check_source(source):
    """Refuse a folder, a dataset of several layers without a chosen layer, or a damaged shapefile.

    Returns the source to open: a path to a dataset with one spatial layer among plain tables (a GeoPackage with
    QGIS's layer_styles) is pointed at that layer, as OGR would otherwise open whichever comes first."""
    raw = source if isinstance(source, str) else (source.source() if source.providerType() == "ogr" else "")
    path = raw.split("|")[0]
    if not path or not os.path.exists(path):
        return source  # open_vector says the file is missing; memory and database layers have no file to check
    if os.path.isdir(path) and not path.lower().rstrip("/\\").endswith(".gdb"):
        raise InputError(_folder_message(path))
    if path.lower().endswith(".shp"):
        problems = shapefile_problems(path)
        if problems:
            raise InputError(tr("shapefile “{}”不完整或已损坏，未导入任何图斑：").format(path), problems)
        return source
    if "|layername=" in raw or "|layerid=" in raw:
        return source
    layers = _spatial_layer_names(path)
    if len(layers) > 1:
        raise InputError(tr("“{}”包含 {} 个图层：{}。请指定要导入的图层：在 QGIS 中加载该图层后在对话框中选择它，"
                            "或把输入写成“文件路径|layername=图层名”。").format(path, len(layers), "、".join(layers)))
    if len(layers) == 1 and isinstance(source, str):
        return path + "|layername=" + layers[0]
    return source


def _folder_message(path):
    found = sorted(n for n in os.listdir(path) if n.lower().endswith(VECTOR_EXTENSIONS))
    if not found:
        return tr("“{}”是一个文件夹，不是图层，其中也没有 .shp 或 .gpkg 文件。请选择下发的监测图斑文件（.shp 或 .gpkg）。"
                  ).format(path)
    return tr("“{}”是一个文件夹，不是图层；其中有：{}。请选择其中要导入的一个文件（如某个 .shp）作为输入。").format(
        path, "、".join(found))


def _spatial_layer_names(path):
    """Names of the layers with geometry (tables without geometry are no candidates for patches)."""
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError:  # GDAL raises or returns None depending on UseExceptions: open_vector reports either
        return []
    if ds is None:
        return []
    layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
    return [layer.GetName() for layer in layers if layer.GetGeomType() != ogr.wkbNone]


def shapefile_problems(shp):
    """Missing parts and disagreeing record counts of .shp/.shx/.dbf (OGR silently reads the shortest)."""
    name = os.path.basename(shp)
    dbf, shx = sidecar(shp, ".dbf"), sidecar(shp, ".shx")
    problems = []
    if dbf is None:
        problems.append(tr("缺少属性文件 {}：只有图形，没有 JCBH 等属性，无法导入。请把与 {} 同名的 .dbf 文件放在同一文件夹"
                           "（它随 .shp 一起下发），或向下发单位重新索取完整数据。").format(
            os.path.splitext(name)[0] + ".dbf", name))
    if shx is None:
        problems.append(tr("缺少索引文件 {}。请把与 {} 同名的 .shx 文件放在同一文件夹，或向下发单位重新索取完整数据。").format(
            os.path.splitext(name)[0] + ".shx", name))
    shapes = _shp_record_count(shp)
    if shapes is None:
        problems.append(tr("{} 不是有效的 shapefile（文件头损坏或文件为空，{} 字节）。请重新拷贝该文件或向下发单位重新索取。")
                        .format(name, os.path.getsize(shp)))
        return problems
    if shx is not None:
        problems += _shx_problems(name, shx, shapes)
    if dbf is not None:
        problems += _dbf_problems(name, dbf, shapes)
    return problems


def _shp_record_count(shp):
    """Number of complete records in a .shp, or None when it is not a shapefile (no 9994 magic number)."""
    size = os.path.getsize(shp)
    with open(shp, "rb") as fh:
        header = fh.read(100)
        if len(header) < 100 or struct.unpack(">i", header[:4])[0] != 9994:
            return None
        count, offset = 0, 100
        while offset + 8 <= size:
            fh.seek(offset)
            _number, words = struct.unpack(">ii", fh.read(8))
            offset += 8 + 2 * words
            if words < 0 or offset > size:
                break  # a cut-off last record is not a shape
            count += 1
    return count


def _shx_problems(name, shx, shapes):
    indexed = max(os.path.getsize(shx) - 100, 0) // 8
    if indexed == shapes:
        return []
    return [tr("图形文件 {} 有 {} 个图形，而索引 {} 记录了 {} 个：文件不完整或不是一起拷贝的。请重新拷贝完整的 "
               ".shp/.shx/.dbf。").format(name, shapes, os.path.basename(shx), indexed)]


def _dbf_problems(name, dbf, shapes):
    dbf_name = os.path.basename(dbf)
    with open(dbf, "rb") as fh:
        header = fh.read(32)
    if len(header) < 32:
        return [tr("属性文件 {} 已损坏（文件头不完整）。请重新拷贝或向下发单位重新索取。").format(dbf_name)]
    declared, hlen, rlen = struct.unpack("<IHH", header[4:12])
    present = max(os.path.getsize(dbf) - hlen, 0) // rlen if rlen else 0
    if present < declared:
        return [tr("属性文件 {} 被截断：文件头记录 {} 条，实际只有 {} 条完整记录（图形 {} 个）。导入会悄悄丢掉图斑。"
                   "请重新拷贝完整的 .dbf，或向下发单位重新索取。").format(dbf_name, declared, present, shapes)]
    if declared != shapes:
        return [tr("属性文件 {} 有 {} 条记录，而图形文件 {} 有 {} 个图形：属性与图形对不上，导入会丢失或错配图斑。"
                   "请确认 .dbf 与 .shp 是同一批次的文件并重新拷贝。").format(dbf_name, declared, name, shapes)]
    return []


# ----- encoding: a .cpg that contradicts the bytes ----------------------------------------------------------------
def cpg_problem(shp):
    """A .cpg whose declared encoding the DBF text bytes contradict, or None.

    We refuse rather than silently switching to the encoding the bytes suggest: GB18030 decodes almost any byte
    string, so a guess can still be wrong (e.g. a file merged from UTF-8 and GBK parts), and the technician fixes it
    in one step with the ENCODING parameter, which overrides the .cpg and is their explicit, reported choice.
    """
    cpg, declared = declared_encoding(shp)
    dbf = sidecar(shp, ".dbf")
    if cpg is None or dbf is None:
        return None
    data, _ldid = dbf_text_bytes(dbf)
    if declared in ("UTF-8", "UTF8") and not _decodes(data, "utf-8") and _decodes(data, "gb18030"):
        return tr("{} 声明属性编码为 UTF-8，但 .dbf 中的文字不是 UTF-8，而是 GBK/GB18030 编码：按 .cpg 读取会把中文变成乱码"
                  "并永久存入工作库。请在“属性编码”参数（ENCODING）中选择 GBK 后重新导入，或把 .cpg 文件内容改为 GBK"
                  "（或删除 .cpg）。").format(os.path.basename(cpg))
    if declared in ("GBK", "GB2312", "GB18030") and _looks_utf8_chinese(data):
        return tr("{} 声明属性编码为 {}，但 .dbf 中的文字是 UTF-8 编码：按 .cpg 读取会把中文变成乱码并永久存入工作库。"
                  "请在“属性编码”参数（ENCODING）中选择 UTF-8 后重新导入，或把 .cpg 文件内容改为 UTF-8。").format(
            os.path.basename(cpg), declared)
    return None


def _decodes(data, encoding):
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def _looks_utf8_chinese(data):
    # GBK text is seldom valid UTF-8, and never made of 3-byte sequences (CJK in UTF-8) throughout
    return _decodes(data, "utf-8") and any(ord(c) >= 0x800 for c in data.decode("utf-8"))


def replacement_problems(bad, encoding, how):
    """`bad`: field -> JCBHs whose text came back with U+FFFD (undecodable bytes)."""
    return [tr("字段 {} 的文字含无法识别的字符（乱码，U+FFFD），涉及图斑 {}：属性编码 {}（{}）与数据不符。请在“属性编码”"
               "参数（ENCODING）中选择正确的编码（中文数据通常为 GBK）后重新导入，或更正 .cpg 文件。").format(
        field, _names(jcbhs), encoding, how) for field, jcbhs in bad.items()]


# ----- JCBH must be text ------------------------------------------------------------------------------------------
def jcbh_type_problem(layer, own):
    """A numeric JCBH is refused, not converted: "4501990001.0" would never match a later batch, and a long number
    in a Real/Integer field may already have lost digits, which no conversion can bring back."""
    field = layer.fields().field(own)
    if field.type() == QVariant.String:
        return None
    return tr("图层“{}”的 JCBH（监测编号）字段是数值类型（{}）。监测编号必须是文本：数值会被存成“…0001.0”的样子，"
              "以后批次的编号就对不上了，长编号还可能已丢失末位。请向下发单位索取 JCBH 为文本字段的数据，或在 QGIS 中"
              "把该字段转换为文本字段 JCBH（核对编号无误后）再导入。").format(layer.name(), field.typeName())


# ----- coordinates that contradict the declared CRS ---------------------------------------------------------------
def location_problems(layer, jcbh_field):
    """Zone prefix of Gauss-Krüger X against the declared zone, then the data in lon/lat against China."""
    zone = _zone_problem(layer)
    if zone:
        return [zone]
    box = _lonlat_box(layer.crs(), layer.extent())
    if box is not None and CHINA.contains(box):
        return []
    stray = [f[jcbh_field] for f in layer.getFeatures() if not _inside_china(layer.crs(), f.geometry())]
    return [tr("图层“{}”的坐标范围 {}（{}）{}不在中国境内（经度 73°–136°E，纬度 3°–54°N）：坐标值或坐标系（CRS）有误。"
               "{}请核对数据坐标和 .prj 中的坐标系（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重新导入。").format(
        layer.name(), _extent_text(layer.extent()), layer.crs().authid(), _lonlat_text(layer.crs(), box),
        tr("超出范围的图斑：{}。").format(_names(stray)) if stray and len(stray) < layer.featureCount() else "")]


def _lonlat_text(crs, box):
    """What the extent is in lon/lat, for projected data (lon/lat data shows it already)."""
    if box is None:
        return tr("无法换算为经纬度，")
    return "" if crs.isGeographic() else tr("换算为经纬度后为 {}，").format(_extent_text(box))


def declared_zone(crs):
    """Zone number of a zone-prefixed transverse Mercator CRS (false easting zone*1e6 + 500 km), else None."""
    params = dict(p.lstrip("+").split("=", 1) for p in crs.toProj().split() if "=" in p)
    if params.get("proj") != "tmerc":
        return None
    try:
        false_easting = float(params.get("x_0", 0))
    except ValueError:
        return None
    zone, rest = divmod(false_easting - 500000.0, 1000000.0)
    return int(zone) if zone >= 1 and rest == 0 else None


def _zone_problem(layer):
    crs, extent = layer.crs(), layer.extent()
    zone = declared_zone(crs)
    if zone is None or not all(map(math.isfinite, (extent.xMinimum(), extent.xMaximum()))):
        return None
    prefixes = sorted({int(extent.xMinimum() // 1e6), int(extent.xMaximum() // 1e6)})
    if prefixes == [zone]:
        return None
    return tr("图层“{}”声明的坐标系是 {}（{}，第 {} 带，X 坐标应以 {} 开头），但数据的 X 坐标为 {:.0f}–{:.0f}，以 {} 开头："
              "坐标与坐标系不符，按声明导入会偏离实际位置数百公里。请在图层属性中把 CRS 改为 {} 后重新导入"
              "（.prj 文件可能拷错了）。").format(
        layer.name(), crs.authid(), crs.description(), zone, zone, extent.xMinimum(), extent.xMaximum(),
        "–".join(map(str, prefixes)), _zone_suggestion(crs, prefixes))


# CGCS2000 Gauss-Krüger families: (first zone-prefixed EPSG, first CM-form EPSG, first zone, last zone)
GK_FAMILIES = ((4513, 4534, 25, 45), (4491, 4502, 13, 23))  # 3-degree, 6-degree


def _zone_suggestion(crs, prefixes):
    """The CGCS2000 CRS the X coordinates belong to, when there is one: another zone, or the same zone without
    the zone number in front of X (CM form)."""
    authid, declared = crs.authid(), declared_zone(crs)
    code = int(authid[5:]) if authid.startswith("EPSG:") and authid[5:].isdigit() else 0
    for prefixed, cm_form, first, last in GK_FAMILIES:
        if not prefixed <= code <= prefixed + last - first or len(prefixes) != 1:
            continue
        if prefixes[0] == 0:
            return tr("EPSG:{}（第 {} 带，X 不带带号）").format(cm_form + declared - first, declared)
        if first <= prefixes[0] <= last:
            return tr("EPSG:{}（第 {} 带）").format(prefixed + prefixes[0] - first, prefixes[0])
    if len(prefixes) == 1 and prefixes[0] > 0:
        return tr("第 {} 带的投影坐标系").format(prefixes[0])
    return tr("数据实际所在带的投影坐标系")


def _lonlat_box(crs, rect):
    """The rectangle in CGCS2000 lon/lat, or None when it cannot be transformed (absurd coordinates)."""
    if rect.isNull() or not all(map(math.isfinite, (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(),
                                                    rect.yMaximum()))):
        return None
    if crs.isGeographic():
        return QgsRectangle(rect)
    xform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance())
    try:
        box = xform.transformBoundingBox(QgsRectangle(rect))
    except QgsCsException:
        return None
    values = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    return box if all(map(math.isfinite, values)) else None


def _inside_china(crs, geom):
    if geom is None or geom.isNull():
        return True  # reported per patch as "no geometry"
    box = _lonlat_box(crs, geom.boundingBox())
    return box is not None and CHINA.contains(box)


def _extent_text(extent):
    return "{:.3f}, {:.3f} – {:.3f}, {:.3f}".format(
        extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())


# ----- values against the package's field types -------------------------------------------------------------------
FIELD_TYPES = {f[0]: f[1] for f in F.PATCH_FIELDS}


def coerce(name, value):
    """(value as the package field holds it, reason it cannot be converted or None).

    Checked here, before the package exists, so a bad value refuses the batch instead of failing half-way."""
    ftype = FIELD_TYPES.get(name, "str")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if ftype == "str":
        if isinstance(value, float) and value.is_integer():
            return str(int(value)), None  # a code in a numeric field: "450199", never "450199.0"
        return str(value), None
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        number = None
    if number is None or not math.isfinite(number):
        return None, tr("不是数字")
    if ftype == "int":
        return (int(number), None) if number.is_integer() else (None, tr("不是整数"))
    return number, None


def value_problem(jcbh, name, value, reason):
    kind = tr("整数") if FIELD_TYPES.get(name) == "int" else tr("数字")
    return tr("图斑 {}：字段 {}（{}）的值“{}”{}，工作库中该字段只能存{}。请在下发数据中把它改为{}（或清空）后重新导入。").format(
        jcbh, name, F.ALIASES.get(name, name), value, reason, kind, kind)


def numeric_text_warning(name):
    return tr("字段 {}（{}）在源数据中是数值类型，已按文本导入（整数不带“.0”）。建议下发数据中该字段使用文本类型。").format(
        name, F.ALIASES.get(name, name))
