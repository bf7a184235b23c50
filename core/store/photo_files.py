"""Photos kept in the package itself (setting `photo_storage` = `database`), as a county may choose for a shared
PostgreSQL package: no shared folder every PC must reach, the server's backup holds the evidence.

The photo's row keeps its PATH (where it was linked from, the photo's identity for the next link run); its bytes
go into table photo_files under their SHA-256, in the transaction that adds the row. Reading a photo whose file is
not at hand writes the bytes once into a local cache named by the SHA-256 (checked) and returns that file, so every
reader (dock, dossiers, export, township packages) keeps opening plain files.
"""
import hashlib
import os
import sqlite3
import tempfile

from osgeo import ogr

from ...rules import fields as F
from ..errors import WorkPackageError
from ..i18n import tr
from . import ogr_io, package_io, tables

SETTING, DATABASE, FILES = "photo_storage", "database", "files"
TABLE = "photo_files"
TABLESET = tables.TableSet(
    {TABLE: [("SHA256", "str", 64, 0, "SHA-256"), ("NAME", "str", 254, 0, "文件名"), ("SIZE", "int", 0, 0, "字节数"),
             ("DATA", "binary", 0, 0, "文件内容")]},
    ["CREATE UNIQUE INDEX IF NOT EXISTS idx_photo_files_sha ON photo_files(SHA256)"],
    lambda: tr("无法在工作库 {} 中建立照片文件表（photo_files），照片没有写入。请确认工作库可写后重试。"))
CACHE = os.path.join(tempfile.gettempdir(), "wpzf-photos")


def store(ds, rows, path_of):
    """Put the bytes of each added photo row (PATH, SHA256) into photo_files unless that SHA-256 is there already;
    inside the caller's transaction. A file that changed since it was read is refused, naming it."""
    layer = ds.GetLayerByName(TABLE)
    if layer is None:
        raise RuntimeError("photo_files")
    for row in rows:
        digest = (row.get("SHA256") or "").lower()
        if not digest or not row.get("PATH"):
            continue  # an unreadable photo is recorded without its bytes (its NOTE says why)
        if package_io.scalar(ds, "SELECT count(*) FROM photo_files WHERE SHA256 = '{}'".format(digest)):
            continue
        with open(path_of(row["PATH"]), "rb") as fh:
            content = fh.read()
        if hashlib.sha256(content).hexdigest() != digest:
            raise WorkPackageError(tr("照片 {} 在读取后被改动（SHA-256 不符），未写入工作库。请重新关联照片。")
                                   .format(row["PATH"]))
        feat = ogr.Feature(layer.GetLayerDefn())
        defn = feat.GetDefnRef()
        feat.SetField(defn.GetFieldIndex("SHA256"), digest)
        feat.SetField(defn.GetFieldIndex("NAME"), os.path.basename(str(row["PATH"]).replace("\\", "/")))
        feat.SetField(defn.GetFieldIndex("SIZE"), len(content))
        feat.SetFieldBinaryFromHexString(defn.GetFieldIndex("DATA"), content.hex())
        ogr_io.create(layer, feat)


def cached(wp, stored):
    """A local file with the bytes of the photo stored as `stored` (its PATH), from photo_files; None when the
    package does not hold them."""
    digest = _sha_of(wp, stored)
    if not digest:
        return None
    target = os.path.join(CACHE, digest[:2], digest + os.path.splitext(str(stored))[1].lower())
    if os.path.isfile(target):
        return target
    content = _bytes(wp, digest)
    if content is None or hashlib.sha256(content).hexdigest() != digest:
        return None
    os.makedirs(os.path.dirname(target), exist_ok=True)
    partial = target + ".part{}".format(os.getpid())
    with open(partial, "wb") as fh:
        fh.write(content)
    os.replace(partial, target)  # whole or not at all: another reader may be writing the same photo
    return target


def _literal(value):
    return "'{}'".format(str(value).replace("'", "''"))


def _sha_of(wp, stored):
    if wp.is_postgres:
        from . import pg_sql
        found = pg_sql.rows(wp.source, "SELECT SHA256 FROM {} WHERE PATH = {} AND SHA256 IS NOT NULL LIMIT 1".format(
            pg_sql.table(wp.source, F.LAYER_PHOTOS), _literal(stored)))
        return (found[0][0] or "").lower() if found else ""
    found = _sqlite(wp.path, 'SELECT "SHA256" FROM photos WHERE "PATH" = ? AND "SHA256" IS NOT NULL LIMIT 1', stored)
    return (found[0] or "").lower() if found else ""


def _bytes(wp, digest):
    if wp.is_postgres:
        from . import pg_sql
        found = pg_sql.rows(wp.source, "SELECT encode(\"DATA\", 'hex') FROM {} WHERE SHA256 = {}".format(
            pg_sql.table(wp.source, TABLE), _literal(digest)))
        return bytes.fromhex(found[0][0]) if found and found[0][0] else None
    found = _sqlite(wp.path, 'SELECT "DATA" FROM photo_files WHERE "SHA256" = ?', digest)
    return bytes(found[0]) if found and found[0] is not None else None


def _sqlite(path, statement, value):
    con = sqlite3.connect(path, timeout=10)
    try:
        return con.execute(statement, (value,)).fetchone()
    except sqlite3.OperationalError:  # no photo_files table: the package keeps no photos itself
        return None
    finally:
        con.close()
