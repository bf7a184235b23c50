"""Documents attached to a patch (附件材料): 情况说明, 违法处理材料, 举证材料 and others.

The file itself is kept INSIDE the work package (table `attachments`, the bytes in the BLOB column DATA, with their
SHA-256), so the county folder can move, a colleague's copy of the package holds the same documents, and nothing
outside the package can change them unseen: every read is checked against the SHA-256 stored when the file was
added. Adding and removing are history rows (FIELD "attachment") in the same transaction as the change.

Packages made before this table existed get it on the first add (a separate write: GDAL's GeoPackage driver creates
tables outside a transaction). Reading an older package without the table simply finds no attachments.
"""
import hashlib
import os
import re
import stat

from osgeo import ogr

from ...rules import fields as F
from . import ogr_io, package_io, tables
from ..errors import WpzfError
from ..i18n import tr
from ..outfiles import atomic_file
from .package_io import open_dataset, write
from ..photos.link import NotAPhotoFile, open_regular, safe_text
from .workpackage import WorkPackage, current_user, now_text


MAX_ATTACHMENT_MB = 50  # a scanned decision of a few dozen pages stays far below; the package is not a file store
DATA_FIELD = tables.ATTACHMENT_DATA[0]
HISTORY_FIELD = "attachment"
ADD_ACTION, REMOVE_ACTION = "attachment:add", "attachment:remove"
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png")
PDF_EXTENSIONS = (".pdf",)
WORD_EXTENSIONS = (".doc", ".docx")
DIALOG_FILTER_EXTENSIONS = PDF_EXTENSIONS + IMAGE_EXTENSIONS + WORD_EXTENSIONS
FIELD_NAMES = [f[0] for f in F.ATTACHMENT_FIELDS]


def _package(wp):
    """A WorkPackage for `wp` (a WorkPackage or the path of one)."""
    return wp if isinstance(wp, WorkPackage) else WorkPackage(wp)


def _quote(value):
    return "'{}'".format(str(value).replace("'", "''"))


def file_kind(name):
    """'image', 'pdf', 'word' or 'other' by the file name's extension: what the dossier can do with it."""
    ext = os.path.splitext(str(name or ""))[1].lower()
    if ext in IMAGE_EXTENSIONS:
        return "image"
    if ext in PDF_EXTENSIONS:
        return "pdf"
    if ext in WORD_EXTENSIONS:
        return "word"
    return "other"


def extension(filename):
    """The file's extension in lower case when it is an ordinary one ('.pdf', '.docx'), else '' (names of copies
    are made from it: nothing odd may come along)."""
    ext = os.path.splitext(str(filename or ""))[1].lower()
    return ext if re.fullmatch(r"\.[0-9a-z]{1,8}", ext) else ""


def describe(row):
    """'<kind>：<title>（SHA-256 <first 12 hex digits>）': how history and messages name an attachment."""
    return tr("{}：{}（SHA-256 {}）").format(row.get("KIND") or "", row.get("TITLE") or "",
                                            (row.get("SHA256") or "")[:12])


def size_text(size):
    """'350 KB', '2.4 MB'."""
    size = int(size or 0)
    return "{:.1f} MB".format(size / 1048576.0) if size >= 1048576 else "{:.0f} KB".format(max(size, 1) / 1024.0)


def ordered(rows):
    """Rows in the order the dossier and the export number them: by kind (情况说明 first), then as added."""
    kinds = {k: i for i, k in enumerate(F.ATTACHMENT_KINDS)}
    return sorted(rows, key=lambda r: (kinds.get(r.get("KIND"), len(kinds)), r.get("ADDED_AT") or "",
                                       r.get("_fid") or 0))


# ----- the table ---------------------------------------------------------------------------------------------------
def ensure_table(wp):
    """Create the attachments table in a package made before it existed (core/store/tables.py)."""
    tables.ensure(_package(wp), tables.ATTACHMENTS)


# ----- reading the file to attach ----------------------------------------------------------------------------------
def _refuse(jcbh, path, reason):
    return WpzfError(tr("图斑 {} 的附件 {} 未添加：{}。").format(jcbh, safe_text(str(path)), reason))


