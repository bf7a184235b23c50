"""wpzf:field_import: a township's return taken into the work package, all or nothing.

What can come back (INPUT): the package folder, its zip, the task list (.xlsx) alone, or the field GeoPackage with
the DCIM folder beside it. The return names its package (hidden sheet / table wpzf_meta); a return of another
county or of an unknown package is refused.

1. Read: the task list's and the field project's values by unit; where both changed a value, they must agree.
2. Check every value (values.py) and each row as a whole; a unit the package did not send, a unit re-sent since in
   a newer package (a stale list), or a unit gone from the package are problems too. Every problem names the
   township, the unit, the column and the value. With any problem nothing is written, unless the user chose to take
   the valid rows only (VALID_ONLY): then a row with a problem is left out whole and listed.
3. Three-way, per unit and field: the base (the value when the package went out, moved on by earlier imports of the
   same package), the value now, the value returned. Returned = base: the township changed nothing. Otherwise, now
   = base: taken, with a history row whose source is the township. Now = returned: both sides agree. Otherwise a
   conflict: stored in field_conflicts for the dock (conflicts.py), the county's value stays.
4. One transaction: the values taken, their history, the moved bases, the conflicts, the package's state.
5. Photos: every JPEG under a DCIM folder of the return whose SHA-256 the package does not hold yet is copied to
   <工作库文件夹>/乡镇核查照片/<乡镇>/<任务包>/ and linked by core/photos.link_folder — the code of wpzf:link_photos
   (EXIF position, direction, time) — and a photo without a position goes to the unit the township took it for in
   QField (core/photos.add_by_hand). Photos already in the package (the county's own, sent out for reference, or
   a return imported twice) are recognised by SHA-256 and not taken again; other files are listed, not taken.
"""
import datetime
import hashlib
import json
import os
import shutil
import stat
import zipfile

from ...rules import fields as F
from ..photos import link as P
from ..store import package_io
from ..errors import InputError, WorkPackageError, WpzfError
from ..export.package import copy_verified
from ..i18n import tr
from ..outfiles import ensure_folder, scratch_folder, write_errors
from ..safe_names import inside, safe_name
from ..store.workpackage import WorkPackage, current_user, now_text, units_filter
from . import qfield, store
from . import values as V
from .workbook import META_SHEET, read_tasks

PHOTO_STORE = "乡镇核查照片"
DEFAULT_DISTANCE_M = 50.0
MAX_ZIP_MB = 4096
_DCIM = "dcim"
UNCHANGED = object()  # a field the township did not change


class Return:
    """Where the parts of a return are."""

    def __init__(self, root):
        self.root = root
        self.xlsx, self.gpkg, self.dcim = None, None, []


class ImportResult:
    def __init__(self):
        self.package = {}  # the field_packages row
        self.units_returned = 0
        self.changed = []  # (key, field, value taken)
        self.conflicts = []  # (key, field, sent, current, returned)
        self.problems = []  # values.Problem
        self.skipped = []  # keys left out (VALID_ONLY)
        self.already = None  # BACK_AT of an identical earlier import
        self.link = None  # core.photos.LinkReport of the returned photos
        self.photos_new = 0
        self.photos_by_unit = []  # (path, unit) linked to the unit the township named (no GPS)
        self.photo_duplicates = []  # (path, stored path) already in the package (SHA-256)
        self.photo_reference = 0  # the county's photos sent out for reference, back unchanged
        self.not_photos = []  # (path, why) files of the photo folders that are not taken
        self.warnings = []

    def summary(self):
        pkg = self.package
        text = tr("{} 任务包 {}：返回 {} 个图斑，写入 {} 个值，冲突 {} 处（待在判定面板处理），有问题未导入 {} 个图斑；"
                  "新照片 {} 张（其中 {} 张无 GPS、按 QField 记录关联），已有（SHA-256 相同）{} 张，未接收的文件 {} 个。").format(
            pkg.get("XZMC") or "", pkg.get("ID") or "", self.units_returned, len(self.changed), len(self.conflicts),
            len(self.skipped), self.photos_new, len(self.photos_by_unit), len(self.photo_duplicates),
            len(self.not_photos))
        if self.already:
            text += tr("（与 {} 已导入的内容相同，无新内容）").format(self.already)
        return text

    def problem_lines(self, linking=True):
        """Every problem and note; `linking`: with the photo linking's own (which it reported as it went)."""
        lines = [str(p) for p in self.problems]
        lines += ["{}：{}".format(path, why) for path, why in self.not_photos]
        lines += [tr("{}：与工作库中的照片 {} 内容相同（SHA-256），未重复导入").format(p, s) for p, s in self.photo_duplicates]
        if linking and self.link is not None:
            lines += self.link.problems()
        return lines + self.warnings


