"""The township's QField-ready project, and reading what comes back from it.

    <folder>/<乡镇>实地核查.qgs     relative paths only; the project CRS is the package's
    <folder>/核查数据.gpkg          layer patches (just the units sent; unit key DYBH), layer photos (points with a
                                   photo attachment PHOTO relative to the project), table wpzf_meta (the package)
    <folder>/DCIM/                 where QField stores new photos; DCIM/已有照片/ holds the county's photos of these
                                   units, for reference (found again by SHA-256 on return, never taken twice)
    <folder>/影像.tif              the county's imagery around these units, when given

The patches get the same attribute form as the work package (core/form_config) with only the township's fields
editable; a relation shows a unit's photos on its form, and a new photo picks its unit from the map.
"""
import json
import os

from osgeo import gdal, ogr, osr
from qgis.PyQt.QtGui import QColor
from qgis.core import (QgsCoordinateReferenceSystem, QgsFillSymbol, QgsPalLayerSettings, QgsProject, QgsRasterLayer,
                       QgsRelation, QgsRelationContext, QgsSingleSymbolRenderer, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)

from ...rules import fields as F
from ...rules.values import is_empty
from ..store import form_config, ogr_io
from ..errors import InputError, WpzfError
from ..i18n import tr
from ..export.package import copy_verified
from ..photos.link import NotAPhotoFile, photo_source
from ..safe_names import UniqueNames, inside
from ..store.workpackage import create_fields


GPKG = "核查数据.gpkg"
IMAGERY = "影像.tif"
DCIM = "DCIM"
COUNTY_PHOTOS = "已有照片"
UNIT = form_config.UNIT_FIELD
PHOTO = "PHOTO"
META = "wpzf_meta"
RELATION_ID = "wpzf_photos_of_unit"
SOURCE_COUNTY, SOURCE_TOWNSHIP = "县级", "乡镇"
IMAGERY_MARGIN_M = 200.0
_SPECS = {f[0]: f for f in F.PATCH_FIELDS}
# The fields of a field project's patches: the unit key, what the township needs to see, and what it fills.
LAYER_FIELDS = [(UNIT, "str", 60, 0, "图斑编号")] + [
    _SPECS[n] for n in [f[0] for f in F.ISSUED] + ["PC", "TBZT", "ZTBBH"] + [f[0] for f in F.OVERLAY]
    + ["YPPDLX", "YPPDXL", "BSBZ", "HSZT", "PDLX", "PDXL", "XZCL"] + F.FIELDWORK_FILLED
    if n in _SPECS]
PHOTO_LAYER_FIELDS = [(UNIT, "str", 60, 0, "图斑编号"), (PHOTO, "str", 0, 0, "照片"), ("AZIMUTH", "real", 8, 2, "方位角"),
                      ("TAKEN_AT", "str", 19, 0, "拍摄时间"), ("NOTE", "str", 254, 0, "说明"),
                      ("SOURCE", "str", 10, 0, "来源"), ("SHA256", "str", 64, 0, "SHA-256")]


def project_name(township):
    return "{}实地核查.qgs".format(township)


# ----- writing -----------------------------------------------------------------------------------------------------
def _set(feat, name, value):
    index = feat.GetDefnRef().GetFieldIndex(name)
    if index >= 0 and not is_empty(value):
        feat.SetField(index, value)


