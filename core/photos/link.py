"""Evidence photos (举证照片): read a folder of field photos and link each to its patch.

A photo is linked to the patch it lies in, or to the nearest patch within MAX_DISTANCE (metres in the package CRS).
Every JPEG gets a row: photos without GPS, too far from any patch or outside the county, duplicates and unreadable
files are stored with a NOTE and counted in the report. Images in other formats (PNG, HEIC, ...) get no row but are
named in the report with what to do (convert to JPEG); other files (videos, documents) are left alone. All rows go
into the package in one transaction, so a cancel or an error leaves it as it was. Paths are stored relative to the
package.

Photo folders come from phones, drones and unzipped archives: only regular files are opened. A link is followed
only to a regular file inside the scanned folder; devices, FIFOs, links leading elsewhere, folder links and names
that are not UTF-8 are stored with a NOTE saying what to do, never opened (a link to /dev/zero would hash forever).
"""
import hashlib
import os
import stat

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext,
                       QgsDistanceArea, QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex)

from ...rules import fields as F
from . import exif
from ..errors import Canceled, WpzfError
from .exif import GPS_INVALID, GPS_NO_FIX, GPS_OUT_OF_RANGE, PhotoReadError, read_photo_meta
from ..i18n import tr
from .. import progress
from ..store.workpackage import WorkPackage

PHOTO_EXTENSIONS = (".jpg", ".jpeg")
# images a phone or a screenshot tool may leave in a photo folder: reported (convert to JPEG), not read
OTHER_IMAGE_EXTENSIONS = (".png", ".heic", ".heif", ".webp", ".avif", ".tif", ".tiff", ".bmp", ".gif")
# a photo farther than this from every patch is outside the county: its distance, measured in the package's
# Gauss-Krüger zone, would be meaningless far from the zone (thousands of km), so none is given
OUTSIDE_MARGIN_M = 50000.0
GPS_CRS = "EPSG:4490"  # phone GPS is WGS84; CGCS2000 agrees with it to centimetres
NOTE_MAX = 254
MAX_PHOTO_MB = 256  # drone and panorama JPEGs stay far below; a bigger ".jpg" is a video or disk image
_CHUNK = 1 << 20
# open without following a last-moment link and without waiting for a FIFO writer (POSIX); binary on Windows
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class NotAPhotoFile(Exception):
    """A path linking must not open (not a regular file, outside the folder, too large); the message is the
    translated NOTE for its row."""


def is_inside(real_path, real_root):
    """True when the resolved `real_path` lies inside the resolved folder `real_root`."""
    root, path = os.path.normcase(real_root), os.path.normcase(real_path)  # Windows compares without case
    try:
        return os.path.commonpath([root, path]) == root and path != root
    except ValueError:  # another drive on Windows
        return False


def photo_source(path, real_root=None):
    """The resolved path of `path` when it is a regular file (inside `real_root` when given, following links only
    to such a file); else raises NotAPhotoFile with the note. Only stat() is used: nothing is opened."""
    real = os.path.realpath(path)
    try:
        info = os.stat(real)
    except OSError as exc:
        if os.path.islink(path):  # a broken link, or a link loop
            raise NotAPhotoFile(tr("链接目标不存在或无法解析（{}），未读取；请放入照片文件本身后重新关联照片").format(
                exc.strerror or exc))
        raise
    if not stat.S_ISREG(info.st_mode):
        raise NotAPhotoFile(_not_regular())
    if real_root is not None and not is_inside(real, real_root):
        raise NotAPhotoFile(tr("链接指向照片文件夹以外（{}），未读取；请把照片本身复制到照片文件夹内后重新关联照片").format(
            safe_text(real)))
    if info.st_size > MAX_PHOTO_MB << 20:
        raise NotAPhotoFile(_too_large(info.st_size, MAX_PHOTO_MB))
    return real


def _not_regular():
    return tr("不是普通文件（设备、管道或文件夹），未读取；请放入照片文件本身后重新关联照片")


def _too_large(size, limit_mb):
    return tr("文件过大（{:.0f} MB，照片一般不超过 {} MB），未读取；请确认这是照片后压缩或另行保存").format(
        size / 1048576.0, limit_mb)


