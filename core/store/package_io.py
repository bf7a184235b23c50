"""Opening and writing the work package so that no write is lost and no failure passes as success.

GDAL's Dataset methods (StartTransaction, CommitTransaction, ExecuteSQL) return an error code instead of raising —
unless some plugin switched on gdal.UseExceptions() for the whole process, then they raise. So
every write checks both ways, retries while another program holds the package, and otherwise fails with a message a
technician can act on. SQLite leaves a hot
journal behind a killed writer; a read-only open cannot roll it back, so the package is opened read-write once to
recover it.

A PostgreSQL package (a data source name "PG:…", see source.py) goes through the same functions: the server rolls
back what a dropped connection left, so there is no journal to recover; a lock held by another technician's save is
waited for (lock_timeout) and the write retried like a busy GeoPackage; a statement the role may not run is refused
with what the role may do.
"""
import os
import re
import time

from osgeo import gdal

from ...rules import fields as F

from ..errors import WorkPackageError
from . import source
from ..i18n import tr

# How long a write waits for another program (QGIS layer, second import, a reader) to release the package.
LOCK_WAIT_SECONDS = 15.0
# SQLite's own wait inside one attempt (GDAL's default is 5 s; shorter attempts keep the total bounded).
BUSY_TIMEOUT_MS = 2000

_LOCKED = ("database is locked", "database table is locked", "sqlite_busy",
           "lock timeout", "deadlock detected", "could not serialize access")
_FULL = ("database or disk is full", "disk is full", "no space left")
_DENIED = ("permission denied for", "must be owner of")  # PostgreSQL: the role may not
_LOST = ("server closed the connection", "terminating connection", "connection to server", "could not receive data",
         "no connection to the server", "could not send data", "connection not open", "ssl syscall error")
_READONLY = ("readonly database", "read-only", "permission denied")


class Busy(Exception):
    """The package is locked by another connection: the whole write may be retried."""


def classify(message):
    text = (message or "").lower()
    if any(key in text for key in _LOCKED):
        return "locked"
    if any(key in text for key in _FULL):
        return "full"
    if any(key in text for key in _DENIED):
        return "denied"
    if any(key in text for key in _LOST):
        return "lost"
    if any(key in text for key in _READONLY):
        return "readonly"
    return "other"


def failure(path, message):
    """The technician's message for a write that did not reach the disk."""
    kind = classify(message)
    path = display(path)
    if len(message or "") > 600:  # GDAL quotes the whole statement, a photo's bytes included
        message = message[:600] + "…"
    if kind == "denied":
        text = tr("当前数据库角色无权进行这项修改，本次修改没有保存（工作库 {}）。只读角色（wpzf_viewer）只能查看；"
                  "判定需要技术员角色（wpzf_technician）；导入、套合、拆分、导出等需要管理员角色（wpzf_admin）。"
                  "请联系数据库管理员授予相应角色。（{}）")
    elif kind == "lost":
        text = tr("与数据库的连接中断，本次修改没有保存（数据库已自动撤销未完成的事务，工作库 {} 保持修改前的状态）。"
                  "请检查网络和数据库服务器后重试。（{}）")
    elif kind == "full":
        text = tr("磁盘空间不足，工作库 {} 未能写入，本次修改没有保存（工作库保持修改前的状态）。"
                  "请清理磁盘空间后重试。（{}）")
    elif kind == "readonly":
        text = tr("工作库 {} 不可写（只读文件或没有写权限），本次修改没有保存。"
                  "请检查文件属性和文件夹权限后重试。（{}）")
    elif kind == "locked":
        text = tr("工作库 {} 正被其他程序占用（如另一个 QGIS、正在运行的导入或套合），等待后仍无法写入，"
                  "本次修改没有保存。请关闭占用它的程序或等其运行结束后重试。（{}）")
    else:
        text = tr("写入工作库 {} 失败，本次修改没有保存（工作库保持修改前的状态）：{}")
    return WorkPackageError(text.format(path, message))


def is_pg(path):
    return str(path).startswith("PG:")


def display(path):
    """How a package is named in messages: its path, or for PostgreSQL where it is without the password."""
    if not is_pg(path):
        return path
    try:
        return source.parse(path).label
    except WorkPackageError:  # the server itself (no schema named: creating a package, checking for one)
        return "PostgreSQL " + source.without_password(str(path)[len(source.PG_PREFIX):])