def read_file(jcbh, path):
    """The bytes of the file at `path`, refused (WpzfError naming the patch and the file and what to do) when it is
    not a regular file, empty or larger than MAX_ATTACHMENT_MB. A device or FIFO is never opened."""
    limit = MAX_ATTACHMENT_MB << 20
    try:
        info = os.stat(os.path.realpath(path))
    except OSError as exc:
        raise _refuse(jcbh, path, tr("文件不存在或无法访问（{}），请确认文件位置后重新选择").format(exc.strerror or exc))
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(jcbh, path, tr("不是普通文件（文件夹、设备或管道），请选择文件本身"))
    _check_size(jcbh, path, info.st_size)
    try:
        with open_regular(os.path.realpath(path)) as fh:  # proved regular after opening: the folder may change
            content = fh.read(limit + 1)
    except NotAPhotoFile:
        raise _refuse(jcbh, path, tr("不是普通文件（文件夹、设备或管道），请选择文件本身"))
    except OSError as exc:
        raise _refuse(jcbh, path, tr("文件无法读取（{}），请检查文件权限后重试").format(exc.strerror or exc))
    _check_size(jcbh, path, len(content))  # the file may have changed since stat()
    return content


def _check_size(jcbh, path, size):
    if size == 0:
        raise _refuse(jcbh, path, tr("是空文件（0 字节），请确认文件完整后重新选择"))
    if size > MAX_ATTACHMENT_MB << 20:
        raise _refuse(jcbh, path, tr("文件有 {:.1f} MB，超过附件上限 {} MB，请压缩（如降低扫描分辨率）或拆分成几份后分别添加").format(
            size / 1048576.0, MAX_ATTACHMENT_MB))


# ----- adding, listing, reading, removing --------------------------------------------------------------------------
def _history_row(ds, jcbh, old, new, action, user, stamp):
    history = ds.GetLayerByName(F.TABLE_HISTORY)
    feat = ogr.Feature(history.GetLayerDefn())
    index = feat.GetDefnRef().GetFieldIndex
    for name, value in (("TIME", stamp), ("USER", user), ("JCBH", jcbh), ("FIELD", HISTORY_FIELD),
                        ("OLD", old), ("NEW", new), ("ACTION", action)):
        feat.SetFieldString(index(name), value)
    ogr_io.create(history, feat)


def _row_of(feat):
    row = {name: feat.GetField(feat.GetDefnRef().GetFieldIndex(name)) for name in FIELD_NAMES}
    row["_fid"] = feat.GetFID()
    return row


def _new_row(jcbh, path, kind, title, note, user, content):
    filename = safe_text(os.path.basename(str(path)))
    title = (title or "").strip() or os.path.splitext(filename)[0] or filename
    return {"JCBH": jcbh, "KIND": kind, "TITLE": title[:254], "FILENAME": filename[:254],
            "SHA256": hashlib.sha256(content).hexdigest(), "SIZE": len(content), "ADDED_AT": now_text(),
            "USER": (user or current_user())[:50], "NOTE": (note or "").strip()[:254] or None}


def add(wp, jcbh, path, kind, title=None, note=None, user=None):
    """Attach the file at `path` to patch `jcbh`; returns its row (fields of ATTACHMENT_FIELDS and '_fid', no data).

    Refused with a WpzfError naming the patch and the file: an unknown patch or kind, not a regular file, empty,
    larger than MAX_ATTACHMENT_MB, or the same content (SHA-256) already attached to this patch."""
    wp = _package(wp)
    if wp.patch(jcbh) is None:
        raise WpzfError(tr("工作库中没有图斑 {}，附件 {} 未添加。").format(jcbh, safe_text(str(path))))
    if kind not in F.ATTACHMENT_KINDS:
        raise WpzfError(tr("附件类别“{}”无效，应为：{}。").format(kind, "、".join(F.ATTACHMENT_KINDS)))
    content = read_file(jcbh, path)
    row = _new_row(jcbh, path, kind, title, note, user, content)
    ensure_table(wp)

    def body(ds):
        layer = ds.GetLayerByName(F.TABLE_ATTACHMENTS)
        same = _find(layer, "JCBH = {} AND SHA256 = {}".format(_quote(jcbh), _quote(row["SHA256"])))
        if same:
            raise WpzfError(tr("图斑 {} 已有内容相同的附件“{}”（{}，{} 添加），{} 未重复添加。").format(
                jcbh, same[0]["TITLE"], same[0]["KIND"], same[0]["ADDED_AT"], safe_text(str(path))))
        feat = ogr.Feature(layer.GetLayerDefn())
        for name in FIELD_NAMES:
            if row[name] is not None:
                feat.SetField(feat.GetDefnRef().GetFieldIndex(name), row[name])
        feat.SetFieldBinaryFromHexString(feat.GetDefnRef().GetFieldIndex(DATA_FIELD), content.hex())
        ogr_io.create(layer, feat)
        fid = feat.GetFID()
        # read back before the commit: the hex round trip of the bindings must give the very bytes
        if hashlib.sha256(_blob(layer.GetFeature(fid))).hexdigest() != row["SHA256"]:
            raise WpzfError(tr("图斑 {} 的附件 {} 写入工作库后读回的内容与原文件不符，未添加。请重试。").format(
                jcbh, safe_text(str(path))))
        _history_row(ds, jcbh, "", describe(row), ADD_ACTION, row["USER"], row["ADDED_AT"])
        return fid

    row["_fid"] = write(wp.path, body, wp.lock_wait)
    return row