def open_regular(real):
    """A binary file object of `real`, proved to be a regular file after opening (the folder may change between
    photo_source() and now); raises NotAPhotoFile otherwise."""
    fd = os.open(real, _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAPhotoFile(_not_regular())
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path, limit_mb=MAX_PHOTO_MB):
    """The bytes of the photo at a stored `path`, read only when it is a regular file (photo_source, open_regular):
    a stored path to a FIFO, a device or a link to one raises NotAPhotoFile instead of blocking or reading forever.
    For viewers, thumbnails and the dossier, which decode from memory."""
    with open_regular(photo_source(path)) as fh:
        content = fh.read((limit_mb << 20) + 1)
    if len(content) > limit_mb << 20:  # grew since photo_source() looked
        raise NotAPhotoFile(_too_large(len(content), limit_mb))
    return content


def sha256_stream(fh, limit_mb=MAX_PHOTO_MB):
    """SHA-256 of an open file, read in chunks; stops with NotAPhotoFile past `limit_mb` (a file still growing)."""
    digest, size, limit = hashlib.sha256(), 0, limit_mb << 20
    for block in iter(lambda: fh.read(_CHUNK), b""):
        size += len(block)
        if size > limit:
            raise NotAPhotoFile(_too_large(size, limit_mb))
        digest.update(block)
    return digest.hexdigest()


def safe_text(path):
    """`path` as text that can be stored and shown: in a part that is not UTF-8 (a GBK name from a Windows archive
    arrives as surrogates) every non-ASCII byte becomes a \\xNN escape, so the name stays unique and never
    matches a real file."""
    return "/".join(p if _is_text(p) else "".join(chr(b) if b < 0x80 else "\\x{:02x}".format(b)
                                                  for b in os.fsencode(p)) for p in path.split("/"))


def _is_text(path):
    try:
        path.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def bad_name_note(path):
    """NOTE for a path whose name is not UTF-8 (None when it is): what it probably says in GBK and what to do."""
    if _is_text(path):
        return None
    parts = [p if _is_text(p) else os.fsencode(p).decode("gbk", "replace") for p in path.split("/")]
    return tr("文件名不是 UTF-8 编码（按 GBK 读作“{}”），未读取；请把文件改名（或用支持中文文件名的解压工具重新解压）"
              "后重新关联照片").format("/".join(parts))


def scan_folder(folder):
    """(JPEG files under `folder` in a stable order, [(folder path, note)] of folders not entered, images in other
    formats (OTHER_IMAGE_EXTENSIONS) in a stable order). Folder links are not followed: they may lead outside or
    back into the folder."""
    if not os.path.isdir(folder):
        raise WpzfError(tr("照片文件夹不存在：{}").format(folder))
    found, not_entered, other = [], [], []

    def unreadable(exc):
        not_entered.append((exc.filename or folder, tr("文件夹无法读取（{}），未进入；请检查文件夹权限后重新关联照片").format(
            exc.strerror or exc)))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        for name in sorted(d for d in dirs if os.path.islink(os.path.join(root, d))):
            not_entered.append((os.path.join(root, name), tr("是文件夹链接，未进入；请把照片直接复制到照片文件夹内")))
        dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(root, d)))
        for name in sorted(files):
            if name.lower().endswith(PHOTO_EXTENSIONS):
                found.append(os.path.join(root, name))
            elif name.lower().endswith(OTHER_IMAGE_EXTENSIONS):
                other.append(os.path.join(root, name))
    return found, not_entered, other


def list_photos(folder):
    """JPEG files under `folder` (recursive), in a stable order."""
    return scan_folder(folder)[0]


def stored_path(wp, path):
    """Path as stored in the package: relative to it, or absolute when no relative path exists (other drive)."""
    try:
        return wp.relative_path(path)
    except ValueError:
        return os.path.abspath(path).replace(os.sep, "/")


def _note(*parts):
    text = "；".join(p for p in parts if p)
    return text[:NOTE_MAX] if text else None


