"""The work package (工作库): one GeoPackage per county and year.

Layers: `patches` (projected polygons with overlay results and judgments), `photos` (points), tables `history`
(one row per changed field) and `settings` (key/value). Every write goes through one verified transaction
(core/package_io.py), so a crash never leaves a half-written batch or a judgment without its history row, and a
write that did not reach the disk is never reported as done.
"""
import datetime
import getpass
import json
import os

from osgeo import gdal, ogr, osr

from ..rules import fields as F
from . import package_io
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


def _add_aliases(ds, specs):
    """Chinese aliases in gpkg_data_columns so QGIS shows them in forms and the attribute table."""
    package_io.execute(
        ds, "CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
        " name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT,"
        " CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name))")
    package_io.execute(
        ds, "INSERT OR IGNORE INTO gpkg_extensions(table_name, column_name, extension_name, definition, scope)"
        " VALUES ('gpkg_data_columns', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec121/#extension_schema',"
        " 'read-write')")
    for table, spec in zip((F.LAYER_PATCHES, F.LAYER_PHOTOS), specs):
        for name, _t, _l, _p, alias in spec:
            package_io.execute(ds, "INSERT OR REPLACE INTO gpkg_data_columns(table_name, column_name, name, title)"
                                   " VALUES ('{}', '{}', '{}', '{}')".format(table, name, alias, alias))


def _field_types(spec):
    return {name: ftype for name, ftype, *_ in spec}


PATCH_TYPES = _field_types(F.PATCH_FIELDS)
# A re-issue compares the ministry's fields; PC, DRSJ and YSSX change with every batch by nature.
REISSUE_COMPARED = [f[0] for f in F.ISSUED if f[0] != "JCBH"]
DERIVED_FROM_SHAPE = [f[0] for f in F.OVERLAY + F.PREJUDGE]
PERSON_KEPT = ("PZWH",)  # the overlay fills it, but once a patch is judged it is the technician's (as overlay_run)
# Below this the new outline is the same land (re-digitising noise); 1 m² is 0.0015 亩, under the 0.01 亩 precision.
RESHAPE_TOLERANCE_M2 = 1.0
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


def geometry_change(old, new):
    """(old 亩, new 亩, changed 亩) when the outline changed by more than RESHAPE_TOLERANCE_M2, else None.

    Areas are planar in the package's projected CRS: enough to say what changed (the overlay measures exactly).
    """
    if old is None or old.IsEmpty():
        return None if new is None or new.IsEmpty() else (0.0, new.GetArea() * F.MU_PER_M2, new.GetArea() * F.MU_PER_M2)
    if bytes(old.ExportToIsoWkb()) == bytes(new.ExportToIsoWkb()):
        return None
    try:
        moved = old.SymDifference(new).GetArea()
    except RuntimeError:  # GEOS on a bad ring: count it as changed rather than hide a new shape
        moved = abs(new.GetArea() - old.GetArea()) or RESHAPE_TOLERANCE_M2 * 2
    if moved <= RESHAPE_TOLERANCE_M2:
        return None
    return old.GetArea() * F.MU_PER_M2, new.GetArea() * F.MU_PER_M2, moved * F.MU_PER_M2


