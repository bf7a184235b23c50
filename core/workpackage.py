"""The work package (工作库): one GeoPackage per county and year.

Layers: `patches` (projected polygons with overlay results and judgments), `photos` (points), tables `history`
(one row per changed field) and `settings` (key/value). Every write goes through one OGR dataset transaction, so a
crash never leaves a half-written batch or a judgment without its history row.
"""
import datetime
import getpass
import json
import os
from contextlib import contextmanager

from osgeo import gdal, ogr, osr

from ..rules import fields as F
from .errors import WorkPackageError
from .i18n import tr

ogr.UseExceptions()
osr.UseExceptions()

SCHEMA_VERSION = "1"
_OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal}


def now_text():
    return datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def current_user():
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts): history still needs a value
        return "unknown"


def _text(value):
    """History stores values as text; None stays empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value)


def _same(a, b):
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return _text(a) == _text(b)


def _create_fields(layer, spec):
    for name, ftype, length, precision, _alias in spec:
        defn = ogr.FieldDefn(name, _OGR_TYPES[ftype])
        if ftype == "str" and length:
            defn.SetWidth(length)
        if ftype == "real" and precision:
            defn.SetWidth(length)
            defn.SetPrecision(precision)
        layer.CreateField(defn)


def _field_types(spec):
    return {name: ftype for name, ftype, *_ in spec}


PATCH_TYPES = _field_types(F.PATCH_FIELDS)
PHOTO_TYPES = _field_types(F.PHOTO_FIELDS)


def _coerce(name, value, types):
    """Turn a value into what the field holds; raises ValueError naming the field."""
    if value is None or value == "":
        return None
    ftype = types.get(name)
    if ftype == "real":
        return float(value)
    if ftype == "int":
        return int(value)
    return str(value)


# GDAL's Python bindings look field names up in a Python loop over all fields (slow on the 80-field patches
# layer: most of the time of a 10k-patch write); the C-level index lookup is cheap.
def _get(feat, name):
    return feat.GetField(feat.GetDefnRef().GetFieldIndex(name))


def _put(feat, name, value):
    feat.SetField(feat.GetDefnRef().GetFieldIndex(name), value)


def _set_field(feat, name, value):
    index = feat.GetDefnRef().GetFieldIndex(name)
    if value is None:
        feat.SetFieldNull(index)
    else:
        feat.SetField(index, value)


class WorkPackage:
    """Access to one work package file. Cheap to create; opens the GeoPackage per operation."""

    def __init__(self, path):
        self.path = os.path.abspath(str(path))
        if not os.path.exists(self.path):
            raise WorkPackageError(tr("工作库不存在：{}。请先用“导入监测图斑”创建工作库。").format(self.path))
        ds = self._open(update=False)
        names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
        missing = {F.LAYER_PATCHES, F.LAYER_PHOTOS, F.TABLE_HISTORY, F.TABLE_SETTINGS} - names
        if missing:
            raise WorkPackageError(
                tr("{} 不是卫片执法工作库（缺少 {}）。请选择由本插件创建的工作库。").format(
                    self.path, ", ".join(sorted(missing))))
        self._upgrade_schema(ds)
        ds = None

    # ----- creation -------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path, crs_authid, county_code="", county_name="", year=""):
        path = os.path.abspath(str(path))
        if os.path.exists(path):
            raise WorkPackageError(tr("文件已存在：{}，不会覆盖。").format(path))
        folder = os.path.dirname(path)
        if folder and not os.path.isdir(folder):
            os.makedirs(folder, exist_ok=True)
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs_authid)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        tmp = path + ".creating.gpkg"
        driver = ogr.GetDriverByName("GPKG")
        ds = driver.CreateDataSource(tmp)
        try:
            patches = ds.CreateLayer(F.LAYER_PATCHES, srs, ogr.wkbMultiPolygon,
                                     options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
            _create_fields(patches, F.PATCH_FIELDS)
            photos = ds.CreateLayer(F.LAYER_PHOTOS, srs, ogr.wkbPoint,
                                    options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
            _create_fields(photos, F.PHOTO_FIELDS)
            history = ds.CreateLayer(F.TABLE_HISTORY, None, ogr.wkbNone, options=["FID=fid"])
            _create_fields(history, F.HISTORY_FIELDS)
            settings = ds.CreateLayer(F.TABLE_SETTINGS, None, ogr.wkbNone, options=["FID=fid"])
            _create_fields(settings, F.SETTINGS_FIELDS)
            ds.ExecuteSQL("CREATE UNIQUE INDEX idx_patches_jcbh ON patches(JCBH)")
            ds.ExecuteSQL("CREATE INDEX idx_history_jcbh ON history(JCBH)")
            ds.ExecuteSQL("CREATE INDEX idx_photos_jcbh ON photos(JCBH)")
            initial = {"schema_version": SCHEMA_VERSION, "crs": crs_authid, "county_code": county_code,
                       "county_name": county_name, "policy_year": str(year or ""), "created": now_text()}
            for key, value in initial.items():
                feat = ogr.Feature(settings.GetLayerDefn())
                _put(feat, "KEY", key)
                _put(feat, "VALUE", value)
                settings.CreateFeature(feat)
            ds.FlushCache()
        finally:
            ds = None
        os.replace(tmp, path)  # the package appears complete or not at all
        wp = cls(path)
        wp._add_aliases()
        return wp

    @classmethod
    def open_or_create(cls, path, crs_authid, **kwargs):
        if os.path.exists(str(path)):
            return cls(path), False
        return cls.create(path, crs_authid, **kwargs), True

    def _add_aliases(self):
        """Chinese aliases in gpkg_data_columns so QGIS shows them in forms and the attribute table."""
        ds = self._open(update=True)
        try:
            ds.ExecuteSQL(
                "CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                " name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT,"
                " CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name))")
            ds.ExecuteSQL("INSERT OR IGNORE INTO gpkg_extensions(table_name, column_name, extension_name, definition,"
                          " scope) VALUES ('gpkg_data_columns', NULL, 'gpkg_schema',"
                          " 'http://www.geopackage.org/spec121/#extension_schema', 'read-write')")
            for table, spec in ((F.LAYER_PATCHES, F.PATCH_FIELDS), (F.LAYER_PHOTOS, F.PHOTO_FIELDS)):
                for name, _t, _l, _p, alias in spec:
                    ds.ExecuteSQL("INSERT OR REPLACE INTO gpkg_data_columns(table_name, column_name, name, title)"
                                  " VALUES ('{}', '{}', '{}', '{}')".format(table, name, alias, alias))
        finally:
            ds = None

    def _upgrade_schema(self, ds):
        """Add patch fields that a newer plugin version knows and an older package lacks."""
        layer = ds.GetLayerByName(F.LAYER_PATCHES)
        have = {layer.GetLayerDefn().GetFieldDefn(i).GetName().upper()
                for i in range(layer.GetLayerDefn().GetFieldCount())}
        missing = [f for f in F.PATCH_FIELDS if f[0] not in have]
        if missing:
            upd = self._open(update=True)
            try:
                _create_fields(upd.GetLayerByName(F.LAYER_PATCHES), missing)
            finally:
                upd = None

    # ----- low level ------------------------------------------------------------------------------------------
    def _open(self, update=False):
        try:
            ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0),
                             allowed_drivers=["GPKG"])
        except RuntimeError as exc:
            raise WorkPackageError(tr("无法打开工作库 {}：{}").format(self.path, exc))
        if ds is None:
            raise WorkPackageError(tr("无法打开工作库 {}。").format(self.path))
        return ds

    @contextmanager
    def transaction(self):
        """One all-or-nothing write: yields the dataset; rolls back on any exception."""
        ds = self._open(update=True)
        ds.StartTransaction()
        try:
            yield ds
        except BaseException:
            ds.RollbackTransaction()
            ds = None
            raise
        ds.CommitTransaction()
        ds = None

    def uri(self, layer_name=F.LAYER_PATCHES):
        return "{}|layername={}".format(self.path, layer_name)

    def patches_layer(self, name=None):
        from qgis.core import QgsVectorLayer
        layer = QgsVectorLayer(self.uri(F.LAYER_PATCHES), name or tr("监测图斑"), "ogr")
        for idx, fld in enumerate(layer.fields()):
            alias = F.ALIASES.get(fld.name())
            if alias:
                layer.setFieldAlias(idx, alias)
        return layer

    def photos_layer(self, name=None):
        from qgis.core import QgsVectorLayer
        return QgsVectorLayer(self.uri(F.LAYER_PHOTOS), name or tr("举证照片"), "ogr")

    # ----- settings -------------------------------------------------------------------------------------------
    def settings(self):
        ds = self._open()
        out = {}
        for feat in ds.GetLayerByName(F.TABLE_SETTINGS):
            out[_get(feat, "KEY")] = _get(feat, "VALUE")
        return out

    def setting(self, key, default=None):
        value = self.settings().get(key)
        return default if value in (None, "") else value

    @property
    def crs(self):
        return self.setting("crs")

    def set_settings(self, values, user=None):
        """Set several settings at once, with a history row for each change."""
        user = user or current_user()
        with self.transaction() as ds:
            table = ds.GetLayerByName(F.TABLE_SETTINGS)
            current = {_get(f, "KEY"): f.GetFID() for f in table}
            history = ds.GetLayerByName(F.TABLE_HISTORY)
            for key, value in values.items():
                value = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                if key in current:
                    feat = table.GetFeature(current[key])
                    old = _get(feat, "VALUE")
                    if old == value:
                        continue
                    _put(feat, "VALUE", value)
                    table.SetFeature(feat)
                else:
                    old = None
                    feat = ogr.Feature(table.GetLayerDefn())
                    _put(feat, "KEY", key)
                    _put(feat, "VALUE", value)
                    table.CreateFeature(feat)
                self._history_row(history, "", "setting:" + key, old, value, "setting", user)

    # ----- patches: reading -----------------------------------------------------------------------------------
    def count(self):
        ds = self._open()
        return ds.GetLayerByName(F.LAYER_PATCHES).GetFeatureCount()

    def jcbh_list(self):
        ds = self._open()
        sql = ds.ExecuteSQL("SELECT JCBH FROM patches ORDER BY JCBH")
        try:
            return [f.GetField(0) for f in sql]
        finally:
            ds.ReleaseResultSet(sql)

    def patches(self, where=None, fields=None, geometry=False):
        """Patches as dicts (field -> value; '_fid'; '_wkb' when geometry=True). `where`: OGR attribute filter."""
        ds = self._open()
        layer = ds.GetLayerByName(F.LAYER_PATCHES)
        if where:
            layer.SetAttributeFilter(where)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        wanted = [(i, n) for i, n in enumerate(names) if fields is None or n in fields]
        if fields is not None:
            layer.SetIgnoredFields([n for n in names if n not in fields] + ([] if geometry else ["geom"]))
        elif not geometry:
            layer.SetIgnoredFields(["geom"])
        rows = []
        for feat in layer:
            row = {n: feat.GetField(i) for i, n in wanted}  # by index, see _get
            row["_fid"] = feat.GetFID()
            if geometry:
                geom = feat.GetGeometryRef()
                row["_wkb"] = bytes(geom.ExportToIsoWkb()) if geom is not None else None
            rows.append(row)
        return rows

    def patch(self, jcbh, geometry=False):
        rows = self.patches(where="JCBH = '{}'".format(str(jcbh).replace("'", "''")), geometry=geometry)
        return rows[0] if rows else None

    # ----- patches: writing -----------------------------------------------------------------------------------
    def update_patches(self, changes, action="edit", user=None):
        """Apply {JCBH: {field: value}} in one transaction, one history row per changed field.

        Returns the number of changed field values. Unknown JCBH or field raises before anything is written.
        """
        user = user or current_user()
        unknown_fields = sorted({k for c in changes.values() for k in c} - set(F.PATCH_FIELD_NAMES))
        if unknown_fields:
            raise WorkPackageError(tr("未知字段：{}").format(", ".join(unknown_fields)))
        coerced = {}
        for jcbh, values in changes.items():
            try:
                coerced[jcbh] = {k: _coerce(k, v, PATCH_TYPES) for k, v in values.items()}
            except (TypeError, ValueError) as exc:
                raise WorkPackageError(tr("图斑 {} 的字段值无效：{}").format(jcbh, exc))
        changed = 0
        with self.transaction() as ds:
            layer = ds.GetLayerByName(F.LAYER_PATCHES)
            fids = self._fid_map(ds)
            missing = [j for j in coerced if j not in fids]
            if missing:
                raise WorkPackageError(tr("工作库中没有这些图斑：{}").format(", ".join(map(str, missing[:20]))))
            history = ds.GetLayerByName(F.TABLE_HISTORY)
            stamp = now_text()
            for jcbh, values in coerced.items():
                feat = layer.GetFeature(fids[jcbh])
                dirty = False
                for name, value in values.items():
                    old = _get(feat, name)
                    if _same(old, value):
                        continue
                    _set_field(feat, name, value)
                    self._history_row(history, jcbh, name, old, value, action, user, stamp)
                    dirty = True
                    changed += 1
                if dirty:
                    layer.SetFeature(feat)
        return changed

    def upsert_patches(self, records, action="import", user=None):
        """Add or refresh issued patches. records: dicts of field values plus '_wkb' (ISO WKB, package CRS).

        A JCBH already in the package keeps everything people and later steps produced (KEPT_ON_REIMPORT);
        only its issued fields and geometry are refreshed. Returns (added, reissued) JCBH lists.
        """
        user = user or current_user()
        added, reissued = [], []
        with self.transaction() as ds:
            layer = ds.GetLayerByName(F.LAYER_PATCHES)
            history = ds.GetLayerByName(F.TABLE_HISTORY)
            fids = self._fid_map(ds)
            stamp = now_text()
            for rec in records:
                jcbh = rec["JCBH"]
                geom = ogr.CreateGeometryFromWkb(rec["_wkb"])
                if jcbh in fids:
                    feat = layer.GetFeature(fids[jcbh])
                    old_batch = _get(feat, "PC")
                    reissued.append(jcbh)
                    self._history_row(history, jcbh, "PC", old_batch, rec.get("PC"), action + ":reissue", user,
                                      stamp)
                else:
                    feat = ogr.Feature(layer.GetLayerDefn())
                    added.append(jcbh)
                    self._history_row(history, jcbh, "*", None, rec.get("PC"), action, user, stamp)
                for name in F.IMPORT_OWNED:
                    value = _coerce(name, rec.get(name), PATCH_TYPES)
                    _set_field(feat, name, value)
                if jcbh not in fids and rec.get("HSZT") is None:
                    _put(feat, "HSZT", "待核查")
                feat.SetGeometry(geom)
                if jcbh in fids:
                    layer.SetFeature(feat)
                else:
                    layer.CreateFeature(feat)
                    fids[jcbh] = feat.GetFID()
        return added, reissued

    @staticmethod
    def _fid_map(ds):
        # cast so OGR returns it as a field, not as a feature id that other queries renumber
        sql = ds.ExecuteSQL("SELECT CAST(fid AS INTEGER) AS pk, JCBH FROM patches")
        try:
            return {f.GetField(1): f.GetField(0) for f in sql}
        finally:
            ds.ReleaseResultSet(sql)

    @staticmethod
    def _history_row(history, jcbh, field, old, new, action, user, stamp=None):
        feat = ogr.Feature(history.GetLayerDefn())
        index = feat.GetDefnRef().GetFieldIndex
        # all text: the typed setter skips the bindings' per-call type dispatch (190k rows for one overlay run)
        for name, value in (("TIME", stamp or now_text()), ("USER", user), ("JCBH", jcbh or ""), ("FIELD", field),
                            ("OLD", _text(old)), ("NEW", _text(new)), ("ACTION", action)):
            feat.SetFieldString(index(name), value)
        history.CreateFeature(feat)

    # ----- history --------------------------------------------------------------------------------------------
    def history(self, jcbh=None):
        ds = self._open()
        table = ds.GetLayerByName(F.TABLE_HISTORY)
        if jcbh is not None:
            table.SetAttributeFilter("JCBH = '{}'".format(str(jcbh).replace("'", "''")))
        names = [f[0] for f in F.HISTORY_FIELDS]
        return [dict({n: _get(feat, n) for n in names}, _fid=feat.GetFID()) for feat in table]

    # ----- photos ---------------------------------------------------------------------------------------------
    def photos(self, jcbh=None):
        """Photo rows as dicts (fields of PHOTO_FIELDS, '_fid', '_x', '_y' in package CRS)."""
        ds = self._open()
        layer = ds.GetLayerByName(F.LAYER_PHOTOS)
        if jcbh is not None:
            layer.SetAttributeFilter("JCBH = '{}'".format(str(jcbh).replace("'", "''")))
        names = [f[0] for f in F.PHOTO_FIELDS]
        rows = []
        for feat in layer:
            row = {n: _get(feat, n) for n in names}
            row["_fid"] = feat.GetFID()
            geom = feat.GetGeometryRef()
            row["_x"], row["_y"] = (geom.GetX(), geom.GetY()) if geom is not None else (None, None)
            rows.append(row)
        return rows

    def write_photos(self, add=(), update=None, delete=(), action="photos", user=None):
        """Add photo rows (dicts with fields and '_x','_y' in package CRS), update {fid: {field: value}},
        delete fids; all in one transaction with history rows naming the patch and the photo path."""
        user = user or current_user()
        update = update or {}
        with self.transaction() as ds:
            layer = ds.GetLayerByName(F.LAYER_PHOTOS)
            history = ds.GetLayerByName(F.TABLE_HISTORY)
            stamp = now_text()
            new_fids = []
            for row in add:
                feat = ogr.Feature(layer.GetLayerDefn())
                for name, value in row.items():
                    if name.startswith("_"):
                        continue
                    value = _coerce(name, value, PHOTO_TYPES)
                    if value is not None:
                        _put(feat, name, value)
                if row.get("_x") is not None:
                    point = ogr.Geometry(ogr.wkbPoint)
                    point.AddPoint_2D(float(row["_x"]), float(row["_y"]))
                    feat.SetGeometry(point)
                layer.CreateFeature(feat)
                new_fids.append(feat.GetFID())
                self._history_row(history, row.get("JCBH"), "photo", None, row.get("PATH"), action + ":add", user,
                                  stamp)
            for fid, values in update.items():
                feat = layer.GetFeature(fid)
                if feat is None:
                    raise WorkPackageError(tr("照片记录 {} 不存在。").format(fid))
                for name, value in values.items():
                    old = _get(feat, name)
                    value = _coerce(name, value, PHOTO_TYPES)
                    if _same(old, value):
                        continue
                    _set_field(feat, name, value)
                    # an unlink (JCBH emptied) belongs to the history of the patch it left
                    patch_of_row = old if name == "JCBH" and old else _get(feat, "JCBH")
                    self._history_row(history, patch_of_row or value or "", "photo:" + name, old, value,
                                      action + ":update", user, stamp)
                layer.SetFeature(feat)
            for fid in delete:
                feat = layer.GetFeature(fid)
                if feat is None:
                    continue
                self._history_row(history, _get(feat, "JCBH"), "photo", _get(feat, "PATH"), None,
                                  action + ":remove", user, stamp)
                layer.DeleteFeature(fid)
        return new_fids

    def relative_path(self, path):
        """Photo paths are stored relative to the package so the folder can move as a whole."""
        return os.path.relpath(os.path.abspath(path), os.path.dirname(self.path)).replace(os.sep, "/")

    def absolute_path(self, stored):
        return os.path.normpath(os.path.join(os.path.dirname(self.path), stored))