class PatchLocator:
    """Finds the patch a point lies in or the nearest one; distances in metres."""

    def __init__(self, wp):
        self.crs = QgsCoordinateReferenceSystem(wp.crs or "")
        self.geoms = {}
        self.index = QgsSpatialIndex()
        self.ids = {}
        extent = QgsRectangle()
        for n, row in enumerate(wp.patches(fields=["JCBH"], geometry=True)):
            if not row.get("_wkb"):
                continue
            geom = QgsGeometry()
            geom.fromWkb(row["_wkb"])
            self.geoms[row["JCBH"]] = geom
            self.ids[n] = row["JCBH"]
            self.index.addFeature(n, geom.boundingBox())
            extent.combineExtentWith(geom.boundingBox())
        self.measure = None
        if self.crs.isValid() and self.crs.isGeographic():
            self.measure = QgsDistanceArea()
            self.measure.setSourceCrs(self.crs, QgsCoordinateTransformContext())
            self.measure.setEllipsoid(self.crs.ellipsoidAcronym() or "EPSG:7019")
        # the county's range: the patches' extent and OUTSIDE_MARGIN_M around it (degrees for a geographic package,
        # 1° of latitude ≈ 111 km, longitude degrees shorter: the margin only grows)
        margin = OUTSIDE_MARGIN_M / (111000.0 if self.measure is not None else 1.0)
        self.county = None if extent.isNull() or not self.geoms else QgsRectangle(
            extent.xMinimum() - margin, extent.yMinimum() - margin, extent.xMaximum() + margin,
            extent.yMaximum() + margin)

    def in_county(self, x, y):
        """True when (x, y) in the package CRS lies within OUTSIDE_MARGIN_M of the patches' extent (True for a
        package without patches: there is nothing to be outside of)."""
        return self.county is None or self.county.contains(QgsPointXY(x, y))

    def distance(self, jcbh, x, y):
        geom = self.geoms.get(jcbh)
        if geom is None:
            return None
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        if geom.contains(point):
            return 0.0
        if self.measure is None:
            return geom.distance(point)
        nearest = geom.nearestPoint(point).asPoint()
        return self.measure.measureLine(QgsPointXY(x, y), nearest)

    def locate(self, x, y, max_distance):
        """(JCBH, distance) of the containing patch, else of the nearest within max_distance;
        (None, (nearest JCBH, distance)) when none is close enough (the nearest is for the note)."""
        radius = max(float(max_distance), 0.0)
        if self.measure is not None:  # degrees around the point, generous at Chinese latitudes
            radius = radius / 50000.0
        rect = QgsRectangle(x - radius, y - radius, x + radius, y + radius)
        best = None
        for fid in self.index.intersects(rect):
            jcbh = self.ids[fid]
            dist = self.distance(jcbh, x, y)
            if dist is None:
                continue
            key = (dist, self.geoms[jcbh].area() if dist == 0 else 0, jcbh)  # inside several: the smallest
            if best is None or key < best[0]:
                best = (key, jcbh, dist)
        if best is not None and best[2] <= max_distance:
            return best[1], best[2]
        nearest = self.index.nearestNeighbor(QgsPointXY(x, y), 1)
        if nearest:
            jcbh = self.ids[nearest[0]]
            return None, (jcbh, self.distance(jcbh, x, y))
        return None, None


class LinkReport:
    """What linking did, per category, with the file names the technician must look at."""

    def __init__(self):
        self.linked = []      # (path, JCBH, distance)
        self.too_far = []     # (path, message)
        self.no_gps = []      # path
        self.bad_gps = []     # (path, message): GPS tags present but out of range, 0,0 or unreadable
        self.corrupt = []     # (path, reason)
        self.outside = []     # path: the part of too_far whose GPS position is outside the county
        self.not_jpeg = []    # (path, format): images in another format, not read (no row)
        self.skipped = []     # (path, message): stored with a NOTE but not opened (links, devices, names, size)
        self.folders = []     # (folder, message): folders not entered (links, unreadable)
        self.duplicates = []  # (path, message)
        self.unchanged = []   # path already stored with the same content
        self.replaced = []    # path whose file changed since the last run
        self.canceled = False

    def summary(self):
        text = tr("关联 {} 张，超出距离未关联 {} 张，无 GPS {} 张，GPS 异常 {} 张，损坏 {} 个，未读取 {} 个，重复 {} 张，"
                  "已存在未变 {} 张").format(
            len(self.linked), len(self.too_far), len(self.no_gps), len(self.bad_gps),
            len(self.corrupt), len(self.skipped), len(self.duplicates), len(self.unchanged))
        if self.outside:
            text += tr("；其中在县域范围之外 {} 张").format(len(self.outside))
        if self.not_jpeg:
            text += "；" + not_jpeg_summary(self.not_jpeg)
        return text

    def problems(self):
        """Human-readable lines for every photo that was not simply linked, and every image that is not a JPEG."""
        lines = [tr("{}：超出关联距离，{}").format(p, m) for p, m in self.too_far]
        lines += [tr("{}：没有 GPS 坐标，已入库但未关联，请在判定面板中手动关联").format(p) for p in self.no_gps]
        lines += [tr("{}：文件损坏或不是 JPEG（{}），已记录未关联").format(p, r) for p, r in self.corrupt]
        lines += [tr("{}：{}").format(p, m) for p, m in self.bad_gps + self.skipped + self.folders + self.duplicates]
        lines += [not_jpeg_note(p, kind) for p, kind in self.not_jpeg]
        return lines


