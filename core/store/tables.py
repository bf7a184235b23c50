"""The package's tables beyond patches/photos/history/settings, made on first use by one code path.

attachments (documents of a patch, the file in a BLOB), the township round trip's field_packages, field_exports
and field_conflicts, and photo_files (photos kept in the package). A GeoPackage made before a table existed gets it when first needed, outside a transaction
(GDAL's GeoPackage driver defers table creation, which a transaction would not cover), retried while another program
holds the package, then proven complete. A PostgreSQL package gets them all when it is created (the county's admin
role creates tables; technicians only write rows).
"""
import time

from osgeo import gdal, ogr

from ...rules import fields as F
from ..errors import WorkPackageError
from ..i18n import tr
from . import ogr_io, package_io

_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal, "binary": ogr.OFTBinary}

ATTACHMENT_DATA = ("DATA", "binary", 0, 0, "文件内容")


class TableSet:
    """Tables {name: field spec (rules/fields.py rows)} with their indexes, created together; `failure()` the
    message when they cannot be made (a function: translated when shown)."""

    def __init__(self, tables, indexes, failure):
        self.tables, self.indexes, self.failure = tables, indexes, failure


ATTACHMENTS = TableSet(
    {F.TABLE_ATTACHMENTS: F.ATTACHMENT_FIELDS + [ATTACHMENT_DATA]},
    ["CREATE INDEX IF NOT EXISTS idx_attachments_jcbh ON attachments(JCBH)"],
    lambda: tr("无法在工作库 {} 中建立附件表（attachments），附件没有添加。请确认工作库可写、磁盘空间充足后重试。"))
FIELDWORK = TableSet(
    {F.TABLE_FIELD_PACKAGES: F.FIELD_PACKAGE_FIELDS, F.TABLE_FIELD_EXPORTS: F.FIELD_EXPORT_FIELDS,
     F.TABLE_FIELD_CONFLICTS: F.FIELD_CONFLICT_FIELDS},
    ["CREATE UNIQUE INDEX IF NOT EXISTS idx_field_packages_id ON field_packages(ID)",
     "CREATE INDEX IF NOT EXISTS idx_field_exports_pkg ON field_exports(PKG_ID)",
     "CREATE INDEX IF NOT EXISTS idx_field_exports_jcbh ON field_exports(JCBH)",
     "CREATE INDEX IF NOT EXISTS idx_field_conflicts_jcbh ON field_conflicts(JCBH)"],
    lambda: tr("无法在工作库 {} 中建立乡镇核查记录表，未写入任何内容。请确认工作库可写、磁盘空间充足后重试。"))
# Photos kept in the package (photo_files.py), by their SHA-256.
PHOTO_FILES = TableSet(
    {"photo_files": [("SHA256", "str", 64, 0, "SHA-256"), ("NAME", "str", 254, 0, "文件名"),
                     ("SIZE", "int", 0, 0, "字节数"), ("DATA", "binary", 0, 0, "文件内容")]},
    ["CREATE UNIQUE INDEX IF NOT EXISTS idx_photo_files_sha ON photo_files(SHA256)"],
    lambda: tr("无法在工作库 {} 中建立照片文件表（photo_files），照片没有写入。请确认工作库可写后重试。"))
ALL = (ATTACHMENTS, FIELDWORK, PHOTO_FILES)


def complete(path, tableset):
    ds = package_io.open_dataset(path)
    for table, spec in tableset.tables.items():
        layer = ds.GetLayerByName(table)
        if layer is None:
            return False
        defn = layer.GetLayerDefn()
        for name, ftype, *_ in spec:
            index = defn.GetFieldIndex(name)
            if index < 0 or defn.GetFieldDefn(index).GetType() != _TYPES[ftype]:
                return False
    return True


def _create(path, tableset):
    """Create the tables, or what an interrupted creation left out. Raises RuntimeError."""
    ds = package_io.open_dataset(path, update=True)
    pg = package_io.is_pg_dataset(ds)
    options = ["FID=fid"] + (["LAUNDER=NO", "PRECISION=NO"] if pg else [])
    for table, spec in tableset.tables.items():
        layer = ds.GetLayerByName(table)
        if layer is None:
            layer = ogr_io.new_layer(ds, table, None, ogr.wkbNone, options)
        defn = layer.GetLayerDefn()
        for name, ftype, length, _precision, _alias in spec:
            if defn.GetFieldIndex(name) < 0:
                field = ogr.FieldDefn(name, _TYPES[ftype])
                if ftype == "str" and length and not pg:  # PostgreSQL would refuse a longer value
                    field.SetWidth(length)
                ogr_io.add_field(layer, field)
    ds.FlushCache()
    ds = None  # closing runs the deferred creation


def _index_and_aliases(tableset):
    def body(ds):
        for statement in tableset.indexes:
            package_io.execute(ds, statement)
        if package_io.is_pg_dataset(ds) or not package_io.scalar(
                ds, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_data_columns'"):
            return
        for table, spec in tableset.tables.items():  # Chinese names in QGIS's attribute table
            for name, _t, _l, _p, alias in spec:
                package_io.execute(ds, "INSERT OR REPLACE INTO gpkg_data_columns(table_name, column_name, name, "
                                       "title) VALUES ({0}, {1}, {2}, {2})".format(_quote(table), _quote(name),
                                                                                  _quote(alias)))
    return body


def _quote(value):
    return "'{}'".format(str(value).replace("'", "''"))


def ensure(wp, tableset):
    """Create `tableset` in package `wp` unless it is complete (retried while the package is locked)."""
    if complete(wp.path, tableset):
        return
    wait = package_io.LOCK_WAIT_SECONDS if wp.lock_wait is None else wp.lock_wait
    deadline = time.monotonic() + wait
    while True:
        gdal.ErrorReset()
        try:
            _create(wp.path, tableset)
            break
        except RuntimeError as exc:
            if complete(wp.path, tableset):  # another program created them meanwhile
                break
            if package_io.classify(str(exc)) != "locked" or time.monotonic() >= deadline:
                raise package_io.failure(wp.path, str(exc))
            time.sleep(0.2)
    package_io.write(wp.path, _index_and_aliases(tableset), wp.lock_wait)
    if not complete(wp.path, tableset):
        raise WorkPackageError(tableset.failure().format(wp.label))
