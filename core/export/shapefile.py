"""Writing the export shapefile: fields as the profile says, the profile's encoding, a .prj and a .cpg.

QGIS sets GDAL's SHAPE_ENCODING to "" for the whole process (no recoding), so the encoding is set explicitly around
the write and the result is read back to prove the text survived.
"""
import os
from contextlib import contextmanager

from osgeo import gdal, ogr, osr

from ..errors import WpzfError
from ..progress import canceled, check_canceled
from ..i18n import tr
from ..outfiles import disk_full, low_space, write_error
from ..store import ogr_io

_OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal, "date": ogr.OFTDate}
_GDAL_ENCODING = {"GBK": "CP936", "UTF-8": "UTF-8"}
_CPG_TEXT = {"GBK": "GBK", "UTF-8": "UTF-8"}
# DBF language driver id: 0x4D announces code page 936 to readers that ignore .cpg (older ArcGIS).
_LDID = {"GBK": 0x4D}
SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


@contextmanager
def shape_encoding(encoding):
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", encoding)
    try:
        yield
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)


def srs_from(authid):
    srs = osr.SpatialReference()
    if srs.SetFromUserInput(authid) != 0:
        raise WpzfError(tr("无法识别坐标系 {}。").format(authid))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def write_shapefile(path, profile, records, source_crs, feedback=None):
    """Write `records` (dicts: field name -> converted value, plus '_wkb' in `source_crs`) to `path` (.shp).

    Returns the list of files written. Raises WpzfError if the file read back differs from what was written, or
    naming the file and what to do when it cannot be written (full disk, unwritable folder).
    """
    try:
        return _write(path, profile, records, source_crs, feedback)
    except (RuntimeError, OSError) as exc:  # ogr_io raises RuntimeError for a write OGR refused
        raise write_error(path, exc) from exc
    except WpzfError as exc:
        if low_space(path):  # GDAL may drop records silently on a full disk: the read-back is what notices
            raise disk_full(path) from exc
        raise


def _write(path, profile, records, source_crs, feedback):
    encoding = profile["encoding"]
    target_crs = profile.get("crs") or source_crs
    src_srs, dst_srs = srs_from(source_crs), srs_from(target_crs)
    transform = None if src_srs.IsSame(dst_srs) else osr.CoordinateTransformation(src_srs, dst_srs)
    with shape_encoding(_GDAL_ENCODING[encoding]):
        driver = ogr.GetDriverByName("ESRI Shapefile")
        gdal.ErrorReset()
        ds = driver.CreateDataSource(path)
        if ds is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or path)
        layer = ogr_io.new_layer(ds, os.path.splitext(os.path.basename(path))[0], dst_srs, ogr.wkbPolygon,
                                 ["ENCODING=" + _GDAL_ENCODING[encoding]])
        for field in profile["fields"]:
            defn = ogr.FieldDefn(field["name"], _OGR_TYPES[field["type"]])
            if field["type"] != "date":
                defn.SetWidth(field["width"])
                defn.SetPrecision(field["decimals"])
            ogr_io.add_field(layer, defn)
        defn = layer.GetLayerDefn()
        columns = [(defn.GetFieldIndex(f["name"]), f["name"], f["type"] == "date") for f in profile["fields"]]
        for i, rec in enumerate(records):
            feat = ogr.Feature(defn)
            for index, name, is_date in columns:
                value = rec.get(name)
                if value is None:
                    continue
                if is_date:
                    feat.SetField(index, value.year, value.month, value.day, 0, 0, 0, 0)
                else:
                    feat.SetField(index, value)
            if rec.get("_wkb"):
                geom = ogr.CreateGeometryFromWkb(rec["_wkb"])
                if geom is None:
                    raise RuntimeError(tr("图斑 {} 的图形无法读取").format(rec.get("JCBH")))
                if transform is not None:
                    ogr_io.check(geom.Transform(transform), "Transform")
                feat.SetGeometry(geom)
            ogr_io.create(layer, feat)
            if i % 500 == 0 and canceled(feedback):
                break
        ds = None
    # a file cut short by a cancel goes no further (it is in the export's hidden folder, removed with it)
    check_canceled(feedback, tr("已取消导出，未写出任何文件。"))
    base = os.path.splitext(path)[0]
    with open(base + ".cpg", "w", encoding="ascii") as fh:
        fh.write(_CPG_TEXT[encoding])
    if encoding in _LDID:
        with open(base + ".dbf", "r+b") as fh:
            fh.seek(29)
            fh.write(bytes([_LDID[encoding]]))
    _verify(path, profile, records)
    return [base + ext for ext in SIDECARS if os.path.exists(base + ext)]


def _verify(path, profile, records):
    """Read the file back the way a receiver would (.cpg decides the encoding) and compare count and text."""
    with shape_encoding(None):  # GDAL's default: honour .cpg / LDID
        ds = ogr.Open(path)
        if ds is None:
            raise WpzfError(tr("写出的 shapefile {} 无法读回：{}").format(path, gdal.GetLastErrorMsg()))
        layer = ds.GetLayer(0)
        if layer.GetFeatureCount() != len(records):
            raise WpzfError(tr("写出的 shapefile {} 要素数 {} 与应导出的 {} 不符。").format(
                path, layer.GetFeatureCount(), len(records)))
        defn = layer.GetLayerDefn()
        text_fields = [(defn.GetFieldIndex(f["name"]), f["name"]) for f in profile["fields"] if f["type"] == "str"]
        for feat, rec in zip(layer, records):
            for index, name in text_fields:
                got, want = feat.GetFieldAsString(index) if feat.IsFieldSetAndNotNull(index) else None, rec.get(name)
                if (got or None) != (want or None):
                    raise WpzfError(tr("图斑 {} 字段 {} 写出后读回不一致（{!r} ≠ {!r}），shapefile 编码有误。").format(
                        rec.get("_jcbh"), name, got, want))
        ds = None
