"""Evidence photos (举证照片): read a folder of field photos and link each to its patch.

A photo is linked to the patch it lies in, or to the nearest patch within MAX_DISTANCE (metres in the package CRS).
Nothing is skipped silently: photos without GPS, too far from any patch, duplicates and unreadable files are stored
with a NOTE and counted in the report. All rows go into the package in one transaction, so a cancel or an error
leaves it as it was. Paths are stored relative to the package.
"""
import hashlib
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext,
                       QgsDistanceArea, QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex)

from ..rules import fields as F
from .errors import Canceled, WpzfError
from .exif import PhotoReadError, read_photo_meta
from .i18n import tr
from .workpackage import WorkPackage

PHOTO_EXTENSIONS = (".jpg", ".jpeg")
GPS_CRS = "EPSG:4490"  # phone GPS is WGS84; CGCS2000 agrees with it to centimetres
NOTE_MAX = 254


def sha256_file(path, chunk=1 << 20):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            digest.update(block)
    return digest.hexdigest()


def list_photos(folder):
    """JPEG files under `folder` (recursive), in a stable order."""
    if not os.path.isdir(folder):
        raise WpzfError(tr("照片文件夹不存在：{}").format(folder))
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(PHOTO_EXTENSIONS):
                found.append(os.path.join(root, name))
    return found


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
        for n, row in enumerate(wp.patches(fields=["JCBH"], geometry=True)):
            if not row.get("_wkb"):
                continue
            geom = QgsGeometry()
            geom.fromWkb(row["_wkb"])
            self.geoms[row["JCBH"]] = geom
            self.ids[n] = row["JCBH"]
            self.index.addFeature(n, geom.boundingBox())
        self.measure = None
        if self.crs.isValid() and self.crs.isGeographic():
            self.measure = QgsDistanceArea()
            self.measure.setSourceCrs(self.crs, QgsCoordinateTransformContext())
            self.measure.setEllipsoid(self.crs.ellipsoidAcronym() or "EPSG:7019")

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
        self.corrupt = []     # (path, reason)
        self.duplicates = []  # (path, message)
        self.unchanged = []   # path already stored with the same content
        self.replaced = []    # path whose file changed since the last run
        self.canceled = False

    def summary(self):
        return tr("关联 {} 张，超出距离未关联 {} 张，无 GPS {} 张，损坏 {} 个，重复 {} 张，已存在未变 {} 张").format(
            len(self.linked), len(self.too_far), len(self.no_gps), len(self.corrupt), len(self.duplicates),
            len(self.unchanged))

    def problems(self):
        """Human-readable lines for every photo that was not simply linked."""
        lines = [tr("{}：超出关联距离，{}").format(p, m) for p, m in self.too_far]
        lines += [tr("{}：没有 GPS 坐标，已入库但未关联，请在判定面板中手动关联").format(p) for p in self.no_gps]
        lines += [tr("{}：文件损坏或不是 JPEG（{}），已记录未关联").format(p, r) for p, r in self.corrupt]
        lines += [tr("{}：{}").format(p, m) for p, m in self.duplicates]
        return lines


class _Feedback:
    """Accepts a QgsFeedback/QgsProcessingFeedback or nothing."""

    def __init__(self, feedback):
        self.fb = feedback

    def canceled(self):
        return self.fb is not None and self.fb.isCanceled()

    def progress(self, value):
        if self.fb is not None:
            self.fb.setProgress(value)

    def info(self, text):
        if self.fb is not None and hasattr(self.fb, "pushInfo"):
            self.fb.pushInfo(text)

    def warn(self, text):
        if self.fb is not None and hasattr(self.fb, "pushWarning"):
            self.fb.pushWarning(text)
        elif self.fb is not None and hasattr(self.fb, "reportError"):
            self.fb.reportError(text, False)


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

    def row(self, path, digest=None, jcbh=None):
        """A row for `path`. jcbh given: link to that patch by hand instead of by position.
        Raises PhotoReadError/OSError for unreadable files (callers decide whether that is fatal)."""
        digest = digest or sha256_file(path)
        meta = read_photo_meta(path)
        row = {"PATH": stored_path(self.wp, path), "SHA256": digest, "AZIMUTH": meta.azimuth,
               "TAKEN_AT": meta.taken_at, "LON": meta.lon, "LAT": meta.lat, "JCBH": None, "DIST_M": None,
               "_x": None, "_y": None}
        notes = []
        if meta.azimuth_source == "exif-magnetic":
            notes.append(tr("方位角为磁北方向"))
        elif meta.azimuth_source == "xmp":
            notes.append(tr("方位角取自无人机 XMP 云台偏航角"))
        if meta.has_position:
            row["_x"], row["_y"] = self.project(meta.lon, meta.lat)
        if jcbh is not None:
            row["JCBH"] = jcbh
            if meta.has_position:
                row["DIST_M"] = self.locator.distance(jcbh, row["_x"], row["_y"])
            notes.insert(0, tr("手动关联") if meta.has_position else tr("手动关联（照片无 GPS 坐标）"))
        elif not meta.has_position:
            notes.insert(0, tr("无 GPS 坐标，未关联；请在判定面板中手动关联"))
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


