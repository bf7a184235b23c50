"""The provincial submission package (上报成果包): self-check first, then shapefile + ledger + photos + manifest.

Everything is written into a hidden folder next to the target and renamed into place at the end, so a failed or
cancelled export leaves nothing half-written. Layout of the package:

    <县代码><县名>卫片执法成果[_<批次>][_<乡镇>]_<YYYYMMDD>/
        矢量数据/JCTB.shp .shx .dbf .prj .cpg
        图斑台账.xlsx
        举证照片/<JCBH>/<JCBH>_<n>.jpg
        附件材料/<JCBH>/<JCBH>_<n>_<title>.<ext>   (documents kept in the package, numbered as in the dossier)
        自检问题清单.xlsx          (when the self-check found anything)
        manifest.json, SHA256SUMS.txt

Split patches (issue 12) follow the profile's "parts": "rows" writes each part as a unit (JCBH = the parent's number,
its ZTBBH; photos under 举证照片/<ZTBBH>/); "parent" writes one row per split parent made by
rules.export_profile.merge_parts, with the photos and documents of all its parts under the parent's folders. The
台账 lists every split parent with its parts in the sheet 拆分图斑 in both modes.
"""
import datetime
import hashlib
import os
import re
import zipfile

from ...rules import selfcheck
from ...rules.errors import RuleInputError
from ...rules.export_profile import (
    PARTS_PARENT,
    ProfileError,
    convert,
    illegal_figures,
    is_part,
    load_profile,
    merge_parts,
)
from ...rules.fields import KEY, PART, SPLIT_PARENT
from ...rules.reports import is_military
from ..errors import InputError, WpzfError
from ..store import attachments
from .. import judging
from .ledger import SplitRow, write_ledger
from .shapefile import write_shapefile
from ..i18n import tr
from .manifest import write_manifest
from ..outfiles import atomic_file, atomic_folder, ensure_folder
from ..photos.link import NotAPhotoFile, is_inside, open_regular, sha256_stream
from ..progress import Steps
from ..safe_names import UniqueNames, inside, safe_name
from ..store.workpackage import WorkPackage, now_text
from ..xlsx import write_workbook
from ..version import plugin_version

VECTOR_DIR = "矢量数据"
PHOTO_DIR = "举证照片"
ATTACHMENT_DIR = "附件材料"
LEDGER = "图斑台账.xlsx"
PROBLEMS = "自检问题清单.xlsx"
EXPORT_RULE = "X01"
_PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_SPLIT = re.compile(r"[,，;；、\n]+")
_DIGITS = re.compile(r"(\d+)")


class ExportResult:
    def __init__(self):
        self.folder = None
        self.zip_path = None
        self.patch_count = 0
        self.photo_count = 0
        self.attachment_count = 0
        self.attachments = []  # manifest entries of the attachments written
        self.files = []
        self.problems = []  # self-check problems (rules.selfcheck.Problem)
        self.warnings = []
        self.forced = False

    @property
    def severe_count(self):
        return sum(1 for p in self.problems if p.severity == selfcheck.SEVERE)

    def summary(self):
        counts = selfcheck.counts(self.problems)
        return tr("导出 {} 个图斑、{} 张照片，共 {} 个文件；自检：严重 {}、警告 {}、提示 {}{}。").format(
            self.patch_count, self.photo_count, len(self.files) + 2, counts[selfcheck.SEVERE],
            counts[selfcheck.WARNING], counts[selfcheck.INFO], tr("（强制导出）") if self.forced else "")


def split_list(text):
    """'2022-01, 2022-02' -> ['2022-01', '2022-02']; empty -> []."""
    return [t.strip() for t in _SPLIT.split(text or "") if t.strip()]


