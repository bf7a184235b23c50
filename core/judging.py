"""QGIS glue for the judgment rules: read patches from a layer or a work package, run rules/ (pre-judgment,
self-check, accountability), write suggestions back, and lay the results out as tables and workbooks.

Everything is computed before anything is written: a bad value stops the run with a message naming the
patch and field, and the work package stays as it was.
"""
import datetime

from qgis.core import QgsFeature, QgsFields

from ..rules import accountability as acc
from ..rules import local
from ..rules import prejudge as pj
from ..rules import selfcheck as sc
from ..rules.errors import PolicyError, RuleInputError
from ..rules.fields import PHOTO_FIELDS
from ..rules.policy import DEFAULT_YEAR, load_policy
from .errors import InputError
from .i18n import tr
from .intake.layers import plain, qgs_field
from .xlsx import Column, Sheet, columns_from_spec
from . import progress

PREJUDGE_FIELDS = ["YPPDLX", "YPPDXL", "YPLY", "BSBZ"]


# ----- reading ---------------------------------------------------------------------------------------------------
def rows_from_source(source, feedback=None):
    """Features of a vector source as dicts of plain values."""
    names = source.fields().names()
    rows = []
    for feature in source.getFeatures():
        if progress.canceled(feedback):
            break
        rows.append({name: plain(value) for name, value in zip(names, feature.attributes())})
    return rows


def photos_from_source(source):
    """Photo dicts (PHOTO_FIELDS present in the layer) from a point layer."""
    wanted = [f[0] for f in PHOTO_FIELDS]
    names = source.fields().names()
    return [{n: plain(feature[n]) for n in wanted if n in names} for feature in source.getFeatures()]


def policy_for(year=None, workpackage=None):
    """The policy of `year`, else the work package's policy_year setting, else the default year: the one lookup the
    algorithms and the dock share. A year without a policy file raises InputError naming the year, the available
    years and what to do — never a silent fallback to another year's rules."""
    from_package = year in (None, "", 0) and workpackage is not None
    if from_package:
        year = workpackage.setting("policy_year")
    try:
        return load_policy(year or DEFAULT_YEAR)
    except PolicyError as exc:
        if from_package:
            raise InputError(tr("工作库 {} 的政策年度设置为 {}：{}。也可在工作库设置中把 policy_year 改为已有政策文件的年度。")
                             .format(workpackage.label, year, str(exc).rstrip("。")))
        raise InputError(str(exc))


def _rules_error(exc):
    return InputError(tr("数据有误，未写入任何结果：{}").format(exc))


# ----- pre-judgment ----------------------------------------------------------------------------------------------
def prejudge_rows(rows, policy):
    """Suggestions in the order of `rows`; the first bad patch raises InputError before anything is returned."""
    try:
        return [pj.prejudge(row, policy) for row in rows]
    except RuleInputError as exc:
        raise _rules_error(exc)


def write_prejudge(workpackage, rows, results):
    """Write suggestions onto the package's patches (YPPDLX/YPPDXL/YPLY/BSBZ only; PDLX is never touched)."""
    changes = {row["JCBH"]: {f: r[f] for f in PREJUDGE_FIELDS} for row, r in zip(rows, results)}
    return workpackage.update_patches(changes, action="prejudge")


def prejudge_tally(results):
    tally = {"合法": 0, "违法": 0, "其他用地": 0, "flagged": 0}
    for r in results:
        tally[r["YPPDLX"]] += 1
        tally["flagged"] += 1 if r["flags"] else 0
    return tally


# ----- self-check ------------------------------------------------------------------------------------------------
def parse_today(text):
    """The reference date of a run or a document (TODAY/DATE parameters, overdue counts); today when empty."""
    from ..rules.deadlines import parse_date
    if text in (None, "") or (isinstance(text, str) and not text.strip()):
        return datetime.date.today()
    day = parse_date(text)
    if day is None:
        raise InputError(tr("日期“{}”无法识别，请写成 2022-05-15 的形式。").format(text))
    return day


