"""Copy a work package GeoPackage ↔ PostgreSQL/PostGIS, every table, verified (wpzf:copy_workpackage).

The target is made by the store itself (WorkPackage.create: the backend's own layout, indexes and row versions) under
a scratch name — `<file>.copying.gpkg`, schema `<schema>__copying` — and filled table by table with OGR, keeping
every row's fid. Tables the store does not create (attachments, the township round trip's tables, anything a later
version adds) are created with the source's fields. Then the copy is read back and compared with the source: rows per
table, Σ TBMJ (to 1e-9 亩), history rows, settings, and a digest of every value and shape of every row (numbers to the
15 significant digits OGR writes to PostgreSQL). Only a copy that agrees is given the target's name (rename), so a
failed, canceled or wrong copy never appears as a package.
"""
import hashlib
import math
import os
import re
import time

from osgeo import gdal, ogr

from ...rules import fields as F
from . import package_io, source as S
from .workpackage import FILES_FOLDER, WorkPackage
from ..errors import Canceled, WorkPackageError, WpzfError
from ..i18n import tr

PROGRESS_EVERY = 500  # rows between progress reports and cancel checks
COPY_SUFFIX = "__copying"
DONE_AT = "copied_at"  # never written: the settings stay identical to the source's


class CopyReport:
    """What was copied: rows per table (in copy order), Σ TBMJ, history rows, settings rows, seconds."""

    def __init__(self, source, target):
        self.source, self.target = source, target
        self.tables = []  # [(name, rows)]
        self.tbmj_sum = 0.0
        self.history_rows = 0
        self.settings = {}
        self.files_folder = None  # set on a PostgreSQL target when the copy recorded the shared folder
        self.notes = []
        self.seconds = 0.0

    def lines(self):
        out = [tr("{}：{} 行").format(name, rows) for name, rows in self.tables]
        out.append(tr("图斑面积合计 {:.6f} 亩，修改记录 {} 条，设置 {} 项，与源工作库一致").format(
            self.tbmj_sum, self.history_rows, len(self.settings)))
        return out + list(self.notes)


# ----- where a package is -----------------------------------------------------------------------------------------
class _Place:
    """A package location: a GeoPackage path, or a PostgreSQL schema (PgSource)."""

    def __init__(self, text):
        self.text = str(text or "").strip()
        if not self.text:
            raise WorkPackageError(tr("没有指定工作库。请填写 GeoPackage 路径或 PostgreSQL 工作库（连接名、service= 或 "
                                      "postgresql:// 地址）。"))
        self.pg = S.parse(self.text) if S.is_postgres(self.text) else None
        self.path = None if self.pg else os.path.abspath(self.text)

    @property
    def label(self):
        return self.pg.label if self.pg else self.path

    def key(self):
        if self.pg:
            return ("pg", re.sub(r"password=\S+", "", self.pg.conninfo), self.pg.schema)
        return ("gpkg", os.path.normcase(os.path.realpath(self.path)))

    def scratch(self):
        """Where the copy is built: a sibling file or schema."""
        if self.pg:
            return "{}{} schema={}".format(S.PG_PREFIX, self.pg.conninfo, (self.pg.schema + COPY_SUFFIX)[:63])
        return self.path + ".copying.gpkg"


def _server(place):
    return package_io.open_dataset(S.PG_PREFIX + place.pg.conninfo, update=True)


def _sql(ds, statement):
    gdal.ErrorReset()
    result = ds.ExecuteSQL(statement)
    rows = []
    if result is not None:
        rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in result]
        ds.ReleaseResultSet(result)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise RuntimeError(gdal.GetLastErrorMsg() or statement)
    return rows


def _schema_tables(place):
    """Tables in the PostgreSQL schema (None: no such schema)."""
    ds = _server(place)
    if not _sql(ds, "select 1 from pg_namespace where nspname = '{}'".format(place.pg.schema)):
        return None
    return [r[0] for r in _sql(ds, "select tablename from pg_tables where schemaname = '{}'".format(place.pg.schema))]