def select_patches(wp, batches=(), townships=(), geometry=True, whole_parents=False):
    """Units of the given batches (PC) and townships (XZDM or XZMC); all when a filter is empty.

    whole_parents: the filters choose a split patch by the parent's own fields and bring all its parts (one row per
    issued patch must hold the whole patch); otherwise each part is chosen by its own fields."""
    rows = wp.patches(geometry=geometry, split_parents=whole_parents)
    parts = [r for r in rows if is_part(r)] if whole_parents else []
    if whole_parents:
        rows = [r for r in rows if not is_part(r)]
    if batches:
        rows = [r for r in rows if (r.get("PC") or "") in batches]
    if townships:
        rows = [r for r in rows if (r.get("XZDM") or "") in townships or (r.get("XZMC") or "") in townships]
    if whole_parents:
        chosen = {r[KEY] for r in rows if r.get("TBZT") == SPLIT_PARENT}
        rows = [r for r in rows if r.get("TBZT") != SPLIT_PARENT] + [p for p in parts if p["_JCBH"] in chosen]
    rows.sort(key=export_order)
    if not rows:
        all_rows = wp.patches(fields=["PC", "XZDM", "XZMC"])
        raise InputError(tr("按所选条件没有图斑可导出（批次：{}；乡镇：{}）。工作库中的批次：{}；乡镇：{}。").format(
            "、".join(batches) or tr("全部"), "、".join(townships) or tr("全部"),
            "、".join(sorted({r.get("PC") or "" for r in all_rows} - {""})) or tr("无"),
            "、".join(sorted({"{} {}".format(r.get("XZDM") or "", r.get("XZMC") or "").strip()
                             for r in all_rows} - {""})) or tr("无（请先运行套合分析）")))
    return rows


def export_order(row):
    """Issued number, then part number by its digits (…-2 before …-10), so parts follow one another."""
    key = row.get(KEY) or ""
    return (row.get("_JCBH") or key, [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in _DIGITS.split(key)])


def photos_by_patch(wp, jcbhs):
    """{JCBH: [photo rows]} for the given patches, in the order they are numbered: by time taken, then path."""
    wanted = set(jcbhs)
    grouped = {}
    for photo in wp.photos():
        if photo.get("JCBH") in wanted:
            grouped.setdefault(photo["JCBH"], []).append(photo)
    for rows in grouped.values():
        rows.sort(key=lambda p: (p.get("TAKEN_AT") or "9999", p.get("PATH") or ""))
    return grouped


def run_selfcheck(wp, patches, photos):
    """The self-check (wpzf:selfcheck's rules) over the exported patches: (policy, problems). Deadline rules are
    left out: they judge timeliness, not the data, and a late submission must still be possible."""
    policy = judging.policy_for(workpackage=wp)
    flat = [p for rows in photos.values() for p in rows]
    problems, _rows = judging.selfcheck_rows(patches, policy, flat, today=None)
    return policy, problems


def export_package(wp_path, output_folder, profile=None, batches=(), townships=(), force=False, make_zip=False,
                   feedback=None):
    """Write the submission package into `output_folder`; returns an ExportResult.

    Steps (core.progress): read and self-check, shapefile, photos, documents, ledger, manifest[, zip]; a cancel seen
    at a step's start leaves nothing behind (all is written in a hidden folder, renamed into place at the end)."""
    result = ExportResult()
    wp = WorkPackage(wp_path)
    try:
        prof = load_profile(profile)
    except ProfileError as exc:
        raise InputError(str(exc))
    steps = Steps(feedback, 7 if make_zip else 6, tr("已取消导出，未写出任何文件。"))
    steps.next(tr("读取工作库…"))
    as_parent = prof["parts"] == PARTS_PARENT
    patches = _without_military(select_patches(wp, list(batches), list(townships), whole_parents=as_parent),
                                as_parent, result)
    jcbhs = [p[KEY] for p in patches]
    photos = photos_by_patch(wp, jcbhs)
    split = split_groups(wp, patches)

    steps.progress(30, tr("自检…"))
    policy, result.problems = run_selfcheck(wp, patches, photos)
    severe = [p for p in result.problems if p.severity == selfcheck.SEVERE]
    photos, refused = verify_photos(wp, photos)  # from here on only photos that may go into the package
    documents, refused_documents = verify_attachments(wp, jcbhs + list(split))  # a parent's own documents too
    missing = _missing_geometry(patches) + refused + refused_documents
    blocking = severe + missing
    if blocking and not force:
        raise InputError(tr("发现 {} 个严重问题（自检 {} 个，图形、照片或附件有问题 {} 个），导出已停止。请整改后再导出；"
                            "确需带问题报送时勾选“强制导出”（FORCE），问题清单会随成果包一起导出。").format(
                                len(blocking), len(severe), len(missing)),
                         [p.message if hasattr(p, "message") else p for p in blocking])
    result.forced = bool(blocking)
    result.warnings.extend(p for p in blocking if not hasattr(p, "message"))

    plan = ExportPlan(prof, patches, split, photos, documents)
    records, ledger_rows, value_warnings = _convert(prof, plan.rows, plan.photos, plan.documents)
    result.warnings.extend(value_warnings)
    plan.split_rows = split_sheet(wp, prof, plan)

    name = package_name(wp, patches, batches, townships)
    final = inside(ensure_folder(output_folder), name)
    # written into a hidden folder beside, every file checked, then renamed into place; a killed run's leftover
    # folder is removed first (core/outfiles). Photo copies are checked against their SHA-256 as they are copied.
    with atomic_folder(final, skip_checks=(PHOTO_DIR, ATTACHMENT_DIR), feedback=feedback) as work:
        _write_all(wp, prof, work, plan, records, ledger_rows, result, batches, townships, policy, steps)
    result.folder = final
    result.files = [os.path.join(final, e["path"]) for e in result.files]
    if make_zip:
        steps.canceled_text = tr("已取消压缩：成果包 {} 已完整写出，未生成 zip。").format(final)
        steps.next(tr("压缩…"))
        result.zip_path = zip_folder(final, feedback)
    steps.finish(result.summary())
    return result