def selfcheck_rows(rows, policy, photos, today, batch_month=None, check_evidence=True, workpackage=None):
    """Problem rows (rules.selfcheck.PROBLEM_FIELDS) for all patches, most severe first; with the work package the
    split patches are checked against their parts too (S01)."""
    skip = () if check_evidence else ("E",)
    if batch_month not in (None, ""):
        from ..rules.deadlines import parse_month
        if parse_month(batch_month) is None:
            raise InputError(tr("批次月份“{}”无法识别，请写成 2022-03 的形式。").format(batch_month))
    problems = sc.check_all(rows, policy, photos, today=today, batch_month=batch_month or None, skip=skip)
    if workpackage is not None:
        from .split.geometry import cover_problems
        problems = sorted(cover_problems(workpackage) + problems,
                          key=lambda p: (sc.SEVERITIES.index(p.severity), p.jcbh, p.rule))
    return problems, sc.as_rows(problems, rows)


def selfcheck_sheets(problems, problem_rows, policy, today):
    """Workbook views: the problem list, counts per rule, counts per township, and the rule catalogue."""
    per_rule, per_town = {}, {}
    for p, row in zip(problems, problem_rows):
        per_rule[p.rule] = per_rule.get(p.rule, 0) + 1
        town = per_town.setdefault(row["XZMC"] or tr("（未落乡镇）"), dict.fromkeys(sc.SEVERITIES, 0))
        town[p.severity] += 1
    rule_rows = [{"GZBH": rid, "GZMC": title, "YZCD": severity, "SL": per_rule.get(rid, 0)}
                 for rid, (severity, title) in sc.RULES.items()]
    town_rows = [dict({"XZMC": name}, **{"N%d" % i: counts[s] for i, s in enumerate(sc.SEVERITIES)})
                 for name, counts in sorted(per_town.items())]
    note = tr("政策年度 {}，检查日期 {}。来源：{}").format(policy["year"], today.isoformat(), policy["source"])
    return [
        Sheet(tr("问题清单"), columns_from_spec(sc.PROBLEM_FIELDS), problem_rows, notes=[note]),
        Sheet(tr("按规则汇总"), [Column("GZBH", tr("规则编号")), Column("GZMC", tr("规则名称")),
                                Column("YZCD", tr("严重程度")), Column("SL", tr("问题数"), tr("个"), "int")], rule_rows),
        Sheet(tr("按乡镇汇总"), [Column("XZMC", tr("乡镇"))] +
              [Column("N%d" % i, s, tr("个"), "int") for i, s in enumerate(sc.SEVERITIES)], town_rows),
    ]


# ----- accountability --------------------------------------------------------------------------------------------
def accountability_result(rows, policy, months=None, as_of=None):
    """rules.accountability.compute; as_of: the cut-off day of the 增违挂钩 acceptance/confirmation dates."""
    try:
        return acc.compute(rows, policy, months=months, as_of=as_of)
    except RuleInputError as exc:
        raise _rules_error(exc)


_RANKING_VIEW = ["DWDM", "DWMC", "JB", "WFGDMJ", "XZGDMJ", "WFBL", "MJYZ", "SFWZ", "PM", "WPDS"]
_DEDUCTION_VIEW = ["DWDM", "DWMC", "TBS", "HFGDMJ", "YSWFMJ", "YSXZMJ", "CLWFMJ", "NYPHMJ", "KJBBMJ", "KJCCMJ",
                   "KJZDMJ", "ZDCCMJ", "ZDBBMJ", "WFGDMJ", "XZGDMJ"]
_WHATIF_VIEW = ["DWDM", "DWMC", "WFGDMJ", "XZGDMJ", "WFBL", "SFWZ", "MJCJ", "BLCJCC", "BLCJBB"]
_QUOTA_VIEW = ["DWDM", "DWMC", "DJZB", "JDZB", "KJZB", "SYDJ"] + \
    [k for area, count, _why in acc.FROZEN_REASONS for k in (area, count)] + ["DJYY"]
# The county rules (本县规定) the accountability workbook uses.
_LOCAL_KEYS = ["township_threshold_mu", "ranking"]


def _view(names):
    spec = {f[0]: f for f in acc.FIELDS}
    return columns_from_spec([spec[n] for n in names])


def _local_notes(policy):
    """The two county rules of the ranking sheet, each labelled 本县规定 with its reason."""
    return [tr("乡镇面积阈值 {} 亩（{}）。").format(local.value(policy, "township_threshold_mu"),
                                              local.label(policy, "township_threshold_mu")),
            tr("乡镇排名：{}。{}").format(local.ranking_text(policy), local.entry(policy, "ranking").get("note", ""))]