class WorkPackage:
    """Access to one work package file. Cheap to create; opens the GeoPackage per operation."""

    lock_wait = None  # seconds a write waits for a locked package (None: package_io.LOCK_WAIT_SECONDS)

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
        try:
            os.makedirs(folder or ".", exist_ok=True)
        except OSError as exc:
            raise package_io.failure(path, str(exc))
        tmp = path + ".creating.gpkg"
        package_io.remove_quietly(tmp)  # left by a run that was killed while creating
        try:
            cls._build(tmp, crs_authid, {
                "schema_version": SCHEMA_VERSION, "crs": crs_authid, "county_code": county_code,
                "county_name": county_name, "policy_year": str(year or ""), "created": now_text()})
            os.replace(tmp, path)  # the package appears complete or not at all
        except (RuntimeError, OSError) as exc:
            package_io.remove_quietly(tmp)
            raise package_io.failure(path, str(exc))
        except BaseException:
            package_io.remove_quietly(tmp)
            raise
        return cls(path)

    @staticmethod
    def _build(tmp, crs_authid, initial):
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs_authid)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        if ds is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or tmp)
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
            for statement in ("CREATE UNIQUE INDEX idx_patches_jcbh ON patches(JCBH)",
                              "CREATE INDEX idx_history_jcbh ON history(JCBH)",
                              "CREATE INDEX idx_photos_jcbh ON photos(JCBH)"):
                package_io.execute(ds, statement)
            for key, value in initial.items():
                feat = ogr.Feature(settings.GetLayerDefn())
                _put(feat, "KEY", key)
                _put(feat, "VALUE", value)
                settings.CreateFeature(feat)
            _add_aliases(ds, (F.PATCH_FIELDS, F.PHOTO_FIELDS))
            ds.FlushCache()
        finally:
            ds = None
        # closing flushes the file, where a full disk shows up without an error code: read the result back
        check = gdal.OpenEx(tmp, gdal.OF_VECTOR, allowed_drivers=["GPKG"])
        table = check.GetLayerByName(F.TABLE_SETTINGS) if check is not None else None
        if table is None or table.GetFeatureCount() != len(initial):
            raise RuntimeError(gdal.GetLastErrorMsg() or tr("新建的工作库读回不完整"))
        check = None

    @classmethod
    def open_or_create(cls, path, crs_authid, **kwargs):
        if os.path.exists(str(path)):
            return cls(path), False
        return cls.create(path, crs_authid, **kwargs), True

    def _upgrade_schema(self, ds):
        """Add patch fields that a newer plugin version knows and an older package lacks."""
        layer = ds.GetLayerByName(F.LAYER_PATCHES)
        have = {layer.GetLayerDefn().GetFieldDefn(i).GetName().upper()
                for i in range(layer.GetLayerDefn().GetFieldCount())}
        missing = [f for f in F.PATCH_FIELDS if f[0] not in have]
        if missing:
            def upgrade(upd):
                _create_fields(upd.GetLayerByName(F.LAYER_PATCHES), missing)
                _add_aliases(upd, (missing, []))
            self._write(upgrade)

    # ----- low level ------------------------------------------------------------------------------------------
    def _open(self, update=False):
        return package_io.open_dataset(self.path, update)

    def _write(self, body):
        """body(ds) in one verified transaction, retried while another program holds the package."""
        return package_io.write(self.path, body, self.lock_wait)

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

        def body(ds):
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
        self._write(body)

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
        def body(ds):
            changed = 0
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
        return self._write(body)

    def upsert_patches(self, records, action="import", user=None):
        """Add or refresh issued patches. records: dicts of field values plus '_wkb' (ISO WKB, package CRS).

        A JCBH already in the package keeps everything people produced (judgments, photos, history); its issued
        fields and geometry are refreshed. When the geometry or an issued field changed, the change is recorded
        field by field, what was derived from the old shape is cleared, and the patch is flagged for review (XFBG;
        self-check R01). Returns (added, reissued) JCBH lists; `last_reissue_changes` maps JCBH -> what changed.
        """
        user = user or current_user()
        values = {}
        for rec in records:
            try:
                values[rec["JCBH"]] = {n: _coerce(n, rec.get(n), PATCH_TYPES) for n in F.IMPORT_OWNED}
            except (TypeError, ValueError) as exc:
                raise WorkPackageError(tr("图斑 {} 的下发字段值无效：{}。请更正下发数据后重新导入。").format(
                    rec["JCBH"], exc))

        def body(ds):
            added, reissued, changes = [], [], {}
            layer = ds.GetLayerByName(F.LAYER_PATCHES)
            history = ds.GetLayerByName(F.TABLE_HISTORY)
            fids = self._fid_map(ds)
            stamp = now_text()
            for rec in records:
                jcbh = rec["JCBH"]
                geom = ogr.CreateGeometryFromWkb(rec["_wkb"])
                new_values = values[jcbh]
                if jcbh in fids:
                    feat = layer.GetFeature(fids[jcbh])
                    reissued.append(jcbh)
                    self._history_row(history, jcbh, "PC", _get(feat, "PC"), new_values.get("PC"),
                                      action + ":reissue", user, stamp)
                    note = self._reissue_change(feat, new_values, geom, history, action, user, stamp)
                    if note:
                        changes[jcbh] = note
                else:
                    feat = ogr.Feature(layer.GetLayerDefn())
                    added.append(jcbh)
                    self._history_row(history, jcbh, "*", None, new_values.get("PC"), action, user, stamp)
                    if rec.get("HSZT") is None:
                        _put(feat, "HSZT", "待核查")
                for name, value in new_values.items():
                    _set_field(feat, name, value)
                feat.SetGeometry(geom)
                if jcbh in fids:
                    layer.SetFeature(feat)
                else:
                    layer.CreateFeature(feat)
                    fids[jcbh] = feat.GetFID()
            return added, reissued, changes

        added, reissued, self.last_reissue_changes = self._write(body)
        return added, reissued

    def _reissue_change(self, feat, new_values, new_geom, history, action, user, stamp):
        """Record and act on what a re-issue changed; returns the review note (empty when nothing changed)."""
        act = action + ":reissue"
        parts = []
        for name in REISSUE_COMPARED:
            old, new = _get(feat, name), new_values.get(name)
            if not _same(old, new):
                self._history_row(history, _get(feat, "JCBH"), name, old, new, act, user, stamp)
                parts.append(tr("{} {} → {}").format(F.ALIASES.get(name, name), _text(old) or "—", _text(new) or "—"))
        reshaped = geometry_change(feat.GetGeometryRef(), new_geom)
        if reshaped:
            old_mu, new_mu, moved_mu = reshaped
            self._history_row(history, _get(feat, "JCBH"), "geom", "{:.2f} 亩".format(old_mu),
                              "{:.2f} 亩".format(new_mu), act, user, stamp)
            parts.insert(0, tr("图形变化（面积 {:.2f} → {:.2f} 亩，变动部分 {:.2f} 亩）").format(old_mu, new_mu, moved_mu))
            # every figure measured on the old shape is wrong now: cleared until the next overlay
            judged = _get(feat, "PDLX") not in (None, "")
            for name in DERIVED_FROM_SHAPE:
                if not (judged and name in PERSON_KEPT):
                    self._clear(feat, name, history, act, user, stamp)
        if not parts:
            return ""
        status = _get(feat, "HSZT")
        if status not in (None, "", "待核查", "已核查"):
            # a confirmed judgment of another shape or other issued data must be confirmed again
            _set_field(feat, "HSZT", "待核查")
            self._history_row(history, _get(feat, "JCBH"), "HSZT", status, "待核查", act, user, stamp)
        note = tr("{} 重新下发（批次 {}）：{}").format(stamp[:10], new_values.get("PC") or "", "；".join(parts))
        self._history_row(history, _get(feat, "JCBH"), "XFBG", _get(feat, "XFBG"), note, act, user, stamp)
        _set_field(feat, "XFBG", note[:254])
        return note

    def _clear(self, feat, name, history, action, user, stamp):
        old = _get(feat, name)
        if old not in (None, ""):
            _set_field(feat, name, None)
            self._history_row(history, _get(feat, "JCBH"), name, old, None, action, user, stamp)

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
        def body(ds):
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
        return self._write(body)

    def stored_source(self, source):
        """A reference layer source as the package keeps it: its file relative to the package's folder, so the
        county folder can move as a whole and the next run from another working folder still finds it."""
        path, sep, rest = str(source).partition("|")
        if not os.path.exists(path):
            return str(source)
        try:
            path = os.path.relpath(os.path.abspath(path), os.path.dirname(self.path))
        except ValueError:  # another drive (Windows): only an absolute path can say where it is
            path = os.path.abspath(path)
        return path.replace(os.sep, "/") + sep + rest

    def resolve_source(self, stored):
        """The usable source of a stored reference: relative to the package; older versions stored it relative
        to the working folder of the run, which is tried second."""
        path, sep, rest = str(stored).partition("|")
        if os.path.isabs(path):
            return str(stored)
        beside = os.path.normpath(os.path.join(os.path.dirname(self.path), path))
        if not os.path.exists(beside) and os.path.exists(path):
            return os.path.abspath(path) + sep + rest
        return beside + sep + rest

    def relative_path(self, path):
        """Photo paths are stored relative to the package so the folder can move as a whole."""
        return os.path.relpath(os.path.abspath(path), os.path.dirname(self.path)).replace(os.sep, "/")

    def absolute_path(self, stored):
        return os.path.normpath(os.path.join(os.path.dirname(self.path), stored))
