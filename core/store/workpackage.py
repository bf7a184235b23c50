"""The work package (工作库): one GeoPackage per county and year, or one schema of a PostgreSQL/PostGIS database
that several technicians share (source.py says how either is named).

Layers: `patches` (projected polygons with overlay results and judgments), `photos` (points), tables `history`
(one row per changed field) and `settings` (key/value). Every write goes through one verified transaction
(core/store/package_io.py), so a crash never leaves a half-written batch or a judgment without its history row, and a
write that did not reach the disk is never reported as done.

No lost update: every write of a patch row raises its row version ROWVER, and the rows a write changes are locked
before they are read (PostgreSQL: SELECT … FOR UPDATE; SQLite lets one writer in at a time and our retry re-reads).
A save that says which version it started from (`expected`) is refused with EditConflict when someone else saved
the unit in between.
"""
import datetime
import getpass
import json
import os

from osgeo import gdal, ogr, osr
from qgis.core import QgsSettings

from ...rules import fields as F
from . import gpkg_read, ogr_io, package_io, pg_read, pg_sql, photo_files, source as S, tables
from ..errors import EditConflict, WorkPackageError
from ..i18n import tr


SCHEMA_VERSION = "1"
FILES_FOLDER = "files_folder"  # PostgreSQL packages: the shared folder their files are kept in
_OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal}


def now_text():
    return datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


OPERATOR_SETTING = "wpzf/operator"


def operator_name(settings=None):
    """The technician's name the history records (QGIS setting wpzf/operator, asked by the dock); "" until set."""
    value = (settings or QgsSettings()).value(OPERATOR_SETTING, "")
    return str(value or "").strip()


def set_operator_name(name, settings=None):
    (settings or QgsSettings()).setValue(OPERATOR_SETTING, str(name or "").strip())


def current_user():
    """Who a write is recorded for: the technician's name when set (shared county PCs log in as one account),
    else the login name."""
    name = operator_name()
    if name:
        return name
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


def same_value(a, b, tolerance=1e-9):
    """A stored and a new value agree: both empty, numbers within `tolerance`, or the same text."""
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < tolerance
    return _text(a) == _text(b)


def create_fields(layer, spec, sized=True):
    """OGR fields from a spec of (name, "str"/"int"/"real", width, precision, alias) rows (rules/fields.py).

    sized=False (PostgreSQL): text without a length and reals as double precision — PostgreSQL enforces a declared
    length (a long remark would fail the save) and rounds NUMERIC(w,p); a GeoPackage only records both."""
    for name, ftype, length, precision, _alias in spec:
        defn = ogr.FieldDefn(name, _OGR_TYPES[ftype])
        if not sized:
            pass
        elif ftype == "str" and length:
            defn.SetWidth(length)
        elif ftype == "real" and precision:
            defn.SetWidth(length)
            defn.SetPrecision(precision)
        ogr_io.add_field(layer, defn)


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
ROWVER = F.ROWVER
# Packages made when history FIELD was TEXT(20) are widened when opened (_widen_history): GDAL warns about every
# longer value ("setting:<KEY>", "photo:<field>").
HISTORY_FIELDS = F.HISTORY_FIELDS


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


FID_LOOKUP_MAX = 3000  # keys looked up one by one through the index; more: one pass over the table
FID_LOOKUP_CHUNK = 500


class _HistoryRows:
    """Many history rows of one write: one feature object and the field indexes reused, all values as text."""

    NAMES = ("TIME", "USER", "JCBH", "FIELD", "OLD", "NEW", "ACTION")

    def __init__(self, layer, action, user, stamp):
        self.layer = layer
        self.feat = ogr.Feature(layer.GetLayerDefn())
        self.index = [self.feat.GetDefnRef().GetFieldIndex(n) for n in self.NAMES]
        self.fixed = (stamp, user, action)
        self.rows = []

    def add(self, jcbh, field, old, new):
        self.rows.append((jcbh or "", field, _text(old), _text(new)))

    def flush(self):
        """Write the rows kept so far (after the patch updates: on PostgreSQL one COPY instead of a round trip per
        row between UPDATEs)."""
        feat, i = self.feat, self.index
        stamp, user, action = self.fixed
        # PostgreSQL: COPY instead of one INSERT per row (a first overlay of a county writes ~170k rows)
        gdal.SetThreadLocalConfigOption("PG_USE_COPY", "YES")
        try:
            for jcbh, field, old, new in self.rows:
                feat.SetFID(-1)  # CreateFeature stored the last row's id on it
                for k, value in zip(i, (stamp, user, jcbh, field, old, new, action)):
                    feat.SetFieldString(k, value)
                ogr_io.create(self.layer, feat)
        finally:
            gdal.SetThreadLocalConfigOption("PG_USE_COPY", None)
        self.rows = []


# A unit's key is unique (a part's number, or the JCBH of a patch that is not a part); JCBH itself is shared by a
# split patch and its parts.
KEY_INDEXES = ("CREATE UNIQUE INDEX idx_patches_unit ON patches(({}))".format(F.UNIT_KEY_SQL),
               "CREATE INDEX idx_patches_jcbh ON patches(JCBH)")
OTHER_INDEXES = ("CREATE INDEX idx_history_jcbh ON history(JCBH)", "CREATE INDEX idx_photos_jcbh ON photos(JCBH)")
NOT_SPLIT_PARENT = "(TBZT IS NULL OR TBZT <> '{}')".format(F.SPLIT_PARENT)


def units_filter(keys):
    """The attribute filter selecting the units `keys` (parts by their number, patches by JCBH), via the unique
    index on the unit key: a few units of a year's package are read without scanning the rest."""
    return "{} IN ({})".format(F.UNIT_KEY_SQL, ", ".join("'{}'".format(str(k).replace("'", "''")) for k in keys))


def _narrow_history(ds):
    """History text columns declared narrower than HISTORY_FIELDS: [(index, FieldDefn as it should be)]."""
    defn = ds.GetLayerByName(F.TABLE_HISTORY).GetLayerDefn()
    out = []
    for name, ftype, width, _p, _a in HISTORY_FIELDS:
        index = defn.GetFieldIndex(name)
        old = defn.GetFieldDefn(index).GetWidth() if index >= 0 and ftype == "str" else 0
        if old and (width == 0 or width > old):
            wider = ogr.FieldDefn(name, ogr.OFTString)
            wider.SetWidth(width)
            out.append((index, wider))
    return out


def _widen_history(ds):
    """GeoPackage (SQLite) keeps TEXT(n) only as a declaration; GDAL rewrites the table with the new one (rows,
    indexes and triggers kept)."""
    layer = ds.GetLayerByName(F.TABLE_HISTORY)
    for index, wider in _narrow_history(ds):
        ogr_io.alter_field(layer, index, wider, ogr.ALTER_WIDTH_PRECISION_FLAG)


