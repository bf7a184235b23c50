"""Reference layers read for the overlay into shapely arrays (work CRS), only near the patches.

Three readers, the first that applies:
- a GeoPackage layer in the work CRS: its R-tree is joined with the patches' boxes inside SQLite, and only the
  features whose box meets a patch box are read (a month's 300 patches read a few thousand land-use polygons, not
  the county's 200,000);
- any other OGR file in the work CRS: GDAL's columnar (Arrow) reader, filtered by the patches' extent;
- anything else (other CRS, subset filter, database layers, curves): QGIS's own reader with a destination CRS, box
  by box for a month's patches (the provider's spatial index does the work), over the extent for a whole county.
Geometries arrive as WKB and become shapely geometries in one vectorised call, in work-CRS coordinates (GEOS
measures areas relative to each ring's first vertex, so zone-prefixed eastings of 3.6e7 m lose nothing).
"""
import os
import sqlite3
import struct
from pathlib import Path

import numpy as np

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProviderRegistry, QgsRectangle, QgsVectorLayerFeatureSource

from ..intake.layers import plain
from .shapely_check import shapely

GPKG_EMPTY_FLAG = 0x10
GPKG_EXTENDED_FLAG = 0x20
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
WINDOWED_REQUESTS_MAX = 500  # up to this many patches, QGIS is asked box by box (a month's batch); more: one extent


class ReferenceData:
    """One reference layer's features that may meet a patch.

    rows are positions in the arrays: `fids` (the layer's feature ids), `geoms` (shapely, work CRS, None
    when the feature has no usable geometry) and `columns` (the asked attributes, one list per field)."""

    def __init__(self, key, title, fields, fids, geoms, columns, how):
        self.key = key
        self.title = title
        self.fields = list(fields)
        self.fids = np.asarray(fids, dtype=np.int64)
        self.geoms = geoms
        self.columns = columns
        self.how = how  # which reader (for the log)
        self.repairs = []  # (fid, message)
        self.checked = None  # rows already checked for validity (core.overlay_measure.check_features)

    def __len__(self):
        return len(self.fids)

    def attributes(self, row):
        return tuple(col[row] for col in self.columns)

    def label(self, row):
        values = [str(v) for v in self.attributes(row) if v not in (None, "")]
        return "（{}）".format("，".join(values[:2])) if values else ""


class LayerSpec:
    """What a worker thread needs to read one layer, taken from the QgsVectorLayer in the main thread (a layer itself
    must not be touched from another thread; its feature source may)."""

    def __init__(self, key, title, layer, fields, frame):
        self.key = key
        self.title = title
        self.fields = list(fields)
        self.frame = frame
        self.info = _source_info(layer)
        self.same_crs = layer.crs() == frame.crs
        self.source = QgsVectorLayerFeatureSource(layer)
        self.layer_fields = layer.fields()


def read_reference(spec, patch_boxes, cancel=None):
    """ReferenceData of one layer for the patches whose work-CRS boxes are `patch_boxes` ((n, 4) array)."""
    got = None
    if spec.same_crs and spec.info is not None:
        if spec.info["path"].lower().endswith(".gpkg"):
            got = _read_gpkg(spec.info, spec.fields, patch_boxes)
        if got is None:
            got = _read_arrow(spec.info, spec.fields, spec.frame.extent_box)
    if got is None:
        got = _read_qgis(spec, cancel, patch_boxes)
    fids, wkb, columns, how = got
    geoms = _from_wkb(wkb)
    if how != "qgis" and np.any(shapely.is_missing(geoms) & np.array([w is not None for w in wkb], dtype=bool)):
        # something shapely cannot read (curves, odd types): QGIS reads and segmentises it
        fids, wkb, columns, how = _read_qgis(spec, cancel, patch_boxes)
        geoms = _from_wkb(wkb)
    return ReferenceData(spec.key, spec.title, spec.fields, fids, geoms, columns, how)


def _from_wkb(wkb):
    if not len(wkb):
        return np.empty(0, dtype=object)
    return shapely.from_wkb(np.array(wkb, dtype=object), on_invalid="ignore")