def _without_military(patches, as_parent, result):
    """The patches less 军用土地, which goes up separately (军用土地登记表, by confidential channel), never in the
    ordinary package. With one row per issued patch, a split patch with a military part stays out whole."""
    military = {p[KEY] for p in patches if is_military(p)}
    if not military:
        return patches
    held = {p["_JCBH"] for p in patches if p[KEY] in military and is_part(p)} if as_parent else set()
    along = {p[KEY] for p in patches if is_part(p) and p["_JCBH"] in held} - military
    kept = [p for p in patches if p[KEY] not in military | along]
    result.warnings.append(tr("{} 个涉军用地图斑未放入成果包（{}），请用“军用土地登记表”单独报送。").format(
        len(military), "、".join(sorted(military)[:20])))
    if along:
        result.warnings.append(tr("{} 个子图斑与涉军用地子图斑同属一个原图斑，按原图斑一行报送时一并留出（{}）。").format(
            len(along), "、".join(sorted(along)[:20])))
    if not kept:
        raise InputError(tr("所选图斑均为涉军用地，不进入普通成果包；请用“军用土地登记表”单独报送。"))
    return kept


def split_groups(wp, units):
    """{issued number: (split parent row, [its parts among `units`, by part number])}, by issued number."""
    parts = sorted((u for u in units if is_part(u)), key=export_order)
    if not parts:
        return {}
    parents = {p[KEY]: p for p in wp.patches(where="TBZT = '{}'".format(SPLIT_PARENT), geometry=True,
                                             split_parents=True)}
    groups = {}
    for part in parts:
        if part["_JCBH"] in parents:  # a part without its parent (never made by split_patch) stays a unit
            groups.setdefault(part["_JCBH"], (parents[part["_JCBH"]], []))[1].append(part)
    return groups


class ExportPlan:
    """What one export writes. `units` are what was judged (patches and parts: self-check, problem list); `rows`
    what the shapefile and the 台账's first sheet hold: the units, or with "parts": "parent" each split patch as one
    row (merge_parts), whose photos and documents are its parts' under the parent's number."""

    def __init__(self, prof, units, split, photos, documents):
        self.units, self.split, self.unit_photos = units, split, photos
        self.merged = {jcbh: merge_parts(parent, parts) for jcbh, (parent, parts) in split.items()}
        self.all_photos = dict(photos, **{j: _gathered(photos, j, parts) for j, (_p, parts) in split.items()})
        all_documents = dict(documents, **{j: _gathered(documents, j, parts) for j, (_p, parts) in split.items()})
        self.split_rows = []
        if prof["parts"] == PARTS_PARENT:
            rows = [u for u in units if not is_part(u) or u["_JCBH"] not in split] + list(self.merged.values())
            self.rows = sorted(rows, key=export_order)
            self.photos, self.documents = self.all_photos, all_documents
            self.document_keys = [r[KEY] for r in self.rows]
        else:
            self.rows, self.photos, self.documents = units, photos, documents
            # a parent's own documents (added before the split) go under its number, beside its parts' folders
            self.document_keys = [r[KEY] for r in sorted(units + [p for p, _parts in split.values()],
                                                         key=export_order)]

    @property
    def part_count(self):
        return sum(len(parts) for _parent, parts in self.split.values())


