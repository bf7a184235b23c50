"""wpzf:field_package: one package per township, recorded in the work package.

    <输出文件夹>/<XZMC>_实地核查_<任务包编号: XZDM-YYYYMMDD-HHMMSS>/
        <XZMC>核查任务表.xlsx        the task list (workbook.py)
        图斑位置图.pdf               one map page per unit (mappages.py)
        QField/                      the field project (qfield.py): .qgs, 核查数据.gpkg, DCIM/, 影像.tif
        返回说明.txt                 what to send back

Each package is written into a hidden folder and renamed into place whole (core/outfiles); only then is it
recorded (table field_packages, and each unit's township fields as they left in field_exports), and a package whose
record cannot be written is removed again: nothing goes out that the county cannot match on return.
"""
import datetime
import os
import shutil

from ...rules import fields as F
from ...rules.deadlines import parse_date
from ..store import package_io
from ..errors import Canceled, InputError, WpzfError
from ..export.package import zip_folder
from ..i18n import tr
from ..outfiles import atomic_folder, ensure_folder
from ..safe_names import inside, safe_name
from ..store.workpackage import WorkPackage, current_user, now_text
from . import qfield, selection, store
from .mappages import MapPages
from .workbook import write_tasks
from .. import progress

DEFAULT_RETURN_DAYS = 10
QFIELD_DIR = "QField"
MAP_PAGES = "图斑位置图.pdf"
README = "返回说明.txt"


def tasks_name(township):
    return "{}核查任务表.xlsx".format(safe_name(township, "乡镇"))


class PackageResult:
    def __init__(self):
        self.packages = []  # {ID, XZDM, XZMC, folder, zip, units, photos, due}
        self.warnings = []

    @property
    def unit_count(self):
        return sum(p["units"] for p in self.packages)

    def summary(self):
        return tr("发出 {} 个乡镇核查任务包，共 {} 个图斑：{}").format(
            len(self.packages), self.unit_count,
            "；".join("{} {}（{} 个，{} 前返回）".format(p["XZMC"], p["ID"], p["units"], p["due"])
                     for p in self.packages))


def due_date(due, today):
    """The return date: `due` (a date or text) or DEFAULT_RETURN_DAYS from today; never before today."""
    if due in (None, ""):
        return today + datetime.timedelta(days=DEFAULT_RETURN_DAYS)
    day = parse_date(due)
    if day is None:
        raise InputError(tr("要求返回日期“{}”不是有效日期，请填写如 2022-06-20 的日期。").format(due))
    if day < today:
        raise InputError(tr("要求返回日期 {} 早于今天 {}。").format(day.isoformat(), today.isoformat()))
    return day


def new_id(code, moment, taken):
    base = "{}-{}".format(code, moment.strftime("%Y%m%d-%H%M%S"))
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = "{}-{}".format(base, n)
    taken.add(candidate)
    return candidate


def build_packages(wp_path, output_folder, townships=(), batches=(), every_unit=False, due=None, imagery=None,
                   make_zip=False, feedback=None, user=None):
    """Write a package per township and record what was sent. Returns a PackageResult."""
    wp = store.ensure_tables(WorkPackage(wp_path))
    chosen, no_township = selection.select(wp, list(townships), list(batches), every_unit)
    result = PackageResult()
    if no_township:
        result.warnings.append(tr("{} 个图斑没有乡镇（请先运行套合分析），未发出：{}").format(
            len(no_township), "、".join(no_township[:20])))
    moment = datetime.datetime.now()
    day = due_date(due, moment.date())
    settings = wp.settings()
    county = "{}（{}）".format(settings.get("county_name") or "", settings.get("county_code") or "").strip("（）")
    output = ensure_folder(output_folder)
    taken = {r["ID"] for r in store.read(wp, F.TABLE_FIELD_PACKAGES)}
    pages = MapPages(wp)
    result.warnings.extend(pages.warnings)
    user = user or current_user()
    try:
        for step, ((code, name), units) in enumerate(chosen.items()):
            if feedback is not None:
                if progress.canceled(feedback):
                    raise Canceled(tr("已取消：已发出 {} 个任务包（完整且已登记），其余未生成。").format(len(result.packages)))
                progress.progress(feedback, 100.0 * step / len(chosen))
                feedback.pushInfo(tr("{} {}：{} 个图斑").format(code, name, len(units)))
            meta = {"id": new_id(code, moment, taken), "XZDM": code, "XZMC": name, "county": county,
                    "sent_at": now_text(), "due": day.isoformat(), "sent_by": user}
            final = inside(output, safe_name("{}_实地核查_{}".format(name, meta["id"])))
            photos = _write_package(wp, final, meta, units, pages, imagery, result, feedback)
            try:
                _record(wp, meta, units, final)
            except BaseException:
                shutil.rmtree(final, ignore_errors=True)  # a package the county has no record of must not go out
                raise
            entry = {"ID": meta["id"], "XZDM": code, "XZMC": name, "folder": final, "zip": None, "units": len(units),
                     "photos": photos, "due": meta["due"]}
            if make_zip:
                entry["zip"] = zip_folder(final, feedback)
            result.packages.append(entry)
    finally:
        pages.close()
    if feedback is not None:
        progress.progress(feedback, 100)
    return result