def _source_info(layer):
    """Path and layer of a plain OGR file layer without a subset filter, else None."""
    if layer.providerType() != "ogr" or layer.subsetString():
        return None
    uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = uri.get("path")
    if not path or not os.path.isfile(path):
        return None
    encoding = layer.dataProvider().encoding() if layer.dataProvider() else ""
    return {"path": path, "layer_name": uri.get("layerName") or None, "layer_id": uri.get("layerId"),
            "encoding": encoding}


# ----- GeoPackage: R-tree joined with the patch boxes inside SQLite ---------------------------------------------------
def _read_gpkg(info, fields, patch_boxes):
    try:
        conn = sqlite3.connect(Path(info["path"]).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _gpkg_rows(conn, info, fields, patch_boxes)
    except (sqlite3.Error, ValueError, struct.error):  # anything unexpected: the general readers are always right
        return None
    finally:
        conn.close()


def _gpkg_rows(conn, info, fields, patch_boxes):
    tables = conn.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall()
    name = info["layer_name"]
    if name:
        match = [t for t in tables if t[0].lower() == name.lower()]
    else:
        match = tables if len(tables) == 1 else []
    if len(match) != 1:
        return None
    table, geom_col = match[0]
    rtree = "rtree_{}_{}".format(table, geom_col)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
        return None
    columns = {row[1].lower(): (row[1], row[5]) for row in conn.execute('PRAGMA table_info("{}")'.format(_q(table)))}
    pk = [name for name, pkpos in columns.values() if pkpos]
    if len(pk) != 1 or any(f.lower() not in columns for f in fields):
        return None
    conn.execute("CREATE TEMP TABLE boxes(minx REAL, maxx REAL, miny REAL, maxy REAL)")
    conn.executemany("INSERT INTO temp.boxes VALUES (?, ?, ?, ?)",
                     [(b[0], b[2], b[1], b[3]) for b in np.asarray(patch_boxes, dtype=float).tolist()])
    conn.execute("CREATE TEMP TABLE wanted(id INTEGER PRIMARY KEY)")
    conn.execute('INSERT OR IGNORE INTO temp.wanted SELECT r.id FROM temp.boxes b JOIN "{}" r '
                 "ON r.minx <= b.maxx AND r.maxx >= b.minx AND r.miny <= b.maxy AND r.maxy >= b.miny".format(_q(rtree)))
    select = ", ".join('"{}"'.format(_q(columns[f.lower()][0])) for f in fields)
    sql = 'SELECT t."{pk}", t."{g}"{more} FROM temp.wanted w JOIN "{t}" t ON t."{pk}" = w.id ORDER BY w.id'.format(
        pk=_q(pk[0]), g=_q(geom_col), t=_q(table), more=", " + select if select else "")
    rows = conn.execute(sql).fetchall()
    if not rows:
        return [], [], [[] for _ in fields], "gpkg-rtree"
    columns = list(zip(*rows))
    fids = list(columns[0])
    wkb = [_gpkg_wkb(blob) for blob in columns[1]]
    cols = [[None if v == "" else v for v in col] for col in columns[2:]]
    return fids, wkb, cols, "gpkg-rtree"


def _gpkg_wkb(blob):
    """The WKB inside a GeoPackage geometry blob (None when empty); ValueError for what shapely cannot read."""
    if blob is None:
        return None
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    if flags & GPKG_EXTENDED_FLAG:
        raise ValueError("extended GeoPackage geometry")
    if flags & GPKG_EMPTY_FLAG:
        return None
    return bytes(blob[8 + ENVELOPE_BYTES[(flags >> 1) & 0x07]:])


def _q(name):
    return name.replace('"', '""')


# ----- other OGR files: the columnar reader -------------------------------------------------------------------------
def _read_arrow(info, fields, extent_box):
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    path = info["path"]
    options, encoding = [], "UTF-8"
    if os.path.splitext(path)[1].lower() in (".shp", ".dbf"):
        # raw DBF bytes, decoded with the encoding QGIS reads this layer with (GBK files have no .cpg)
        if not info["encoding"] or info["encoding"].lower() == "system":
            return None
        options, encoding = ["ENCODING="], info["encoding"]
    ds = None
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=options)
        if ds is None:
            return None
        lyr = ds.GetLayerByName(info["layer_name"]) if info["layer_name"] else \
            ds.GetLayer(int(info["layer_id"] or 0))
        if lyr is None:
            return None
        defn = lyr.GetLayerDefn()
        have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if any(name not in have for name in fields):
            return None
        lyr.SetIgnoredFields([n for n in have if n not in fields] + ["OGR_STYLE"])
        lyr.SetSpatialFilterRect(*extent_box)
        fid_name = lyr.GetFIDColumn() or "OGC_FID"
        geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
        fids, wkb, chunks = [], [], [[] for _ in fields]
        for batch in lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "INCLUDE_FID=YES"]):
            fids += batch[fid_name].tolist()
            for chunk, name in zip(chunks, fields):
                chunk.append(batch[name])
            column = batch[geom_name]
            wkb += [bytes(v) for v in column] if column.dtype.kind == "V" else list(column)
        cols = [_decode(np.concatenate(c) if c else np.zeros(0), encoding) for c in chunks]
        if _has_curves(wkb):
            return None
        return fids, wkb, cols, "ogr-arrow"
    except Exception:  # noqa: BLE001 — any surprise in the fast path: QGIS's reader is always right
        return None
    finally:
        ds = None