def _gathered(by_key, jcbh, parts):
    """The parent's own entries, then each part's in part order (photos keep their order within a part)."""
    return list(by_key.get(jcbh, [])) + [item for part in parts for item in by_key.get(part[KEY], [])]


def split_sheet(wp, prof, plan):
    """[SplitRow] of the 台账's 拆分图斑 sheet: each split patch as "parent" mode writes it, then its parts."""
    if not plan.split:
        return []
    totals = {}
    for part in wp.patches(where="TBZT = '{}'".format(PART), fields=["TBZT"]):
        totals[part["_JCBH"]] = totals.get(part["_JCBH"], 0) + 1
    rows = []
    for jcbh, (_parent, parts) in plan.split.items():
        _records, values, _warnings = _convert(prof, [plan.merged[jcbh]] + parts, plan.all_photos, {})
        note = tr("{} 个子图斑之和").format(len(parts)) if totals.get(jcbh, 0) <= len(parts) else \
            tr("原图斑有 {} 个子图斑，本成果包含其中 {} 个，合计只含这些").format(totals[jcbh], len(parts))
        rows.append(SplitRow(jcbh, "", tr("原图斑（合计）"), note, values[0]))
        rows += [SplitRow(jcbh, part[KEY], tr("子图斑"), "", value) for part, value in zip(parts, values[1:])]
    return rows


def _missing_geometry(patches):
    """A patch without geometry cannot go into the shapefile: only the export sees that."""
    return [tr("图斑 {}：没有图形，无法写入 shapefile").format(p[KEY]) for p in patches if not p.get("_wkb")]


def verify_photos(wp, photos):
    """({JCBH: [photo rows that may go into the submission, each with '_real']}, [problems]).

    A stored PATH is data, not a promise: it may lead out of the package's folder ('../../etc/passwd', an
    absolute path, a link), to a device or FIFO, or to a file changed since linking. Only a regular file inside the
    folder holding the package whose content still has the stored SHA-256 is exported; every other photo is named
    in a problem (patch, stored path, what to do) and left out."""
    # a package keeping its photos itself hands out local copies of the stored bytes (checked below like files)
    real_root = None if wp.photos_in_database else os.path.realpath(wp.folder)
    accepted, problems = {}, []
    for jcbh, rows in photos.items():
        for photo in rows:
            real, problem = _photo_source(wp, jcbh, photo, real_root)
            if problem:
                problems.append(problem)
            else:
                accepted.setdefault(jcbh, []).append(dict(photo, _real=real))
    return accepted, problems


def _photo_source(wp, jcbh, photo, real_root):
    """(resolved path, None) for a photo that may be exported, else (None, the problem)."""
    stored = photo.get("PATH") or ""
    real = os.path.realpath(wp.absolute_path(stored)) if stored else ""
    if stored and real_root is not None and not is_inside(real, real_root):
        return None, tr("图斑 {}：照片 {} 不在工作库所在文件夹 {} 内（或是指向其外的链接），未放入成果包；"
                           "请把照片本身复制到该文件夹内后重新关联照片").format(jcbh, stored, real_root)
    if not stored or not os.path.exists(real):
        return None, tr("图斑 {}：照片 {} 不存在，未放入成果包；请找回照片文件，或重新关联照片").format(jcbh, stored)
    if not os.path.isfile(real):
        return None, _not_regular(jcbh, stored)
    expected = (photo.get("SHA256") or "").lower()
    if not expected:
        return None, tr("图斑 {}：照片 {} 没有记录 SHA-256，无法核验，未放入成果包；请重新关联照片").format(jcbh, stored)
    try:
        with open_regular(real) as fh:
            digest = sha256_stream(fh)
    except NotAPhotoFile:  # not regular after all, or grown past any photo's size
        return None, _not_regular(jcbh, stored)
    except OSError as exc:
        return None, tr("图斑 {}：照片 {} 无法读取（{}），未放入成果包；请检查文件权限后重新导出").format(
            jcbh, stored, exc.strerror or exc)
    if digest != expected:
        return None, _changed(jcbh, stored)
    return real, None