# Names of the package's fields: quoted in SQL sent to PostgreSQL (its columns keep their upper-case names, which
# PostgreSQL would otherwise fold to lower case); SQLite takes the quotes too.
_FIELD_NAMES = {spec[0] for group in (F.PATCH_FIELDS, F.PHOTO_FIELDS, F.HISTORY_FIELDS, F.SETTINGS_FIELDS,
                                      F.ATTACHMENT_FIELDS, F.FIELD_PACKAGE_FIELDS, F.FIELD_EXPORT_FIELDS,
                                      F.FIELD_CONFLICT_FIELDS) for spec in group}
_TOKENS = re.compile(r"('(?:[^']|'')*')|(\"[^\"]*\")|\b([A-Z][A-Z0-9_]*)\b")


def quoted(statement):
    """`statement` with every bare field name in double quotes (string literals and quoted names untouched)."""
    def one(match):
        name = match.group(3)
        return '"{}"'.format(name) if name and name in _FIELD_NAMES else match.group(0)
    return _TOKENS.sub(one, statement)


def set_filter(layer, where):
    """layer.SetAttributeFilter with the field names quoted (OGR hands the filter to PostgreSQL as it is); a filter
    the database refuses raises RuntimeError instead of leaving the layer unfiltered."""
    gdal.ErrorReset()
    code = layer.SetAttributeFilter(quoted(where) if where else None)
    if code not in (0, None):
        raise RuntimeError(gdal.GetLastErrorMsg() or "SetAttributeFilter({})".format(where))


def is_pg_dataset(ds):
    driver = ds.GetDriver()  # gdal.Driver (OpenEx) or ogr.Driver (CreateDataSource)
    return (getattr(driver, "ShortName", None) or driver.GetName()) == "PostgreSQL"


def for_ds(ds, statement):
    """The statement as `ds` needs it: field names quoted for PostgreSQL, as written for SQLite."""
    return quoted(statement) if is_pg_dataset(ds) else statement


def query(ds, statement):
    """ExecuteSQL with quoted field names; the caller releases the result (ds.ReleaseResultSet)."""
    return ds.ExecuteSQL(for_ds(ds, statement))


def journal_path(path):
    return path + "-journal"


def has_journal(path):
    if is_pg(path):
        return False
    journal = journal_path(path)
    return os.path.isfile(journal) and os.path.getsize(journal) > 0


def _open_read_only(path):
    gdal.ErrorReset()
    try:
        return gdal.OpenEx(path, gdal.OF_VECTOR, allowed_drivers=["GPKG"])
    except RuntimeError:
        return None


def recover_if_needed(path):
    """Roll back what a killed writer left half done. Returns a message for the technician, or None.

    A journal beside the package is normal while another program writes; it is only left over ("hot") when a read-only
    open fails on it, since SQLite must write to roll it back. A read of a read-write connection does that, and the
    data as it was before the interrupted write is intact afterwards.
    """
    if is_pg(path) or not has_journal(path):
        return None
    ds = _open_read_only(path)
    if ds is not None:
        return None
    reason = gdal.GetLastErrorMsg()
    gdal.ErrorReset()
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    if ds is not None:
        result = ds.ExecuteSQL("SELECT count(*) FROM gpkg_contents")
        if result is not None:
            ds.ReleaseResultSet(result)
        ds = None
    if _open_read_only(path) is None:
        raise WorkPackageError(tr("工作库 {} 上次写入被中断，留下了未完成的日志文件 {}，但无法恢复：{}。"
                                  "请确认文件可写、没有被其他程序占用后重试；不要删除日志文件，它保存着恢复所需的数据。")
                               .format(path, journal_path(path), gdal.GetLastErrorMsg() or reason))
    message = tr("工作库 {} 上次写入被中断（程序被关闭或崩溃）。已自动撤销未完成的那次写入，"
                 "工作库恢复到中断前的状态，此前保存的数据完好。").format(path)
    _log_warning(message)
    return message


def open_dataset(path, update=False):
    """gdal.Dataset of the package. A read-only open first recovers a killed writer's journal (it cannot itself).
    (The dock's frequent reads of a PostgreSQL package go through QGIS's pooled connections instead: pg_sql.py.)"""
    if is_pg(path):
        return _open_pg(path, update)
    if not update:
        recover_if_needed(path)
    gdal.ErrorReset()
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0), allowed_drivers=["GPKG"])
    except RuntimeError as exc:
        raise WorkPackageError(tr("无法打开工作库 {}：{}").format(path, exc))
    if ds is None:
        message = gdal.GetLastErrorMsg()
        if update and classify(message) == "readonly":
            raise failure(path, message)
        raise WorkPackageError(tr("无法打开工作库 {}：{}。请确认它是本插件创建的 GeoPackage 且文件完整。").format(
            path, message or tr("未知错误")))
    if update:
        _sql(ds, "PRAGMA busy_timeout = {}".format(int(BUSY_TIMEOUT_MS)))
    return ds


