"""Reference layers (land use, farmland, red line, approvals, …) read once for the overlay.

Speed comes from touching each reference feature as few times as possible:
- QGIS reads the layer in C++ into a spatial index that keeps the geometries, already in the work CRS;
- a feature is checked (and repaired if invalid) only when a patch really overlaps it, once;
- a feature with many vertices (red-line areas, township borders) is cut once into small tiles, only where patches
  lie, so each patch meets a few dozen vertices instead of thousands; a tile the polygon fills completely is kept as
  a rectangle, and a patch inside it needs no intersection at all.
Areas are taken after moving pieces to a local origin (a whole kilometre, so the shift is exact): QGIS's planar area
loses square centimetres on zone-prefixed Gauss-Krüger eastings of 3.6e7 m.
"""
import os
import struct
import threading

from qgis.PyQt.QtGui import QTransform
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProviderRegistry, QgsRectangle, QgsSpatialIndex,
                       QgsVectorLayerFeatureSource, QgsWkbTypes)

from .i18n import tr

BIG_FEATURE_VERTICES = 400  # a feature with more vertices than this is cut into tiles …
MAX_TILE_VERTICES = 48  # … of at most about this many vertices (small tiles: more of them lie fully inside)
MAX_TILE_DEPTH = 16  # quadtree depth limit
FULL_TILE_TOLERANCE = 1e-9  # tile area ≥ (1 - this) × cell area: the polygon fills the cell
POLYGON = QgsWkbTypes.PolygonGeometry


class WorkFrame:
    """Where the overlay computes: a projected CRS, a local origin for exact areas, the patches' boxes."""

    def __init__(self, crs, origin, transform_context, patch_index, extent):
        self.crs = crs
        self.ox, self.oy = origin
        self.context = transform_context
        self.patch_index = patch_index  # QgsSpatialIndex of patch bounding boxes (work CRS)
        self.extent = extent  # patches' extent (work CRS)
        self.to_local = QTransform.fromTranslate(-self.ox, -self.oy)
        self.to_work = QTransform.fromTranslate(self.ox, self.oy)

    def near_patches(self, rect):
        return bool(self.patch_index.intersects(rect))

    def local_area(self, abstract):
        """Exact planar area of a geometry in work coordinates (measured on a copy moved to the origin)."""
        moved = abstract.clone()
        moved.transform(self.to_local)
        return moved.area()


def box(rect):
    """(xmin, ymin, xmax, ymax) of a QgsRectangle: plain floats, so hot loops compare without calling into Qt."""
    return rect.toRectF().getCoords()


