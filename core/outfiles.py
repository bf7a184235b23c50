"""Output files and folders that appear whole or not at all, and are checked before they do.

A full disk or an unwritable folder must never leave a zero-byte PDF counted as a dossier, a half package, or an
OSError traceback. So every writer writes under a temporary name beside its target (same disk: the final
os.replace is atomic), the result is checked (exists, not empty, PDF/zip/PNG structure complete), and only then
renamed into place. On any failure the temporary output is removed, and an OSError becomes a WpzfError naming the
file and saying what to do.

    with atomic_file(path) as tmp:        # one file; kind from the extension (pdf, xlsx, docx, zip, png, jpg)
        writer.save(tmp)
    with atomic_folder(final) as work:    # a whole folder (the export package), renamed into place at the end
        ...
    with staged_files(folder) as stage:   # several files into an existing folder (the reports)
        write(stage.path("a.docx")); write(stage.path("b.xlsx"))

Temporary names are `.<name>.partial-<pid>@<host>[<ext>]`. A run killed outright (power cut, Task Manager) cannot
clean up after itself; the next run of the same output removes such leftovers once their process is gone, and
says so in the log. Leftovers of another computer (a shared folder) are left alone: their pid means nothing here.
"""
import errno
import os
import re
import shutil
import socket
import zipfile
from contextlib import contextmanager

from . import log
from .errors import WpzfError
from .i18n import tr

_HOST = re.sub(r"[^0-9A-Za-z_-]", "_", socket.gethostname() or "host")[:40]
_ACTIVE = set()  # temporary paths this process is writing right now (never "stale", even with our own pid)
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST, errno.EISDIR}
_LOW_SPACE = 1 << 20  # below 1 MB free an unexplained write failure is reported as a full disk
OLD = ".old"  # suffix of the previous folder while a new one takes its place
STAGE = "wpzf"  # name of working folders inside an output folder (staged_files(), the dossier's scaled photos)


# ----- messages ----------------------------------------------------------------------------------------------------
def disk_full(path):
    return WpzfError(tr("磁盘空间不足，无法写出 {}。请清理该磁盘（删除不需要的文件）或选择其他磁盘上的输出文件夹后重试；"
                        "未写完的文件已删除。").format(path))


def not_writable(path):
    return WpzfError(tr("无法写入 {}：文件夹不可写（没有写权限、只读、同名的不是文件夹，或文件正被其他程序打开）。"
                        "请选择一个可写的输出文件夹，或关闭占用该文件的程序后重试。").format(path))


def write_error(path, exc):
    """The WpzfError for `exc` (an OSError, or GDAL's RuntimeError) met while writing `path`."""
    path = user_path(path)
    code = getattr(exc, "errno", None)
    if code in _FULL or "No space left" in str(exc):
        return disk_full(path)
    if code in _DENIED:
        return not_writable(path)
    if low_space(path):  # GDAL and Qt often report a full disk without saying so
        return disk_full(path)
    return WpzfError(tr("写出 {} 失败：{}。请检查磁盘空间和文件夹权限后重试；未写完的文件已删除。").format(
        path, getattr(exc, "strerror", None) or exc))


def low_space(path):
    """True when the disk holding `path` (or its nearest existing parent) is all but full."""
    folder = os.path.abspath(path)
    while folder and not os.path.isdir(folder):
        parent = os.path.dirname(folder)
        if parent == folder:
            return False
        folder = parent
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE
    except OSError:
        return False


@contextmanager
def write_errors(path):
    """Any OSError inside becomes the WpzfError naming the file it concerns (else `path`) as the user will find
    it."""
    try:
        yield
    except OSError as exc:
        raise write_error(exc.filename or path, exc) from exc


_PARTIAL = re.compile(r"^\.(.*)\.partial-\d+(?:@[0-9A-Za-z_-]+)?(\.[^.]*)?$")


def user_path(path):
    """`path` as the user will find it: the temporary names of this module replaced by the final ones (a staging
    folder dropped), so a message never names a hidden file that is gone by the time it is read."""
    parts = []
    for part in os.path.abspath(str(path)).split(os.sep):
        match = _PARTIAL.match(part)
        if match is None:
            parts.append(part)
        elif match.group(1) != STAGE:
            parts.append(match.group(1) + (match.group(2) or ""))
    return os.sep.join(parts)


# ----- checks ------------------------------------------------------------------------------------------------------
def _tail(path, size=2048):
    with open(path, "rb") as fh:
        fh.seek(max(0, os.path.getsize(path) - size))
        return fh.read()


def _head(path, size=8):
    with open(path, "rb") as fh:
        return fh.read(size)