# ----- 1. finding and reading the return ---------------------------------------------------------------------------
def locate(source, scratch):
    """A Return for `source` (folder, .zip, .xlsx or .gpkg); a zip is unpacked into `scratch` first."""
    source = os.path.abspath(str(source))
    if not os.path.exists(source):
        raise InputError(tr("返回的文件或文件夹不存在：{}").format(source))
    lower = source.lower()
    if os.path.isfile(source) and lower.endswith(".zip"):
        root = _unzip(source, os.path.join(scratch, "unzipped"))
        return _scan(root)
    if os.path.isfile(source) and lower.endswith(".xlsx"):
        found = Return(os.path.dirname(source))
        found.xlsx = source
        return found
    if os.path.isfile(source) and lower.endswith(".gpkg"):
        found = Return(os.path.dirname(source))
        found.gpkg = source
        found.dcim = _dcim_dirs(found.root, depth=1)
        return found
    if os.path.isdir(source):
        return _scan(source)
    raise InputError(tr("无法识别返回的内容 {}：请选择任务包文件夹、其 zip、核查任务表（.xlsx）或核查数据（.gpkg）。").format(source))


def _scan(root):
    found = Return(root)
    tasks, packages = [], []
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(dirpath, d)) and d.lower() != _DCIM)
        for name in sorted(files):
            full = os.path.join(dirpath, name)
            if name.startswith(("~$", ".~lock")):  # Excel's and LibreOffice's lock files
                continue
            if name.lower().endswith(".xlsx") and _is_task_list(full):
                tasks.append(full)
            elif name.lower().endswith(".gpkg") and _is_field_data(full):
                packages.append(full)
    if len(tasks) > 1 or len(packages) > 1:
        raise InputError(tr("{} 中有多份核查任务表或核查数据：{}。请只保留要导入的一份，或直接选择那个文件。").format(
            root, "、".join(os.path.relpath(p, root) for p in tasks + packages)))
    if not tasks and not packages:
        raise InputError(tr("{} 中没有找到核查任务表（.xlsx）或核查数据（核查数据.gpkg）。").format(root))
    found.xlsx = tasks[0] if tasks else None
    found.gpkg = packages[0] if packages else None
    found.dcim = _dcim_dirs(root)
    return found


def _is_task_list(path):
    try:
        with zipfile.ZipFile(path) as zf:
            workbook = zf.read("xl/workbook.xml").decode("utf-8", "replace")
        return 'name="{}"'.format(META_SHEET) in workbook
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _is_field_data(path):
    try:
        qfield.read_geopackage(path)
        return True
    except InputError:
        return False


def _dcim_dirs(root, depth=None):
    """Folders named DCIM under `root` (links not followed)."""
    out = []
    base = root.rstrip(os.sep).count(os.sep)
    for dirpath, dirs, _files in os.walk(root):
        if depth is not None and dirpath.count(os.sep) - base >= depth:
            dirs[:] = []
        dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(dirpath, d)))
        for name in list(dirs):
            if name.lower() == _DCIM:
                out.append(os.path.join(dirpath, name))
                dirs.remove(name)
    return out