def verify_attachments(wp, jcbhs):
    """({JCBH: [(n, attachment row)]} of the documents that may go into the submission, [problems]).

    Each is read from the package and checked against its SHA-256 (attachments.data); one whose content changed is
    named in a problem (patch, title, what to do) and left out. n is its number in the patch's dossier, kept even
    when an earlier one is left out, so a file's name always means the same document."""
    wanted = set(jcbhs)
    accepted, problems = {}, []
    by_patch = {}
    for row in attachments.list(wp):
        if row["JCBH"] in wanted:
            by_patch.setdefault(row["JCBH"], []).append(row)
    for jcbh, rows in by_patch.items():
        for n, row in enumerate(attachments.ordered(rows), 1):
            try:
                attachments.data(wp, row["_fid"])
            except WpzfError as exc:
                problems.append(tr("{}（未放入成果包）").format(exc))
                continue
            accepted.setdefault(jcbh, []).append((n, row))
    return accepted, problems


def _not_regular(jcbh, stored):
    return tr("图斑 {}：照片 {} 不是普通照片文件（设备、管道、文件夹或超大文件），未放入成果包；请换成照片文件本身后重新关联照片"
              ).format(jcbh, stored)


def _changed(jcbh, stored):
    return tr("图斑 {}：照片 {} 在关联后被改动或替换（SHA-256 与工作库记录不符），未放入成果包；请核实照片无误后重新关联照片"
              ).format(jcbh, stored)


def _convert(prof, patches, photos, documents=None):
    """Shapefile values (cut to width) and ledger values (full text) per patch; value errors all at once."""
    errors, warnings, records, ledger_rows = [], [], [], []
    for patch in patches:
        jcbh = patch[KEY]
        illegal_area, illegal_farmland = illegal_figures(patch)
        computed = {"@photo_count": len(photos.get(jcbh, [])),
                    "@attachment_count": len((documents or {}).get(jcbh, [])),
                    "@illegal_area": illegal_area, "@illegal_farmland": illegal_farmland}
        rec, row = {"_wkb": patch.get("_wkb"), "_jcbh": jcbh}, {}
        issued = dict(patch, JCBH=patch.get("_JCBH") or jcbh)  # a part is written under its parent's JCBH + ZTBBH
        for field in prof["fields"]:
            raw = computed[field["source"]] if field["source"] in computed else issued.get(field["source"])
            try:
                value, warning = convert(field, raw, prof["encoding"], jcbh)
            except RuleInputError as exc:
                errors.append(str(exc))
                continue
            if warning:
                warnings.append(tr("图斑 {}：{}（{}）{}").format(jcbh, field["name"], field["alias"], warning))
            rec[field["name"]] = value
            row[field["name"]] = str(raw).rstrip() if field["type"] == "str" and value is not None else value
        records.append(rec)
        ledger_rows.append(row)
    if errors:
        raise InputError(tr("{} 个字段值无法按报送格式写出，导出已停止（未写任何文件）：").format(len(errors)), errors)
    return records, ledger_rows, warnings


def package_name(wp, patches, batches, townships):
    settings = wp.settings()
    code = settings.get("county_code") or (patches[0].get("XZQDM") or "")
    county = settings.get("county_name") or (patches[0].get("XMC") or "")
    parts = ["{}{}卫片执法成果".format(code, county)]
    if batches:
        parts.append("_".join(batches))
    if townships:
        parts.append("_".join(townships))
    parts.append(datetime.date.today().strftime("%Y%m%d"))
    return safe_name("_".join(parts), "卫片执法成果")