def _check_pdf(path):
    if not _head(path).startswith(b"%PDF-"):
        return tr("不是 PDF 文件")
    if b"%%EOF" not in _tail(path):
        return tr("PDF 结尾缺失，文件被截断")
    return None


def _check_zip(path, deep):
    """xlsx and docx are zip files: the central directory (at the end) must read; small ones are CRC-checked."""
    try:
        with zipfile.ZipFile(path) as zf:
            if deep and zf.testzip() is not None:
                return tr("压缩内容损坏")
    except (zipfile.BadZipFile, EOFError, ValueError):
        return tr("压缩结构不完整，文件被截断")
    return None


def _check_png(path):
    if not _head(path) == b"\x89PNG\r\n\x1a\n" or not _tail(path, 12).endswith(b"IEND\xaeB`\x82"):
        return tr("PNG 图片不完整")
    return None


def _check_jpeg(path):
    return None if _head(path, 2) == b"\xff\xd8" else tr("不是 JPEG 图片")


_CHECKS = {"pdf": _check_pdf, "xlsx": lambda p: _check_zip(p, True), "docx": lambda p: _check_zip(p, True),
           "zip": lambda p: _check_zip(p, False), "png": _check_png, "jpg": _check_jpeg}


def kind_of(path):
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    return {"jpeg": "jpg"}.get(ext, ext)


def verify(path, kind=None, shown=None):
    """Raise WpzfError naming `shown` (default `path`) unless `path` exists, is not empty and, for the kinds
    _CHECKS knows, is structurally complete. QGIS's PDF export and Qt's image writers report success on a full
    disk, so their result is never trusted without this."""
    shown = user_path(shown or path)
    try:
        size = os.path.getsize(path)
    except OSError:
        raise WpzfError(tr("文件 {} 没有写出（写出后找不到该文件）。请检查磁盘空间和文件夹权限后重试。").format(shown))
    if size == 0:
        raise WpzfError(tr("写出的文件 {} 是空的（0 字节），通常是磁盘已满。请清理磁盘空间或选择其他输出文件夹后重试；"
                           "空文件已删除。").format(shown))
    check = _CHECKS.get(kind or kind_of(path))
    problem = check(path) if check else None
    if problem:
        raise WpzfError(tr("写出的文件 {} 不完整（{}），通常是磁盘已满或写出被中断。请清理磁盘空间或选择其他输出文件夹后"
                           "重试；不完整的文件已删除。").format(shown, problem))
    return size


def verify_tree(folder, shown, skip=()):
    """verify() every file under `folder`; files under the relative folders in `skip` only need to exist (they are
    copies of the user's files, whose content is theirs)."""
    for dirpath, _dirs, files in os.walk(folder):
        rel_dir = os.path.relpath(dirpath, folder)
        skipped = any(rel_dir == s or rel_dir.startswith(s + os.sep) for s in skip)
        for name in files:
            full = os.path.join(dirpath, name)
            shown_path = os.path.normpath(os.path.join(shown, rel_dir, name))
            if skipped:
                if not os.path.isfile(full):
                    raise WpzfError(tr("文件 {} 没有写出（写出后找不到该文件）。请检查磁盘空间和文件夹权限后重试。").format(
                        shown_path))
            else:
                verify(full, shown=shown_path)


# ----- leftovers of killed runs ------------------------------------------------------------------------------------
def partial_name(name, keep_ext=True):
    """`.<stem>.partial-<pid>@<host><ext>`: hidden, names its owner, keeps the extension writers look at."""
    stem, ext = os.path.splitext(name) if keep_ext else (name, "")
    return ".{}.partial-{}@{}{}".format(stem, os.getpid(), _HOST, ext)


def _partial_pattern(name, keep_ext=True):
    stem, ext = os.path.splitext(name) if keep_ext else (name, "")
    # "@host" is optional: exports before this module named their folder `.<name>.partial-<pid>`
    return re.compile(r"^\.{}\.partial-(\d+)(?:@([0-9A-Za-z_-]+))?{}$".format(re.escape(stem), re.escape(ext)))


def pid_alive(pid):
    """Whether process `pid` runs on this computer. On Windows os.kill would terminate it: ask the kernel."""
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, another user's
        return True
    return True


def _windows_pid_alive(pid):  # pragma: no cover - Windows only
    import ctypes
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _is_stale(path, pid, host):
    if host and host != _HOST:
        return False
    if pid == os.getpid():
        return path not in _ACTIVE  # a process with our pid before us (pids are reused), not a run of ours
    return not pid_alive(pid)