_is_pg = package_io.is_pg_dataset


def _lock_units(ds, fids):
    """PostgreSQL: lock the rows a write is about to read and change, so a second writer waits for the first one's
    commit and then reads what it stored (no lost update). SQLite admits one writer at a time anyway."""
    if not fids or not _is_pg(ds):
        return
    fids = sorted(int(f) for f in fids)
    for i in range(0, len(fids), 5000):
        package_io.scalar(ds, "SELECT count(*) FROM (SELECT fid FROM patches WHERE fid IN ({}) FOR UPDATE) AS locked"
                          .format(", ".join(map(str, fids[i:i + 5000]))))


def _sql_literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'{}'".format(str(value).replace("'", "''"))


def _apply_ogr(layer, fids, coerced, expected, history):
    """The changes feature by feature (GeoPackage: SQLite reads a row in microseconds). (changed, {stale key: fid})"""
    changed, stale = 0, {}
    index = {}  # field name -> index, looked up once (a first overlay writes 170k values)
    for jcbh, values in coerced.items():
        feat = layer.GetFeature(fids[jcbh])
        if feat is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or "GetFeature {}".format(fids[jcbh]))
        if jcbh in expected and int(_get(feat, ROWVER) or 0) != int(expected[jcbh] or 0):
            stale[jcbh] = fids[jcbh]
            continue
        dirty = False
        for name, value in values.items():
            i = index.get(name)
            if i is None:
                i = index[name] = feat.GetDefnRef().GetFieldIndex(name)
            old = feat.GetField(i)
            if same_value(old, value):
                continue
            if value is None:
                feat.SetFieldNull(i)
            else:
                feat.SetField(i, value)
            history.add(jcbh, name, old, value)
            dirty = True
            changed += 1
        if dirty:
            _bump(feat)
            ogr_io.update(layer, feat)
    return changed, stale


_PG_TYPES = {"real": "double precision", "int": "integer", "str": "text"}
PG_CHUNK = 1000


def _apply_pg(ds, fids, coerced, expected, history):
    """The changes on PostgreSQL in a few statements: the current values read in chunks, then one UPDATE … FROM
    (VALUES …) per chunk of rows changing the same columns — only those columns (a technician's role may update
    just the judgment fields) and ROWVER. (changed, {stale key: fid})"""
    names = sorted({n for values in coerced.values() for n in values})
    current = {}
    ordered = sorted(set(fids[k] for k in coerced))
    for i in range(0, len(ordered), PG_CHUNK):
        result = package_io.query(ds, "SELECT CAST(fid AS INTEGER) AS wpzf_fid, {} FROM patches WHERE fid IN ({})"
                                  .format(", ".join([ROWVER] + names), ", ".join(map(str, ordered[i:i + PG_CHUNK]))))
        if result is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or "SELECT patches")
        try:
            for feat in result:
                current[feat.GetField(0)] = [feat.GetField(k) for k in range(1, len(names) + 2)]
        finally:
            ds.ReleaseResultSet(result)
    position = {n: k + 1 for k, n in enumerate(names)}
    changed, stale, groups = 0, {}, {}
    for key, values in coerced.items():
        fid = fids[key]
        row = current[fid]
        version = int(row[0] or 0)
        if key in expected and version != int(expected[key] or 0):
            stale[key] = fid
            continue
        dirty = []
        for name, value in values.items():
            old = row[position[name]]
            if not same_value(old, value):
                history.add(key, name, old, value)
                dirty.append((name, value))
        if dirty:
            changed += len(dirty)
            columns = tuple(n for n, _v in dirty) + (ROWVER,)
            groups.setdefault(columns, []).append((fid, [v for _n, v in dirty] + [version + 1]))
    for columns, rows in groups.items():
        types = [_PG_TYPES[PATCH_TYPES[c]] for c in columns]
        for i in range(0, len(rows), PG_CHUNK):
            values = ", ".join("({}, {})".format(fid, ", ".join("{}::{}".format(_sql_literal(v), t)
                                                                for v, t in zip(vals, types)))
                               for fid, vals in rows[i:i + PG_CHUNK])
            package_io.execute(ds, 'UPDATE patches AS p SET {} FROM (VALUES {}) AS v(wpzf_fid, {}) '
                                   'WHERE p.fid = v.wpzf_fid'.format(
                                       ", ".join('"{0}" = v."{0}"'.format(c) for c in columns), values,
                                       ", ".join('"{}"'.format(c) for c in columns)))
    return changed, stale


def _geometry(wkb, key):
    """OGR geometry of WKB; a geometry OGR cannot read stops the write naming the unit (OGR would store none)."""
    geom = ogr.CreateGeometryFromWkb(wkb) if wkb else None
    if geom is None:
        raise WorkPackageError(tr("图斑 {} 的图形无法读取（WKB 无效），未写入。").format(key))
    return geom


def _bump(feat):
    """The row's next version: every write of a patch row raises it (NULL in an older package counts as 0)."""
    index = feat.GetDefnRef().GetFieldIndex(ROWVER)
    if index >= 0:
        feat.SetField(index, int(feat.GetField(index) or 0) + 1)


def _may_split(parent, key):
    state = _get(parent, "TBZT")
    if state == F.PART:
        raise WorkPackageError(tr("{} 是子图斑，不能再拆分；请先合并回原图斑，再重新拆分。").format(key))
    if state == F.SPLIT_PARENT:
        raise WorkPackageError(tr("图斑 {} 已经拆分过。").format(key))
    if _get(parent, "HSZT") == "已确认":
        raise WorkPackageError(tr("图斑 {} 已确认，不能拆分；请先把核查状态改回后再拆分。").format(key))


def _nearest(point, shapes):
    """Key of the shape holding `point`, else of the nearest one; None without a point or shapes."""
    if point is None or not shapes:
        return None
    inside = [k for k, g in shapes.items() if g.Contains(point)]
    return inside[0] if inside else min(shapes, key=lambda k: shapes[k].Distance(point))


