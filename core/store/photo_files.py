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
from . import ogr_io, package_io, pg_sql

SETTING, DATABASE, FILES = "photo_storage", "database", "files"
TABLE = "photo_files"
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


def _sha_of(wp, stored):
    found = wp.rows('SELECT "SHA256" FROM {} WHERE "PATH" = {} AND "SHA256" IS NOT NULL LIMIT 1'.format(
        wp.table(F.LAYER_PHOTOS), pg_sql.literal(stored)))
    return (found[0][0] or "").lower() if found else ""


def _bytes(wp, digest):
    data = "encode(\"DATA\", 'hex')" if wp.is_postgres else '"DATA"'
    try:
        found = wp.rows('SELECT {} FROM {} WHERE "SHA256" = {}'.format(data, wp.table(TABLE), pg_sql.literal(digest)))
    except sqlite3.OperationalError:  # no photo_files table: the package keeps no photos itself
        return None
    if not found or found[0][0] is None:
        return None
    return bytes.fromhex(found[0][0]) if wp.is_postgres else bytes(found[0][0])