def not_jpeg_note(path, kind):
    return tr("{}：是 {} 图片，不是 JPEG，未读取；请转换为 JPEG（或在手机相机设置中选“兼容性最佳”格式拍摄）后重新关联照片"
              ).format(path, kind)


def not_jpeg_summary(files, shown=5):
    """'N 个非 JPEG 图片未读取（a.png、b.heic…）…' for the report's summary line."""
    names = "、".join(os.path.basename(p) for p, _kind in files[:shown]) + ("…" if len(files) > shown else "")
    return tr("{} 个非 JPEG 图片未读取（{}），请转换为 JPEG 后重新关联照片").format(len(files), names)


def read_error_text(exc):
    """What a technician reads for a PhotoReadError: what is wrong with the file and what to do."""
    if exc.reason == exif.NOT_JPEG and exc.detail:
        return tr("内容是 {} 格式，不是 JPEG；请用看图软件或手机相册导出为 JPEG 后重新关联照片").format(exc.detail)
    if exc.reason == exif.NOT_JPEG:
        return tr("内容不是 JPEG 图片；请确认这是照片文件")
    if exc.reason == exif.EMPTY:
        return tr("文件为空（0 字节）；请重新拷贝原照片后重新关联照片")
    if exc.reason == exif.NO_PILLOW:
        return tr("读取 EXIF 需要 Python 库 Pillow（PIL），本机 QGIS 中没有；请安装 Pillow（OSGeo4W 中为 python3-pillow）"
                  "后重新关联照片")
    if exc.reason == exif.TRUNCATED:
        return tr("文件不完整（拷贝或上传时被截断）；请重新拷贝原照片后重新关联照片")
    return tr("JPEG 结构损坏（{}）；请用看图软件打开检查，另存为 JPEG 后重新关联照片").format(exc)


class PhotoReader:
    """Turns files into photo rows (PHOTO_FIELDS + '_x', '_y') for one package."""

    def __init__(self, wp, max_distance, locator=None):
        self.wp = wp
        self.max_distance = float(max_distance)
        self.locator = locator or PatchLocator(wp)
        crs = self.locator.crs
        self.to_package = QgsCoordinateTransform(QgsCoordinateReferenceSystem(GPS_CRS), crs,
                                                 QgsCoordinateTransformContext())

    def project(self, lon, lat):
        point = self.to_package.transform(QgsPointXY(lon, lat))
        return point.x(), point.y()

    def read(self, path, real_root=None):
        """(SHA-256, PhotoMeta) of the photo at `path`. Raises NotAPhotoFile (not opened: not a regular file, or
        outside `real_root`), PhotoReadError (not a readable JPEG) or OSError."""
        with open_regular(photo_source(path, real_root)) as fh:
            digest = sha256_stream(fh)
            fh.seek(0)
            return digest, read_photo_meta(fh)

    def row(self, rel, digest, meta, jcbh=None):
        """The row for a photo stored as `rel`. jcbh given: link to that patch by hand instead of by position."""
        row = {"PATH": rel, "SHA256": digest, "AZIMUTH": meta.azimuth, "TAKEN_AT": meta.taken_at,
               "LON": meta.lon, "LAT": meta.lat, "JCBH": None, "DIST_M": None, "_x": None, "_y": None,
               "_gps_problem": meta.gps_problem, "_outside": False}
        notes = _meta_notes(meta)
        if meta.has_position:
            row["_x"], row["_y"] = self.project(meta.lon, meta.lat)
        outside = meta.has_position and not self.locator.in_county(row["_x"], row["_y"])
        if jcbh is not None:
            row["JCBH"] = jcbh
            if meta.has_position and not outside:
                row["DIST_M"] = self.locator.distance(jcbh, row["_x"], row["_y"])
            notes.insert(0, tr("手动关联（照片位置在县域范围之外）") if outside else
                         tr("手动关联") if meta.has_position else tr("手动关联（照片无 GPS 坐标）"))
        elif not meta.has_position:
            notes.insert(0, _no_position_note(meta))
        elif outside:
            row["_outside"] = True
            notes.insert(0, outside_note())
        else:
            found, dist = self.locator.locate(row["_x"], row["_y"], self.max_distance)
            if found is not None:
                row["JCBH"], row["DIST_M"] = found, dist
            elif dist is not None:
                notes.insert(0, tr("距最近图斑 {} 为 {:.1f} 米，超过 {:g} 米，未关联").format(
                    dist[0], dist[1], self.max_distance))
            else:
                notes.insert(0, tr("附近没有图斑，未关联"))
        row["NOTE"] = _note(*notes)
        return row