def write_geopackage(path, crs, units, photos, meta):
    """The field GeoPackage: units (dicts with '_wkb'), photo rows ({UNIT, PHOTO, AZIMUTH, TAKEN_AT, NOTE, SOURCE,
    SHA256, _x, _y}), meta {key: value}. Read back before it counts as written."""
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    if ds is None:
        raise WpzfError(tr("无法创建 {}：{}").format(path, gdal.GetLastErrorMsg()))
    try:  # a failed write raises RuntimeError (ogr_io); the read-back below catches what closing loses
        layer = ogr_io.new_layer(ds, "patches", srs, ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
        create_fields(layer, LAYER_FIELDS)
        ogr_io.check(ds.StartTransaction(), "StartTransaction")
        for unit in units:
            feat = ogr.Feature(layer.GetLayerDefn())
            _set(feat, UNIT, unit[F.KEY])
            for name, *_ in LAYER_FIELDS[1:]:
                _set(feat, name, unit.get("_JCBH") if name == F.KEY else unit.get(name))
            if unit.get("_wkb"):
                geom = ogr.CreateGeometryFromWkb(unit["_wkb"])
                feat.SetGeometry(ogr.ForceToMultiPolygon(geom))
            ogr_io.create(layer, feat)
        ogr_io.check(ds.CommitTransaction(), "CommitTransaction")
        points = ogr_io.new_layer(ds, "photos", srs, ogr.wkbPoint, ["FID=fid", "GEOMETRY_NAME=geom"])
        create_fields(points, PHOTO_LAYER_FIELDS)
        for row in photos:
            feat = ogr.Feature(points.GetLayerDefn())
            for name, *_ in PHOTO_LAYER_FIELDS:
                _set(feat, name, row.get(name))
            if row.get("_x") is not None:
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(float(row["_x"]), float(row["_y"]))
                feat.SetGeometry(point)
            ogr_io.create(points, feat)
        table = ogr_io.new_layer(ds, META, None, ogr.wkbNone, ["FID=fid"])
        create_fields(table, [("KEY", "str", 50, 0, ""), ("VALUE", "str", 0, 0, "")])
        for key, value in meta.items():
            feat = ogr.Feature(table.GetLayerDefn())
            feat.SetField("KEY", key)
            feat.SetField("VALUE", str(value))
            ogr_io.create(table, feat)
    finally:
        ds = None
    check = read_geopackage(path)
    if len(check.units) != len(units) or len(check.photos) != len(photos):
        raise WpzfError(tr("核查数据 {} 写出后读回不完整（磁盘已满？），任务包未生成。").format(path))


def copy_county_photos(wp, units, folder):
    """The county's photos of these units copied (verified by SHA-256) to DCIM/已有照片/; returns their rows for the
    photos layer and warnings for photos that could not be copied."""
    from ..export.package import photos_by_patch
    grouped = photos_by_patch(wp, [u[F.KEY] for u in units])
    rows, warnings, names = [], [], UniqueNames()
    target_dir = os.path.join(folder, DCIM, COUNTY_PHOTOS)
    for unit in units:
        for n, photo in enumerate(grouped.get(unit[F.KEY], []), start=1):
            if not photo.get("SHA256") or not photo.get("PATH"):
                continue
            name = names.take("{}_{}".format(unit[F.KEY], n)) + ".jpg"
            os.makedirs(target_dir, exist_ok=True)
            target = inside(target_dir, name)
            if not _copy_photo(wp.absolute_path(photo["PATH"]), target, photo["SHA256"].lower()):
                warnings.append(tr("图斑 {} 的照片 {} 无法读取或已被改动，未放入任务包。").format(unit[F.KEY], photo["PATH"]))
                continue
            rows.append({UNIT: unit[F.KEY], PHOTO: "{}/{}/{}".format(DCIM, COUNTY_PHOTOS, name),
                         "AZIMUTH": photo.get("AZIMUTH"), "TAKEN_AT": photo.get("TAKEN_AT"), "NOTE": photo.get("NOTE"),
                         "SOURCE": SOURCE_COUNTY, "SHA256": photo["SHA256"].lower(), "_x": photo.get("_x"),
                         "_y": photo.get("_y")})
    return rows, warnings


def _copy_photo(stored, target, expected):
    """Copy a stored photo (a regular file only) proved to have `expected` SHA-256; False when it cannot be."""
    try:
        source = photo_source(stored)
    except (NotAPhotoFile, OSError):
        return False
    return copy_verified(source, target, expected)


def clip_imagery(source, target, crs, extent):
    """The imagery within `extent` (xmin, ymin, xmax, ymax in `crs`, widened by IMAGERY_MARGIN_M) warped to `crs`
    as a tiled, compressed GeoTIFF. Raises WpzfError when it cannot be read or written."""
    path = str(source).split("|")[0]
    src = gdal.Open(path)
    if src is None:
        raise InputError(tr("影像 {} 无法打开：{}").format(source, gdal.GetLastErrorMsg()))
    xmin, ymin, xmax, ymax = extent
    m = IMAGERY_MARGIN_M
    gdal.ErrorReset()
    out = gdal.Warp(target, src, dstSRS=crs, outputBounds=(xmin - m, ymin - m, xmax + m, ymax + m), format="GTiff",
                    creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    if out is None:
        raise WpzfError(tr("影像 {} 裁切失败：{}").format(source, gdal.GetLastErrorMsg()))
    out.FlushCache()
    bands = out.RasterCount
    out = None
    if bands == 0 or not os.path.getsize(target):
        raise WpzfError(tr("影像 {} 裁切结果为空（影像不覆盖这些图斑？）").format(source))
    return target


def write_project(folder, township, crs, has_imagery):
    """The .qgs over the GeoPackage (and imagery) in `folder`, paths relative; returns its path."""
    project = QgsProject()
    try:
        project.setCrs(QgsCoordinateReferenceSystem(crs))
        project.setTitle(tr("{} 卫片图斑实地核查").format(township))
        project.writeEntryBool("Paths", "/Absolute", False)
        gpkg = os.path.join(folder, GPKG)
        if has_imagery:
            raster = QgsRasterLayer(os.path.join(folder, IMAGERY), tr("影像"))
            if not raster.isValid():
                raise WpzfError(tr("裁切后的影像无法打开：{}").format(os.path.join(folder, IMAGERY)))
            project.addMapLayer(raster)
        patches = QgsVectorLayer("{}|layername=patches".format(gpkg), tr("核查图斑"), "ogr")
        photos = QgsVectorLayer("{}|layername=photos".format(gpkg), tr("核查照片"), "ogr")
        for layer in (patches, photos):
            if not layer.isValid():
                raise WpzfError(tr("核查数据 {} 无法打开，任务包未生成。").format(gpkg))
            project.addMapLayer(layer)
        relation = QgsRelation(QgsRelationContext(project))  # layer ids are looked up in this project
        relation.setId(RELATION_ID)
        relation.setName(tr("图斑照片"))
        relation.setReferencingLayer(photos.id())
        relation.setReferencedLayer(patches.id())
        relation.addFieldPair(UNIT, UNIT)
        if not relation.isValid():
            raise WpzfError(tr("照片与图斑的关联无法建立（{}）。").format(gpkg))
        project.relationManager().addRelation(relation)
        form_config.configure_patches(patches, editable=F.FIELDWORK_FILLED, relation=relation)
        form_config.configure_photos(photos, path_field=PHOTO, editable=[UNIT, PHOTO, "AZIMUTH", "TAKEN_AT", "NOTE"],
                                     unit_relation=relation)
        _style(patches)
        photos.setCustomProperty("QFieldSync/action", "copy")
        patches.setCustomProperty("QFieldSync/action", "copy")
        # QField names a new photo DCIM/<unit>_<time>.jpg (QFieldSync's attachment naming, field -> expression)
        naming = json.dumps({PHOTO: "'{}/' || \"{}\" || '_' || format_date(now(), 'yyyyMMdd_hhmmss') || '.jpg'".format(
            DCIM, UNIT)})
        photos.setCustomProperty("QFieldSync/attachment_naming", naming)
        photos.setCustomProperty("QFieldSync/photo_naming", naming)
        path = os.path.join(folder, project_name(township))
        if not project.write(path):
            raise WpzfError(tr("QField 项目 {} 无法写出：{}").format(path, project.error()))
        return path
    finally:
        project.clear()


def _style(layer):
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "255,0,0,30", "outline_color": "#ff0000", "outline_width": "0.6", "outline_width_unit": "MM"})))
    settings = QgsPalLayerSettings()
    settings.fieldName = UNIT
    fmt = QgsTextFormat()
    fmt.setSize(9)
    fmt.setColor(QColor("#c00000"))
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