def _check_target(source, target):
    if source.key() == target.key():
        raise WorkPackageError(tr("源工作库和目标相同（{}）。请指定另一个 GeoPackage 文件或 PostgreSQL 模式。").format(
            target.label))
    if target.pg:
        tables = _schema_tables(target)
        if tables:
            raise WorkPackageError(tr("目标 {} 已有数据（{} 等 {} 个表），不会覆盖。请换一个模式名，或由管理员确认后"
                                      "删除该模式。").format(target.label, sorted(tables)[0], len(tables)))
    elif os.path.exists(target.path) and (os.path.isdir(target.path) or os.path.getsize(target.path) > 0):
        raise WorkPackageError(tr("目标文件 {} 已存在，不会覆盖。请换一个文件名，或先移走该文件。").format(target.path))
    elif not target.path.lower().endswith(".gpkg"):
        raise WorkPackageError(tr("目标 {} 不是 GeoPackage 文件名（应以 .gpkg 结尾），也不是 PostgreSQL 工作库。").format(
            target.path))


def _discard(place, scratch):
    """Remove a copy that is not complete (quietly: the first error is the one the technician sees)."""
    try:
        if place.pg:
            _sql(_server(place), "drop schema if exists {} cascade".format(S.parse(scratch).schema))
        else:
            for suffix in ("", "-journal", "-wal", "-shm"):
                package_io.remove_quietly(scratch + suffix)
    except (RuntimeError, WorkPackageError):
        pass


# ----- reading rows -----------------------------------------------------------------------------------------------
def _layers(ds, place):
    """The package's tables: from the catalog on PostgreSQL (what OGR lists depends on its open options — without
    LIST_ALL_TABLES only tables with a geometry), OGR's list in a GeoPackage."""
    if place.pg:
        return [r[0] for r in _sql(ds, "select tablename from pg_tables where schemaname = '{}' order by tablename"
                                        .format(place.pg.schema))]
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]


def _field_names(layer):
    defn = layer.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def _value(feat, i):
    if not feat.IsFieldSetAndNotNull(i):
        return None
    kind = feat.GetFieldDefnRef(i).GetType()
    if kind == ogr.OFTBinary:
        return hashlib.sha256(feat.GetFieldAsBinary(i)).hexdigest()
    value = feat.GetField(i)
    if isinstance(value, float):
        # GDAL's PostgreSQL driver writes a double with 15 significant digits (GetFieldAsString's %.15g, measured
        # with GDAL 3.6: 0.30000000000000004 is stored as 0.3): a copy agrees with its source to that, 1e-15 of
        # the value; Σ TBMJ is checked separately to 1e-9 亩
        return "%.15g" % value
    if isinstance(value, (int, str)):
        return value
    return feat.GetFieldAsString(i)


def _row(feat, indexes):
    geom = feat.GetGeometryRef()
    shape = hashlib.sha256(bytes(geom.ExportToIsoWkb())).hexdigest() if geom is not None and not geom.IsEmpty() \
        else None
    return tuple(_value(feat, i) if i >= 0 else None for i in indexes) + (shape,)


def _digest(ds, name, names):
    """{fid: digest of the row's values of fields `names` (upper case) and its shape}, Σ TBMJ."""
    layer = ds.GetLayerByName(name)
    have = {n.upper(): i for i, n in enumerate(_field_names(layer))}
    indexes = [have.get(n, -1) for n in names]
    tbmj = have.get("TBMJ")
    rows, areas = {}, []
    layer.ResetReading()
    for feat in layer:
        rows[feat.GetFID()] = hashlib.sha256(repr(_row(feat, indexes)).encode("utf-8")).hexdigest()
        if tbmj is not None and feat.IsFieldSetAndNotNull(tbmj):
            areas.append(feat.GetFieldAsDouble(tbmj))
    return rows, math.fsum(areas)


def _settings(ds):
    layer = ds.GetLayerByName(F.TABLE_SETTINGS)
    layer.ResetReading()
    return {f.GetField("KEY"): f.GetField("VALUE") for f in layer}


# ----- writing ----------------------------------------------------------------------------------------------------
def _creation_options(pg, geometry):
    options = ["FID=fid"]
    if geometry:
        options += ["GEOMETRY_NAME=geom", "SPATIAL_INDEX=GIST" if pg else "SPATIAL_INDEX=YES"]
    if pg:
        options += ["LAUNDER=NO", "PRECISION=NO"]  # the store's upper-case names; reals as float8, never rounded
    return options


_PG_TYPES = {(ogr.OFTString, ogr.OFSTNone): "text", (ogr.OFTInteger, ogr.OFSTNone): "integer",
             (ogr.OFTInteger, ogr.OFSTBoolean): "boolean", (ogr.OFTInteger, ogr.OFSTInt16): "smallint",
             (ogr.OFTInteger64, ogr.OFSTNone): "bigint", (ogr.OFTReal, ogr.OFSTNone): "double precision",
             (ogr.OFTReal, ogr.OFSTFloat32): "real", (ogr.OFTBinary, ogr.OFSTNone): "bytea",
             (ogr.OFTDate, ogr.OFSTNone): "date", (ogr.OFTTime, ogr.OFSTNone): "time",
             (ogr.OFTDateTime, ogr.OFSTNone): "timestamp with time zone"}