def _write_package(wp, final, meta, units, pages, imagery, result, feedback):
    """The package folder, whole or not at all. Returns how many county photos went in."""
    with atomic_folder(final, skip_checks=(os.path.join(QFIELD_DIR, qfield.DCIM),), feedback=feedback) as work:
        lonlats = {u[F.KEY]: pages.lonlat(u) for u in units}
        write_tasks(os.path.join(work, tasks_name(meta["XZMC"])), meta, units, lonlats)
        pages.write(os.path.join(work, MAP_PAGES), units, meta["XZMC"], meta["id"], meta["county"], feedback)
        field_dir = os.path.join(work, QFIELD_DIR)
        os.makedirs(os.path.join(field_dir, qfield.DCIM), exist_ok=True)
        photo_rows, warnings = qfield.copy_county_photos(wp, units, field_dir)
        result.warnings.extend(warnings)
        has_imagery = False
        if imagery:
            extent = _extent(units)
            target = os.path.join(field_dir, qfield.IMAGERY)
            try:
                if extent is not None:
                    has_imagery = bool(qfield.clip_imagery(imagery, target, wp.crs, extent))
            except WpzfError as exc:  # the package is still usable on the phone's own base map
                if os.path.exists(target):
                    os.remove(target)
                result.warnings.append(tr("{}：{}；QField 项目中没有底图影像。").format(meta["XZMC"], exc))
        gpkg_meta = {"format": "wpzf-field-project", "package": meta["id"], "XZDM": meta["XZDM"],
                     "XZMC": meta["XZMC"], "sent_at": meta["sent_at"], "due": meta["due"], "county": meta["county"]}
        qfield.write_geopackage(os.path.join(field_dir, qfield.GPKG), wp.crs, units, photo_rows, gpkg_meta)
        qfield.write_project(field_dir, meta["XZMC"], wp.crs, has_imagery)
        with open(os.path.join(work, README), "w", encoding="utf-8") as fh:
            fh.write(_readme(meta, len(units)))
    return len(photo_rows)


def _extent(units):
    from osgeo import ogr
    box = None
    for unit in units:
        if not unit.get("_wkb"):
            continue
        env = ogr.CreateGeometryFromWkb(unit["_wkb"]).GetEnvelope()  # minx, maxx, miny, maxy
        box = env if box is None else (min(box[0], env[0]), max(box[1], env[1]), min(box[2], env[2]),
                                       max(box[3], env[3]))
    return None if box is None else (box[0], box[2], box[1], box[3])


def _readme(meta, count):
    return "\n".join([
        tr("{} 卫片图斑实地核查任务包 {}").format(meta["XZMC"], meta["id"]),
        tr("发出：{}；图斑 {} 个；请于 {} 前返回县卫片办。").format(meta["sent_at"], count, meta["due"]), "",
        tr("不用 GIS：打印“图斑位置图.pdf”到现场核查，在“{}”中填写黄色列。").format(tasks_name(meta["XZMC"])),
        tr("用 QField：把 QField 文件夹整个复制到手机，打开其中的 .qgs 项目，在图斑表单的“实地核查与整改”页填写，"
           "在“核查照片”图层拍照（照片存入 DCIM 文件夹）。"),
        tr("返回：把整个任务包文件夹（或其 zip，或任务表加 QField 文件夹）交回县卫片办，不要改动文件名和图斑编号。"),
        tr("县卫片办在此期间改过的内容会列为冲突，由县卫片办确认，不会被直接覆盖。"), ""])


def _record(wp, meta, units, folder):
    """field_packages + field_exports rows of one package, in one transaction."""
    def body(ds):
        store.insert(ds, F.TABLE_FIELD_PACKAGES, {
            "ID": meta["id"], "XZDM": meta["XZDM"], "XZMC": meta["XZMC"], "SENT_AT": meta["sent_at"],
            "SENT_BY": meta["sent_by"], "DUE": meta["due"], "UNITS": len(units), "FOLDER": folder,
            "STATE": store.SENT, "IMPORTS": 0})
        for unit in units:
            values = store.dumps(selection.sent_values(unit))
            store.insert(ds, F.TABLE_FIELD_EXPORTS, {"PKG_ID": meta["id"], "JCBH": unit[F.KEY], "SENT": values,
                                                     "BASE": values})
    package_io.write(wp.path, body, wp.lock_wait)
