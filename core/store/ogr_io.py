"""OGR writes that fail loudly, without switching OGR into exception mode for the whole QGIS process.

GDAL 3.6 (QGIS 3.22–3.34) has no scoped exception switch: ogr.UseExceptions() at import would change how every
other plugin's OGR calls behave. So each write checks the error code OGR returns; when another plugin has switched
exceptions on, OGR raises the same RuntimeError itself. package_io rolls the transaction back on either.
"""
from osgeo import gdal

OGRERR_NONE = 0


def check(code, what):
    if code != OGRERR_NONE:
        raise RuntimeError(gdal.GetLastErrorMsg() or "{} failed (OGR error {})".format(what, code))


def create(layer, feat):
    check(layer.CreateFeature(feat), "CreateFeature")


def update(layer, feat):
    check(layer.SetFeature(feat), "SetFeature")


def delete(layer, fid):
    check(layer.DeleteFeature(fid), "DeleteFeature")


def add_field(layer, defn):
    check(layer.CreateField(defn), "CreateField " + defn.GetName())


def alter_field(layer, index, defn, flags):
    check(layer.AlterFieldDefn(index, defn, flags), "AlterFieldDefn " + defn.GetName())


def new_layer(ds, name, srs, geom_type, options):
    gdal.ErrorReset()
    layer = ds.CreateLayer(name, srs, geom_type, options=options)
    if layer is None:
        raise RuntimeError(gdal.GetLastErrorMsg() or "CreateLayer " + name)
    return layer