def _duplicate_note(row, others):
    """NOTE text when a photo with the same content is stored elsewhere; flags two different patches."""
    other_path, other_jcbh = others[0]
    if row.get("JCBH") and other_jcbh and other_jcbh != row["JCBH"]:
        return tr("重复照片：与 {} 内容相同，同一照片关联了图斑 {} 和 {}").format(other_path, other_jcbh, row["JCBH"])
    return tr("重复照片：与 {} 内容相同").format(other_path)


def link_folder(wp_path, folder, max_distance, feedback=None):
    """Link every JPEG under `folder` to the package's patches. Returns a LinkReport.

    Re-running is safe: a file already stored with the same content is left alone (manual decisions stay);
    a file whose content changed is read again.
    """
    fb = _Feedback(feedback)
    wp = WorkPackage(wp_path)
    if float(max_distance) < 0:
        raise WpzfError(tr("关联距离不能为负：{}").format(max_distance))
    files = list_photos(folder)
    report = LinkReport()
    if not files:
        fb.warn(tr("文件夹 {} 中没有 JPG 照片。").format(folder))
        return report
    reader = PhotoReader(wp, max_distance)
    existing = wp.photos()
    by_path = {r["PATH"]: r for r in existing}
    by_hash = {}
    for r in existing:
        if r.get("SHA256"):
            by_hash.setdefault(r["SHA256"], []).append((r["PATH"], r.get("JCBH")))
    add, delete = [], []
    for i, path in enumerate(files):
        if fb.canceled():
            report.canceled = True
            raise Canceled(tr("已取消照片关联，工作库未改动。"))
        fb.progress(100.0 * i / len(files))
        rel = stored_path(wp, path)
        try:
            digest = sha256_file(path)
        except OSError as exc:
            report.corrupt.append((rel, str(exc)))
            add.append({"PATH": rel, "NOTE": _note(tr("无法读取文件：{}").format(exc))})
            continue
        old = by_path.get(rel)
        if old is not None and old.get("SHA256") == digest:
            report.unchanged.append(rel)
            continue
        if old is not None:
            delete.append(old["_fid"])
            report.replaced.append(rel)
        try:
            row = reader.row(path, digest)
        except (PhotoReadError, OSError) as exc:
            report.corrupt.append((rel, str(exc)))
            row = {"PATH": rel, "SHA256": digest, "NOTE": _note(tr("文件损坏或不是 JPEG：{}").format(exc))}
            add.append(row)
            fb.warn(tr("{}：文件损坏或不是 JPEG（{}）").format(rel, exc))
            by_hash.setdefault(digest, []).append((rel, None))
            continue
        others = [o for o in by_hash.get(digest, []) if o[0] != rel]
        if others:
            message = _duplicate_note(row, others)
            row["NOTE"] = _note(message, row.get("NOTE"))
            report.duplicates.append((rel, message))
            fb.warn("{}：{}".format(rel, message))
        by_hash.setdefault(digest, []).append((rel, row.get("JCBH")))
        if row["JCBH"]:
            report.linked.append((rel, row["JCBH"], row["DIST_M"]))
        elif row["_x"] is None:
            report.no_gps.append(rel)
            fb.warn(tr("{}：没有 GPS 坐标，已入库但未关联").format(rel))
        else:
            report.too_far.append((rel, row["NOTE"]))
            fb.warn("{}：{}".format(rel, row["NOTE"]))
        add.append(row)
    if fb.canceled():
        report.canceled = True
        raise Canceled(tr("已取消照片关联，工作库未改动。"))
    if add or delete:
        wp.write_photos(add=add, delete=delete, action="link_photos")
    fb.progress(100.0)
    fb.info(report.summary())
    return report


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
        try:
            row = reader.row(path, jcbh=jcbh)
        except (PhotoReadError, OSError) as exc:
            raise WpzfError(tr("照片 {} 无法读取（{}），未添加任何照片。").format(path, exc))
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


def photo_fields():
    return [f[0] for f in F.PHOTO_FIELDS]
