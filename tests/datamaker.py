"""Tiny hand-made vector files for tests (OGR only, so they are independent of the code under test)."""
import os

from osgeo import gdal, ogr, osr

ogr.UseExceptions()

ISSUED_DEFAULTS = {"XZQDM": "450199", "XMC": "示范县", "TBLX": "20", "QSX": "2021-12-15", "HSX": "2022-01-20",
                   "DLBM": "0103", "DLMC": "旱地", "CZCSXM": "", "SFYN": "否", "SFHX": "否", "MJ": 0.0}


def square(lon, lat, size_deg=0.001):
    return "POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))".format(
        x0=lon, y0=lat, x1=lon + size_deg, y1=lat + size_deg)


def bowtie(lon, lat, size_deg=0.001):
    """Self-intersecting ring: invalid, repairable into two triangles."""
    return "POLYGON(({x0} {y0},{x1} {y1},{x1} {y0},{x0} {y1},{x0} {y0}))".format(
        x0=lon, y0=lat, x1=lon + size_deg, y1=lat + size_deg)


def write_patches(path, rows, epsg=4490, encoding="UTF-8", keep_cpg=True, driver="ESRI Shapefile", fields=None):
    """rows: list of dicts with 'wkt' and attribute values. epsg=None writes no CRS (.prj missing)."""
    # QGIS sets SHAPE_ENCODING="" process-wide (no recoding): ask for the code page explicitly while writing.
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "CP936" if encoding.upper() in ("GBK", "CP936") else "UTF-8")
    try:
        return _write(path, rows, epsg, encoding, keep_cpg, driver, fields)
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)


def _write(path, rows, epsg, encoding, keep_cpg, driver, fields):
    drv = ogr.GetDriverByName(driver)
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    options = ["ENCODING=" + ("CP936" if encoding.upper() in ("GBK", "CP936") else encoding)] \
        if driver == "ESRI Shapefile" else []
    layer = ds.CreateLayer("patches", srs, ogr.wkbPolygon, options=options)
    names = fields or (["JCBH"] + list(ISSUED_DEFAULTS))
    for name in names:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal if name == "MJ" else ogr.OFTString))
    for row in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        values = dict(ISSUED_DEFAULTS, **{k: v for k, v in row.items() if k != "wkt"})
        for name in names:
            if values.get(name) is not None:
                feat.SetField(name, values[name])
        if row.get("wkt"):
            feat.SetGeometry(ogr.CreateGeometryFromWkt(row["wkt"]))
        layer.CreateFeature(feat)
    ds = None
    if driver == "ESRI Shapefile" and not keep_cpg:
        cpg = os.path.splitext(path)[0] + ".cpg"
        if os.path.exists(cpg):
            os.remove(cpg)
    return path


def batch(n, start=1, lon=108.30, lat=22.80, prefix="4501992022010"):
    return [{"JCBH": "{}{:03d}".format(prefix, start + i), "wkt": square(lon + 0.003 * i, lat),
             "XMC": "示范县", "DLMC": "旱地"} for i in range(n)]