def geometry_change(old, new):
    """(old 亩, new 亩, changed 亩) when the outline changed by more than RESHAPE_TOLERANCE_M2, else None.

    Areas are planar in the package's projected CRS: enough to say what changed (the overlay measures exactly).
    """
    if old is None or old.IsEmpty():
        if new is None or new.IsEmpty():
            return None
        return 0.0, new.GetArea() * F.MU_PER_M2, new.GetArea() * F.MU_PER_M2
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
    """Access to one work package. Cheap to create; opens the GeoPackage (or connects to PostgreSQL) per operation.

    `path` is what every caller passes on: the GeoPackage's absolute path, or for PostgreSQL the OGR data source
    name "PG:… schemas=<schema>" (WorkPackage(wp.path) opens the same package again). `label` names it in messages.
    """

    lock_wait = None  # seconds a write waits for a locked package (None: package_io.LOCK_WAIT_SECONDS)

    def __init__(self, path):
        self.source = S.parse(path) if S.is_postgres(path) else None
        if self.source is not None:
            self.path = self.source.ogr_name
        else:
            self.path = os.path.abspath(str(path))
            if not os.path.exists(self.path):
                raise WorkPackageError(tr("工作库不存在：{}。请先用“导入监测图斑”创建工作库。").format(self.path))
        ds = None if self.is_postgres else self._open(update=False)
        missing = {F.LAYER_PATCHES, F.LAYER_PHOTOS, F.TABLE_HISTORY, F.TABLE_SETTINGS} - self._table_names(ds)
        if missing:
            raise WorkPackageError(
                tr("{} 不是卫片执法工作库（缺少 {}）。请选择由本插件创建的工作库。").format(
                    self.label, ", ".join(sorted(missing))))
        self._upgrade_schema(ds)
        ds = None

    @property
    def is_postgres(self):
        return self.source is not None

    @property
    def label(self):
        """Where the package is, for messages (never a password)."""
        return self.source.label if self.source is not None else self.path

    @property
    def name(self):
        """Its short name in documents and manifests: the file name, or the schema for PostgreSQL."""
        return self.source.schema if self.source is not None else os.path.basename(self.path)

    @staticmethod
    def exists(path):
        """A package is there to open (a file, or tables in the PostgreSQL schema)."""
        if not S.is_postgres(path):
            return os.path.exists(str(path))
        src = S.parse(path)
        return bool(pg_sql.rows(src, "SELECT count(*) FROM pg_tables WHERE schemaname = {} AND tablename = {}".format(
            pg_sql.literal(src.schema), pg_sql.literal(F.LAYER_PATCHES)))[0][0])

    # ----- creation -------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path, crs_authid, county_code="", county_name="", year=""):
        initial = {"schema_version": SCHEMA_VERSION, "crs": crs_authid, "county_code": county_code,
                   "county_name": county_name, "policy_year": str(year or ""), "created": now_text()}
        if S.is_postgres(path):
            return cls._create_pg(S.parse(path), crs_authid, initial)
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
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
            if ds is None:
                raise RuntimeError(gdal.GetLastErrorMsg() or tmp)
            try:
                cls._build(ds, crs_authid, initial, sized=True)
                _add_aliases(ds, (F.PATCH_FIELDS, F.PHOTO_FIELDS))
                ds.FlushCache()
            finally:
                ds = None
            # closing flushes the file, where a full disk shows up without an error code: read the result back
            cls._check_settings(gdal.OpenEx(tmp, gdal.OF_VECTOR, allowed_drivers=["GPKG"]), initial)
            os.replace(tmp, path)  # the package appears complete or not at all
        except (RuntimeError, OSError) as exc:
            package_io.remove_quietly(tmp)
            raise package_io.failure(path, str(exc))
        except BaseException:
            package_io.remove_quietly(tmp)
            raise
        return cls(path)

    @classmethod
    def _create_pg(cls, src, crs_authid, initial):
        """Tables made in a scratch schema in one transaction, then renamed to the package's: the package appears
        complete or not at all, as a GeoPackage does by its rename."""
        server = package_io.open_dataset("PG:" + src.conninfo, update=True)
        taken = package_io.scalar(server, "SELECT count(*) FROM pg_namespace WHERE nspname = '{}'".format(src.schema))
        if taken:
            raise WorkPackageError(tr("PostgreSQL 模式 {} 已存在，不会覆盖。请换一个模式名，或由管理员确认后删除它。")
                                   .format(src.label))
        scratch = S.PgSource(src.conninfo, (src.schema + "__creating")[:63])
        try:
            package_io.execute(server, "DROP SCHEMA IF EXISTS {} CASCADE".format(scratch.schema))
            package_io.execute(server, "CREATE SCHEMA {}".format(scratch.schema))
        except RuntimeError as exc:
            raise package_io.failure(src.ogr_name, str(exc))
        server = None
        try:
            def build(ds):
                cls._build(ds, crs_authid, initial, sized=False)
            package_io.write(scratch.ogr_name, build)
            check = package_io.open_dataset(scratch.ogr_name)
            cls._check_settings(check, initial)
            check = None
            server = package_io.open_dataset("PG:" + src.conninfo, update=True)
            package_io.execute(server, "ALTER SCHEMA {} RENAME TO {}".format(scratch.schema, src.schema))
            made = cls(src.ogr_name)
            for tableset in tables.ALL:  # made by the creator (an admin): technicians only write rows
                tables.ensure(made, tableset)
            if package_io.scalar(server, "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                         "p.pronamespace WHERE n.nspname = 'wpzf' AND p.proname = 'grant_package'"):
                # the county's roles (docs/sql/wpzf_roles.sql): viewers, technicians and admins get the new package
                package_io.scalar(server, "SELECT wpzf.grant_package('{}')".format(src.schema))
        except (RuntimeError, WorkPackageError) as exc:
            server = package_io.open_dataset("PG:" + src.conninfo, update=True)
            package_io.execute(server, "DROP SCHEMA IF EXISTS {} CASCADE".format(scratch.schema))
            if isinstance(exc, WorkPackageError):
                raise
            raise package_io.failure(src.ogr_name, str(exc))
        return cls(src.ogr_name)

    @staticmethod
    def _build(ds, crs_authid, initial, sized):
        srs = osr.SpatialReference()
        if srs.SetFromUserInput(crs_authid) != 0:
            raise WorkPackageError(tr("无法识别坐标系 {}。").format(crs_authid))
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        options = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"]
        if not sized:  # PostgreSQL: keep the upper-case names (the stable interface), index with GiST
            options = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=GIST", "LAUNDER=NO", "PRECISION=NO"]
        table_options = ["FID=fid"] + ([] if sized else ["LAUNDER=NO", "PRECISION=NO"])
        patches = ogr_io.new_layer(ds, F.LAYER_PATCHES, srs, ogr.wkbMultiPolygon, options)
        create_fields(patches, F.PATCH_FIELDS, sized)
        photos = ogr_io.new_layer(ds, F.LAYER_PHOTOS, srs, ogr.wkbPoint, options)
        create_fields(photos, F.PHOTO_FIELDS, sized)
        history = ogr_io.new_layer(ds, F.TABLE_HISTORY, None, ogr.wkbNone, table_options)
        create_fields(history, HISTORY_FIELDS, sized)
        settings = ogr_io.new_layer(ds, F.TABLE_SETTINGS, None, ogr.wkbNone, table_options)
        create_fields(settings, F.SETTINGS_FIELDS, sized)
        for key, value in initial.items():
            feat = ogr.Feature(settings.GetLayerDefn())
            _put(feat, "KEY", key)
            _put(feat, "VALUE", value)
            ogr_io.create(settings, feat)
        if not sized:
            ds.FlushCache()  # OGR's PostgreSQL driver may defer creating a table until its first row or a flush
        for statement in KEY_INDEXES + OTHER_INDEXES:
            package_io.execute(ds, statement)

    @staticmethod
    def _check_settings(ds, initial):
        table = ds.GetLayerByName(F.TABLE_SETTINGS) if ds is not None else None
        if table is None or table.GetFeatureCount() != len(initial):
            raise RuntimeError(gdal.GetLastErrorMsg() or tr("新建的工作库读回不完整"))

    def discard(self):
        """Remove a package this run has just created and not filled (its first import failed)."""
        if self.source is None:
            os.remove(self.path)
            return
        server = package_io.open_dataset("PG:" + self.source.conninfo, update=True)
        package_io.execute(server, "DROP SCHEMA IF EXISTS {} CASCADE".format(self.source.schema))

    @classmethod
    def open_or_create(cls, path, crs_authid, **kwargs):
        if cls.exists(path):
            return cls(path), False
        return cls.create(path, crs_authid, **kwargs), True

    def _table_names(self, ds):
        if self.source is None:
            return {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
        # PostgreSQL: QGIS's pooled connection (an OGR open costs ~40 ms and describes every table)
        return {name for (name,) in self.rows("SELECT tablename FROM pg_tables WHERE schemaname = {}".format(
            pg_sql.literal(self.source.schema)))}

    def _patch_columns(self, ds):
        if self.source is None:
            defn = ds.GetLayerByName(F.LAYER_PATCHES).GetLayerDefn()
            return {defn.GetFieldDefn(i).GetName().upper() for i in range(defn.GetFieldCount())}
        return {name.upper() for name in pg_read.patch_columns(self.source)}

    def _has_index(self, name):
        if self.source is None:
            sql = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = {}"
        else:
            sql = "SELECT count(*) FROM pg_indexes WHERE schemaname = {} AND indexname = {{}}".format(
                pg_sql.literal(self.source.schema))
        return bool(self.rows(sql.format(pg_sql.literal(name)))[0][0])

    def table(self, name):
        """How SQL of rows() names a table of the package (schema-qualified on PostgreSQL)."""
        return pg_sql.table(self.source, name) if self.source is not None else '"{}"'.format(name)

    def rows(self, statement):
        """All rows of a read-only `statement` (tables named by table()), without OGR: plain SQLite for a
        GeoPackage, QGIS's pooled connection for PostgreSQL. Nothing is kept open."""
        if self.source is not None:
            return pg_sql.rows(self.source, statement)
        return gpkg_read.rows(self.path, statement)

    def _upgrade_schema(self, ds):
        """Add patch fields that a newer plugin version knows and an older package lacks."""
        have = self._patch_columns(ds)
        missing = [f for f in F.PATCH_FIELDS if f[0] not in have]
        unit_index = self._has_index("idx_patches_unit")
        if missing or not unit_index:
            def upgrade(upd):
                if missing:
                    create_fields(upd.GetLayerByName(F.LAYER_PATCHES), missing, not self.is_postgres)
                    if not self.is_postgres:
                        _add_aliases(upd, (missing, []))
                if not unit_index:  # before splitting, JCBH alone was unique; now a part shares its parent's
                    package_io.execute(upd, "DROP INDEX IF EXISTS idx_patches_jcbh")
                    for statement in KEY_INDEXES:
                        package_io.execute(upd, statement)
            self._write(upgrade)
        if not self.is_postgres and _narrow_history(ds):
            try:
                package_io.write(self.path, _widen_history, 1.0)
            except WorkPackageError:
                pass  # read-only or busy: the width is only declared (GDAL warns), the next open widens it

    # ----- low level ------------------------------------------------------------------------------------------
    def _open(self, update=False):
        return package_io.open_dataset(self.path, update)

    def _write(self, body):
        """body(ds) in one verified transaction, retried while another program holds the package."""
        return package_io.write(self.path, body, self.lock_wait)

    @property
    def folder(self):
        """The folder photos, attachments' copies and reference layers are kept relative to: the GeoPackage's, or
        for PostgreSQL the shared folder recorded in the package's settings (setting `files_folder`)."""
        if self.source is None:
            return os.path.dirname(self.path)
        folder = self.setting(FILES_FOLDER)
        if not folder:
            raise WorkPackageError(tr("PostgreSQL 工作库 {} 还没有设置共享文件夹（照片、附件、核查返回等文件存放处）。"
                                      "请由管理员在“复制工作库”或工作库设置中指定一个各技术员都能访问的文件夹"
                                      "（设置项 {}）。").format(self.label, FILES_FOLDER))
        return folder

    def uri(self, layer_name=F.LAYER_PATCHES):
        if self.source is not None:
            return self.source.qgis_uri(layer_name, "geom" if layer_name in (F.LAYER_PATCHES, F.LAYER_PHOTOS) else None)
        return "{}|layername={}".format(self.path, layer_name)

    @property
    def provider(self):
        """QGIS data provider of the package's layers."""
        return "postgres" if self.source is not None else "ogr"

    def patches_layer(self, name=None):
        from qgis.core import QgsVectorLayer
        layer = QgsVectorLayer(self.uri(F.LAYER_PATCHES), name or tr("监测图斑"), self.provider)
        for idx, fld in enumerate(layer.fields()):
            alias = F.ALIASES.get(fld.name())
            if alias:
                layer.setFieldAlias(idx, alias)
        return layer

    def photos_layer(self, name=None):
        from qgis.core import QgsVectorLayer
        return QgsVectorLayer(self.uri(F.LAYER_PHOTOS), name or tr("举证照片"), self.provider)

    # ----- settings -------------------------------------------------------------------------------------------
    def settings(self):
        if self.is_postgres:
            return {k: v for k, v in self.rows("SELECT KEY, VALUE FROM {}".format(self.table(F.TABLE_SETTINGS)))}
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
            for key, value in values.items():
                self._setting_in(ds, key, value, user)
        self._write(body)

    def _setting_in(self, ds, key, value, user):
        """One setting written in the caller's transaction, with its history row when it changed."""
        table = ds.GetLayerByName(F.TABLE_SETTINGS)
        value = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        package_io.set_filter(table, "KEY = '{}'".format(key.replace("'", "''")))
        current = [f.GetFID() for f in table]
        table.SetAttributeFilter(None)
        if current:
            feat = table.GetFeature(current[0])
            old = _get(feat, "VALUE")
            if old == value:
                return
            _put(feat, "VALUE", value)
            ogr_io.update(table, feat)
        else:
            old = None
            feat = ogr.Feature(table.GetLayerDefn())
            _put(feat, "KEY", key)
            _put(feat, "VALUE", value)
            ogr_io.create(table, feat)
        self._history_row(ds.GetLayerByName(F.TABLE_HISTORY), "", "setting:" + key, old, value, "setting", user)

    # ----- patches: reading -----------------------------------------------------------------------------------
    def count(self, split_parents=False):
        """Units of judgment (patches and parts; split parents only when asked)."""
        ds = self._open()
        layer = ds.GetLayerByName(F.LAYER_PATCHES)
        if not split_parents:
            package_io.set_filter(layer, NOT_SPLIT_PARENT)
        return layer.GetFeatureCount()

    def jcbh_list(self, split_parents=False):
        """Keys of the units of judgment, sorted (a part's key is its number ZTBBH)."""
        ds = self._open()
        sql = package_io.query(ds, "SELECT {} AS K FROM patches{} ORDER BY K".format(
            F.UNIT_KEY_SQL, "" if split_parents else " WHERE " + NOT_SPLIT_PARENT))
        try:
            return [f.GetField(0) for f in sql]
        finally:
            ds.ReleaseResultSet(sql)

    def patches(self, where=None, fields=None, geometry=False, split_parents=False):
        """Units of judgment as dicts (field -> value; '_fid'; '_wkb' when geometry=True).

        `where`: OGR attribute filter. A patch that was split (TBZT 被拆分) is not a unit any more and is left out
        unless `split_parents`; so no algorithm counts a parent beside its parts. In every row "JCBH" is the unit's
        key (F.unit_key: a part's number ZTBBH), so callers address parts like patches; the issued number of a part
        stays in "_JCBH" (what an export writes as JCBH).
        """
        ds = self._open()
        layer = ds.GetLayerByName(F.LAYER_PATCHES)
        condition = " AND ".join("({})".format(c) for c in (where, None if split_parents else NOT_SPLIT_PARENT) if c)
        if condition:
            package_io.set_filter(layer, condition)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if fields is not None:
            fields = set(fields) | {F.KEY, "ZTBBH"}  # the key is always needed
        wanted = [(i, n) for i, n in enumerate(names) if fields is None or n in fields]
        if fields is not None:
            layer.SetIgnoredFields([n for n in names if n not in fields] + ([] if geometry else ["geom"]))
        elif not geometry:
            layer.SetIgnoredFields(["geom"])
        rows = []
        for feat in layer:
            row = {n: feat.GetField(i) for i, n in wanted}  # by index, see _get
            row["_JCBH"] = row.get(F.KEY)
            row[F.KEY] = F.unit_key(row)
            row["_fid"] = feat.GetFID()
            if geometry:
                geom = feat.GetGeometryRef()
                row["_wkb"] = bytes(geom.ExportToIsoWkb()) if geom is not None else None
            rows.append(row)
        # in the order rows were added, on both backends (PostgreSQL returns an updated row wherever it now lies):
        # whatever breaks a tie by order (the nearest of two equally near parts) decides alike
        rows.sort(key=lambda r: r["_fid"])
        return rows

    def patch(self, key, geometry=False):
        """One unit (or a split parent) by its key."""
        rows = self.patches(where=units_filter([key]), geometry=geometry, split_parents=True)
        return rows[0] if rows else None

    def list_rows(self, names, jcbh=None):
        """Fields `names` of every patch, split parents included (or of those issued as `jcbh`), fast (the dock's
        list); "JCBH" is the unit key, "_JCBH" the issued number."""
        if self.is_postgres:
            return pg_read.list_rows(self.source, list(names), jcbh)
        return gpkg_read.list_rows(self.path, list(names), jcbh)

    def unit_reader(self):
        """A reader kept open while the dock shows the package: .patch(key) is patch(key, geometry=True) in about
        a millisecond; .close() when done."""
        return pg_read.UnitReader(self.source) if self.is_postgres else gpkg_read.UnitReader(self.path)

    # ----- patches: writing -----------------------------------------------------------------------------------
    def update_patches(self, changes, action="edit", user=None, also=None, expected=None):
        """Apply {JCBH: {field: value}} in one transaction, one history row per changed field.

        Returns the number of changed field values. Unknown JCBH or field raises before anything is written.
        `also(ds)`, when given, runs in the same transaction after the changes (a caller's own bookkeeping, e.g. the
        township round trip's tables), so both are stored or neither. `expected` {key: ROWVER the editor read}: a
        unit saved by someone else since then refuses the whole write with EditConflict (the dock shows both).
        """
        user = user or current_user()
        unknown_fields = sorted({k for c in changes.values() for k in c} - set(F.PATCH_FIELD_NAMES))
        if unknown_fields or any(ROWVER in c for c in changes.values()):
            raise WorkPackageError(tr("未知字段：{}").format(", ".join(unknown_fields or [ROWVER])))
        coerced = {}
        for jcbh, values in changes.items():
            try:
                coerced[jcbh] = {k: _coerce(k, v, PATCH_TYPES) for k, v in values.items()}
            except (TypeError, ValueError) as exc:
                raise WorkPackageError(tr("图斑 {} 的字段值无效：{}").format(jcbh, exc))
        expected = expected or {}

        def body(ds):
            layer = ds.GetLayerByName(F.LAYER_PATCHES)
            fids = self._fid_map(ds, list(coerced))
            missing = [j for j in coerced if j not in fids]
            if missing:
                raise WorkPackageError(tr("工作库中没有这些图斑：{}").format(", ".join(map(str, missing[:20]))))
            _lock_units(ds, fids.values())
            history = _HistoryRows(ds.GetLayerByName(F.TABLE_HISTORY), action, user, now_text())
            if _is_pg(ds):
                changed, stale = _apply_pg(ds, fids, coerced, expected, history)
            else:
                changed, stale = _apply_ogr(layer, fids, coerced, expected, history)
            if stale:
                raise self._conflict(ds, stale)
            history.flush()
            if also is not None:
                also(ds)
            return changed
        return self._write(body)

    def _conflict(self, ds, stale):
        """EditConflict for units whose stored version moved on ({key: fid}): their values now and who saved them
        last."""
        layer = ds.GetLayerByName(F.LAYER_PATCHES)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        history = ds.GetLayerByName(F.TABLE_HISTORY)
        conflicts = {}
        for key, fid in stale.items():
            feat = layer.GetFeature(fid)
            row = {n: feat.GetField(i) for i, n in enumerate(names)}
            package_io.set_filter(history, "JCBH = '{}'".format(str(key).replace("'", "''")))
            last = None
            for h in history:  # the newest row of the key (fids grow)
                if last is None or h.GetFID() > last[0]:
                    last = (h.GetFID(), _get(h, "USER"), _get(h, "TIME"))
            history.SetAttributeFilter(None)
            conflicts[key] = {"theirs": row, "by": last[1] if last else "", "at": last[2] if last else ""}
        first = next(iter(conflicts))
        return EditConflict(tr("图斑 {} 已被 {} 于 {} 修改并保存，你的修改没有保存（没有覆盖对方的修改）。"
                               "请查看双方的值后再决定。").format(first, conflicts[first]["by"] or tr("其他人"),
                                                          conflicts[first]["at"] or ""), conflicts)

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
            _lock_units(ds, [fids[r["JCBH"]] for r in records if r["JCBH"] in fids])
            stamp = now_text()
            for rec in records:
                jcbh = rec["JCBH"]
                geom = _geometry(rec["_wkb"], jcbh)
                new_values = values[jcbh]
                if jcbh in fids:
                    feat = layer.GetFeature(fids[jcbh])
                    reissued.append(jcbh)
                    self._history_row(history, jcbh, "PC", _get(feat, "PC"), new_values.get("PC"),
                                      action + ":reissue", user, stamp)
                    note = self._reissue_change(feat, new_values, geom, history, action, user, stamp)
                    if note:
                        changes[jcbh] = note
                        if _get(feat, "TBZT") == F.SPLIT_PARENT:  # the parts stay as cut; they are asked to be checked
                            self._flag_parts(layer, jcbh, note, history, action + ":reissue", user, stamp)
                else:
                    feat = ogr.Feature(layer.GetLayerDefn())
                    added.append(jcbh)
                    self._history_row(history, jcbh, "*", None, new_values.get("PC"), action, user, stamp)
                    if rec.get("HSZT") is None:
                        _put(feat, "HSZT", "待核查")
                for name, value in new_values.items():
                    _set_field(feat, name, value)
                feat.SetGeometry(geom)
                _bump(feat)
                if jcbh in fids:
                    ogr_io.update(layer, feat)
                else:
                    ogr_io.create(layer, feat)
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
            if not same_value(old, new):
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

    def _flag_parts(self, layer, jcbh, note, history, action, user, stamp):
        package_io.set_filter(layer, "JCBH = '{}' AND TBZT = '{}'".format(jcbh.replace("'", "''"), F.PART))
        part_fids = [f.GetFID() for f in layer]
        layer.SetAttributeFilter(None)
        text_ = tr("{}；已拆分的子图斑保持原样，请核对拆分是否仍与新图形相符").format(note)[:254]
        for fid in part_fids:
            part = layer.GetFeature(fid)
            key = _get(part, "ZTBBH")
            self._history_row(history, key, "XFBG", _get(part, "XFBG"), text_, action, user, stamp)
            _put(part, "XFBG", text_)
            status = _get(part, "HSZT")
            if status not in (None, "", "待核查", "已核查"):
                self._history_row(history, key, "HSZT", status, "待核查", action, user, stamp)
                _put(part, "HSZT", "待核查")
            _bump(part)
            ogr_io.update(layer, part)

    def _clear(self, feat, name, history, action, user, stamp):
        old = _get(feat, name)
        if old not in (None, ""):
            _set_field(feat, name, None)
            self._history_row(history, _get(feat, "JCBH"), name, old, None, action, user, stamp)

    @staticmethod
    def _fid_map(ds, keys=None):
        """{unit key: fid} of every row (a split parent's key is its JCBH, a part's its number), or of just `keys`
        (through the unit-key index: a month's 300 patches in a year's package do not read the other 10,000)."""
        if keys is not None and len(keys) <= FID_LOOKUP_MAX:
            keys = [str(k) for k in keys]
            out = {}
            for i in range(0, len(keys), FID_LOOKUP_CHUNK):
                out.update(WorkPackage._fid_rows(ds, "WHERE {} IN ({})".format(F.UNIT_KEY_SQL, ", ".join(
                    "'{}'".format(k.replace("'", "''")) for k in keys[i:i + FID_LOOKUP_CHUNK]))))
            return out
        return WorkPackage._fid_rows(ds, "")

    @staticmethod
    def _fid_rows(ds, where):
        # cast so OGR returns it as a field, not as a feature id that other queries renumber
        sql = package_io.query(ds, "SELECT CAST(fid AS INTEGER) AS pk, {} AS K FROM patches {}".format(
            F.UNIT_KEY_SQL, where))
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
        ogr_io.create(history, feat)

    # ----- splitting (图斑拆分) ------------------------------------------------------------------------------------
    def split_patch(self, key, parts, numbering="{JCBH}-{n}", action="split", user=None):
        """Replace unit `key` by parts, each a unit of its own: `parts` is a list of ISO WKB polygons (package CRS).

        The parent stays (TBZT 被拆分, geometry and issued fields kept, no longer judged); each part gets the issued
        fields, its own number (`numbering` with JCBH and n, from the export profile), TBZT 拆分 and 待核查; the
        parent's photos go to the part they lie in (or the nearest). Returns the parts' keys. A confirmed patch or a
        part is not split (undo the confirmation / merge first), nothing is written then.
        """
        user = user or current_user()
        if len(parts) < 2:
            raise WorkPackageError(tr("图斑 {} 至少要拆成两部分。").format(key))

        def body(ds):
            layer, history = ds.GetLayerByName(F.LAYER_PATCHES), ds.GetLayerByName(F.TABLE_HISTORY)
            fids = self._fid_map(ds)
            if key not in fids:
                raise WorkPackageError(tr("工作库中没有这些图斑：{}").format(key))
            _lock_units(ds, [fids[key]])
            parent = layer.GetFeature(fids[key])
            _may_split(parent, key)
            jcbh, stamp = _get(parent, F.KEY), now_text()
            keys = []
            for n, wkb in enumerate(parts, start=1):
                part_key = numbering.format(JCBH=jcbh, n=n)
                if part_key in fids or part_key in keys:
                    raise WorkPackageError(tr("子图斑编号 {} 已存在，请检查拆分编号规则。").format(part_key))
                feat = ogr.Feature(layer.GetLayerDefn())
                for name in F.IMPORT_OWNED + ["XZDM", "XZMC"]:
                    _set_field(feat, name, _get(parent, name))
                for name, value in ((F.KEY, jcbh), ("ZTBBH", part_key), ("TBZT", F.PART), ("HSZT", "待核查")):
                    _put(feat, name, value)
                feat.SetGeometry(_geometry(wkb, part_key))
                _bump(feat)
                ogr_io.create(layer, feat)
                self._history_row(history, part_key, "*", None, tr("拆分自 {}").format(key), action, user, stamp)
                keys.append(part_key)
            self._history_row(history, key, "TBZT", _get(parent, "TBZT"), F.SPLIT_PARENT, action, user, stamp)
            _put(parent, "TBZT", F.SPLIT_PARENT)
            _bump(parent)
            ogr_io.update(layer, parent)
            self._move_photos(ds, {key: None}, dict(zip(keys, parts)), history, action, user, stamp)
            return keys
        return self._write(body)

    def merge_parts(self, jcbh, action="merge", user=None):
        """Undo a split: the parts are removed (their photos go back to the parent) and the parent is a unit again.
        Refused while a part is confirmed. Returns the removed parts' keys."""
        user = user or current_user()

        def body(ds):
            layer, history = ds.GetLayerByName(F.LAYER_PATCHES), ds.GetLayerByName(F.TABLE_HISTORY)
            fids = self._fid_map(ds)
            _lock_units(ds, [fids[jcbh]] if jcbh in fids else [])
            parent = layer.GetFeature(fids[jcbh]) if jcbh in fids else None
            if parent is None or _get(parent, "TBZT") != F.SPLIT_PARENT:
                raise WorkPackageError(tr("图斑 {} 没有拆分，无需合并。").format(jcbh))
            package_io.set_filter(layer, "JCBH = '{}' AND TBZT = '{}'".format(jcbh.replace("'", "''"), F.PART))
            part_fids = [(f.GetFID(), _get(f, "ZTBBH"), _get(f, "HSZT")) for f in layer]
            layer.SetAttributeFilter(None)
            confirmed = [k for _fid, k, state in part_fids if state == "已确认"]
            if confirmed:
                raise WorkPackageError(tr("子图斑 {} 已确认，不能合并；请先把其核查状态改回后再合并。").format(
                    "、".join(confirmed)))
            stamp = now_text()
            self._move_photos(ds, {k: jcbh for _fid, k, _state in part_fids}, None, history, action, user, stamp)
            for fid, part_key, _state in part_fids:
                self._history_row(history, part_key, "*", tr("子图斑"), None, action, user, stamp)
                ogr_io.delete(layer, fid)
            self._history_row(history, jcbh, "TBZT", F.SPLIT_PARENT, None, action, user, stamp)
            _set_field(parent, "TBZT", None)
            _bump(parent)
            ogr_io.update(layer, parent)
            return [k for _fid, k, _state in part_fids]
        return self._write(body)

    def _move_photos(self, ds, owners, targets, history, action, user, stamp):
        """Photos of the `owners` keys go to {old key: new key}, or (new key None) to the target part their point
        lies in, else the nearest (targets: {key: WKB})."""
        photos = ds.GetLayerByName(F.LAYER_PHOTOS)
        shapes = {k: ogr.CreateGeometryFromWkb(w) for k, w in (targets or {}).items()}
        for old_key, new_key in owners.items():
            package_io.set_filter(photos, "JCBH = '{}'".format(str(old_key).replace("'", "''")))
            rows = [(f.GetFID(), f.GetGeometryRef().Clone() if f.GetGeometryRef() else None) for f in photos]
            photos.SetAttributeFilter(None)
            for fid, point in rows:
                target = new_key or _nearest(point, shapes)
                if target is None:
                    continue
                feat = photos.GetFeature(fid)
                _put(feat, "JCBH", target)
                ogr_io.update(photos, feat)
                self._history_row(history, target, "photo:JCBH", old_key, target, action, user, stamp)

    # ----- history --------------------------------------------------------------------------------------------
    def history(self, jcbh=None):
        ds = self._open()
        table = ds.GetLayerByName(F.TABLE_HISTORY)
        if jcbh is not None:
            package_io.set_filter(table, "JCBH = '{}'".format(str(jcbh).replace("'", "''")))
        names = [f[0] for f in F.HISTORY_FIELDS]
        return sorted((dict({n: _get(feat, n) for n in names}, _fid=feat.GetFID()) for feat in table),
                      key=lambda r: r["_fid"])

    # ----- photos ---------------------------------------------------------------------------------------------
    def photos(self, jcbh=None):
        """Photo rows as dicts (fields of PHOTO_FIELDS, '_fid', '_x', '_y' in package CRS)."""
        ds = self._open()
        layer = ds.GetLayerByName(F.LAYER_PHOTOS)
        if jcbh is not None:
            package_io.set_filter(layer, "JCBH = '{}'".format(str(jcbh).replace("'", "''")))
        names = [f[0] for f in F.PHOTO_FIELDS]
        rows = []
        for feat in layer:
            row = {n: _get(feat, n) for n in names}
            row["_fid"] = feat.GetFID()
            geom = feat.GetGeometryRef()
            row["_x"], row["_y"] = (geom.GetX(), geom.GetY()) if geom is not None else (None, None)
            rows.append(row)
        rows.sort(key=lambda r: r["_fid"])
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
                ogr_io.create(layer, feat)
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
                    if same_value(old, value):
                        continue
                    _set_field(feat, name, value)
                    # an unlink (JCBH emptied) belongs to the history of the patch it left
                    patch_of_row = old if name == "JCBH" and old else _get(feat, "JCBH")
                    self._history_row(history, patch_of_row or value or "", "photo:" + name, old, value,
                                      action + ":update", user, stamp)
                ogr_io.update(layer, feat)
            for fid in delete:
                feat = layer.GetFeature(fid)
                if feat is None:
                    continue
                self._history_row(history, _get(feat, "JCBH"), "photo", _get(feat, "PATH"), None,
                                  action + ":remove", user, stamp)
                ogr_io.delete(layer, fid)
            if self.photos_in_database and add:  # the bytes with their rows, in the same transaction
                photo_files.store(ds, add, self._linked_file)
            return new_fids
        return self._write(body)

    # ----- several technicians ---------------------------------------------------------------------------------
    def watch(self):
        """A ChangeWatch: which units were written since the last look (by anyone), cheap enough to poll."""
        return ChangeWatch(self)

    def privileges(self):
        """What the login may do in this package (a PostgreSQL role may be read-only or may only judge)."""
        if not self.is_postgres:
            writable = os.access(self.path, os.W_OK) and os.access(os.path.dirname(self.path), os.W_OK)
            return Privileges("", writable, writable)
        patches, history = (pg_sql.literal(self.table(t)) for t in (F.LAYER_PATCHES, F.TABLE_HISTORY))
        role, judge, admin = self.rows((
            "SELECT current_user, (has_any_column_privilege({0}, 'UPDATE') AND has_table_privilege({1}, 'INSERT'))"
            "::int, (has_table_privilege({0}, 'INSERT') AND has_table_privilege({0}, 'DELETE'))::int").format(
                patches, history))[0]
        return Privileges(role, _true(judge), _true(admin))

    def stored_source(self, source):
        """A reference layer source as the package keeps it: its file relative to the package's folder, so the
        county folder can move as a whole and the next run from another working folder still finds it."""
        path, sep, rest = str(source).partition("|")
        base = self._folder_if_known()
        if not os.path.exists(path) or base is None:
            return str(source) if not os.path.exists(path) else os.path.abspath(path).replace(os.sep, "/") + sep + rest
        try:
            path = os.path.relpath(os.path.abspath(path), base)
        except ValueError:  # another drive (Windows): only an absolute path can say where it is
            path = os.path.abspath(path)
        return path.replace(os.sep, "/") + sep + rest

    def resolve_source(self, stored):
        """The usable source of a stored reference: relative to the package; older versions stored it relative
        to the working folder of the run, which is tried second."""
        path, sep, rest = str(stored).partition("|")
        base = self._folder_if_known()
        if os.path.isabs(path) or base is None:
            return str(stored)
        beside = os.path.normpath(os.path.join(base, path))
        if not os.path.exists(beside) and os.path.exists(path):
            return os.path.abspath(path) + sep + rest
        return beside + sep + rest

    def relative_path(self, path):
        """Photo paths are stored relative to the package so the folder can move as a whole (absolute when a
        package keeping its photos itself has no shared folder)."""
        base = self._folder_if_known()
        if base is None and self.photos_in_database:
            return os.path.abspath(path).replace(os.sep, "/")
        return os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/")

    def absolute_path(self, stored):
        """The file of a stored photo path; for a package keeping its photos itself, a local copy of the stored
        bytes when the linked file is not at hand (photo_files.py)."""
        path = self._linked_file(stored)
        if self.photos_in_database and not os.path.isfile(path):
            return photo_files.cached(self, stored) or path
        return path

    def _linked_file(self, stored):
        if os.path.isabs(stored):
            return os.path.normpath(stored)
        base = self._folder_if_known()
        return os.path.normpath(os.path.join(base if base is not None else self.folder, stored))

    # ----- photos kept in the package ------------------------------------------------------------------------------
    @property
    def photos_in_database(self):
        """The county chose to keep photo files in the package (setting photo_storage = database)."""
        if getattr(self, "_photo_storage", None) is None:
            self._photo_storage = self.setting(photo_files.SETTING, photo_files.FILES)
        return self._photo_storage == photo_files.DATABASE

    def set_photo_storage(self, kind, user=None):
        """Keep photo files in the package (photo_files.DATABASE) or beside it (FILES). Switching to the package
        stores the bytes of every photo linked so far, in one transaction; a photo whose file is missing is named
        and nothing changes."""
        if kind not in (photo_files.DATABASE, photo_files.FILES):
            raise WorkPackageError(tr("照片存放方式只能是 {} 或 {}。").format(photo_files.DATABASE, photo_files.FILES))
        if kind == photo_files.DATABASE:
            tables.ensure(self, tables.PHOTO_FILES)
            rows = [r for r in self.photos() if r.get("SHA256") and r.get("PATH")]
            missing = [r["PATH"] for r in rows if not os.path.isfile(self._linked_file(r["PATH"]))]
            if missing:
                raise WorkPackageError(tr("这些照片文件找不到，照片没有存入工作库：{}。请找回照片文件后重试。").format(
                    "、".join(missing[:10])))

            def body(ds):
                photo_files.store(ds, rows, self._linked_file)
                self._setting_in(ds, photo_files.SETTING, kind, user or current_user())
            self._write(body)
        else:
            self.set_settings({photo_files.SETTING: kind}, user=user)
        self._photo_storage = kind

    def _folder_if_known(self):
        try:
            return self.folder
        except WorkPackageError:
            return None


def _true(value):
    return value in (1, True) or str(value).lower() in ("1", "t", "true")


class Privileges:
    """may_judge: save judgments, photos, attachments (technician); may_admin: import, overlay, split, export
    bookkeeping, settings (admin). A GeoPackage allows both when the file is writable."""

    def __init__(self, role, may_judge, may_admin):
        self.role, self.may_judge, self.may_admin = role, may_judge, may_admin

    def require(self, admin, label):
        """WorkPackageError before any work when the role may not do `label` (what the technician asked for)."""
        if (self.may_admin if admin else self.may_judge):
            return
        if not self.role:
            raise WorkPackageError(tr("工作库只读（文件只读或没有写权限），不能{}。").format(label))
        if admin:
            text = tr("当前数据库角色 {} 不能{}：导入、套合、拆分、乡镇核查导入等需要管理员角色（wpzf_admin）。")
        else:
            text = tr("当前数据库角色 {} 只能查看，不能{}：保存判定、照片和附件需要技术员角色（wpzf_technician）。")
        raise WorkPackageError(text.format(self.role, label))


class ChangeWatch:
    """Units written since the last poll, read from the history table (every write adds rows to it). Keeps no
    connection open (a GeoPackage is read with sqlite3, a PostgreSQL package through QGIS's pool).

    PostgreSQL numbers history rows when they are inserted, not when their transaction commits, so a long write may
    show up below rows already seen: the last OVERLAP numbers are looked at again and only unseen rows count."""

    OVERLAP = 5000

    def __init__(self, wp):
        self.wp = wp
        # start from the newest row: what was written before the watch began is known
        self.top = int(wp.rows("SELECT max(fid) FROM {}".format(wp.table(F.TABLE_HISTORY)))[0][0] or 0)
        self.seen = set(range(max(1, self.top - self.OVERLAP + 1), self.top + 1))

    def poll(self):
        """{unit key: (user, time) of its newest row} written since the previous poll."""
        changed = {}
        for n, key, user, stamp in self.wp.rows('SELECT fid, "JCBH", "USER", "TIME" FROM {} WHERE fid > {} ORDER BY '
                                                'fid'.format(self.wp.table(F.TABLE_HISTORY),
                                                             max(0, self.top - self.OVERLAP))):
            if n in self.seen:
                continue
            self.seen.add(n)
            self.top = max(self.top, n)
            if key:
                changed[key] = (user or "", stamp or "")
        if len(self.seen) > 2 * self.OVERLAP:
            floor = self.top - self.OVERLAP
            self.seen = {n for n in self.seen if n > floor}
        return changed

    def close(self):
        """Nothing to release (kept for callers that close what they open)."""