def _zip_name(info):
    """The entry's name: UTF-8 when flagged, else as Windows' Chinese zip tools write it (GBK)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _unzip(path, target):
    """Unpack a returned zip: only regular files, each proved to stay inside `target`, bounded in size."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(tr("无法打开 zip 文件 {}：{}").format(path, exc))
    with zf:
        total = sum(i.file_size for i in zf.infolist())
        if total > MAX_ZIP_MB << 20:
            raise InputError(tr("zip 文件 {} 解压后有 {:.0f} MB，超过 {} MB，请只打包任务表、核查数据和照片。").format(
                path, total / 1048576.0, MAX_ZIP_MB))
        os.makedirs(target, exist_ok=True)
        for info in zf.infolist():
            name = _zip_name(info).replace("\\", "/")
            mode = info.external_attr >> 16
            if info.is_dir() or (mode and not stat.S_ISREG(mode)):
                continue  # folders come with their files; links and devices never
            parts = [safe_name(p) for p in name.split("/") if p not in ("", ".", "..")]
            if not parts:
                continue
            dest = inside(target, *parts)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with write_errors(dest), zf.open(info) as src, open(dest, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    entries = [e for e in os.listdir(target)]
    return os.path.join(target, entries[0]) if len(entries) == 1 and os.path.isdir(os.path.join(target, entries[0])) \
        else target


# ----- 2. values, checked ------------------------------------------------------------------------------------------
class _Reader:
    """The returned values of one package, merged from the task list and the field project, parsed and checked."""

    def __init__(self, wp, pkg, exports, today):
        self.wp, self.pkg, self.exports, self.today = wp, pkg, exports, today
        self.township = pkg["XZMC"] or pkg["XZDM"]
        self.problems = []
        self.values = {}  # key -> {field: parsed value} of the fields the township changed (from what it was sent)

    def problem(self, key, field, value, reason):
        self.problems.append(V.Problem(self.township, key, field, value, reason))

    def take(self, sources):
        """sources: [(label, {key: {field: raw}})] in the order Excel, QField."""
        keys = []
        for _label, rows in sources:
            keys += [k for k in rows if k not in keys]
        for key in keys:
            export = self.exports.get(key)
            if export is None:
                self.problem(key, None, None, tr("这个图斑不在任务包 {} 中，未导入（请勿在任务表中添加图斑）").format(self.pkg["ID"]))
                continue
            sent = store.loads(export.get("SENT"))
            changed = {}
            for field in F.FIELDWORK_FILLED:
                raws = [(lab, rows[key][field]) for lab, rows in sources if key in rows and field in rows[key]]
                value = self._field(key, field, sent.get(field), raws)
                if value is not UNCHANGED:
                    changed[field] = value
            self.values[key] = changed

    def _field(self, key, field, sent, raws):
        """The township's value of one field, parsed, or UNCHANGED when no source differs from what it was sent (a
        task list and a field project returned together: the one not used still holds the sent values); where both
        changed it they must agree. Unparseable or disagreeing: a problem, and UNCHANGED."""
        taken = []
        for label, raw in raws:
            try:
                value = V.parse(field, raw, self.today)
            except ValueError as exc:
                self.problem(key, field, raw, "{}（{}）".format(exc, label))
                return UNCHANGED
            taken.append((label, value))
        changed = [(label, value) for label, value in taken if not store.same(value, sent)]
        if not changed:
            return UNCHANGED
        first = changed[0]
        for label, value in changed[1:]:
            if not store.same(value, first[1]):
                self.problem(key, field, value, tr("{}填的是“{}”，{}填的是“{}”，两者不一致；请核实后只在一处填写").format(
                    first[0], store.shown(first[1]), label, store.shown(value)))
                return UNCHANGED
        return first[1]


def _base(export):
    sent = store.loads(export.get("SENT"))
    base = store.loads(export.get("BASE"))
    return {f: base[f] if f in base else sent.get(f) for f in F.FIELDWORK_FILLED}


# ----- the import ----------------------------------------------------------------------------------------------
def import_return(wp_path, source, valid_only=False, max_distance=DEFAULT_DISTANCE_M, feedback=None, today=None,
                  user=None):
    """Take a township's return into the package. Returns an ImportResult; raises InputError (nothing written)
    when the return has problems and `valid_only` is false."""
    wp = store.ensure_tables(WorkPackage(wp_path))
    today = today or datetime.date.today()
    result = ImportResult()
    with scratch_folder(wp.folder, "field_import", feedback) as scratch:
        found = locate(source, scratch)
        tasks = read_tasks(found.xlsx) if found.xlsx else None
        field = qfield.read_geopackage(found.gpkg) if found.gpkg else None
        pkg = _package_of(wp, tasks, field, found)
        result.package = pkg
        exports = {r["JCBH"]: r for r in store.read(wp, F.TABLE_FIELD_EXPORTS, "PKG_ID = " + store.quote(pkg["ID"]))}
        reader = _Reader(wp, pkg, exports, today)
        for key, field_name, value, reason in (tasks.problems if tasks else []) + (field.problems if field else []):
            reader.problem(key, field_name, value, reason)
        sources = []
        if tasks is not None:
            sources.append((tr("任务表"), tasks.rows))
        if field is not None:
            sources.append((tr("QField 数据"), field.units))
        reader.take(sources)
        units = {u[F.KEY]: u for u in wp.patches(where=units_filter(reader.values))} if reader.values else {}
        later = _resent_later(wp, pkg)
        decisions = _decide(reader, units, later)
        result.units_returned = len(reader.values)
        photo_plan = _plan_photos(wp, found, field, result)
        result.problems = reader.problems
        bad = {p.key for p in reader.problems}
        if reader.problems and not valid_only:
            raise InputError(tr("{} 返回的任务包 {} 有 {} 处问题，未导入任何内容（工作库未改动）。请乡镇改正后重新返回，"
                                "或选择“只导入无问题的图斑”：").format(reader.township, pkg["ID"], len(reader.problems)),
                             [str(p) for p in reader.problems])
        result.skipped = sorted(k for k in bad if k is not None)
        for key in result.skipped:
            decisions.pop(key, None)
        digest = _content_digest(reader.values, result.skipped, photo_plan)
        if digest == pkg.get("BACK_SHA") and not any(d["changes"] for d in decisions.values()):
            result.already = pkg.get("BACK_AT") or tr("此前")
        _write(wp, pkg, decisions, digest, result, user)
        if photo_plan:
            _take_photos(wp, photo_plan, max_distance, result, feedback)
    if feedback is not None:
        feedback.setProgress(100)
    return result


def _package_of(wp, tasks, field, found):
    ids = {}
    if tasks is not None:
        ids[tasks.meta.get("package")] = found.xlsx
    if field is not None:
        ids[field.meta.get("package")] = found.gpkg
    if len(ids) > 1:
        raise InputError(tr("任务表和核查数据来自不同的任务包（{}），请分别导入。").format(
            "；".join("{}：{}".format(i, p) for i, p in ids.items())))
    pkg_id = next(iter(ids))
    rows = store.read(wp, F.TABLE_FIELD_PACKAGES, "ID = " + store.quote(pkg_id))
    if not rows:
        raise InputError(tr("任务包 {} 不是从这个工作库发出的（工作库中没有它的发出记录），未导入。请确认选择了正确的工作库。")
                         .format(pkg_id))
    return rows[0]


def _resent_later(wp, pkg):
    """{unit key: (package id, sent at)} of units sent again in a package after this one."""
    later = {}
    newer = [r for r in store.read(wp, F.TABLE_FIELD_PACKAGES)
             if (r["SENT_AT"] or "", r["_fid"]) > (pkg["SENT_AT"] or "", pkg["_fid"])]
    for row in newer:
        for export in store.read(wp, F.TABLE_FIELD_EXPORTS, "PKG_ID = " + store.quote(row["ID"])):
            later[export["JCBH"]] = (row["ID"], row["SENT_AT"])
    return later


def _decide(reader, units, later):
    """{key: {"changes": {field: value}, "conflicts": [(field, sent, now, returned)], "base": {field: value},
    "back": bool}} — the three-way outcome of each returned unit (with problems added to the reader)."""
    decisions = {}
    for key, returned in reader.values.items():
        export = reader.exports[key]
        base = _base(export)
        unit = units.get(key)
        touched = [f for f in returned if not store.same(returned[f], base.get(f))]
        if unit is None:
            if touched:
                reader.problem(key, None, None, tr("这个图斑已不在工作库中（被合并或删除），返回的值无法导入"))
            continue
        if touched and key in later:
            reader.problem(key, None, None, tr("这个图斑已于 {} 随任务包 {} 重新发出，这是旧任务表中的值，未导入；"
                                               "请在新任务表中填写").format(later[key][1], later[key][0]))
            continue
        after = dict(unit)
        after.update(returned)
        before = set(V.row_problems(unit, unit))
        for field, reason in V.row_problems(unit, after) if touched else []:
            if (field, reason) not in before:  # what the county's own values already say is not the township's
                reader.problem(key, field, returned.get(field), reason)
        decision = {"changes": {}, "was": {}, "conflicts": [], "base": dict(base), "back": bool(returned)}
        for field in touched:
            now, value = unit.get(field), returned[field]
            if store.same(now, base.get(field)):
                decision["changes"][field] = value
                decision["was"][field] = now
                decision["base"][field] = value
            elif store.same(now, value):
                decision["base"][field] = value
            else:
                decision["conflicts"].append((field, base.get(field), now, value))
        decisions[key] = decision
    return decisions


def _content_digest(values, skipped, photo_plan):
    """SHA-256 of what a return holds (its values and its photos' SHA-256): the same return imported twice is told."""
    kept = {k: v for k, v in values.items() if k not in skipped}
    text = store.dumps(kept) + "\n" + "\n".join(sorted(p["sha"] for p in photo_plan))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ----- 4. the one transaction ------------------------------------------------------------------------------------
def township_user(pkg):
    """How history names the source of a township's value."""
    return tr("{}（乡镇核查）").format(pkg["XZMC"] or pkg["XZDM"])[:50]


def _write(wp, pkg, decisions, digest, result, user):
    stamp = now_text()
    changes = {k: d["changes"] for k, d in decisions.items() if d["changes"]}
    for key, decision in decisions.items():
        for field, value in decision["changes"].items():
            result.changed.append((key, field, value))
        for field, sent, now, returned in decision["conflicts"]:
            result.conflicts.append((key, field, sent, now, returned))
    if result.already:
        return

    action = "field_import:{}".format(pkg["XZDM"] or "")[:30]
    last = _last_history_fid(wp)

    def bookkeeping(ds):
        _check_not_edited_meanwhile(ds, action, last, decisions)
        exports = {r["JCBH"]: r for r in store.read_in(ds, F.TABLE_FIELD_EXPORTS, "PKG_ID = " + store.quote(pkg["ID"]))}
        for key, decision in decisions.items():
            values = {"BASE": store.dumps(decision["base"])}
            if decision["back"]:
                values["BACK_AT"] = stamp
            store.update(ds, F.TABLE_FIELD_EXPORTS, exports[key]["_fid"], values)
            for field, sent, now, returned in decision["conflicts"]:
                _store_conflict(ds, pkg, key, field, sent, now, returned, stamp)
        exports = store.read_in(ds, F.TABLE_FIELD_EXPORTS, "PKG_ID = " + store.quote(pkg["ID"]))
        back = sum(1 for r in exports if r.get("BACK_AT"))
        state = store.BACK if exports and back == len(exports) else store.PARTLY_BACK if back else store.SENT
        store.update(ds, F.TABLE_FIELD_PACKAGES, pkg["_fid"], {
            "STATE": state, "BACK_AT": stamp, "IMPORTS": int(pkg.get("IMPORTS") or 0) + 1, "BACK_SHA": digest,
            "NOTE": tr("{} 由 {} 导入：写入 {} 个值，冲突 {} 处").format(stamp, user or current_user(),
                                                               len(result.changed), len(result.conflicts))[:254]})

    wp.update_patches(changes, action=action, user=township_user(pkg), also=bookkeeping)


def _last_history_fid(wp):
    ds = package_io.open_dataset(wp.path)
    result = ds.ExecuteSQL("SELECT max(fid) FROM {}".format(F.TABLE_HISTORY))
    try:
        return next(iter(result)).GetField(0) or 0
    finally:
        ds.ReleaseResultSet(result)


def _check_not_edited_meanwhile(ds, action, last, decisions):
    """The three-way decision was made on values read before this transaction: a county edit saved in between
    (the dock in another QGIS) shows in the history rows just written, whose old value is not the one decided on.
    Then everything is rolled back rather than that edit overwritten."""
    expected = {(key, field): value for key, d in decisions.items() for field, value in d["was"].items()}
    history = ds.GetLayerByName(F.TABLE_HISTORY)
    package_io.set_filter(history, "fid > {} AND ACTION = {}".format(int(last), store.quote(action)))
    try:
        moved = [(f.GetField("JCBH"), f.GetField("FIELD")) for f in history
                 if (f.GetField("JCBH"), f.GetField("FIELD")) in expected
                 and not store.same_text(f.GetField("OLD"), expected[(f.GetField("JCBH"), f.GetField("FIELD"))])]
    finally:
        history.SetAttributeFilter(None)
    if moved:
        raise WorkPackageError(tr("导入期间工作库中这些图斑被修改：{}。为不覆盖这些修改，本次导入已全部撤销，请重新导入。").format(
            "、".join("{} {}".format(k, F.ALIASES.get(f, f)) for k, f in moved[:10])))


def _store_conflict(ds, pkg, key, field, sent, now, returned, stamp):
    """A conflict row, unless the same one is open already; an open one of the same unit and field with other
    values is superseded."""
    encoded = {"SENT": json.dumps(sent, ensure_ascii=False), "CURRENT": json.dumps(now, ensure_ascii=False),
               "RETURNED": json.dumps(returned, ensure_ascii=False)}
    where = "JCBH = {} AND FIELD = {} AND STATE = {}".format(store.quote(key), store.quote(field),
                                                            store.quote(store.OPEN))
    for row in store.read_in(ds, F.TABLE_FIELD_CONFLICTS, where):
        if row["PKG_ID"] == pkg["ID"] and all(row[k] == v for k, v in encoded.items()):
            return
        store.update(ds, F.TABLE_FIELD_CONFLICTS, row["_fid"], {"STATE": store.SUPERSEDED, "DONE_AT": stamp})
    store.insert(ds, F.TABLE_FIELD_CONFLICTS, dict(encoded, PKG_ID=pkg["ID"], XZMC=pkg["XZMC"], JCBH=key, FIELD=field,
                                                   FOUND_AT=stamp, STATE=store.OPEN))


# ----- 5. photos ---------------------------------------------------------------------------------------------------
def _plan_photos(wp, found, field, result):
    """[{path, rel, sha, unit}] of the new JPEGs in the return's DCIM folders; duplicates and other files go to
    the result."""
    known = {}
    for row in wp.photos():
        if row.get("SHA256"):
            known.setdefault(row["SHA256"].lower(), row["PATH"])
    named = {}  # photo path relative to the field project -> unit the township took it for
    if field is not None:
        for row in field.photos:
            if row.get(qfield.PHOTO) and row.get(qfield.UNIT) and row.get("SOURCE") != qfield.SOURCE_COUNTY:
                named[str(row[qfield.PHOTO]).replace("\\", "/").lstrip("./")] = row[qfield.UNIT]
    plan, seen = [], {}
    for folder in found.dcim:
        project_dir = os.path.dirname(folder)
        real_root = os.path.realpath(folder)
        for dirpath, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(dirpath, d)))
            for name in sorted(files):
                path = os.path.join(dirpath, name)
                shown = os.path.relpath(path, found.root)
                if not name.lower().endswith(P.PHOTO_EXTENSIONS):
                    result.not_photos.append((shown, tr("不是 JPG 照片，未导入（视频、PNG、HEIC 等请转为 JPG 或另行报送）")))
                    continue
                try:
                    with P.open_regular(P.photo_source(path, real_root)) as fh:
                        digest = P.sha256_stream(fh)
                except (P.NotAPhotoFile, OSError) as exc:
                    result.not_photos.append((shown, str(exc)))
                    continue
                rel = os.path.relpath(path, project_dir).replace(os.sep, "/")
                if digest in known:
                    if rel.startswith("{}/{}/".format(qfield.DCIM, qfield.COUNTY_PHOTOS)):
                        result.photo_reference += 1  # the county's own photo, sent out for reference
                    else:
                        result.photo_duplicates.append((shown, known[digest]))
                    continue
                if digest in seen:
                    result.photo_duplicates.append((shown, seen[digest]))
                    continue
                seen[digest] = shown
                plan.append({"path": path, "rel": rel, "sha": digest, "unit": named.get(rel)})
    return plan