def remove_stale(target, keep_ext=True, feedback=None):
    """Remove the temporary outputs of `target` left by killed runs; returns their paths."""
    folder, name = os.path.split(os.path.abspath(target))
    pattern = _partial_pattern(name, keep_ext)
    try:
        entries = os.listdir(folder)
    except OSError:
        return []
    removed = []
    for entry in entries:
        match = pattern.match(entry)
        full = os.path.join(folder, entry)
        if match and _is_stale(full, int(match.group(1)), match.group(2)):
            _remove(full)
            message = tr("已删除上次中断的运行（进程 {} 已结束）留下的未完成输出：{}").format(match.group(1), full)
            log.info(message)
            if feedback is not None:
                feedback.pushInfo(message)
            removed.append(full)
    return removed


def _remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.lexists(path):
        try:
            os.remove(path)
        except OSError:
            pass


# ----- writing -----------------------------------------------------------------------------------------------------
def ensure_folder(folder):
    """Create `folder` if needed; WpzfError (not OSError) when it cannot be, e.g. under a file or read-only."""
    folder = os.path.abspath(str(folder))
    if not os.path.isdir(folder):
        with write_errors(folder):
            os.makedirs(folder, exist_ok=True)
    return folder


@contextmanager
def atomic_file(path, kind=None, feedback=None):
    """Yield a temporary path beside `path`; when the body returns it is verified and renamed to `path`."""
    path = os.path.abspath(str(path))
    folder = ensure_folder(os.path.dirname(path))
    remove_stale(path, feedback=feedback)
    tmp = os.path.join(folder, partial_name(os.path.basename(path)))
    _ACTIVE.add(tmp)
    try:
        with write_errors(path):
            yield tmp
            verify(tmp, kind or kind_of(path), shown=path)
            os.replace(tmp, path)
    finally:
        _ACTIVE.discard(tmp)
        _remove(tmp)  # gone already after a successful rename


@contextmanager
def scratch_folder(parent, name, feedback=None):
    """A hidden working folder `.<name>.partial-<pid>@<host>` in `parent`, removed afterwards whatever happens
    (on the output's disk, so a killed run's leftovers are found and removed by the next run)."""
    parent = ensure_folder(parent)
    remove_stale(os.path.join(parent, name), keep_ext=False, feedback=feedback)
    work = os.path.join(parent, partial_name(name, keep_ext=False))
    _ACTIVE.add(work)
    try:
        with write_errors(parent):
            _remove(work)
            os.makedirs(work)
        yield work
    finally:
        _ACTIVE.discard(work)
        _remove(work)


@contextmanager
def atomic_folder(final, skip_checks=(), feedback=None):
    """Yield an empty working folder beside `final`; when the body returns every file in it is verified and the
    folder renamed to `final` (an older `final` is replaced only then)."""
    final = os.path.abspath(str(final))
    remove_stale(final + OLD, keep_ext=False, feedback=feedback)  # a run killed while swapping the folders
    with scratch_folder(os.path.dirname(final), os.path.basename(final), feedback) as work:
        with write_errors(final):
            yield work
            verify_tree(work, final, skip_checks)
            _replace_folder(work, final)


def _replace_folder(work, final):
    """Rename `work` to `final`; an existing `final` is moved aside first (Windows cannot rename onto a folder) and
    put back if the rename fails."""
    old = None
    if os.path.exists(final):
        old = os.path.join(os.path.dirname(final), partial_name(os.path.basename(final) + OLD, keep_ext=False))
        os.replace(final, old)
    try:
        os.replace(work, final)
    except OSError:
        if old:
            os.replace(old, final)  # put the previous package back
        raise
    if old:
        _remove(old)


class Stage:
    """Files written into a hidden staging folder, then verified and moved into `folder` one by one."""

    def __init__(self, folder, work):
        self.folder, self.work, self.names = folder, work, []

    def path(self, name):
        self.names.append(name)
        return os.path.join(self.work, name)

    def final(self, name):
        return os.path.join(self.folder, name)

    def commit(self):
        for name in self.names:
            verify(os.path.join(self.work, name), shown=self.final(name))
        with write_errors(self.folder):
            for name in self.names:
                os.replace(os.path.join(self.work, name), self.final(name))
        return [self.final(n) for n in self.names]


@contextmanager
def staged_files(folder, feedback=None):
    """Yield a Stage for files going into `folder`; they appear there only when the body succeeded and every one
    of them is verified."""
    folder = ensure_folder(folder)
    with scratch_folder(folder, STAGE, feedback) as work:
        stage = Stage(folder, work)
        with write_errors(folder):
            yield stage
        stage.commit()