def polygonal(geom):
    """Only the polygon parts of a QgsGeometry (makeValid and overlays may add lines and points)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if geom.type() == POLYGON:
        return geom
    parts = [p for p in geom.asGeometryCollection() if p.type() == POLYGON]
    if not parts:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(parts) if len(parts) > 1 else parts[0]


def first_error(geom):
    errors = geom.validateGeometry(QgsGeometry.ValidatorGeos)
    return errors[0].what() if errors else tr("未知错误")


class Piece:
    """A feature or one tile of it (work CRS). Keeps its QgsGeometry alive for `abstract`."""

    __slots__ = ("fid", "geometry", "abstract", "full", "checked", "_box", "_area", "frame")

    def __init__(self, fid, geometry, frame, full=False, checked=False):
        self.fid = fid
        self.geometry = geometry
        self.abstract = geometry.constGet()
        self.frame = frame
        self.full = full
        self.checked = checked
        self._box = None
        self._area = None

    @property
    def box(self):
        if self._box is None:
            self._box = box(self.geometry.boundingBox())
        return self._box

    @property
    def area(self):
        """Exact planar area (m², work CRS)."""
        if self._area is None:
            self._area = self.frame.local_area(self.abstract)
        return self._area


class Tiled:
    """A big feature cut into tiles, with a small index over them."""

    __slots__ = ("fid", "pieces", "_index")

    def __init__(self, fid, pieces):
        self.fid = fid
        self.pieces = pieces
        self._index = QgsSpatialIndex()
        for i, piece in enumerate(pieces):
            self._index.addFeature(i, QgsRectangle(*piece.box))

    def near(self, rect):
        pieces = self.pieces
        return [pieces[i] for i in self._index.intersects(rect)]


UNUSABLE = False  # cache value of a feature without usable area


class Reference:
    """One reference layer prepared for the overlay.

    key: landuse / farmland / redline / approvals / mining / facility / temporary / townships
    fields: attribute names to keep (layer spelling); `attributes(fid)` gives their values as a tuple.
    """

    def __init__(self, key, layer, fields, frame, title=None):
        self.key = key
        self.title = title or key
        self.fields = list(fields)
        self.frame = frame
        self._source = QgsVectorLayerFeatureSource(layer)  # created here, iterated in a worker thread
        self._layer_fields = layer.fields()
        self._layer_crs = layer.crs()
        self._provider = layer.providerType()
        self._subset = layer.subsetString()
        self._encoding = layer.dataProvider().encoding() if layer.dataProvider() else ""
        self._uri = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        self.index = None
        self.arrays = None  # vectorised mode (core.overlay_clip.PolygonArrays, local coordinates)
        self._wkb = None
        self.row_fid = None
        self._cand_bounds = None  # vectorised mode: candidate fids per patch (from a box join), by patch index
        self._cand_fids = None
        self.pairs = None
        self.measured = None
        self.overlap_cache = {}
        self._attrs = {}
        self._columns = None  # fast path: attribute columns and a fid -> row lookup
        self._features = {}
        self._repaired = {}
        self._known_valid = set()
        self._lock = threading.Lock()
        self.repairs = []  # (fid, message): repaired or unusable features

    # ----- loading (may run in a worker thread) ------------------------------------------------------------------
    def load(self, feedback=None):
        """Read through QGIS into a spatial index that keeps the geometries (any provider, any CRS)."""
        request = QgsFeatureRequest().setNoAttributes()
        request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        if self._layer_crs != self.frame.crs:
            request.setDestinationCrs(self.frame.crs, self.frame.context)
        request.setFilterRect(self.frame.extent)
        self.index = QgsSpatialIndex(self._source.getFeatures(request), feedback,
                                     QgsSpatialIndex.FlagStoreFeatureGeometries)
        if self.fields and not (feedback is not None and feedback.isCanceled()):
            if not self._read_arrow(with_geometry=False):
                self._read_attributes_qgis(feedback)
        return self

    def load_arrays(self):
        """Vectorised mode: geometries and attributes through GDAL's columnar reader into numpy arrays
        (core.overlay_clip). Only for OGR files in the work CRS; returns False when that does not apply."""
        if self._layer_crs != self.frame.crs:
            return False
        try:
            from . import overlay_clip
        except ImportError:  # no numpy
            return False
        wkb = self._read_arrow(with_geometry=True)
        if not wkb:
            return False
        arrays = overlay_clip.parse_wkb(wkb, self.frame.ox, self.frame.oy)
        if arrays is None:  # curves or other surprises: the general path reads them right
            self._columns = None
            return False
        self.arrays = arrays
        self._wkb = wkb
        return True

    @property
    def vectorised(self):
        return self.arrays is not None

    def _read_attributes_qgis(self, feedback):
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(self.fields, self._layer_fields)
        if self._layer_crs == self.frame.crs:
            request.setFilterRect(self.frame.extent)
        names = self.fields
        attrs = self._attrs
        for n, feat in enumerate(self._source.getFeatures(request)):
            if n % 4096 == 0 and feedback is not None and feedback.isCanceled():
                return
            attrs[feat.id()] = tuple(_plain(feat[name]) for name in names)

    def _read_arrow(self, with_geometry):
        """Attributes (and WKB geometries) through GDAL's columnar reader: far faster than feature by feature.

        Only for plain OGR file layers without a subset filter, where OGR's FID is QGIS's feature id. Sets the
        attribute columns; returns the WKB list (with_geometry) or True, or None when the fast path does not apply."""
        try:
            from osgeo import gdal, ogr
            import numpy  # noqa: F401 (GetArrowStreamAsNumPy needs it)
        except ImportError:
            return None
        if self._provider != "ogr" or self._subset or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
            return None
        path = self._uri.get("path")
        if not path or not os.path.exists(path):
            return None
        options, encoding = [], "UTF-8"
        if os.path.splitext(path)[1].lower() in (".shp", ".dbf"):
            # raw DBF bytes, decoded with the encoding QGIS reads this layer with (GBK files have no .cpg)
            if not self._encoding or self._encoding.lower() == "system":
                return None
            options, encoding = ["ENCODING="], self._encoding
        ds = None
        try:
            ds = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=options)
            if ds is None:
                return None
            if self._uri.get("layerName"):
                lyr = ds.GetLayerByName(self._uri["layerName"])
            else:
                lyr = ds.GetLayer(int(self._uri.get("layerId") or 0))
            if lyr is None:
                return None
            defn = lyr.GetLayerDefn()
            have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
            if any(name not in have for name in self.fields):
                return None
            ignored = [n for n in have if n not in self.fields] + ["OGR_STYLE"]
            if not with_geometry:
                ignored.append("OGR_GEOMETRY")
            else:
                e = self.frame.extent
                lyr.SetSpatialFilterRect(e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum())
            lyr.SetIgnoredFields(ignored)
            fid_name = lyr.GetFIDColumn() or "OGC_FID"
            geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
            fids, chunks, wkb = [], [[] for _ in self.fields], []
            for batch in lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "INCLUDE_FID=YES"]):
                fids += batch[fid_name].tolist()
                for chunk, name in zip(chunks, self.fields):
                    chunk.append(batch[name])
                if with_geometry:
                    column = batch[geom_name]
                    if column.dtype.kind == "V":  # all WKB of one length: GDAL hands a fixed-size column
                        wkb += [bytes(v) for v in column]
                    else:
                        wkb += list(column)
            columns = [_Column(numpy.concatenate(c) if c else numpy.zeros(0), encoding) for c in chunks]
            first = fids[0] if fids else 0
            if fids == list(range(first, first + len(fids))):
                row_of = first  # consecutive ids (the usual GeoPackage case): row = fid - first
            else:
                row_of = dict(zip(fids, range(len(fids))))
            self._columns = (row_of, columns, len(fids))
            self.row_fid = fids
            return wkb if with_geometry else True
        except Exception:  # any surprise in the fast path: the QGIS reader is always right
            self._columns = None
            return None
        finally:
            ds = None

    def row(self, fid):
        row_of, _columns, n = self._columns
        row = fid - row_of if isinstance(row_of, int) else row_of.get(fid, -1)
        return row if 0 <= row < n else -1

    def attributes(self, fid):
        if self._columns is not None:
            row = self.row(fid)
            if row >= 0:
                return tuple(col.value(row) for col in self._columns[1])
            return (None,) * len(self.fields)
        return self._attrs.get(fid) or (None,) * len(self.fields)

    # ----- features (called from patch workers) ----------------------------------------------------------------
    def set_candidates(self, bounds, fids):
        self._cand_bounds, self._cand_fids = bounds, fids

    def candidate_range(self, lo, hi):
        """Candidate fids of patches lo..hi-1 (vectorised mode)."""
        return self._cand_fids[self._cand_bounds[lo]:self._cand_bounds[hi]]

    def candidates_for(self, patch):
        if self._cand_bounds is not None:
            return self._cand_fids[self._cand_bounds[patch.idx]:self._cand_bounds[patch.idx + 1]]
        return self.candidates(patch.rect)

    def candidates(self, work_rect):
        if self.arrays is None:
            return self.index.intersects(work_rect)
        box = self.arrays.box
        x0, y0 = work_rect.xMinimum() - self.frame.ox, work_rect.yMinimum() - self.frame.oy
        x1, y1 = work_rect.xMaximum() - self.frame.ox, work_rect.yMaximum() - self.frame.oy
        rows = ((box[:, 0] <= x1) & (box[:, 2] >= x0) & (box[:, 1] <= y1) & (box[:, 3] >= y0)).nonzero()[0]
        return [self.row_fid[r] for r in rows]

    def _geometry(self, fid):
        """The feature's geometry in the work CRS, from the index or (vectorised mode) from its WKB."""
        if self.arrays is None:
            return self.index.geometry(fid)
        geom = QgsGeometry()
        row = self.row(fid)
        if row >= 0 and self._wkb[row] is not None:
            geom.fromWkb(self._wkb[row])
        return geom

    def feature(self, fid):
        """A Piece (small feature, checked on first real use), a Tiled big feature, or UNUSABLE. Thread-safe."""
        got = self._features.get(fid)
        if got is not None:
            return got
        geom = self._geometry(fid)
        abstract = geom.constGet()
        if abstract is None or abstract.isEmpty():
            got = UNUSABLE
        elif abstract.nCoordinates() > BIG_FEATURE_VERTICES:
            with self._lock:  # tiling is heavier: do it once even if two workers meet the feature together
                got = self._features.get(fid)
                if got is None:
                    fixed = self._valid(fid, geom)
                    got = Tiled(fid, self._tiles(fid, fixed)) if fixed is not UNUSABLE else UNUSABLE
        else:
            got = Piece(fid, geom, self.frame)
        self._features[fid] = got
        return got

    def validate_many(self, fids, batch=400):
        """Vectorised mode: check many features with few GEOS calls. Their WKBs are joined into one geometry
        collection, whose validity is that of each member; only a collection that fails is looked into."""
        known = self._known_valid
        todo = []
        for fid in fids:
            if fid in known or fid in self._features:
                continue
            row = self.row(fid)
            wkb = self._wkb[row] if row >= 0 else None
            if wkb is None or len(wkb) < 9 or wkb[0] != 1 or wkb[1:5] not in (b"\x03\0\0\0", b"\x06\0\0\0"):
                self.check_valid(fid)  # empty, big-endian or not 2D: one by one
            else:
                todo.append((fid, wkb))
        stack = [todo[i:i + batch] for i in range(0, len(todo), batch)]
        while stack:
            group = stack.pop()
            if len(group) == 1:
                self.check_valid(group[0][0])
                continue
            geom = QgsGeometry()
            geom.fromWkb(b"\x01" + struct.pack("<II", 7, len(group)) + b"".join(w for _f, w in group))
            if geom.isGeosValid():
                known.update(f for f, _w in group)
            else:
                half = len(group) // 2
                stack += [group[:half], group[half:]]

    def check_valid(self, fid):
        """Vectorised mode: is the feature valid? An invalid one is repaired (reported) once and the repaired
        geometry is what the general path then uses. Thread-safe enough: worst case a feature is checked twice."""
        if fid in self._known_valid:
            return True
        got = self._features.get(fid)
        if got is UNUSABLE:
            return False
        if got is not None and (type(got) is Tiled or got.checked):
            return self._repaired.get(fid) is None
        geom = self._geometry(fid)
        fixed = self._valid(fid, geom) if not geom.isEmpty() else UNUSABLE
        if fixed is geom:
            self._known_valid.add(fid)
            return True
        self._repaired[fid] = True
        if fixed is UNUSABLE:
            self._features[fid] = UNUSABLE
        elif fixed.constGet().nCoordinates() > BIG_FEATURE_VERTICES:
            self._features[fid] = Tiled(fid, self._tiles(fid, fixed))
        else:
            self._features[fid] = Piece(fid, fixed, self.frame, checked=True)
        return False

    def checked(self, piece):
        """The piece once its geometry is known valid (repaired and reported if it was not), or UNUSABLE."""
        fid = piece.fid
        if fid in self._known_valid:
            piece.checked = True
            return piece
        fixed = self._valid(fid, piece.geometry)
        if fixed is UNUSABLE:
            self._features[fid] = UNUSABLE
            return UNUSABLE
        if fixed is not piece.geometry:
            piece = Piece(fid, fixed, self.frame, checked=True)
            self._features[fid] = piece
        piece.checked = True
        return piece

    def _valid(self, fid, geom):
        if geom.isGeosValid():
            if geom.type() == POLYGON:
                return geom
            geom = polygonal(geom)
            return geom if not geom.isEmpty() else UNUSABLE
        problem = first_error(geom)
        fixed = polygonal(geom.makeValid())
        if fixed.isEmpty() or not fixed.isGeosValid():
            self.repairs.append((fid, tr("{}要素 fid={}{}：几何无效（{}），无法修复，未参与套合，请在原数据中修正").format(
                self.title, fid, self._label(fid), problem)))
            return UNUSABLE
        self.repairs.append((fid, tr("{}要素 fid={}{}：几何无效（{}），已自动修复后参与套合（面积 {:.2f} → {:.2f} 平方米）")
                             .format(self.title, fid, self._label(fid), problem, geom.area(), fixed.area())))
        return fixed

    def _label(self, fid):
        values = [str(v) for v in self.attributes(fid) if v not in (None, "")]
        return "（{}）".format("，".join(values[:2])) if values else ""

    # ----- tiles -------------------------------------------------------------------------------------------------
    def _tiles(self, fid, geom):
        """Quadtree cut of a big polygon, only in cells that hold patch boxes. Cut near the origin (exact areas
        for the 'fills the cell' test), tiles moved back to the work CRS.

        GEOS's rectangle clip is fast but not guaranteed valid: if any tile comes out invalid, the cut is redone
        with exact overlays."""
        local = QgsGeometry(geom)
        local.transform(self.frame.to_local)
        tiles = self._quadtree(local, fast=True)
        if not all(full or part.isGeosValid() for part, full in tiles):
            tiles = self._quadtree(local, fast=False)
        out = []
        for part, full in tiles:
            part.transform(self.frame.to_work)
            out.append(Piece(fid, part, self.frame, full=full, checked=True))
        return out

    def _quadtree(self, geom, fast):
        out = []
        stack = [(geom, geom.boundingBox(), 0)]
        ox, oy = self.frame.ox, self.frame.oy
        while stack:
            part, rect, depth = stack.pop()
            if part.constGet().nCoordinates() <= MAX_TILE_VERTICES or depth >= MAX_TILE_DEPTH:
                out.append((part, False))
                continue
            engine = None if fast else QgsGeometry.createGeometryEngine(part.constGet())
            for cell in _quadrants(rect):
                work_cell = QgsRectangle(cell.xMinimum() + ox, cell.yMinimum() + oy,
                                         cell.xMaximum() + ox, cell.yMaximum() + oy)
                if not self.frame.near_patches(work_cell):
                    continue
                if fast:
                    sub = polygonal(part.clipped(cell))
                else:
                    cell_geom = QgsGeometry.fromRect(cell)  # kept in a name: constGet() does not keep it alive
                    cut = engine.intersection(cell_geom.constGet())
                    if cut is None:  # GEOS could not cut: keep this part whole rather than lose it
                        out.append((part, False))
                        break
                    sub = polygonal(QgsGeometry(cut))
                if sub.isEmpty():
                    continue
                if sub.constGet().area() >= cell.width() * cell.height() * (1.0 - FULL_TILE_TOLERANCE):
                    out.append((QgsGeometry.fromRect(cell), True))
                else:
                    stack.append((sub, cell, depth + 1))
        return out