def _has_curves(wkb):
    """Curved geometries (circular strings, curve polygons): shapely cannot read them, QGIS segmentises them."""
    for w in wkb:
        if w is not None and len(w) >= 5:
            code = struct.unpack("<I" if w[0] == 1 else ">I", bytes(w[1:5]))[0] % 1000
            if code in (8, 9, 10, 11, 12):
                return True
    return False


def _decode(data, encoding):
    """A numpy column as Python values: text decoded once per distinct value, blanks and NaN as None."""
    if data.dtype.kind in "SO":
        cache = {}
        out = []
        for v in data.tolist():
            hit = cache.get(v, cache)
            if hit is cache:
                text = v.decode(encoding, errors="replace") if isinstance(v, bytes) else v
                hit = cache[v] = text if text not in ("", None) else None
            out.append(hit)
        return out
    values = data.tolist()
    if data.dtype.kind == "f":
        return [None if v != v else v for v in values]
    return values


# ----- anything else: QGIS ------------------------------------------------------------------------------------------
def _read_qgis(spec, cancel, patch_boxes=None):
    """Through QGIS: one request per patch box when there are few patches (the provider's own spatial index —
    PostGIS, a shapefile's .qix — reads only what lies there), else one request over the patches' extent."""
    if patch_boxes is not None and len(patch_boxes) <= WINDOWED_REQUESTS_MAX:
        rects = [QgsRectangle(*box) for box in np.asarray(patch_boxes, dtype=float).tolist()]
        how = "qgis-window"
    else:
        rects, how = [spec.frame.extent], "qgis"
    fids, wkb = [], []
    cols = [[] for _ in spec.fields]
    seen = set()
    for rect in rects:
        request = QgsFeatureRequest()
        request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        request.setSubsetOfAttributes(spec.fields, spec.layer_fields)
        if not spec.same_crs:
            request.setDestinationCrs(spec.frame.crs, spec.frame.context)
        request.setFilterRect(rect)  # in the destination CRS when one is set
        for n, feat in enumerate(spec.source.getFeatures(request)):
            if n % 4096 == 0 and cancel is not None and cancel.is_set():
                return fids, wkb, cols, how
            if feat.id() in seen:
                continue
            seen.add(feat.id())
            geom = feat.geometry()
            if geom.isNull() or geom.isEmpty():
                wkb.append(None)
            else:
                if geom.constGet().hasCurvedSegments():
                    geom = QgsGeometry(geom)
                    geom.convertToStraightSegment()
                wkb.append(bytes(geom.asWkb()))
            fids.append(feat.id())
            for col, name in zip(cols, spec.fields):
                col.append(_plain(feat[name]))
    return fids, wkb, cols, how


def _plain(value):
    """Attribute values as plain Python (NULL and blank text -> None)."""
    value = plain(value)
    return None if value == "" else value