def _prepare_table(dst, src_layer, pg):
    """The target table for `src_layer`: the store's own when it made one (fields the source has beyond it added),
    else created with the source's fields. None when columns were added on PostgreSQL (open the table again)."""
    name = src_layer.GetName()
    layer = dst.GetLayerByName(name)
    if layer is None:
        geom_type = src_layer.GetGeomType()
        srs = src_layer.GetSpatialRef() if geom_type != ogr.wkbNone else None
        gdal.ErrorReset()
        layer = dst.CreateLayer(name, srs, geom_type, options=_creation_options(pg, geom_type != ogr.wkbNone))
        if layer is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or "CreateLayer " + name)
    have = {n.upper() for n in _field_names(layer)}
    defn = src_layer.GetLayerDefn()
    missing = [defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())
               if defn.GetFieldDefn(i).GetName().upper() not in have]
    if pg and missing:
        # OGR would fold a new column's name to lower case on a table it did not create: SQL keeps the name; the
        # caller opens the table again to see the columns
        for field in missing:
            _sql(dst, 'alter table "{}" add column "{}" {}'.format(name, field.GetName(), _PG_TYPES.get(
                (field.GetType(), field.GetSubType()), _PG_TYPES.get((field.GetType(), ogr.OFSTNone), "text"))))
        return None
    for field in missing:
        copy = ogr.FieldDefn(field.GetName(), field.GetType())
        copy.SetSubType(field.GetSubType())
        copy.SetWidth(field.GetWidth())
        copy.SetPrecision(field.GetPrecision())
        if layer.CreateField(copy) != 0:
            raise RuntimeError(gdal.GetLastErrorMsg() or "CreateField " + field.GetName())
    return layer


def _copy_rows(dst, src_layer, dst_layer, progress):
    """Every row of `src_layer` into `dst_layer` with its fid, in one transaction (PostgreSQL: through COPY)."""
    previous = gdal.GetConfigOption("PG_USE_COPY")
    gdal.SetConfigOption("PG_USE_COPY", "YES")
    try:
        _copy_rows_in_transaction(dst, src_layer, dst_layer, progress)
    finally:
        gdal.SetConfigOption("PG_USE_COPY", previous)


def _copy_rows_in_transaction(dst, src_layer, dst_layer, progress):
    src_names = _field_names(src_layer)
    dst_index = {n.upper(): i for i, n in enumerate(_field_names(dst_layer))}
    mapping = [dst_index[n.upper()] for n in src_names]
    out_defn = dst_layer.GetLayerDefn()
    if dst.StartTransaction() != 0:
        raise RuntimeError(gdal.GetLastErrorMsg() or "StartTransaction")
    try:
        gdal.ErrorReset()
        if dst_layer.GetName() == F.TABLE_SETTINGS or dst_layer.GetFeatureCount() > 0:
            _sql(dst, 'delete from "{}"'.format(dst_layer.GetName()))  # what create() wrote: the source's instead
        src_layer.ResetReading()
        for feat in src_layer:
            out = ogr.Feature(out_defn)
            if out.SetFromWithMap(feat, 1, mapping) != 0:
                raise RuntimeError(gdal.GetLastErrorMsg() or "SetFrom")
            out.SetFID(feat.GetFID())
            if dst_layer.CreateFeature(out) != 0:
                raise RuntimeError(gdal.GetLastErrorMsg() or "CreateFeature")
            progress(1)
    except BaseException:
        dst.RollbackTransaction()
        raise
    if dst.CommitTransaction() != 0:
        raise RuntimeError(gdal.GetLastErrorMsg() or "CommitTransaction")


def _fix_sequences(dst, schema, tables):
    """Rows came with their fids: each table's id sequence continues after the largest, so new rows get new ids."""
    for name in tables:
        _sql(dst, "select setval(pg_get_serial_sequence('\"{0}\".\"{1}\"', 'fid'), "
                  "coalesce((select max(fid) from \"{0}\".\"{1}\"), 0) + 1, false)".format(schema, name))