def outside_note():
    return tr("在县域范围之外（距工作库的图斑都超过 {:g} 千米），未关联；请确认照片是否属于本县，或相机定位是否有误").format(
        OUTSIDE_MARGIN_M / 1000.0)


def _meta_notes(meta):
    """Notes on what the photo's metadata lacks or where a value came from (besides its position)."""
    notes = []
    if meta.azimuth_source == "exif-magnetic":
        notes.append(tr("方位角为磁北方向"))
    elif meta.azimuth_source == "xmp":
        notes.append(tr("方位角取自无人机 XMP 云台偏航角"))
    if meta.time_source == exif.TIME_CREATED:
        notes.append(tr("拍摄时间（DateTimeOriginal）缺失，取自创建时间（CreateDate）"))
    elif meta.time_source == exif.TIME_MODIFIED:
        notes.append(tr("拍摄时间缺失，取自文件修改时间（DateTime，可能是编辑时间），请核实"))
    elif meta.has_exif:
        notes.append(tr("照片中没有拍摄时间"))
    if meta.has_exif and meta.exif_problem and meta.has_position:
        notes.append(tr("EXIF 信息部分损坏，已读取其中可读的部分"))
    return notes


def _no_position_note(meta):
    """Why a photo has no usable position: no GPS at all is not the same as GPS the camera got wrong, nor as a photo
    whose EXIF was stripped (sent through a chat app, saved again by an editor)."""
    if meta.gps_problem == GPS_OUT_OF_RANGE:
        return tr("GPS 坐标超出范围（纬度 {:.6f}，经度 {:.6f}），未关联；请检查相机定位设置，或在判定面板中手动关联"
                  ).format(*meta.gps_raw)
    if meta.gps_problem == GPS_NO_FIX:
        return tr("GPS 坐标为 0,0（拍摄时未定位），未关联；请在判定面板中手动关联")
    if meta.gps_problem == GPS_INVALID:
        return tr("GPS 坐标无法读取（照片中的 GPS 数据已损坏），未关联；请在判定面板中手动关联")
    if not meta.has_exif:
        return tr("照片不含 EXIF 信息（微信等软件转发或编辑另存后常被去掉），无 GPS 坐标和拍摄时间，未关联；"
                  "请使用相机或手机中的原图，或在判定面板中手动关联")
    if meta.exif_problem:
        return tr("EXIF 信息已损坏，未读到 GPS 坐标，未关联；请使用相机或手机中的原图，或在判定面板中手动关联")
    return tr("无 GPS 坐标，未关联；请在判定面板中手动关联")


def _duplicate_note(row, others):
    """NOTE text when a photo with the same content is stored elsewhere; flags two different patches."""
    other_path, other_jcbh = others[0]
    if row.get("JCBH") and other_jcbh and other_jcbh != row["JCBH"]:
        return tr("重复照片：与 {} 内容相同，同一照片关联了图斑 {} 和 {}").format(other_path, other_jcbh, row["JCBH"])
    return tr("重复照片：与 {} 内容相同").format(other_path)


