"""Outputs must never destroy inputs: refuse a destination that is the work package or another file we would wreck.

QGIS writes a feature sink given as a plain path by deleting the file first, and our writers replace a file whole.
So a destination is accepted only when it is new, or an earlier output of the same kind: a GeoPackage holding
nothing but the layer this output writes, an Excel/Word/PDF file of that type. Everything else is refused before the
algorithm starts, with the file named and what to do.
"""
import os
import re
import sqlite3

from .errors import InputError
from .i18n import tr

# What an existing file must start with to be an earlier output of this kind (then replacing it is expected).
_SIGNATURES = {"xlsx": b"PK", "docx": b"PK", "zip": b"PK", "pdf": b"%PDF", "png": b"\x89PNG"}
_SQLITE = b"SQLite format 3\x00"
_MEMORY = ("memory:", "TEMPORARY_OUTPUT")


def _same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _head(path, size=16):
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def _gpkg_layers(path):
    """Tables a GeoPackage/SQLite file holds (gpkg_contents, or every user table of a plain SQLite file)."""
    try:
        con = sqlite3.connect("file:{}?mode=ro".format(path.replace("?", "%3f").replace("#", "%23")), uri=True)
    except sqlite3.Error:
        return None
    try:
        try:
            return [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
        except sqlite3.Error:
            return [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    except sqlite3.Error:
        return None
    finally:
        con.close()


def parse_vector_destination(dest):
    """(file path, layer name or None) of a sink destination string; (None, None) for memory and databases."""
    dest = (dest or "").strip()
    if not dest or dest.startswith(_MEMORY):
        return None, None
    if dest.startswith("ogr:"):
        path = re.search(r"dbname='((?:[^']|'')*)'", dest) or re.search(r'dbname="([^"]*)"', dest)
        table = re.search(r'table="((?:[^"]|"")*)"', dest) or re.search(r"table=(\S+)", dest)
        return (path.group(1).replace("''", "'") if path else None), (table.group(1) if table else None)
    if ":" in dest.split("/")[0] and not re.match(r"^[A-Za-z]:[\\/]", dest):
        return None, None  # postgres:, spatialite: … a database, not a file we could wipe
    path, _sep, rest = dest.partition("|")
    layer = re.search(r"layername=([^|]+)", rest)
    return path, (layer.group(1) if layer else None)


def _refuse(name, path, why):
    return InputError(tr("输出参数 {} 的位置 {} {}。为避免覆盖已有数据，本次没有运行。请另选一个新的文件名。").format(
        name, path, why))


def check_vector(name, dest, package=None):
    path, layer = parse_vector_destination(dest)
    if not path:
        return
    if package and os.path.exists(path) and _same_file(path, package):
        raise _refuse(name, path, tr("就是工作库本身（写入会毁掉全部图斑、判定、照片和历史）"))
    if not os.path.isfile(path) or _head(path) != _SQLITE:
        return
    layers = _gpkg_layers(path) or []
    if layer is not None:
        return  # QGIS writes or replaces just that layer inside the file; the others stay
    own = os.path.splitext(os.path.basename(path))[0]
    others = [t for t in layers if t.lower() != own.lower()]
    if others:
        raise _refuse(name, path, tr("是已有的 GeoPackage，含有其他图层（{}），输出会删除整个文件").format(
            "、".join(others[:10]) + ("…" if len(others) > 10 else "")))


def check_file(name, path, extension, package=None):
    if not path or not os.path.exists(path):
        return
    if os.path.isdir(path):
        raise _refuse(name, path, tr("是一个文件夹"))
    if package and _same_file(path, package):
        raise _refuse(name, path, tr("就是工作库本身（写入会毁掉全部图斑、判定、照片和历史）"))
    head = _head(path)
    if not head:
        return  # an empty file holds nothing to lose
    if head == _SQLITE:
        raise _refuse(name, path, tr("是一个数据库文件（GeoPackage/SQLite），不是以前生成的 {} 文件").format(extension))
    signature = _SIGNATURES.get((extension or "").lower().lstrip("."))
    if signature and not head.startswith(signature):
        raise _refuse(name, path, tr("已存在且不是 {} 文件").format(extension))


def check_folder(name, path, package=None):
    if not path or not os.path.exists(path):
        return
    if not os.path.isdir(path):
        why = tr("就是工作库本身") if package and _same_file(path, package) else tr("是一个已有的文件，不是文件夹")
        raise _refuse(name, path, why)