def _write_all(wp, prof, work, plan, records, ledger_rows, result, batches, townships, policy, steps):
    patches = plan.rows
    settings = wp.settings()
    county = "{}{}".format(settings.get("county_code") or "", settings.get("county_name") or
                           (patches[0].get("XMC") or ""))
    steps.next(tr("写出 shapefile…"))
    os.makedirs(os.path.join(work, VECTOR_DIR))
    shp = os.path.join(work, VECTOR_DIR, prof["shapefile"] + ".shp")
    write_shapefile(shp, prof, records, wp.crs, steps.feedback)

    steps.next(tr("复制举证照片…"))
    result.photo_count = _copy_photos(wp, work, patches, plan.photos, result, steps)
    steps.next(tr("写出附件材料…"))
    result.attachment_count = _copy_attachments(wp, work, plan.document_keys, plan.documents, result)

    steps.next(tr("写出台账…"))
    counts = selfcheck.counts(result.problems)
    info = _info_rows(wp, prof, plan, result, county, batches, townships)
    title = prof.get("ledger_title", "{county}卫片执法图斑台账").replace("{county}", county)
    write_ledger(os.path.join(work, LEDGER), prof, ledger_rows, title, info, plan.split_rows)
    if result.problems or result.warnings:
        _write_problem_list(os.path.join(work, PROBLEMS), result, plan.units, policy)

    steps.next(tr("计算 SHA-256 清单…"))
    manifest_info = {
        "title": title, "county_code": settings.get("county_code") or "", "county_name": county,
        "exported_at": now_text(), "generator": "WPZF {}".format(plugin_version()),
        "workpackage": wp.name, "batches": list(batches), "townships": list(townships),
        "profile": prof["name"], "encoding": prof["encoding"], "crs": prof.get("crs") or wp.crs,
        "patch_count": len(patches), "photo_count": result.photo_count,
        "attachment_count": result.attachment_count, "attachments": result.attachments, "selfcheck": counts,
        "forced": result.forced, "warnings": result.warnings,
        "parts": prof["parts"], "split_patch_count": len(plan.split), "part_count": plan.part_count,
    }
    result.files = write_manifest(work, manifest_info)
    result.patch_count = len(patches)


def _info_rows(wp, prof, plan, result, county, batches, townships):
    """The 台账's 说明 sheet: what was exported, how, and the self-check's verdict."""
    counts = selfcheck.counts(result.problems)
    filters = tr("批次：{}；乡镇：{}").format("、".join(batches) or tr("全部"), "、".join(townships) or tr("全部"))
    return [(tr("县级行政区"), county), (tr("导出时间"), now_text()), (tr("范围"), filters),
            (tr("图斑数"), str(len(plan.rows))), (tr("报送格式"), "{}（{}）".format(prof["name"], prof["title"])),
            (tr("shapefile 编码"), prof["encoding"]), (tr("坐标系"), prof.get("crs") or wp.crs),
            (tr("面积单位"), tr("亩（保留两位小数，四舍五入）")),
            (tr("自检"), tr("严重 {}、警告 {}、提示 {}").format(counts[selfcheck.SEVERE], counts[selfcheck.WARNING],
                                                          counts[selfcheck.INFO])),
            (tr("强制导出"), tr("是") if result.forced else tr("否")),
            (tr("子图斑写法"), _parts_text(prof)),
            (tr("被拆分图斑"), tr("{} 个，子图斑 {} 个（见“拆分图斑”表）").format(len(plan.split), plan.part_count)),
            (tr("生成软件"), "WPZF {}".format(plugin_version()))]


def _parts_text(prof):
    if prof["parts"] == PARTS_PARENT:
        return tr("每个被拆分图斑一行（parent）：面积为各子图斑之和，判定取最严重的子图斑判定（违法＞其他用地＞合法），"
                  "各子图斑判定不一时备注逐一列出；照片在原图斑文件夹内")
    return tr("子图斑各占一行（rows）：监测编号为原图斑编号，另填子图斑编号和图斑状态“拆分”")


def _write_problem_list(path, result, patches, policy):
    """The problems that went along with the package, laid out like wpzf:selfcheck's workbook, plus the export's
    own warnings (text cut to width, photos changed since linking, files missing under FORCE)."""
    problems = list(result.problems)
    problems += [selfcheck.Problem("", EXPORT_RULE, selfcheck.WARNING, w, "") for w in result.warnings]
    rows = selfcheck.as_rows(problems, patches)
    for row in rows[len(result.problems):]:
        row["GZMC"], row["XZMC"] = tr("导出检查"), ""
    write_workbook(path, judging.selfcheck_sheets(problems, rows, policy, datetime.date.today()))