def _quadrants(rect):
    cx, cy = rect.center().x(), rect.center().y()
    x0, y0, x1, y1 = rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()
    return [QgsRectangle(x0, y0, cx, cy), QgsRectangle(cx, y0, x1, cy),
            QgsRectangle(x0, cy, cx, y1), QgsRectangle(cx, cy, x1, y1)]


def _plain(value):
    """Attribute values as plain Python (NULL -> None)."""
    if value is None:
        return None
    from qgis.PyQt.QtCore import QVariant
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


class _Column:
    """An attribute column from the Arrow reader, turned into Python values when asked (text decoded once per
    distinct value, blanks and NaN as None)."""

    __slots__ = ("data", "encoding", "text", "real", "_decoded")

    def __init__(self, data, encoding):
        self.data = data
        self.encoding = encoding
        self.text = data.dtype.kind in "SO"
        self.real = data.dtype.kind == "f"
        self._decoded = {}

    def value(self, row):
        v = self.data[row]
        if self.text:
            hit = self._decoded.get(v)
            if hit is None and v not in self._decoded:
                text = v.decode(self.encoding, errors="replace") if isinstance(v, bytes) else v
                hit = self._decoded[v] = text if text not in ("", None) else None
            return hit
        v = v.item()
        return None if self.real and v != v else v  # NaN: NULL