def _find(layer, where):
    """Rows (no data) matching an OGR filter; the filter is cleared afterwards (the layer object is reused)."""
    layer.SetIgnoredFields([DATA_FIELD])
    package_io.set_filter(layer, where)
    try:
        return [_row_of(feat) for feat in layer]
    finally:
        layer.SetAttributeFilter(None)
        layer.SetIgnoredFields([])


def _blob(feat):
    index = feat.GetDefnRef().GetFieldIndex(DATA_FIELD)
    if not feat.IsFieldSetAndNotNull(index):
        return b""
    value = feat.GetFieldAsBinary(index)
    return bytes(value) if value is not None else b""


def list(wp, jcbh=None):  # noqa: A001 - the module's API reads attachments.list(wp)
    """Attachment rows (fields of ATTACHMENT_FIELDS and '_fid'), without their data, in ordered() order; all
    patches when `jcbh` is None. A package without the table has none."""
    wp = _package(wp)
    ds = open_dataset(wp.path)
    layer = ds.GetLayerByName(F.TABLE_ATTACHMENTS)
    if layer is None:
        return []
    return ordered(_find(layer, None if jcbh is None else "JCBH = {}".format(_quote(jcbh))))


def _feature(ds, fid, with_data=True):
    layer = ds.GetLayerByName(F.TABLE_ATTACHMENTS)
    if layer is not None and not with_data:
        layer.SetIgnoredFields([DATA_FIELD])
    feat = layer.GetFeature(int(fid)) if layer is not None else None
    if feat is None:
        raise WpzfError(tr("附件记录 {} 不存在（可能已被删除），请刷新后重试。").format(fid))
    return feat


def data(wp, fid):
    """The bytes of attachment `fid`, proved to have the SHA-256 stored when it was added; a changed file raises a
    WpzfError naming the patch and the title."""
    wp = _package(wp)
    ds = open_dataset(wp.path)
    feat = _feature(ds, fid)
    row, content = _row_of(feat), _blob(feat)
    if hashlib.sha256(content).hexdigest() != (row.get("SHA256") or "").lower():
        raise WpzfError(tr("图斑 {} 的附件“{}”（{}）在工作库中的内容与添加时记录的 SHA-256 不符（已被改动或损坏），"
                           "不能使用。请删除该附件后重新添加原文件。").format(row["JCBH"], row["TITLE"], row["KIND"]))
    return content


def remove(wp, fid, user=None):
    """Delete attachment `fid`; the history row names what was removed. Returns the removed row (no data)."""
    wp = _package(wp)
    user = user or current_user()

    def body(ds):
        row = _row_of(_feature(ds, fid, with_data=False))
        ogr_io.delete(ds.GetLayerByName(F.TABLE_ATTACHMENTS), int(fid))
        _history_row(ds, row["JCBH"], describe(row), "", REMOVE_ACTION, user, now_text())
        return row

    return write(wp.path, body, wp.lock_wait)


def write_copy(content, target, sha256):
    """Write an attachment's verified bytes to `target` (whole or not at all, core/outfiles) and prove the file on
    disk has `sha256` before it takes its name. The content is the user's: no structural check of its kind."""
    with atomic_file(target, kind="attachment") as tmp:
        with open(tmp, "wb") as fh:
            fh.write(content)
        digest = hashlib.sha256()
        with open(tmp, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != sha256:
            raise WpzfError(tr("附件副本 {} 写出后核对 SHA-256 不符（磁盘或存储故障），已删除。请检查磁盘后重试。").format(
                target))
    return target