def link_folder(wp_path, folder, max_distance, feedback=None):
    """Link every JPEG under `folder` to the package's patches. Returns a LinkReport.

    Re-running is safe: a file already stored with the same content is left alone (manual decisions stay);
    a file whose content changed is read again. A file that cannot be read is stored with a NOTE, never fatal.
    """
    wp = WorkPackage(wp_path)
    if float(max_distance) < 0:
        raise WpzfError(tr("关联距离不能为负：{}").format(max_distance))
    files, folders, others = scan_folder(folder)
    if not wp.photos_in_database and not is_inside(os.path.realpath(folder), os.path.realpath(wp.folder)):
        # said once here, before the export leaves every one of these photos out of the submission
        progress.warn(feedback, tr("照片文件夹 {} 不在工作库所在文件夹内：导出成果包时这些照片不会放入。"
                                   "请把照片文件夹移到工作库所在文件夹内后重新关联照片。").format(folder))
    linker = _FolderLinker(wp, PhotoReader(wp, max_distance), os.path.realpath(folder), feedback) if files else None
    report = linker.report if linker else LinkReport()
    for path, message in folders:
        report.folders.append((safe_text(stored_path(wp, path)), message))
        progress.warn(feedback, "{}：{}".format(report.folders[-1][0], message))
    for path in others:
        report.not_jpeg.append((safe_text(stored_path(wp, path)), os.path.splitext(path)[1][1:].upper()))
        progress.warn(feedback, not_jpeg_note(*report.not_jpeg[-1]))
    if not files:
        progress.warn(feedback, tr("文件夹 {} 中没有 JPG 照片。").format(folder) +
                      (not_jpeg_summary(report.not_jpeg) if report.not_jpeg else ""))
        return report
    for i, path in enumerate(files):
        _check_canceled(feedback, report)
        progress.progress(feedback, 100.0 * i / len(files))
        linker.take(path)
    _check_canceled(feedback, report)
    if linker.add or linker.delete:
        wp.write_photos(add=linker.add, delete=linker.delete, action="link_photos")
    progress.progress(feedback, 100.0)
    progress.info(feedback, report.summary())
    return report


def _check_canceled(fb, report):
    if progress.canceled(fb):
        report.canceled = True
        raise Canceled(tr("已取消照片关联，工作库未改动。"))


class _FolderLinker:
    """One run of link_folder: decides for each file what row to store (or keep), and fills the report."""

    def __init__(self, wp, reader, real_root, fb):
        self.wp, self.reader, self.real_root, self.fb = wp, reader, real_root, fb
        self.report = LinkReport()
        self.add, self.delete = [], []
        existing = wp.photos()
        self.by_path = {r["PATH"]: r for r in existing}
        self.by_hash = {}
        for r in existing:
            if r.get("SHA256"):
                self.by_hash.setdefault(r["SHA256"], []).append((r["PATH"], r.get("JCBH")))

    def take(self, path):
        rel = stored_path(self.wp, path)
        name_note = bad_name_note(rel)
        if name_note:  # the name cannot be stored as it is, nor found again from the package
            self._skip(safe_text(rel), name_note)
            return
        digest = None
        try:
            with open_regular(photo_source(path, self.real_root)) as fh:
                digest = sha256_stream(fh)
                if self._unchanged(rel, digest):
                    return
                fh.seek(0)
                meta = read_photo_meta(fh)
        except NotAPhotoFile as exc:
            self._skip(rel, str(exc))
        except PhotoReadError as exc:
            self._corrupt(rel, digest, exc)
        except OSError as exc:
            self._skip(rel, tr("无法读取文件（{}），未读取；请检查文件权限后重新关联照片").format(exc.strerror or exc))
        else:
            self._store(self.reader.row(rel, digest, meta))

    def _unchanged(self, rel, digest):
        """True when `rel` is stored with this content; a changed file's old row makes way for the new one."""
        old = self.by_path.get(rel)
        if old is None:
            return False
        if old.get("SHA256") == digest:
            self.report.unchanged.append(rel)
            return True
        self._drop(old, rel)
        return False

    def _drop(self, old, rel):
        self.delete.append(old["_fid"])
        self.report.replaced.append(rel)
        self.by_path.pop(rel, None)

    def _skip(self, rel, message):
        """A file not opened: its row holds only PATH and the NOTE (again next run only if the reason changed)."""
        note = _note(message)
        old = self.by_path.get(rel)
        if old is not None and not old.get("SHA256") and old.get("NOTE") == note:
            self.report.unchanged.append(rel)
            return
        if old is not None:
            self._drop(old, rel)
        self.report.skipped.append((rel, note))
        self.add.append({"PATH": rel, "NOTE": note})
        progress.warn(self.fb, "{}：{}".format(rel, note))

    def _corrupt(self, rel, digest, exc):
        reason = read_error_text(exc)
        self.report.corrupt.append((rel, reason))
        self.add.append({"PATH": rel, "SHA256": digest, "NOTE": _note(tr("文件损坏或不是 JPEG：{}").format(reason))})
        progress.warn(self.fb, tr("{}：文件损坏或不是 JPEG（{}）").format(rel, reason))
        self.by_hash.setdefault(digest, []).append((rel, None))

    def _store(self, row):
        rel, digest, report = row["PATH"], row["SHA256"], self.report
        others = [o for o in self.by_hash.get(digest, []) if o[0] != rel]
        if others:
            message = _duplicate_note(row, others)
            row["NOTE"] = _note(message, row.get("NOTE"))
            report.duplicates.append((rel, message))
            progress.warn(self.fb, "{}：{}".format(rel, message))
        self.by_hash.setdefault(digest, []).append((rel, row.get("JCBH")))
        if row["JCBH"]:
            report.linked.append((rel, row["JCBH"], row["DIST_M"]))
        elif row["_gps_problem"]:
            report.bad_gps.append((rel, row["NOTE"]))
            progress.warn(self.fb, "{}：{}".format(rel, row["NOTE"]))
        elif row["_x"] is None:
            report.no_gps.append(rel)
            progress.warn(self.fb, tr("{}：没有 GPS 坐标，已入库但未关联").format(rel))
        else:  # too far from every patch, or outside the county
            report.too_far.append((rel, row["NOTE"]))
            if row["_outside"]:
                report.outside.append(rel)
            progress.warn(self.fb, "{}：{}".format(rel, row["NOTE"]))
        self.add.append(row)