# ----- the copy ---------------------------------------------------------------------------------------------------
def copy_package(source, target, files_folder=None, feedback=None):
    """Copy the package `source` to `target` (each a GeoPackage path or a PostgreSQL package) and verify it.

    `files_folder`: for a PostgreSQL target, the shared folder its photos and documents stay in (setting
    files_folder); default the source's setting, else the source GeoPackage's folder. Returns a CopyReport; raises
    WorkPackageError (nothing left at the target) or Canceled.
    """
    began = time.monotonic()
    src_place, dst_place = _Place(source), _Place(target)
    wp = WorkPackage(source)  # a package at all (and upgraded to this version's fields)
    _check_target(src_place, dst_place)
    report = CopyReport(wp.label, dst_place.label)
    src = package_io.open_dataset(wp.path)
    if src_place.pg:
        # one snapshot for the copy and its check: technicians saving meanwhile change neither half
        _sql(src, "set default_transaction_isolation = 'repeatable read'")
        if src.StartTransaction() != 0:
            raise package_io.failure(wp.label, gdal.GetLastErrorMsg() or "StartTransaction")
    names = _layers(src, src_place)
    expected_settings = _settings(src)
    if dst_place.pg and not expected_settings.get(FILES_FOLDER):
        folder = files_folder or (os.path.dirname(src_place.path) if src_place.path else None)
        if folder:
            expected_settings[FILES_FOLDER] = report.files_folder = os.path.abspath(folder)
    counts = {n: src.GetLayerByName(n).GetFeatureCount() for n in names}
    total = max(1, sum(counts.values()))
    done = [0]

    def progress(rows):
        """Called with 1 per row and 0 at each table's start: progress and cancel every PROGRESS_EVERY rows."""
        done[0] += rows
        if feedback is not None and (rows == 0 or done[0] % PROGRESS_EVERY == 0):
            if feedback.isCanceled():
                raise Canceled(tr("复制工作库已取消，目标 {} 没有创建。").format(dst_place.label))
            feedback.setProgress(90.0 * done[0] / total)

    scratch = dst_place.scratch()
    _discard(dst_place, scratch)  # left by a copy that was killed
    dst = layer = failed = None
    try:
        crs = wp.crs or src.GetLayerByName(F.LAYER_PATCHES).GetSpatialRef().GetAuthorityName(None)
        WorkPackage.create(scratch, crs)
        dst = package_io.open_dataset(S.parse(scratch).ogr_name if dst_place.pg else scratch, update=True)
        order = [n for n in (F.LAYER_PATCHES, F.LAYER_PHOTOS, F.TABLE_HISTORY, F.TABLE_SETTINGS) if n in names]
        order += sorted(n for n in names if n not in order)
        for name in order:
            if feedback is not None:
                feedback.pushInfo(tr("复制 {}（{} 行）…").format(name, counts[name]))
            progress(0)
            layer = _prepare_table(dst, src.GetLayerByName(name), dst_place.pg is not None)
            if layer is None:  # columns added with SQL: a new connection reads the table's definition again
                dst = None
                dst = package_io.open_dataset(S.parse(scratch).ogr_name, update=True)
                layer = dst.GetLayerByName(name)
            _copy_rows(dst, src.GetLayerByName(name), layer, progress)
            report.tables.append((name, counts[name]))
        if report.files_folder:
            _sql(dst, "insert into \"{}\" (\"KEY\", \"VALUE\") values ('{}', '{}')".format(
                F.TABLE_SETTINGS, FILES_FOLDER, report.files_folder.replace("'", "''")))
        if dst_place.pg:
            _fix_sequences(dst, S.parse(scratch).schema, order)
        dst = None
        if feedback is not None:
            feedback.setProgress(92)
            feedback.pushInfo(tr("核对复制结果…"))
        _verify(src, scratch, dst_place, order, expected_settings, report)
        _put_in_place(dst_place, scratch)
    except (RuntimeError, WpzfError) as exc:
        failed = exc
    except BaseException:
        dst = layer = None
        _discard(dst_place, scratch)
        raise
    if failed is not None:
        # the traceback's frames hold the copy's datasets: freed first, so nothing writes into the scratch copy
        # after it is removed (GDAL finishing a GeoPackage that is gone)
        failed.__traceback__ = None
        dst = layer = None
        _discard(dst_place, scratch)
        if isinstance(failed, RuntimeError):
            raise package_io.failure(dst_place.label, str(failed)) from None
        raise failed
    if src_place.pg:
        src.RollbackTransaction()  # it only read
    src = None
    WorkPackage(target)  # opens as a package under its own name
    if not dst_place.pg and expected_settings.get(FILES_FOLDER) and \
            os.path.normcase(expected_settings[FILES_FOLDER]) != os.path.normcase(os.path.dirname(dst_place.path)):
        report.notes.append(tr("照片和附件文件仍在共享文件夹 {}：GeoPackage 工作库按其所在文件夹查找照片，请把 {} 放到该"
                               "文件夹，或把照片文件夹复制到它旁边。").format(expected_settings[FILES_FOLDER],
                                                                   os.path.basename(dst_place.path)))
    if report.files_folder:
        report.notes.append(tr("照片和附件文件仍在 {}（已记入设置 {}），各技术员的电脑都须能访问该文件夹。").format(
            report.files_folder, FILES_FOLDER))
    report.seconds = time.monotonic() - began
    if feedback is not None:
        feedback.setProgress(100)
    return report