def _open_pg(path, update):
    gdal.ErrorReset()
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0), allowed_drivers=["PostgreSQL"],
                         open_options=["LIST_ALL_TABLES=YES"])  # history, settings … have no geometry
    except RuntimeError as exc:
        ds, message = None, str(exc)
    else:
        message = gdal.GetLastErrorMsg()
    if ds is None:
        raise WorkPackageError(tr("无法连接 PostgreSQL 工作库 {}：{}。请确认服务器地址、端口、数据库名、用户名和密码，"
                                  "以及服务器允许本机连接。").format(display(path), message or tr("未知错误")))
    return ds


def _sql(ds, statement):
    result = ds.ExecuteSQL(statement)
    if result is not None:
        ds.ReleaseResultSet(result)


def _log_warning(message):
    try:
        from ..log import warning
        warning(message)
    except ImportError:  # pragma: no cover - QGIS always present where the package is used
        pass


def write(path, body, lock_wait=None):
    """Run body(ds) in one transaction and return its result; the commit is verified.

    While another connection holds the package the whole write is retried (body runs again from the start, so it
    must read what it needs inside); after `lock_wait` seconds, or on any other failure, nothing is stored and a
    WorkPackageError says why.
    """
    deadline = time.monotonic() + (LOCK_WAIT_SECONDS if lock_wait is None else lock_wait)
    pause = 0.1
    while True:
        try:
            return _write_once(path, body)
        except Busy as exc:
            if time.monotonic() + pause >= deadline:
                raise failure(path, str(exc))
            time.sleep(pause)
            pause = min(pause * 2, 1.0)


def _write_once(path, body):
    ds = open_dataset(path, update=True)
    try:
        ok, message = _call(ds.StartTransaction)
        if not ok:
            _raise(path, message or "StartTransaction")
        try:
            if is_pg(path):  # a row another save holds is waited for this long, then the whole write is retried
                execute(ds, "SET LOCAL lock_timeout = '{}ms'".format(int(BUSY_TIMEOUT_MS)))
            result = body(ds)
        except RuntimeError as exc:  # ogr raises for a failed CreateFeature/SetFeature
            _call(ds.RollbackTransaction)
            _raise(path, str(exc))
        except BaseException:
            _call(ds.RollbackTransaction)
            raise
        ok, message = _call(ds.CommitTransaction)
        if not ok:
            # GDAL has already forgotten the transaction; closing the dataset rolls SQLite's back
            _raise(path, message or "CommitTransaction")
        return result
    finally:
        ds = None


def _call(method):
    """(ok, error message) of a GDAL call that returns an error code, or raises when another plugin (or a test) has
    switched on gdal.UseExceptions() for the whole process: both must be handled."""
    gdal.ErrorReset()
    try:
        code = method()
    except RuntimeError as exc:
        return False, str(exc)
    return code == 0, gdal.GetLastErrorMsg() if code != 0 else ""


def _raise(path, message):
    if classify(message) == "locked":
        raise Busy(message)
    raise failure(path, message)


def execute(ds, statement):
    """ExecuteSQL that raises RuntimeError on failure (gdal.Dataset only sets an error)."""
    gdal.ErrorReset()
    result = ds.ExecuteSQL(for_ds(ds, statement))
    if result is not None:
        ds.ReleaseResultSet(result)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise RuntimeError(gdal.GetLastErrorMsg() or statement)


def scalar(ds, statement):
    """The first value of a one-row query (None when no row); raises RuntimeError on failure."""
    gdal.ErrorReset()
    result = ds.ExecuteSQL(for_ds(ds, statement))
    if result is None:
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise RuntimeError(gdal.GetLastErrorMsg() or statement)
        return None
    try:
        feat = result.GetNextFeature()
        return feat.GetField(0) if feat is not None else None
    finally:
        ds.ReleaseResultSet(result)


def remove_quietly(path):
    try:
        os.remove(path)
    except OSError:
        pass