def add_by_hand(wp, paths, jcbh, max_distance=0):
    """Link the chosen files to patch `jcbh` (the technician decided). A file already stored is re-assigned,
    a new one is read and added. Unreadable files raise before anything is written. Returns the changed count."""
    if wp.patch(jcbh) is None:
        raise WpzfError(tr("工作库中没有图斑 {}。").format(jcbh))
    reader = PhotoReader(wp, max_distance)
    stored = wp.photos()
    by_path = {r["PATH"]: r for r in stored}
    add, update = [], {}
    for path in paths:
        rel = stored_path(wp, path)
        problem = bad_name_note(rel)
        try:
            if problem:
                raise NotAPhotoFile(problem)
            digest, meta = reader.read(path)  # the technician chose the file: no folder limit, links allowed
        except (NotAPhotoFile, PhotoReadError, OSError) as exc:
            reason = read_error_text(exc) if isinstance(exc, PhotoReadError) else exc
            raise WpzfError(tr("照片 {} 无法读取（{}），未添加任何照片。").format(safe_text(path), reason))
        row = reader.row(rel, digest, meta, jcbh=jcbh)
        others = [(r["PATH"], r.get("JCBH")) for r in stored if r.get("SHA256") == row["SHA256"] and r["PATH"] != rel]
        if others:
            row["NOTE"] = _note(_duplicate_note(row, others), row["NOTE"])
        old = by_path.get(rel)
        if old is not None:
            update[old["_fid"]] = {"JCBH": jcbh, "DIST_M": row["DIST_M"], "NOTE": row["NOTE"]}
        else:
            add.append(row)
    wp.write_photos(add=add, update=update, action="dock")
    return len(add) + len(update)


def unlink_by_hand(wp, fids, jcbh):
    """Take photos off patch `jcbh`: the rows stay (so re-linking the folder does not bring them back) with
    JCBH empty and a NOTE saying who removed them from which patch."""
    update = {}
    for fid in fids:
        # NOTE first: its history row still names the patch
        update[fid] = {"NOTE": _note(tr("已从图斑 {} 手动移除").format(jcbh)), "JCBH": None, "DIST_M": None}
    wp.write_photos(update=update, action="dock")
    return len(update)