def _quota_notes(policy, as_of):
    q = policy["quota_link"]
    return [q["freeze"], q["release"], q["deduct"],
            tr("市级验收日期、自治区确认日期计到 {} 为止（统计截止日）；“仍冻结”各列按原因分列，面积之和等于仍冻结指标。").format(
                as_of.isoformat()), tr("来源：{}").format(q.get("source", ""))]


def accountability_sheets(result, policy, months=None):
    """One sheet per view: ranking, deductions, what-if, 增违挂钩 (units and months, with the reasons the rest stays
    frozen), the county rules (本县规定) used, notes."""
    rows = result["rows"]
    ranked = sorted((r for r in rows if r["PM"] is not None), key=lambda r: (r["PM"], r["DWDM"]))
    ranked += [r for r in rows if r["PM"] is None]
    a = policy["accountability"]
    period = tr("全年") if not months else "{:04d}-{:02d} — {:04d}-{:02d}".format(*(months[0] + months[1]))
    notes = [
        tr("政策年度 {}（{}）。来源：{}").format(policy["year"], period, policy["source"]),
        tr("比例 = 违法占用耕地 ÷ 新增建设占用耕地（扣减后）；面积达到阈值且比例 ≥ {}% 纳入问责。比例一般显示两位小数，"
           "接近 {}% 时多显示几位，使数字与是否纳入问责一致。").format(a["ratio_threshold_pct"], a["ratio_threshold_pct"]),
        tr("已补办手续只扣分子；已拆除复耕、重大基础设施（省级评估除外）分子分母同时扣除；"
           "存量违法与农业项目破坏耕地分子分母均不计入。"),
        tr("重大基础设施图斑整块扣除，其自身的拆除复耕、补办面积单列（ZDCCMJ/ZDBBMJ），不重复扣减。"),
    ] + _local_notes(policy) + list(result["warnings"][:50])
    whatif_note = tr("模拟整改：单独采取该项措施、最少需再整改的耕地面积（精确到 0.01 亩），"
                     "面积降到阈值以下或比例降到 {}% 以下即不纳入问责。").format(a["ratio_threshold_pct"])
    quota_notes = _quota_notes(policy, result["as_of"])
    local_cols = [Column(key, title) for key, title, _u, _k in local.FIELDS]
    return [
        Sheet(tr("乡镇排名"), _view(_RANKING_VIEW), ranked, notes=notes),
        Sheet(tr("扣减明细"), _view(_DEDUCTION_VIEW), rows, notes=notes[1:4]),
        Sheet(tr("模拟整改"), _view(_WHATIF_VIEW), rows, notes=[whatif_note]),
        Sheet(tr("增违挂钩"), _view(_QUOTA_VIEW), rows, notes=quota_notes),
        Sheet(tr("增违挂钩按月"), columns_from_spec(acc.QUOTA_FIELDS), result["quota"], notes=quota_notes),
        Sheet(tr("本县规定"), local_cols, local.rows(policy, _LOCAL_KEYS),
              notes=[tr("实施方案未规定、由本县卫片办确定的做法，取自政策文件的 local 部分。")]),
    ]


def write_accountability_workbook(path, result, policy, months=None):
    """The accountability workbook; ratio cells get the digits that agree with their verdict (rules/ratio_text)."""
    from .reports import ratio_cells
    sheets = accountability_sheets(result, policy, months)
    formats = {i: ratio_cells.ratio_formats(sheet.rows, [c.key for c in sheet.columns])
               for i, sheet in enumerate(sheets)}
    return ratio_cells.write_workbook(path, sheets, formats)


# ----- tables ----------------------------------------------------------------------------------------------------
def qgs_fields(spec):
    """QgsFields from (name, type, ...) tuples."""
    fields = QgsFields()
    for name, ftype, *_rest in spec:
        fields.append(qgs_field(name, ftype))
    return fields


def add_rows(sink, fields, rows, feedback=None):
    for row in rows:
        if progress.canceled(feedback):
            break
        feature = QgsFeature(fields)
        feature.setAttributes([row.get(fields.at(i).name()) for i in range(fields.count())])
        sink.addFeature(feature)