def _take_photos(wp, plan, max_distance, result, feedback):
    """Copy the planned photos into the package's folder and link them with core/photos (wpzf:link_photos's code)."""
    pkg = result.package
    store_dir = ensure_folder(inside(wp.folder, PHOTO_STORE,
                                     safe_name("{}{}".format(pkg["XZDM"] or "", pkg["XZMC"] or "")),
                                     safe_name(pkg["ID"])))
    copied = []
    for item in plan:
        target = inside(store_dir, *[safe_name(p) for p in item["rel"].split("/")])
        target = _free_name(target, item["sha"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with write_errors(target):
            if not os.path.exists(target):
                tmp = target + ".partial"  # not a .jpg: linking never sees a half-copied photo
                if not copy_verified(item["path"], tmp, item["sha"]):
                    result.warnings.append(tr("照片 {} 复制后校验不符（文件在导入时被改动？），未导入").format(item["rel"]))
                    continue
                os.replace(tmp, target)
        copied.append((target, item))
    result.photos_new = len(copied)
    result.link = P.link_folder(wp.path, store_dir, max_distance, feedback=feedback)
    stored = {r["PATH"]: r for r in wp.photos()}
    for target, item in copied:
        row = stored.get(P.stored_path(wp, target))
        if row is None or row.get("JCBH") or not item["unit"] or not row.get("SHA256"):
            continue
        if wp.patch(item["unit"]) is None:
            result.warnings.append(tr("照片 {} 在 QField 中对应的图斑 {} 不在工作库中，未关联").format(item["rel"], item["unit"]))
            continue
        try:
            P.add_by_hand(wp, [target], item["unit"], max_distance)
            result.photos_by_unit.append((item["rel"], item["unit"]))
        except WpzfError as exc:
            result.warnings.append(str(exc))
    linked = {key for path, key, _dist in result.link.linked if path in {P.stored_path(wp, t) for t, _i in copied}}
    _mark_back(wp, pkg, (linked | {unit for _rel, unit in result.photos_by_unit}) - set(result.skipped))


def _mark_back(wp, pkg, keys):
    """Units of this package that got photos count as back (a write of its own, after the photos' one)."""
    stamp = now_text()

    def body(ds):
        rows = store.read_in(ds, F.TABLE_FIELD_EXPORTS, "PKG_ID = " + store.quote(pkg["ID"]))
        for row in rows:
            if row["JCBH"] in keys and not row.get("BACK_AT"):
                store.update(ds, F.TABLE_FIELD_EXPORTS, row["_fid"], {"BACK_AT": stamp})
        back = sum(1 for r in store.read_in(ds, F.TABLE_FIELD_EXPORTS, "PKG_ID = " + store.quote(pkg["ID"]))
                   if r.get("BACK_AT"))
        state = store.BACK if rows and back == len(rows) else store.PARTLY_BACK if back else store.SENT
        store.update(ds, F.TABLE_FIELD_PACKAGES, pkg["_fid"], {"STATE": state})

    if keys:
        package_io.write(wp.path, body, wp.lock_wait)


def _free_name(target, digest):
    """`target`, or a numbered name beside it when a different file already has that name."""
    base, ext = os.path.splitext(target)
    candidate, n = target, 1
    while os.path.exists(candidate):
        with open(candidate, "rb") as fh:
            if P.sha256_stream(fh) == digest:
                return candidate
        n += 1
        candidate = "{}_{}{}".format(base, n, ext)
    return candidate