def _copy_photos(wp, work, patches, photos, result, steps):
    """Copy the verified photos (verify_photos) as 举证照片/<JCBH>/<JCBH>_<n>.jpg; returns how many were copied."""
    folders = UniqueNames()
    total = sum(len(v) for v in photos.values()) or 1
    done = 0
    root = os.path.join(work, PHOTO_DIR)
    for patch in patches:
        rows = photos.get(patch[KEY], [])
        if not rows:
            continue
        folder_name = folders.take(patch[KEY], "JCBH")
        folder = inside(root, folder_name)
        os.makedirs(folder, exist_ok=True)
        n = 0
        for photo in rows:
            ext = os.path.splitext(photo.get("PATH") or "")[1].lower()
            ext = ".jpg" if ext in ("", ".jpeg", ".jpe", ".jpg") else ext
            target = inside(folder, "{}_{}{}".format(folder_name, n + 1, ext))
            if not copy_verified(photo["_real"], target, photo["SHA256"].lower()):
                result.warnings.append(_changed(patch[KEY], photo.get("PATH")))
                continue
            n += 1
            done += 1
            if done % 20 == 0:
                steps.progress(100.0 * done / total)
                steps.check()
    return done


def copy_verified(source, target, expected):
    """Copy `source` (a regular file, opened as such) to `target` while hashing what was read; a copy whose content
    is not `expected` (the file changed since it was verified) is removed. Returns True when the copy stays."""
    digest = hashlib.sha256()
    try:
        src = open_regular(source)
    except (NotAPhotoFile, OSError):  # replaced by something else since it was verified
        return False
    with src, open(target, "wb") as dst:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            dst.write(block)
    if digest.hexdigest() == expected:
        return True
    os.remove(target)
    return False


def _copy_attachments(wp, work, keys, documents, result):
    """Write the verified documents (verify_attachments) as 附件材料/<JCBH>/<JCBH>_<n>_<title>.<ext>, each file proved
    against its SHA-256; returns how many were written. A document that changed since it was verified is left out
    with a warning. A part's document in its parent's folder (one row per split patch) is named by the part's
    number, <ZTBBH>_<n>_<title>, so the number still means the part's dossier entry."""
    folders = UniqueNames()
    root = os.path.join(work, ATTACHMENT_DIR)
    count = 0
    for key in keys:
        rows = documents.get(key, [])
        if not rows:
            continue
        folder_name = folders.take(key, "JCBH")
        folder = inside(root, folder_name)
        os.makedirs(folder, exist_ok=True)
        files = UniqueNames()
        for n, row in rows:
            try:
                content = attachments.data(wp, row["_fid"])
            except WpzfError as exc:  # changed since verify_attachments: it stays out, and the problem list says so
                result.warnings.append(tr("{}（未放入成果包）").format(exc))
                continue
            owner = folder_name if row.get("JCBH") in (None, key) else safe_name(row["JCBH"], folder_name)
            name = files.take("{}_{}_{}".format(owner, n, row.get("TITLE") or ""), "{}_{}".format(
                owner, n)) + attachments.extension(row.get("FILENAME"))
            attachments.write_copy(content, inside(folder, name), row["SHA256"].lower())
            result.attachments.append({"jcbh": row.get("JCBH") or key, "n": n, "kind": row.get("KIND"),
                                       "title": row.get("TITLE"), "filename": row.get("FILENAME"),
                                       "path": "/".join((ATTACHMENT_DIR, folder_name, name)),
                                       "size": row.get("SIZE"), "sha256": row["SHA256"].lower()})
            count += 1
    return count


def zip_folder(folder, feedback=None):
    """<folder>.zip holding the folder itself (UTF-8 names); written aside, checked and renamed into place."""
    target = folder + ".zip"
    base = os.path.basename(folder)
    with atomic_file(target, "zip", feedback) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for dirpath, _dirs, files in os.walk(folder):
                for name in sorted(files):
                    full = os.path.join(dirpath, name)
                    rel = os.path.relpath(full, folder).replace(os.sep, "/")
                    zf.write(full, base + "/" + rel)
    return target