def _verify(src, scratch, dst_place, tables, expected_settings, report):
    """The copy read back agrees with the source, table by table; raises naming the first difference."""
    # PostgreSQL: a connection of its own (update=True), not the store's kept reader, whose table definitions may
    # predate the copy
    dst = package_io.open_dataset(S.parse(scratch).ogr_name if dst_place.pg else scratch, update=bool(dst_place.pg))
    for name in tables:
        if dst.GetLayerByName(name) is None:
            raise WorkPackageError(tr("复制结果缺少表 {}，目标没有创建。").format(name))
        src_layer = src.GetLayerByName(name)
        names = [n.upper() for n in _field_names(src_layer)]
        before, before_tbmj = _digest(src, name, names)
        after, after_tbmj = _digest(dst, name, names)
        if name == F.TABLE_SETTINGS:
            break_settings = _settings(dst)
            if break_settings != expected_settings:
                keys = sorted(k for k in set(break_settings) | set(expected_settings)
                              if break_settings.get(k) != expected_settings.get(k))
                raise WorkPackageError(tr("复制结果的设置与源工作库不同（{}），目标没有创建。").format(", ".join(keys)))
            report.settings = break_settings
            continue
        if len(before) != len(after):
            raise WorkPackageError(tr("复制结果的表 {} 有 {} 行，源工作库有 {} 行，目标没有创建。").format(
                name, len(after), len(before)))
        if abs(before_tbmj - after_tbmj) > 1e-9:
            raise WorkPackageError(tr("复制结果的图斑面积合计 {!r} 亩与源工作库 {!r} 亩不同，目标没有创建。").format(
                after_tbmj, before_tbmj))
        differing = sorted(fid for fid in before if after.get(fid) != before[fid])
        if differing:
            fid = differing[0]
            raise WorkPackageError(tr("复制结果的表 {} 中 {} 行与源工作库不同（如 fid {} 的 {}），目标没有创建。").format(
                name, len(differing), fid, _difference(src, dst, name, names, fid)))
        if name == F.LAYER_PATCHES:
            report.tbmj_sum = after_tbmj
        if name == F.TABLE_HISTORY:
            report.history_rows = len(after)


def _difference(src, dst, name, names, fid):
    """Which field (or the shape) of row `fid` differs: for the message."""
    rows = []
    for ds in (src, dst):
        layer = ds.GetLayerByName(name)
        have = {n.upper(): i for i, n in enumerate(_field_names(layer))}
        feat = layer.GetFeature(fid)
        rows.append(_row(feat, [have.get(n, -1) for n in names]) if feat is not None else None)
    if rows[1] is None:
        return tr("整行")
    fields = [n for n, a, b in zip(names + ["geom"], rows[0], rows[1]) if a != b]
    return ", ".join(fields[:5])


def _put_in_place(place, scratch):
    """Give the verified copy the target's name."""
    if place.pg:
        server = _server(place)
        tables = _schema_tables(place)
        if tables:
            raise WorkPackageError(tr("目标 {} 在复制期间被他人写入了数据，不会覆盖；复制结果已删除。").format(place.label))
        if tables is not None:
            _sql(server, "drop schema {} cascade".format(place.pg.schema))  # an empty schema an admin prepared
        _sql(server, "alter schema {} rename to {}".format(S.parse(scratch).schema, place.pg.schema))
        # the roles of docs/sql/wpzf_roles.sql, when the database has them and we may grant
        if _sql(server, "select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        " where n.nspname = 'wpzf' and p.proname = 'grant_package'"
                        " and has_function_privilege(p.oid, 'execute')") == [[1]]:
            _sql(server, "select wpzf.grant_package('{}')".format(place.pg.schema))
    else:
        if os.path.exists(place.path):
            os.remove(place.path)  # an empty file (checked before the copy)
        os.replace(scratch, place.path)