# ----- reading back ------------------------------------------------------------------------------------------------
class FieldData:
    """A returned field GeoPackage: its meta, the township's values by unit key, and its photo rows."""

    def __init__(self, path):
        self.path = path
        self.meta, self.units, self.photos = {}, {}, []
        self.problems = []  # (key, field, value, reason)


def read_geopackage(path):
    """Read a field GeoPackage (ours, as sent or returned). Raises InputError when it is not one."""
    gdal.ErrorReset()
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR, allowed_drivers=["GPKG"])
    except RuntimeError as exc:
        ds, error = None, str(exc)
    else:
        error = gdal.GetLastErrorMsg()
    if ds is None:
        raise InputError(tr("无法打开返回的核查数据 {}：{}").format(path, error or tr("不是 GeoPackage")))
    data = FieldData(path)
    meta = ds.GetLayerByName(META)
    patches, photos = ds.GetLayerByName("patches"), ds.GetLayerByName("photos")
    if meta is None or patches is None:
        raise InputError(tr("{} 不是本插件生成的核查数据（缺少 {} 或 patches），无法对应到发出的任务包。").format(path, META))
    for feat in meta:
        data.meta[feat.GetField("KEY")] = feat.GetField("VALUE")
    defn = patches.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if UNIT not in names:
        raise InputError(tr("{} 的图层 patches 缺少字段 {}，无法对应到发出的图斑。").format(path, UNIT))
    for feat in patches:
        key = feat.GetField(UNIT)
        if is_empty(key):
            data.problems.append((None, None, None, tr("核查数据中有一个图斑没有图斑编号（在 QField 中新画的图斑？），未读取")))
            continue
        if key in data.units:
            data.problems.append((key, None, None, tr("核查数据中图斑编号重复出现")))
            continue
        data.units[key] = {n: feat.GetField(n) if feat.IsFieldSetAndNotNull(n) else None
                           for n in F.FIELDWORK_FILLED if n in names}
    if photos is not None:
        pdefn = photos.GetLayerDefn()
        pnames = [pdefn.GetFieldDefn(i).GetName() for i in range(pdefn.GetFieldCount())]
        for feat in photos:
            row = {n: feat.GetField(n) for n in pnames}
            geom = feat.GetGeometryRef()
            empty = geom is None or geom.IsEmpty()
            row["_x"], row["_y"] = (None, None) if empty else (geom.GetX(), geom.GetY())
            data.photos.append(row)
    ds = None
    return data
